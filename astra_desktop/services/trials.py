"""Monitored trials: trafficking trials followed without a client of ours — the court, the numbers,
the defendants and charges with their re-qualifications, the hearings with who was summoned, came
and testified, the judgment, the sentence, the compensation and the appeal period.

They belong to no case, so case assignments do not apply: like hotline calls, whoever's role reads
cases sees them, whoever's role writes cases records them, deleting needs the right to delete.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from astra_desktop.core.appointments import AppointmentStatus, local_today
from astra_desktop.core.attendance import AttendanceStats, HearingRecord, attendance_stats
from astra_desktop.core.court import (
    AppealBy,
    Attendance,
    Charge,
    ClaimDecision,
    Defendant,
    DefendantRole,
    HearingKind,
    Party,
    Verdict,
    validate_charge,
)
from astra_desktop.core.enums import AuditAction
from astra_desktop.core.roles import Permission
from astra_desktop.core.trials import (
    MonitoredTrial,
    Person,
    PersonCounts,
    TrialHearing,
    appeal_due,
    person_counts,
    validate_hearing,
    validate_trial,
)
from astra_desktop.errors import ValidationError
from astra_desktop.services.session import Session
from astra_desktop.storage import audit, rows
from astra_desktop.storage import trials as trials_db

ENTITY = "monitored-trial"


@dataclass(frozen=True)
class TrialHearingView:
    hearing: TrialHearing
    attendance: tuple[Attendance, ...] = ()

    def mark(self, party: Party, person: str) -> Attendance | None:
        """The record for an injured party (by code) or a defendant (by id), if any."""
        for a in self.attendance:
            if a.party is party and (a.injured_party or a.defendant_id or "") == person:
                return a
        return None


@dataclass(frozen=True)
class TrialComparison:
    """Who came to court how often: the injured parties against each defendant."""

    stats: AttendanceStats
    people: dict[Person, PersonCounts]


def _coerce(t: MonitoredTrial) -> None:
    t.verdict = Verdict(t.verdict)
    t.property_claim_decision = ClaimDecision(t.property_claim_decision)
    t.appealed_by = [AppealBy(a) for a in t.appealed_by]


def _validate(t: MonitoredTrial, today: date | None = None) -> None:
    _coerce(t)
    validate_trial(t)
    today = today or local_today()
    for name in ("opened_on", "verdict_on", "plea_agreement_on", "judgment_served_on"):
        value = getattr(t, name)
        if value is not None and value > today:
            raise ValidationError(name, "This date is in the future. Record it once it happened.")
    if t.appealed_by and t.verdict is Verdict.PENDING:
        raise ValidationError("appealed_by", "Record the verdict before the appeal against it.")


# --- the trial ------------------------------------------------------------------------------------
def all_trials(session: Session) -> list[MonitoredTrial]:
    session.require(Permission.READ_CASES)
    return trials_db.all_trials(session.db)


def get(session: Session, trial_id: str) -> MonitoredTrial:
    session.require(Permission.READ_CASES)
    return rows.get(session.db, MonitoredTrial, trials_db.TABLE, trial_id)


def add(session: Session, trial: MonitoredTrial) -> MonitoredTrial:
    session.require(Permission.WRITE_CASES)
    _validate(trial)
    trial.created_at = trial.updated_at = rows.now_utc()
    with session.write() as conn:
        rows.insert(conn, trials_db.TABLE, trial)
        audit.append(conn, session.actor.user_id, AuditAction.CREATE.value, ENTITY, trial.id)
    return trial


def update(session: Session, trial: MonitoredTrial) -> None:
    session.require(Permission.WRITE_CASES)
    _validate(trial)
    trial.updated_at = rows.now_utc()
    with session.write() as conn:
        rows.update(conn, trials_db.TABLE, trial)
        audit.append(conn, session.actor.user_id, AuditAction.CHANGE.value, ENTITY, trial.id)


def delete(session: Session, trial_id: str) -> None:
    """The trial with its defendants, charges and hearings."""
    session.require(Permission.DELETE_RECORDS)
    with session.write() as conn:
        trials_db.delete(conn, trials_db.TABLE, trial_id)
        audit.append(conn, session.actor.user_id, AuditAction.DELETE.value, ENTITY, trial_id)


def appeal_deadline(trial: MonitoredTrial) -> date | None:
    """The last day for an appeal, from service of the written judgment (None: not served, or
    an appeal or "no appeal" recorded)."""
    return appeal_due(trial.verdict, trial.judgment_served_on, trial.appealed_by)


# --- defendants and charges -----------------------------------------------------------------------
def defendants(session: Session, trial_id: str) -> list[Defendant]:
    session.require(Permission.READ_CASES)
    return trials_db.defendants(session.db, trial_id)


def charges(session: Session, trial_id: str) -> list[Charge]:
    session.require(Permission.READ_CASES)
    return trials_db.charges(session.db, trial_id)


def add_defendant(session: Session, defendant: Defendant) -> Defendant:
    session.require(Permission.WRITE_CASES)
    defendant.role = DefendantRole(defendant.role)
    if not defendant.label.strip():
        raise ValidationError("label", "Enter the defendant's initials or the court's designation.")
    get(session, defendant.proceeding_id)
    with session.write() as conn:
        rows.insert(conn, trials_db.DEFENDANTS, defendant)
        audit.append(
            conn, session.actor.user_id, AuditAction.CREATE.value, "trial-defendant", defendant.id
        )
    return defendant


def add_charge(session: Session, charge: Charge) -> Charge:
    session.require(Permission.WRITE_CASES)
    get(session, charge.proceeding_id)
    replaced = None
    if charge.replaces_id:
        replaced = rows.get(session.db, Charge, trials_db.CHARGES, charge.replaces_id)
        if replaced.proceeding_id != charge.proceeding_id:
            raise ValidationError("replaces_id", "That charge belongs to another trial.")
        charge.defendant_id = charge.defendant_id or replaced.defendant_id
    validate_charge(charge, replaced)
    with session.write() as conn:
        rows.insert(conn, trials_db.CHARGES, charge)
        audit.append(
            conn, session.actor.user_id, AuditAction.CREATE.value, "trial-charge", charge.id
        )
    return charge


def requalify(
    session: Session, charge_id: str, article: str, paragraph: str, offence: str, on: date,
    note: str = "",
) -> Charge:  # fmt: skip
    """A new dated charge replacing the old one, which stays in the history."""
    session.require(Permission.WRITE_CASES)
    old = rows.get(session.db, Charge, trials_db.CHARGES, charge_id)
    if trials_db.is_requalified(session.db, charge_id):
        raise ValidationError(
            "replaces_id", "This charge was already re-qualified. Re-qualify the current one."
        )
    return add_charge(session, Charge(
        proceeding_id=old.proceeding_id, article=article.strip(), qualified_on=on,
        paragraph=paragraph.strip(), offence=offence.strip(), defendant_id=old.defendant_id,
        replaces_id=old.id, note=note,
    ))  # fmt: skip


# --- hearings -------------------------------------------------------------------------------------
def hearings(session: Session, trial_id: str) -> list[TrialHearingView]:
    session.require(Permission.READ_CASES)
    found = trials_db.hearings(session.db, trial_id)
    marks = trials_db.attendance(session.db, [h.id for h in found])
    return [TrialHearingView(h, tuple(marks.get(h.id, ()))) for h in found]


def _check_marks(session: Session, hearing: TrialHearing, marks: Iterable[Attendance]) -> None:
    trial = get(session, hearing.trial_id)
    known = {d.id for d in trials_db.defendants(session.db, hearing.trial_id)}
    for a in marks:
        a.party = Party(a.party)
        if a.party is Party.VICTIM and a.injured_party not in trial.injured_parties:
            raise ValidationError("attendance", "That injured party is not recorded in this trial.")
        if a.party is Party.DEFENDANT and a.defendant_id not in known:
            raise ValidationError("attendance", "A defendant of another trial was given.")
        if a.party not in (Party.VICTIM, Party.DEFENDANT):
            raise ValidationError("attendance", "Record the injured parties and the defendants.")
        if a.testified and not a.present:
            raise ValidationError("testified", "Someone who did not come cannot have testified.")


def save_hearing(
    session: Session, hearing: TrialHearing, marks: Iterable[Attendance], new: bool = False
) -> TrialHearing:
    """Add (`new`) or change a hearing and replace who was summoned, came and testified."""
    session.require(Permission.WRITE_CASES)
    hearing.kind, hearing.status = HearingKind(hearing.kind), AppointmentStatus(hearing.status)
    if hearing.status is not AppointmentStatus.POSTPONED:
        hearing.postponed_by, hearing.postponement_reason = "", ""
    elif not (hearing.postponed_by or hearing.postponement_reason.strip()):
        raise ValidationError("postponed_by", "Say who caused the postponement, or why.")
    validate_hearing(hearing)
    marks = list(marks)
    _check_marks(session, hearing, marks)
    action = AuditAction.CREATE if new else AuditAction.CHANGE
    with session.write() as conn:
        (rows.insert if new else rows.update)(conn, trials_db.HEARINGS, hearing)
        trials_db.clear_attendance(conn, hearing.id)
        for a in marks:
            a.hearing_id = hearing.id
            rows.insert(conn, trials_db.ATTENDANCE, a)
        audit.append(conn, session.actor.user_id, action.value, "trial-hearing", hearing.id)
    return hearing


def comparison(session: Session, trial_id: str) -> TrialComparison:
    """Hearings held and postponed (and by whom), and per injured party and defendant the
    hearings summoned to, attended and testified at — the "27 against 10" of a monitored trial."""
    views = hearings(session, trial_id)
    records = [
        HearingRecord(
            v.hearing.id,
            v.hearing.status,
            v.attendance,
            None,
            v.hearing.postponed_by,
            (
                v.hearing.witnesses_summoned,
                v.hearing.witnesses_appeared,
                v.hearing.witnesses_testified,
            ),
        )
        for v in views
    ]
    ids = [d.id for d in trials_db.defendants(session.db, trial_id)]
    stats = attendance_stats(records, ids)
    people = person_counts((v.hearing.status, v.attendance) for v in views)
    return TrialComparison(stats, people)
