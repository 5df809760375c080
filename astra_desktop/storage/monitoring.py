"""What the court-monitoring figures read: decided proceedings and their charges, of the cases
`visibility` shows."""

from __future__ import annotations

from astra_desktop.core.court import Charge, Proceeding
from astra_desktop.core.visibility import Visibility
from astra_desktop.storage import rows
from astra_desktop.storage.cases import visible_clause
from astra_desktop.storage.database import Connection


def decided(
    conn: Connection, visibility: Visibility
) -> tuple[list[Proceeding], dict[str, list[Charge]]]:
    """Proceedings with a verdict, and their charges by proceeding id."""
    clause, vis = visible_clause(visibility)
    visible = f"SELECT cases.id FROM cases WHERE {clause}"
    found = rows.select(
        conn, Proceeding,
        f"SELECT * FROM proceedings WHERE verdict <> 'pending' AND case_id IN ({visible})", vis,
    )  # fmt: skip
    by_proceeding: dict[str, list[Charge]] = {}
    for charge in rows.select(
        conn, Charge,
        "SELECT charges.* FROM charges JOIN proceedings p ON p.id = charges.proceeding_id "
        f"WHERE p.verdict <> 'pending' AND p.case_id IN ({visible})", vis,
    ):  # fmt: skip
        by_proceeding.setdefault(charge.proceeding_id, []).append(charge)
    return found, by_proceeding
