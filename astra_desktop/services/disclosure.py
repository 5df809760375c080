"""What goes into a case's court documents (core/disclosure.py), remembered for the case.

The choices live inside the vault, in the `settings` table under one key per case, as JSON: the
words a worker added to the redaction are as revealing as a note and never leave the vault. They
are this office's review of its own documents, so they do not travel with a case transfer
(`settings` is vault-local) and are deleted with the case. Writing them is audited (which case,
and how many of each choice, never the words).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from astra_desktop.core.disclosure import Choices, is_health
from astra_desktop.core.enums import AuditAction, NoteKind
from astra_desktop.core.risk import Answer
from astra_desktop.core.roles import Permission
from astra_desktop.errors import ValidationError
from astra_desktop.services import case_records, documents, risk
from astra_desktop.services.access import require_case
from astra_desktop.services.session import Session
from astra_desktop.storage import audit, settings

ENTITY = "disclosure"
KEY_PREFIX = "disclosure:"  # + the case id: the settings key of a case's choices


def key(case_id: str) -> str:
    return KEY_PREFIX + case_id


def remembered(session: Session, case_id: str) -> Choices:
    """The case's choices as last remembered; the defaults if none were."""
    require_case(session, case_id, Permission.READ_CASES)
    value = settings.get(session.db, key(case_id))
    return Choices.from_json(value) if value else Choices()


def remember(session: Session, case_id: str, choices: Choices) -> None:
    """Keep `choices` for the case's next documents (audited: counts only, never the words)."""
    require_case(session, case_id, Permission.WRITE_CASES)
    detail = (
        f"notes: {'all' if choices.all_notes else len(choices.notes)}, "
        f"health: {'yes' if choices.health else 'no'}, "
        f"documents left out: {len(choices.excluded_documents)}, "
        f"taken out: {len(choices.redact)}, shown: {len(choices.keep)}"
    )
    with session.write() as conn:
        settings.put(conn, key(case_id), choices.to_json())
        audit.append(conn, session.actor.user_id, AuditAction.CHANGE.value, ENTITY, case_id, detail)


# --- what there is to choose from ------------------------------------------------------------------
@dataclass(frozen=True)
class NoteLine:
    id: str
    occurred_at: datetime
    kind: NoteKind
    text: str


@dataclass(frozen=True)
class DocumentLine:
    id: str
    filename: str
    description: str


@dataclass(frozen=True)
class Candidates:
    """The case's notes (newest first), the health items of its latest risk assessment (in the
    document's language) and its attachments (newest first)."""

    notes: tuple[NoteLine, ...]
    health: tuple[str, ...]
    documents: tuple[DocumentLine, ...]


def candidates(session: Session, case_id: str, lang: str = "sr-Latn") -> Candidates:
    notes = tuple(
        NoteLine(n.id, n.occurred_at, n.kind, n.body) for n in case_records.notes(session, case_id)
    )
    docs = tuple(
        DocumentLine(d.id, d.filename, d.description) for d in documents.documents(session, case_id)
    )
    return Candidates(notes, _health_items(session, case_id, lang), docs)


def _health_items(session: Session, case_id: str, lang: str) -> tuple[str, ...]:
    assessments = risk.history(session, case_id)
    if not assessments:
        return ()
    latest = assessments[-1]
    inst = risk.instrument_of(session, latest.instrument_id, latest.instrument_version)
    return tuple(
        inst.text(i.text, lang)
        for s in inst.sections
        if is_health(s.title)
        for i in s.items
        if latest.answers.get(i.id) is Answer.YES
    )


def adjusted(
    session: Session,
    case_id: str,
    base: Choices,
    *,
    notes: str | None = None,
    health: bool | None = None,
    redact: tuple[str, ...] = (),
    keep: tuple[str, ...] = (),
    exclude_documents: tuple[str, ...] = (),
) -> Choices:
    """`base` changed by the CLI's options: `notes` "all", "none" or note ids separated by commas;
    documents left out by id or file name; more words taken out or shown."""
    choices = base
    if notes is not None:
        wanted = {n.strip() for n in notes.split(",") if n.strip()}
        if wanted == {"all"}:
            choices = replace(choices, all_notes=True, notes=frozenset())
        elif wanted <= {"none"}:
            choices = replace(choices, all_notes=False, notes=frozenset())
        else:
            known = {n.id for n in case_records.notes(session, case_id)}
            missing = sorted(wanted - known)
            if missing:
                note_id = missing[0]
                raise ValidationError(
                    "notes", "There is no contact note {note_id} in this case.", note_id=note_id
                )
            choices = replace(choices, all_notes=False, notes=frozenset(wanted))
    if health is not None:
        choices = replace(choices, health=health)
    if exclude_documents:
        docs = documents.documents(session, case_id)
        left_out = set(choices.excluded_documents)
        for wanted_doc in exclude_documents:
            found = [d.id for d in docs if wanted_doc in (d.id, d.filename)]
            if not found:
                raise ValidationError(
                    "documents",
                    "There is no document {document} in this case.",
                    document=wanted_doc,
                )
            left_out.update(found)
        choices = replace(choices, excluded_documents=frozenset(left_out))
    for phrase in redact:
        choices = choices.redacting(phrase)
    for text in keep:
        choices = choices.keeping(text)
    return choices
