"""Fictional appointments, proceedings and hearings for demo cases (see demo/vault.py).

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

from astra_desktop.core.appointments import (
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    local_today,
)
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
from astra_desktop.services import appointments, clients, hearings, proceedings, trials
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
# Why hearings are postponed, the party it is put down to, and who was missing that day (a
# defendant not brought from custody was not in court; a victim excused was not either).
POSTPONEMENTS: tuple[tuple[str, PostponedBy, Party | None], ...] = (
    ("Okrivljeni nije doveden iz pritvora.", PostponedBy.COURT, Party.DEFENDANT),
    ("Branilac okrivljenog nije pristupio.", PostponedBy.DEFENCE, Party.DEFENCE_LAWYER),
    ("Nije obezbeđen sudski tumač.", PostponedBy.COURT, None),
    ("Sudija na bolovanju.", PostponedBy.COURT, None),
    ("Okrivljeni nije uredno pozvan.", PostponedBy.COURT, Party.DEFENDANT),
    (
        "Okrivljeni opozvao punomoćje braniocu; novi branilac traži vreme za pripremu.",
        PostponedBy.DEFENCE,
        None,
    ),
    ("Javni tužilac zatražio odlaganje radi izmene optužnice.", PostponedBy.PROSECUTION, None),
    ("Javni tužilac predložio nove dokaze.", PostponedBy.PROSECUTION, None),
    ("Oštećena opravdala izostanak lekarskim uverenjem.", PostponedBy.VICTIM, Party.VICTIM),
    ("Nije pristupio svedok.", PostponedBy.OTHER, None),
    ("Veštak nije dostavio nalaz i mišljenje.", PostponedBy.OTHER, None),
)
CAUSE = {reason: cause for reason, cause, _absent in POSTPONEMENTS}
ABSENT = {reason: absent for reason, _cause, absent in POSTPONEMENTS}
# Offences in their Criminal Code names (docs/legal-sources.md §7a); nothing for čl. 389/390,
# whose current names are not confirmed.
LESSER = (("184", "Posredovanje u vršenju prostitucije"),
          ("183", "Podvođenje i omogućavanje vršenja polnog odnosa"))  # fmt: skip
TRAFFICKING = "Trgovina ljudima"  # KZ čl. 388
# Sentences in months: Art. 388 st. 1 carries three to twelve years, st. 3 and st. 6 at least
# five (a plea agreement may go below); the lesser offences far less.
SENTENCES = {"1": (36, 42, 48, 60, 72), "3": (60, 72, 84, 96), "6": (60, 72, 96),
             "7": (120, 144), "lesser": (6, 10, 12, 18, 24, 36), "plea": (24, 30, 36)}  # fmt: skip


def _sentence(rng: random.Random, article: str, paragraph: str, plea: bool) -> int:
    if article != "388":
        return rng.choice(SENTENCES["lesser"])
    return rng.choice(SENTENCES["plea"] if plea else SENTENCES.get(paragraph, SENTENCES["1"]))


def _postponement(rng: random.Random) -> str:
    return rng.choice(POSTPONEMENTS)[0]


@dataclass
class CourtDemo:
    appointments: int = 0
    proceedings: int = 0
    hearings: int = 0
    monitored_trials: int = 0


def fill_court(
    session: Session, rng: random.Random, case_ids: Sequence[str], today: date | None = None
) -> CourtDemo:
    """Appointments for every case, a criminal proceeding with hearings for about one in six,
    and six trials monitored without a client."""
    today = today or local_today()
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


# Public holidays on which courts and offices are closed (fixed dates; Easter moves and is left out).
HOLIDAYS = {(1, 1), (1, 2), (1, 7), (2, 15), (2, 16), (5, 1), (5, 2), (11, 11)}


def workday(day: date) -> date:
    """`day`, or the next day courts and offices work (Monday to Friday, not a public holiday)."""
    while day.weekday() >= 5 or (day.month, day.day) in HOLIDAYS:
        day += timedelta(days=1)
    return day


def _at(day: date, rng: random.Random) -> datetime:
    return datetime.combine(workday(day), time(rng.randint(8, 15), rng.choice((0, 30))))


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
    case_opened = clients.get_case(session, case_id).opened_on
    later = case_opened + timedelta(days=rng.randint(30, 120)) if case_opened else opened
    if later <= today - timedelta(days=200):  # mostly the indictment follows our first contact
        opened = max(opened, later)
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
        following = _at(
            (view.appointment.starts_at + timedelta(days=rng.randint(25, 110))).date(), rng
        )
        last = concluded and following >= limit
        postponed = rng.random() < 0.45 and not last  # the verdict hearing is held
        reason = _postponement(rng) if postponed else ""
        away = ABSENT.get(reason)
        present: dict[tuple[Party, str | None], bool] = {
            (Party.VICTIM, None): away is not Party.VICTIM and rng.random() < 0.95,
            (Party.PROSECUTOR, None): rng.random() < 0.95,
            (Party.VICTIM_LAWYER, None): rng.random() < 0.85,
        }
        summoned: dict[tuple[Party, str | None], bool] = {(Party.VICTIM, None): True}
        for d in defendants:
            came = away is not Party.DEFENDANT and rng.random() < (0.35 if postponed else 0.8)
            present[(Party.DEFENDANT, d.id)] = came
            present[(Party.DEFENCE_LAWYER, d.id)] = (
                away is not Party.DEFENCE_LAWYER and rng.random() < 0.8
            )
            summoned[(Party.DEFENDANT, d.id)] = True
        spoke = not postponed and made in (2, 3) and present[(Party.VICTIM, None)]
        outcome = HearingOutcome(
            status=AppointmentStatus.POSTPONED if postponed else AppointmentStatus.HELD,
            present=present,
            measures_applied=list(p.measures_ordered) if rng.random() < 0.7 else [],
            postponement_reason=reason,
            summoned=summoned,
            testified={(Party.VICTIM, None): spoke},
            witnesses=_witnesses(rng, postponed),
            next_starts_at=None if last else following,
            next_kind=HearingKind.MAIN_HEARING,
        )
        if requalified and made == 4:
            article, offence = rng.choice(LESSER)
            proceedings.requalify(session, charge.id, article, offence,
                                  view.appointment.starts_at.date(), f"{MARK} Izmena optužnice")  # fmt: skip
        outcome.postponed_by = CAUSE.get(reason, "")
        nxt = hearings.record(session, view.hearing.id, outcome, allow_conflicts=True)
        if nxt is None:
            on = view.appointment.starts_at.date()
            _verdict(session, rng, p, on, requalified and made >= 4, charged, today)
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
    """The judgment pronounced `on` the last hearing; served weeks later, appealed after."""
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
        p.plea_agreement = rng.random() < 0.4
        p.plea_agreement_on = on if p.plea_agreement else None
        p.victim_informed_of_plea = (rng.random() < 0.5) if p.plea_agreement else None
        p.sentence_months = _sentence(rng, article, p.convicted_paragraph, p.plea_agreement)
        if p.property_claim_filed_on is not None:
            p.property_claim_decision = rng.choices(
                (
                    ClaimDecision.REFERRED_TO_CIVIL,
                    ClaimDecision.GRANTED,
                    ClaimDecision.PARTLY_GRANTED,
                ),
                (70, 15, 15),
            )[0]
            p.compensation_claimed = claimed = rng.choice((600_000, 1_200_000, 2_500_000))
            if p.property_claim_decision is ClaimDecision.GRANTED:
                p.compensation_awarded = claimed
            elif p.property_claim_decision is ClaimDecision.PARTLY_GRANTED:
                p.compensation_awarded = claimed * rng.choice((1, 2, 3)) // 4
            if p.compensation_awarded:
                p.compensation_paid = rng.choice((0, 0, p.compensation_awarded // 2))
    elif p.property_claim_filed_on is not None:  # no conviction: the claim goes to a civil suit
        p.property_claim_decision = ClaimDecision.REFERRED_TO_CIVIL
    served = on + timedelta(days=rng.randint(20, 90))  # the written judgment comes weeks later
    if served <= today:
        p.judgment_served_on = served
        if served + timedelta(days=15) < today:
            p.appealed_by = [rng.choice((AppealBy.DEFENDANT, AppealBy.PROSECUTOR, AppealBy.NONE))]
    proceedings.update(session, p)


# --- trials monitored without a client of ours ---------------------------------------------------
@dataclass(frozen=True)
class Monitored:
    """How one monitored trial goes: the paragraph of Art. 388 charged, what it is re-qualified
    to (article, paragraph, offence) if anything, the verdict, a plea deal, the claim's fate."""

    court: str
    charged: str
    requalified: tuple[str, str, str] | None
    verdict: Verdict
    plea: bool = False
    claim: ClaimDecision = ClaimDecision.NONE


MONITORED = (
    Monitored("Viši sud u Beogradu", "3", ("388", "1", TRAFFICKING), Verdict.CONVICTED,
              plea=True, claim=ClaimDecision.PARTLY_GRANTED),
    Monitored("Viši sud u Novom Sadu", "1", None, Verdict.PENDING),
    Monitored("Viši sud u Nišu", "1", ("184", "1", LESSER[0][1]), Verdict.CONVICTED,
              claim=ClaimDecision.REFERRED_TO_CIVIL),
    Monitored("Viši sud u Kraljevu", "6", None, Verdict.PENDING),
    Monitored("Viši sud u Beogradu", "6", None, Verdict.CONVICTED, claim=ClaimDecision.GRANTED),
    Monitored("Viši sud u Novom Sadu", "1", None, Verdict.ACQUITTED,
              claim=ClaimDecision.REFERRED_TO_CIVIL),
)  # fmt: skip
ACCUSED = (("D. J.", DefendantRole.ORGANISER), ("S. M.", DefendantRole.RECRUITER),
           ("N. P.", DefendantRole.EXPLOITER))  # fmt: skip


def fill_monitored_trials(session: Session, rng: random.Random, today: date) -> int:
    """Six monitored trials (MONITORED), the injured parties by code. Decided ones end with the
    verdict hearing, the judgment served weeks later; pending ones have a hearing planned ahead.
    The first two postponements of each trial run through every cause, so the statistics see all."""
    for n, plan in enumerate(MONITORED):
        decided = plan.verdict is not Verdict.PENDING
        verdict_on = None
        if decided:  # judgments this year and last: both years' figures have some
            ago = rng.randint(40, 200) + (330 if n % 4 == 2 else 0)
            verdict_on = workday(today - timedelta(days=ago))
        opened = (verdict_on or today) - timedelta(
            days=rng.randint(450, 1100) if decided else rng.randint(300, 900)
        )
        year = opened.year % 100
        trial = trials.add(session, MonitoredTrial(
            court=plan.court, court_case_number=f"K {rng.randint(10, 400)}/{year:02d}",
            prosecution_case_number=f"KT {rng.randint(10, 900)}/{year:02d}",
            prosecutor_office=COURTS[plan.court], opened_on=opened, judge=f"{MARK} sudija",
            injured_parties=[f"OŠ-{i}" for i in range(1, rng.randint(2, 4))],
            notes=f"{MARK} Izmišljeno praćenje suđenja.",
        ))  # fmt: skip
        accused = [
            trials.add_defendant(session, DefendantRecord(trial.id, initials, role))
            for initials, role in ACCUSED[: 1 + n % 3]
        ]
        charge = trials.add_charge(session, Charge(trial.id, "388", opened, paragraph=plan.charged,
                                                   offence=TRAFFICKING))  # fmt: skip
        held = _monitored_hearings(session, rng, trial, accused, n, verdict_on or today, decided)
        if plan.requalified is not None:
            article, paragraph, offence = plan.requalified
            on = held[max(0, min(3, len(held) - 2))]  # before the verdict
            trials.requalify(session, charge.id, article, paragraph, offence, on,
                             f"{MARK} Izmena optužnice")  # fmt: skip
        if decided and verdict_on is not None:
            _monitored_verdict(session, rng, trial, plan, verdict_on, today)
        else:  # the next hearing, ahead: it shows in the agenda
            ahead = workday(today + timedelta(days=rng.randint(1, 10) + 10 * (n // 2)))
            trials.save_hearing(session, TrialHearing(trial.id, ahead, notes=MARK,
                                                      status=AppointmentStatus.PLANNED),
                                [], new=True)  # fmt: skip
    return len(MONITORED)


def _monitored_hearings(
    session: Session, rng: random.Random, trial: MonitoredTrial, accused: list[DefendantRecord],
    n: int, end: date, decided: bool,
) -> list[date]:  # fmt: skip
    """Hearings from the opening to `end` (the verdict hearing, when decided); the days of those
    held. Each records who was summoned, who came and who testified."""
    assert trial.opened_on is not None
    day, j, held = workday(trial.opened_on + timedelta(days=rng.randint(40, 90))), 0, []
    victims_heard = defence_heard = False
    while day < end - timedelta(days=20) or (decided and day == end):
        verdict = decided and day == end
        postponed = not verdict and (j in (1, 2) or rng.random() < 0.45)
        if j in (1, 2):  # run through every cause across the trials
            reason = POSTPONEMENTS[(2 * n + j - 1) % len(POSTPONEMENTS)][0]
        else:
            reason = _postponement(rng) if postponed else ""
        away = ABSENT.get(reason)
        unsummoned = reason == "Okrivljeni nije uredno pozvan."
        marks = []
        for code in trial.injured_parties:
            came = away is not Party.VICTIM and rng.random() < 0.9
            speaks = came and not postponed and not verdict and not victims_heard and j >= 3
            marks.append(Attendance("", Party.VICTIM, came, summoned=True, testified=speaks,
                                    injured_party=code))  # fmt: skip
        victims_heard = victims_heard or any(m.testified for m in marks)
        for d in accused:
            came = (away is not Party.DEFENDANT and not unsummoned
                    and rng.random() < (0.3 if postponed else 0.85))  # fmt: skip
            speaks = came and not postponed and not verdict and not defence_heard and j > 0
            marks.append(Attendance("", Party.DEFENDANT, came, d.id, summoned=not unsummoned,
                                    testified=speaks))  # fmt: skip
        defence_heard = defence_heard or any(
            m.testified for m in marks if m.party is Party.DEFENDANT
        )
        summoned, appeared, heard = _witnesses(rng, postponed or verdict)
        kind = (HearingKind.VERDICT if verdict
                else HearingKind.PRELIMINARY if j == 0 else HearingKind.MAIN_HEARING)  # fmt: skip
        trials.save_hearing(session, TrialHearing(
            trial.id, day, kind=kind,
            status=AppointmentStatus.POSTPONED if postponed else AppointmentStatus.HELD,
            postponed_by=CAUSE.get(reason, ""), postponement_reason=reason,
            witnesses_summoned=summoned, witnesses_appeared=appeared, witnesses_testified=heard,
            notes=MARK,
        ), marks, new=True)  # fmt: skip
        if not postponed:
            held.append(day)
        if verdict:
            break
        day, j = workday(day + timedelta(days=rng.randint(30, 75))), j + 1
        if decided and day >= end - timedelta(days=20):
            day = end  # the last: the verdict is pronounced
    return held


def _monitored_verdict(
    session: Session, rng: random.Random, trial: MonitoredTrial, plan: Monitored, on: date,
    today: date,
) -> None:  # fmt: skip
    trial.verdict, trial.verdict_on = plan.verdict, on
    if plan.verdict is Verdict.CONVICTED:
        article, paragraph, offence = plan.requalified or ("388", plan.charged, TRAFFICKING)
        trial.convicted_article, trial.convicted_paragraph = article, paragraph
        trial.convicted_offence = offence
        trial.sentence_months = _sentence(rng, article, paragraph, plan.plea)
        trial.sentence = f"kazna zatvora u trajanju od {_duration(trial.sentence_months)}"
        trial.plea_agreement, trial.plea_agreement_on = plan.plea, (on if plan.plea else None)
    trial.compensation_claimed = rng.choice((800_000, 1_500_000, 2_400_000))
    trial.property_claim_decision = plan.claim
    if plan.claim is ClaimDecision.GRANTED:
        trial.compensation_awarded = trial.compensation_claimed
    elif plan.claim is ClaimDecision.PARTLY_GRANTED:
        trial.compensation_awarded = trial.compensation_claimed // 4
    served = on + timedelta(days=rng.randint(15, 35))  # the written judgment comes weeks later
    if served <= today:
        trial.judgment_served_on = served
        if served + timedelta(days=15) < today:
            trial.appealed_by = [AppealBy.DEFENDANT if plan.verdict is Verdict.CONVICTED
                                 else AppealBy.PROSECUTOR]  # fmt: skip
    trials.update(session, trial)


def _duration(months: int) -> str:
    """ "3 godine i 6 meseci": Serbian plurals (1, 2–4, 5+)."""

    def plural(n: int, one: str, few: str, many: str) -> str:
        form = (
            one
            if n % 10 == 1 and n % 100 != 11
            else few
            if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14
            else many
        )
        return f"{n} {form}"

    years, rest = divmod(months, 12)
    parts = [plural(years, "godina", "godine", "godina")] if years else []
    parts += [plural(rest, "mesec", "meseca", "meseci")] if rest else []
    return " i ".join(parts)
