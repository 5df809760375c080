"""Writes resources/instruments/safety-risk-v1.json from the English and Serbian Latin texts here;
the Cyrillic texts are derived by transliteration (a test checks they stay in step).

Run: python tools/make_instrument.py
"""

from __future__ import annotations

import json
from pathlib import Path

from astra_desktop.core.translit import to_cyrillic

OUT = Path(__file__).resolve().parent.parent / "resources" / "instruments" / "safety-risk-v1.json"


def t(en: str, sr: str) -> dict[str, str]:
    return {"en": en, "sr-Latn": sr, "sr-Cyrl": to_cyrillic(sr)}


ACTIONS = {
    "safe-accommodation": t("Arrange safe accommodation", "Obezbediti bezbedan smeštaj"),
    "change-phone": t(
        "Change the phone number and SIM card", "Promeniti broj telefona i SIM karticu"
    ),
    "police-report": t("Report the threats to the police", "Prijaviti pretnje policiji"),
    "protective-measures": t(
        "Ask the court or prosecutor for protective measures",
        "Zatražiti mere zaštite od suda ili tužilaštva",
    ),
    "medical-care": t(
        "Arrange a medical examination and care", "Organizovati lekarski pregled i lečenje"
    ),
    "guardian": t("Make sure a guardian is appointed", "Obezbediti postavljenje staratelja"),
    "social-welfare-centre": t(
        "Inform the social welfare centre", "Obavestiti centar za socijalni rad"
    ),
    "psychiatric-care": t(
        "Arrange an urgent psychiatric assessment", "Organizovati hitnu psihijatrijsku procenu"
    ),
    "safety-contact-plan": t(
        "Agree a safe way of contact and an emergency plan",
        "Dogovoriti bezbedan način kontakta i plan za hitne slučajeve",
    ),
    "legal-advice": t(
        "Legal advice about the debt being claimed",
        "Pravni savet u vezi sa dugom koji se potražuje",
    ),
    "replace-documents": t(
        "Help obtain new identity documents", "Pomoći u pribavljanju novih ličnih dokumenata"
    ),
    "family-safety": t(
        "Plan the safety of family members", "Napraviti plan bezbednosti za članove porodice"
    ),
    "addiction-treatment": t(
        "Refer to treatment for addiction", "Uputiti na lečenje bolesti zavisnosti"
    ),
    "financial-support": t("Arrange financial support", "Obezbediti finansijsku podršku"),
    "employment": t(
        "Support with education or employment", "Pružiti podršku u obrazovanju ili zapošljavanju"
    ),
    "court-accompaniment": t("Accompany the client to court", "Obezbediti pratnju na sud"),
    "media-protection": t(
        "Ask the media and the court to protect the client's identity",
        "Zatražiti od medija i suda zaštitu identiteta",
    ),
    "psychological-support": t("Psychological support", "Obezbediti psihološku podršku"),
}


def item(iid: str, en: str, sr: str, weight: int = 1, severity: int = 1, kind: str = "risk",
         red_flag: bool = False, actions: tuple[str, ...] = ()) -> dict[str, object]:  # fmt: skip
    return {"id": iid, "text": t(en, sr), "weight": weight, "severity": severity, "kind": kind,
            "red_flag": red_flag, "actions": list(actions)}  # fmt: skip


SECTIONS = [
    (
        "A",
        t("Immediate red flags", "Neposredni znaci visokog rizika"),
        [
            item(
                "A1",
                "The exploiter knows where the client lives or stays",
                "Eksploatator zna gde klijent/kinja živi ili boravi",
                3,
                3,
                red_flag=True,
                actions=("safe-accommodation", "change-phone"),
            ),
            item(
                "A2",
                "Recent threats to kill or seriously harm the client or their family",
                "Nedavne pretnje smrću ili teškom povredom klijentu/kinji ili porodici",
                3,
                3,
                red_flag=True,
                actions=("police-report", "protective-measures"),
            ),
            item(
                "A3",
                "Recent physical or sexual violence",
                "Nedavno fizičko ili seksualno nasilje",
                3,
                3,
                red_flag=True,
                actions=("medical-care", "police-report"),
            ),
            item(
                "A4",
                "An unaccompanied child",
                "Dete bez pratnje",
                3,
                3,
                red_flag=True,
                actions=("guardian", "social-welfare-centre"),
            ),
            item(
                "A5",
                "Suicidal thoughts or plans",
                "Suicidalne misli ili planovi",
                3,
                3,
                red_flag=True,
                actions=("psychiatric-care",),
            ),
        ],
    ),
    (
        "B",
        t("The exploiter and the network", "Eksploatator i mreža"),
        [
            item(
                "B1",
                "Part of an organised criminal group",
                "Deo organizovane kriminalne grupe",
                1,
                2,
            ),
            item(
                "B2",
                "A suspect is at large",
                "Osumnjičeni je na slobodi",
                1,
                2,
                actions=("safety-contact-plan",),
            ),
            item(
                "B3",
                "Has access to weapons",
                "Ima pristup oružju",
                3,
                3,
                actions=("police-report",),
            ),
            item(
                "B4",
                "Has links to the police or officials",
                "Ima veze u policiji ili u državnim organima",
                1,
                2,
            ),
            item("B5", "Operates across borders", "Deluje u više država", 1, 1),
        ],
    ),
    (
        "C",
        t("Control still in place", "Kontrola koja i dalje traje"),
        [
            item(
                "C1",
                "A debt is still being claimed",
                "Dug se i dalje potražuje",
                1,
                1,
                actions=("legal-advice",),
            ),
            item(
                "C2",
                "Documents are still withheld",
                "Dokumenta su i dalje oduzeta",
                1,
                1,
                actions=("replace-documents",),
            ),
            item(
                "C3",
                "Threats against the family",
                "Pretnje porodici",
                3,
                3,
                actions=("family-safety", "police-report"),
            ),
            item(
                "C4",
                "Substance dependence used to control the client",
                "Zavisnost od psihoaktivnih supstanci koja se koristi za kontrolu klijenta/kinje",
                1,
                2,
                actions=("addiction-treatment",),
            ),
            item(
                "C5",
                "Movement is still restricted or watched",
                "Kretanje je i dalje ograničeno ili praćeno",
                1,
                2,
                actions=("safety-contact-plan",),
            ),
        ],
    ),
    (
        "D",
        t("Risk of being trafficked again", "Rizik od ponovne eksploatacije"),
        [
            item(
                "D1", "No income", "Nema prihoda", 1, 1, actions=("financial-support", "employment")
            ),
            item(
                "D2",
                "No safe housing",
                "Nema bezbednog smeštaja",
                1,
                2,
                actions=("safe-accommodation",),
            ),
            item(
                "D3",
                "Family members took part in the recruitment",
                "Članovi porodice su učestvovali u vrbovanju",
                1,
                2,
                actions=("social-welfare-centre",),
            ),
            item(
                "D4",
                "Returning to the place of exploitation",
                "Vraća se u mesto eksploatacije",
                1,
                2,
                actions=("safety-contact-plan",),
            ),
            item(
                "D5",
                "No identity documents",
                "Nema ličnih dokumenata",
                1,
                1,
                actions=("replace-documents",),
            ),
        ],
    ),
    (
        "E",
        t("Court proceedings", "Sudski postupak"),
        [
            item(
                "E1",
                "Testimony is expected soon",
                "Uskoro se očekuje svedočenje",
                1,
                2,
                actions=("court-accompaniment", "protective-measures"),
            ),
            item(
                "E2",
                "A suspect is due to be released",
                "Predstoji puštanje osumnjičenog na slobodu",
                1,
                2,
                actions=("safety-contact-plan", "change-phone"),
            ),
            item(
                "E3",
                "Witness intimidation",
                "Zastrašivanje svedoka",
                3,
                3,
                actions=("protective-measures", "police-report"),
            ),
            item(
                "E4",
                "Exposure in the media",
                "Izloženost u medijima",
                1,
                1,
                actions=("media-protection",),
            ),
        ],
    ),
    (
        "F",
        t("Health", "Zdravlje"),
        [
            item("F1", "Signs of trauma", "Znaci traume", 1, 1, actions=("psychological-support",)),
            item("F2", "Self-harm", "Samopovređivanje", 3, 3, actions=("psychiatric-care",)),
            item(
                "F3",
                "Urgent medical needs",
                "Hitne zdravstvene potrebe",
                1,
                2,
                actions=("medical-care",),
            ),
        ],
    ),
    (
        "G",
        t("Protective factors (lower the score)", "Zaštitni činioci (umanjuju zbir bodova)"),
        [
            item(
                "G1",
                "Lives in safe accommodation",
                "Boravi u bezbednom smeštaju",
                2,
                kind="protective",
            ),
            item(
                "G2",
                "Has a support network (family, friends, community)",
                "Ima mrežu podrške (porodica, prijatelji, zajednica)",
                1,
                kind="protective",
            ),
            item(
                "G3",
                "Protective measures have been ordered",
                "Određene su mere zaštite",
                2,
                kind="protective",
            ),
        ],
    ),
    (
        "H",
        t("The client's own sense of danger", "Lični osećaj ugroženosti"),
        [
            item(
                "H1",
                "The client fears being seriously harmed or killed",
                "Klijent/kinja strahuje od teške povrede ili smrti",
                3,
                3,
                actions=("safety-contact-plan",),
            ),
            item(
                "H2",
                "The client fears being recruited or exploited again",
                "Klijent/kinja strahuje od ponovnog vrbovanja ili eksploatacije",
                1,
                2,
                actions=("safety-contact-plan",),
            ),
        ],
    ),
]


def build() -> dict[str, object]:
    return {
        "id": "astra-safety-risk",
        "version": 1,
        "title": t("Safety risk assessment", "Procena bezbednosnog rizika"),
        "disclaimer": t(
            "Not a validated instrument. A structured aid to professional judgement, modelled on SafeLives DASH, Campbell's Danger Assessment, the ILO indicators of trafficking and the IOM Handbook on Direct Assistance.",
            "Ovo nije validiran instrument, već strukturisano pomagalo za stručnu procenu, sačinjeno po uzoru na SafeLives DASH, Kembelovu procenu opasnosti, indikatore trgovine ljudima Međunarodne organizacije rada (MOR) i Priručnik IOM-a za direktnu pomoć.",
        ),
        "bands": {"low": 0, "medium": 8, "high": 14},
        "likelihood_bands": {"low": 0, "medium": 3, "high": 6},
        "grid": [["low", "low", "medium"], ["low", "medium", "high"], ["medium", "high", "high"]],
        "reassess_days": {"high": 7, "medium": 30, "low": 90},
        "actions": ACTIONS,
        "sections": [{"id": sid, "title": title, "items": items} for sid, title, items in SECTIONS],
    }


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
