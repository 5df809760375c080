"""A case's compensation claim: kept in the vault (the claim editor), and gathered into the two
filings made from it, the property claim in the criminal proceeding and the civil suit.

Reading needs access to the case, saving the right to write its records; every save and removal
is audited as a "claim" in its own transaction. A filing takes its items from `extra["items"]`
when given (the CLI's --extra, the Documents page's table), else from the saved claim; with no
amount anywhere it is made only as a draft, marked so on every page (the CLI refuses it unless
--draft).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from astra_desktop.core import claims as cl
from astra_desktop.core import court_documents as cd
from astra_desktop.core import court_names
from astra_desktop.core.appointments import local_today
from astra_desktop.core.court import Authority, ClaimDecision, Verdict
from astra_desktop.core.enums import AuditAction
from astra_desktop.core.messages import Message
from astra_desktop.core.roles import Permission
from astra_desktop.errors import AstraError, ValidationError
from astra_desktop.services import court_data, documents, proceedings
from astra_desktop.services.access import require_case
from astra_desktop.services.session import Session
from astra_desktop.storage import audit
from astra_desktop.storage import claims as store

ENTITY = "claim"
KINDS = ("property-claim", "civil-claim")  # the documents made from a claim


class ClaimIncomplete(AstraError):
    """A claim with no amount, asked for as a filing rather than a draft."""


# --- the claim in the vault ---------------------------------------------------------------------------
def get(session: Session, case_id: str) -> cl.Claim:
    """The case's claim as saved, or a new, empty one (version 0) if none was saved yet."""
    require_case(session, case_id, Permission.READ_CASES)
    return store.of_case(session.db, case_id) or cl.Claim(case_id)


def save(session: Session, claim: cl.Claim, today: date | None = None) -> cl.Claim:
    """Check and save the claim (its version goes up); refuses a newer version's overwrite."""
    require_case(session, claim.case_id, Permission.WRITE_CASES)
    cl.check(claim, today or local_today())
    if claim.proceeding_id and claim.proceeding_id not in {
        p.id for p in proceedings.of_case(session, claim.case_id)
    }:
        raise ValidationError("proceeding_id", "That proceeding does not belong to this case.")
    claim.facts, claim.civil_court = claim.facts.strip(), " ".join(claim.civil_court.split())
    claim.civil_case_number = claim.civil_case_number.strip()
    claim.legal_aid = claim.legal_aid.strip()
    with session.write() as conn:
        new = store.save(conn, claim)
        action = AuditAction.CREATE if new else AuditAction.CHANGE
        audit.append(conn, session.actor.user_id, action.value, ENTITY, claim.id)
    return claim


def remove(session: Session, case_id: str) -> bool:
    require_case(session, case_id, Permission.DELETE_RECORDS)
    claim_id = cl.claim_id(case_id)
    with session.write() as conn:
        gone = store.delete(conn, claim_id)
        if gone:
            audit.append(conn, session.actor.user_id, AuditAction.DELETE.value, ENTITY, claim_id)
    return gone


# --- items from the CLI's --extra or the Documents page ------------------------------------------------
def items_from(raw: object) -> tuple[cl.ClaimItem, ...]:
    """The items of a JSON list: kind, amount ("1.234,56"; empty: to be specified),
    description, interest_from (dd.mm.yyyy; empty: from the judgment), evidence (a list or lines)."""
    if not isinstance(raw, list):
        raise ValidationError("items", "The claim's items must be a list.")
    items = []
    for n, entry in enumerate(raw, start=1):
        if not isinstance(entry, Mapping):
            raise ValidationError(
                "items", "Item {n} of the claim must name a kind and an amount.", n=n
            )
        try:
            kind = cd.DamageKind(entry.get("kind", ""))
        except ValueError:
            known = ", ".join(k.value for k in cd.DamageKind)
            raise ValidationError(
                "items",
                "Item {n}: “{kind}” is not a head of damage ({known}).",
                n=n,
                kind=entry.get("kind"),
                known=known,
            ) from None
        evidence = entry.get("evidence", ())
        found = cl.lines(evidence) if isinstance(evidence, str) else tuple(
            str(e).strip() for e in evidence if str(e).strip()
        )  # fmt: skip
        items.append(cl.ClaimItem(
            kind, cl.parse_optional_amount(str(entry.get("amount") or "")),
            str(entry.get("description", "")).strip(),
            cl.parse_day(str(entry.get("interest_from") or ""), "interest_from"), found,
        ))  # fmt: skip
        cl.check_amount(items[-1].amount, Message("Item {n}", n=n))
    return tuple(items)


def _items(claim: cl.Claim, extra: Mapping[str, Any]) -> tuple[cl.ClaimItem, ...]:
    raw = extra.get("items")
    return items_from(raw) if raw else tuple(claim.items)


def check_ready(session: Session, case_id: str, extra: Mapping[str, Any] | None = None) -> None:
    """Raise ClaimIncomplete when the claim a filing would be made from has no amount (the CLI,
    unless --draft): a court filing never prints empty totals."""
    extra = dict(extra or {})
    if extra.get("draft"):
        return
    if not cl.has_amounts(_items(get(session, case_id), extra)):
        raise ClaimIncomplete(
            "The claim of this case has no amounts yet, so no filing was made (it would print "
            "empty totals). Enter the amounts in the case's claim (Court tab, Compensation "
            "claim), or give them with --extra, or add --draft for a copy marked as a draft."
        )


# --- gathering a filing ---------------------------------------------------------------------------------
def _attached(session: Session, ctx: court_data.Context, extra: Mapping) -> list[str]:
    """What goes with the filing: `extra["evidence"]` if given, else the case's documents (the
    app's earlier court documents and the attachments left out aside)."""
    listed = extra.get("evidence")
    if listed is None:
        listed = [
            f"{d.description} ({d.filename})" if d.description.strip() else d.filename
            for d in reversed(documents.documents(session, ctx.case.id))
            if not d.description.startswith(court_data.GENERATED) and ctx.choices.document_in(d.id)
        ]
    return [str(x).strip() for x in listed if str(x).strip()]


def _evidence(items: tuple[cl.ClaimItem, ...], attached: list[str]) -> tuple[str, ...]:
    """The evidence proposed: each item's own first, then the documents attached, each once."""
    found: list[str] = []
    for text in [*(e for i in items for e in i.evidence), *attached]:
        if text.strip() and text.strip() not in found:
            found.append(text.strip())
    return tuple(found)


def _gather(
    session: Session, ctx: court_data.Context, extra: Mapping[str, Any], civil: bool
) -> cl.ClaimDocument:
    claim = get(session, ctx.case.id)
    wanted = dict(extra)
    if claim.proceeding_id and not wanted.get("proceeding_id"):
        wanted["proceeding_id"] = claim.proceeding_id
    pid = court_data.pick_proceeding(session, ctx.case.id, wanted)
    p = proceedings.get(session, pid) if pid else None
    items = _items(claim, extra)
    blank = not items
    if blank:  # nothing claimed yet: every head of damage, for the draft
        items = tuple(cl.ClaimItem(k) for k in cd.DamageKind)
    on = ctx.heading.generated.date()
    minor = cd.is_minor(ctx.client.date_of_birth, on)
    level = cl.court_level(cl.total(items))
    filing = court_data.filing(session, ctx, pid, wanted)
    attached = _attached(session, ctx, extra)
    if civil:
        filing = replace(filing, addressee=_civil_addressee(ctx, claim, p, level))
    return cl.ClaimDocument(
        heading=ctx.heading,
        proceeding=court_data.proceeding_info(session, ctx, pid) if pid else None,
        items=items,
        costs=tuple(claim.costs),
        evidence=_evidence(items if not blank else (), attached),
        attachments=tuple(attached),
        filing=filing,
        facts=claim.facts,
        draft=bool(extra.get("draft")) or not cl.has_amounts(items),
        minor=minor,
        representative=ctx.client.guardian.strip() if minor and ctx.heading.names else "",
        legal_aid=claim.legal_aid,
        convicted=p is not None and p.verdict is Verdict.CONVICTED,
        referred=p is not None and p.property_claim_decision is ClaimDecision.REFERRED_TO_CIVIL,
        level=level,
    )


def _civil_addressee(
    ctx: court_data.Context, claim: cl.Claim, p: Any, level: cl.CourtLevel
) -> cd.Addressee:
    """The civil court as recorded on the claim (its name; "" lets the filing name the court's
    level by the value, for the lawyer to complete), and the criminal case's numbers."""
    name = claim.civil_court
    dative = court_names.dative(name) if name and ctx.lang != "en" else name
    others = []
    if p is not None:
        for authority, body, number in (
            (Authority.PROSECUTOR, p.prosecutor_office, p.prosecution_case_number),
            (Authority.COURT, p.court, p.court_case_number),
            (Authority.APPEAL, p.appellate_court, p.appellate_case_number),
        ):
            if number.strip():
                others.append(cd.CaseNumber(authority, ctx.script(body.strip()),
                                            ctx.number(number.strip())))  # fmt: skip
    return cd.Addressee(Authority.COURT, ctx.script(name), ctx.script(dative),
                        ctx.number(claim.civil_case_number), tuple(others))  # fmt: skip


def property_claim(
    session: Session, ctx: court_data.Context, extra: Mapping[str, Any]
) -> cl.ClaimDocument:
    return _gather(session, ctx, extra, civil=False)


def civil_claim(
    session: Session, ctx: court_data.Context, extra: Mapping[str, Any]
) -> cl.ClaimDocument:
    return _gather(session, ctx, extra, civil=True)
