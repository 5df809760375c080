"""Demo risk assessments and safety plans: some cases high risk and overdue, as in real caseloads."""

from __future__ import annotations

import random
from datetime import timedelta

from astra_desktop.core.appointments import local_today
from astra_desktop.core.models import SafetyAction
from astra_desktop.core.risk import Answer
from astra_desktop.services import risk as risk_service
from astra_desktop.services.session import Session


def fill_risk(session: Session, rng: random.Random, case_ids: list[str], share: float = 0.6) -> int:
    """Assess about `share` of the cases, once or twice; return the number of assessments made."""
    instrument = risk_service.default_instrument()
    items = list(instrument.items.values())
    made = 0
    today = local_today()
    with session.write():
        for case_id in case_ids:
            if rng.random() > share:
                continue
            first_day = today - timedelta(days=rng.randint(20, 200))
            for day in sorted({first_day, first_day + timedelta(days=rng.randint(5, 19))}):
                answers = {}
                for item in items:
                    odds = 0.08 if item.red_flag else (0.35 if item.kind == "protective" else 0.25)
                    roll = rng.random()
                    answers[item.id] = (
                        Answer.YES if roll < odds else Answer.UNKNOWN if roll > 0.93 else Answer.NO
                    )
                assessment = risk_service.assess(session, case_id, answers, day)
                made += 1
            keys = risk_service.suggested_actions(instrument, assessment.answers, [])
            for key, title in keys[:3]:
                status = rng.choice(["open", "open", "in-progress", "done"])
                risk_service.add_action(
                    session,
                    SafetyAction(case_id, title, action_key=key, assessment_id=assessment.id,
                                 due_on=assessment.next_due, status=status, owner="[DEMO]"),
                )  # fmt: skip
    return made
