"""Mapping dataclass records to table rows and back, in one place.

Dates become ISO text, timestamps ISO text in UTC, lists JSON, enums their value, booleans 0/1.
Saving refuses to overwrite a newer version of a row (someone else's edit) instead of losing it.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import UTC, date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from astra_desktop.errors import AstraError, NotFound
from astra_desktop.storage.database import Connection

T = TypeVar("T")

CONFLICT = (
    "This record was changed by someone else after you opened it. Your changes were not saved; "
    "reopen the record to see the newer version, then make your change again."
)


class ConflictError(AstraError):
    pass


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _to_sql(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return json.dumps([_to_sql(v) for v in value], ensure_ascii=False)
    return value


@cache
def _hints(cls: Any) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _unwrap_optional(tp: Any) -> Any:
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return args[0]
    return tp


def _from_sql(tp: Any, value: object) -> object:
    if value is None:
        return None
    tp = _unwrap_optional(tp)
    origin = typing.get_origin(tp)
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_from_sql(item, v) for v in json.loads(str(value))]
    if tp is bool:
        return bool(value)
    if tp is datetime:
        return datetime.fromisoformat(str(value))
    if tp is date:
        return date.fromisoformat(str(value))
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(value)
    return value


def to_row(record: object, columns: frozenset[str] | None = None) -> dict[str, object]:
    row = {f.name: _to_sql(getattr(record, f.name)) for f in dataclasses.fields(record)}  # type: ignore[arg-type]
    return {k: v for k, v in row.items() if columns is None or k in columns}


def from_row(cls: type[T], row: typing.Mapping[str, object]) -> T:
    hints = _hints(cls)  # type: ignore[arg-type]
    kwargs = {
        f.name: _from_sql(hints[f.name], row[f.name])
        for f in dataclasses.fields(cls)  # type: ignore[arg-type]
        if f.name in row.keys()  # noqa: SIM118 - sqlite rows are not dicts
    }
    return cls(**kwargs)


_COLUMNS: dict[str, frozenset[str]] = {}


def columns_of(conn: Connection, table: str) -> frozenset[str]:
    """Columns of a table (cached: the schema is fixed once a vault is open and migrated)."""
    if table not in _COLUMNS:
        _COLUMNS[table] = frozenset(r[1] for r in conn.execute(f"PRAGMA table_info({table})"))
    return _COLUMNS[table]


def insert(conn: Connection, table: str, record: object, **extra: object) -> None:
    columns = columns_of(conn, table)
    row = to_row(record, columns) | {k: _to_sql(v) for k, v in extra.items()}
    if "version" in columns:
        row["version"] = 1
        record.version = 1  # type: ignore[attr-defined]
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(row.values()))


def update(conn: Connection, table: str, record: object, **extra: object) -> None:
    """Write the record over version N, making it N+1; refuse if the stored row is not N."""
    columns = columns_of(conn, table)
    row = to_row(record, columns) | {k: _to_sql(v) for k, v in extra.items()}
    record_id, version = row.pop("id"), row.pop("version", None)
    assignments = ", ".join(f"{k} = ?" for k in row)
    if version is None:
        cur = conn.execute(
            f"UPDATE {table} SET {assignments} WHERE id = ?", (*row.values(), record_id)
        )
    else:
        cur = conn.execute(
            f"UPDATE {table} SET {assignments}, version = version + 1 WHERE id = ? AND version = ?",
            (*row.values(), record_id, version),
        )
    if cur.rowcount == 0:
        exists = conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)).fetchone()
        if not exists:
            raise NotFound("The record no longer exists: it may have been deleted.")
        raise ConflictError(CONFLICT)
    if version is not None:
        record.version = int(str(version)) + 1  # type: ignore[attr-defined]


def get(conn: Connection, cls: type[T], table: str, record_id: str) -> T:
    cur = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,))
    row = cur.fetchone()
    if row is None:
        raise NotFound("The record was not found: it may have been deleted.")
    names = [d[0] for d in cur.description]
    return from_row(cls, dict(zip(names, row, strict=True)))


def count(conn: Connection, table: str) -> int:
    """How many rows the table holds."""
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def select(conn: Connection, cls: type[T], sql: str, params: tuple[object, ...] = ()) -> list[T]:
    cur = conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [from_row(cls, dict(zip(names, row, strict=True))) for row in cur.fetchall()]
