"""Fictional appointments, proceedings and hearings for demo cases (see services/demo.py).

Goes through the same services as real work. Past appointments get outcomes; a few lie ahead of
`today` so the agenda, the month view and the reminders have something to show. Proceedings follow
the pattern the organisation sees in court: many postponed hearings, a victim who comes far more
often than the defendants, charges re-qualified from Art. 388, plea agreements, little compensation.
Demo workers may be double-booked (they are all one demo account), so clashes are allowed here.
Each court is paired with its own city's higher prosecutor's office; offences carry their names in
the Criminal Code (docs/legal-sources.md). A few trials are monitored without a client of ours.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from astra_desktop.core.appointments import Appointment, AppointmentKind, AppointmentStatus
from astra_desktop.core.court import (
    AppealBy,
    Attendance,
    Charge,
    ClaimDecision,
    DefendantRole,
    HearingKind,
    Party,
    PostponedBy,
    Proceeding,
    ProtectiveMeasure,
    Stage,
    Verdict,
    VictimRole,
    WitnessStatus,
)
from astra_desktop.core.court import Defendant as DefendantRecord
from astra_desktop.core.recurrence import Frequency, Recurrence
from astra_desktop.core.trials import MonitoredTrial, TrialHearing
from astra_desktop.services import appointments, hearings, proceedings, trials
from astra_desktop.services.hearings import HearingOutcome
from astra_desktop.services.session import Session

MARK = "[DEMO]"
# A court of first instance and the prosecutor's office of the same city.
COURTS = {
    "Viši sud u Beogradu": "Više javno tužilaštvo u Beogradu",
    "Viši sud u Novom Sadu": "Više javno tužilaštvo u Novom Sadu",
    "Viši sud u Nišu": "Više javno tužilaštvo u Nišu",
    "Viši sud u Kraljevu": "Više javno tužilaštvo u Kraljevu",
}
PLACES = {
    AppointmentKind.PROSECUTOR: ("Više javno tužilaštvo, Savska 17a",),
    AppointmentKind.POLICE: ("PU za grad Beograd, Odeljenje za suzbijanje trgovine ljudima",),
    AppointmentKind.MEDICAL: ("Dom zdravlja Vračar", "KBC Zvezdara"),
    AppointmentKind.PSYCHOLOGIST: ("Savetovalište organizacije",),
    AppointmentKind.SOCIAL_WELFARE: ("Centar za socijalni rad Savski venac",),
    AppointmentKind.EMBASSY: ("Ambasada Ukrajine", "Konzulat Republike Moldavije"),
    AppointmentKind.LAWYER: ("Advokatska kancelarija (pro bono)",),
    AppointmentKind.HOME_VISIT: ("Kućna poseta",),
    AppointmentKind.OTHER: ("Matična služba",),
}
POSTPONEMENTS = (
    "Okrivljeni nije doveden iz pritvora.",
    "Branilac okrivljenog nije pristupio.",
    "Nije obezbeđen sudski tumač.",
    "Sudija na bolovanju.",
    "Okrivljeni nije uredno pozvan.",
)
LESSER = (("184", "Posredovanje u vršenju prostitucije"),
          ("183", "Podvođenje i omogućavanje vršenja polnog odnosa"))  # fmt: skip
TRAFFICKING = "Trgovina ljudima"  # KZ čl. 388
# Which party a postponement reason above is put down to.
CAUSE = {POSTPONEMENTS[0]: PostponedBy.COURT, POSTPONEMENTS[1]: PostponedBy.DEFENCE,
         POSTPONEMENTS[2]: PostponedBy.COURT, POSTPONEMENTS[3]: PostponedBy.COURT,
         POSTPONEMENTS[4]: PostponedBy.DEFENCE}  # fmt: skip


@dataclass
class CourtDemo:
    appointments: int = 0
    proceedings: int = 0
    hearings: int = 0
    monitored_trials: int = 0


def fill_court(
    session: Session, rng: random.Random, case_ids: Sequence[str], today: date | None = None
) -> CourtDemo:
    """Appointments for every case, and a criminal proceeding with hearings for about one in six."""
    today = today or date.today()
    made = CourtDemo()
    me = [session.actor.user_id]
    with session.write():
        for case_id in case_ids:
            made.appointments += _appointments(session, rng, case_id, today, me)
            if rng.random() < 0.17:
                made.hearings += _proceeding(session, rng, case_id, today, me)
                made.proceedings += 1
        made.monitored_trials = fill_monitored_trials(session, rng, today)
    return made


def _at(day: date, rng: random.Random) -> datetime:
    return datetime.combine(day, time(rng.randint(8, 15), rng.choice((0, 30))))


def _appointments(
    session: Session, rng: random.Random, case_id: str, today: date, me: list[str]
) -> int:
    count = 0
    for _ in range(rng.choices((0, 1, 2, 3), (25, 35, 25, 15))[0]):
        kind = rng.choice(list(PLACES))
        start = _at(today + timedelta(days=rng.randint(-120, 40)), rng)
        appt = Appointment(
            case_id, kind, start, start + timedelta(minutes=rng.choice((30, 60, 90))),
            place=rng.choice(PLACES[kind]), notes=f"{MARK} Izmišljen termin.",
        )  # fmt: skip
        if start < datetime.combine(today, time()) and rng.random() < 0.8:
            appt.status = rng.choices(
                (AppointmentStatus.HELD, AppointmentStatus.MISSED, AppointmentStatus.POSTPONED),
                (80, 10, 10),
            )[0]
            appt.outcome = {"held": "", "missed": "Klijentkinja nije došla.",
                            "postponed": "Pomereno na zahtev ustanove."}[appt.status.value]  # fmt: skip
        workers = me if rng.random() < 0.6 else []
        appointments.add(session, appt, workers, allow_conflicts=True)
        count += 1
    if rng.random() < 0.1:  # weekly counselling, ten sessions
        start = _at(today + timedelta(days=rng.randint(-30, 14)), rng)
        series = Appointment(
            case_id, AppointmentKind.PSYCHOLOGIST, start, start + timedelta(minutes=60),
            place=PLACES[AppointmentKind.PSYCHOLOGIST][0], notes=f"{MARK} Savetovanje.",
        )  # fmt: skip
        rule = Recurrence(Frequency.WEEKLY, count=10)
        count += len(appointments.add(session, series, me, rule, allow_conflicts=True))
    return count


def _proceeding(
    session: Session, rng: random.Random, case_id: str, today: date, me: list[str]
) -> int:
    opened = today - timedelta(days=rng.randint(200, 1500))
    court = rng.choice(list(COURTS))
    p = Proceeding(
        case_id=case_id, court=court,
        court_case_number=f"K {rng.randint(10, 400)}/{opened.year % 100:02d}",
        prosecution_case_number=f"KT {rng.randint(10, 900)}/{opened.year % 100:02d}",
        judge=f"{MARK} sudija", prosecutor_office=COURTS[court],
        victim_roles=[VictimRole.INJURED_PARTY, VictimRole.WITNESS],
        vulnerable_witness=rng.choice(list(WitnessStatus)),
        measures_ordered=rng.sample(list(ProtectiveMeasure)[:4], rng.randint(0, 2)),
        opened_on=opened, notes=f"{MARK} Izmišljen postupak.", stage=Stage.FIRST_INSTANCE,
    )  # fmt: skip
    if rng.random() < 0.5:
        p.property_claim_filed_on = opened + timedelta(days=rng.randint(30, 150))
    proceedings.add(session, p)
    defendants = [
        proceedings.add_entry(session, DefendantRecord(p.id, f"{MARK} {initials}", role))
        for initials, role in zip(
            ("M. P.", "S. J.", "D. N."), rng.sample(list(DefendantRole)[:4], 3), strict=False
        )
    ][: rng.randint(1, 3)]
    charged = rng.choice(("1", "1", "3", "6"))
    charge = proceedings.add_entry(
        session, Charge(p.id, "388", opened, paragraph=charged, offence=TRAFFICKING)
    )
    requalified = rng.random() < 0.35
    # Hearings, one after another, each recording the next date, until today or the verdict.
    verdict_on = opened + timedelta(days=rng.randint(400, 1400))
    concluded = verdict_on < today - timedelta(days=20) and rng.random() < 0.6
    limit = datetime.combine(verdict_on if concluded else today, time())
    when = _at(opened + timedelta(days=rng.randint(30, 90)), rng)
    view = hearings.schedule(session, p.id, when, kind=HearingKind.PRELIMINARY, worker_ids=me,
                             allow_conflicts=True)  # fmt: skip
    made = 1
    while view.appointment.ends_at < limit and made < 30:
        postponed = rng.random() < 0.45
        present: dict[tuple[Party, str | None], bool] = {(Party.VICTIM, None): rng.random() < 0.95,
                   (Party.PROSECUTOR, None): rng.random() < 0.9,
                   (Party.VICTIM_LAWYER, None): rng.random() < 0.85}  # fmt: skip
        summoned: dict[tuple[Party, str | None], bool] = {(Party.VICTIM, None): True}
        for d in defendants:
            present[(Party.DEFENDANT, d.id)] = rng.random() < (0.35 if postponed else 0.8)
            present[(Party.DEFENCE_LAWYER, d.id)] = rng.random() < 0.8
            summoned[(Party.DEFENDANT, d.id)] = True
        spoke = not postponed and made in (2, 3) and present[(Party.VICTIM, None)]
        following = _at(
            (view.appointment.starts_at + timedelta(days=rng.randint(25, 110))).date(), rng
        )
        last = concluded and following >= limit
        outcome = HearingOutcome(
            status=AppointmentStatus.POSTPONED
            if postponed and not last
            else AppointmentStatus.HELD,
            present=present,
            measures_applied=list(p.measures_ordered) if rng.random() < 0.7 else [],
            postponement_reason=rng.choice(POSTPONEMENTS) if postponed and not last else "",
            summoned=summoned,
            testified={(Party.VICTIM, None): spoke},
            witnesses=_witnesses(rng, postponed and not last),
            next_starts_at=None if last else following,
            next_kind=HearingKind.VERDICT if last else HearingKind.MAIN_HEARING,
        )
        if requalified and made == 4:
            article, offence = rng.choice(LESSER)
            proceedings.requalify(session, charge.id, article, offence,
                                  view.appointment.starts_at.date(), f"{MARK} Izmena optužnice")  # fmt: skip
        outcome.postponed_by = CAUSE.get(outcome.postponement_reason, "")
        nxt = hearings.record(session, view.hearing.id, outcome, allow_conflicts=True)
        if nxt is None:
            _verdict(
                session,
                rng,
                p,
                view.appointment.starts_at.date(),
                requalified and made >= 4,
                charged,
                today,
            )
            break
        view, made = nxt, made + 1
    return made


def _witnesses(rng: random.Random, postponed: bool) -> tuple[int, int, int]:
    """Witnesses summoned, come and heard: at a postponed hearing no one is heard."""
    summoned = rng.randint(0, 4)
    came = rng.randint(0, summoned)
    return summoned, came, 0 if postponed else rng.randint(0, came)


def _verdict(
    session: Session, rng: random.Random, p: Proceeding, on: date, requalified: bool,
    charged: str, today: date,
) -> None:  # fmt: skip
    p = proceedings.get(session, p.id)
    p.verdict = rng.choices(
        (Verdict.CONVICTED, Verdict.ACQUITTED, Verdict.DISCONTINUED), (75, 15, 10)
    )[0]
    p.verdict_on = p.first_instance_ended_on = on
    if p.verdict is Verdict.CONVICTED:
        article, offence = rng.choice(LESSER) if requalified else ("388", TRAFFICKING)
        p.convicted_article, p.convicted_offence = article, offence
        if article == "388":  # a heavier paragraph charged is often convicted as paragraph 1
            p.convicted_paragraph = "1" if charged != "1" and rng.random() < 0.5 else charged
        p.sentence_months = rng.choice((6, 12, 18, 24, 36, 48, 60, 96))
        p.plea_agreement = rng.random() < 0.4
        p.victim_informed_of_plea = (rng.random() < 0.5) if p.plea_agreement else None
        if p.property_claim_filed_on is not None:
            p.property_claim_decision = rng.choices(
                (
                    ClaimDecision.REFERRED_TO_CIVIL,
                    ClaimDecision.GRANTED,
                    ClaimDecision.PARTLY_GRANTED,
                ),
                (70, 15, 15),
            )[0]
            p.compensation_claimed = rng.choice((600_000, 1_200_000, 2_500_000))
            if p.property_claim_decision.decided_in_criminal_case:
                p.compensation_awarded = rng.choice((150_000, 300_000, 600_000, 1_200_000))
                p.compensation_paid = rng.choice((0, 0, p.compensation_awarded // 2))
    served = on + timedelta(days=rng.randint(20, 90))  # the written judgment comes weeks later
    if served <= today:
        p.judgment_served_on = served
        if served + timedelta(days=15) < today:
            p.appealed_by = [rng.choice((AppealBy.DEFENDANT, AppealBy.PROSECUTOR, AppealBy.NONE))]
    proceedings.update(session, p)


# --- trials monitored without a client of ours ---------------------------------------------------
def fill_monitored_trials(session: Session, rng: random.Random, today: date) -> int:
    """Four monitored trials: one per court, the injured parties by code, pending or decided."""
    made = 0
    for n, (court, prosecutor) in enumerate(COURTS.items()):
        opened = today - timedelta(days=rng.randint(300, 1400))
        year = opened.year % 100
        trial = trials.add(session, MonitoredTrial(
            court=court, court_case_number=f"K {rng.randint(10, 400)}/{year:02d}",
            prosecution_case_number=f"KT {rng.randint(10, 900)}/{year:02d}",
            prosecutor_office=prosecutor, opened_on=opened,
            injured_parties=[f"OŠ-{i}" for i in range(1, rng.randint(2, 4))],
            notes=f"{MARK} Izmišljeno praćenje suđenja.",
        ))  # fmt: skip
        accused = [
            trials.add_defendant(session, DefendantRecord(trial.id, initials, role))
            for initials, role in (("D. J.", DefendantRole.ORGANISER),
                                   ("S. M.", DefendantRole.RECRUITER))[: 1 + n % 2]
        ]  # fmt: skip
        charged = ("7", "6", "3", "1")[n]
        charge = trials.add_charge(session, Charge(trial.id, "388", opened, paragraph=charged,
                                                   offence=TRAFFICKING))  # fmt: skip
        day, last = opened + timedelta(days=rng.randint(40, 120)), today - timedelta(days=30)
        while day < last:
            postponed = rng.random() < 0.5
            reason = rng.choice(POSTPONEMENTS) if postponed else ""
            marks = [Attendance("", Party.VICTIM, rng.random() < 0.9, summoned=True,
                                injured_party=code)
                     for code in trial.injured_parties]  # fmt: skip
            marks += [Attendance("", Party.DEFENDANT, rng.random() < (0.3 if postponed else 0.8),
                                 d.id, summoned=True) for d in accused]  # fmt: skip
            status = AppointmentStatus.POSTPONED if postponed else AppointmentStatus.HELD
            trials.save_hearing(session, TrialHearing(
                trial.id, day, status=status, postponed_by=CAUSE.get(reason, ""),
                postponement_reason=reason, notes=MARK,
            ), marks, new=True)  # fmt: skip
            day += timedelta(days=rng.randint(30, 100))
        if n % 2 == 0:  # decided: re-qualified within Art. 388 (st. 7 or st. 3 to st. 1)
            trials.requalify(session, charge.id, "388", "1", TRAFFICKING,
                             opened + timedelta(days=200))  # fmt: skip
            trial.verdict, trial.verdict_on = Verdict.CONVICTED, last
            trial.convicted_article, trial.convicted_paragraph = "388", "1"
            trial.convicted_offence, trial.sentence_months = TRAFFICKING, rng.choice((36, 48, 60))
            years = {36: "3 godine", 48: "4 godine", 60: "5 godina"}[trial.sentence_months]
            trial.sentence = f"kazna zatvora u trajanju od {years}"
            trial.plea_agreement, trial.plea_agreement_on = n == 2, (last if n == 2 else None)
            trial.compensation_claimed = rng.choice((800_000, 1_500_000))
            trial.property_claim_decision = ClaimDecision.REFERRED_TO_CIVIL
            served = last + timedelta(days=rng.randint(10, 25))
            trial.judgment_served_on = served if served <= today else None
            trials.update(session, trial)
        made += 1
    return made
