"""Monitored trials: trafficking trials the organisation follows without a client of its own.

The injured parties are codes ("OŠ-1", "AA"), never names: the record leaves the organisation only
as figures, and a monitor in the courtroom writes down no more than the court itself publishes.
Defendants and charges are the same records as a client's proceeding (core.court), so the
re-qualification rules read both alike. Pure Python.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from astra_desktop.core.appointments import AppointmentStatus
from astra_desktop.core.court import (
    AppealBy,
    Attendance,
    ClaimDecision,
    HearingKind,
    Party,
    PostponedBy,
    Proceeding,
    Verdict,
)
from astra_desktop.core.models import new_id
from astra_desktop.errors import ValidationError

# ZKP: an appeal against a first-instance judgment within 15 days of service of the written
# judgment (30 in organised-crime cases); docs/legal-sources.md §7.
APPEAL_DAYS = 15

# A code: capitals (Latin or Serbian), digits and . - / _ ; a name ("Ana Petrović") is refused.
_CODE = re.compile(r"^[A-ZČĆĐŠŽ0-9][A-ZČĆĐŠŽ0-9.\-/_ ]{0,19}$")


@dataclass
class MonitoredTrial:
    id: str = field(default_factory=new_id)
    court: str = ""
    court_case_number: str = ""
    prosecution_case_number: str = ""
    prosecutor_office: str = ""
    judge: str = ""
    injured_parties: list[str] = field(default_factory=list)  # codes, never names
    opened_on: date | None = None  # indictment confirmed / trial opened
    verdict: Verdict = Verdict.PENDING
    verdict_on: date | None = None
    convicted_article: str = ""
    convicted_paragraph: str = ""
    convicted_offence: str = ""
    sentence: str = ""
    sentence_months: int | None = None
    plea_agreement: bool = False
    plea_agreement_on: date | None = None
    judgment_served_on: date | None = None
    appealed_by: list[AppealBy] = field(default_factory=list)
    compensation_claimed: int | None = None  # dinars
    compensation_awarded: int | None = None  # dinars
    property_claim_decision: ClaimDecision = ClaimDecision.NONE
    notes: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    version: int = 0

    @property
    def title(self) -> str:
        return " · ".join(p for p in (self.court, self.court_case_number) if p) or "—"

    def as_proceeding(self) -> Proceeding:
        """The same facts as a client's proceeding carries them (for the yearly figures)."""
        return Proceeding(
            case_id="", id=self.id, court=self.court, court_case_number=self.court_case_number,
            opened_on=self.opened_on, verdict=self.verdict, verdict_on=self.verdict_on,
            convicted_article=self.convicted_article,
            convicted_paragraph=self.convicted_paragraph,
            convicted_offence=self.convicted_offence, sentence_months=self.sentence_months,
            plea_agreement=self.plea_agreement, plea_agreement_on=self.plea_agreement_on,
            appealed_by=list(self.appealed_by), judgment_served_on=self.judgment_served_on,
            property_claim_decision=self.property_claim_decision,
            compensation_claimed=self.compensation_claimed,
            compensation_awarded=self.compensation_awarded,
        )  # fmt: skip


@dataclass
class TrialHearing:
    trial_id: str
    held_on: date
    kind: HearingKind = HearingKind.MAIN_HEARING
    status: AppointmentStatus = AppointmentStatus.HELD
    id: str = field(default_factory=new_id)
    postponed_by: str = ""  # a PostponedBy value; "" when not recorded
    postponement_reason: str = ""
    witnesses_summoned: int | None = None
    witnesses_appeared: int | None = None
    witnesses_testified: int | None = None
    notes: str = ""
    version: int = 0


def is_code(text: str) -> bool:
    return bool(_CODE.match(text.strip()))


def clean_codes(codes: Iterable[str]) -> list[str]:
    """The injured parties' codes, trimmed and without repeats; a name is refused."""
    out: list[str] = []
    for raw in codes:
        code = raw.strip()
        if not code or code in out:
            continue
        if not is_code(code):
            raise ValidationError(
                "injured_parties",
                "“{code}” is not a code. Record an injured party by a code such as OŠ-1 or the "
                "initials the court uses, in capitals — never by name.",
                code=code,
            )
        out.append(code)
    return out


def validate_trial(trial: MonitoredTrial) -> None:
    if not (trial.court.strip() or trial.court_case_number.strip()):
        raise ValidationError("court", "Give the court or the court's case number.")
    trial.injured_parties = clean_codes(trial.injured_parties)
    if trial.verdict is not Verdict.PENDING and trial.verdict_on is None:
        raise ValidationError("verdict_on", "Give the date of the judgment.")
    served, pronounced = trial.judgment_served_on, trial.verdict_on
    if served is not None and (pronounced is None or served < pronounced):
        raise ValidationError(
            "judgment_served_on", "The written judgment cannot be served before it was pronounced."
        )
    for name in ("compensation_claimed", "compensation_awarded", "sentence_months"):
        value = getattr(trial, name)
        if value is not None and value < 0:
            raise ValidationError(name, "An amount or a length cannot be negative.")


def validate_hearing_facts(
    postponed_by: str, witnesses: tuple[int | None, int | None, int | None]
) -> None:
    """The postponement's cause and the witnesses' counts (summoned, came, testified), as a
    client's hearing and a monitored one both record them."""
    if postponed_by and postponed_by not in {p.value for p in PostponedBy}:
        raise ValidationError("postponed_by", "Choose who caused the postponement.")
    if any(c is not None and c < 0 for c in witnesses):
        raise ValidationError("witnesses", "A number of witnesses cannot be negative.")
    # A witness may come unsummoned (brought by a party), but cannot testify without coming.
    _, appeared, testified = witnesses
    if appeared is not None and testified is not None and testified > appeared:
        raise ValidationError("witnesses", "More witnesses testified than appeared.")


def validate_hearing(hearing: TrialHearing) -> None:
    validate_hearing_facts(
        hearing.postponed_by,
        (hearing.witnesses_summoned, hearing.witnesses_appeared, hearing.witnesses_testified),
    )


def appeal_due(
    verdict: Verdict, served_on: date | None, appealed: Iterable[AppealBy]
) -> date | None:
    """The last day for an appeal, counted from service of the written judgment; None when no
    judgment was served yet or an appeal (or its absence) is recorded."""
    if verdict is Verdict.PENDING or served_on is None or list(appealed):
        return None
    return served_on + timedelta(days=APPEAL_DAYS)


# --- who came: injured parties by code, defendants by id ----------------------------------------
Person = tuple[Party, str]  # (Party.VICTIM, code) or (Party.DEFENDANT, defendant id)


@dataclass
class PersonCounts:
    summoned: int = 0
    appeared: int = 0
    testified: int = 0


def person_of(a: Attendance) -> Person:
    return (a.party, a.injured_party if a.party is Party.VICTIM else (a.defendant_id or ""))


def person_counts(
    hearings: Iterable[tuple[AppointmentStatus, Iterable[Attendance]]],
) -> dict[Person, PersonCounts]:
    """Per injured party and defendant: hearings summoned to, attended and testified at
    (cancelled hearings aside)."""
    out: dict[Person, PersonCounts] = {}
    for status, attendance in hearings:
        if status is AppointmentStatus.CANCELLED:
            continue
        for a in attendance:
            counts = out.setdefault(person_of(a), PersonCounts())
            counts.summoned += bool(a.summoned)
            counts.appeared += a.present
            counts.testified += a.testified
    return out
