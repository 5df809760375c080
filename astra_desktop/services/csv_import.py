"""Importing clients and their first case from a CSV file (a spreadsheet or another system's export).

All or nothing: every row is checked before anything is written, and the rows are then written in
one transaction, so a file with one bad row leaves the vault exactly as it was and the person gets
the list of lines to fix. The format is a contract (README, "Demo data and CSV import"):
- UTF-8, with or without a BOM; the delimiter is `,` or `;` (whichever the header row uses more);
- a header row naming the columns after the record's fields (`given_name`, `family_name`, `aliases`,
  `date_of_birth`, `gender`, `citizenship`, `case_code`, `status`, …) plus `notes`, which becomes
  the case's first contact note; `given_name` and `family_name` must be there;
- `related_persons` lists the client's related persons as `Name (relation)`, separated by `|`:
  `Milica Petrović (mother)|Marko (partner, risk)`; the relation is one of core/enums.Relation's
  values or its everyday Serbian word (majka, otac, sestra, staratelj …), "risk" (or "rizik")
  marks a person who is a danger to the client, and a name without a relation is "other";
- list cells (aliases, citizenships, languages, exploitation types, means of control) separate
  their items with `|`, which never clashes with either delimiter;
- dates are `dd.MM.yyyy` or ISO `yyyy-MM-dd`; an empty case code gets the next free one.
Unknown columns are reported as warnings, never silently dropped.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import types
import typing
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import Enum
from pathlib import Path
from typing import Any

from astra_desktop.core import casecode
from astra_desktop.core.appointments import local_now
from astra_desktop.core.enums import AuditAction, Gender, NoteKind, Relation
from astra_desktop.core.messages import Message
from astra_desktop.core.models import Case, Client, ContactNote, RelatedPerson
from astra_desktop.core.roles import Permission
from astra_desktop.core.validation import parse_date, validate_case, validate_client
from astra_desktop.errors import AstraError, ImportRejected, ValidationError
from astra_desktop.services import case_records, clients, related_persons
from astra_desktop.services.session import Session
from astra_desktop.storage import case_codes


def _unwrap_optional(hint: Any) -> Any:
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return next(a for a in typing.get_args(hint) if a is not type(None))
    return hint


MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
LIST_SEPARATOR = "|"
REQUIRED = ("given_name", "family_name")
NOTES = "notes"
RELATED = "related_persons"

_INTERNAL = {"id", "client_id", "created_at", "updated_at", "version"}
CLIENT_FIELDS = tuple(f.name for f in dataclasses.fields(Client) if f.name not in _INTERNAL)
CASE_FIELDS = tuple(f.name for f in dataclasses.fields(Case) if f.name not in _INTERNAL)
FIELD_TYPES: dict[str, Any] = {
    name: _unwrap_optional(hint)
    for cls in (Case, Client)
    for name, hint in typing.get_type_hints(cls).items()
}
# Singular or everyday spellings people put in a header, mapped to the field they mean.
SYNONYMS = {
    "citizenship": "citizenships",
    "language": "languages",
    "alias": "aliases",
    "note": NOTES,
    "exploitation_type": "exploitation_types",
    "exploitation": "exploitation_types",
    "means": "means_of_control",
    "dob": "date_of_birth",
    "related_person": RELATED,
    "related": RELATED,
    "jmbg": "personal_number",
    "id_number": "id_document_number",
    "passport_number": "id_document_number",
    "residence": "place_of_residence",
    "birthplace": "place_of_birth",
}
# Short forms of gender that spreadsheets commonly carry (Serbian ž = ženski).
_GENDER_SHORT = {"f": Gender.FEMALE, "ž": Gender.FEMALE, "z": Gender.FEMALE, "m": Gender.MALE}
# The everyday Serbian words for a relation (Latin, with or without diacritics).
_RELATION_WORDS = {
    "majka": Relation.MOTHER, "mama": Relation.MOTHER, "otac": Relation.FATHER,
    "tata": Relation.FATHER, "brat": Relation.SIBLING, "sestra": Relation.SIBLING,
    "dete": Relation.CHILD, "sin": Relation.CHILD, "ćerka": Relation.CHILD,
    "cerka": Relation.CHILD, "kći": Relation.CHILD, "partner": Relation.PARTNER,
    "partnerka": Relation.PARTNER, "suprug": Relation.PARTNER, "supruga": Relation.PARTNER,
    "muž": Relation.PARTNER, "muz": Relation.PARTNER, "spouse": Relation.PARTNER,
    "bivši-partner": Relation.FORMER_PARTNER, "bivsi-partner": Relation.FORMER_PARTNER,
    "staratelj": Relation.GUARDIAN, "hranitelj": Relation.FOSTER_PARENT,
    "hraniteljka": Relation.FOSTER_PARENT, "srodnik": Relation.OTHER_RELATIVE,
    "rođak": Relation.OTHER_RELATIVE, "rodjak": Relation.OTHER_RELATIVE,
    "relative": Relation.OTHER_RELATIVE, "prijatelj": Relation.FRIEND,
    "prijateljica": Relation.FRIEND, "poslodavac": Relation.EMPLOYER, "drugo": Relation.OTHER,
}  # fmt: skip
_RISK_WORDS = frozenset({"risk", "rizik", "danger", "opasnost"})


@dataclass
class ImportResult:
    clients: int
    cases: int
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Row:
    """One checked line of the file, ready to be written."""

    line: int
    client: Client
    case: Case
    note: str
    related: list[RelatedPerson] = field(default_factory=list)


def import_csv(session: Session, path: Path) -> ImportResult:
    """Check every row, then import them all in one transaction; raise ImportRejected otherwise."""
    session.require(Permission.CREATE_CASES)
    text = _read_text(path)
    header, records = _parse(text, path.name)
    columns, warnings = _columns(header)
    rows, problems = _check_rows(session, columns, records)
    if problems:
        raise ImportRejected(problems)
    _write(session, rows)
    return ImportResult(clients=len(rows), cases=len(rows), warnings=warnings)


# --- reading the file -----------------------------------------------------------------------------
def _read_text(path: Path) -> str:
    """The file's text, NFC-normalised (names typed on a Mac arrive decomposed)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise AstraError(
                "{name} is {mb:.0f} MB; a CSV import takes at most "
                "{most} MB. Split the file and import the parts one by one.",
                name=path.name,
                mb=size / 1024**2,
                most=MAX_BYTES // 1024**2,
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise AstraError(
            "There is no file {path}. Check the name and the folder.", path=path
        ) from exc
    except IsADirectoryError as exc:
        raise AstraError("{path} is a folder, not a CSV file.", path=path) from exc
    except OSError as exc:
        raise AstraError(
            "{name} could not be read: {error}.", name=path.name, error=exc.strerror or exc
        ) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise AstraError(
            "{name} is not UTF-8 text (line {line}). Save it again as “CSV UTF-8” "
            "(in LibreOffice: character set Unicode (UTF-8)) and import it again.",
            name=path.name,
            line=line,
        ) from exc
    if not text.strip():
        raise AstraError("{name} is empty: there is nothing to import.", name=path.name)
    return unicodedata.normalize("NFC", text)


def _delimiter(text: str) -> str:
    """`;` or `,`: whichever the header row uses more (Serbian Excel writes `;`)."""
    first = text.split("\n", 1)[0]
    return ";" if first.count(";") > first.count(",") else ","


def _parse(text: str, name: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and the non-blank records, each with the line it starts on."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    records: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                records.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ImportRejected(
            [Message("line {line}: the line cannot be read as CSV ({exc})", line=start, exc=exc)]
        ) from exc
    if len(records) < 2:
        raise AstraError("{name} has a header row but no rows to import.", name=name)
    if len(records) - 1 > MAX_ROWS:
        raise AstraError(
            "{name} has {rows} rows; one import takes at most {most}. "
            "Split the file and import the parts one by one.",
            name=name,
            rows=len(records) - 1,
            most=MAX_ROWS,
        )
    return records[0][1], records[1:]


def _columns(header: list[str]) -> tuple[list[str | None], list[str]]:
    """The field each column feeds (None: ignored), and warnings about the ignored ones."""
    known = {*CLIENT_FIELDS, *CASE_FIELDS, NOTES, RELATED}
    columns: list[str | None] = []
    warnings: list[str] = []
    for position, raw in enumerate(header, start=1):
        name = raw.strip().lower().replace(" ", "_").replace("-", "_")
        name = SYNONYMS.get(name, name)
        if name in known and name in columns:
            raise AstraError(
                "The column “{column}” appears twice in the header row.", column=raw.strip()
            )
        if name in known:
            columns.append(name)
            continue
        columns.append(None)
        label = f"“{raw.strip()}”" if raw.strip() else f"number {position} (it has no name)"
        warnings.append(f"column {label} is not a field ASTRA knows; its values were not imported")
    missing = [r for r in REQUIRED if r not in columns]
    if missing:
        raise AstraError(
            "The header row (line 1) must name the columns; missing: {missing}. "
            "See “Demo data and CSV import” in the README for the column names.",
            missing=", ".join(missing),
        )
    return columns, warnings


# --- checking the rows ----------------------------------------------------------------------------
def _check_rows(
    session: Session, columns: list[str | None], records: list[tuple[int, list[str]]]
) -> tuple[list[_Row], list[Message]]:
    rows: list[_Row] = []
    problems: list[Message] = []
    seen_codes: dict[str, int] = {}
    for line, cells in records:
        if len(cells) != len(columns):
            problems.append(
                Message(
                    "line {line}: has {values} values but the header names {columns} "
                    "columns (a missing or extra delimiter?)",
                    line=line,
                    values=len(cells),
                    columns=len(columns),
                )
            )
            continue
        row, row_problems = _check_row(line, columns, cells)
        if row is not None:
            row_problems += _code_problems(session, row, seen_codes)
        problems += row_problems
        if row is not None and not row_problems:
            rows.append(row)
    return rows, problems


def _check_row(
    line: int, columns: list[str | None], cells: list[str]
) -> tuple[_Row | None, list[Message]]:
    """Build the client and case of one line; every bad cell is reported, not just the first."""
    client, case = Client(given_name="", family_name=""), Case(client_id="")
    note, problems = "", []
    related: list[RelatedPerson] = []
    for name, cell in zip(columns, cells, strict=True):
        if name is None or not cell.strip():
            continue
        if name == NOTES:
            note = cell.strip()
            continue
        if name == RELATED:
            try:
                related = _related(cell, client.id)
            except ValidationError as exc:
                problems.append(_in_column(line, exc, name))
            continue
        target: Client | Case = client if name in CLIENT_FIELDS else case
        try:
            setattr(target, name, _convert(FIELD_TYPES[name], cell, name))
        except ValidationError as exc:
            problems.append(_in_column(line, exc, name))
    if problems:
        return None, problems
    try:
        validate_client(client)
        validate_case(case)
    except ValidationError as exc:
        return None, [Message("line {line}: {problem}", line=line, problem=exc.message)]
    return _Row(line, client, case, note, related), []


def _in_column(line: int, exc: ValidationError, column: str) -> Message:
    return Message(
        "line {line}: {problem} (column {column})", line=line, problem=exc.message, column=column
    )


def _code_problems(session: Session, row: _Row, seen: dict[str, int]) -> list[Message]:
    """A given case code must be well formed and new: in the file and in the vault."""
    if not row.case.case_code.strip():
        return []
    code = row.case.case_code = casecode.normalise(row.case.case_code)
    if not casecode.is_valid(code):
        return [
            Message(
                "line {line}: “{code}” is not a case code; they look like AST-2026-0042 "
                "(leave the cell empty to get the next free one)",
                line=row.line,
                code=code,
            )
        ]
    if code in seen:
        return [
            Message(
                "line {line}: case code {code} is also on line {other}",
                line=row.line,
                code=code,
                other=seen[code],
            )
        ]
    seen[code] = row.line
    if case_codes.is_taken(session.db, code):
        return [
            Message(
                "line {line}: case code {code} is already in use in the vault",
                line=row.line,
                code=code,
            )
        ]
    return []


def _convert(tp: Any, cell: str, name: str) -> object:
    """One cell as the field's type: text, whole number, date, a vocabulary value, or a list."""
    text = cell.strip()
    if typing.get_origin(tp) is list:
        (item,) = typing.get_args(tp)
        parts = [p.strip() for p in text.split(LIST_SEPARATOR) if p.strip()]
        return [_convert(item, p, name) for p in parts]
    if tp is date:
        return parse_date(text, name)
    if tp is int:
        try:
            return int(text)
        except ValueError:
            raise ValidationError(name, "“{text}” is not a whole number.", text=text) from None
    if isinstance(tp, type) and issubclass(tp, Enum):
        return _enum(tp, text, name)
    return text


def _related(cell: str, client_id: str) -> list[RelatedPerson]:
    """`Name (relation)|Name (relation, risk)|Name` as the client's related persons."""
    found = []
    for part in (p.strip() for p in cell.split(LIST_SEPARATOR)):
        if not part:
            continue
        name, _, rest = part.partition("(")
        words = [w.strip().lower() for w in rest.rstrip().rstrip(")").split(",") if w.strip()]
        if not name.strip() or ")" in name or (rest and not rest.rstrip().endswith(")")):
            raise ValidationError(
                RELATED, "“{part}” is not a related person; write Name (relation), "
                "for example Milica Petrović (mother).", part=part,
            )  # fmt: skip
        risk = any(w in _RISK_WORDS for w in words)
        kinds = [w for w in words if w not in _RISK_WORDS]
        if len(kinds) > 1:
            raise ValidationError(RELATED, "“{part}” names more than one relation.", part=part)
        relation = Relation.OTHER
        if kinds:
            key = kinds[0].replace("_", "-").replace(" ", "-")
            relation = _RELATION_WORDS.get(key) or _enum(Relation, key, "relation")  # type: ignore[assignment]
        found.append(RelatedPerson(client_id, name.strip(), relation, is_risk=risk))
    return found


def _enum(tp: type[Enum], text: str, name: str) -> Enum:
    key = text.lower().replace("_", "-").replace(" ", "-")
    if tp is Gender and key in _GENDER_SHORT:
        return _GENDER_SHORT[key]
    for member in tp:
        if member.value == key:
            return member
    allowed = ", ".join(str(m.value) for m in tp)
    raise ValidationError(
        name,
        "“{text}” is not a known {field}: use {allowed}.",
        text=text,
        field=name.replace("_", " "),
        allowed=allowed,
    )


# --- writing --------------------------------------------------------------------------------------
def _write(session: Session, rows: list[_Row]) -> None:
    """All rows in one transaction; given case codes first, so a generated one never takes them."""
    ordered = sorted(rows, key=lambda r: not r.case.case_code)
    with session.write():
        for row in ordered:
            opened = row.case.opened_on
            try:
                case = clients.register(session, row.client, row.case)
                for person in row.related:
                    person.client_id = case.client_id
                    related_persons.add(session, person)
                if row.note:
                    note = ContactNote(case.id, _note_time(opened), row.note, NoteKind.OTHER)
                    case_records.add_note(session, note)
            except ValidationError as exc:
                raise ImportRejected(
                    [Message("line {line}: {problem}", line=row.line, problem=exc.message)]
                ) from exc
        session.audit(AuditAction.IMPORT, "csv", detail=f"{len(rows)} clients")


def _note_time(opened: date | None) -> datetime:
    """The first note belongs to the day the case was opened; without that date, to the import."""
    if opened is not None:
        return datetime.combine(opened, time(0, 0))
    return local_now()
