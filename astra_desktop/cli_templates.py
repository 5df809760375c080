"""`astra-desktop templates …`: the organisation's own wording of the court documents, kept in
the vault (services/templates.py), from the command line: list, export to stdout, import from a
file (or the rest of stdin), reset to the shipped text.

Kept apart from cli.py, which only registers it. An exported template is the document's fixed
wording, never client data, so it may be printed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from astra_desktop.errors import AstraError
from astra_desktop.services import templates

if TYPE_CHECKING:
    from astra_desktop.cli import Context

UNLOCK = (
    "line 1: your passphrase (the recovery key with --recovery); import -: the template follows"
)


def _read_source(ctx: Context, source: str) -> str:
    if source == "-":
        return ctx.reader.rest()  # what follows the passphrase line(s)
    path = Path(source)
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise AstraError(f"{path.name} could not be read: {exc.strerror}.") from exc
    except UnicodeDecodeError:
        raise AstraError(
            f"{path.name} is not UTF-8 text: save it as UTF-8 and try again."
        ) from None


def cmd_templates(ctx: Context) -> int:
    a = ctx.args
    with ctx.unlock() as sess:
        if a.templates_action == "list":
            edited = set(templates.changed(sess))
            for name in templates.NAMES:
                for lang in templates.LANGS:
                    state = "edited by the organisation" if (name, lang) in edited else "as shipped"
                    print(f"{name}\t{lang}\t{state}")
        elif a.templates_action == "export":
            found = templates.get(sess, a.name, a.lang)
            sys.stdout.write(found.shipped if a.shipped else found.text)
        elif a.templates_action == "import":
            saved = templates.save(sess, a.name, a.lang, _read_source(ctx, a.file))
            if saved.changed:
                keys = templates.changed_keys(a.name, a.lang, saved.text)
                print(f"Saved the organisation's {a.name} {a.lang} template ({len(keys)} text"
                      f"{'' if len(keys) == 1 else 's'} changed); documents use it from now on.")  # fmt: skip
            else:
                print(
                    f"The {a.name} {a.lang} text is the shipped one: the shipped template is used."
                )
        else:
            if templates.reset(sess, a.name, a.lang):
                print(f"The {a.name} {a.lang} template is back to the shipped text.")
            else:
                print(f"The {a.name} {a.lang} template was not edited: nothing changed.")
    return 0


def add_commands(
    add: Callable[[str, Callable[[Context], int], str, str], argparse.ArgumentParser],
) -> None:
    p = add("templates", cmd_templates,
            "The wording of the court documents: the organisation's own version of a template, "
            "kept in the vault (administrators change it)", UNLOCK)  # fmt: skip
    sub = p.add_subparsers(dest="templates_action", required=True, metavar="ACTION")
    sub.add_parser("list", help="each template and language: as shipped or edited")

    def which(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("name", choices=templates.NAMES, metavar="NAME",
                        help="a document kind, or common / claim: " + ", ".join(templates.NAMES))  # fmt: skip
        sp.add_argument("lang", choices=templates.LANGS, metavar="LANG",
                        help="en or sr-Latn (Cyrillic documents are made from sr-Latn)")  # fmt: skip

    ex = sub.add_parser("export", help="print the template in use (TOML) to stdout")
    which(ex)
    ex.add_argument("--shipped", action="store_true", help="print the shipped text instead")
    im = sub.add_parser("import", help="save an edited template (administrators); it must keep "
                        "every key and placeholder of the shipped one")  # fmt: skip
    which(im)
    im.add_argument("file", metavar="FILE",
                    help="a UTF-8 TOML file, or - for what follows the passphrase on stdin")  # fmt: skip
    rs = sub.add_parser("reset", help="go back to the shipped template (administrators)")
    which(rs)
