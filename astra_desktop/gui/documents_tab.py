"""Attachments of a case: import with progress, SHA-256 shown, view from memory, audited export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from astra_desktop.core.models import DocumentInfo
from astra_desktop.errors import AstraError
from astra_desktop.gui.dialogs import Messages
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
    def __init__(
        self, session: Session, case_id: str, runner: TaskRunner, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.session, self.case_id, self.runner = session, case_id, runner
        self._docs: list[DocumentInfo] = []
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Size"),
                self.tr("Imported"),
                self.tr("SHA-256 (fingerprint)"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self.view_selected)
        self.import_button = QPushButton(self.tr("&Import a file…"))
        self.view_button = QPushButton(self.tr("&View"))
        self.export_button = QPushButton(self.tr("E&xport a copy…"))
        self.import_button.clicked.connect(self.choose_and_import)
        self.view_button.clicked.connect(self.view_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.status = QLabel(
            self.tr(
                "Files are kept inside the encrypted vault and viewed from memory; nothing is unpacked to disk."
            )
        )
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.import_button, self.view_button, self.export_button):
            buttons.addWidget(b)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.progress: QProgressDialog | None = None
        self.reload()

    def reload(self) -> None:
        self._docs = documents.documents(self.session, self.case_id)
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
