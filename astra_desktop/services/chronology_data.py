"""The entries of the chronology: everything dated in the case, merged in time order, each with
the part of the case file it comes from (contact log, services, hearings …)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from typing import Any

from astra_desktop.core import court_documents as cd
from astra_desktop.core.appointments import BELGRADE
from astra_desktop.core.court import Proceeding
from astra_desktop.core.court_documents import ChronologyEntry, Source
from astra_desktop.core.enums import ReferralDirection
from astra_desktop.core.models import Referral, ServiceRecord
from astra_desktop.services import case_records, court_data, hearings, proceedings, risk
from astra_desktop.services.court_data import Context, parse_day
from astra_desktop.services.session import Session
from astra_desktop.storage import appointments as appointments_db
from astra_desktop.storage import risk as risk_db


def _local(value: datetime) -> datetime:
    return value.astimezone(BELGRADE).replace(tzinfo=None) if value.tzinfo else value


def _day(value: date, source: Source, event: str, **kw: Any) -> ChronologyEntry:
    return ChronologyEntry(datetime.combine(value, time.min), source, event, timed=False, **kw)


def _case(ctx: Context) -> list[ChronologyEntry]:
    """The case's own dates: opened, and identified as a victim (by which body)."""
    case = ctx.case
    found = []
    if case.opened_on:
        found.append(_day(case.opened_on, Source.CASE, "case-opened",
                          values={"case_code": case.case_code}))  # fmt: skip
    if case.identified_on:
        by = ctx.script(case.identified_by.strip())
        event = "identified" if by else "identified-unknown"
        found.append(_day(case.identified_on, Source.CASE, event, values={"by": by}))
    return found


def _records(session: Session, ctx: Context) -> list[ChronologyEntry]:
    case_id = ctx.case.id
    found = [
        ChronologyEntry(_local(n.occurred_at), Source.NOTE, "note",
                        labels={"kind": ("note_kind", n.kind.value)}, text=n.body)
        for n in case_records.notes(session, case_id)
        if ctx.choices.note_in(n.id)  # notes go in only when chosen (core/disclosure.py)
    ]  # fmt: skip
    for s in case_records.entries(session, ServiceRecord, case_id):
        label = {"service": ("service", s.kind.value)}
        values = {"provider": ctx.script(s.provider)} if s.provider.strip() else {}
        found.append(_day(s.provided_on, Source.SERVICE, "service-started", labels=label,
                          values=values))  # fmt: skip
        if s.ended_on and s.ended_on != s.provided_on:
            found.append(_day(s.ended_on, Source.SERVICE, "service-ended", labels=label))
    for r in case_records.entries(session, Referral, case_id):
        event = "referral-in" if r.direction is ReferralDirection.IN else "referral-out"
        found.append(_day(r.referred_on, Source.REFERRAL, event,
                          values={"organisation": ctx.script(r.organisation)}, text=r.reason))  # fmt: skip
    for a in appointments_db.of_case_besides_hearings(session.db, case_id):
        labels = {"kind": ("appointment_kind", a.kind.value), "status": ("status", a.status.value)}
        event = "appointment" if a.place.strip() else "appointment-no-place"
        found.append(ChronologyEntry(a.starts_at, Source.APPOINTMENT, event, labels=labels,
                                     values={"place": ctx.script(a.place)}, text=a.outcome))  # fmt: skip
    return found


def _court(session: Session, ctx: Context) -> list[ChronologyEntry]:
    found: list[ChronologyEntry] = []
    for p in proceedings.of_case(session, ctx.case.id):
        court = ctx.script(p.court)
        if p.opened_on:
            found.append(_day(p.opened_on, Source.PROCEEDING, "proceeding-opened",
                              values={"court": court,
                                      "number": ctx.number(p.court_case_number)}))  # fmt: skip
        charges = proceedings.charges(session, p.id)
        by_id = {c.id: c for c in charges}
        accused = {d.id: d.label for d in proceedings.defendants(session, p.id)}
        for c in charges:
            old = by_id.get(c.replaces_id) if c.replaces_id else None
            line = cd.ChargeLine(c.article, ctx.script(c.offence), c.qualified_on)
            event = "requalified" if old else "charge"
            values = {"from": old.article} if old else {}
            who = accused.get(c.defendant_id or "", "")
            if who:
                event, values["defendant"] = f"{event}-against", who
            found.append(_day(c.qualified_on, Source.CHARGE, event, charge=line, values=values))
        for v in hearings.of_proceeding(session, p.id):
            labels = {"kind": ("hearing_kind", v.hearing.kind.value),
                      "status": ("status", v.appointment.status.value)}  # fmt: skip
            found.append(ChronologyEntry(
                v.appointment.starts_at, Source.HEARING, "hearing", labels=labels,
                values={"court": court or ctx.script(v.appointment.place)},
                text=v.hearing.postponement_reason or v.appointment.outcome,
                measures=tuple(v.hearing.measures_applied),
            ))  # fmt: skip
        if p.property_claim_filed_on:
            found.append(_day(p.property_claim_filed_on, Source.PROCEEDING, "claim-filed"))
        if p.first_instance_ended_on:
            found.append(_day(p.first_instance_ended_on, Source.PROCEEDING, "first-instance-ended"))
        found += _outcome(ctx, p)
    return found


def _outcome(ctx: Context, p: Proceeding) -> list[ChronologyEntry]:
    """The plea agreement on its date (its terms as recorded), and the judgment with the offence
    convicted of, the sentence and who appealed; an undated plea agreement goes with the verdict."""
    found = []
    outcome = court_data.outcome(ctx, p)
    if p.plea_agreement and p.plea_agreement_on:
        found.append(_day(p.plea_agreement_on, Source.PROCEEDING, "plea-agreement",
                          outcome=outcome))  # fmt: skip
    if p.verdict_on:
        found.append(_day(p.verdict_on, Source.PROCEEDING, "verdict",
                          labels={"verdict": ("verdict", p.verdict.value)}, outcome=outcome))  # fmt: skip
    return found


def _risk(session: Session, ctx: Context) -> list[ChronologyEntry]:
    found = [
        _day(
            a.assessed_on,
            Source.RISK,
            "risk-assessed",
            labels={"level": ("level", a.level.key if a.level else "not-assessed")},
        )
        for a in risk.history(session, ctx.case.id)
    ]
    events = risk_db.events(session.db, ctx.case.id)
    kinds = {"testimony": "risk-testimony", "suspect-released": "risk-suspect-released"}
    found += [_day(e.on_date, Source.RISK, kinds.get(e.kind, "risk-other"), text=e.note)
              for e in events]  # fmt: skip
    return found


def chronology(session: Session, ctx: Context, extra: Mapping[str, Any]) -> cd.ChronologyData:
    """Every dated entry of the case between `from` and `to` (both optional, inclusive); contact
    notes only those chosen (ctx.choices)."""
    start = parse_day(extra.get("from"), "from")
    end = parse_day(extra.get("to"), "to")
    entries = _case(ctx) + _records(session, ctx) + _court(session, ctx) + _risk(session, ctx)
    kept = [
        e for e in entries
        if (start is None or e.when.date() >= start) and (end is None or e.when.date() <= end)
    ]  # fmt: skip
    order = list(Source)
    kept.sort(key=lambda e: (e.when, order.index(e.source)))
    return cd.ChronologyData(ctx.heading, tuple(kept), start, end)
