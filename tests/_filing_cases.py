"""Test helper (not tests): the fixture cases issue 19 asks every filing to be shown on — an adult,
a minor, a protected witness (the court's pseudonym in place of her name), a proceeding ended
by a plea agreement with the judgment, the sentence and the appeal recorded, and a conviction
whose judgment referred the property claim to civil proceedings. Built on the one
fictional court case of tests/_court_case.py; all names and facts are invented."""

from __future__ import annotations

from datetime import date

from astra_desktop.core.court import AppealBy, ClaimDecision, ProtectiveMeasure, Verdict
from astra_desktop.core.enums import CaseStatus
from astra_desktop.services import clients, proceedings
from astra_desktop.services.session import Session
from tests import _court_case

FIXTURES = ("adult", "minor", "protected-witness", "plea-agreement", "civil-referral")
PSEUDONYM = "Svedok A"  # the protected witness's pseudonym, as the court uses it
INITIALS = "N. Đ."
PLEA_TERMS = (
    "Okrivljeni M. P. priznaje krivično delo iz čl. 388 st. 1 KZ; dogovorena kazna zatvora."
)


def make(session: Session, fixture: str) -> _court_case.CourtCase:
    """One fixture case, with a lawyer holding a power of attorney for its proceeding."""
    designation = PSEUDONYM if fixture == "protected-witness" else INITIALS
    made = _court_case.make(session, notes=2, designation=designation)
    _court_case.add_lawyer(session, made)
    if fixture == "minor":
        client = clients.get_client(session, made.client.id)
        client.date_of_birth = date(2009, 5, 3)
        clients.update_client(session, client)
    p = proceedings.get(session, made.proceeding_id)
    if fixture == "protected-witness":
        p.measures_ordered = [ProtectiveMeasure.IDENTITY_PROTECTED]
    if fixture == "plea-agreement":
        p.plea_agreement, p.plea_agreement_on = True, date(2025, 5, 12)
        p.plea_terms, p.victim_informed_of_plea = PLEA_TERMS, False
        p.verdict, p.verdict_on = Verdict.CONVICTED, date(2025, 6, 20)
        p.convicted_article, p.convicted_paragraph = "388", "1"
        p.convicted_offence = "Trgovina ljudima"
        p.sentence_months = 42
        p.appealed_by = [AppealBy.PROSECUTOR, AppealBy.INJURED_PARTY]
        p.first_instance_ended_on = date(2025, 6, 20)
    if fixture == "civil-referral":  # convicted; the claim left to a civil suit
        p.verdict, p.verdict_on = Verdict.CONVICTED, date(2025, 11, 3)
        p.convicted_article, p.convicted_paragraph = "388", "1"
        p.convicted_offence = "Trgovina ljudima"
        p.property_claim_decision = ClaimDecision.REFERRED_TO_CIVIL
        p.first_instance_ended_on = date(2025, 11, 3)
    proceedings.update(session, p)
    return made


def close_case(session: Session, made: _court_case.CourtCase) -> None:
    case = clients.get_case(session, made.case_id)
    case.status, case.closure_reason = CaseStatus.CLOSED, "Podrška završena."
    clients.update_case(session, case)
