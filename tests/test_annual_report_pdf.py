"""The annual report's PDF from hand-built figures (tests/annual_sample.py), parsed back: every
number where it belongs, stored values in words in each language, Cyrillic in sr-Cyrl, the
27-vs-10 row, empty sections said in words, the fonts embedded and nothing else."""

from __future__ import annotations

import dataclasses
import io
import re
from datetime import date

import pypdf
import pytest

from astra_desktop.core.annual_figures import (
    Filters,
    Period,
    TrialAppearances,
    TrialScope,
)
from astra_desktop.core.court import PostponedBy
from astra_desktop.core.enums import ExploitationType
from astra_desktop.core.hotline import AGE_BANDS, CallerType, CallTopic, CaseLink, Channel
from astra_desktop.core.missing import InquiryAnswer, SearchOutcome
from astra_desktop.reports import annual_report, templates
from tests import annual_sample

LANGS = ("en", "sr-Latn", "sr-Cyrl")


def pdf_text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


def build(lang: str, figures: object = None, organisation: str = "Udruženje ASTRA") -> str:
    fig = figures or annual_sample.figures()
    return pdf_text(annual_report.build(fig, lang, organisation))  # type: ignore[arg-type]


# what each language prints for the sample's figures
EXPECTED = {
    "en": [
        "ANNUAL REPORT 2025", "01.01.2025 – 31.12.2025", "Made on 15.01.2026",
        "Codes only — no names", "1. Trial monitoring", "Trials followed 5",
        "Hearings scheduled 41", "Median number of hearings per trial 8.5",
        "court 3 23.1 %", "not recorded 2 15.4 %", "injured party or counsel 1 7.7 %",
        "AST-2025-0007 31 27 4 30 27 5 2 10 / 8",  # the child came 27 times, the defendants 10
        "Median duration, in months 18.7", "Median duration, in days 570.5",
        "Longest, in days 1,250", "Compensation claimed, in dinars 1,500,000",
        "Compensation awarded, in dinars 300,000", "below the statutory minimum 1 50.0 %",
        "under a lighter paragraph of Art. 388 than charged 1", "Plea agreements 1",
        "Average prison sentence, in months 40 ", "2. SOS hotline", "Calls and contacts 57",
        "Minutes on the line, in all 742", "walk-in 2 3.5 %", "social media 6 10.5 %",
        "presumed victim 19", "a new client and case opened 5", "labour exploitation 7",
        "50 years or more 1", "Centar za socijalni rad Novi Sad 5", "Calls per month",
        "Jan Feb Mar", "3. Missing persons", "Searches opened 6", "found deceased 1 25.0 %",
        "Median time to close, in days 37.5", "person found 1", "no answer yet 2 25.0 %",
        "page 1 of",
    ],
    "sr-Latn": [
        "GODIŠNJI IZVEŠTAJ ZA 2025. GODINU", "Izrađen 15.01.2026", "Samo šifre — bez imena",
        "Praćena suđenja 5", "Medijana broja ročišta po suđenju 8,5", "sud 3 23,1 %",
        "nije evidentirano 2 15,4 %", "AST-2025-0007 31 27 4 30 27 5 2 10 / 8",
        "Medijana trajanja, u mesecima 18,7", "Najduže, u danima 1.250",
        "Traženi iznos naknade, u dinarima 1.500.000", "ispod zakonskog minimuma 1 50,0 %",
        "2. SOS linija", "lični dolazak 2 3,5 %", "društvene mreže 6 10,5 %",
        "pretpostavljena žrtva 19", "radna eksploatacija 7", "50 godina i više 1",
        "jan feb mar", "3. Nestale osobe", "pronađena preminula 1 25,0 %",
        "Medijana trajanja potrage do zatvaranja, u danima 37,5", "strana 1 od",
    ],
    "sr-Cyrl": [
        "ГОДИШЊИ ИЗВЕШТАЈ ЗА 2025. ГОДИНУ", "Израђен 15.01.2026", "Само шифре — без имена",
        "Праћена суђења 5", "суд 3 23,1 %", "није евидентирано 2 15,4 %",
        "AST-2025-0007 31 27 4 30 27 5 2 10 / 8",  # the case code stays as written
        "Виши суд у Београду", "К 45/24", "Тражени износ накнаде, у динарима 1.500.000",
        "2. SOS линија", "лични долазак 2 3,5 %", "Центар за социјални рад Нови Сад 5",
        "Удружење ASTRA", "јан феб мар", "пронађена преминула 1 25,0 %", "страна 1 од",
    ],
}  # fmt: skip


@pytest.mark.parametrize("lang", LANGS)
def test_every_figure_in_its_place_in_each_language(lang: str) -> None:
    text = build(lang) + " "
    missing = [want for want in EXPECTED[lang] if want not in text]
    assert missing == [], text


def test_cyrillic_report_has_no_serbian_latin_left() -> None:
    text = build("sr-Cyrl")
    # what may stay Latin: case codes, SOS, SMS, ASTRA, the chart's numbers
    latin = {w for w in re.findall(r"[A-Za-zčćđšžČĆĐŠŽ]{3,}", text)}
    assert latin <= {"AST", "SOS", "SMS", "ASTRA"}, latin
    assert "Pozivi" not in text and "Позиви по месецима" in text


def test_every_stored_value_has_words_in_every_language() -> None:
    wanted = [("postponed_by", v.value) for v in PostponedBy]
    wanted += [("channel", v.value) for v in Channel] + [("topic", v.value) for v in CallTopic]
    wanted += [("caller", v.value) for v in CallerType]
    wanted += [("case_link", v.value or "none") for v in CaseLink]
    wanted += [("exploitation", v.value) for v in ExploitationType]
    wanted += [("age_band", b) for b in AGE_BANDS]
    wanted += [("search_outcome", v.value) for v in SearchOutcome if v.value]
    wanted += [("answer", v.value or "none") for v in InquiryAnswer]
    wanted += [("sentence", v) for v in ("below", "at", "above", "unknown")]
    wanted += [("scope", v.value) for v in TrialScope] + [("month", str(m)) for m in range(1, 13)]
    for lang in ("en", "sr-Latn"):
        t = templates.load(annual_report.KIND, lang)
        assert [f"{g}.{v}" for g, v in wanted if f"{g}.{v}" not in t] == [], lang
    en, sr = (templates.read(annual_report.KIND, x) for x in ("en", "sr-Latn"))
    assert set(en) == set(sr)
    assert all(templates.placeholders(en[k]) == templates.placeholders(sr[k]) for k in en)


def test_an_empty_year_says_so_and_prints_no_tables() -> None:
    for lang, words in (
        ("en", ["No trials followed in this period.", "No hotline calls in this period.",
                "No missing-person searches in this period."]),
        ("sr-Latn", ["U ovom periodu nije praćeno nijedno suđenje.",
                     "U ovom periodu nije bilo poziva SOS liniji."]),
    ):  # fmt: skip
        pdf = annual_report.build(annual_sample.empty(), lang, "ASTRA")
        text = pdf_text(pdf)
        assert all(w in text for w in words), text
        assert "Category" not in text and "Kategorija" not in text  # no empty table
        assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == 1


def test_a_year_with_calls_only_keeps_the_other_sections_short() -> None:
    fig = annual_sample.empty()
    fig.hotline = annual_sample.figures().hotline
    text = build("en", fig)
    assert "No trials followed in this period." in text and "Calls and contacts 57" in text
    assert "Trials followed" not in text and "Searches opened" not in text


def test_a_period_with_filters_says_what_it_counts() -> None:
    fig = dataclasses.replace(
        annual_sample.figures(),
        period=Period(date(2025, 3, 1), date(2025, 8, 31)),
        filters=Filters(TrialScope.MONITORED, "Viši sud u Beogradu"),
    )
    text = build("en", fig)
    assert "REPORT FOR 01.03.2025 – 31.08.2025" in text
    assert "Trials counted monitored trials only (no client of ours)" in text
    assert "Court Viši sud u Beogradu" in text


def test_many_trials_chart_the_largest_differences_and_table_them_all() -> None:
    fig = annual_sample.figures()
    rows = tuple(
        TrialAppearances(f"AST-2025-{n:04d}", False, 10, 9, 1, n % 9, 9, 1, 1, 3, 3)
        for n in range(100, 125)
    )
    fig.trials.appearances = rows
    text = build("en", fig)
    assert f"the {annual_report.CHART_TRIALS} trials with the largest difference" in text
    # each code once in the table; the ones charted a second time
    counts = [text.count(r.label) for r in rows]
    assert counts.count(2) == annual_report.CHART_TRIALS and counts.count(1) == 25 - 15


def test_the_file_embeds_its_fonts_and_names_no_one() -> None:
    pdf = annual_report.build(annual_sample.figures(), "sr-Latn", "Udruženje ASTRA")
    assert b"Helvetica" not in pdf  # the charts draw in the document's font too
    meta = pypdf.PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None and meta.title == "Godišnji izveštaj — 2025"
    assert meta.author == "ASTRA Desktop"
    assert "Poverljivo" not in pdf_text(pdf)  # for publishing: no "Confidential" stamp
