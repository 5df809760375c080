"""Rule-based deadlines and warnings for a proceeding, with the rules kept as data (TOML).

The code knows a fixed vocabulary of facts about a proceeding (`FLAGS`, `DATES`); a rule says
which facts must hold (`when`), which facts silence it (`unless`), which date it is due by
(`due`, optionally `days` after it) and what to tell the person, in English and Serbian. A lawyer
can add a rule to resources/deadlines/*.toml without touching the code; an unknown fact name is
refused when the rules are loaded, not silently ignored.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from astra_desktop.core.appointments import AppointmentStatus
from astra_desktop.core.court import HearingKind, Proceeding, Verdict, WitnessStatus
from astra_desktop.core.translit import to_cyrillic
from astra_desktop.errors import AstraError

FLAGS = (
    "hearing_scheduled",
    "main_hearing_scheduled",
    "property_claim_filed",
    "first_instance_ended",
    "verdict_given",
    "vulnerable_witness_requested",
    "vulnerable_witness_granted",
    "plea_agreement",
    "victim_informed_of_plea",
    "compensation_awarded",
    "compensation_paid_in_full",
    "judgment_served",
    "appeal_recorded",
)
DATES = (
    "next_hearing", "next_main_hearing", "verdict_on", "property_claim_filed_on",
    "judgment_served_on",
)  # fmt: skip
SEVERITIES = ("warning", "info")


class RulesInvalid(AstraError):
    pass


@dataclass(frozen=True)
class Rule:
    id: str
    when: tuple[str, ...]
    unless: tuple[str, ...]
    message: Mapping[str, str]  # language -> text; {due} is replaced by the due date
    severity: str = "warning"
    due: str = ""
    days: int = 0
    hide_after_due: bool = False


@dataclass(frozen=True)
class DeadlineWarning:
    rule_id: str
    severity: str
    due_on: date | None
    messages: Mapping[str, str]

    def text(self, language: str = "en") -> str:
        if language == "sr-Cyrl":
            return to_cyrillic(self._raw("sr-Latn"))
        return self._raw(language)

    def _raw(self, language: str) -> str:
        template = self.messages.get(language) or self.messages["en"]
        return template.replace("{due}", f"{self.due_on:%d.%m.%Y}" if self.due_on else "—")


@dataclass(frozen=True)
class ScheduledHearing:
    kind: HearingKind
    starts_at: datetime
    status: AppointmentStatus


def load_rules(text: str, source: str = "rules") -> list[Rule]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulesInvalid(
            "The deadline rules in {source} cannot be read: {exc}.", source=source, exc=exc
        ) from exc
    rules = []
    for raw in data.get("rule", []):
        rule_id = str(raw.get("id", "?"))
        names = [*raw.get("when", []), *raw.get("unless", [])]
        unknown = [n for n in names if n not in FLAGS]
        due = str(raw.get("due", ""))
        if due and due not in DATES:
            unknown.append(due)
        if unknown or not raw.get("when") or "en" not in raw.get("message", {}):
            known = ", ".join(FLAGS + DATES)
            if unknown:
                raise RulesInvalid(
                    "Deadline rule “{rule_id}” in {source} is not valid: unknown fact(s) "
                    "{unknown}. Known facts: {known}.",
                    rule_id=rule_id, source=source, unknown=", ".join(unknown), known=known,
                )  # fmt: skip
            raise RulesInvalid(
                "Deadline rule “{rule_id}” in {source} is not valid. Known facts: {known}.",
                rule_id=rule_id, source=source, known=known,
            )  # fmt: skip
        severity = str(raw.get("severity", "warning"))
        if severity not in SEVERITIES:
            raise RulesInvalid(
                "Deadline rule “{rule_id}”: severity must be warning or info.", rule_id=rule_id
            )
        rules.append(
            Rule(
                id=rule_id,
                when=tuple(raw["when"]),
                unless=tuple(raw.get("unless", [])),
                message=dict(raw["message"]),
                severity=severity,
                due=due,
                days=int(raw.get("days", 0)),
                hide_after_due=bool(raw.get("hide_after_due", False)),
            )
        )
    return rules


def facts(
    proceeding: Proceeding, hearings: Iterable[ScheduledHearing]
) -> dict[str, bool | date | None]:
    """The known facts about one proceeding (planned hearings are the ones still to come)."""
    planned = sorted(
        (h for h in hearings if h.status is AppointmentStatus.PLANNED),
        key=lambda h: h.starts_at,
    )
    main = [h for h in planned if h.kind is HearingKind.MAIN_HEARING]
    p = proceeding
    ended = p.first_instance_ended_on is not None or p.verdict is not Verdict.PENDING
    awarded = p.compensation_awarded or 0
    return {
        "hearing_scheduled": bool(planned),
        "main_hearing_scheduled": bool(main),
        "property_claim_filed": p.property_claim_filed_on is not None,
        "first_instance_ended": ended,
        "verdict_given": p.verdict is not Verdict.PENDING,
        "vulnerable_witness_requested": p.vulnerable_witness is WitnessStatus.REQUESTED,
        "vulnerable_witness_granted": p.vulnerable_witness is WitnessStatus.GRANTED,
        "plea_agreement": p.plea_agreement,
        "victim_informed_of_plea": p.victim_informed_of_plea is True,
        "compensation_awarded": awarded > 0,
        "compensation_paid_in_full": awarded > 0 and (p.compensation_paid or 0) >= awarded,
        # The appeal period runs from service of the written judgment; an appeal lodged (or "no
        # appeal" recorded) ends the reminder.
        "judgment_served": p.judgment_served_on is not None,
        "appeal_recorded": bool(p.appealed_by),
        "next_hearing": planned[0].starts_at.date() if planned else None,
        "next_main_hearing": main[0].starts_at.date() if main else None,
        "verdict_on": p.verdict_on,
        "property_claim_filed_on": p.property_claim_filed_on,
        "judgment_served_on": p.judgment_served_on,
    }


def evaluate(
    rules: Iterable[Rule], known: Mapping[str, bool | date | None], today: date
) -> list[DeadlineWarning]:
    found = []
    for rule in rules:
        if not all(known.get(name) for name in rule.when):
            continue
        if any(known.get(name) for name in rule.unless):
            continue
        due_on = None
        if rule.due:
            base = known.get(rule.due)
            if isinstance(base, date):
                due_on = base + timedelta(days=rule.days)
        if rule.hide_after_due and due_on is not None and due_on < today:
            continue
        found.append(DeadlineWarning(rule.id, rule.severity, due_on, rule.message))
    return sorted(found, key=lambda w: (w.severity != "warning", w.due_on or date.max))
