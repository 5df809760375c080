"""The safety risk instrument as data, and the scoring rules. Pure Python.

An instrument (a versioned JSON file under resources/instruments/) holds sections of yes / no /
unknown items — each with a weight, and flagged as a red flag or a protective factor — the score
bands, the severity × likelihood grid, suggested safety-plan actions per item, and reassessment
intervals per level. Scoring is deterministic and monotone: a risk item turned from "no" to "yes"
never lowers the level; a protective item turned to "yes" never raises it.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import Any

from astra_desktop.core import labels
from astra_desktop.errors import AstraError

LANGS = ("en", "sr-Latn", "sr-Cyrl")


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class Level(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

    @property
    def key(self) -> str:
        return self.name.lower()

    @classmethod
    def from_key(cls, key: str) -> Level:
        return cls[key.upper()]


class ActionStatus(StrEnum):
    """Where a safety-plan step stands."""

    OPEN = "open"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    DROPPED = "dropped"


class RiskEventKind(StrEnum):
    """What happened that calls for a new assessment before the interval is up."""

    TESTIMONY = "testimony"
    SUSPECT_RELEASED = "suspect-released"
    OTHER = "other"


class InstrumentError(AstraError):
    """The instrument file is malformed; the message names the item and the problem."""


@dataclass(frozen=True)
class Item:
    id: str
    text: dict[str, str]
    weight: int
    kind: str  # "risk" | "protective"
    red_flag: bool
    severity: int  # 1..3: the harm the item points to (3 = serious harm or death)
    actions: tuple[str, ...]
    likelihood: bool  # counts towards the likelihood axis of the grid


@dataclass(frozen=True)
class Section:
    id: str
    title: dict[str, str]
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Instrument:
    id: str
    version: int
    title: dict[str, str]
    disclaimer: dict[str, str]
    sections: tuple[Section, ...]
    bands: tuple[tuple[Level, int], ...]  # (level, minimum score), ascending
    likelihood_bands: tuple[tuple[Level, int], ...]  # (level, minimum "yes" count), ascending
    grid: dict[tuple[int, int], Level]  # (severity, likelihood) -> level
    actions: dict[str, dict[str, str]]
    reassess_days: dict[Level, int]
    raw: dict[str, Any] = field(repr=False, compare=False, default_factory=dict)

    @property
    def items(self) -> dict[str, Item]:
        return {item.id: item for section in self.sections for item in section.items}

    def text(self, mapping: dict[str, str], lang: str) -> str:
        return mapping.get(lang) or mapping.get("en") or next(iter(mapping.values()), "")


# --- loading and validating -----------------------------------------------------------------------
def _need(cond: bool, where: str, problem: str) -> None:
    """A check of the instrument file (its details stay in English: they are for whoever
    edits the file, and name its keys)."""
    if not cond:
        raise InstrumentError(
            "The risk instrument is not valid: {where}: {problem}.", where=where, problem=problem
        )


def _texts(value: Any, where: str) -> dict[str, str]:
    _need(isinstance(value, dict), where, "expected texts per language (en, sr-Latn, sr-Cyrl)")
    for lang in LANGS:
        _need(
            isinstance(value.get(lang), str) and bool(value[lang].strip()),
            where,
            f"the {lang} text is missing",
        )
    return {k: str(v) for k, v in value.items()}


def parse(raw: dict[str, Any]) -> Instrument:
    _need(isinstance(raw, dict), "file", "expected a JSON object")
    _need(isinstance(raw.get("id"), str), "id", "missing")
    _need(
        isinstance(raw.get("version"), int) and raw["version"] >= 1,
        "version",
        "expected a whole number ≥ 1",
    )
    actions = {}
    for key, texts in (raw.get("actions") or {}).items():
        actions[str(key)] = _texts(texts, f"action “{key}”")
    sections, seen = [], set()
    _need(isinstance(raw.get("sections"), list) and raw["sections"], "sections", "none defined")
    for s in raw["sections"]:
        sid = str(s.get("id", "?"))
        items = []
        section = f"section {sid}"
        _need(isinstance(s.get("items"), list) and s["items"], section, "it has no items")
        for it in s["items"]:
            iid = str(it.get("id", "?"))
            where = f"item {iid}"
            _need(iid not in seen, where, "the id is used twice")
            seen.add(iid)
            kind = it.get("kind", "risk")
            _need(
                kind in ("risk", "protective"),
                where,
                f"kind must be risk or protective, not “{kind}”",
            )
            weight = it.get("weight")
            _need(
                isinstance(weight, int) and 0 <= weight <= 10,
                where,
                "weight must be a whole number 0–10",
            )
            severity = it.get("severity", 1)
            _need(
                isinstance(severity, int) and 1 <= severity <= 3,
                where,
                "severity must be 1, 2 or 3",
            )
            red_flag = bool(it.get("red_flag", False))
            _need(
                not (red_flag and kind == "protective"),
                where,
                "a protective factor cannot be a red flag",
            )
            item_actions = tuple(str(a) for a in it.get("actions", []))
            for action in item_actions:
                unknown = f"suggests the unknown action “{action}”"
                _need(action in actions, where, unknown)
            items.append(
                Item(iid, _texts(it.get("text"), where), weight, kind, red_flag, severity,
                     item_actions, bool(it.get("likelihood", kind == "risk" and not red_flag)))
            )  # fmt: skip
        sections.append(Section(sid, _texts(s.get("title"), section), tuple(items)))

    def levels(key: str) -> tuple[tuple[Level, int], ...]:
        value: Any = raw.get(key)
        _need(isinstance(value, dict), key, "expected minimum values for low, medium and high")
        try:
            pairs = sorted(
                ((Level.from_key(k), int(v)) for k, v in value.items()), key=lambda p: p[0]
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise InstrumentError(
                "The risk instrument is not valid: {key}: {exc}.", key=key, exc=exc
            ) from exc
        _need([p[0] for p in pairs] == list(Level), key, "needs low, medium and high")
        _need(
            all(a[1] < b[1] for a, b in itertools.pairwise(pairs)),
            key,
            "minimums must rise",
        )
        return tuple(pairs)

    grid_raw: Any = raw.get("grid")
    _need(
        isinstance(grid_raw, list) and len(grid_raw) == 3, "grid", "expected 3 rows (severity 1–3)"
    )
    grid: dict[tuple[int, int], Level] = {}
    for sev, row in enumerate(grid_raw, start=1):
        row_name = f"grid row {sev}"
        _need(isinstance(row, list) and len(row) == 3, row_name, "expected 3 levels")
        for lik, key in enumerate(row, start=1):
            try:
                grid[(sev, lik)] = Level.from_key(str(key))
            except KeyError as exc:
                raise InstrumentError(
                    "The risk instrument is not valid: grid row {sev}: unknown level “{key}”.",
                    sev=sev,
                    key=key,
                ) from exc
    for sev in (1, 2, 3):  # monotone grid: more severe or more likely is never a lower level
        for lik in (1, 2, 3):
            if sev > 1:
                _need(
                    grid[(sev, lik)] >= grid[(sev - 1, lik)],
                    "grid",
                    "levels must not fall as severity rises",
                )
            if lik > 1:
                _need(
                    grid[(sev, lik)] >= grid[(sev, lik - 1)],
                    "grid",
                    "levels must not fall as likelihood rises",
                )
    days: Any = raw.get("reassess_days")
    _need(isinstance(days, dict), "reassess_days", "expected days for low, medium and high")
    try:
        reassess = {Level.from_key(k): int(v) for k, v in days.items()}
    except (KeyError, ValueError) as exc:
        raise InstrumentError(
            "The risk instrument is not valid: reassess_days: {exc}.", exc=exc
        ) from exc
    _need(set(reassess) == set(Level), "reassess_days", "needs low, medium and high")
    return Instrument(
        id=raw["id"], version=raw["version"], title=_texts(raw.get("title"), "title"),
        disclaimer=_texts(raw.get("disclaimer"), "disclaimer"), sections=tuple(sections),
        bands=levels("bands"), likelihood_bands=levels("likelihood_bands"), grid=grid,
        actions=actions, reassess_days=reassess, raw=raw,
    )  # fmt: skip


def load(path: Path) -> Instrument:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InstrumentError(
            "The risk instrument {name} could not be read: {exc}.", name=path.name, exc=exc
        ) from exc
    return parse(raw)


# --- scoring ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Result:
    score: int
    band: Level
    red_flags: tuple[str, ...]
    severity: int
    likelihood: Level
    grid_level: Level
    computed: Level
    unknown: int
    suggested_actions: tuple[str, ...]
    answered: int = 0  # items answered yes or no
    open_red_flags: tuple[str, ...] = ()  # red-flag items left unanswered ("unknown")

    @property
    def level(self) -> Level | None:
        """The level of the answers given, or None — "not assessed" — when nothing is answered.

        Nothing answered is no assessment, never Low. With some answers the level is that of the
        answers given (the instrument sets no minimum number of answers): a "yes" to a red flag is
        High whatever else is blank, and since scoring is monotone, answering more risk items can
        only raise it. A Low that rests on unanswered red flags (`open_red_flags`) is shown with
        them, so nobody reads it as "checked and safe".
        """
        return None if self.answered == 0 else self.computed


def _level_for(value: int, bands: tuple[tuple[Level, int], ...]) -> Level:
    level = Level.LOW
    for candidate, minimum in bands:
        if value >= minimum:
            level = candidate
    return level


def score(instrument: Instrument, answers: dict[str, Answer]) -> Result:
    """Score = risk weights answered yes − protective weights answered yes (not below 0).

    Final level = the highest of the score band, the red-flag override (any red flag → high) and
    the severity × likelihood grid. "Unknown" counts as "no" here and is reported separately;
    `Result.level` says whether the answers given support a level at all.
    """
    total, red, severity, likely, unknown, actions = 0, [], 0, 0, 0, []
    open_red: list[str] = []
    for item in instrument.items.values():
        answer = answers.get(item.id, Answer.UNKNOWN)
        if answer is Answer.UNKNOWN:
            unknown += 1
            if item.red_flag:
                open_red.append(item.id)
            continue
        if answer is not Answer.YES:
            continue
        if item.kind == "protective":
            total -= item.weight
            continue
        total += item.weight
        severity = max(severity, item.severity)
        likely += int(item.likelihood)
        if item.red_flag:
            red.append(item.id)
        actions += [a for a in item.actions if a not in actions]
    total = max(total, 0)
    band = _level_for(total, instrument.bands)
    likelihood = _level_for(likely, instrument.likelihood_bands)
    grid_level = instrument.grid[(max(severity, 1), int(likelihood))] if severity else Level.LOW
    computed = max(band, grid_level, Level.HIGH if red else Level.LOW)
    return Result(
        total, band, tuple(red), severity, likelihood, grid_level, computed, unknown, tuple(actions),
        answered=len(instrument.items) - unknown, open_red_flags=tuple(open_red),
    )  # fmt: skip


def final_level(computed: Level, chosen: Level | None, reason: str) -> Level:
    """A worker may raise the level freely; lowering it needs a written reason."""
    if chosen is None or chosen == computed:
        return computed
    if chosen < computed and not reason.strip():
        raise AstraError(
            "Lowering the risk level below the calculated one needs a written reason. "
            "Say why the risk is lower than the answers suggest."
        )
    return chosen


def next_due(
    instrument: Instrument, level: Level, assessed_on: date, events: Sequence[date] = ()
) -> date:
    """Reassess after the interval for the level, or before the next event (testimony, a suspect's
    release) if that comes sooner — and at the latest the day of the event."""
    due = assessed_on + timedelta(days=instrument.reassess_days[level])
    for event in events:
        if assessed_on <= event < due:
            due = max(assessed_on, event - timedelta(days=1))
    return due


def changes(
    before: dict[str, Answer], after: dict[str, Answer]
) -> list[tuple[str, Answer, Answer]]:
    """Items whose answer differs between two assessments, in item order of `after`."""
    keys = list(dict.fromkeys([*after, *before]))
    return [
        (k, before.get(k, Answer.UNKNOWN), after.get(k, Answer.UNKNOWN))
        for k in keys
        if before.get(k, Answer.UNKNOWN) != after.get(k, Answer.UNKNOWN)
    ]


# What each value is called, in English (core/labels.py: the GUI translates these, the CLI
# prints them, reports look them up in their own language tables).
labels.define(Level, {Level.LOW: "Low", Level.MEDIUM: "Medium", Level.HIGH: "High"})
labels.define(
    ActionStatus,
    {
        ActionStatus.OPEN: "To do",
        ActionStatus.IN_PROGRESS: "Under way",
        ActionStatus.DONE: "Done",
        ActionStatus.DROPPED: "Dropped",
    },
)
labels.define(
    RiskEventKind,
    {
        RiskEventKind.TESTIMONY: "Testimony",
        RiskEventKind.SUSPECT_RELEASED: "Suspect released",
        RiskEventKind.OTHER: "Other",
    },
)
