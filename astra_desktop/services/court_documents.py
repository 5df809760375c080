"""Court-support documents: build one from the case (in memory), keep it in the case's documents
(encrypted, in the vault), export a plaintext copy, or record that it was printed.

The GUI and the CLI both come here. Building needs read access to the case; a copy that leaves
the vault (export, print) needs the export permission and is written into the audit trail with
ids and the document kind only.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from astra_desktop.core import court_documents as cd
from astra_desktop.core.appointments import Clock
from astra_desktop.core.disclosure import Choices, Disclosure
from astra_desktop.core.document_script import in_script
from astra_desktop.core.enums import AuditAction
from astra_desktop.core.messages import Joined
from astra_desktop.core.models import DocumentInfo
from astra_desktop.core.redaction import Redactor, scrub
from astra_desktop.core.roles import Permission
from astra_desktop.errors import AstraError, DiskFull
from astra_desktop.reports import (
    attendance,
    chronology,
    civil_claim,
    evidence_index,
    property_claim,
    risk_report,
    support_letter,
    vulnerable_witness,
)
from astra_desktop.services import (
    chronology_data,
    claims,
    court_data,
    disclosure,
    documents,
    proceedings,
    templates,
)
from astra_desktop.services.access import require_case
from astra_desktop.services.session import Session
from astra_desktop.storage.atomic import open_private

KINDS = cd.KINDS
LANGS = cd.LANGS
ENTITY = "court-document"

# kind -> (gather the data from the vault, lay it out as a PDF)
_MAKERS: dict[str, tuple[Callable[..., Any], Callable[[Any], bytes]]] = {
    "vulnerable-witness": (court_data.vulnerable_witness, vulnerable_witness.build),
    "property-claim": (claims.property_claim, property_claim.build),
    "chronology": (chronology_data.chronology, chronology.build),
    "risk-report": (court_data.risk_report, risk_report.build),
    "support-letter": (court_data.support_letter, support_letter.build),
    "attendance": (court_data.attendance, attendance.build),
    "evidence-index": (court_data.evidence_index, evidence_index.build),
    "civil-claim": (claims.civil_claim, civil_claim.build),
}  # fmt: skip
# Fields that hold keys or the case code, never typed text, and the filing's addressee, lawyer
# and place of filing and the organisation's letterhead (nothing of the client's: a court's or a
# lawyer's town must not be taken out because she lives there too): redaction leaves them alone.
_KEEP = frozenset({"case_code", "kind", "lang", "event", "labels", "addressee", "lawyer",
                   "place_of_filing", "letterhead"})  # fmt: skip
KEEP = _KEEP  # what the redaction leaves alone (services/disclosure_review.py walks the rest)


@dataclass(frozen=True)
class Built:
    """A document made in memory, and how many replacements "case code only" made in it."""

    pdf: bytes
    redactions: int = 0


def prepare(
    session: Session,
    kind: str,
    case_id: str,
    lang: str = "sr-Latn",
    names: bool = False,
    extra: Mapping[str, Any] | None = None,
    clock: Clock | None = None,
    choices: Choices | None = None,
) -> tuple[Any, Disclosure | None]:
    """The document's data as gathered (what `choices` let in, nothing taken out yet), and the
    redactor "case code only" runs over it (None with `names`). `choices` None: the case's
    remembered choices (services/disclosure.py). `extra["stamp"]` turns the "Confidential /
    Generated …" stamp on or off (default: on for the organisation's documents, off for filings);
    a filing also takes `extra["lawyer"]` (name or id) and `extra["addressee"]` (prosecutor,
    court or appeal, overriding the proceeding's stage)."""
    cd.check_kind(kind)
    cd.check_lang(lang)
    if choices is None:
        choices = disclosure.remembered(session, case_id)
    extra = dict(extra or {})
    stamp = extra.get("stamp")
    with templates.in_use(session, kind, lang):  # the organisation's wording, where it has one
        designation = "" if names else court_data.designation(session, case_id, kind, lang, extra)
        ctx = court_data.context(session, case_id, kind, lang, names, clock, choices,
                                 None if stamp is None else bool(stamp), designation)  # fmt: skip
        data = _MAKERS[kind][0](session, ctx, extra)
    if names:
        return data, None
    assert isinstance(ctx.redact, Redactor)
    return data, Disclosure.of(ctx.redact, choices)


class StageMismatch(AstraError):
    """A filing that no longer fits its proceeding's stage (made only when forced)."""

    exit_code = 3


def stage_problems(
    session: Session, kind: str, case_id: str, extra: Mapping[str, Any] | None = None
) -> list[str]:
    """Why `kind` no longer fits the proceeding it is for (the one `extra` names, else the case's
    latest); empty when it fits or when there is no proceeding yet."""
    if kind not in cd.FILINGS:
        return []
    pid = court_data.pick_proceeding(session, case_id, dict(extra or {}))
    if pid is None:
        return []
    p = proceedings.get(session, pid)
    return cd.stage_problems(
        kind,
        p.vulnerable_witness.value,
        p.verdict.value,
        p.property_claim_decision.value,
        p.first_instance_ended_on,
        plea_agreement=p.plea_agreement,
    )


def require_stage(
    session: Session, kind: str, case_id: str, extra: Mapping[str, Any] | None = None
) -> None:
    """Raise StageMismatch, naming the reasons, when the filing no longer fits (the CLI, unless
    --force)."""
    if problems := stage_problems(session, kind, case_id, extra):
        raise StageMismatch(
            "{problems} Nothing was written. Check the proceeding's record, or add "
            "--force to make the document anyway.",
            problems=Joined(problems, " "),
        )


def redacted(data: Any, redactor: Callable[[str], str] | None) -> Any:
    """`data` with the redactor's replacements made (as they are with "case code only")."""
    return data if redactor is None else scrub(data, redactor, _KEEP)


def gather(
    session: Session,
    kind: str,
    case_id: str,
    lang: str = "sr-Latn",
    names: bool = False,
    extra: Mapping[str, Any] | None = None,
    clock: Clock | None = None,
    choices: Choices | None = None,
) -> Any:
    """The document's data, with the client's identifying details taken out unless `names`, and
    its typed text in the document's script."""
    data = redacted(*prepare(session, kind, case_id, lang, names, extra, clock, choices))
    return in_script(data, lang)


def make(
    session: Session,
    kind: str,
    case_id: str,
    lang: str = "sr-Latn",
    names: bool = False,
    extra: Mapping[str, Any] | None = None,
    clock: Clock | None = None,
    choices: Choices | None = None,
) -> Built:
    """The PDF of `kind` for the case, in memory, with the number of redactions made in it."""
    data, redactor = prepare(session, kind, case_id, lang, names, extra, clock, choices)
    # Cyrillic last: "case code only" has taken out what it takes out in the text as typed
    with templates.in_use(session, kind, lang):
        pdf = _MAKERS[kind][1](in_script(redacted(data, redactor), lang))
    return Built(pdf, redactor.count if redactor is not None else 0)


def build(
    session: Session,
    kind: str,
    case_id: str,
    lang: str = "sr-Latn",
    names: bool = False,
    extra: Mapping[str, Any] | None = None,
    clock: Clock | None = None,
    choices: Choices | None = None,
) -> bytes:
    """The PDF of `kind` for the case, in memory (nothing is written anywhere)."""
    return make(session, kind, case_id, lang, names, extra, clock, choices).pdf


def read_extra(path: Path) -> dict[str, Any]:
    """Kind-specific inputs from a JSON file (the CLI's --extra), e.g. the property claim's items."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise AstraError(
            "{name} could not be read: {error}.", name=path.name, error=exc.strerror
        ) from exc
    except ValueError as exc:
        raise AstraError("{name} is not valid JSON: {exc}.", name=path.name, exc=exc) from exc
    if not isinstance(raw, dict):
        raise AstraError(
            '{name} must hold one JSON object, e.g. {{"items": [...]}}.', name=path.name
        )
    return raw


def _disclosure(names: bool) -> str:
    return "names" if names else "case code only"


def file_name(kind: str, case_code: str, lang: str, day: str) -> str:
    """A name that says what the file is without naming anyone: kind, case code, language, date."""
    return f"{kind}-{case_code}-{lang}-{day}.pdf"


def save_into_case(
    session: Session, case_id: str, kind: str, lang: str, names: bool, pdf: bytes, filename: str
) -> DocumentInfo:
    """Keep the document among the case's documents, encrypted in the vault (import is audited)."""
    cd.check_kind(kind)
    description = f"{court_data.GENERATED}: {kind}, {lang}, {_disclosure(names)}"
    return documents.import_stream(
        session, case_id, filename, io.BytesIO(pdf).read, len(pdf), "application/pdf", description
    )


def export(
    session: Session, case_id: str, kind: str, lang: str, names: bool, pdf: bytes, target: Path
) -> None:
    """Write a plaintext copy outside the vault. The caller has warned and asked; this audits it."""
    session.require(Permission.EXPORT)
    require_case(session, case_id, Permission.READ_CASES)
    cd.check_kind(kind)
    # The audit entry is committed before any plaintext byte reaches the disk: a crash or a kill
    # at any later point leaves an audited attempt, never an unaudited file.
    session.audit(AuditAction.EXPORT, ENTITY, case_id, f"{kind} {lang}, {_disclosure(names)}")
    tmp = target.with_name(f".{target.name}.part")
    try:
        with open_private(tmp, "wb") as fh:
            fh.write(pdf)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.errno == 28:
            raise DiskFull(target.name) from exc
        raise


def record_print(session: Session, case_id: str, kind: str, lang: str, names: bool) -> None:
    """Note in the audit trail that the document went to a printer (paper leaves the vault too)."""
    session.require(Permission.EXPORT)
    require_case(session, case_id, Permission.READ_CASES)
    cd.check_kind(kind)
    session.audit(AuditAction.PRINT, ENTITY, case_id, f"{kind} {lang}, {_disclosure(names)}")
