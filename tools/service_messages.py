"""Collect the services' message templates and enum labels, and keep their Qt catalogues in step.

Why: the core, storage, services and reports raise `AstraError`s with typed messages — an English
template (str.format syntax, also the message id) and its values (core/messages.py) — and the core
must not import Qt. The GUI looks a template up by its id (`gui/service_text.py`). This script
finds the templates in the source with `ast`, so nobody has to list them by hand:

* string constants (and UPPER_CASE constants, also across modules) passed as the message of an
  exception class of the package, wherever the exception is made (`raise X(...)`, `return X(...)`
  in helpers such as `damaged()`), including later positional arguments (`ValidationError(field,
  "msg")` — the field name is not a message); a constant is its own id, written as it is;
* values that are messages: `Message("backup")`, and what is passed to a helper's parameter that
  ends up in `Message(...)` / `message(...)` (`damaged(path, WHAT, "its header is unreadable")`);
* items of lists named `...problems`, and what `describe()`-like calls return when they are
  joined into a message;
* messages made by f-strings, concatenations or `.format` (`legacy`): `--check` refuses them —
  the GUI could not translate their finished English text (make them a `Message` with values).
  An f-string hole becomes `{its source}`, literal braces are doubled.

The CLI modules (`cli.py`, `cli_*.py`, `*_cli.py`) are left out: the CLI stays English. The enum
labels (core/labels.py) go to the "Labels" context, disambiguated by the enum's name. Everything
goes to `resources/i18n/astra_services_{sr_Latn,sr_Cyrl,en}.ts`, kept apart from the GUI's
catalogues: people translate `astra_services_sr_Latn.ts` (placeholders exactly as in the source);
Cyrillic is derived from it, English is the identity. A template whose placeholders were only
renamed keeps its translation (`carried`).

    python -m tools.service_messages            # extract, update astra_services_*.ts
    python -m tools.service_messages --check    # exit 1 if a template or label is untranslated
    python -m tools.service_messages --release  # also build astra_services_*.qm
"""

from __future__ import annotations

import argparse
import ast
import functools
import importlib
import itertools
import pkgutil
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeGuard

from astra_desktop.core.messages import CONTEXT, LABELS
from astra_desktop.core.translit import to_cyrillic
from astra_desktop.gui.service_text import split
from tools import update_translations
from tools.update_translations import CYRILLIC, ENGLISH, LATIN, TS_LANGUAGE, write

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "astra_desktop"
I18N = ROOT / "resources" / "i18n"
MAX_ALTERNATIVES = 8  # a message with several `a if c else b` parts: at most this many variants
_CONSTANT = re.compile(r"^_?[A-Z][A-Z0-9_]*$")
_BASE_EXCEPTIONS = {"Exception", "AstraError"}


STEM = "astra_services"


def ts_path(locale: str, folder: Path = I18N) -> Path:
    return update_translations.ts_path(locale, folder, STEM)


def qm_path(locale: str, folder: Path = I18N) -> Path:
    return update_translations.qm_path(locale, folder, STEM)


def sources(root: Path = ROOT) -> list[Path]:
    """The non-GUI modules, less the command line (which stays English)."""
    package = root / "astra_desktop"
    return [
        p
        for p in sorted(package.rglob("*.py"))
        if "gui" not in p.relative_to(package).parts
        and not (p.stem == "cli" or p.stem.startswith("cli_") or p.stem.endswith("_cli"))
    ]


# --- template text ------------------------------------------------------------------------------

# What a piece of a message's text is: literal text of an f-string (braces to escape), a string
# constant (a template: written as it is), or a placeholder for an expression or a text finished
# by `.format` (only the fallback's regexes can translate a message with one of those).
LITERAL, TEMPLATE, HOLE = 0, 1, 2
Piece = tuple[int, str]  # (kind, text)


def _escape(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def _hole(expr: ast.expr, conversion: int = -1, spec: str = "") -> Piece:
    text = ast.unparse(expr)
    if conversion > 0:
        text += "!" + chr(conversion)
    if spec:
        text += ":" + spec
    return HOLE, "{" + text + "}"


def literal_text(template: str) -> str:
    """A template without its placeholders (what a message must contain, word for word)."""
    return "".join(text for is_hole, text in split(template) if not is_hole)


def placeholders(template: str) -> list[str]:
    return [text for is_hole, text in split(template) if is_hole]


# --- reading the source -------------------------------------------------------------------------


@dataclass
class Module:
    path: Path
    tree: ast.Module
    constants: dict[str, ast.expr] = field(default_factory=dict)
    imported: dict[str, tuple[str, str]] = field(default_factory=dict)  # name → (module, name)


@dataclass
class Sink:
    """Something that makes an exception: which arguments are (parts of) its message."""

    positions: set[int] = field(default_factory=set)
    keywords: set[str] = field(default_factory=set)


@dataclass
class Found:
    template: str
    where: str  # module path, for the translators' comment
    legacy: bool = False  # made by an f-string: refused by --check (never translated)
    context: str = CONTEXT
    disambiguation: str = ""  # labels: the enum's name


class Extractor:
    def __init__(self, files: Iterable[Path], root: Path = ROOT) -> None:
        self.root = root
        self.modules = [
            Module(p, ast.parse(p.read_text(encoding="utf-8"), filename=str(p))) for p in files
        ]
        self.global_constants: dict[str, list[ast.expr]] = {}
        self.by_name: dict[str, Module] = {}
        for module in self.modules:
            dotted = ".".join(module.path.relative_to(root).with_suffix("").parts)
            self.by_name[dotted.removesuffix(".__init__")] = module
            for node in ast.walk(module.tree):
                if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    for alias in node.names:
                        module.imported[alias.asname or alias.name] = (node.module, alias.name)
                elif isinstance(node, ast.Import):
                    for alias in node.names:
                        module.imported[alias.asname or alias.name] = (alias.name, "")
            for node in module.tree.body:
                target, value = _assignment(node)
                if target and value is not None and _CONSTANT.match(target):
                    module.constants[target] = value
                    self.global_constants.setdefault(target, []).append(value)
        self.classes: dict[str, list[ast.ClassDef]] = {}
        self.functions: dict[str, list[ast.FunctionDef]] = {}
        for module in self.modules:
            for node in module.tree.body:
                if isinstance(node, ast.ClassDef):
                    self.classes.setdefault(node.name, []).append(node)
                elif isinstance(node, ast.FunctionDef):
                    self.functions.setdefault(node.name, []).append(node)
        self.all_functions: dict[str, list[tuple[ast.FunctionDef, Module]]] = {}
        for module in self.modules:
            for node in ast.walk(module.tree):
                if isinstance(node, ast.FunctionDef):
                    self.all_functions.setdefault(node.name, []).append((node, module))
        self.sinks: dict[str, Sink] = {}
        self.found: list[Found] = []
        self._module: Module | None = None

    # -- which classes and helpers make exceptions, and which arguments carry the message ------

    def _is_exception(self, name: str, seen: frozenset[str] = frozenset()) -> bool:
        if name in _BASE_EXCEPTIONS:
            return True
        if name in seen:
            return False
        return any(
            self._is_exception(_name(base), seen | {name})
            for cls in self.classes.get(name, [])
            for base in cls.bases
        )

    def _sink_of_class(self, cls: ast.ClassDef, module: Module) -> Sink:
        init = next(
            (n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"), None
        )
        if init is None:
            for base in cls.bases:
                parent = self.sinks.get(_name(base))
                if parent is not None:
                    return parent
            return Sink({0})
        calls = [c for c in ast.walk(init) if isinstance(c, ast.Call) and _is_super_init(c)]
        parent = next(
            (self.sinks[_name(b)] for b in cls.bases if _name(b) in self.sinks), Sink({0})
        )
        sink = self._sink_of_function(init, calls, parent, module, skip_self=True)
        wrapped = self._sink_of_function(init, _wrapped(init), None, module, skip_self=True)
        sink.positions |= wrapped.positions
        sink.keywords |= wrapped.keywords
        return sink

    def _sink_of_function(
        self,
        func: ast.FunctionDef,
        calls: list[ast.Call],
        parent: Sink | None,
        module: Module,
        skip_self: bool = False,
    ) -> Sink:
        """The message parameters of `func`, whose body passes them on through `calls`."""
        params = [a.arg for a in [*func.args.posonlyargs, *func.args.args]][int(skip_self) :]
        names = set(params) | {a.arg for a in func.args.kwonlyargs}
        sink = Sink()
        scope = _locals(func)
        for call in calls:
            target = parent if parent is not None else self.sinks.get(_name(call.func))
            if target is None:
                continue
            for arg in _message_args(call, target):
                if isinstance(arg, ast.Name) and arg.id in names:
                    used = {arg.id}
                else:
                    self._collect(arg, scope, module)
                    used = {n.id for n in ast.walk(arg) if isinstance(n, ast.Name)} & names
                for name in used:
                    if name in params:
                        sink.positions.add(params.index(name))
                    sink.keywords.add(name)
        # Defaults of message parameters are messages too (`why: str = "The backup was cancelled"`).
        defaults = dict(zip(params[::-1], func.args.defaults[::-1], strict=False))
        for name in sink.keywords:
            if name in defaults:
                self._collect(defaults[name], scope, module)
        return sink

    def find_sinks(self) -> None:
        self.sinks.setdefault("AstraError", Sink({0}))
        for name in _MESSAGE_VALUES:  # a value that is a message: its text is a template too
            self.sinks.setdefault(name, Sink({0}, {"template", "value"}))
        for _ in range(3):  # helpers may call helpers defined later: settle in a few rounds
            for module in self.modules:
                for node in module.tree.body:
                    if isinstance(node, ast.ClassDef) and node.name in _BASE_EXCEPTIONS:
                        continue  # AstraError(template, **values): its message is argument 0
                    if isinstance(node, ast.ClassDef) and self._is_exception(node.name):
                        self._merge(node.name, self._sink_of_class(node, module))
                    elif isinstance(node, ast.FunctionDef):
                        returned = [c for c in _returned_calls(node) if _name(c.func) in self.sinks]
                        returned += _wrapped(node)
                        if returned:
                            self._merge(
                                node.name, self._sink_of_function(node, returned, None, module)
                            )

    def _merge(self, name: str, sink: Sink) -> None:
        have = self.sinks.setdefault(name, Sink())
        have.positions |= sink.positions
        have.keywords |= sink.keywords

    # -- the calls ------------------------------------------------------------------------------

    def find_messages(self) -> None:
        for module in self.modules:
            self._module = module
            for func, call in _calls(module.tree):
                sink = self.sinks.get(_name(call.func))
                if sink is None or _is_super_init(call):
                    continue
                scope = _locals(func) if func is not None else {}
                for arg in _message_args(call, sink):
                    self._collect(arg, scope, module)
            for func, node in _list_items(module.tree):
                self._collect(node, _locals(func) if func is not None else {}, module)

    def _collect(self, expr: ast.expr, scope: dict[str, ast.expr], module: Module) -> None:
        where = str(module.path.relative_to(self.root))
        for pieces in self._texts(expr, scope, module, 0):
            template = "".join(text if kind else _escape(text) for kind, text in pieces)
            if sum(ch.isalpha() for ch in literal_text(template)) >= 3:
                legacy = any(kind == HOLE for kind, _ in pieces) and bool(placeholders(template))
                self.found.append(Found(template, where, legacy))

    def _texts(
        self, expr: ast.expr, scope: dict[str, ast.expr], module: Module, depth: int
    ) -> list[list[Piece]]:
        """The texts `expr` can be, as pieces: literal text, or a placeholder for the rest."""
        if depth > 6:
            return [[_hole(expr)]]
        deeper = depth + 1
        if isinstance(expr, ast.Constant):
            return [[(TEMPLATE, expr.value)]] if isinstance(expr.value, str) else []
        if isinstance(expr, ast.JoinedStr):
            parts: list[list[list[Piece]]] = []
            for value in expr.values:
                if isinstance(value, ast.Constant):
                    parts.append([[(LITERAL, str(value.value))]])
                elif isinstance(value, ast.FormattedValue):
                    parts.append(self._formatted(value, scope, module, deeper))
            return _product(parts)
        if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
            left = self._texts(expr.left, scope, module, deeper)
            right = self._texts(expr.right, scope, module, deeper)
            return _product([left, right]) if left and right else [[_hole(expr)]]
        if isinstance(expr, ast.IfExp):
            return (
                self._texts(expr.body, scope, module, deeper)
                + self._texts(expr.orelse, scope, module, deeper)
            )[:MAX_ALTERNATIVES]
        if isinstance(expr, ast.BoolOp) and isinstance(expr.op, ast.Or):  # `code or "a case"`
            texts = [t for v in expr.values for t in self._texts(v, scope, module, deeper)]
            return texts[:MAX_ALTERNATIVES]
        if _is_join(expr):
            self._joined_calls(expr, scope, module)
        if (
            isinstance(expr, ast.Call)
            and isinstance(expr.func, ast.Attribute)
            and expr.func.attr == "format"
        ):
            base = self._resolve(expr.func.value, scope, module)
            if isinstance(base, ast.Constant) and isinstance(base.value, str):
                for arg in [*expr.args, *(k.value for k in expr.keywords)]:
                    self._collect(arg, scope, module)  # the values are texts too
                return [[(HOLE, base.value)]]
        resolved = self._resolve(expr, scope, module)
        if resolved is not None and resolved is not expr:
            inner_scope = scope if isinstance(expr, ast.Name) and expr.id in scope else {}
            texts = self._texts(resolved, inner_scope, module, deeper)
            if texts:
                return texts
        return [[_hole(expr)]]

    def _formatted(
        self, value: ast.FormattedValue, scope: dict[str, ast.expr], module: Module, depth: int
    ) -> list[list[Piece]]:
        spec = ""
        if isinstance(value.format_spec, ast.JoinedStr):
            spec = "".join(
                str(v.value) if isinstance(v, ast.Constant) else "{" + ast.unparse(v) + "}"
                for v in value.format_spec.values
            )
        if value.conversion <= 0 and not spec and isinstance(value.value, ast.Name):
            resolved = self._resolve(value.value, scope, module)
            if resolved is not None:
                inner_scope = scope if value.value.id in scope else {}
                texts = self._texts(resolved, inner_scope, module, depth)
                if texts and all(any(kind != HOLE for kind, _ in t) for t in texts):
                    return texts
                self._collect(resolved, inner_scope, module)  # `where = code or "a case"`
        return [[_hole(value.value, value.conversion, spec)]]

    def _joined_calls(self, join: ast.Call, scope: dict[str, ast.expr], module: Module) -> None:
        """`" ".join(c.describe() for c in conflicts)`: what `describe` returns are messages."""
        items = join.args[0]
        if isinstance(items, ast.Name) and items.id in scope:
            items = scope[items.id]
        if isinstance(items, ast.ListComp | ast.GeneratorExp) and isinstance(items.elt, ast.Call):
            for func, where in self.all_functions.get(_name(items.elt.func), []):
                local = _locals(func)
                for node in _walk_function(func):
                    if isinstance(node, ast.Return) and node.value is not None:
                        self._collect(node.value, local, where)

    def _resolve(
        self, expr: ast.expr, scope: dict[str, ast.expr], module: Module
    ) -> ast.expr | None:
        """A name's value: a local assigned once, a constant of this module or one it imports."""
        if isinstance(expr, ast.Name):
            if expr.id in scope:
                return scope[expr.id]
            return self._constant(module, expr.id)
        if isinstance(expr, ast.Attribute) and _CONSTANT.match(expr.attr):
            if isinstance(expr.value, ast.Name) and expr.value.id in module.imported:
                source, name = module.imported[expr.value.id]
                other = self.by_name.get(f"{source}.{name}" if name else source)
                if other is not None:
                    return self._constant(other, expr.attr)
            found = self.global_constants.get(expr.attr, [])
            return found[0] if len(found) == 1 else None
        return None

    def _constant(self, module: Module, name: str, depth: int = 0) -> ast.expr | None:
        if name in module.constants:
            return module.constants[name]
        if name in module.imported and depth < 5:
            source, original = module.imported[name]
            other = self.by_name.get(source)
            if other is not None and original:
                return self._constant(other, original, depth + 1)
        found = self.global_constants.get(name, []) if _CONSTANT.match(name) else []
        return found[0] if len(found) == 1 else None

    def run(self) -> list[Found]:
        self.find_sinks()
        # The first rounds saw some exceptions before their parents (and took a parent's message
        # to be its first argument): start again with every signature known.
        self.found = []
        self.find_sinks()
        self.find_messages()
        unique: dict[str, Found] = {}
        for found in self.found:
            unique.setdefault(found.template, found)
        return list(unique.values())


def _assignment(node: ast.stmt) -> tuple[str | None, ast.expr | None]:
    if isinstance(node, ast.Assign) and len(node.targets) == 1:
        target = node.targets[0]
        return (target.id if isinstance(target, ast.Name) else None), node.value
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return node.target.id, node.value
    return None, None


_MESSAGE_VALUES = ("Message", "message")


def _wrapped(func: ast.FunctionDef) -> list[ast.Call]:
    """`Message(x)` / `message(x)` calls in `func`: a parameter passed there is a message."""
    return [
        c for c in ast.walk(func) if isinstance(c, ast.Call) and _name(c.func) in _MESSAGE_VALUES
    ]


@functools.cache
def _returned_calls(func: ast.FunctionDef) -> list[ast.Call]:
    return [
        r.value
        for r in ast.walk(func)
        if isinstance(r, ast.Return) and isinstance(r.value, ast.Call)
    ]


@functools.cache
def _locals(func: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, ast.expr]:
    """Local names assigned exactly once in `func` (not counting nested functions)."""
    seen: dict[str, list[ast.expr | None]] = {}
    for node in _walk_function(func):
        if isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign | ast.For | ast.With):
            targets: list[ast.expr] = []
            if isinstance(node, ast.Assign):
                targets = node.targets
            elif isinstance(node, ast.AnnAssign | ast.AugAssign | ast.For):
                targets = [node.target]
            value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
            if isinstance(node, ast.AugAssign):
                value = None
            for target in targets:
                for name in ast.walk(target):
                    if isinstance(name, ast.Name):
                        single = target is name and len(targets) == 1
                        seen.setdefault(name.id, []).append(value if single else None)
        elif isinstance(node, ast.NamedExpr):
            seen.setdefault(node.target.id, []).append(node.value)
    return {name: values[0] for name, values in seen.items() if len(values) == 1 and values[0]}


def _list_items(tree: ast.AST) -> Iterator[tuple[ast.FunctionDef | None, ast.expr]]:
    """Items of lists named `...problems`: they are joined into a message (ImportRejected, the
    checks of a restored vault), one problem each."""

    def named(target: ast.expr) -> bool:
        return _name(target).endswith("problems")

    for func, call in _calls(tree):
        func_ = call.func
        if (
            isinstance(func_, ast.Attribute)
            and func_.attr == "append"
            and named(func_.value)
            and call.args
        ):
            yield func, call.args[0]  # type: ignore[misc]
    for node in ast.walk(tree):
        value = None
        if isinstance(node, ast.Assign):
            value = node.value if any(named(t) for t in node.targets) else None
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            value = node.value if named(node.target) else None
        if isinstance(value, ast.List):
            for item in value.elts:
                yield None, item


def _walk_function(func: ast.AST) -> Iterator[ast.AST]:
    for child in ast.iter_child_nodes(func):
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
            continue
        yield child
        yield from _walk_function(child)


def _calls(
    tree: ast.AST,
) -> Iterator[tuple[ast.FunctionDef | ast.AsyncFunctionDef | None, ast.Call]]:
    """Every call, with the function it is in (None at module or class level)."""

    def visit(node: ast.AST, func: ast.FunctionDef | ast.AsyncFunctionDef | None) -> Iterator:
        for child in ast.iter_child_nodes(node):
            inner = child if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else func
            if isinstance(child, ast.Call):
                yield func, child
            yield from visit(child, inner)

    yield from visit(tree, None)


def _name(expr: ast.expr) -> str:
    if isinstance(expr, ast.Name):
        return expr.id
    if isinstance(expr, ast.Attribute):
        return expr.attr
    return ""


def _is_join(expr: ast.expr) -> TypeGuard[ast.Call]:
    return (
        isinstance(expr, ast.Call)
        and isinstance(expr.func, ast.Attribute)
        and expr.func.attr == "join"
        and isinstance(expr.func.value, ast.Constant)
        and len(expr.args) == 1
    )


def _is_super_init(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "__init__"
        and isinstance(func.value, ast.Call)
        and _name(func.value.func) == "super"
    )


def _message_args(call: ast.Call, sink: Sink) -> list[ast.expr]:
    args = [a for i, a in enumerate(call.args) if i in sink.positions]
    return args + [k.value for k in call.keywords if k.arg in sink.keywords]


def _product(parts: list[list[list[Piece]]]) -> list[list[Piece]]:
    if any(not p for p in parts):
        return []
    combos = itertools.islice(itertools.product(*parts), MAX_ALTERNATIVES)
    return [[piece for part in combo for piece in part] for combo in combos]


def extract(root: Path = ROOT) -> list[Found]:
    """Every message template of the non-GUI code, in source order, each once."""
    return Extractor(sources(root), root).run()


def labels(root: Path = ROOT) -> list[Found]:
    """The English labels of the core's enums (core/labels.py), one entry per enum and text."""
    if root != ROOT:
        return []
    import astra_desktop.core as core

    for module in pkgutil.iter_modules(core.__path__):
        importlib.import_module(f"astra_desktop.core.{module.name}")
    from astra_desktop.core.labels import labelled

    out: dict[tuple[str, str], Found] = {}
    for enum, texts in labelled().items():
        where = enum.__module__.replace(".", "/") + ".py"
        for text in texts.values():
            out.setdefault((text, enum.__name__), Found(text, where, False, LABELS, enum.__name__))
    return list(out.values())


# --- catalogues --------------------------------------------------------------------------------

Key = tuple[str, str, str]  # context, source, disambiguation


def key(item: Found) -> Key:
    return item.context, item.template, item.disambiguation


def read_translations(path: Path, context: str | None = CONTEXT) -> dict[str, str]:
    """source → finished translation of one context of an existing catalogue."""
    return {s: t for (c, s, _), t in read_all(path).items() if context is None or c == context}


def read_all(path: Path) -> dict[Key, str]:
    """(context, source, disambiguation) → finished translation of an existing catalogue."""
    if not path.exists():
        return {}
    found = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") != "unfinished" and tr.text:
                found[name, msg.findtext("source") or "", msg.findtext("comment") or ""] = tr.text
    return found


# Left in Latin in the Cyrillic catalogue, besides what to_cyrillic keeps: `commands`, „quoted”
# values and titles (a rules file's "warning", the README's section names), file names, names
# with an underscore, and words with two capitals (JSON, MB, LibreOffice, README).
_PROTECTED = re.compile(
    r"`[^`]*`|„[^”]*”"
    r"|\b[\w-]+\.(?:db|keys|anchor|throttle|lock|json|csv|pdf)\b"
    r"|\b\w+_\w+\b|\b[A-Z][A-Za-z]*[A-Z]\w*\b|\bUnicode\b"
)


def cyrillic(latin: str) -> str:
    """to_cyrillic outside placeholders and what _PROTECTED keeps in Latin."""
    out = []
    for is_hole, text in _raw_split(latin):
        if is_hole:
            out.append(text)
            continue
        pos = 0
        for m in _PROTECTED.finditer(text):
            out.append(to_cyrillic(text[pos : m.start()]) + m.group())
            pos = m.end()
        out.append(to_cyrillic(text[pos:]))
    return "".join(out)


def _raw_split(template: str) -> list[tuple[bool, str]]:
    """Like split(), but literal text keeps its doubled braces (it is written back as it is)."""
    return [(h, t if h else _escape(t)) for h, t in split(template)]


def catalogue(
    found: Sequence[Found], translations: dict[Key, str], locale: str
) -> ET.ElementTree[ET.Element]:
    root = ET.Element("TS", version="2.1", language=TS_LANGUAGE[locale])
    contexts: dict[str, ET.Element] = {}
    for item in found:
        if item.context not in contexts:
            contexts[item.context] = context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = item.context
        msg = ET.SubElement(contexts[item.context], "message")
        ET.SubElement(msg, "source").text = item.template
        if item.disambiguation:
            ET.SubElement(msg, "comment").text = item.disambiguation
        ET.SubElement(msg, "extracomment").text = item.where
        text = translations.get(key(item))
        if text:
            ET.SubElement(msg, "translation").text = text
        else:
            ET.SubElement(msg, "translation", type="unfinished")
    return ET.ElementTree(root)


def carried(found: Sequence[Found], latin: dict[Key, str]) -> dict[Key, str]:
    """Translations for templates that only renamed their placeholders (an f-string's
    `{self.starts_at:%H:%M}` became `{starts:%H:%M}`): the old translation, placeholders renamed
    in the order the English has them."""
    by_words: dict[tuple[str, int], tuple[str, str]] = {}
    for (context, source, _), text in latin.items():
        if context == CONTEXT:
            by_words.setdefault((literal_text(source), len(placeholders(source))), (source, text))
    out = {}
    for item in found:
        words = (literal_text(item.template), len(placeholders(item.template)))
        if item.context != CONTEXT or key(item) in latin or words not in by_words:
            continue
        old, text = by_words[words]
        renamed = dict(zip(placeholders(old), placeholders(item.template), strict=True))
        if len(set(renamed.values())) != len(set(renamed)):
            continue  # two old placeholders became one: left for a person
        out[key(item)] = "".join(
            renamed.get(part, part) if hole else _escape(part) for hole, part in split(text)
        )
    return out


def update(found: Sequence[Found], folder: Path = I18N) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    latin = read_all(ts_path(LATIN, folder))
    latin |= carried(found, latin)
    write(catalogue(found, latin, LATIN), ts_path(LATIN, folder), TS_LANGUAGE[LATIN])
    cyr = {k: cyrillic(text) for k, text in latin.items()}
    write(catalogue(found, cyr, CYRILLIC), ts_path(CYRILLIC, folder), TS_LANGUAGE[CYRILLIC])
    english = {key(item): item.template for item in found}
    write(catalogue(found, english, ENGLISH), ts_path(ENGLISH, folder), TS_LANGUAGE[ENGLISH])


def problems(found: Sequence[Found], folder: Path = I18N) -> list[str]:
    """What is out of step: untranslated templates, placeholders changed, untyped messages."""
    out = [
        f"made as finished text, so never translated: {item.template!r} ({item.where}); "
        "raise it as a Message with values"
        for item in found
        if item.legacy
    ]
    latin = read_all(ts_path(LATIN, folder))
    for item in found:
        text = latin.get(key(item))
        if not text:
            out.append(f"untranslated: {item.template!r} ({item.where})")
        elif sorted(placeholders(text)) != sorted(placeholders(item.template)):
            out.append(f"placeholders differ: {item.template!r} → {text!r}")
    for locale in (CYRILLIC, ENGLISH):
        have = read_all(ts_path(locale, folder))
        if set(have) != {key(item) for item in found}:
            out.append(f"{ts_path(locale, folder).name} is out of date: run the update")
    return out


def release(folder: Path = I18N) -> list[Path]:
    return update_translations.release(folder, STEM)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="only report; exit 1 if out of step")
    parser.add_argument("--release", action="store_true", help="also build the .qm files")
    args = parser.parse_args(argv)
    found = [*extract(), *labels()]
    if args.check:
        issues = problems(found)
        for issue in issues:
            print(issue)
        print(f"{len(found)} service message template(s); {len(issues)} problem(s)")
        return 1 if issues else 0
    update(found)
    latin = read_all(ts_path(LATIN))
    missing = [f for f in found if key(f) not in latin]
    for item in missing:
        print(f"untranslated [{item.context}] {item.template!r}")
    print(f"{len(found)} template(s), {len(missing)} still to translate in {ts_path(LATIN).name}")
    if args.release:
        for qm in release():
            print(f"built {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
