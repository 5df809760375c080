"""Risk assessments, safety plans and reassessment dates, for the GUI, the CLI and the demo.

Each assessment stores its answers, its results and the version of the instrument it used (the
instrument itself is kept in the vault the first time it is used), so changing the instrument
never changes an old result. The case keeps its latest level and due date for the case list.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache

from astra_desktop import paths
from astra_desktop.core import risk
from astra_desktop.core.appointments import local_today
from astra_desktop.core.enums import AuditAction
from astra_desktop.core.models import RiskEvent, SafetyAction, new_id
from astra_desktop.core.risk import Answer, Instrument, Level
from astra_desktop.core.roles import Permission
from astra_desktop.errors import NotFound, ValidationError
from astra_desktop.services.access import require_case, visibility
from astra_desktop.services.session import Session
from astra_desktop.storage import audit, rows
from astra_desktop.storage import risk as risk_db

INSTRUMENT_FILE = "instruments/safety-risk-v1.json"
ACTION_STATUSES = ("open", "in-progress", "done", "dropped")
EVENT_KINDS = ("testimony", "suspect-released", "other")


@cache
def default_instrument() -> Instrument:
    return risk.load(paths.resources_dir() / INSTRUMENT_FILE)


@dataclass
class Assessment:
    case_id: str
    answers: dict[str, Answer]
    assessed_on: date
    result: risk.Result
    final_level: Level
    next_due: date
    instrument_id: str
    instrument_version: int
    comments: dict[str, str] = field(default_factory=dict)
    own_words: str = ""
    override_reason: str = ""
    assessor_id: str | None = None
    id: str = field(default_factory=new_id)
    created_at: datetime | None = None

    @property
    def level(self) -> Level | None:
        """The level to show: None ("not assessed") for an assessment saved with no answer at
        all and no level chosen by hand (possible before such saves were refused)."""
        if self.result.answered == 0 and not self.override_reason:
            return None
        return self.final_level


def instrument_of(session: Session, instrument_id: str, version: int) -> Instrument:
    """The exact instrument an assessment used, as kept in the vault."""
    body = risk_db.instrument_body(session.db, instrument_id, version)
    if body is None:
        current = default_instrument()
        if (current.id, current.version) == (instrument_id, version):
            return current
        raise NotFound(
            "Version {version} of the risk instrument is not in this vault.", version=version
        )
    return risk.parse(json.loads(body))


def upcoming_events(session: Session, case_id: str, since: date) -> list[date]:
    return [
        date.fromisoformat(d) for d in risk_db.event_days(session.db, case_id, since.isoformat())
    ]


def assess(
    session: Session,
    case_id: str,
    answers: dict[str, Answer],
    assessed_on: date,
    *,
    comments: dict[str, str] | None = None,
    own_words: str = "",
    chosen_level: Level | None = None,
    reason: str = "",
    instrument: Instrument | None = None,
) -> Assessment:
    """Score, apply the worker's choice of level (lowering needs a reason), store, set the due date."""
    require_case(session, case_id, Permission.WRITE_CASES)
    instrument = instrument or default_instrument()
    if assessed_on > local_today():
        raise ValidationError("assessed_on", "An assessment cannot be dated in the future.")
    unknown_items = set(answers) - set(instrument.items)
    if unknown_items:
        raise ValidationError(
            "answers", "Unknown items: {items}.", items=", ".join(sorted(unknown_items))
        )
    result = risk.score(instrument, answers)
    if result.answered == 0:
        raise ValidationError(
            "answers",
            "No question is answered, so there is no risk level to save. Answer what you know "
            "(the red flags first); the rest can stay “unknown”.",
        )
    final = risk.final_level(result.computed, chosen_level, reason)
    due = risk.next_due(
        instrument, final, assessed_on, upcoming_events(session, case_id, assessed_on)
    )
    item = Assessment(
        case_id, dict(answers), assessed_on, result, final, due, instrument.id, instrument.version,
        comments=dict(comments or {}), own_words=own_words,
        override_reason=reason.strip() if final != result.computed else "",
        assessor_id=session.actor.user_id, created_at=rows.now_utc(),
    )  # fmt: skip
    with session.write() as conn:
        risk_db.keep_instrument(
            conn, instrument.id, instrument.version, json.dumps(instrument.raw, ensure_ascii=False)
        )
        risk_db.add_assessment(
            conn,
            (
                item.id, case_id, instrument.id, instrument.version, assessed_on.isoformat(),
                item.assessor_id, json.dumps({k: v.value for k, v in answers.items()}),
                json.dumps(item.comments, ensure_ascii=False), own_words, result.score,
                result.band.key, json.dumps(list(result.red_flags)), result.severity,
                result.likelihood.key, result.grid_level.key, result.computed.key, final.key,
                item.override_reason, due.isoformat(), item.created_at.isoformat(),  # type: ignore[union-attr]
            ),
        )  # fmt: skip
        risk_db.refresh_case(conn, case_id)
        audit.append(
            conn, session.actor.user_id, AuditAction.CREATE.value, "risk-assessment", item.id
        )
    return item


# services/transfer.py imports it under this name (kept while that module is being changed).
_refresh_case = risk_db.refresh_case


def _from_row(r: tuple[object, ...]) -> Assessment:
    (aid, case_id, inst_id, inst_ver, assessed_on, assessor, answers, comments, own_words, score,
     band, red_flags, severity, likelihood, grid_level, computed, final, reason, due, created) = r  # fmt: skip
    answer_map = {k: Answer(v) for k, v in json.loads(str(answers)).items()}
    result = risk.Result(
        int(score), Level.from_key(str(band)), tuple(json.loads(str(red_flags))), int(severity),  # type: ignore[call-overload]
        Level.from_key(str(likelihood)), Level.from_key(str(grid_level)),
        Level.from_key(str(computed)), sum(1 for v in answer_map.values() if v is Answer.UNKNOWN), (),
        answered=sum(1 for v in answer_map.values() if v is not Answer.UNKNOWN),
    )  # fmt: skip
    return Assessment(
        str(case_id), answer_map, date.fromisoformat(str(assessed_on)), result,
        Level.from_key(str(final)), date.fromisoformat(str(due)), str(inst_id), int(inst_ver),  # type: ignore[call-overload]
        comments=json.loads(str(comments)), own_words=str(own_words), override_reason=str(reason),
        assessor_id=str(assessor) if assessor else None, id=str(aid),
        created_at=datetime.fromisoformat(str(created)),
    )  # fmt: skip


def history(session: Session, case_id: str) -> list[Assessment]:
    """Every assessment of the case, oldest first (for the chart and comparisons)."""
    require_case(session, case_id, Permission.READ_CASES)
    return [_from_row(r) for r in risk_db.assessments(session.db, case_id)]


def compare(before: Assessment, after: Assessment) -> list[tuple[str, Answer, Answer]]:
    return risk.changes(before.answers, after.answers)


# --- safety plan ---------------------------------------------------------------------------------
def plan(session: Session, case_id: str) -> list[SafetyAction]:
    require_case(session, case_id, Permission.READ_CASES)
    return risk_db.safety_plan(session.db, case_id)


def add_action(session: Session, action: SafetyAction) -> SafetyAction:
    require_case(session, action.case_id, Permission.WRITE_CASES)
    if not action.title.strip():
        raise ValidationError("title", "Say what is to be done.")
    if action.status not in ACTION_STATUSES:
        raise ValidationError("status", "Unknown status “{status}”.", status=action.status)
    action.created_at = rows.now_utc()
    with session.write() as conn:
        rows.insert(conn, "safety_actions", action)
        audit.append(
            conn, session.actor.user_id, AuditAction.CREATE.value, "safety-action", action.id
        )
    return action


def update_action(session: Session, action: SafetyAction) -> None:
    require_case(session, action.case_id, Permission.WRITE_CASES)
    if action.status not in ACTION_STATUSES:
        raise ValidationError("status", "Unknown status “{status}”.", status=action.status)
    with session.write() as conn:
        rows.update(conn, "safety_actions", action)
        audit.append(
            conn, session.actor.user_id, AuditAction.CHANGE.value, "safety-action", action.id
        )


def suggested_actions(
    instrument: Instrument,
    answers: dict[str, Answer],
    existing: list[SafetyAction],
    lang: str = "en",
) -> list[tuple[str, str]]:
    """(key, title) of actions suggested by "yes" answers that are not already in the plan."""
    taken = {a.action_key for a in existing if a.status != "dropped"}
    result = risk.score(instrument, answers)
    return [
        (key, instrument.text(instrument.actions[key], lang))
        for key in result.suggested_actions
        if key not in taken
    ]


# --- events and the overdue list ---------------------------------------------------------------------
def add_event(session: Session, event: RiskEvent) -> RiskEvent:
    """A testimony date or a suspect's release: the next reassessment moves before it."""
    require_case(session, event.case_id, Permission.WRITE_CASES)
    if event.kind not in EVENT_KINDS:
        raise ValidationError("kind", "Unknown event “{kind}”.", kind=event.kind)
    with session.write() as conn:
        rows.insert(conn, "risk_events", event)
        risk_db.refresh_case(conn, event.case_id)
        audit.append(conn, session.actor.user_id, AuditAction.CREATE.value, "risk-event", event.id)
    return event


@dataclass(frozen=True)
class DueRow:
    case_id: str
    case_code: str
    level: Level
    due: date

    def overdue(self, today: date) -> bool:
        return self.due < today


def due_for_reassessment(
    session: Session, today: date, within_days: int = 7, limit: int = 500
) -> list[DueRow]:
    """Cases whose reassessment is overdue or due soon, highest level and most overdue first.

    One query per level, each reading the first `limit` rows in date order straight from the
    index of open cases' levels and dates (schema 15), so the cost is that of the rows shown,
    not of every case with a risk level."""
    session.require(Permission.READ_CASES)
    seen_by = visibility(session)
    horizon = date.fromordinal(today.toordinal() + within_days).isoformat()
    found: list[DueRow] = []
    for level in sorted(Level, reverse=True):
        if len(found) >= limit:
            break
        found += [
            DueRow(r[0], r[1], Level.from_key(r[2]), date.fromisoformat(r[3]))
            for r in risk_db.due_at_level(
                session.db, seen_by, level.key, horizon, limit - len(found)
            )
        ]
    return found


def overdue_high(session: Session, today: date) -> int:
    return risk_db.overdue_high(session.db, visibility(session), today.isoformat())
