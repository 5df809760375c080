from __future__ import annotations

from datetime import date

import pytest

from astra_desktop.core.models import Client
from astra_desktop.core.validation import parse_date, validate_client
from astra_desktop.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05.03.2026", date(2026, 3, 5)),
        ("5.3.2026.", date(2026, 3, 5)),
        ("2026-03-05", date(2026, 3, 5)),
        ("", None),
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31.02.2026", "2026/03/05", "yesterday", "00.01.2020"])
def test_invalid_dates_are_refused_with_a_hint(text: str) -> None:
    with pytest.raises(ValidationError, match=r"dd\.mm\.yyyy"):
        parse_date(text, "date_of_birth")


def test_future_birth_date_refused() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_client(Client("A", "B", date_of_birth=date(2999, 1, 1)))
    assert exc.value.field == "date_of_birth"


def test_client_needs_a_name_or_alias() -> None:
    with pytest.raises(ValidationError):
        validate_client(Client("", ""))
    validate_client(Client("", "", aliases=["Mala"]))
