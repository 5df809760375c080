"""Who may do what. Enforced by the services; the crypto does not know about roles."""

from __future__ import annotations

from enum import StrEnum

from astra_desktop.core.enums import Role


class Permission(StrEnum):
    READ_CASES = "read-cases"
    WRITE_CASES = "write-cases"
    CREATE_CASES = "create-cases"
    DELETE_RECORDS = "delete-records"
    SEE_ALL_CASES = "see-all-cases"
    MANAGE_USERS = "manage-users"
    EXPORT = "export"
    BACKUP = "backup"


_GRANTS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.CASEWORKER: frozenset(
        {Permission.READ_CASES, Permission.WRITE_CASES, Permission.CREATE_CASES, Permission.EXPORT}
    ),
    Role.LAWYER: frozenset(
        {Permission.READ_CASES, Permission.WRITE_CASES, Permission.CREATE_CASES, Permission.EXPORT}
    ),
    Role.VIEWER: frozenset({Permission.READ_CASES}),
}


def allowed(role: Role, permission: Permission) -> bool:
    return permission in _GRANTS[role]
