"""Criminal proceedings as records: the proceeding, its defendants, charges and hearings. Pure Python.

Charges keep their history: a re-qualification (say from Art. 388, trafficking in human beings, to
Art. 184, mediation in prostitution) is a new dated charge that names the one it replaces, so the
court-support documents and the monitoring figures can show what the indictment said and when it
changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from astra_desktop.core import labels
from astra_desktop.core.models import new_id
from astra_desktop.errors import ValidationError

TRAFFICKING_ARTICLE = 388  # Criminal Code of Serbia, Art. 388 "Trgovina ljudima"


class VictimRole(StrEnum):
    INJURED_PARTY = "injured-party"
    WITNESS = "witness"
    PRIVATE_PROSECUTOR = "subsidiary-prosecutor"


class WitnessStatus(StrEnum):
    """ "Particularly vulnerable witness" (CPC Art. 103)."""

    NOT_REQUESTED = "not-requested"
    REQUESTED = "requested"
    GRANTED = "granted"
    REFUSED = "refused"


class ProtectiveMeasure(StrEnum):
    """What CPC Art. 104 allows for a particularly vulnerable witness, and the usual others."""

    QUESTIONS_THROUGH_COURT = "questions-through-court"
    VIDEO_LINK = "video-link"
    SEPARATE_ROOM = "separate-room"
    NO_CONFRONTATION = "no-confrontation"
    DEFENDANT_REMOVED = "defendant-removed"
    PUBLIC_EXCLUDED = "public-excluded"
    IDENTITY_PROTECTED = "identity-protected"
    SUPPORT_PERSON = "support-person"


class DefendantRole(StrEnum):
    ORGANISER = "organiser"
    RECRUITER = "recruiter"
    TRANSPORTER = "transporter"
    EXPLOITER = "exploiter"
    ACCOMPLICE = "accomplice"
    OTHER = "other"


class HearingKind(StrEnum):
    PRELIMINARY = "preliminary"  # pripremno ročište
    MAIN_HEARING = "main-hearing"  # glavni pretres
    VERDICT = "verdict"  # objavljivanje presude
    APPEAL = "appeal"  # sednica / pretres pred apelacionim sudom
    OTHER = "other"


class Party(StrEnum):
    VICTIM = "victim"
    VICTIM_LAWYER = "victim-lawyer"
    PROSECUTOR = "prosecutor"
    DEFENDANT = "defendant"
    DEFENCE_LAWYER = "defence-lawyer"


class PostponedBy(StrEnum):
    """Which party caused a postponement, as the monitoring reports count it ("": not recorded)."""

    DEFENCE = "defence"  # a defendant or counsel absent, new counsel, defence motions
    PROSECUTION = "prosecution"
    COURT = "court"  # the judge, the panel, the court's own scheduling or summons
    VICTIM = "victim"  # the injured party or her counsel
    OTHER = "other"  # witnesses, experts, strikes, …


class Verdict(StrEnum):
    PENDING = "pending"
    CONVICTED = "convicted"
    ACQUITTED = "acquitted"
    CHARGES_REJECTED = "charges-rejected"
    DISCONTINUED = "discontinued"


class AppealBy(StrEnum):
    """Who appealed the judgment at first instance ("none": no appeal was lodged; an empty list:
    not recorded). The injured party may appeal only the decisions on costs and on the claim."""

    PROSECUTOR = "prosecutor"
    DEFENDANT = "defendant"  # the defendant or the defence counsel
    INJURED_PARTY = "injured-party"
    NONE = "none"


class Stage(StrEnum):
    """Where the proceeding stands, which decides who receives a filing."""

    INVESTIGATION = "investigation"  # the public prosecutor conducts it (ZKP čl. 43)
    FIRST_INSTANCE = "first-instance"  # indictment and trial before the court of first instance
    APPEAL = "appeal"  # the appellate court decides on an appeal


class Authority(StrEnum):
    """Who a filing is addressed to."""

    PROSECUTOR = "prosecutor"  # javno tužilaštvo (KT … numbers)
    COURT = "court"  # the court of first instance, e.g. Viši sud (K … numbers)
    APPEAL = "appeal"  # the appellate court (Kž1 … numbers)


AUTHORITY_OF_STAGE = {
    Stage.INVESTIGATION: Authority.PROSECUTOR,
    Stage.FIRST_INSTANCE: Authority.COURT,
    Stage.APPEAL: Authority.APPEAL,
}


class ClaimDecision(StrEnum):
    NONE = "none"  # not decided (or not filed)
    GRANTED = "granted"  # decided in the criminal case, in full
    PARTLY_GRANTED = "partly-granted"  # decided in the criminal case, in part
    REFERRED_TO_CIVIL = "referred-to-civil"  # sent to civil proceedings
    REJECTED = "rejected"

    @property
    def decided_in_criminal_case(self) -> bool:
        return self in (ClaimDecision.GRANTED, ClaimDecision.PARTLY_GRANTED, ClaimDecision.REJECTED)


@dataclass
class Proceeding:
    case_id: str
    id: str = field(default_factory=new_id)
    court: str = ""
    court_case_number: str = ""
    prosecution_case_number: str = ""
    judge: str = ""
    prosecutor_office: str = ""
    victim_roles: list[VictimRole] = field(default_factory=list)
    vulnerable_witness: WitnessStatus = WitnessStatus.NOT_REQUESTED
    measures_ordered: list[ProtectiveMeasure] = field(default_factory=list)
    opened_on: date | None = None
    first_instance_ended_on: date | None = None
    verdict: Verdict = Verdict.PENDING
    verdict_on: date | None = None
    convicted_article: str = ""
    convicted_offence: str = ""
    convicted_paragraph: str = ""  # "1", "3" … of the article (KZ čl. 388 st. 3)
    sentence_months: int | None = None  # prison, in months (for the monitoring figures)
    sentence: str = ""  # the sentence as pronounced: "kazna zatvora u trajanju od 3 godine"
    appealed_by: list[AppealBy] = field(default_factory=list)  # empty: not recorded
    plea_agreement: bool = False
    plea_agreement_on: date | None = None
    plea_terms: str = ""  # what the defendant admitted and the sentence agreed, as recorded
    victim_informed_of_plea: bool | None = None
    property_claim_filed_on: date | None = None
    property_claim_decision: ClaimDecision = ClaimDecision.NONE
    compensation_awarded: int | None = None  # dinars
    compensation_paid: int | None = None  # dinars
    compensation_claimed: int | None = None  # dinars, as the property claim asked
    # The day the written judgment was served: the appeal period runs from it (ZKP; see
    # docs/legal-sources.md §7), not from the pronouncement.
    judgment_served_on: date | None = None
    notes: str = ""
    stage: Stage = Stage.INVESTIGATION
    appellate_court: str = ""
    appellate_case_number: str = ""
    # How the court names the injured party (initials, a protected witness's pseudonym): what a
    # filing says in place of her name when the client is shown by case code only.
    court_designation: str = ""
    # Powers of attorney given for this proceeding (core/profiles.PowerOfAttorney.to_dict()).
    powers_of_attorney: list[dict[str, str]] = field(default_factory=list)
    created_at: datetime | None = None
    updated_at: datetime | None = None
    version: int = 0

    @property
    def authority(self) -> Authority:
        """Who a filing goes to at this stage."""
        return AUTHORITY_OF_STAGE[Stage(self.stage)]

    @property
    def title(self) -> str:
        return " · ".join(p for p in (self.court, self.court_case_number) if p) or "Proceeding"


@dataclass
class Defendant:
    proceeding_id: str
    label: str  # name or initials, as the organisation records them
    role: DefendantRole = DefendantRole.OTHER
    id: str = field(default_factory=new_id)
    notes: str = ""
    version: int = 0


@dataclass
class Charge:
    proceeding_id: str
    article: str
    qualified_on: date
    id: str = field(default_factory=new_id)
    paragraph: str = ""  # "1", "6" … of the article (KZ čl. 388 st. 6); "" when not given
    offence: str = ""
    defendant_id: str | None = None
    replaces_id: str | None = None
    note: str = ""
    version: int = 0


@dataclass
class Hearing:
    appointment_id: str
    proceeding_id: str
    kind: HearingKind = HearingKind.MAIN_HEARING
    id: str = field(default_factory=new_id)
    measures_applied: list[ProtectiveMeasure] = field(default_factory=list)
    postponement_reason: str = ""
    postponed_by: str = ""  # a PostponedBy value; "" when not recorded
    next_appointment_id: str | None = None
    witnesses_summoned: int | None = None  # witnesses as counts: None when not recorded
    witnesses_appeared: int | None = None
    witnesses_testified: int | None = None
    version: int = 0


@dataclass
class Attendance:
    hearing_id: str
    party: Party
    present: bool
    defendant_id: str | None = None
    id: str = field(default_factory=new_id)
    summoned: bool | None = None  # None: not recorded
    testified: bool = False
    injured_party: str = ""  # a monitored trial's injured party, by code (never a name)
    version: int = 0


# --- charges and their history ---------------------------------------------------------------------
_ARTICLE = re.compile(r"(\d+)")


def article_number(article: str) -> int | None:
    """388 from "388", "čl. 388 st. 1 KZ", "Art. 388(1)"; None when there is no number."""
    m = _ARTICLE.search(article)
    return int(m.group(1)) if m else None


def is_trafficking(article: str) -> bool:
    return article_number(article) == TRAFFICKING_ARTICLE


def validate_charge(charge: Charge, replaced: Charge | None = None) -> None:
    if article_number(charge.article) is None:
        raise ValidationError("article", "Give the article of the Criminal Code, e.g. 388.")
    if replaced is not None and charge.qualified_on < replaced.qualified_on:
        raise ValidationError(
            "qualified_on",
            "A re-qualification cannot be dated before the charge it replaces ({day:%d.%m.%Y}).",
            day=replaced.qualified_on,
        )


def current_charges(charges: Iterable[Charge]) -> list[Charge]:
    """Charges not replaced by a later qualification."""
    charges = list(charges)
    replaced = {c.replaces_id for c in charges if c.replaces_id}
    return sorted((c for c in charges if c.id not in replaced), key=lambda c: c.qualified_on)


def history(charges: Iterable[Charge], charge_id: str) -> list[Charge]:
    """The chain of qualifications that ends in `charge_id`, oldest first."""
    by_id = {c.id: c for c in charges}
    chain: list[Charge] = []
    current = by_id.get(charge_id)
    while current is not None and current not in chain:
        chain.append(current)
        current = by_id.get(current.replaces_id) if current.replaces_id else None
    return list(reversed(chain))


def was_requalified_from_trafficking(charges: Iterable[Charge]) -> bool:
    """A charge under Art. 388 that a later qualification replaced with another article."""
    charges = list(charges)
    for current in current_charges(charges):
        chain = history(charges, current.id)
        if not is_trafficking(current.article) and any(is_trafficking(c.article) for c in chain):
            return True
    return False


# What each value is called, in English (core/labels.py: the GUI translates these, the CLI
# prints them, reports look them up in their own language tables).
labels.define(
    HearingKind,
    {
        HearingKind.PRELIMINARY: "Preliminary hearing",
        HearingKind.MAIN_HEARING: "Main hearing",
        HearingKind.VERDICT: "Announcement of the verdict",
        HearingKind.APPEAL: "Appeal hearing",
        HearingKind.OTHER: "Other hearing",
    },
)
labels.define(
    VictimRole,
    {
        VictimRole.INJURED_PARTY: "Injured party",
        VictimRole.WITNESS: "Witness",
        VictimRole.PRIVATE_PROSECUTOR: "Subsidiary prosecutor",
    },
)
labels.define(
    WitnessStatus,
    {
        WitnessStatus.NOT_REQUESTED: "Not requested",
        WitnessStatus.REQUESTED: "Requested, not decided",
        WitnessStatus.GRANTED: "Granted",
        WitnessStatus.REFUSED: "Refused",
    },
)
labels.define(
    AppealBy,
    {
        AppealBy.PROSECUTOR: "Public prosecutor",
        AppealBy.DEFENDANT: "Defendant or defence counsel",
        AppealBy.INJURED_PARTY: "Injured party",
        AppealBy.NONE: "No appeal was lodged",
    },
)
labels.define(
    Stage,
    {
        Stage.INVESTIGATION: "Investigation (public prosecutor)",
        Stage.FIRST_INSTANCE: "Before the court of first instance",
        Stage.APPEAL: "On appeal (appellate court)",
    },
)
labels.define(
    Authority,
    {
        Authority.PROSECUTOR: "The public prosecutor",
        Authority.COURT: "The court of first instance",
        Authority.APPEAL: "The appellate court",
    },
)
labels.define(
    ProtectiveMeasure,
    {
        ProtectiveMeasure.QUESTIONS_THROUGH_COURT: "Questions only through the court",
        ProtectiveMeasure.VIDEO_LINK: "Testimony by video link",
        ProtectiveMeasure.SEPARATE_ROOM: "Separate room",
        ProtectiveMeasure.NO_CONFRONTATION: "No confrontation with the defendant",
        ProtectiveMeasure.DEFENDANT_REMOVED: "Defendant removed from the courtroom",
        ProtectiveMeasure.PUBLIC_EXCLUDED: "Public excluded",
        ProtectiveMeasure.IDENTITY_PROTECTED: "Identity protected",
        ProtectiveMeasure.SUPPORT_PERSON: "Support person present",
    },
)
labels.define(
    DefendantRole,
    {
        DefendantRole.ORGANISER: "Organiser",
        DefendantRole.RECRUITER: "Recruiter",
        DefendantRole.TRANSPORTER: "Transporter",
        DefendantRole.EXPLOITER: "Exploiter",
        DefendantRole.ACCOMPLICE: "Accomplice",
        DefendantRole.OTHER: "Other",
    },
)
labels.define(
    Verdict,
    {
        Verdict.PENDING: "No verdict yet",
        Verdict.CONVICTED: "Convicted",
        Verdict.ACQUITTED: "Acquitted",
        Verdict.CHARGES_REJECTED: "Charges rejected",
        Verdict.DISCONTINUED: "Proceedings discontinued",
    },
)
labels.define(
    ClaimDecision,
    {
        ClaimDecision.NONE: "Not decided",
        ClaimDecision.GRANTED: "Granted in the criminal case",
        ClaimDecision.PARTLY_GRANTED: "Partly granted in the criminal case",
        ClaimDecision.REFERRED_TO_CIVIL: "Sent to civil proceedings",
        ClaimDecision.REJECTED: "Rejected",
    },
)
labels.define(
    PostponedBy,
    {
        PostponedBy.DEFENCE: "The defence",
        PostponedBy.PROSECUTION: "The prosecution",
        PostponedBy.COURT: "The court",
        PostponedBy.VICTIM: "The injured party",
        PostponedBy.OTHER: "Other (witnesses, experts …)",
    },
)
labels.define(
    Party,
    {
        Party.VICTIM: "The client (victim)",
        Party.VICTIM_LAWYER: "The client's lawyer",
        Party.PROSECUTOR: "Public prosecutor",
        Party.DEFENDANT: "Defendant",
        Party.DEFENCE_LAWYER: "Defence lawyer",
    },
)
