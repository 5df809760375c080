"""`astra-desktop team …` and `astra-desktop sync`: a team of laptops sharing cases through an
office folder (issue 21), over services/team.py and services/sync.py like the window.

Kept apart from cli.py, which only registers it. `sync` applies what the other laptops wrote and
publishes this vault's changes once; a file whose records were changed on both sides is held and
its conflicts printed, to be settled with --mine/--theirs (exit 6), and a refused file exits 4.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from astra_desktop.cli_backup import NEEDS_CHOICE, _show
from astra_desktop.services import sync, team

if TYPE_CHECKING:
    from astra_desktop.cli import Context

UNLOCK = "line 1: your passphrase (the recovery key with --recovery)"
REFUSED = 4


def _folder(text: str | None) -> Path | None:
    return Path(text) if text else None


def cmd_team(ctx: Context) -> int:
    a = ctx.args
    with ctx.unlock() as sess:
        if a.team_action == "create":
            row = team.create(sess, a.name, _folder(a.folder))
            print(
                f"Created the team {row.name!r}; this laptop is its first device ({row.device_id})."
            )
        elif a.team_action == "request":
            code = team.request_join(sess, Path(a.out))
            print(f"Wrote the join request {a.out}. Give it to the administrator and read this "
                  "fingerprint to them (they check it before admitting this laptop):")  # fmt: skip
            print(f"\n    {code}\n")
        elif a.team_action == "add-device":
            folder = sync.resolve_folder(sess, _folder(a.folder))
            made = team.add_device(sess, Path(a.request), Path(a.out), folder, a.fingerprint)
            print(f"Wrote the join file {made.path} (fingerprint {made.fingerprint}).")
            print("One-time passphrase (read it out; never send it with the file):")
            print(f"\n    {made.passphrase}\n")
        elif a.team_action == "join":
            secret = ctx.reader.read("The join file's one-time passphrase")
            row = team.join(sess, Path(a.file), secret, _folder(a.folder))
            print(f"Joined the team {row.name!r}. Run `astra-desktop sync` to receive its cases.")
        elif a.team_action == "devices":
            for d in team.devices(sess):
                state = "removed" if d.removed else ("administrator" if d.admin else "member")
                print("\t".join([d.device_id, d.owner, state, d.last_seen or "never seen"]))
        elif a.team_action == "remove-device":
            folder = sync.resolve_folder(sess, _folder(a.folder))
            epoch = team.remove_device(sess, a.device, folder)
            print(f"Removed the device; the team key was renewed (epoch {epoch}). The removed "
                  "laptop cannot read anything written from now on.")  # fmt: skip
        elif a.team_action in ("share", "unshare"):
            for code in a.case:
                team.share_case(sess, code, a.team_action == "share")
            what = "shared with the office" if a.team_action == "share" else "no longer shared"
            print(f"{len(a.case)} case(s) {what}.")
    return 0


def cmd_sync(ctx: Context) -> int:
    a = ctx.args
    choices = {i: sync.MINE for i in a.mine} | {i: sync.THEIRS for i in a.theirs}
    with ctx.unlock() as sess:
        result = sync.sync(sess, _folder(a.folder), choices, a.all or "", a.full)
        if a.snapshot and not result.removed:
            folder = sync.resolve_folder(sess, None)  # the one just synced with
            result.snapshot = sync.write_snapshot(sess, folder)
            result.compacted += sync.compact(sess, folder)
    print(f"Applied {len(result.applied)} file(s) from other laptops; "
          + (f"wrote {result.written}." if result.written else "nothing new to publish."))  # fmt: skip
    if result.snapshot:
        print(f"Wrote the snapshot {result.snapshot} (a new laptop starts from it).")
    if result.compacted:
        print(f"Deleted {len(result.compacted)} old file(s) of this laptop that every laptop has "
              "applied.")  # fmt: skip
    for line in result.waiting.values():
        print(f"Waiting: {line}")
    for message in result.refused.values():
        print(f"astra-desktop: {message}", file=sys.stderr)
    if result.removed:
        print("astra-desktop: this laptop was removed from the team; it no longer receives the "
              "office's changes.", file=sys.stderr)  # fmt: skip
    if result.held:
        _show(result.conflicts)
        print(f"astra-desktop: {len(result.conflicts)} record(s) were changed here and on another "
              "laptop; those files were not applied. Run sync again with --mine ID or --theirs "
              "ID for each (or --all).", file=sys.stderr)  # fmt: skip
        return NEEDS_CHOICE
    return REFUSED if result.refused or result.removed else 0


def add_commands(
    add: Callable[[str, Callable[[Context], int], str, str], argparse.ArgumentParser],
) -> None:
    p = add("team", cmd_team, "A team of laptops sharing cases through an office folder",
            UNLOCK + "; join, line 2: the join file's one-time passphrase")  # fmt: skip
    sub = p.add_subparsers(dest="team_action", required=True, metavar="ACTION")
    c = sub.add_parser("create", help="make this vault the first device of a team (admin only)")
    c.add_argument("--name", required=True)
    c.add_argument("--folder", metavar="DIR", help="the office folder this laptop syncs with")
    r = sub.add_parser(
        "request", help="on a new laptop: write a join request, print its fingerprint"
    )
    r.add_argument("--out", required=True, metavar="FILE")
    ad = sub.add_parser("add-device", help="on the administrator's laptop: admit a join request")
    ad.add_argument("request", metavar="REQUEST")
    ad.add_argument("--out", required=True, metavar="FILE", help="the join file to write")
    ad.add_argument("--fingerprint", metavar="CODE", help="as read out from the new laptop")
    ad.add_argument("--folder", metavar="DIR")
    j = sub.add_parser("join", help="on the new laptop: import the join file")
    j.add_argument("file", metavar="FILE")
    j.add_argument("--folder", metavar="DIR")
    sub.add_parser("devices", help="the team's devices (id, owner, state, last seen)")
    rm = sub.add_parser("remove-device", help="remove a device and renew the team key (admin)")
    rm.add_argument("device", metavar="DEVICE_ID", help="its id, or its first characters")
    rm.add_argument("--folder", metavar="DIR")
    for action, text in (("share", "share cases with the office"),
                         ("unshare", "stop sharing cases (what was sent stays there)")):  # fmt: skip
        sp = sub.add_parser(action, help=text)
        sp.add_argument("case", nargs="+", metavar="CODE")

    s = add("sync", cmd_sync, "Apply the other laptops' changes from the office folder and "
            "publish this laptop's, once", UNLOCK)  # fmt: skip
    s.add_argument("--folder", metavar="DIR", help="the office folder (remembered)")
    s.add_argument("--mine", action="append", default=[], metavar="ID",
                   help="keep this vault's version of a record changed on both sides")  # fmt: skip
    s.add_argument("--theirs", action="append", default=[], metavar="ID",
                   help="take the other laptop's version of such a record")  # fmt: skip
    s.add_argument("--all", choices=(sync.MINE, sync.THEIRS),
                   help="the same choice for every such record")  # fmt: skip
    s.add_argument("--full", action="store_true",
                   help="compare every shared case with what was last published of it")  # fmt: skip
    s.add_argument("--snapshot", action="store_true",
                   help="administrator's laptop: also write a snapshot of every shared case now "
                   "(one is written by itself every few hundred files)")  # fmt: skip
