"""The assessment form, generated from the instrument: yes / no / unknown and a comment per item,
the client's own words, and a live result (score, band, red flags, grid, final level).

Given a runner, the instrument and the case are read on its worker (gui/loading.py) and the
questions are built when they arrive; until then the form says so and only Cancel works."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from astra_desktop.core import risk
from astra_desktop.core.appointments import local_today
from astra_desktop.core.risk import Answer, Instrument, Level
from astra_desktop.errors import AstraError
from astra_desktop.gui import labels, style
from astra_desktop.gui.dialog_drafts import keep_as_draft
from astra_desktop.gui.forms.ui_assessment_form import Ui_AssessmentForm
from astra_desktop.gui.guarded_dialog import GuardedDialog
from astra_desktop.gui.i18n import language
from astra_desktop.gui.loading import Loader, say
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.gui.widgets import ValueCombo
from astra_desktop.services import clients
from astra_desktop.services import risk as risk_service
from astra_desktop.services.session import Session


def _ANSWER_TEXT() -> dict[str, str]:
    return {
        "yes": QCoreApplication.translate("risk", "Yes"),
        "no": QCoreApplication.translate("risk", "No"),
        "unknown": QCoreApplication.translate("risk", "Unknown"),
    }


class _LevelColours(Mapping[Level | None, str]):
    """Each level's colour for the rich-text result, from astra.qss (tones risk-none … risk-high).
    None is "not assessed": grey, never the green of Low."""

    def __getitem__(self, level: Level | None) -> str:
        return style.colour(f"risk-{level.key if level is not None else 'none'}").name()

    def __iter__(self) -> Iterator[Level | None]:
        return iter([None, *Level])

    def __len__(self) -> int:
        return len(Level) + 1


LEVEL_COLOURS = _LevelColours()


@dataclass(frozen=True)
class _FormData:
    """What the form is built from, read in one go (on the runner's worker when there is one)."""

    instrument: Instrument
    case_code: str


def _read(session: Session, case_id: str, instrument: Instrument | None) -> _FormData:
    case_code = clients.get_case(session, case_id).case_code  # gone or no longer yours: said now
    return _FormData(instrument or risk_service.default_instrument(), case_code)


class ItemRow:
    """Three radio buttons and a comment for one item."""

    def __init__(self, item: risk.Item, lang: str, grid: QGridLayout, row: int) -> None:
        self.item = item
        text = item.text.get(lang) or item.text["en"]
        marker = " ⚑" if item.red_flag else (" (+)" if item.kind == "protective" else "")
        self.label = QLabel(text + marker)
        self.label.setWordWrap(True)
        self.group = QButtonGroup()
        self.buttons: dict[Answer, QRadioButton] = {}
        for col, (answer, name) in enumerate(
            ((Answer.YES, "yes"), (Answer.NO, "no"), (Answer.UNKNOWN, "unknown")), start=1
        ):
            button = QRadioButton(_ANSWER_TEXT()[name])
            button.setObjectName(f"answer:{item.id}:{name}")  # its draft identity
            self.group.addButton(button)
            self.buttons[answer] = button
            grid.addWidget(button, row, col)
        self.buttons[Answer.UNKNOWN].setChecked(True)
        self.comment = QLineEdit()
        self.comment.setObjectName(f"comment:{item.id}")
        self.comment.setPlaceholderText("…")
        grid.addWidget(self.label, row, 0)
        grid.addWidget(self.comment, row, 4)

    @property
    def answer(self) -> Answer:
        for answer, button in self.buttons.items():
            if button.isChecked():
                return answer
        return Answer.UNKNOWN


class AssessmentForm(GuardedDialog):
    """Layout in ui/assessment_form.ui; the questions are built here from the instrument."""

    saved = Signal(object)  # services.risk.Assessment

    def __init__(self, session: Session, case_id: str, instrument: Instrument | None = None,
                 parent: QWidget | None = None, runner: TaskRunner | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.session, self.case_id = session, case_id
        self.ui = ui = Ui_AssessmentForm()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Risk assessment"))
        fit_to_screen(self, 1100, 720)
        self.rows: dict[str, ItemRow] = {}
        self.final: Level | None = None
        self.loaded = False
        self.assessed_on, self.own_words, self.reason = ui.assessed_on, ui.own_words, ui.reason
        self.result_label, self.error = ui.result_label, ui.error
        self.level_choice: ValueCombo[Level | None] = ui.level_choice
        self.buttons = ui.buttons
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.loader = Loader(self, runner)
        self.loader.busy_changed.connect(self._show_busy)
        self.loader.load(lambda: _read(session, case_id, instrument), self._fill, self._failed)

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def _enable_inputs(self, enabled: bool) -> None:
        """The questions, the inputs beside them and Save; Cancel and the message line stay."""
        ui = self.ui
        for widget in (ui.scroll, self.assessed_on, self.level_choice, self.reason, self.own_words):
            widget.setEnabled(enabled)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(enabled)

    def _show_busy(self, busy: bool) -> None:
        self._enable_inputs(not busy)
        say(self.error, self.tr("Reading the risk instrument…") if busy else None)

    def _failed(self, exc: BaseException) -> None:
        """The case or the instrument could not be read: say so; only Cancel is left."""
        self._enable_inputs(False)
        say(self.error, None, self.tr(
            "The assessment cannot be made: {0} Close this form and try again from the case file."
        ).format(exc))  # fmt: skip

    def _fill(self, data: _FormData) -> None:
        ui, lang = self.ui, language()
        self.instrument = data.instrument
        title = self.instrument.text(self.instrument.title, lang)
        self.setWindowTitle(f"{title} · {data.case_code}")
        ui.disclaimer.setText(self.instrument.text(self.instrument.disclaimer, lang))
        # The questions come from the instrument: one group per section, one row per item.
        for section in self.instrument.sections:
            box = QGroupBox(f"{section.id}. {self.instrument.text(section.title, lang)}")
            grid = QGridLayout(box)
            grid.setColumnStretch(0, 3)
            grid.setColumnStretch(4, 2)
            for r, item in enumerate(section.items):
                row = ItemRow(item, lang, grid, r)
                row.group.buttonToggled.connect(self._update)
                self.rows[item.id] = row
            ui.bodyLayout.addWidget(box)

        self.assessed_on.set_value(local_today())
        self.level_choice.add(self.tr("Keep the calculated level"), None)
        for level in Level:
            self.level_choice.add(labels.risk_levels()[level.key], level)
        self.level_choice.currentIndexChanged.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self._update()
        self.loaded = True
        # What it opened with counts as untouched, also when it was on screen while loading.
        keep_as_draft(self, case_id=self.case_id)
        self.mark_untouched()

    @classmethod
    def reopen(cls, main: Any, ids: dict[str, str]) -> AssessmentForm:
        """Built again after unlock with the answers given so far (gui/dialog_drafts.py): read
        at once, without the runner, so the questions are there when the draft is put back."""
        form = cls(main.session, ids["case_id"], parent=main)
        return form

    def answers(self) -> dict[str, Answer]:
        return {item_id: row.answer for item_id, row in self.rows.items()}

    def current(self) -> tuple[risk.Result, Level | None]:
        """The score of the answers so far and the level chosen by hand (None: keep the calculated)."""
        result = risk.score(self.instrument, self.answers())
        chosen = self.level_choice.value()
        return result, chosen

    def _update(self) -> None:
        result, chosen = self.current()
        names = labels.risk_levels()
        if result.level is None:  # nothing answered: no level at all, never the green of Low
            self.error.clear()
            self.result_label.setText(
                f"<p style='font-size:15pt; color:{LEVEL_COLOURS[None]}'><b>{names['']}</b></p>"
                + self.tr("No question is answered yet.")
            )
            self.final = None
            return
        try:
            final = risk.final_level(result.computed, chosen, self.reason.text())
            self.error.clear()
        except AstraError as exc:
            final = result.computed
            self.error.setText(str(exc))
        colour = LEVEL_COLOURS[final]
        flags = ", ".join(result.red_flags) or self.tr("none")
        if final is Level.LOW and result.open_red_flags:
            flags += " · " + self.tr("not answered: {0}").format(", ".join(result.open_red_flags))
        self.result_label.setText(
            f"<p style='font-size:15pt; color:{colour}'><b>{names[final.key]}</b></p>"
            + self.tr(
                "Score {0} ({1} band) · red flags: {2} · grid: severity {3} × likelihood {4} → {5}"
                " · unanswered: {6}"
            ).format(
                result.score, names[result.band.key], flags, result.severity or "–",
                names[result.likelihood.key], names[result.grid_level.key], result.unknown,
            )
        )  # fmt: skip
        self.final = final

    def save(self) -> None:
        if not self.loaded:
            return
        _result, chosen = self.current()
        try:
            when = self.assessed_on.value() or local_today()
            comments = {
                k: r.comment.text().strip()
                for k, r in self.rows.items()
                if r.comment.text().strip()
            }
            assessment = risk_service.assess(
                self.session, self.case_id, self.answers(), when, comments=comments,
                own_words=self.own_words.toPlainText().strip(), chosen_level=chosen,
                reason=self.reason.text(), instrument=self.instrument,
            )  # fmt: skip
        except AstraError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
        self.saved.emit(assessment)
