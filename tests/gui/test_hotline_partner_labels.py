"""The hotline, missing-person and partner values have their English labels written once next to
their enums (core/labels.py); the screens show them through gui/labels.py, translated in the
"Labels" context, with the same words and in the same order as before."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from astra_desktop.core import labels
from astra_desktop.core.hotline import CallerType, CallTopic, CaseLink, Channel
from astra_desktop.core.messages import LABELS
from astra_desktop.core.missing import ActionKind, InquiryAnswer, SearchOutcome, SearchStatus
from astra_desktop.core.partners import PartnerKind, PartnerService
from astra_desktop.gui.hotline import labels as hotline_labels
from astra_desktop.gui.labels import label
from astra_desktop.gui.partners import dialog as partner_dialog

ENUMS = (CallerType, Channel, CallTopic, CaseLink, SearchStatus, SearchOutcome, InquiryAnswer,
         ActionKind, PartnerKind, PartnerService)  # fmt: skip


def test_every_member_has_its_label_once() -> None:
    every = labels.labelled()
    for enum in ENUMS:
        assert set(every[enum]) == set(enum), enum
    assert labels.label(CallerType.UNKNOWN) == "Not said"
    assert labels.label(InquiryAnswer.PENDING) == "No answer yet"
    assert labels.label(PartnerService.SHELTER) == "Accommodation"


def test_the_screens_keep_their_words_and_order() -> None:
    assert list(hotline_labels.caller_types().items()) == [
        ("unknown", "Not said"), ("possible-victim", "Presumed victim"),
        ("family-member", "Family member"), ("friend", "Friend"),
        ("professional", "Professional"),
    ]  # fmt: skip
    assert hotline_labels.case_links() == {"": "", "converted": "New client", "linked": "Linked"}
    outcomes = hotline_labels.search_outcomes()
    assert next(iter(outcomes)) == "" and outcomes[""] == "Not recorded"
    assert hotline_labels.topics()["other"] == "Other"
    assert hotline_labels.search_statuses()["found-exploited"] == "Found in exploitation"
    assert hotline_labels.action_kinds()["embassy"] == "Embassy / consulate"
    assert hotline_labels.inquiry_answers()["cannot-share"] == "Cannot share information"
    assert hotline_labels.channels()["walk-in"] == "Walk-in"
    assert list(partner_dialog.kinds()) == [k.value for k in PartnerKind]
    assert partner_dialog.kinds()["social-welfare"] == "Centre for social work or social protection"
    assert partner_dialog.services()["repatriation"] == "Return home (repatriation)"


class _Serbian(QTranslator):
    """Stands for the "Labels" catalogue: translates by context and enum name."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context == LABELS and (source, disambiguation) == ("Other", "ActionKind"):
            return "Drugo"
        if context == LABELS and (source, disambiguation) == ("Searching", "SearchStatus"):
            return "Potraga u toku"
        return None  # not in this catalogue: the source text is shown


@pytest.fixture
def serbian(qapp: object) -> Iterator[None]:
    translator = _Serbian()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_labels_are_translated_in_the_labels_context(serbian: None) -> None:
    assert label(ActionKind.OTHER) == "Drugo"
    assert hotline_labels.action_kinds()["other"] == "Drugo"
    assert hotline_labels.search_statuses()["searching"] == "Potraga u toku"
    assert hotline_labels.topics()["other"] == "Other"  # another enum: its own entry
