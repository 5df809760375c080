"""The compensation claim (issue 19, item 4) on real vaults, its filings read back with pypdf: the
claim is saved, reopened, audited and refused over a newer version; what is claimed decides the
legal basis; a claim with no amounts never prints empty totals (a draft, or refused by the CLI
unless --draft); the civil suit carries the addressee court, parties, the lawyer "po punomoćju",
the value of the dispute, the petitum, attachments and place, date and signature; the claim
travels with its case, leaves a tombstone, and a stale row is caught by the table sums."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from astra_desktop import cli
from astra_desktop.core import claims as cl
from astra_desktop.core.court import (
    ClaimDecision,
    Defendant,
    DefendantRole,
    Proceeding,
    Verdict,
)
from astra_desktop.core.court_documents import FILINGS, KINDS, DamageKind, default_stamp
from astra_desktop.core.enums import Role
from astra_desktop.core.models import Case, Client
from astra_desktop.errors import PermissionDenied, ValidationError
from astra_desktop.reports import templates
from astra_desktop.services import claims, clients, integrity, proceedings, transfer, users
from astra_desktop.services import court_documents as cdoc
from astra_desktop.services import session as vs
from astra_desktop.storage import audit, digest, rows
from astra_desktop.storage import transfer_tables as tt
from tests import _court_case
from tests.conftest import ADMIN, ADMIN_PASS, CASEWORKER, CASEWORKER_PASS
from tests.test_court_documents import clock
from tests.test_transfer import Laptops, laptops, send  # noqa: F401 - the fixture

DESIGNATION = "N. Đ."
W, M, F, P = DamageKind.UNPAID_WAGES, DamageKind.MEDICAL, DamageKind.FEAR, DamageKind.PHYSICAL_PAIN


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


@pytest.fixture
def filed(session: vs.Session) -> _court_case.CourtCase:
    made = _court_case.make(session, notes=1, designation=DESIGNATION)
    _court_case.add_lawyer(session, made)
    return made


def full_claim(session: vs.Session, made: _court_case.CourtCase, **more: object) -> cl.Claim:
    c = claims.get(session, made.case_id)
    c.items = [
        cl.ClaimItem(W, Decimal("540000"), "Zarada za 18 meseci", date(2023, 6, 30),
                     ("Evidencija radnog vremena",)),
        cl.ClaimItem(M, Decimal("48250.50"), "Računi KBC Zvezdara", None,
                     ("Račun za lečenje (racun-lekar.pdf)",)),
        cl.ClaimItem(F, Decimal("300000")),
        cl.ClaimItem(DamageKind.MENTAL_SUFFERING, Decimal("800000")),
    ]  # fmt: skip
    c.costs = [cl.ClaimCost(cl.CostKind.LAWYER, Decimal("45000"), "sastav podneska")]
    for key, value in more.items():
        setattr(c, key, value)
    return claims.save(session, c)


def build(session: vs.Session, made: _court_case.CourtCase, kind: str, lang: str = "sr-Latn",
          names: bool = False, **extra: object) -> str:  # fmt: skip
    return text_of(cdoc.build(session, kind, made.case_id, lang, names, extra, clock))


# --- the claim in the vault ---------------------------------------------------------------------------
def test_the_claim_is_saved_reopened_audited_and_not_overwritten(
    session: vs.Session, filed: _court_case.CourtCase
) -> None:
    assert claims.get(session, filed.case_id).version == 0  # nothing saved yet
    saved = full_claim(session, filed, facts="Radila bez plate.", legal_aid="rešenje br. 7/26")
    again = claims.get(session, filed.case_id)
    assert again.items == saved.items and again.costs == saved.costs
    assert (again.facts, again.legal_aid, again.version) == (
        "Radila bez plate.",
        "rešenje br. 7/26",
        1,
    )
    assert again.items[0].interest_from == date(2023, 6, 30)
    assert again.items[1].evidence == ("Račun za lečenje (racun-lekar.pdf)",)
    assert again.id == cl.claim_id(filed.case_id)  # the same id on every laptop
    last = audit.entries(session.db, limit=1)[0]
    assert (last.action, last.entity, last.entity_id) == ("create", "claim", again.id)
    again.facts = "Izmenjeno."
    claims.save(session, again)
    assert audit.entries(session.db, limit=1)[0].action == "change"
    assert claims.get(session, filed.case_id).version == 2
    with pytest.raises(rows.ConflictError):  # someone saved since `saved` was read
        claims.save(session, saved)
    assert claims.remove(session, filed.case_id)
    assert claims.get(session, filed.case_id).version == 0
    assert audit.entries(session.db, limit=1)[0].action == "delete"


def test_a_viewer_reads_the_claim_but_cannot_change_it(
    session: vs.Session, filed: _court_case.CourtCase, vault_folder: Path
) -> None:
    full_claim(session, filed)
    users.add_user(session, CASEWORKER, Role.VIEWER, CASEWORKER_PASS, all_cases=True)
    session.close()
    with vs.unlock(vault_folder, CASEWORKER, CASEWORKER_PASS) as viewer:
        found = claims.get(viewer, filed.case_id)
        assert len(found.items) == 4
        with pytest.raises(PermissionDenied):
            claims.save(viewer, found)


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (cl.ClaimItem(F, Decimal(0)), "Item 1: the amount must be more than zero"),
        (cl.ClaimItem(F, Decimal(1), interest_from=date.today() + timedelta(days=1)),
         "Item 1: interest cannot run from"),
        (cl.ClaimItem(F, Decimal(1), interest_from=date(1900, 1, 1)), "too long ago"),
    ],
)  # fmt: skip
def test_amounts_and_dates_are_checked_with_the_item_named(
    session: vs.Session, filed: _court_case.CourtCase, item: cl.ClaimItem, message: str
) -> None:
    c = claims.get(session, filed.case_id)
    c.items = [item]
    with pytest.raises(ValidationError, match=message):
        claims.save(session, c)
    assert claims.get(session, filed.case_id).version == 0  # nothing was saved


def test_typed_amounts_and_dates_are_read_as_people_write_them() -> None:
    assert cl.parse_optional_amount("1.234,56") == Decimal("1234.56")
    assert cl.parse_optional_amount("  ") is None
    assert cl.parse_day("30.06.2023.") == date(2023, 6, 30) == cl.parse_day("2023-06-30")
    assert cl.parse_day("") is None
    with pytest.raises(ValidationError, match="is not a date"):
        cl.parse_day("31.02.2023")
    with pytest.raises(ValidationError, match=r"Write it as 1\.234,56"):
        cl.parse_optional_amount("hiljadu")
    items = claims.items_from([{"kind": "fear", "amount": "", "evidence": "a\nb"},
                               {"kind": "medical", "amount": "1.000", "interest_from": "01.02.2024"}])  # fmt: skip
    assert items[0] == cl.ClaimItem(F, None, "", None, ("a", "b"))
    assert items[1].amount == Decimal(1000) and items[1].interest_from == date(2024, 2, 1)
    with pytest.raises(ValidationError, match="not a head of damage"):
        claims.items_from([{"kind": "x"}])


# --- the legal basis, from what is claimed --------------------------------------------------------------
def test_the_legal_basis_follows_what_is_claimed() -> None:
    B = cl.Basis
    fear = [cl.ClaimItem(F, Decimal(1))]
    assert cl.grounds(fear, 1) == (B.LIABILITY, B.NON_MATERIAL, B.INTEREST)
    assert cl.grounds([cl.ClaimItem(M)], 2) == (B.LIABILITY, B.ORDINARY, B.JOINT)  # no amount
    wages = [cl.ClaimItem(W, Decimal(5))]
    assert cl.grounds(wages, 0) == (B.LIABILITY, B.LOST_PROFIT, B.INTEREST)
    assert B.CONVICTION in cl.grounds(fear, 1, convicted=True, civil=True)
    assert B.CONVICTION not in cl.grounds(fear, 1, convicted=True, civil=False)


def test_the_civil_court_by_the_value_of_the_dispute() -> None:
    assert cl.court_level(Decimal("1688250.50")) is cl.CourtLevel.BASIC
    assert cl.court_level(Decimal("10000000")) is cl.CourtLevel.HIGHER
    assert cl.court_level(Decimal(40_000) * cl.EUR_RSD) is cl.CourtLevel.UNSURE


# --- the property claim ----------------------------------------------------------------------------------
def test_the_property_claim_from_the_saved_claim(
    session: vs.Session, filed: _court_case.CourtCase
) -> None:
    full_claim(session, filed)
    text = build(session, filed, "property-claim")
    assert text.startswith("VIŠEM SUDU U BEOGRADU Posl. br. K 123/24")
    assert "NACRT" not in text
    # each item with its interest; totals over the amounts
    assert ("na ime naknade materijalne štete zbog neisplaćene zarade iznos od 540.000,00 dinara, "
            "sa zakonskom zateznom kamatom počev od 30.06.2023. godine do isplate") in text  # fmt: skip
    assert ("na ime naknade troškova lečenja iznos od 48.250,50 dinara, sa zakonskom zateznom "
            "kamatom počev od dana presuđenja do isplate") in text  # fmt: skip
    assert "Ukupno materijalna šteta 588.250,50" in text and "1.100.000,00" in text
    assert "solidarno isplate ukupno 1.688.250,50 dinara, i to:" in text
    assert "troškove krivičnog postupka u iznosu od 45.000,00 dinara" in text
    # the legal basis: what is claimed, and no more
    assert "članu 154. stav 1. Zakona o obligacionim odnosima" in text
    assert (
        "obična šteta (troškovi lečenja)" in text and "izmakla korist (neisplaćena zarada)" in text
    )
    assert "(član 200. ZOO)" in text and "član 277. ZOO" in text
    assert "(član 206. stav 1. ZOO [proveriti])" in text and "(M. P. i S. J.)" in text
    assert "članova 252–260. [proveriti]" in text
    # evidence per item, and attached documents (the power of attorney first)
    assert "Dokaz: Evidencija radnog vremena" in text
    attachments = text[text.index("Prilozi") :]
    assert attachments.startswith("Prilozi 1. Punomoćje od 05.03.2024. godine 2.")
    assert "Evidencija radnog vremena" not in attachments  # evidence, not a document attached
    assert "Račun za lečenje (racun-lekar.pdf)" in attachments
    assert "U Beogradu, dana 11.03.2026. godine" in attachments
    # only fear claimed, one defendant: no material damage, no joint liability
    case = clients.register(session, Client("Ana", "Test"), Case(""))
    p = proceedings.add(session, Proceeding(case.id, court="Viši sud u Nišu",
                                            court_case_number="K 9/25"))  # fmt: skip
    proceedings.add_entry(session, Defendant(p.id, "J. J.", DefendantRole.EXPLOITER))
    c = claims.get(session, case.id)
    c.items = [cl.ClaimItem(F, Decimal("300000"))]
    claims.save(session, c)
    one = text_of(cdoc.build(session, "property-claim", case.id, "sr-Latn", False, {}, clock))
    assert "obaveže okrivljenog da oštećenom licu isplati ukupno 300.000,00 dinara" in one
    for absent in ("Materijalna šteta", "izmakla korist", "solidarno", "član 206"):
        assert absent not in one, absent


def test_a_claim_with_no_amounts_prints_no_empty_totals(
    session: vs.Session, filed: _court_case.CourtCase
) -> None:
    for kind in ("property-claim", "civil-claim"):
        blank = build(session, filed, kind)  # nothing saved: every head of damage, as a draft
        assert "NACRT" in blank and "nije za podnošenje" in blank
        assert "Neisplaćena zarada" in blank and "Pretrpljeni strah" in blank
        assert "Ukupno" not in blank and "0,00" not in blank
        assert not re.search(r"dinara\s*[,.]", blank.replace("______________________ dinara", ""))
    c = claims.get(session, filed.case_id)
    c.items = [cl.ClaimItem(F, None, "Strah od okrivljenih"), cl.ClaimItem(M)]
    claims.save(session, c)
    for kind in ("property-claim", "civil-claim"):
        text = build(session, filed, kind)
        assert "NACRT" in text and "Ukupno" not in text and "0,00" not in text
        assert "Strah od okrivljenih" not in text or "Pretrpljeni strah" in text
    # one amount given: a filing; the open item is reserved, the subtotal says so
    c = claims.get(session, filed.case_id)
    c.items = [cl.ClaimItem(F, Decimal("300000")), cl.ClaimItem(P)]
    claims.save(session, c)
    text = build(session, filed, "property-claim")
    assert "NACRT" not in text and "opredeliće se naknadno" in text
    assert (
        "Ukupno nematerijalna šteta (bez stavki koje će biti naknadno opredeljene) 300.000,00"
        in text
    )
    assert "opredeli zahtev za sledeće vrste štete: pretrpljeni fizički bolovi" in text
    # a draft asked for: marked, with its amounts
    asked = build(session, filed, "property-claim", draft=True)
    assert "NACRT – za pregled pre podnošenja" in asked and "300.000,00" in asked
    en = build(session, filed, "civil-claim", "en", draft=True)
    assert "DRAFT – for review before filing" in en


def test_the_cli_refuses_a_claim_with_no_amounts_unless_draft(
    vault_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        made = _court_case.make(sess, notes=1)
    home, out = vault_folder.parent, tmp_path / "zahtev.pdf"

    def run(*args: str) -> tuple[int, str]:
        code = cli.main(["--home", str(home), "document", *args, "--case", made.case_code,
                         "--out", str(out)], stdin=io.StringIO(f"{ADMIN_PASS}\n"))  # fmt: skip
        return code, capsys.readouterr().err

    for kind in ("property-claim", "civil-claim"):
        code, err = run(kind)
        assert code == 1 and "has no amounts yet" in err and "--draft" in err
        assert len(err.strip().splitlines()) == 1 and not out.exists()
        code, err = run(kind, "--draft")
        assert code == 0, err
        assert "NACRT" in text_of(out.read_bytes())
        out.unlink()
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        full_claim(sess, made)
    code, err = run("civil-claim")
    assert code == 0, err
    assert "NACRT" not in text_of(out.read_bytes())


# --- the civil suit -------------------------------------------------------------------------------------
def test_the_civil_suit_is_a_podnesak_to_the_civil_court(
    session: vs.Session, filed: _court_case.CourtCase
) -> None:
    full_claim(session, filed, civil_court="Prvi osnovni sud u Beogradu",
               facts="Tuženi su tužilju vrbovali u Nišu 2022. godine.")  # fmt: skip
    text = build(session, filed, "civil-claim")
    # the addressee court, with the criminal case's numbers
    assert text.startswith("PRVOM OSNOVNOM SUDU U BEOGRADU veza: Više javno tužilaštvo u "
                           "Beogradu, KTO 45/23 veza: Viši sud u Beogradu, K 123/24")  # fmt: skip
    # the parties: the claimant as the court names her, her lawyer "po punomoćju", the defendants
    assert ("Tužilja N. Đ., koju po punomoćju od 05.03.2024. godine zastupa Milica Stanković, "
            "advokat iz Beograda, Kneza Miloša 10") in text  # fmt: skip
    assert "Tuženi 1. M. P., adresa: ____" in text and "2. S. J., adresa: ____" in text
    assert "Radi naknade štete Vrednost predmeta spora 1.688.250,50 dinara" in text
    assert "TUŽBA radi naknade materijalne i nematerijalne štete" in text
    assert "Tuženi su tužilju vrbovali u Nišu 2022. godine." in text  # the facts as typed
    # the petitum: each item with interest, the deadline, the costs
    assert "I. OBAVEZUJU SE tuženi M. P. i S. J. da tužilji solidarno isplate: 1. na ime" in text
    assert "počev od 30.06.2023. godine do isplate" in text
    assert "sve u roku od 15 dana od dana prijema presude, pod pretnjom prinudnog izvršenja" in text
    assert ("II. OBAVEZUJU SE tuženi da tužilji solidarno naknade troškove parničnog postupka u "
            "iznosu od 45.000,00 dinara") in text  # fmt: skip
    assert "saslušanje tužilje u svojstvu parnične stranke" in text
    assert "uvid u spise krivičnog predmeta: Viši sud u Beogradu, K 123/24" in text
    assert "veštačenje preko veštaka odgovarajuće medicinske struke" in text
    # attachments, then place, date and the signature block
    attachments = text[text.index("Prilozi") :]
    assert attachments.startswith("Prilozi 1. Punomoćje od 05.03.2024. godine")
    assert re.search(r"U Beogradu, dana 11\.03\.2026\. godine Punomoćnik tužilje _+ Milica "
                     r"Stanković, advokat Kneza Miloša 10, Beograd Advokatska komora Beograda, "
                     r"broj upisa u imenik advokata: 31245", attachments)  # fmt: skip
    # a filing: no stamp, no case code, no name of hers
    assert "Poverljivo" not in text and filed.case_code not in text and "Nada" not in text
    assert "NACRT" not in text and not default_stamp("civil-claim")
    assert "civil-claim" in KINDS and "civil-claim" in FILINGS


def test_the_civil_suit_after_conviction_and_referral_and_without_a_court_recorded(
    session: vs.Session, filed: _court_case.CourtCase
) -> None:
    c = full_claim(session, filed)
    p = proceedings.get(session, filed.proceeding_id)
    p.verdict, p.verdict_on = Verdict.CONVICTED, date(2025, 11, 3)
    p.property_claim_decision = ClaimDecision.REFERRED_TO_CIVIL
    proceedings.update(session, p)
    text = build(session, filed, "civil-claim")
    assert text.startswith("OSNOVNOM SUDU U ______________")  # the level by value, seat blank
    assert "Presudom krivičnog suda tuženi su oglašeni krivim" in text
    assert "Krivični sud je tužilju radi ostvarivanja imovinskopravnog zahteva uputio" in text
    assert "(član 13. Zakona o parničnom postupku)" in text
    c.items = [replace(i, amount=Decimal("3000000")) for i in c.items]
    claims.save(session, c)
    assert build(session, filed, "civil-claim").startswith("VIŠEM SUDU U ______________")
    # the property claim is now refused by the stage check, the civil suit is not
    assert cdoc.stage_problems(session, "property-claim", filed.case_id)
    assert cdoc.stage_problems(session, "civil-claim", filed.case_id) == []


def test_the_civil_suit_in_three_languages(
    session: vs.Session, filed: _court_case.CourtCase
) -> None:
    full_claim(session, filed, civil_court="Viši sud u Beogradu", civil_case_number="P 12/26")
    cyr = build(session, filed, "civil-claim", "sr-Cyrl")
    assert cyr.startswith("ВИШЕМ СУДУ У БЕОГРАДУ Посл. бр. П 12/26")
    assert "ТУЖБА" in cyr and "Тужиља Н. Ђ., коју по пуномоћју од 05.03.2024." in cyr
    assert "I. ОБАВЕЗУЈУ СЕ тужени" in cyr and "II. ОБАВЕЗУЈУ СЕ" in cyr  # the numerals stay
    assert "Вредност предмета спора 1.688.250,50 динара" in cyr
    assert "[проверити]" in cyr
    en = build(session, filed, "civil-claim", "en")
    assert en.startswith("VIŠI SUD U BEOGRADU Case no. P 12/26")
    assert "STATEMENT OF CLAIM" in en and "Value of the dispute RSD 1.688.250,50" in en
    assert "I. The defendants M. P. and S. J. ARE ORDERED jointly and severally to pay" in en
    assert "Attachments 1. Power of attorney of 05.03.2024" in en
    assert "[to be checked]" in en


def test_a_minor_claimant_with_her_legal_representative_and_free_legal_aid(
    session: vs.Session,
) -> None:
    made = _court_case.make(session, notes=1, designation=DESIGNATION)
    client = clients.get_client(session, clients.get_case(session, made.case_id).client_id)
    client.date_of_birth = date(2010, 5, 1)  # 15 on the day the filing is made
    client.guardian = "Vesna Đorđević"
    clients.update_client(session, client)
    _court_case.add_lawyer(session, made)
    c = claims.get(session, made.case_id)
    c.items = [cl.ClaimItem(F, Decimal("300000"))]
    c.legal_aid = "rešenje Gradske uprave grada Beograda br. 7/26 od 10.01.2026."
    claims.save(session, c)
    named = build(session, made, "civil-claim", names=True)
    assert "Zakonski zastupnik Vesna Đorđević" in named
    coded = build(session, made, "civil-claim")
    assert "Zakonski zastupnik ______" in coded and "Vesna" not in coded
    claim = build(session, made, "property-claim")
    assert "Oštećena je maloletna" in claim and "obavezno zastupanje punomoćnikom" in claim
    for text in (coded, claim):
        assert "ostvaruje pravo na besplatnu pravnu pomoć (rešenje Gradske uprave" in text
        assert "Rešenje o odobravanju besplatne pravne pomoći" in text[text.index("Prilozi") :]


def test_case_code_only_keeps_her_name_out_of_the_typed_facts(
    session: vs.Session, filed: _court_case.CourtCase
) -> None:
    full_claim(session, filed, facts="Nada Đorđević je radila bez plate.")
    for kind in ("civil-claim", "property-claim"):
        for lang in ("sr-Latn", "sr-Cyrl", "en"):
            text = build(session, filed, kind, lang)
            assert "Nada" not in text and "Ђорђевић" not in text and "Đorđević" not in text


# --- templates ------------------------------------------------------------------------------------------
def test_the_claim_templates_have_the_same_keys_and_no_latin_in_cyrillic() -> None:
    en, sr = templates.read("claim", "en"), templates.read("claim", "sr-Latn")
    assert set(en) == set(sr)
    for key in en:

        def holes(text: str) -> set[str]:
            return {re.sub(r"^victim_\w+", "victim", p) for p in re.findall(r"\{(\w+)\}", text)}

        assert holes(en[key]) == holes(sr[key]), key
    cyrillic = templates.load("claim", "sr-Cyrl")
    for key in sr:
        text = re.sub(r"\{\w+\}|<[^>]+>", "", cyrillic(key))
        assert not set(re.findall(r"[A-Za-z]+", text)) - {"RSD"}, key


# --- transfer, tombstones, table sums, migration ------------------------------------------------------------
def test_the_claim_travels_with_its_case_and_its_deletion_too(laptops: Laptops) -> None:  # noqa: F811
    a, b = laptops.a, laptops.b
    made = _court_case.make(a, notes=1)
    full_claim(a, made)
    assert "claims" in [t.name for t in tt.case_tables(a.db)]
    send(a, b, [made.case_code], laptops.folder)
    there = claims.get(b, made.case_id)
    assert there.version == 1 and len(there.items) == 4 and there.id == cl.claim_id(made.case_id)
    assert there.items == claims.get(a, made.case_id).items
    assert integrity.check(b).sound
    # changed on both laptops: one record, a conflict for a person, never a second claim
    for session, facts in ((a, "A"), (b, "B")):
        mine = claims.get(session, made.case_id)
        mine.facts = facts
        claims.save(session, mine)
    out = laptops.folder / "both.astratransfer"
    exported = transfer.export_cases(a, [made.case_code], out)
    plan = transfer.plan_import(b, transfer.open_bundle(out, exported.passphrase))
    (conflict,) = plan.conflicts
    assert conflict.table == "claims" and ("facts", "B", "A") in conflict.fields
    transfer.apply_import(b, plan, {conflict.key: transfer.THEIRS})
    assert claims.get(b, made.case_id).facts == "A"
    assert b.db.execute("SELECT count(*) FROM claims").fetchone()[0] == 1
    # deleted after the transfer: a tombstone, and the deletion reaches the other laptop
    claims.remove(a, made.case_id)
    assert tt.tombstone(a.db, "claims", cl.claim_id(made.case_id)) is not None
    plan, _result = send(a, b, [made.case_code], laptops.folder)
    assert plan.conflicts == [] and claims.get(b, made.case_id).version == 0
    assert integrity.check(b).sound


def test_a_claim_row_changed_behind_the_sums_is_caught(
    session: vs.Session, filed: _court_case.CourtCase
) -> None:
    before = integrity.check(session).content_digest
    full_claim(session, filed)
    report = integrity.check(session)  # the claim is part of the content backups vouch for
    assert report.sound and report.counts["claims"] == 1 and report.content_digest != before
    assert "claims" in digest.RECORD_TABLES and digest.stale_tables(session.db) == []
    with session.write() as conn:  # an older page spliced in: the row changes, no trigger runs
        conn.execute("DROP TRIGGER digest_claims_u")
        conn.execute("UPDATE claims SET items = '[]'")
    assert digest.stale_tables(session.db) == ["claims"]


def test_a_case_transfer_bundle_carries_no_claim_of_another_case(laptops: Laptops) -> None:  # noqa: F811
    a, b = laptops.a, laptops.b
    first, second = (
        _court_case.make(a, notes=1),
        _court_case.make(a, "Ana", "Test", ("Anči",), notes=1),
    )
    full_claim(a, first)
    send(a, b, [second.case_code], laptops.folder)
    assert claims.get(b, second.case_id).version == 0
    assert b.db.execute("SELECT count(*) FROM claims").fetchone()[0] == 0
