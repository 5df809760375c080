"""Viewing an attachment from memory: PDFs through QtPdf, images through QImage. No temp files."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from astra_desktop.core.models import DocumentInfo
from astra_desktop.gui.screen_fit import fit_to_screen


class DocumentViewer(QDialog):
    def __init__(self, info: DocumentInfo, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The window title names the file, never the client.
        self.setWindowTitle(self.tr("ASTRA Desktop — document"))
        fit_to_screen(self, 800, 900)
        layout = QVBoxLayout(self)
        self.pdf: QPdfDocument | None = None
        self._buffer: QBuffer | None = None
        if data[:5] == b"%PDF-":
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(data))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.pdf = QPdfDocument(self)
            self.pdf.load(self._buffer)
            view = QPdfView(self)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setDocument(self.pdf)
            layout.addWidget(view)
            return
        image = QImage.fromData(data)
        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if image.isNull():
            label.setText(
                self.tr("{0} cannot be shown here ({1}). Its fingerprint is {2}.").format(
                    info.filename, info.mime, info.sha256
                )
            )
            label.setWordWrap(True)
        else:
            label.setPixmap(QPixmap.fromImage(image))
        scroll = QScrollArea()
        scroll.setWidget(label)
        scroll.setWidgetResizable(True)
        layout.addWidget(scroll)
