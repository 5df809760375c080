"""Help → About: the version, and the licences of the app and of what it bundles (fonts, icons)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QWidget

from astra_desktop import APP_NAME, __version__
from astra_desktop.gui.forms.ui_about_dialog import Ui_AboutDialog
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.paths import resources_dir

GPL_URL = "https://www.gnu.org/licenses/gpl-3.0.html"
# (what, file under resources/) for everything shipped with the app under its own licence.
BUNDLED = (("fonts", "fonts/LICENSE-DejaVu.txt"), ("icons", "icons/LICENSE.txt"))


def licence_text(relative: str) -> str:
    path = resources_dir() / relative
    try:
        return path.read_text(encoding="utf-8")
    except OSError:  # a broken install: say so rather than fail to open the box
        return f"({relative} is missing from this installation)"


class AboutDialog(QDialog):
    """Laid out in ui/about_dialog.ui; here the texts that carry the version and the licences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("About {0}").format(APP_NAME))
        self.ui.heading.setText(f"<h2>{APP_NAME} {__version__}</h2>")
        self.ui.summary.setText(
            self.tr(
                "Offline, encrypted case files for an anti-trafficking organisation. This program "
                'is free software under the <a href="{0}">GNU General Public License, version 3 '
                "or later</a> (GPL-3.0-or-later); it comes with no warranty."
            ).format(GPL_URL)
        )
        titles = {"fonts": self.tr("Fonts"), "icons": self.tr("Icons")}
        self.licences = self.ui.licences
        self.licences.setHtml(
            "".join(
                f"<h3>{html.escape(titles[what])}</h3><pre>{html.escape(licence_text(path))}</pre>"
                for what, path in BUNDLED
            )
        )
        self.ui.buttons.rejected.connect(self.reject)
        fit_to_screen(self, 640, 560)
