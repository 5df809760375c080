"""The users table: accounts, their roles and whether they are still active."""

from __future__ import annotations

from astra_desktop.core.models import User
from astra_desktop.storage import rows
from astra_desktop.storage.database import Connection


def exists(conn: Connection, user_id: str) -> bool:
    """Whether an account (active or removed) has this id (the recovery key acts without one)."""
    return conn.execute("SELECT 1 FROM users WHERE id = ?", (user_id,)).fetchone() is not None


def is_active(conn: Connection, user_id: str) -> bool:
    row = conn.execute("SELECT 1 FROM users WHERE id = ? AND active = 1", (user_id,)).fetchone()
    return row is not None


def names_by_name(conn: Connection) -> dict[str, str]:
    """User id -> user name for every account, in user-name order."""
    return {
        str(r[0]): str(r[1])
        for r in conn.execute("SELECT id, username FROM users ORDER BY username")
    }


def names(conn: Connection) -> dict[str, str]:
    """User id -> user name for every account (no order: for looking names up)."""
    return {str(r[0]): str(r[1]) for r in conn.execute("SELECT id, username FROM users")}


def active(conn: Connection) -> list[User]:
    """The active accounts by user name, case aside."""
    return rows.select(
        conn, User, "SELECT * FROM users WHERE active = 1 ORDER BY username COLLATE NOCASE"
    )


def named(conn: Connection, username: str) -> User | None:
    """The account holding this user name (active or not), if any."""
    found = rows.select(conn, User, "SELECT * FROM users WHERE username = ?", (username,))
    return found[0] if found else None


def name_taken(conn: Connection, username: str) -> bool | None:
    """None if no account has the name; else whether the account holding it is active."""
    row = conn.execute("SELECT active FROM users WHERE username = ?", (username,)).fetchone()
    return None if row is None else bool(row[0])


def free_name(conn: Connection, username: str) -> None:
    """Rename the removed account holding `username` (to `username#id`), so that a new account
    can take the name."""
    conn.execute(
        "UPDATE users SET username = username || '#' || id WHERE username = ?", (username,)
    )


def deactivate(conn: Connection, user_id: str) -> None:
    """The account stays (audit entries name it) without a keyslot or any case assigned."""
    conn.execute("UPDATE users SET active = 0, slot_id = NULL WHERE id = ?", (user_id,))
    conn.execute("DELETE FROM case_assignments WHERE user_id = ?", (user_id,))


def set_role(conn: Connection, user_id: str, role: str, all_cases: bool) -> None:
    conn.execute(
        "UPDATE users SET role = ?, all_cases = ? WHERE id = ?", (role, int(all_cases), user_id)
    )


def admin_slot_ids(conn: Connection, admin_role: str) -> set[str]:
    """The keyslots of the active accounts with the administrator's role."""
    return {
        str(r[0])
        for r in conn.execute(
            "SELECT slot_id FROM users WHERE role = ? AND active = 1 AND slot_id IS NOT NULL",
            (admin_role,),
        )
    }


def login(conn: Connection, username: str) -> tuple[str, str, bool, bool] | None:
    """(id, role, active, all_cases) of the account unlocking under this name, if there is one."""
    row = conn.execute(
        "SELECT id, role, active, all_cases FROM users WHERE username = ?", (username,)
    ).fetchone()
    return None if row is None else (str(row[0]), str(row[1]), bool(row[2]), bool(row[3]))
