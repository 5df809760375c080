"""Hotline statistics against a hand-built set of calls whose figures are counted here by hand:
in the pure core (table-driven), through the services on a real vault, and as exported CSV."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from astra_desktop.core.enums import Role
from astra_desktop.core.hotline import Call, CallerType, CallTopic, CaseLink
from astra_desktop.core.hotline_stats import (
    CALLER,
    CALLS,
    CASES,
    FOLLOW_UP,
    LANGUAGE,
    MINUTES,
    REFERRALS,
    TOPIC,
    CallFact,
    per_month,
    per_year,
    to_csv,
)
from astra_desktop.core.models import Case, Client
from astra_desktop.errors import PermissionDenied
from astra_desktop.services import clients, hotline, hotline_stats, users
from astra_desktop.services import session as vs
from astra_desktop.storage import audit

J, S, R, M, H, OT = (
    CallTopic.JOB_OFFER_CHECK, CallTopic.SAFE_MIGRATION, CallTopic.REPORT_OF_EXPLOITATION,
    CallTopic.MISSING_PERSON, CallTopic.REQUEST_FOR_HELP, CallTopic.OTHER,
)  # fmt: skip
V, F, FR, P, A = (
    CallerType.POSSIBLE_VICTIM, CallerType.FAMILY_MEMBER, CallerType.FRIEND,
    CallerType.PROFESSIONAL, CallerType.ANONYMOUS,
)  # fmt: skip
NO, CONV, LINK = CaseLink.NONE, CaseLink.CONVERTED, CaseLink.LINKED

# day, topic, caller, language, minutes, referral given, follow-up, case link
HAND_BUILT = [
    (date(2024, 11, 30), J, A, "sr", 5, False, False, NO),
    (date(2024, 12, 31), M, F, "sr", 20, True, True, NO),
    (date(2025, 1, 1), J, A, "sr", 4, False, False, NO),
    (date(2025, 1, 15), J, V, "uk", 12, True, False, CONV),
    (date(2025, 1, 31), R, P, "sr", 8, True, False, NO),
    (date(2025, 2, 14), H, V, "ro", 30, True, True, CONV),
    (date(2025, 2, 28), S, A, "en", 6, False, False, NO),
    (date(2025, 3, 3), M, F, "sr", 25, False, True, LINK),
    (date(2025, 12, 31), OT, FR, "uk", 1, False, False, NO),
    (date(2026, 1, 2), J, A, "vi", 7, False, False, NO),
]
FACTS = [CallFact(*row) for row in HAND_BUILT]

# Per month of 2025, worked out by hand from the table above: (measure, category) -> Jan..Dec.
Z = [0] * 12


def months(**set_: int) -> list[int]:
    out = list(Z)
    for name, value in set_.items():
        out[["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
             "dec"].index(name)] = value  # fmt: skip
    return out


EXPECTED_2025 = [
    ((CALLS, ""), months(jan=3, feb=2, mar=1, dec=1)),
    ((MINUTES, ""), months(jan=24, feb=36, mar=25, dec=1)),
    ((TOPIC, J.value), months(jan=2)),
    ((TOPIC, S.value), months(feb=1)),
    ((TOPIC, R.value), months(jan=1)),
    ((TOPIC, M.value), months(mar=1)),
    ((TOPIC, H.value), months(feb=1)),
    ((TOPIC, OT.value), months(dec=1)),
    ((CALLER, V.value), months(jan=1, feb=1)),
    ((CALLER, F.value), months(mar=1)),
    ((CALLER, FR.value), months(dec=1)),
    ((CALLER, P.value), months(jan=1)),
    ((CALLER, A.value), months(jan=1, feb=1)),
    ((LANGUAGE, "sr"), months(jan=2, mar=1)),
    ((LANGUAGE, "uk"), months(jan=1, dec=1)),
    ((LANGUAGE, "en"), months(feb=1)),
    ((LANGUAGE, "ro"), months(feb=1)),
    ((REFERRALS, ""), months(jan=2, feb=1)),
    ((FOLLOW_UP, ""), months(feb=1, mar=1)),
    ((CASES, CONV.value), months(jan=1, feb=1)),
    ((CASES, LINK.value), months(mar=1)),
]


@pytest.mark.parametrize(("key", "expected"), EXPECTED_2025, ids=lambda v: str(v))
def test_per_month_matches_the_hand_count(key: tuple[str, str], expected: list[int]) -> None:
    figures = per_month(FACTS, 2025)
    row = figures.row(*key)
    assert list(row.counts) == expected
    assert row.total == sum(expected)


def test_per_month_rows_and_columns() -> None:
    figures = per_month(FACTS, 2025)
    assert figures.periods == tuple(f"2025-{m:02d}" for m in range(1, 13))
    assert [(r.measure, r.category) for r in figures.rows] == [k for k, _ in EXPECTED_2025]
    assert figures.calls == 7
    # languages by how often they were used, then by code; other years' languages are absent
    assert [r.category for r in figures.rows if r.measure == LANGUAGE] == ["sr", "uk", "en", "ro"]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ((CALLS, ""), [2, 7, 1]),
        ((MINUTES, ""), [25, 86, 7]),
        ((TOPIC, J.value), [1, 2, 1]),
        ((TOPIC, M.value), [1, 1, 0]),
        ((LANGUAGE, "sr"), [2, 3, 0]),
        ((LANGUAGE, "vi"), [0, 0, 1]),
        ((CASES, CONV.value), [0, 2, 0]),
        ((FOLLOW_UP, ""), [1, 2, 0]),
    ],
    ids=lambda v: str(v),
)
def test_per_year_matches_the_hand_count(key: tuple[str, str], expected: list[int]) -> None:
    figures = per_year(FACTS)
    assert figures.periods == ("2024", "2025", "2026")
    assert list(figures.row(*key).counts) == expected


def test_empty_and_gap_years() -> None:
    assert per_year([]).periods == () and per_year([]).calls == 0
    assert per_month([], 2025).row(CALLS).counts == tuple(Z)
    gap = per_year([FACTS[0], FACTS[-1]])  # 2024 and 2026: 2025 shows as zero, not missing
    assert gap.periods == ("2024", "2025", "2026") and gap.row(CALLS).counts == (1, 0, 1)


def test_csv_has_codes_periods_and_totals() -> None:
    table = list(csv.reader(io.StringIO(to_csv(per_month(FACTS, 2025)))))
    assert table[0] == ["measure", "category", *(f"2025-{m:02d}" for m in range(1, 13)), "total"]
    assert table[1] == ["calls", "", "3", "2", "1", *["0"] * 8, "1", "7"]
    assert ["cases", "converted", "1", "1", *["0"] * 10, "2"] in table


# --- through the services, on a real vault -------------------------------------------------------------
def clock() -> datetime:
    return datetime(2026, 6, 1, 10, 0, tzinfo=UTC)


@pytest.fixture
def hand_built(session: vs.Session) -> vs.Session:
    """The table above as real calls: conversions and links made the way the line worker does."""
    existing = clients.register(session, Client("Ana", "Anić"), Case(""))
    for day, topic, caller, language, minutes, referral, follow_up, link in HAND_BUILT:
        call = hotline.log_call(
            session,
            Call(datetime.combine(day, datetime.min.time()).replace(hour=23, minute=59), topic,
                 caller_type=caller, language=language, duration_minutes=minutes,
                 referral="Policija" if referral else "", follow_up=follow_up,
                 note="Beleška o pozivu."),
            clock,
        )  # fmt: skip
        if link is CONV:
            hotline.convert_to_case(session, call.id, Client("Klijentkinja", f"{day:%d%m}"))
        elif link is LINK:
            hotline.link_to_case(session, call.id, existing.id)
    return session


def test_service_figures_match_the_core(hand_built: vs.Session) -> None:
    assert hotline_stats.years(hand_built) == [2026, 2025, 2024]
    assert hotline_stats.figures(hand_built, 2025) == per_month(FACTS, 2025)
    assert hotline_stats.figures(hand_built) == per_year(FACTS)


def test_csv_export_is_anonymous_and_audited(hand_built: vs.Session, tmp_path: Path) -> None:
    target = tmp_path / "hotline-2025.csv"
    hotline_stats.export_csv(hand_built, target, 2025)
    text = target.read_text(encoding="utf-8")
    assert text == to_csv(per_month(FACTS, 2025))
    for private in ("Beleška", "Policija", "Klijentkinja", "Anić", "AST-"):
        assert private not in text
    entry = audit.entries(hand_built.db, limit=1)[0]
    assert (entry.action, entry.entity, entry.detail) == (
        "export",
        "hotline-statistics",
        "csv 2025",
    )
    hotline_stats.export_csv(hand_built, tmp_path / "all.csv")
    assert audit.entries(hand_built.db, limit=1)[0].detail == "csv all-years"


def test_viewers_see_the_figures_but_cannot_export(session: vs.Session, tmp_path: Path) -> None:
    users.add_user(session, "vera", Role.VIEWER, "quiet meadow lantern ninety")
    hotline.log_call(session, Call(datetime(2025, 5, 5, 10, 0), J), clock)
    folder = session.files.folder
    session.close()
    with vs.unlock(folder, "vera", "quiet meadow lantern ninety") as vera:
        assert hotline_stats.figures(vera, 2025).calls == 1
        with pytest.raises(PermissionDenied):
            hotline_stats.export_csv(vera, tmp_path / "x.csv", 2025)
    assert not (tmp_path / "x.csv").exists()
