"""Keep the Qt catalogues in resources/i18n in step with the GUI, and build the .qm files.

Why a script: several people add GUI strings at once. Running it re-extracts every tr()/translate()
string with pyside6-lupdate (existing translations are kept), gives English its identity
translations, and regenerates the Cyrillic catalogue from the Latin one with
`core.translit.to_cyrillic` — so Cyrillic is never edited by hand and never drifts. Only
`astra_sr_Latn.ts` is translated by people.

    python -m tools.update_translations            # extract, fill en, derive sr_Cyrl
    python -m tools.update_translations --release  # also build the .qm files (build step)
    python -m tools.update_translations --check    # list untranslated strings, exit 1 if any

Each run also does the same for the services' error messages (tools/service_messages.py), and
writes the review's everyday-word list again (tools/make_common_words.py), which draws on them.
"""

from __future__ import annotations

import argparse
import ast
import copy
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

from astra_desktop.core.translit import to_cyrillic

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LATIN, CYRILLIC, ENGLISH = "sr_Latn", "sr_Cyrl", "en"
LOCALES = (LATIN, CYRILLIC, ENGLISH)
# The language attribute lrelease reads to pick plural rules: Serbian has three forms.
TS_LANGUAGE = {LATIN: "sr_Latn_RS", CYRILLIC: "sr_Cyrl_RS", ENGLISH: "en_GB"}


def ts_path(locale: str, folder: Path = I18N, stem: str = "astra") -> Path:
    return folder / f"{stem}_{locale}.ts"


def qm_path(locale: str, folder: Path = I18N, stem: str = "astra") -> Path:
    return folder / f"{stem}_{locale}.qm"


def sources(root: Path = ROOT) -> list[Path]:
    """Every file whose strings reach the screen (the generated forms/ui_*.py repeat ui/*.ui)."""
    gui = root / "astra_desktop" / "gui"
    files = [p for p in sorted(gui.rglob("*.py")) if p.parent.name != "forms"]
    return files + sorted((root / "ui").glob("*.ui"))


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise FileNotFoundError(f"{name} not found: install PySide6 (pip install -e '.[dev]')")
    return found


def lupdate(target: Path, root: Path = ROOT) -> None:
    """Extract into `target`; an existing file keeps its translations, vanished strings go."""
    target.parent.mkdir(parents=True, exist_ok=True)
    files = [str(p) for p in sources(root)]
    cmd = [
        _tool("pyside6-lupdate"),
        *files,
        "-no-obsolete",
        "-locations",
        "none",
        "-ts",
        str(target),
    ]
    subprocess.run(cmd, check=True, capture_output=True, cwd=root)


def lrelease(ts: Path, qm: Path) -> None:
    cmd = [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)]
    subprocess.run(cmd, check=True, capture_output=True)


# --- reading and writing catalogues -------------------------------------------------------------


def messages(tree: ET.ElementTree[ET.Element]) -> list[tuple[str, ET.Element]]:
    root = tree.getroot()
    return [
        (ctx.findtext("name") or "", msg)
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


def unfinished(path: Path) -> list[tuple[str, str]]:
    """(context, source) of every message not yet translated, or still marked unfinished."""
    missing = []
    for context, msg in messages(ET.parse(path)):
        tr = msg.find("translation")
        forms = [] if tr is None else ([f.text for f in tr.iter("numerusform")] or [tr.text])
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            missing.append((context, msg.findtext("source") or ""))
    return missing


def write(tree: ET.ElementTree[ET.Element], path: Path, language: str) -> None:
    if language:
        tree.getroot().set("language", language)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


# --- English: identity, with real plural forms ---------------------------------------------------

_PLURAL_SUFFIX = re.compile(r"\((e?s)\)")


def english_forms(source: str) -> list[str]:
    """'%n call(s)' → ['%n call', '%n calls'] (English has two plural forms)."""
    return [_PLURAL_SUFFIX.sub("", source), _PLURAL_SUFFIX.sub(r"\1", source)]


def fill_english(path: Path) -> None:
    tree = ET.parse(path)
    for _context, msg in messages(tree):
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        tr.attrib.pop("type", None)
        source = msg.findtext("source") or ""
        if msg.get("numerus") == "yes":
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for form in english_forms(source):
                ET.SubElement(tr, "numerusform").text = form
        elif not tr.text:
            tr.text = source
    write(tree, path, TS_LANGUAGE[ENGLISH])


# --- Cyrillic: derived from Latin ----------------------------------------------------------------

_MNEMONIC = re.compile(r"&(?!&)")


def cyrillic(latin: str) -> str:
    """to_cyrillic, with the keyboard mnemonic kept in front of the same letter.

    "&" is taken out before transliterating (it would split lj/nj/dž, and Po&lje must become
    &Поље-style "По&ље"), then put back before the Cyrillic letter that the marked Latin letter
    became. "&&" (a literal ampersand) is left as it is.
    """
    marks = [m.start() for m in _MNEMONIC.finditer(latin) if not latin[: m.start()].endswith("&")]
    if not marks:
        return to_cyrillic(latin)
    pos = marks[0]
    plain = latin[:pos] + latin[pos + 1 :]
    full = to_cyrillic(plain)
    head = to_cyrillic(plain[:pos])
    at = len(head)
    if full[:at] != head:  # the mark fell inside a digraph (l&j): mark the whole letter
        at -= 1
    return full[:at] + "&" + full[at:]


def derive_cyrillic(latin_ts: Path, cyrillic_ts: Path) -> None:
    tree = ET.parse(latin_ts)
    for _context, msg in messages(tree):
        tr = msg.find("translation")
        if tr is None:
            continue
        for node in [tr, *tr.iter("numerusform")]:
            if node.text:
                node.text = cyrillic(node.text)
    write(tree, cyrillic_ts, TS_LANGUAGE[CYRILLIC])


# --- the whole run ------------------------------------------------------------------------------


def wrapper_strings(root: Path = ROOT) -> list[tuple[str, str]]:
    """Strings passed to one-argument helpers such as labels._t, which lupdate cannot see.

    A helper counts when its body is `return QCoreApplication.translate("context", <argument>)`;
    every `_t("literal")` call in the same module is then a message of that context.
    """
    found: list[tuple[str, str]] = []
    for path in sources(root):
        if path.suffix != ".py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and len(node.args.args) == 1:
                ret = node.body[-1]
                call = ret.value if isinstance(ret, ast.Return) else None
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate"
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                ):
                    helpers[node.name] = str(call.args[0].value)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in helpers
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.append((helpers[node.func.id], node.args[0].value))
    return found


def extract(target: Path, root: Path = ROOT) -> None:
    """A fresh catalogue of every user-visible string, all untranslated (lupdate + helpers)."""
    target.unlink(missing_ok=True)
    lupdate(target, root)
    tree = ET.parse(target)
    contexts = {ctx.findtext("name") or "": ctx for ctx in tree.getroot().iter("context")}
    known = {(c, m.findtext("source")) for c, m in messages(tree)}
    for context, source in wrapper_strings(root):
        if (context, source) in known:
            continue
        known.add((context, source))
        if context not in contexts:
            contexts[context] = ET.SubElement(tree.getroot(), "context")
            ET.SubElement(contexts[context], "name").text = context
        msg = ET.SubElement(contexts[context], "message")
        ET.SubElement(msg, "source").text = source
        ET.SubElement(msg, "translation", type="unfinished")
    write(tree, target, "")


def merge(
    fresh: Path, old: Path | None, seed: dict[str, object] | None = None
) -> ET.ElementTree[ET.Element]:
    """The fresh catalogue with every translation the old one (or `seed`) already had.

    A string that moved to another context keeps its translation (matched by source text).
    `seed` maps source text to a translation: a str, or a list of plural forms.
    """
    by_key: dict[tuple[str, str], ET.Element] = {}
    by_source: dict[str, ET.Element] = {}
    if old is not None and old.exists():
        for context, msg in messages(ET.parse(old)):
            tr = msg.find("translation")
            if tr is None or tr.get("type") == "unfinished":
                continue
            source = msg.findtext("source") or ""
            by_key[(context, source)] = tr
            by_source.setdefault(source, tr)
    tree = ET.parse(fresh)
    for context, msg in messages(tree):
        source = msg.findtext("source") or ""
        kept = by_key.get((context, source), by_source.get(source))
        current = msg.find("translation")
        if kept is not None:
            if current is not None:
                msg.remove(current)
            msg.append(copy.deepcopy(kept))
        elif seed and source in seed:
            if current is not None:
                msg.remove(current)
            tr = ET.SubElement(msg, "translation")
            value = seed[source]
            if isinstance(value, list):
                for form in value:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = str(value)
    return tree


def update(folder: Path = I18N, root: Path = ROOT, seed: dict[str, object] | None = None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        extract(fresh, root)
        latin, english = ts_path(LATIN, folder), ts_path(ENGLISH, folder)
        write(merge(fresh, latin, seed), latin, TS_LANGUAGE[LATIN])
        write(merge(fresh, english), english, TS_LANGUAGE[ENGLISH])
    fill_english(english)
    derive_cyrillic(latin, ts_path(CYRILLIC, folder))


def release(folder: Path = I18N, stem: str = "astra") -> list[Path]:
    """Build the .qm files the app loads (not committed: built by `make` and the installer);
    `stem` names the catalogue (`astra_services` for the services' messages)."""
    built = []
    for locale in LOCALES:
        ts = ts_path(locale, folder, stem)
        if ts.exists():
            lrelease(ts, qm_path(locale, folder, stem))
            built.append(qm_path(locale, folder, stem))
    return built


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--release", action="store_true", help="only build the .qm files")
    parser.add_argument("--check", action="store_true", help="only report unfinished strings")
    args = parser.parse_args(argv)
    from tools import service_messages  # here: it imports this module

    if args.release:
        for qm in [*release(), *service_messages.release()]:
            print(f"built {qm.relative_to(ROOT)}")
        return 0
    if not args.check:
        update()
    missing = unfinished(ts_path(LATIN))
    for context, source in missing:
        print(f"untranslated [{context}] {source!r}")
    print(f"{len(missing)} string(s) still to translate in {ts_path(LATIN).relative_to(ROOT)}")
    services = service_messages.main(["--check"] if args.check else [])
    if not args.check:  # the review's everyday words come from these catalogues too
        from tools import make_common_words

        make_common_words.OUT.write_text(make_common_words.render(), encoding="utf-8")
        print(f"wrote {make_common_words.OUT.relative_to(ROOT)}")
    return 1 if (args.check and (missing or services)) else 0


if __name__ == "__main__":
    raise SystemExit(main())
