"""Every filing on every fixture case issue 19 names (adult, minor, protected witness, plea
agreement, civil referral: tests/_filing_cases.py), built from a real vault and read back with
pypdf: the addressee block with the case numbers, the party and her lawyer "po punomoćju", the
petitum, the attachments with the power of attorney first, place, date and signature — and the
stage check, which refuses (the CLI, unless --force) where the filing no longer fits."""

from __future__ import annotations

import re

import pytest

from astra_desktop.core.court_documents import FILINGS
from astra_desktop.services import court_documents as cdoc
from astra_desktop.services import session as vs
from tests import _filing_cases
from tests.test_claims import build, full_claim

NUMBERS = "veza: Više javno tužilaštvo u Beogradu, KTO 45/23"
ADDRESSEE = {  # the start of the filing: the addressee and every number of the proceeding
    "vulnerable-witness": f"VIŠEM SUDU U BEOGRADU Posl. br. K 123/24 {NUMBERS}",
    "property-claim": f"VIŠEM SUDU U BEOGRADU Posl. br. K 123/24 {NUMBERS}",
    # no civil court recorded: the level by the value of the dispute, the seat to fill in
    "civil-claim": f"OSNOVNOM SUDU U ______________ {NUMBERS} veza: Viši sud u Beogradu, K 123/24",
}
PETITUM = {
    "vulnerable-witness": "Predlog Predlaže se da predsednik veća, odnosno sudija pojedinac, "
    "donese rešenje kojim se oštećenoj određuje status posebno osetljivog svedoka",
    "property-claim": "Predlog Predlaže se da sud presudom kojom okrivljene oglasi krivim obaveže "
    "okrivljene da oštećenoj solidarno isplate ukupno 1.688.250,50 dinara",
    "civil-claim": "Predlaže se da sud, nakon sprovedenog postupka, donese sledeću P R E S U D U "
    "I. OBAVEZUJU SE tuženi M. P. i S. J. da tužilji solidarno isplate",
}
SIGNER = {"vulnerable-witness": "oštećene", "property-claim": "oštećene", "civil-claim": "tužilje"}
# where each filing no longer fits: the reason the stage check names
REFUSED = {
    ("vulnerable-witness", "plea-agreement"): "The proceeding has ended",
    ("vulnerable-witness", "civil-referral"): "The proceeding has ended",
    ("property-claim", "plea-agreement"): "The trial at first instance has ended",
    ("property-claim", "civil-referral"): "referred the property claim to civil proceedings",
}


@pytest.mark.parametrize("kind", FILINGS)
@pytest.mark.parametrize("fixture", _filing_cases.FIXTURES)
def test_each_filing_on_each_fixture_case(session: vs.Session, fixture: str, kind: str) -> None:
    made = _filing_cases.make(session, fixture)
    full_claim(session, made)
    text = build(session, made, kind)
    assert text.startswith(ADDRESSEE[kind]), text[:200]
    party = _filing_cases.PSEUDONYM if fixture == "protected-witness" else _filing_cases.INITIALS
    assert (f"{party}, koju po punomoćju od 05.03.2024. godine zastupa Milica Stanković, advokat "
            "iz Beograda, Kneza Miloša 10") in text  # fmt: skip
    assert PETITUM[kind] in text
    attachments = text[text.index("Prilozi") :]
    assert attachments.startswith("Prilozi 1. Punomoćje od 05.03.2024. godine")
    assert re.search(
        rf"U Beogradu, dana 11\.03\.2026\. godine Punomoćnik {SIGNER[kind]} _+ Milica Stanković, "
        r"advokat Kneza Miloša 10, Beograd Advokatska komora Beograda, broj upisa u imenik "
        r"advokata: 31245 strana \d od \d$",
        attachments,
    ), attachments[-300:]
    # a court accepts her name or its own designation of her, never a case code; no stamp
    for absent in ("Nada", "Đorđević", made.case_code, "Poverljivo", "NACRT", "licu pod šifrom"):
        assert absent not in text, absent
    # a minor: the juvenile law in the criminal filings, her legal representative in the claims
    minor = fixture == "minor"
    if kind != "civil-claim":
        assert ("Zakona o maloletnim učiniocima krivičnih dela" in text) is minor
    if kind != "vulnerable-witness":
        assert ("Zakonski zastupnik" in text) is minor
    if kind == "civil-claim" and fixture == "civil-referral":
        assert "Presudom krivičnog suda tuženi su oglašeni krivim" in text
        assert "Krivični sud je tužilju radi ostvarivanja imovinskopravnog zahteva uputio" in text
    # the stage check: named, and the CLI's refusal unless --force
    problems = cdoc.stage_problems(session, kind, made.case_id)
    reason = REFUSED.get((kind, fixture))
    if reason is None:
        assert problems == []
        cdoc.require_stage(session, kind, made.case_id)
    else:
        assert any(reason in str(p) for p in problems), problems
        with pytest.raises(cdoc.StageMismatch, match=re.escape(reason)):
            cdoc.require_stage(session, kind, made.case_id)
