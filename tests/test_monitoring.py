"""Court-monitoring figures, checked against a hand-built set of proceedings whose answers are
worked out here by hand, through the services on a real vault and as CSV."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from astra_desktop.core.court import Charge, ClaimDecision, Proceeding, Verdict
from astra_desktop.core.enums import Role
from astra_desktop.core.models import Case, Client
from astra_desktop.errors import PermissionDenied
from astra_desktop.services import clients, monitoring, proceedings, users
from astra_desktop.services import session as vs
from astra_desktop.storage import audit
from tests.conftest import CASEWORKER, CASEWORKER_PASS


def _add(
    session: vs.Session, verdict: Verdict, on: date | None, article: str = "", requalify: bool = False,
    assign_to: list[str] | None = None, **kw: object,
) -> Proceeding:  # fmt: skip
    case = clients.register(session, Client("Ime", "Prezime"), Case(""), assign_to=assign_to)
    p = proceedings.add(session, Proceeding(case.id, court="Viši sud u Beogradu"))
    charge = proceedings.add_entry(session, Charge(p.id, "388", date(2020, 1, 10)))
    if requalify:
        proceedings.requalify(session, charge.id, "184", "", date(2021, 5, 5))
    p.verdict, p.verdict_on, p.convicted_article = verdict, on, article
    p.first_instance_ended_on = on
    for name, value in kw.items():
        setattr(p, name, value)
    proceedings.update(session, p)
    return p


@pytest.fixture
def hand_built(session: vs.Session) -> vs.Session:
    """2023: A convicted of 388 (60 months, claim granted 500,000, paid 200,000);
          B convicted, re-qualified to 184 (12 months, plea agreement, victim not informed);
          C acquitted (claim filed, sent to civil).
    2024: D convicted of 388 (36 months, plea, victim informed, claim partly granted 300,000,
            nothing paid); E discontinued.
    Pending: F (not counted)."""
    _add(session, Verdict.CONVICTED, date(2023, 3, 1), "388 st. 1", sentence_months=60,
         property_claim_filed_on=date(2022, 1, 1),
         property_claim_decision=ClaimDecision.GRANTED, compensation_awarded=500_000,
         compensation_paid=200_000)  # fmt: skip
    _add(session, Verdict.CONVICTED, date(2023, 9, 9), "184", requalify=True, sentence_months=12,
         plea_agreement=True, victim_informed_of_plea=False)  # fmt: skip
    _add(session, Verdict.ACQUITTED, date(2023, 12, 31), property_claim_filed_on=date(2023, 1, 1),
         property_claim_decision=ClaimDecision.REFERRED_TO_CIVIL)  # fmt: skip
    _add(session, Verdict.CONVICTED, date(2024, 2, 2), "388", sentence_months=36,
         plea_agreement=True, victim_informed_of_plea=True,
         property_claim_filed_on=date(2023, 5, 5),
         property_claim_decision=ClaimDecision.PARTLY_GRANTED, compensation_awarded=300_000,
         compensation_paid=0)  # fmt: skip
    _add(session, Verdict.DISCONTINUED, date(2024, 7, 7))
    _add(session, Verdict.PENDING, None)
    return session


def test_figures_per_year_match_the_hand_count(hand_built: vs.Session) -> None:
    y2023, y2024, total = monitoring.figures(hand_built)
    assert (y2023.year, y2024.year, total.year) == (2023, 2024, None)
    assert (y2023.verdicts, y2023.convictions, y2023.convictions_trafficking) == (3, 2, 1)
    assert (y2023.convictions_requalified, y2023.acquittals, y2023.other_endings) == (1, 1, 0)
    assert y2023.charges_requalified_from_388 == 1
    assert (y2023.plea_agreements, y2023.plea_victim_informed) == (1, 0)
    assert y2023.average_sentence_months == 36.0  # (60 + 12) / 2
    assert (y2023.claims_filed, y2023.claims_decided_in_criminal_case) == (2, 1)
    assert (y2023.claims_granted, y2023.claims_referred_to_civil) == (1, 1)
    assert (y2023.compensation_awarded_rsd, y2023.compensation_paid_rsd) == (500_000, 200_000)
    assert (y2024.verdicts, y2024.convictions_trafficking, y2024.other_endings) == (2, 1, 1)
    assert (y2024.plea_agreements, y2024.plea_victim_informed) == (1, 1)
    assert y2024.average_sentence_months == 36.0
    assert (y2024.compensation_awarded_rsd, y2024.compensation_paid_rsd) == (300_000, 0)
    assert (total.verdicts, total.convictions, total.convictions_trafficking) == (5, 3, 2)
    assert total.average_sentence_months == 36.0  # (60 + 12 + 36) / 3
    assert (total.compensation_awarded_cases, total.compensation_awarded_rsd) == (2, 800_000)


def test_csv_export_is_plain_and_audited(hand_built: vs.Session, tmp_path: Path) -> None:
    target = tmp_path / "monitoring.csv"
    monitoring.export_csv(hand_built, target)
    table = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [r["year"] for r in table] == ["2023", "2024", "all"]
    assert table[0]["convictions_requalified"] == "1"
    assert table[2]["compensation_paid_rsd"] == "200000"
    assert table[0]["average_sentence_months"] == "36.0"
    assert "Prezime" not in target.read_text(encoding="utf-8")
    assert audit.entries(hand_built.db, limit=1)[0].action == "export"


def test_figures_cover_only_cases_the_person_may_see(session: vs.Session) -> None:
    ana = users.add_user(session, CASEWORKER, Role.CASEWORKER, CASEWORKER_PASS)
    _add(session, Verdict.CONVICTED, date(2023, 3, 1), "388", assign_to=[ana.id])
    _add(session, Verdict.ACQUITTED, date(2023, 4, 1))
    folder = session.files.folder
    session.close()
    with vs.unlock(folder, CASEWORKER, CASEWORKER_PASS) as sess:
        year, total = monitoring.figures(sess)
        assert (year.verdicts, year.convictions, total.verdicts) == (1, 1, 1)
    with vs.unlock(folder, "marija", "correct horse battery staple") as sess:
        users.add_user(sess, "vera", Role.VIEWER, "quiet meadow lantern ninety")
    with (
        vs.unlock(folder, "vera", "quiet meadow lantern ninety") as sess,
        pytest.raises(PermissionDenied),
    ):
        monitoring.export_csv(sess, folder.parent / "x.csv")
