"""What hotline and missing-person values are called on screen (through Qt's translations)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("hotline", text)


def topics() -> dict[str, str]:
    return {
        "job-offer-check": _t("Job offer check"),
        "safe-migration": _t("Safe migration advice"),
        "report-of-exploitation": _t("Report of exploitation"),
        "missing-person": _t("Missing person"),
        "request-for-help": _t("Request for help"),
        "other": _t("Other"),
    }


def caller_types() -> dict[str, str]:
    """Who the caller is; whether they gave a name is the separate "anonymous" flag."""
    return {
        "unknown": _t("Not said"),
        "possible-victim": _t("Presumed victim"),  # glossary: pretpostavljena žrtva
        "family-member": _t("Family member"),
        "friend": _t("Friend"),
        "professional": _t("Professional"),
    }


def channels() -> dict[str, str]:
    return {
        "phone": _t("Phone"),
        "sms": _t("SMS"),
        "email": _t("E-mail"),
        "social-media": _t("Social media"),
        "walk-in": _t("Walk-in"),
    }


def age_bands() -> dict[str, str]:
    """ "" is an age not known; the bands are shown as they are written (years)."""
    return {
        "": _t("Age not known"),
        "0-13": _t("0–13 years"),
        "14-17": _t("14–17 years"),
        "18-24": _t("18–24 years"),
        "25-34": _t("25–34 years"),
        "35-49": _t("35–49 years"),
        "50+": _t("50 years or more"),
    }


def search_outcomes() -> dict[str, str]:
    return {
        "": _t("Not recorded"),
        "found-alive": _t("Found alive"),
        "found-deceased": _t("Found deceased"),
        "no-contact-wanted": _t("Found, does not want contact"),
        "still-missing": _t("Still missing"),
    }


def inquiry_answers() -> dict[str, str]:
    return {
        "": _t("No answer yet"),
        "no-information": _t("No information"),
        "information": _t("Has information"),
        "person-found": _t("Person found"),
        "cannot-share": _t("Cannot share information"),
    }


def languages() -> dict[str, str]:
    return {
        "sr": _t("Serbian"),
        "en": _t("English"),
        "uk": _t("Ukrainian"),
        "ru": _t("Russian"),
        "ro": _t("Romanian"),
        "bg": _t("Bulgarian"),
        "hu": _t("Hungarian"),
        "sq": _t("Albanian"),
        "rom": _t("Romani"),
        "vi": _t("Vietnamese"),
        "ar": _t("Arabic"),
        "fa": _t("Persian"),
        "de": _t("German"),
        "other": _t("Another language"),
    }


def case_links() -> dict[str, str]:
    return {"": "", "converted": _t("New client"), "linked": _t("Linked")}


def search_statuses() -> dict[str, str]:
    return {
        "searching": _t("Searching"),
        "paused": _t("Paused"),
        "found-safe": _t("Found safe"),
        "found-exploited": _t("Found in exploitation"),
        "closed": _t("Closed"),
    }


def action_kinds() -> dict[str, str]:
    return {
        "police-report": _t("Police report"),
        "partner-organisation": _t("Partner organisation"),
        "embassy": _t("Embassy / consulate"),
        "social-welfare": _t("Social welfare centre"),
        "family-contact": _t("Contact with the family"),
        "media-appeal": _t("Public appeal"),
        "other": _t("Other"),
    }


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
