"""What hotline and missing-person values are called on screen (through Qt's translations).

The enums' words (age bands and callers' languages too) are written once next to them
(core/hotline.py, core/missing.py) and translated in the "Labels" context (gui/labels.py); what
is no enum (an age not known, the statistics' row headings) is translated here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from astra_desktop.core.hotline import (
    AgeBand,
    CallerType,
    CallLanguage,
    CallTopic,
    CaseLink,
    Channel,
)
from astra_desktop.core.missing import ActionKind, InquiryAnswer, SearchOutcome, SearchStatus
from astra_desktop.gui.labels import named


def _t(text: str) -> str:
    return QCoreApplication.translate("hotline", text)


def topics() -> dict[str, str]:
    return named(CallTopic)


def caller_types() -> dict[str, str]:
    """Who the caller is; whether they gave a name is the separate "anonymous" flag ("not said"
    first, as the lists have always shown it)."""
    names = named(CallerType)
    return {CallerType.UNKNOWN.value: names.pop(CallerType.UNKNOWN.value), **names}


def channels() -> dict[str, str]:
    return named(Channel)


def age_bands() -> dict[str, str]:
    """ "" is an age not known (no band)."""
    return {"": _t("Age not known"), **named(AgeBand)}


def search_outcomes() -> dict[str, str]:
    return named(SearchOutcome)


def inquiry_answers() -> dict[str, str]:
    return named(InquiryAnswer)


def languages() -> dict[str, str]:
    return named(CallLanguage)


def case_links() -> dict[str, str]:
    return {**named(CaseLink), CaseLink.NONE.value: ""}  # no link: the column stays empty


def search_statuses() -> dict[str, str]:
    return named(SearchStatus)


def action_kinds() -> dict[str, str]:
    return named(ActionKind)


def measures() -> dict[str, str]:
    """Row headings of the statistics table, per measure."""
    return {
        "calls": _t("Calls"),
        "minutes": _t("Minutes on the line"),
        "topic": _t("Topic"),
        "caller-type": _t("Caller"),
        "language": _t("Language"),
        "referrals": _t("Referrals given"),
        "follow-up": _t("Follow-up needed"),
        "cases": _t("Cases"),
    }


def case_outcomes() -> dict[str, str]:
    return {
        "converted": _t("Became a new client and case"),
        "linked": _t("Joined an existing case"),
    }
