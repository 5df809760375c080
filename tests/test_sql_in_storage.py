"""SQL lives in astra_desktop/storage/ only (issue 18): services keep permissions, audit and the
use case, and call storage functions that take a connection and plain values.

Every string in the package outside storage/ is read with `ast` (f-strings with each `{…}` as a
name); one that starts with an SQL statement — SELECT, INSERT, UPDATE, DELETE, WITH, PRAGMA,
CREATE, BEGIN, … in any case, shaped as SQL and not as a sentence ("Select a case first.") — is a
statement out of place. The modules other helpers are still moving are listed in ALLOWLIST with
the number of statements each holds: the list can only shrink. A module that gains one fails, and
so does an entry whose module has none left (remove it).
"""

from __future__ import annotations

import ast
import re
import warnings
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "astra_desktop"
STORAGE = "storage"

# Module (relative to astra_desktop/) -> SQL statements it still holds. Empty since every
# statement moved to storage/ (issue 18); kept so a move in progress can be listed, never raised.
ALLOWLIST: dict[str, int] = {}

# What a string holding a statement starts with, keyword by keyword (matched without case).
_SHAPES = {
    "select": r"select\s+(?:distinct\s+)?(?:[*?\d'(]|[\w.]+\s*\(|case\s.*?\bwhen\s|.*?\bfrom\s+[\w\"(])",
    "insert": r"insert\s+(?:or\s+\w+\s+)?into\s",
    "replace": r"replace\s+into\s",
    "update": r"update\s+(?:or\s+\w+\s+)?[\w.\"]+\s+set\s",
    "delete": r"delete\s+from\s",
    "with": r"with\s+(?:recursive\s+)?[\w\"]+\s*(?:\([^)]*\))?\s+as\s+(?:not\s+)?(?:materialized\s+)?\(",
    "pragma": r"pragma\s+[\w.]+\s*(?:[=(;]|$)",
    "create": r"create\s+(?:temp\s+|temporary\s+)?(?:unique\s+|virtual\s+)?(?:table|index|view|trigger)\b",
    "drop": r"drop\s+(?:table|index|view|trigger)\b",
    "alter": r"alter\s+table\s",
    "begin": r"begin\s+(?:deferred|immediate|exclusive|transaction)\b(?:\s+transaction)?\s*;?\s*$",
    "commit": r"(?:commit|end)\s+transaction\s*;?\s*$",
    "rollback": r"rollback(?:\s+transaction)?\s+to\s+(?:savepoint\s+)?[\w\"]+\s*;?\s*$",
    "savepoint": r"(?:savepoint|release(?:\s+savepoint)?)\s+[\w\"]+\s*;?\s*$",
    "attach": r"(?:attach\s+(?:database\s+)?\S+\s+as\s|detach\s+(?:database\s+)?[\w\"]+\s*;?\s*$)",
    "vacuum": r"vacuum\s+(?:[\w\"]+\s+)?into\s",
    "explain": r"explain\s+(?:query\s+plan\s+)?(?:select|with|insert|update|delete|replace)\b",
}
_STATEMENT = re.compile("|".join(f"(?:{s})" for s in _SHAPES.values()), re.IGNORECASE | re.DOTALL)
# A statement of one bare word (or a PRAGMA to be completed) counts in capitals only: in lower
# case such a word is more often a name ("end" is a widget, "commit" a command) than a statement.
_BARE = re.compile(r"(?:BEGIN|COMMIT|END|ROLLBACK|VACUUM|ANALYZE|REINDEX|PRAGMA)\s*;?\s*$")
_SENTENCE = re.compile(r"[.!](?:\s|$)")  # prose ends its sentences; SQL never has ". "
# SQL writes its keywords in one case (SELECT, select); a capitalised first word (Select, Delete,
# With) starts a sentence or a label.
_CAPITALISED = re.compile(r"[A-Z][a-z]+\b")


def is_sql(text: str) -> bool:
    """Whether `text` starts with an SQL statement."""
    text = text.lstrip()
    if _BARE.match(text):
        return True
    if _CAPITALISED.match(text) or _SENTENCE.search(text):
        return False
    return bool(_STATEMENT.match(text))


def _text(node: ast.JoinedStr) -> str:
    """An f-string's text with each replacement field as a name (`x`)."""
    return "".join(
        str(part.value) if isinstance(part, ast.Constant) else "x" for part in node.values
    )


def sql_lines(source: str) -> list[int]:
    """The lines where strings holding SQL statements start in this module's source."""
    tree = ast.parse(source)
    inside: set[int] = set()  # the parts of f-strings: judged with their f-string
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            inside.update(id(n) for n in ast.walk(node) if n is not node)
    lines = []
    for node in ast.walk(tree):
        if id(node) in inside:
            continue
        if isinstance(node, ast.JoinedStr):
            text = _text(node)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        else:
            continue
        if is_sql(text):
            lines.append(node.lineno)
    return sorted(lines)


def found() -> dict[str, list[int]]:
    """Module (relative to astra_desktop/, with /) -> lines of SQL, outside storage/."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == STORAGE:
            continue
        lines = sql_lines(path.read_text(encoding="utf-8"))
        if lines:
            out[relative.as_posix()] = lines
    return out


@pytest.fixture(scope="module")
def sql() -> dict[str, list[int]]:
    return found()


def test_no_sql_outside_storage(sql: dict[str, list[int]]) -> None:
    stray = [
        f"astra_desktop/{module}:{line}"
        for module, lines in sql.items()
        if module not in ALLOWLIST
        for line in lines
    ]
    assert not stray, (
        "SQL outside astra_desktop/storage/: move each statement behind a function in a storage "
        "module that takes a connection and plain values and returns core types:\n"
        + "\n".join(stray)
    )


def test_the_allowlist_only_shrinks(sql: dict[str, list[int]]) -> None:
    problems = []
    for module, allowed in sorted(ALLOWLIST.items()):
        lines = sql.get(module, [])
        where = ", ".join(str(line) for line in lines)
        if not (PACKAGE / module).exists() or not lines:
            problems.append(
                f"astra_desktop/{module} holds no SQL any more: remove it from ALLOWLIST"
            )
        elif len(lines) > allowed:
            problems.append(
                f"astra_desktop/{module} holds {len(lines)} SQL statements, {allowed} allowed "
                f"(lines {where}): put the new ones in storage/"
            )
        elif len(lines) < allowed:
            warnings.warn(
                f"astra_desktop/{module} holds {len(lines)} SQL statements: lower its ALLOWLIST "
                f"count from {allowed} to {len(lines)}",
                stacklevel=1,
            )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "source",
    [
        'q = "SELECT id FROM cases WHERE id = ?"',
        'q = "select 1 from users"',
        'q = "select a.id, cases.case_code from appointments a join cases on cases.id = a.case_id"',
        'q = "SELECT CASE WHEN ? THEN 1 END"',
        'q = "SeLeCt id FROM cases"',
        'q = ("SELECT count(*) "\n     "FROM cases")',  # implicit concatenation: one string
        'q = f"SELECT {columns} FROM {table} WHERE {clause}"',
        "q = f'DELETE FROM {TABLE} WHERE id = ?'",
        'q = "INSERT OR IGNORE INTO case_assignments (case_id, user_id) VALUES (?, ?)"',
        'q = "UPDATE users SET active = 0 WHERE id = ?"',
        'q = "WITH RECURSIVE days(d) AS (SELECT ?)"',
        'q = "  with found(seq) as (select 1) select seq from found"',
        'q = "PRAGMA foreign_keys = ON"',
        'q = f"PRAGMA table_info({table})"',
        'q = "CREATE INDEX IF NOT EXISTS x ON cases (seq)"',
        'q = "BEGIN IMMEDIATE"',
        'q = "begin immediate"',
        'q = "ROLLBACK"',
        'q = "COMMIT"',
        'q = "ROLLBACK TO SAVEPOINT s"',
        'q = "SAVEPOINT s"',
        'q = "EXPLAIN QUERY PLAN SELECT 1"',
        'q = "VACUUM INTO ?"',
        'q = "PRAGMA " + name',
        'def f():\n    return conn.execute("SELECT value FROM meta WHERE key = ?", (k,))',
    ],
)
def test_the_check_sees_sql(source: str) -> None:
    assert sql_lines(source) != []


@pytest.mark.parametrize(
    "text",
    [
        "Select a word or phrase in the text first, then press Redact.",
        "Select two assessments to see what changed between them.",
        "Select &all",
        "Select one from the list.",
        "Select cases from the list",
        "Select case files",
        "Release notes",
        "Detach the panel",
        "Savepoint",
        "Explain query plan select",
        "Delete it here too",
        "Delete the user's keyslot, deactivate the account",
        "Update the record",
        "With it the vault can be opened if every passphrase is forgotten.",
        "with the client's name",
        "Create a vault and print its recovery key once",
        "create",
        "delete",
        "update",
        "insert",
        "Replace this vault",
        "Begin a new epoch of the forward-secure audit trail",
        "Drop the results of every task started so far.",
        "end",
        "begin",
        "commit",
        "Analyze",
        "cases.status IN (?, ?)",
    ],
)
def test_the_check_leaves_prose_alone(text: str) -> None:
    assert not is_sql(text)
    assert sql_lines(f"q = {text!r}") == []


def test_the_check_reads_this_checkout() -> None:
    """The scan reaches the package: storage itself is full of SQL, and it is left out."""
    storage = [
        p for p in (PACKAGE / STORAGE).rglob("*.py") if sql_lines(p.read_text(encoding="utf-8"))
    ]
    assert len(storage) > 10
    assert not any(module.startswith(f"{STORAGE}/") for module in found())
