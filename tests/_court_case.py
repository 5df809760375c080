"""Test helper (not tests): one fictional case with something in every part the court documents
read — notes that mention the client by name (in other case forms and scripts), services,
referrals, appointments, a proceeding with re-qualified charges and hearings, risk assessments
with a safety plan, and documents. All names and facts are invented."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from astra_desktop.core.appointments import Appointment, AppointmentKind, AppointmentStatus
from astra_desktop.core.court import (
    Charge,
    Defendant,
    DefendantRole,
    HearingKind,
    Party,
    Proceeding,
    ProtectiveMeasure,
    Stage,
    VictimRole,
    WitnessStatus,
)
from astra_desktop.core.enums import (
    ExploitationType,
    Gender,
    NoteKind,
    ReferralDirection,
    ServiceKind,
)
from astra_desktop.core.models import (
    Case,
    Client,
    ContactNote,
    Referral,
    RiskEvent,
    SafetyAction,
    ServiceRecord,
)
from astra_desktop.core.profiles import Lawyer, Organisation, PowerOfAttorney
from astra_desktop.core.risk import Answer
from astra_desktop.services import (
    appointments,
    case_records,
    clients,
    documents,
    hearings,
    proceedings,
    profiles,
    risk,
)
from astra_desktop.services.hearings import HearingOutcome
from astra_desktop.services.session import Session

BIRTH = date(1994, 2, 14)


@dataclass
class CourtCase:
    case_id: str
    case_code: str
    client: Client
    proceeding_id: str = ""
    document_hashes: dict[str, str] = field(default_factory=dict)  # filename -> sha256
    hearings: int = 0
    hearing_days: list[str] = field(default_factory=list)  # dd.mm.yyyy, in order
    held: int = 0
    postponed: int = 0
    victim_present: int = 0
    defendant_present: dict[str, int] = field(default_factory=dict)


def at(text: str) -> datetime:
    return datetime.strptime(text, "%d.%m.%Y %H:%M")


def instrumental(name: str) -> str:
    """Nada → Nadom, Олена → Оленом, Vuk → Vukom: how a note names the person after "sa"."""
    if name[-1] in "aа":
        return name[:-1] + ("ом" if name[-1] == "а" else "om")
    return name + ("ом" if name[-1] > "ѐ" else "om")


def make(
    session: Session,
    given: str = "Nada",
    family: str = "Đorđević",
    aliases: tuple[str, ...] = ("Đoka", "Nadica"),
    gender: Gender = Gender.FEMALE,
    notes: int = 6,
    stage: Stage = Stage.FIRST_INSTANCE,
    designation: str = "",
) -> CourtCase:
    with session.write():  # one transaction: one fsync instead of forty
        client = Client(
            given, family, aliases=list(aliases), date_of_birth=BIRTH, gender=gender,
            contact="063/123-4567, Ulica Vojvode Stepe 101, Beograd",
            safe_contact_instructions="Ne zvati posle 18h; samo na broj 063 123 4567",
        )  # fmt: skip
        case = clients.register(
            session, client,
            Case(client.id, opened_on=date(2024, 1, 15), identified_on=date(2024, 2, 2),
                 identified_by="Centar za zaštitu žrtava trgovine ljudima",
                 exploitation_types=[ExploitationType.SEXUAL, ExploitationType.LABOUR]),
        )  # fmt: skip
        made = CourtCase(case.id, case.case_code, client)
        texts = [
            f"{given} {family} javila se SOS liniji; rođena {BIRTH:%d.%m.%Y}. Dogovoren sastanak.",
            f"Razgovor sa {instrumental(given)}: kaže da joj je gazda oduzeo pasoš. Zvati na 063 123 4567.",
            f"Pratnja u policiju. {family.upper()} je dala izjavu; {aliases[0]} se plaši.",
            f"Poseta u sigurnoj kući. Klijentkinja ({given.lower()}) je dobro; ćirilica: Ђорђевић.",
            "Telefonski razgovor: pitanja o suđenju, objašnjen status posebno osetljivog svedoka.",
            f"Sastanak sa advokatom; {family}a očekuje ročište, potrebna pratnja. Žena (čćđšž).",
        ]
        kinds = list(NoteKind)
        for n in range(notes):
            when = datetime(2024, 1, 16, 10, 0) + timedelta(days=3 * n, hours=n % 5)
            case_records.add_note(
                session, ContactNote(case.id, when, texts[n % len(texts)], kinds[n % len(kinds)])
            )
        for kind, start, end, provider in (
            (ServiceKind.ACCOMMODATION, date(2024, 1, 16), date(2024, 9, 30), "Sigurna kuća"),
            (ServiceKind.LEGAL, date(2024, 2, 5), None, "Advokatska kancelarija (pro bono)"),
            (ServiceKind.PSYCHOLOGICAL, date(2024, 1, 20), date(2024, 12, 20), "Savetovalište"),
            (ServiceKind.MEDICAL, date(2024, 1, 17), None, "Dom zdravlja Vračar"),
        ):
            case_records.add_entry(session, ServiceRecord(case.id, kind, start, ended_on=end,
                                                          provider=provider, notes="[privatno]"))  # fmt: skip
        case_records.add_entry(session, Referral(case.id, ReferralDirection.OUT,
                               "Centar za socijalni rad Savski venac", date(2024, 2, 10),
                               reason=f"Jednokratna pomoć za {given}u."))  # fmt: skip
        appointments.add(session, Appointment(
            case.id, AppointmentKind.MEDICAL, at("20.02.2024 09:00"), at("20.02.2024 10:00"),
            place="KBC Zvezdara", status=AppointmentStatus.HELD, outcome="Pregled obavljen."))  # fmt: skip
        # --- the criminal proceeding ---
        p = proceedings.add(session, Proceeding(
            case.id, court="Viši sud u Beogradu", court_case_number="K 123/24",
            prosecutor_office="Više javno tužilaštvo u Beogradu", prosecution_case_number="KTO 45/23",
            victim_roles=[VictimRole.INJURED_PARTY, VictimRole.WITNESS],
            vulnerable_witness=WitnessStatus.REQUESTED, opened_on=date(2024, 3, 1), stage=stage,
            court_designation=designation))  # fmt: skip
        made.proceeding_id = p.id
        d1 = proceedings.add_entry(session, Defendant(p.id, "M. P.", DefendantRole.RECRUITER))
        d2 = proceedings.add_entry(session, Defendant(p.id, "S. J.", DefendantRole.EXPLOITER))
        first = proceedings.add_entry(session, Charge(p.id, "388 st. 1", date(2024, 3, 12),
                                      offence="Trgovina ljudima", defendant_id=d2.id))  # fmt: skip
        proceedings.add_entry(session, Charge(p.id, "388 st. 1", date(2024, 3, 12),
                              offence="Trgovina ljudima", defendant_id=d1.id))  # fmt: skip
        proceedings.requalify(session, first.id, "184", "Posredovanje u vršenju prostitucije",
                              date(2025, 2, 3), "Izmenjena optužnica")  # fmt: skip
        me = [session.actor.user_id]
        view = hearings.schedule(session, p.id, at("04.06.2024 09:30"), kind=HearingKind.PRELIMINARY,
                                 worker_ids=me)  # fmt: skip
        plan = [
            (AppointmentStatus.POSTPONED, {(Party.VICTIM, None): True, (Party.DEFENDANT, d1.id): True,
                                           (Party.DEFENDANT, d2.id): False,
                                           (Party.PROSECUTOR, None): True},
             f"Okrivljeni S. J. nije doveden; {given} je čekala dva sata."),
            (AppointmentStatus.HELD, {(Party.VICTIM, None): True, (Party.VICTIM_LAWYER, None): True,
                                      (Party.DEFENDANT, d1.id): True, (Party.DEFENDANT, d2.id): True,
                                      (Party.DEFENCE_LAWYER, d1.id): True,
                                      (Party.PROSECUTOR, None): True}, ""),
            (AppointmentStatus.POSTPONED, {(Party.VICTIM, None): True, (Party.DEFENDANT, d1.id): False,
                                           (Party.DEFENDANT, d2.id): False},
             "Branilac okrivljenog nije pristupio."),
            (AppointmentStatus.HELD, {(Party.VICTIM, None): True, (Party.VICTIM_LAWYER, None): True,
                                      (Party.DEFENDANT, d1.id): True, (Party.DEFENDANT, d2.id): False,
                                      (Party.PROSECUTOR, None): True}, ""),
        ]  # fmt: skip
        for n, (status, present, reason) in enumerate(plan):
            nxt = view.appointment.starts_at + timedelta(days=45)
            outcome = HearingOutcome(
                status, present=present,
                measures_applied=[ProtectiveMeasure.SEPARATE_ROOM, ProtectiveMeasure.NO_CONFRONTATION]
                if status is AppointmentStatus.HELD else [],
                postponement_reason=reason, next_starts_at=nxt if n < len(plan) - 1 else None,
                next_kind=HearingKind.MAIN_HEARING,
            )  # fmt: skip
            following = hearings.record(session, view.hearing.id, outcome, allow_conflicts=True)
            made.hearings += 1
            made.hearing_days.append(f"{view.appointment.starts_at:%d.%m.%Y}")
            made.held += status is AppointmentStatus.HELD
            made.postponed += status is AppointmentStatus.POSTPONED
            made.victim_present += bool(present.get((Party.VICTIM, None)))
            for d in (d1, d2):
                made.defendant_present[d.label] = made.defendant_present.get(d.label, 0) + bool(
                    present.get((Party.DEFENDANT, d.id))
                )
            if following is not None:
                view = following
        # --- risk ---
        answers = {"A1": Answer.YES, "A2": Answer.YES, "B1": Answer.YES, "C1": Answer.YES,
                   "E1": Answer.YES, "G1": Answer.YES, "D1": Answer.NO}  # fmt: skip
        risk.assess(session, case.id, {"B1": Answer.YES}, date(2024, 2, 1))
        risk.assess(session, case.id, answers, date(2024, 5, 20),
                    own_words=f"Plašim se da će me naći. — {given}")  # fmt: skip
        risk.add_action(
            session, SafetyAction(case.id, "Promeniti broj telefona", due_on=date(2024, 6, 1))
        )
        risk.add_event(
            session, RiskEvent(case.id, "testimony", date(2024, 6, 4), note="Svedočenje.")
        )
        # --- documents ---
        for name, content, description in (
            ("izjava-policija.pdf", b"%PDF-1.4 fictional statement", "Izjava data policiji"),
            (f"pasos_{given}_{family}.jpg", b"\xff\xd8fictional passport scan", f"Pasoš – {given}"),
            ("racun-lekar.pdf", b"%PDF-1.4 fictional medical bill", "Račun za lečenje"),
        ):
            info = documents.import_stream(session, case.id, name, io.BytesIO(content).read,
                                           len(content), description=description)  # fmt: skip
            made.document_hashes[info.filename] = info.sha256
    return made


def add_lawyer(session: Session, made: CourtCase, power: bool = True) -> Lawyer:
    """The organisation's letterhead, a lawyer (as an administrator records them), and the power
    of attorney the client gave the lawyer for the case's proceeding."""
    profiles.save_organisation(session, Organisation(
        "Udruženje za podršku (primer)", "Primerna 1", "Beograd",
        registration_number="12345678", tax_number="123456789"))  # fmt: skip
    known = [x for x in profiles.lawyers(session) if x.name == "Milica Stanković"]
    lawyer = known[0] if known else profiles.save_lawyer(session, Lawyer(
        "Milica Stanković", office_address="Kneza Miloša 10", city="Beograd",
        bar_chamber="Advokatska komora Beograda", bar_number="31245"))  # fmt: skip
    # (several fixture cases in one vault share the organisation's one lawyer)
    if power:
        profiles.add_power(session, made.proceeding_id, PowerOfAttorney(
            lawyer.id, lawyer.name, date(2024, 3, 5),
            "zastupanje oštećene u krivičnom postupku i podnošenje imovinskopravnog zahteva"))  # fmt: skip
    return lawyer
