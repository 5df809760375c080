"""The GUI's lists of postponement causes, callers' languages, age bands, safety-plan statuses and
risk events are the core's labels (core/court.py, core/hotline.py, core/risk.py) translated in
the "Labels" context: one set of words per enum, the same the command line prints."""

from __future__ import annotations

import ast
from collections.abc import Callable
from enum import Enum
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from astra_desktop.core import labels as core_labels
from astra_desktop.core.court import PostponedBy
from astra_desktop.core.hotline import AGE_BANDS, LANGUAGES, AgeBand, CallLanguage
from astra_desktop.core.risk import ActionStatus, RiskEventKind
from astra_desktop.gui import i18n
from astra_desktop.gui import labels as gui_labels
from astra_desktop.gui.court import labels as court_labels
from astra_desktop.gui.hotline import labels as hotline_labels
from tools import update_translations as ut

GUI = Path(gui_labels.__file__).parent
# the GUI's list, its enum, and what it shows besides the members (a blank "not recorded")
LISTS: list[tuple[Callable[[], dict[str, str]], type[Enum], tuple[str, ...]]] = [
    (court_labels.postponement_causes, PostponedBy, ("",)),
    (hotline_labels.languages, CallLanguage, ()),
    (hotline_labels.age_bands, AgeBand, ("",)),
    (gui_labels.action_statuses, ActionStatus, ()),
    (gui_labels.risk_event_kinds, RiskEventKind, ()),
]
SERBIAN = {  # what the Serbian catalogue had for these words before they moved to core
    (court_labels.postponement_causes, "defence"): "Odbrana",
    (court_labels.postponement_causes, "other"): "Drugo (svedoci, veštaci …)",
    (hotline_labels.languages, "uk"): "ukrajinski",
    (hotline_labels.age_bands, "50+"): "50 godina i više",
    (gui_labels.action_statuses, "in-progress"): "U toku",
    (gui_labels.risk_event_kinds, "suspect-released"): "Osumnjičeni pušten na slobodu",
}


@pytest.fixture(scope="module")
def _catalogues() -> None:
    if not all(ut.qm_path(loc).exists() for loc in ut.LOCALES):
        ut.release()


@pytest.mark.parametrize(("words", "enum", "extra"), LISTS)
def test_the_gui_lists_are_the_core_labels(
    qapp: QApplication,
    words: Callable[[], dict[str, str]],
    enum: type[Enum],
    extra: tuple[str, ...],
) -> None:
    shown = words()
    assert list(shown) == [*extra, *(str(m.value) for m in enum)]  # in the enum's order
    for member in enum:
        assert shown[str(member.value)] == core_labels.label(member), member


def test_the_stored_codes_did_not_change() -> None:
    assert LANGUAGES == ("sr", "en", "uk", "ru", "ro", "bg", "hu", "sq", "rom", "vi", "ar", "fa",
                         "de", "other")  # fmt: skip
    assert AGE_BANDS == ("0-13", "14-17", "18-24", "25-34", "35-49", "50+")
    assert [m.value for m in ActionStatus] == ["open", "in-progress", "done", "dropped"]
    assert [m.value for m in RiskEventKind] == ["testimony", "suspect-released", "other"]


def test_no_gui_module_keeps_its_own_copy() -> None:
    moved = {text for _, enum, _ in LISTS for text in core_labels.labelled()[enum].values()}
    for path in (GUI / "labels.py", GUI / "court" / "labels.py", GUI / "hotline" / "labels.py"):
        literals = {
            node.args[0].value
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "_t"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        }
        assert not literals & moved, (path.name, literals & moved)


@pytest.mark.parametrize("lang", ["sr-Latn", "sr-Cyrl"])
def test_the_moved_labels_are_still_translated(
    qapp: QApplication, _catalogues: None, lang: str
) -> None:
    i18n.install(lang)
    try:
        for (words, value), latin in SERBIAN.items():
            shown = words()[value]
            if lang == "sr-Latn":
                assert shown == latin, (value, shown)
            else:
                assert shown != latin and any("\u0400" <= ch <= "\u04ff" for ch in shown), shown
    finally:
        i18n.uninstall()
