"""What appointment and court values are called on screen (through Qt's translation functions)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("court", text)


def appointment_kinds() -> dict[str, str]:
    return {
        "court-hearing": _t("Court hearing"),
        "prosecutor": _t("Prosecutor"),
        "police": _t("Police"),
        "medical": _t("Medical"),
        "psychologist": _t("Psychologist"),
        "social-welfare": _t("Social welfare centre"),
        "embassy": _t("Embassy / consulate"),
        "lawyer": _t("Lawyer"),
        "home-visit": _t("Home visit"),
        "other": _t("Other"),
    }


def appointment_statuses() -> dict[str, str]:
    return {
        "planned": _t("Planned"),
        "held": _t("Held"),
        "missed": _t("Missed"),
        "postponed": _t("Postponed"),
        "cancelled": _t("Cancelled"),
    }


def hearing_kinds() -> dict[str, str]:
    return {
        "preliminary": _t("Preliminary hearing"),
        "main-hearing": _t("Main hearing"),
        "verdict": _t("Announcement of the verdict"),
        "appeal": _t("Appeal hearing"),
        "other": _t("Other hearing"),
    }


def victim_roles() -> dict[str, str]:
    return {
        "injured-party": _t("Injured party"),
        "witness": _t("Witness"),
        "subsidiary-prosecutor": _t("Subsidiary prosecutor"),
    }


def witness_statuses() -> dict[str, str]:
    return {
        "not-requested": _t("Not requested"),
        "requested": _t("Requested, not decided"),
        "granted": _t("Granted"),
        "refused": _t("Refused"),
    }


def appeal_parties() -> dict[str, str]:
    """Who appealed the judgment ("none": no appeal was lodged; nothing ticked: not recorded)."""
    return {
        "prosecutor": _t("Public prosecutor"),
        "defendant": _t("Defendant or defence counsel"),
        "injured-party": _t("Injured party"),
        "none": _t("No appeal was lodged"),
    }


def stages() -> dict[str, str]:
    return {
        "investigation": _t("Investigation (public prosecutor)"),
        "first-instance": _t("Before the court of first instance"),
        "appeal": _t("On appeal (appellate court)"),
    }


def authorities() -> dict[str, str]:
    """Who receives a filing."""
    return {
        "prosecutor": _t("The public prosecutor"),
        "court": _t("The court of first instance"),
        "appeal": _t("The appellate court"),
    }


def protective_measures() -> dict[str, str]:
    return {
        "questions-through-court": _t("Questions only through the court"),
        "video-link": _t("Testimony by video link"),
        "separate-room": _t("Separate room"),
        "no-confrontation": _t("No confrontation with the defendant"),
        "defendant-removed": _t("Defendant removed from the courtroom"),
        "public-excluded": _t("Public excluded"),
        "identity-protected": _t("Identity protected"),
        "support-person": _t("Support person present"),
    }


def defendant_roles() -> dict[str, str]:
    return {
        "organiser": _t("Organiser"),
        "recruiter": _t("Recruiter"),
        "transporter": _t("Transporter"),
        "exploiter": _t("Exploiter"),
        "accomplice": _t("Accomplice"),
        "other": _t("Other"),
    }


def verdicts() -> dict[str, str]:
    return {
        "pending": _t("No verdict yet"),
        "convicted": _t("Convicted"),
        "acquitted": _t("Acquitted"),
        "charges-rejected": _t("Charges rejected"),
        "discontinued": _t("Proceedings discontinued"),
    }


def claim_decisions() -> dict[str, str]:
    return {
        "none": _t("Not decided"),
        "granted": _t("Granted in the criminal case"),
        "partly-granted": _t("Partly granted in the criminal case"),
        "referred-to-civil": _t("Sent to civil proceedings"),
        "rejected": _t("Rejected"),
    }


def parties() -> dict[str, str]:
    return {
        "victim": _t("The client (victim)"),
        "victim-lawyer": _t("The client's lawyer"),
        "prosecutor": _t("Public prosecutor"),
        "defendant": _t("Defendant"),
        "defence-lawyer": _t("Defence lawyer"),
    }


def weekdays_short() -> list[str]:
    return [_t("Mon"), _t("Tue"), _t("Wed"), _t("Thu"), _t("Fri"), _t("Sat"), _t("Sun")]


def months() -> list[str]:
    return [
        _t("January"), _t("February"), _t("March"), _t("April"), _t("May"), _t("June"),
        _t("July"), _t("August"), _t("September"), _t("October"), _t("November"), _t("December"),
    ]  # fmt: skip
