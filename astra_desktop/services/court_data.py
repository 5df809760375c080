"""Gathering what each court document needs from the vault, through the same services as the app.

Every reader checks the person's access to the case. With "case code only" the gathered data pass
through core.redaction before any builder sees them, so a name typed into a note, an outcome or a
file name never reaches the PDF.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from astra_desktop.core import court_documents as cd
from astra_desktop.core import court_names
from astra_desktop.core import profiles as pf
from astra_desktop.core.appointments import (
    BELGRADE,
    AppointmentStatus,
    Clock,
    local_now,
    local_today,
)
from astra_desktop.core.attendance import HearingRecord, Person, attendance_due, tally
from astra_desktop.core.attendance import presence as presence_of
from astra_desktop.core.court import (
    Authority,
    Party,
    Proceeding,
    ProtectiveMeasure,
    current_charges,
)
from astra_desktop.core.disclosure import Choices, is_health
from astra_desktop.core.enums import CaseStatus
from astra_desktop.core.models import Case, Client, ServiceRecord
from astra_desktop.core.redaction import Redactor
from astra_desktop.core.risk import Answer, Level
from astra_desktop.core.roles import Permission
from astra_desktop.core.translit import to_cyrillic
from astra_desktop.errors import ValidationError
from astra_desktop.reports import templates
from astra_desktop.services import (
    case_records,
    clients,
    documents,
    hearings,
    proceedings,
    profiles,
    related_persons,
    risk,
)
from astra_desktop.services.access import require_case
from astra_desktop.services.session import Session
from astra_desktop.storage import cases as cases_db

GENERATED = "ASTRA court document"  # how saved court documents describe themselves in the case


@dataclass(frozen=True)
class Context:
    """The case, its client and the heading of the document being made."""

    case: Case
    client: Client
    heading: cd.Heading
    redact: Callable[[str], str]
    choices: Choices = field(default_factory=Choices)  # which notes, health items, attachments

    @property
    def lang(self) -> str:
        return self.heading.lang

    def script(self, text: str) -> str:
        """Institutional names (courts, offices, offences) in the document's script; what people
        typed about the client (notes, outcomes) stays as it was recorded."""
        return to_cyrillic(text) if self.lang == "sr-Cyrl" else text

    def number(self, text: str) -> str:
        """A case number in the document's script ("Kž1 334/25" → "Кж1 334/25")."""
        return court_names.case_number_cyrillic(text) if self.lang == "sr-Cyrl" else text


def letterhead(
    org: pf.Organisation, texts: templates.Texts, script: Callable[[str], str]
) -> tuple[str, ...]:
    """The organisation's letterhead as lines: name, address and town, registration numbers."""
    numbers = []
    if org.registration_number:
        numbers.append(texts("registration_number", number=org.registration_number))
    if org.tax_number:
        numbers.append(texts("tax_number", number=org.tax_number))
    lines = [script(org.name), script(", ".join(x for x in (org.address, org.city) if x)),
             " · ".join(numbers)]  # fmt: skip
    return tuple(line for line in lines if line)


def context(
    session: Session,
    case_id: str,
    kind: str,
    lang: str,
    names: bool,
    clock: Clock | None = None,
    choices: Choices | None = None,
    stamp: bool | None = None,
    designation: str = "",
) -> Context:
    """The case, its client and the document's heading; `stamp` None: the kind's default. With
    "case code only", `designation` (how the court names her, for a filing) replaces her name
    wherever it is typed; else the case code does."""
    require_case(session, case_id, Permission.READ_CASES)
    case = clients.get_case(session, case_id)
    client = clients.get_client(session, case.client_id)
    org = profiles.organisation(session)
    script = to_cyrillic if lang == "sr-Cyrl" else str
    heading = cd.Heading(
        kind=kind, case_code=case.case_code, lang=lang, generated=local_now(clock),
        organisation=script(org.name), client_name=client.display_name if names else "",
        gender=client.gender, stamp=cd.default_stamp(kind) if stamp is None else stamp,
        letterhead=letterhead(org, templates.load(kind, lang), script),
    )  # fmt: skip
    chosen = choices if choices is not None else Choices()
    if names:
        return Context(case, client, heading, lambda text: text, chosen)
    redactor = _redactor(session, case, client, kind, lang, designation.strip())
    return Context(case, client, heading, redactor, chosen)


def case_redactor(session: Session, case_id: str, lang: str) -> Redactor:
    """The one redaction of "case code only", for any output that leaves the vault without
    names (court documents, the printed agenda, exports): the same rules everywhere."""
    require_case(session, case_id, Permission.READ_CASES)
    case = clients.get_case(session, case_id)
    client = clients.get_client(session, case.client_id)
    return _redactor(session, case, client, "chronology", lang)


def _redactor(
    session: Session, case: Case, client: Client, kind: str, lang: str, replacement: str = ""
) -> Redactor:
    """What "case code only" takes out: the client's names, birth date, contact, identifying
    numbers, address and places; each related person's name (replaced by the relation: "majka",
    "мајка", "mother"), contact and address."""
    people = related_persons.of_client(session, client.id)
    texts = templates.load(kind, lang)  # the relation's label in the document's language
    return Redactor(
        [client.given_name, client.family_name, *client.aliases],
        replacement or case.case_code,
        birth_dates=[client.date_of_birth],
        literals=[
            client.contact, client.safe_contact_instructions, client.personal_number,
            client.id_document_number, *(p.contact for p in people),
        ],
        people=[([p.name], texts.label("relation", p.relation)) for p in people],
        addresses=[a for a in (client.address, *(p.address for p in people)) if a.strip()],
        places=[p for p in (client.place_of_residence, client.place_of_birth) if p.strip()],
    )  # fmt: skip


# --- the proceeding ---------------------------------------------------------------------------------
def designation(
    session: Session, case_id: str, kind: str, lang: str, extra: Mapping[str, Any]
) -> str:
    """How the court names the injured party in the proceeding a filing is for ("" for the
    organisation's own documents, or when none is recorded), in the document's script."""
    if kind not in cd.FILINGS:
        return ""
    pid = pick_proceeding(session, case_id, extra)
    found = proceedings.get(session, pid).court_designation.strip() if pid else ""
    return to_cyrillic(found) if lang == "sr-Cyrl" else found


def pick_proceeding(session: Session, case_id: str, extra: Mapping[str, Any]) -> str | None:
    """The proceeding asked for, else the case's latest one, else None."""
    found = proceedings.of_case(session, case_id)
    wanted = extra.get("proceeding_id")
    if wanted:
        if wanted not in {p.id for p in found}:
            raise ValidationError("proceeding_id", "That proceeding does not belong to this case.")
        return str(wanted)
    return found[-1].id if found else None


def proceeding_info(session: Session, ctx: Context, proceeding_id: str) -> cd.ProceedingInfo:
    p = proceedings.get(session, proceeding_id)
    charges = proceedings.charges(session, proceeding_id)
    by_id = {c.id: c for c in charges}
    lines = []
    for c in current_charges(charges):
        replaced = by_id.get(c.replaces_id) if c.replaces_id else None
        lines.append(cd.ChargeLine(c.article, ctx.script(c.offence), c.qualified_on,
                                   replaced.article if replaced else ""))  # fmt: skip
    return cd.ProceedingInfo(
        court=ctx.script(p.court), court_case_number=ctx.number(p.court_case_number),
        prosecutor_office=ctx.script(p.prosecutor_office),
        prosecution_case_number=ctx.number(p.prosecution_case_number), judge=ctx.script(p.judge),
        witness_status=p.vulnerable_witness, measures_ordered=tuple(p.measures_ordered),
        defendants=tuple(cd.DefendantLine(d.label, d.role)
                         for d in proceedings.defendants(session, proceeding_id)),
        charges=tuple(lines), first_instance_ended_on=p.first_instance_ended_on,
        outcome=outcome(ctx, p),
    )  # fmt: skip


def outcome(ctx: Context, p: Proceeding) -> cd.Outcome:
    """The plea agreement and the judgment as recorded on the proceeding."""
    return cd.Outcome(
        verdict=p.verdict, verdict_on=p.verdict_on, article=p.convicted_article.strip(),
        paragraph=p.convicted_paragraph.strip(), offence=ctx.script(p.convicted_offence.strip()),
        sentence=p.sentence.strip(), sentence_months=p.sentence_months,
        appealed_by=tuple(p.appealed_by), plea=p.plea_agreement, plea_on=p.plea_agreement_on,
        plea_terms=p.plea_terms.strip(), victim_informed=p.victim_informed_of_plea,
    )  # fmt: skip


# --- a filing: addressee, party, lawyer, power of attorney, place ----------------------------------------
def _authority(extra: Mapping[str, Any], p: Proceeding | None) -> Authority:
    """Who receives the filing: `extra["addressee"]` if given, else the proceeding's stage."""
    wanted = extra.get("addressee")
    if wanted:
        try:
            return Authority(str(wanted))
        except ValueError:
            known = ", ".join(a.value for a in Authority)
            raise ValidationError(
                "addressee",
                "“{wanted}” is not an addressee. Choose one of: {known}.",
                wanted=wanted,
                known=known,
            ) from None
    return p.authority if p is not None else Authority.COURT


def addressee(ctx: Context, p: Proceeding | None, authority: Authority) -> cd.Addressee:
    """The addressee with its case number, and the other bodies' numbers of the proceeding."""
    bodies = {
        Authority.PROSECUTOR: (p.prosecutor_office, p.prosecution_case_number) if p else ("", ""),
        Authority.COURT: (p.court, p.court_case_number) if p else ("", ""),
        Authority.APPEAL: (p.appellate_court, p.appellate_case_number) if p else ("", ""),
    }
    name, number = (x.strip() for x in bodies[authority])
    others = tuple(
        cd.CaseNumber(a, ctx.script(n.strip()), ctx.number(no.strip()))
        for a, (n, no) in bodies.items()
        if a is not authority and no.strip()
    )
    dative = court_names.dative(name) if name and ctx.lang != "en" else name
    return cd.Addressee(authority, ctx.script(name), ctx.script(dative), ctx.number(number), others)


def _lawyer(session: Session, extra: Mapping[str, Any], pid: str | None) -> pf.Lawyer | None:
    """The lawyer asked for; else the one holding the proceeding's latest power of attorney; else
    the only lawyer on the list; else none (the filing leaves lines to fill in)."""
    found = profiles.lawyers(session)
    if extra.get("lawyer"):
        return pf.find_lawyer(found, str(extra["lawyer"]))
    powers = profiles.powers(session, pid) if pid else []
    if powers:
        latest = powers[-1]
        by_id = {x.id: x for x in found}
        return by_id.get(latest.lawyer_id) or pf.Lawyer(latest.lawyer, id=latest.lawyer_id)
    return found[0] if len(found) == 1 else None


def filing(session: Session, ctx: Context, pid: str | None, extra: Mapping[str, Any]) -> cd.Filing:
    """What makes the document a podnesak. The party is the client's name when names were chosen,
    else the designation the court uses for her (recorded on the proceeding), else a blank."""
    p = proceedings.get(session, pid) if pid else None
    lawyer = _lawyer(session, extra, pid)
    power = profiles.power_for(session, pid, lawyer) if pid and lawyer else None
    line = None
    place = ""
    if lawyer is not None:
        city_in, city_from = lawyer.town()
        line = cd.LawyerLine(
            ctx.script(lawyer.name), ctx.script(lawyer.office_address), ctx.script(lawyer.city),
            ctx.script(city_from if ctx.lang != "en" else lawyer.city),
            ctx.script(lawyer.bar_chamber), lawyer.bar_number,
        )  # fmt: skip
        place = city_in if ctx.lang != "en" else lawyer.city
    if not place:
        org = profiles.organisation(session)
        place = court_names.town_forms(org.city)[0] if ctx.lang != "en" else org.city
    designation = p.court_designation.strip() if p is not None else ""
    party = ctx.heading.client_name or ctx.script(designation)
    return cd.Filing(
        addressee(ctx, p, _authority(extra, p)), party, line,
        power.granted_on if power else None, power.scope if power else "",
        ctx.script(place),
    )  # fmt: skip


# --- risk ---------------------------------------------------------------------------------------------
def risk_summary(session: Session, ctx: Context) -> cd.RiskSummary | None:
    assessments = risk.history(session, ctx.case.id)
    if not assessments:
        return None
    latest = assessments[-1]
    inst = risk.instrument_of(session, latest.instrument_id, latest.instrument_version)

    def text(mapping: dict[str, str]) -> str:
        """Cyrillic is made from the Latin now (core/translit.py): a vault's stored copy of the
        instrument may spell brand names letter by letter ("СафеЛивес ДАСХ"); made now, they
        stay as written (SafeLives DASH)."""
        if ctx.lang == "sr-Cyrl":
            return to_cyrillic(inst.text(mapping, "sr-Latn"))
        return inst.text(mapping, ctx.lang)

    said_yes = {k for k, v in latest.answers.items() if v is Answer.YES}
    sections, protective = [], []
    health = {i.id for s in inst.sections if is_health(s.title) for i in s.items}
    if ctx.choices.health:
        health = set()
    said_yes -= health  # health items go in only when chosen (core/disclosure.py)
    health_actions = {a for i in health for a in inst.items[i].actions}
    for section in inst.sections:
        found = [text(i.text) for i in section.items
                 if i.id in said_yes and i.kind == "risk"]  # fmt: skip
        protective += [text(i.text) for i in section.items
                       if i.id in said_yes and i.kind == "protective"]  # fmt: skip
        if found:
            sections.append(cd.RiskSection(text(section.title), tuple(found)))
    items = inst.items
    plan = risk.plan(session, ctx.case.id)
    return cd.RiskSummary(
        instrument_title=text(inst.title), disclaimer=text(inst.disclaimer),
        assessed_on=latest.assessed_on, level=_level_key(latest.level),
        computed=latest.result.computed.key, score=latest.result.score,
        red_flags=tuple(text(items[i].text) for i in latest.result.red_flags
                        if i in items and i not in health),
        risks=tuple(sections), protective=tuple(protective), unknown=sum(
            latest.answers.get(i, Answer.UNKNOWN) is Answer.UNKNOWN for i in items),
        next_due=latest.next_due, own_words=latest.own_words,
        override_reason=latest.override_reason,
        history=tuple((a.assessed_on, a.result.score, _level_key(a.level)) for a in assessments),
        actions=tuple((ctx.script(a.title), a.status, a.due_on) for a in plan
                      if a.status != "dropped" and a.action_key not in health_actions),
    )  # fmt: skip


def _findings(summary: cd.RiskSummary | None) -> cd.RiskSummary | None:
    return dataclasses.replace(summary, disclaimer="") if summary is not None else None


def _level_key(level: Level | None) -> str:
    """The template key of a level; "not-assessed" for an assessment saved with no answers."""
    return level.key if level is not None else "not-assessed"


# --- the documents -----------------------------------------------------------------------------------
def risk_report(session: Session, ctx: Context, _extra: Mapping[str, Any]) -> cd.RiskReportData:
    return cd.RiskReportData(ctx.heading, risk_summary(session, ctx))


def vulnerable_witness(
    session: Session, ctx: Context, extra: Mapping[str, Any]
) -> cd.VulnerableWitnessData:
    pid = pick_proceeding(session, ctx.case.id, extra)
    try:
        measures = tuple(ProtectiveMeasure(m) for m in extra.get("measures", cd.DEFAULT_MEASURES))
    except ValueError as exc:
        raise ValidationError("measures", "Unknown protective measure: {exc}.", exc=exc) from exc
    if not measures:
        raise ValidationError("measures", "Choose at least one protective measure to ask for.")
    return cd.VulnerableWitnessData(
        heading=ctx.heading,
        proceeding=proceeding_info(session, ctx, pid) if pid else None,
        measures=measures,
        exploitation=tuple(ctx.case.exploitation_types),
        reasons=str(extra.get("reasons", "")),
        # the findings, never the instrument's disclaimer: a filing must not undermine itself
        # (the risk report, the organisation's own document, carries it)
        risk=_findings(risk_summary(session, ctx)) if extra.get("risk", True) else None,
        filing=filing(session, ctx, pid, extra),
        minor=cd.is_minor(ctx.client.date_of_birth, ctx.heading.generated.date()),
    )


def parse_day(value: object, name: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    text = str(value).strip().rstrip(".")
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValidationError(name, "“{value}” is not a date. Write it as dd.mm.yyyy.", value=value)


def support_letter(
    session: Session, ctx: Context, _extra: Mapping[str, Any]
) -> cd.SupportLetterData:
    case = ctx.case
    by_kind: dict[Any, list[ServiceRecord]] = {}
    for s in case_records.entries(session, ServiceRecord, case.id):
        by_kind.setdefault(s.kind, []).append(s)
    periods = []
    for kind, records in by_kind.items():
        latest = max(records, key=lambda r: r.provided_on)
        # No end recorded on the latest one: still being provided ("since …").
        last = (
            None if latest.ended_on is None else max(r.ended_on or r.provided_on for r in records)
        )
        periods.append(cd.ServicePeriod(kind, min(r.provided_on for r in records), last))
    closed = case.status in (CaseStatus.CLOSED, CaseStatus.CLOSED_REFERRED)
    until = closed_on(session, case.id) if closed else None
    if until is not None:  # nothing was provided after the case closed
        periods = [p if p.last is not None else cd.ServicePeriod(p.kind, p.first, max(p.first, until))
                   for p in periods]  # fmt: skip
    services = tuple(sorted(periods, key=lambda p: p.first))
    since = case.opened_on or (case.created_at.date() if case.created_at else local_today())
    return cd.SupportLetterData(ctx.heading, since, until, services, closed)


def closed_on(session: Session, case_id: str) -> date | None:
    """The day the case was closed, as the vault recorded it (schema 19); None if not recorded."""
    return cases_db.closed_on(session.db, case_id)


def attendance(session: Session, ctx: Context, extra: Mapping[str, Any]) -> cd.AttendanceData:
    wanted = extra.get("proceeding_id")
    ids = [wanted] if wanted else [p.id for p in proceedings.of_case(session, ctx.case.id)]
    if wanted:
        pick_proceeding(session, ctx.case.id, extra)
    return cd.AttendanceData(ctx.heading, tuple(_attendance_block(session, ctx, p) for p in ids))


def _attendance_block(session: Session, ctx: Context, pid: str) -> cd.AttendanceBlock:
    """One proceeding's hearings: who came, who stayed away and whose attendance was not recorded
    (never counted as absent), and per person the three totals."""
    info = proceeding_info(session, ctx, pid)
    labels = {d.id: d.label for d in proceedings.defendants(session, pid)}
    views = hearings.of_proceeding(session, pid)
    counsel = {a.defendant_id for v in views for a in v.attendance
               if a.party is Party.DEFENCE_LAWYER and a.defendant_id}  # fmt: skip
    people: list[Person] = [(Party.VICTIM, None), (Party.VICTIM_LAWYER, None),
                            (Party.PROSECUTOR, None)]  # fmt: skip
    people += [(Party.DEFENDANT, d) for d in labels]
    people += [(Party.DEFENCE_LAWYER, d) for d in labels if d in counsel]
    records = [HearingRecord(v.hearing.id, v.appointment.status, v.attendance,
                             v.appointment.starts_at) for v in views]  # fmt: skip
    lines = []
    for v, record in zip(views, records, strict=True):
        due = attendance_due(record) and v.appointment.status is not AppointmentStatus.CANCELLED
        marks = {(a.party, a.defendant_id): a for a in v.attendance}
        presence = tuple(cd.Presence(party, presence_of(record, (party, d)) if due else None,
                                     labels.get(d or "", ""),
                                     summoned=m.summoned if (m := marks.get((party, d))) else None,
                                     testified=bool(m and m.testified))
                         for party, d in people if due)  # fmt: skip
        reason = v.hearing.postponement_reason or v.appointment.outcome
        lines.append(cd.HearingLine(v.appointment.starts_at, v.hearing.kind, v.appointment.status,
                                    presence, tuple(v.hearing.measures_applied), reason,
                                    v.hearing.postponed_by))  # fmt: skip
    # "ahead" as of the moment the document is made: a planned hearing already past is
    # counted as "outcome not recorded", never as still to come
    stats = hearings.stats(session, pid, lambda: ctx.heading.generated.replace(tzinfo=BELGRADE))
    counts = {"scheduled": stats.scheduled, "held": stats.held, "postponed": stats.postponed,
              "missed": stats.missed, "planned": stats.ahead, "recorded": stats.recorded,
              "outcome_due": stats.outcome_due,
              "cancelled": sum(v.appointment.status is AppointmentStatus.CANCELLED
                               for v in views),
              "due": sum(attendance_due(r) and r.status is not AppointmentStatus.CANCELLED
                         for r in records)}  # fmt: skip
    totals = tally(records, people)
    appearances = tuple(
        cd.Appearances(party, n.present, n.absent, n.not_recorded, labels.get(d or "", ""))
        for (party, d), n in totals.items()
    )
    return cd.AttendanceBlock(info, tuple(lines), counts, appearances)


def evidence_index(
    session: Session, ctx: Context, _extra: Mapping[str, Any]
) -> cd.EvidenceIndexData:
    """Every document of the case, oldest first, each re-read and checked against its SHA-256
    (documents.iter_chunks raises VaultDamaged on a mismatch, and the index is not made)."""
    docs = sorted((d for d in documents.documents(session, ctx.case.id)
                   if ctx.choices.document_in(d.id)),
                  key=lambda d: d.imported_at or datetime.min)  # fmt: skip
    for d in docs:
        for _chunk in documents.iter_chunks(session, d.id):
            pass
    items = tuple(
        cd.EvidenceItem(d.filename, d.description, d.size,
                        d.imported_at.astimezone(BELGRADE).replace(tzinfo=None) if d.imported_at else None,
                        d.sha256, d.mime)
        for d in docs
    )  # fmt: skip
    return cd.EvidenceIndexData(ctx.heading, items, ctx.heading.generated if docs else None)
