"""Attachments of a case: import with progress, SHA-256 shown, view from memory, audited export.

The list is read through the task runner (gui/loading.py): meanwhile the tab says so and View and
Export wait for it; importing can start at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressDialog, QTableWidgetItem, QWidget

from astra_desktop.core.models import DocumentInfo
from astra_desktop.errors import AstraError
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.forms.ui_documents_tab import Ui_DocumentsTab
from astra_desktop.gui.loading import Loader, say
from astra_desktop.gui.tasks import Task, TaskRunner
from astra_desktop.gui.viewer import DocumentViewer
from astra_desktop.services import documents
from astra_desktop.services.session import Session


def human_size(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return str(size)


class DocumentsTab(QWidget):
    """Layout in ui/documents_tab.ui."""

    def __init__(
        self, session: Session, case_id: str, runner: TaskRunner, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.session, self.case_id, self.runner = session, case_id, runner
        self._docs: list[DocumentInfo] = []
        self.ui = ui = Ui_DocumentsTab()
        ui.setupUi(self)
        self.table, self.status = ui.table, ui.status
        self.import_button, self.view_button = ui.import_button, ui.view_button
        self.export_button = ui.export_button
        self.table.doubleClicked.connect(self.view_selected)
        self.import_button.clicked.connect(self.choose_and_import)
        self.view_button.clicked.connect(self.view_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.progress: QProgressDialog | None = None
        self.loading_label = QLabel(self.tr("Loading the case's documents…"))
        self.loading_label.setObjectName("loading_label")
        self.loading_label.setWordWrap(True)
        self.loading_label.hide()
        ui.layout.insertWidget(0, self.loading_label)
        self.loader = Loader(self, runner)
        self.loader.busy_changed.connect(self._show_busy)
        self.reload()

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def reload(self) -> None:
        session, case_id = self.session, self.case_id
        self.loader.load(lambda: documents.documents(session, case_id), self._fill, self._failed)

    def _show_busy(self, busy: bool) -> None:
        """While the list is read: the tab says so; the list and what acts on a chosen file wait
        (the list is about to be replaced)."""
        say(self.loading_label, self.tr("Loading the case's documents…") if busy else None)
        self.loading_label.setVisible(busy)
        for widget in (self.table, self.view_button, self.export_button):
            widget.setEnabled(not busy)

    def _failed(self, exc: BaseException) -> None:
        """The list could not be read: the tab says why where it said "Loading…"."""
        self._docs = []
        self.table.setRowCount(0)
        say(self.loading_label, None, str(exc))
        self.loading_label.show()

    def _fill(self, docs: list[DocumentInfo]) -> None:
        self._docs = docs
        self.table.setRowCount(len(self._docs))
        for row, doc in enumerate(self._docs):
            when = (
                doc.imported_at.astimezone().strftime("%d.%m.%Y %H:%M") if doc.imported_at else ""
            )
            for col, text in enumerate([doc.filename, human_size(doc.size), when, doc.sha256]):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setFont(self.font())
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()

    def selected(self) -> DocumentInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._docs[rows[0].row()] if rows else None

    # --- import ----------------------------------------------------------------------------------
    def choose_and_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a file into the case"))
        if name:
            self.import_path(Path(name))

    def import_path(self, path: Path) -> Task:
        self.progress = QProgressDialog(
            self.tr("Importing {0}…").format(path.name), self.tr("Cancel"), 0, 1000, self
        )
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(500)
        session, case_id = self.session, self.case_id
        task = self.runner.run(
            lambda t: documents.import_file(session, case_id, path, progress=t.report),
            on_done=self._imported,
            on_error=self._import_failed,
            on_progress=self._progress,
            with_task=True,
        )
        self.progress.canceled.connect(lambda: setattr(task, "cancelled", True))
        return task

    def _progress(self, done: int, total: int) -> None:
        if self.progress is not None and total:
            self.progress.setValue(int(done * 1000 / total))

    def _finish_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _imported(self, info: DocumentInfo) -> None:
        self._finish_progress()
        self.reload()
        self.status.setText(
            self.tr("Imported {0}. SHA-256: {1}").format(info.filename, info.sha256)
        )

    def _import_failed(self, exc: BaseException) -> None:
        self._finish_progress()
        text = (
            str(exc)
            if isinstance(exc, AstraError)
            else self.tr("The file could not be read: {0}").format(exc)
        )
        Messages.error(self, self.tr("Import"), text)
        self.status.setText(text)

    # --- view and export ---------------------------------------------------------------------------
    def view_selected(self) -> DocumentViewer | None:
        doc = self.selected()
        if doc is None:
            return None
        try:
            data = documents.read_bytes(self.session, doc.id)
        except AstraError as exc:
            Messages.error(self, self.tr("View"), str(exc))
            return None
        viewer = DocumentViewer(doc, data, self)
        viewer.show()
        return viewer

    def export_selected(self, target: Path | None = None) -> bool:
        doc = self.selected()
        if doc is None:
            return False
        if not Messages.ask(
            self,
            self.tr("Export an unencrypted copy?"),
            self.tr(
                "The copy will be an ordinary, unencrypted file: anyone who gets hold of it — or of "
                "the disk or USB stick it is on — can read it. The export is recorded in the audit "
                "trail. Export anyway?"
            ),
            self.tr("Export"),
            self.tr("Cancel"),
        ):
            return False
        if target is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export a copy"), doc.filename)
            if not name:
                return False
            target = Path(name)
        try:
            documents.export_copy(self.session, doc.id, target)
        except (AstraError, OSError) as exc:
            Messages.error(self, self.tr("Export"), str(exc))
            return False
        self.status.setText(self.tr("Exported a copy to {0}.").format(target))
        return True
