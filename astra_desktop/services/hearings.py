"""Hearings: appointments linked to a proceeding that record who came, which protective measures
were actually applied, whether the hearing was postponed and why, and the next hearing date —
which makes the next hearing's appointment in the same step.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from astra_desktop.core.appointments import (
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    Clock,
    local_now,
)
from astra_desktop.core.attendance import AttendanceStats, HearingRecord, attendance_stats
from astra_desktop.core.court import Attendance, Hearing, HearingKind, Party, ProtectiveMeasure
from astra_desktop.core.enums import AuditAction
from astra_desktop.core.roles import Permission
from astra_desktop.core.trials import validate_hearing_facts
from astra_desktop.errors import ValidationError
from astra_desktop.services import appointments, proceedings
from astra_desktop.services.access import require_case
from astra_desktop.services.session import Session
from astra_desktop.storage import audit, rows
from astra_desktop.storage import hearings as hearings_db


@dataclass(frozen=True)
class HearingView:
    hearing: Hearing
    appointment: Appointment
    attendance: tuple[Attendance, ...] = ()

    def present(self, party: Party, defendant_id: str | None = None) -> bool | None:
        """True / False as recorded, None when attendance was not recorded for that person."""
        for a in self.attendance:
            if a.party is party and a.defendant_id == defendant_id:
                return a.present
        return None


@dataclass
class HearingOutcome:
    """What a worker records after a hearing."""

    status: AppointmentStatus
    present: dict[tuple[Party, str | None], bool] = field(default_factory=dict)
    # Who was summoned and who testified, per person as `present` (absent: not recorded / no).
    summoned: dict[tuple[Party, str | None], bool] = field(default_factory=dict)
    testified: dict[tuple[Party, str | None], bool] = field(default_factory=dict)
    postponed_by: str = ""  # a PostponedBy value: which party caused the postponement
    witnesses: tuple[int | None, int | None, int | None] = (
        None,
        None,
        None,
    )  # summoned, came, testified
    measures_applied: list[ProtectiveMeasure] = field(default_factory=list)
    postponement_reason: str = ""
    outcome: str = ""
    next_starts_at: datetime | None = None
    next_ends_at: datetime | None = None
    next_kind: HearingKind | None = None


def schedule(
    session: Session,
    proceeding_id: str,
    starts_at: datetime,
    ends_at: datetime | None = None,
    kind: HearingKind = HearingKind.MAIN_HEARING,
    place: str = "",
    worker_ids: Iterable[str] = (),
    notes: str = "",
    allow_conflicts: bool = False,
) -> HearingView:
    """A new hearing: its appointment (type court hearing) and the hearing record, together."""
    proceeding = proceedings.get(session, proceeding_id)
    require_case(session, proceeding.case_id, Permission.WRITE_CASES)
    appt = Appointment(
        case_id=proceeding.case_id, kind=AppointmentKind.COURT_HEARING, starts_at=starts_at,
        ends_at=ends_at or starts_at + timedelta(hours=2), place=place or proceeding.court,
        notes=notes,
    )  # fmt: skip
    hearing = Hearing(appointment_id=appt.id, proceeding_id=proceeding_id, kind=HearingKind(kind))
    with session.write() as conn:
        appointments.add(session, appt, worker_ids, allow_conflicts=allow_conflicts)
        rows.insert(conn, hearings_db.TABLE, hearing)
        audit.append(conn, session.actor.user_id, AuditAction.CREATE.value, "hearing", hearing.id)
    return HearingView(hearing, appt)


def record(
    session: Session, hearing_id: str, outcome: HearingOutcome, allow_conflicts: bool = False
) -> HearingView | None:
    """Save what happened at a hearing; returns the next hearing when a date was given."""
    view = get(session, hearing_id)
    appt, hearing = view.appointment, view.hearing
    outcome.status = AppointmentStatus(outcome.status)
    measures = [ProtectiveMeasure(m) for m in outcome.measures_applied]
    require_case(session, appt.case_id, Permission.WRITE_CASES)
    if outcome.status is AppointmentStatus.PLANNED:
        raise ValidationError("status", "Say whether the hearing was held, postponed or missed.")
    reason = outcome.postponement_reason.strip()
    if outcome.status is AppointmentStatus.POSTPONED and not reason:
        raise ValidationError("postponement_reason", "Say why the hearing was postponed.")
    cause = outcome.postponed_by if outcome.status is AppointmentStatus.POSTPONED else ""
    validate_hearing_facts(cause, outcome.witnesses)
    summoned_n, appeared_n, testified_n = outcome.witnesses
    for who, spoke in outcome.testified.items():
        if spoke and not outcome.present.get(who, False):
            raise ValidationError("testified", "Someone who did not come cannot have testified.")
    if outcome.next_starts_at is not None and outcome.next_starts_at <= appt.starts_at:
        raise ValidationError("next_starts_at", "The next hearing must come after this one.")
    known = hearings_db.defendant_ids(session.db, hearing.proceeding_id)
    appt.status = outcome.status
    appt.outcome = outcome.outcome.strip() or reason
    hearing.measures_applied = measures
    hearing.postponement_reason = reason if outcome.status is AppointmentStatus.POSTPONED else ""
    hearing.postponed_by = cause
    hearing.witnesses_summoned, hearing.witnesses_appeared = summoned_n, appeared_n
    hearing.witnesses_testified = testified_n
    following = None
    with session.write() as conn:
        appointments.update(session, appt)
        hearings_db.clear_attendance(conn, hearing.id)
        people = set(outcome.present) | set(outcome.summoned) | set(outcome.testified)
        for who in sorted(people, key=lambda w: (w[0].value, w[1] or "")):
            party, defendant_id = who
            if party in (Party.DEFENDANT, Party.DEFENCE_LAWYER) and defendant_id not in known:
                raise ValidationError("attendance", "A defendant of another proceeding was given.")
            summoned = outcome.summoned.get(who)
            mark = Attendance(hearing.id, party, outcome.present.get(who, False), defendant_id,
                              summoned=summoned, testified=outcome.testified.get(who, False))  # fmt: skip
            rows.insert(conn, hearings_db.ATTENDANCE, mark)
        if outcome.next_starts_at is not None:
            following = schedule(
                session, hearing.proceeding_id, outcome.next_starts_at, outcome.next_ends_at,
                outcome.next_kind or hearing.kind, appt.place,
                appointments.workers_of(session, appt.id), allow_conflicts=allow_conflicts,
            )  # fmt: skip
            hearing.next_appointment_id = following.appointment.id
        rows.update(conn, hearings_db.TABLE, hearing)
        audit.append(conn, session.actor.user_id, AuditAction.CHANGE.value, "hearing", hearing.id)
    return following


def get(session: Session, hearing_id: str) -> HearingView:
    hearing = rows.get(session.db, Hearing, hearings_db.TABLE, hearing_id)
    appt = appointments.get(session, hearing.appointment_id)
    return HearingView(hearing, appt, tuple(_attendance(session, [hearing.id]).get(hearing.id, ())))


def open_for_edit(session: Session, hearing_id: str) -> HearingView:
    """A hearing for its form; the viewing is audited."""
    view = get(session, hearing_id)
    session.audit(AuditAction.VIEW, "hearing", hearing_id)
    return view


def for_appointment(session: Session, appointment_id: str) -> HearingView | None:
    hearing_id = hearings_db.id_for_appointment(session.db, appointment_id)
    return get(session, hearing_id) if hearing_id is not None else None


# --- one record, two views: court hearings made in the Appointments section ------------------------
def unlinked(session: Session, case_id: str) -> list[Appointment]:
    """The case's court-hearing appointments that no hearing record points to yet (made in the
    Appointments section), oldest first: the Court tab lists them to be linked to proceedings."""
    require_case(session, case_id, Permission.READ_CASES)
    return hearings_db.unlinked(session.db, case_id)


def link(
    session: Session,
    appointment_id: str,
    proceeding_id: str,
    kind: HearingKind = HearingKind.MAIN_HEARING,
) -> HearingView:
    """Make a court-hearing appointment a hearing of the proceedings: the same record then shows in
    the agenda and in the Court tab, with attendance and outcome recorded once."""
    appt = appointments.get(session, appointment_id)
    proceeding = proceedings.get(session, proceeding_id)
    require_case(session, appt.case_id, Permission.WRITE_CASES)
    if proceeding.case_id != appt.case_id:
        raise ValidationError(
            "proceeding_id", "The hearing and the proceedings belong to different cases."
        )
    if appt.kind is not AppointmentKind.COURT_HEARING:
        raise ValidationError("kind", "Only a court hearing can be linked to court proceedings.")
    if for_appointment(session, appointment_id) is not None:
        raise ValidationError("appointment_id", "This hearing is already linked to proceedings.")
    hearing = Hearing(appointment_id=appt.id, proceeding_id=proceeding_id, kind=HearingKind(kind))
    with session.write() as conn:
        rows.insert(conn, hearings_db.TABLE, hearing)
        audit.append(conn, session.actor.user_id, AuditAction.CREATE.value, "hearing", hearing.id)
    return HearingView(hearing, appt)


def link_to_sole_proceeding(session: Session, appointment_ids: Iterable[str]) -> list[HearingView]:
    """Link the court hearings among these appointments when their case has exactly one set of
    proceedings (nothing to choose); with none or several they wait in the Court tab."""
    linked: list[HearingView] = []
    for appointment_id in appointment_ids:
        appt = appointments.get(session, appointment_id)
        if appt.kind is not AppointmentKind.COURT_HEARING:
            continue
        if for_appointment(session, appointment_id) is not None:
            continue
        found = proceedings.of_case(session, appt.case_id)
        if len(found) == 1:
            linked.append(link(session, appointment_id, found[0].id))
    return linked


def _attendance(session: Session, hearing_ids: Sequence[str]) -> dict[str, list[Attendance]]:
    return hearings_db.attendance(session.db, hearing_ids)


def of_proceeding(session: Session, proceeding_id: str) -> list[HearingView]:
    """Every hearing of a proceeding, oldest first, with attendance."""
    proceeding = proceedings.get(session, proceeding_id)
    require_case(session, proceeding.case_id, Permission.READ_CASES)
    hearing_list = hearings_db.of_proceeding(session.db, proceeding_id)
    if not hearing_list:
        return []
    appts = hearings_db.appointments_by_id(session.db, [h.appointment_id for h in hearing_list])
    attendance = _attendance(session, [h.id for h in hearing_list])
    return [
        HearingView(h, appts[h.appointment_id], tuple(attendance.get(h.id, ())))
        for h in hearing_list
    ]


def stats(session: Session, proceeding_id: str, clock: Clock | None = None) -> AttendanceStats:
    """Hearings held and postponed, those still ahead by the clock (a planned hearing whose time
    has passed is "outcome to record", not ahead); appearances of the victim and each defendant."""
    views = of_proceeding(session, proceeding_id)
    defendant_ids = [d.id for d in proceedings.defendants(session, proceeding_id)]
    records = [
        HearingRecord(
            v.hearing.id,
            v.appointment.status,
            v.attendance,
            v.appointment.starts_at,
            v.hearing.postponed_by,
            (
                v.hearing.witnesses_summoned,
                v.hearing.witnesses_appeared,
                v.hearing.witnesses_testified,
            ),
        )
        for v in views
    ]
    return attendance_stats(records, defendant_ids, local_now(clock))
