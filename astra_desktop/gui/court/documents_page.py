"""The Documents section: pick a case and a court document, set its options, see it, then keep it
in the case (encrypted), export a copy (warned, audited) or print it (audited).

The preview is the PDF itself, viewed from memory with QtPdf: no temporary file. What is saved,
exported or printed is exactly what is on screen; changing an option asks for a new preview first.
A "case code only" document is reviewed first (gui/disclosure_review.py): what it prints, what was
taken out, which notes, health items and attachments go in; OK remembers the choices for the case
and rebuilds the preview, and only then can it be saved, exported or printed.
Building runs on the task runner; the page shows case codes, and names only inside the preview
when "Client's name" was chosen.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from astra_desktop.core.appointments import local_today
from astra_desktop.core.court_documents import FILINGS, KINDS, default_stamp
from astra_desktop.core.disclosure import Choices
from astra_desktop.core.models import CaseRow, DocumentInfo
from astra_desktop.errors import AstraError
from astra_desktop.gui.change_hub import refresh_on
from astra_desktop.gui.court.claim_editor import ClaimEditor
from astra_desktop.gui.court.document_options import Options, options_for
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.disclosure_review import DisclosureReview, remembered_and_candidates
from astra_desktop.gui.forms.ui_court_documents_page import Ui_CourtDocumentsPage
from astra_desktop.gui.i18n import language
from astra_desktop.gui.screen_fit import scrolling
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.gui.widgets import ValueCombo
from astra_desktop.services import clients, court_documents, disclosure, profiles
from astra_desktop.services.clients import CaseQuery, SortColumn
from astra_desktop.services.session import Session

PRINT_DPI = 300  # pages are rendered at this resolution and scaled to the printer's page


@dataclass(frozen=True)
class Request:
    """What a preview was made from: saving, exporting and printing refer to it."""

    case_id: str
    case_code: str
    kind: str
    lang: str
    names: bool
    extra: dict[str, Any]


def _matching_cases(session: Session, text: str) -> list[CaseRow] | AstraError:
    """The newest 30 cases whose code or search text matches (on the task runner's thread)."""
    try:
        ids = clients.case_ids(session, CaseQuery(text=text, sort=SortColumn.UPDATED))
        return clients.case_rows(session, ids[:30])
    except AstraError as exc:
        return exc


class CourtDocumentsPage(QWidget):
    """Layout in ui/court_documents_page.ui; the options panel of each document kind and the
    PDF preview are added here."""

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.pdf_bytes: bytes | None = None
        self.shown: Request | None = None  # what the preview shows, once it is up to date
        self.reviewed: Request | None = None  # a "case code only" preview the worker reviewed
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        self.ui = ui = Ui_CourtDocumentsPage()
        ui.setupUi(self)
        self.case_search, self.cases, self.searching = ui.case_search, ui.cases, ui.searching
        self._search = 0  # the latest case search asked for (older answers are dropped)
        self.case_search.textChanged.connect(self.find_cases)
        self.cases.currentItemChanged.connect(lambda *_: self._changed(reset_names=True))
        self.kind: ValueCombo[str] = ui.kind
        for key, title in self.kind_titles().items():
            self.kind.add(title, key)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.lang: ValueCombo[str] = ui.lang
        for code, name in (("sr-Latn", "Srpski (latinica)"), ("sr-Cyrl", "Српски (ћирилица)"),
                           ("en", "English")):  # fmt: skip
            self.lang.add(name, code)
        if not self.lang.set_value(language()):
            self.lang.setCurrentIndex(0)
        self.lang.currentIndexChanged.connect(lambda _i: self._changed())
        self.code_only, self.with_names = ui.code_only, ui.with_names
        self.with_names.toggled.connect(lambda _c: self._changed())
        self.designation_hint, self.stamp = ui.designation_hint, ui.stamp
        self.stamp.toggled.connect(lambda _c: self._changed())
        self.options = ui.options
        self.panels: dict[str, Options] = {}
        for key in KINDS:
            panel = options_for(key)
            panel.changed.connect(self._changed)
            panel.edit_claim.connect(lambda: self.edit_claim())
            self.panels[key] = panel
            self.options.addWidget(panel)

        self.preview_button, self.review_button = ui.preview_button, ui.review_button
        self.save_button, self.export_button = ui.save_button, ui.export_button
        self.print_button = ui.print_button
        self.review_button.clicked.connect(lambda: self.open_review())
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save_into_case)
        self.export_button.clicked.connect(lambda: self.export_copy())
        self.print_button.clicked.connect(self.print_document)
        self.status = ui.status
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 3)
        ui.splitter.insertWidget(0, scrolling(ui.left))  # the form scrolls on a small screen
        ui.splitter.addWidget(self.view)
        ui.splitter.setSizes([480, 700])
        self.load_lawyers()
        self._kind_defaults()
        self.find_cases("")
        self._set_ready(False)
        # a lawyer added under Users & settings is offered at once
        refresh_on(self, session, ("setting",), self.load_lawyers)

    def load_lawyers(self) -> None:
        try:
            found = [(x.id, x.name) for x in profiles.lawyers(self.session)]
        except AstraError:
            return
        for panel in self.panels.values():
            panel.set_lawyers(found)

    def edit_claim(self) -> ClaimEditor | None:
        """The chosen case's compensation claim; saving it makes the preview stale."""
        item = self.cases.currentItem()
        if item is None:
            Messages.error(self, self.tr("Compensation claim"), self.tr("Choose a case first."))
            return None
        dialog = ClaimEditor(
            self.session, item.data(Qt.ItemDataRole.UserRole)[0], self, runner=self.runner
        )
        dialog.saved.connect(lambda: self._changed())
        dialog.open()
        return dialog

    def _kind_defaults(self) -> None:
        """The stamp as the document's kind has it by default; the designation note on filings."""
        kind = self.kind.value()
        self.stamp.blockSignals(True)
        self.stamp.setChecked(default_stamp(kind))
        self.stamp.blockSignals(False)
        self.designation_hint.setVisible(kind in FILINGS)

    def kind_titles(self) -> dict[str, str]:
        return kind_titles()

    # --- choosing --------------------------------------------------------------------------------
    def find_cases(self, text: str) -> None:
        """Cases matching what is typed (codes shown, never names), newest first. Looked up by
        the task runner while "Looking for cases…" shows; only the answer to the latest text is
        shown (one typed before it may arrive later and is dropped)."""
        self._search += 1
        asked, session = self._search, self.session
        self.searching.show()
        self.runner.run(lambda: (asked, _matching_cases(session, text)), on_done=self._found)

    def _found(self, answer: tuple[int, list[CaseRow] | AstraError]) -> None:
        asked, found = answer
        if asked != self._search:
            return  # a newer search is on its way
        self.searching.hide()
        if isinstance(found, AstraError):
            self.status.setText(str(found))
            return
        self.cases.clear()
        for row in found:
            item = QListWidgetItem(row.case_code)
            item.setData(Qt.ItemDataRole.UserRole, (row.case_id, row.case_code))
            self.cases.addItem(item)
        if len(found) == 1:
            self.cases.setCurrentRow(0)

    def select_case(self, case_code: str) -> None:
        """The case with this code, chosen at once (opened from a case file: nothing to wait for)."""
        self.case_search.blockSignals(True)
        self.case_search.setText(case_code)
        self.case_search.blockSignals(False)
        self._search += 1  # a search still on its way was for other text
        self._found((self._search, _matching_cases(self.session, case_code)))
        matches = self.cases.findItems(case_code, Qt.MatchFlag.MatchExactly)
        if matches:
            self.cases.setCurrentItem(matches[0])

    def _kind_changed(self) -> None:
        self.options.setCurrentWidget(self.panels[self.kind.value()])
        self._kind_defaults()
        self._changed(reset_names=True)

    def _changed(self, reset_names: bool = False) -> None:
        """An option changed: the preview no longer shows what would be saved."""
        if reset_names:  # names are chosen for one document at a time
            self.code_only.setChecked(True)
        self.reviewed = None
        if self.shown is not None:
            self.shown = None
            self.status.setText(self.tr("The options changed. Press Preview to see the document."))
        self._set_ready(False)

    def request(self) -> Request | None:
        item = self.cases.currentItem()
        if item is None:
            return None
        case_id, case_code = item.data(Qt.ItemDataRole.UserRole)
        kind = self.kind.value()
        extra = {**self.panels[kind].extra(), "stamp": self.stamp.isChecked()}
        return Request(case_id, case_code, kind, self.lang.value(),
                       self.with_names.isChecked(), extra)  # fmt: skip

    def _set_ready(self, ready: bool) -> None:
        shown = self.shown
        self.review_button.setEnabled(ready and shown is not None and not shown.names)
        cleared = shown is not None and (shown.names or self.reviewed == shown)
        for b in (self.save_button, self.export_button, self.print_button):
            b.setEnabled(ready and cleared)

    # --- preview ---------------------------------------------------------------------------------
    def preview(self) -> bool:
        req = self.request()
        if req is None:
            Messages.error(self, self.tr("Preview"), self.tr("Choose a case first."))
            return False
        session = self.session
        self.warn_stage(req)
        self.status.setText(self.tr("Making the document…"))
        self.preview_button.setEnabled(False)

        def build() -> bytes:
            return court_documents.build(
                session, req.kind, req.case_id, req.lang, req.names, req.extra
            )

        self.runner.run(build, on_done=lambda pdf: self._show(req, pdf), on_error=self._failed)
        return True

    def warn_stage(self, req: Request) -> list[str]:
        """Say so when a filing no longer fits its proceeding's stage (the lawyer may still make
        it: the record may be behind). Returns what was said."""
        from astra_desktop.gui import service_text

        problems = court_documents.stage_problems(self.session, req.kind, req.case_id, req.extra)
        if problems:
            Messages.inform(
                self,
                self.tr("This filing may not fit the proceeding"),
                " ".join(service_text.render(p) for p in problems),
            )
        return problems

    def _show(self, req: Request, pdf: bytes, reviewed: bool = False) -> None:
        self.preview_button.setEnabled(True)
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer, self.pdf_bytes = buffer, pdf
        if req != self.request():  # an option changed while it was being made
            self.status.setText(self.tr("The options changed. Press Preview to see the document."))
            return
        self.shown = req
        if reviewed:
            self.reviewed = req
        self._set_ready(True)
        self.status.setText(
            self.tr("{0} for {1}: %n page(s), {2}.", "", self.document.pageCount()).format(
                self.kind_titles()[req.kind], req.case_code,
                self.tr("with the client's name") if req.names else self.tr("case code only"),
            )
        )  # fmt: skip
        if not req.names and self.reviewed != req:
            self.status.setText(
                self.status.text() + " "
                + self.tr("Press Review to check it before it is saved, exported or printed.")
            )  # fmt: skip

    # --- review ("case code only") ----------------------------------------------------------------
    def open_review(self) -> DisclosureReview | None:
        """Open the review of the shown "case code only" preview (once its data are read)."""
        req = self.shown
        if req is None or req.names:
            return None
        session = self.session
        self.review_button.setEnabled(False)

        def read() -> tuple[Choices, disclosure.Candidates]:
            return remembered_and_candidates(session, req.case_id, req.lang)

        def opened(found: tuple[Choices, disclosure.Candidates]) -> None:
            self.review_button.setEnabled(self.shown is req)
            if self.shown is not req:
                return
            dialog = DisclosureReview(session, self.runner, req.case_id, req.kind, req.lang,
                                      req.extra, found[0], found[1], self)  # fmt: skip
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.chosen.connect(lambda choices: self._reviewed(req, choices))
            dialog.open()

        self.runner.run(read, on_done=opened, on_error=self._failed)
        return None

    def _reviewed(self, req: Request, choices: Choices) -> None:
        """Remember the choices for the case and show the document made with them."""
        session = self.session
        self.status.setText(self.tr("Making the document…"))
        self._set_ready(False)

        def apply() -> bytes:
            disclosure.remember(session, req.case_id, choices)
            return court_documents.build(session, req.kind, req.case_id, req.lang, False,
                                         req.extra, choices=choices)  # fmt: skip

        self.runner.run(apply, on_done=lambda pdf: self._show(req, pdf, reviewed=True),
                        on_error=self._failed)  # fmt: skip

    def _failed(self, exc: BaseException) -> None:
        self.preview_button.setEnabled(True)
        text = str(exc) if isinstance(exc, AstraError | OSError) else repr(exc)
        self.status.setText(text)
        Messages.error(self, self.tr("Court documents"), text)

    # --- keeping it, exporting it, printing it ----------------------------------------------------
    def _file_name(self, req: Request) -> str:
        return court_documents.file_name(
            req.kind, req.case_code, req.lang, f"{local_today():%Y-%m-%d}"
        )

    def save_into_case(self) -> bool:
        req, pdf = self.shown, self.pdf_bytes
        if req is None or pdf is None:
            return False
        session, name = self.session, self._file_name(req)

        def save() -> DocumentInfo:
            return court_documents.save_into_case(
                session, req.case_id, req.kind, req.lang, req.names, pdf, name
            )

        def saved(info: DocumentInfo) -> None:
            self.status.setText(
                self.tr("Saved into the documents of {0} as {1} (encrypted in the vault).").format(
                    req.case_code, info.filename
                )
            )

        self.runner.run(save, on_done=saved, on_error=self._failed)
        return True

    def export_copy(self, target: Path | None = None) -> bool:
        req, pdf = self.shown, self.pdf_bytes
        if req is None or pdf is None:
            return False
        shows = (self.tr("It shows the client's name.") if req.names
                 else self.tr("It shows the case code, not the client's name."))  # fmt: skip
        if not Messages.ask(
            self,
            self.tr("Export an unencrypted copy?"),
            self.tr("The copy will be an ordinary, unencrypted PDF: anyone who gets hold of it — or "
                    "of the disk or USB stick it is on — can read it. {0} The export is recorded "
                    "in the audit trail. Export anyway?").format(shows),
            self.tr("Export"),
            self.tr("Cancel"),
        ):  # fmt: skip
            return False
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export a copy"), self._file_name(req), "PDF (*.pdf)"
            )
            if not name:
                return False
            target = Path(name)
        session, path = self.session, target

        def export() -> None:
            court_documents.export(session, req.case_id, req.kind, req.lang, req.names, pdf, path)

        def exported(_result: object) -> None:
            self.status.setText(self.tr("Exported an unencrypted copy to {0}.").format(path))

        self.runner.run(export, on_done=exported, on_error=self._failed)
        return True

    def print_document(self) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.shown is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer: Any) -> bool:
        """Paint every page of the preview onto `printer` (a QPrinter), then audit the printout."""
        req = self.shown
        if req is None:
            return False
        painter = QPainter()
        if not painter.begin(printer):
            Messages.error(self, self.tr("Print"), self.tr("The printer could not be started."))
            return False
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                area = painter.viewport()
                points = self.document.pagePointSize(page)
                scale = min(area.width() / points.width(), area.height() / points.height())
                target = QRect(area.x(), area.y(), int(points.width() * scale),
                               int(points.height() * scale))  # fmt: skip
                pixels = QSize(int(points.width() * PRINT_DPI / 72),
                               int(points.height() * PRINT_DPI / 72))  # fmt: skip
                painter.drawImage(target, self.document.render(page, pixels))
        finally:
            painter.end()
        session = self.session

        def record() -> None:
            court_documents.record_print(session, req.case_id, req.kind, req.lang, req.names)

        def recorded(_result: object) -> None:
            self.status.setText(
                self.tr("Sent to the printer; the printout is recorded in the audit trail.")
            )

        self.runner.run(record, on_done=recorded, on_error=self._failed)
        return True


def kind_titles() -> dict[str, str]:
    """Each document kind's title in the interface language (also the templates dialog's)."""

    return {
        "vulnerable-witness": QCoreApplication.translate(
            "CourtDocumentsPage", "Request for particularly vulnerable witness status"
        ),
        "property-claim": QCoreApplication.translate("CourtDocumentsPage", "Property claim"),
        "chronology": QCoreApplication.translate(
            "CourtDocumentsPage", "Chronology of events and proceedings"
        ),
        "risk-report": QCoreApplication.translate("CourtDocumentsPage", "Risk / safety report"),
        "support-letter": QCoreApplication.translate(
            "CourtDocumentsPage", "Letter confirming support"
        ),
        "attendance": QCoreApplication.translate("CourtDocumentsPage", "Court attendance record"),
        "evidence-index": QCoreApplication.translate("CourtDocumentsPage", "Evidence index"),
        "civil-claim": QCoreApplication.translate("CourtDocumentsPage", "Civil suit for damages"),
    }
