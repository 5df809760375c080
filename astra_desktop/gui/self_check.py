"""The Qt part of `astra-desktop self-test`: can this installation paint a widget and open a PDF?

PySide6 is imported inside the function, so that a Qt library or plugin missing from an installed
build shows up as one failed check with its reason, after the other checks have run.
"""

from __future__ import annotations

SAMPLE = "Čačak, Đakovica — Љубовија, Њујорк, Џеп"


def check(pdf: bytes | None) -> tuple[str, dict[str, str]]:
    """Paint a label offscreen and, given a PDF, open and render its first page with QtPdf.

    Returns a line for the report and the Qt and PySide6 versions; raises on any failure.
    """
    import PySide6
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, qVersion
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication, QLabel

    # The windows the app opens after unlocking are imported lazily: import them here, so a module
    # or form missing from a frozen build fails the self-test rather than a worker's first unlock.
    from astra_desktop.gui import main_window, wizard  # noqa: F401

    versions = {"Qt": qVersion(), "PySide6": PySide6.__version__}
    app = QApplication.instance() or QApplication(["astra-desktop"])
    label = QLabel(SAMPLE)
    label.show()
    app.processEvents()
    painted = label.grab()
    label.close()
    if painted.isNull() or painted.width() == 0:
        raise RuntimeError("Qt could not paint a widget")
    detail = (
        f"a widget painted ({painted.width()}×{painted.height()}, {QGuiApplication.platformName()})"
    )
    if pdf is None:
        return detail + "; QtPdf not tried (no PDF)", versions
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise RuntimeError(f"QtPdf could not open the PDF ({document.error().name})")
    page = document.render(0, QSize(210, 297))
    pages = document.pageCount()
    document.close()
    if page.isNull():
        raise RuntimeError("QtPdf opened the PDF but could not render a page")
    return detail + f"; QtPdf opened the PDF ({pages} page(s)) and rendered page 1", versions
