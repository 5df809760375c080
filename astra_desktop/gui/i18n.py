"""The interface language: which one is in use, and installing Qt translators for it.

The language is chosen once per installation (app_settings, outside the vault) and used both by
Qt's translators and by data texts that carry all three languages (the risk instrument). Qt's
own `qtbase_*.qm` is loaded too so that standard dialogs speak the same language; PySide6 ships
no Serbian one, so the standard buttons' texts are also in our own catalogue (see qt_strings).

`ASTRA_STRETCH=1.5` (or `--stretch 1.5`) lengthens every translated string, to find layouts that
break when a translation is longer than the English (the idea of vorta's TRANS_SCALE).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from astra_desktop import errors
from astra_desktop.paths import resources_dir

if TYPE_CHECKING:
    from astra_desktop.core.collation import Order
    from astra_desktop.core.messages import Message

_language = "en"
_factor = 0.0  # the stretch of the strings in use (0: none)
_installed: list[QTranslator] = []
_system_locale = QLocale()  # what uninstall() goes back to

# app_settings code → catalogue suffix, QLocale name, and Qt's own catalogues to try in order.
CATALOGUES = {"en": "en", "sr-Latn": "sr_Latn", "sr-Cyrl": "sr_Cyrl"}
LOCALE_NAMES = {"en": "en_GB", "sr-Latn": "sr_Latn_RS", "sr-Cyrl": "sr_Cyrl_RS"}
QT_CATALOGUES = {"en": ("qtbase_en",), "sr-Latn": ("qtbase_sr",), "sr-Cyrl": ("qtbase_sr",)}


def language() -> str:
    return _language


def set_language(code: str) -> None:
    global _language
    _language = code


def stretch_in_use() -> float:
    """The stretch factor of the catalogues installed now, to keep it when the language changes."""
    return _factor


def alphabet() -> Order:
    """The order names sort in: azbuka for the Cyrillic interface, abeceda otherwise."""
    return "cyrillic" if _language == "sr-Cyrl" else "latin"


def locale() -> QLocale:
    return QLocale(LOCALE_NAMES.get(_language, "en_GB"))


def translations_dir() -> Path:
    return resources_dir() / "i18n"


_PLACEHOLDER = r"\{[^}]*\}|%n|%\d|&(?=\w)|<[^>]+>"  # compiled on first use (only when stretching)


def stretch(text: str, factor: float) -> str:
    """`text` made about `factor` times as long, placeholders and mnemonics untouched.

    Padding goes at the end of every line, so "{0}", "%n", "&" and tags stay where they were.
    """
    if factor <= 1 or not text:
        return text
    lines = text.split("\n")
    out = []
    for line in lines:
        visible = len(re.sub(_PLACEHOLDER, "", line))
        extra = round(visible * (factor - 1))
        out.append(line + ("·" * extra if extra else ""))
    return "\n".join(out)


class StretchTranslator(QTranslator):
    """Answers every lookup with the real translation (or the source), stretched.

    Asked first, so it must find what the others would: the app's catalogue, Qt's own (the
    buttons of standard dialogs) and the services' messages, in the order Qt asks them.
    """

    def __init__(self, factor: float, inner: Sequence[QTranslator] = ()) -> None:
        super().__init__()
        self.factor = factor
        self.inner = list(inner)

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        for catalogue in self.inner:
            found = catalogue.translate(context, source, disambiguation, n)
            if found:
                return stretch(found, self.factor)
        return stretch(source, self.factor)


def stretch_factor(argv_value: float | None = None) -> float:
    if argv_value:
        return argv_value
    try:
        return float(os.environ.get("ASTRA_STRETCH", "") or 0)
    except ValueError:
        return 0.0


def install(code: str, factor: float = 0.0, folder: Path | None = None) -> list[QTranslator]:
    """Load the catalogues for `code` into the running application; returns what was installed.

    A missing .qm (not built yet) falls back to English source texts rather than failing: the
    app must start even on a checkout where `make` has not been run.
    """
    global _factor
    app = QCoreApplication.instance()
    set_language(code)
    _factor = factor if factor > 1 else 0.0
    QLocale.setDefault(locale())
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    folder = folder or translations_dir()
    ours = QTranslator()
    if not ours.load(f"astra_{CATALOGUES.get(code, 'en')}", str(folder)):
        ours = None  # type: ignore[assignment]
    # The services' error messages (context "ServiceMessages"), a catalogue of their own.
    services = QTranslator()
    if services.load(f"astra_services_{CATALOGUES.get(code, 'en')}", str(folder)):
        _installed.append(services)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in QT_CATALOGUES.get(code, ()):
        qt = QTranslator()
        if qt.load(name, qt_folder):
            _installed.append(qt)
            break
    if ours is not None:
        _installed.append(ours)  # installed after Qt's: asked first
    if factor > 1:  # Qt asks the last installed first: the stretch, then ours, Qt's, services'
        _installed.append(StretchTranslator(factor, list(reversed(_installed))))
    if app is not None:
        for translator in _installed:
            app.installTranslator(translator)
    # str(exc) of every AstraError now speaks the interface language.
    errors.set_translator(_service_message)
    return list(_installed)


def _service_message(message: Message) -> str:
    """A service's message in the interface language (gui/service_text.py). Imported when the
    first message is shown (with the fallback's regexes), not while the unlock window
    is waiting to be painted."""
    from astra_desktop.gui import service_text

    return service_text.render(message)


def uninstall() -> None:
    """Back to the English source texts (tests switch languages within one process)."""
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    global _factor
    _installed.clear()
    errors.set_translator(None)
    set_language("en")
    _factor = 0.0
    QLocale.setDefault(_system_locale)
