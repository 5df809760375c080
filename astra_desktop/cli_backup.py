"""`astra-desktop backup …` and `astra-desktop transfer …`: thin wrappers over the services.

Kept apart from cli.py (which only registers them) so that file stays small. Passphrases come
from the terminal or from stdin lines, in the order each command's --help states.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from astra_desktop import paths
from astra_desktop.core import record_columns
from astra_desktop.errors import AstraError
from astra_desktop.services import backups, restore, transfer

if TYPE_CHECKING:
    from astra_desktop.cli import Context

UNLOCK = "line 1: your passphrase (the recovery key with --recovery)"
BACKUP_SECRET = "line 1: the backup's passphrase (the vault's recovery key with --recovery)"
NEEDS_CHOICE = 6  # exit code: records changed on both laptops, a choice is needed


class _Progress:
    """A one-line progress figure on stderr when it is a terminal."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.shown = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> bool:
        if self.shown:
            print(f"\r{self.label}: {100 * done // max(1, total)} %", end="", file=sys.stderr)
            if done >= total:
                print(file=sys.stderr)
        return True


def _when(value: object) -> str:
    return value.astimezone().strftime("%d.%m.%Y %H:%M") if value else "?"  # type: ignore[attr-defined]


def cmd_backup(ctx: Context) -> int:
    action = ctx.args.backup_action
    if action == "create":
        with ctx.unlock() as sess:
            secret = ctx.reader.read("New passphrase for the backup", confirm=True)
            info = backups.create(sess, Path(ctx.args.out), secret, _Progress("backup"))
        print(f"Backup written and verified: {info.path} ({info.size / 1e6:.1f} MB).")
        for old in info.removed:
            print(f"Removed an older backup (keeping the last ones): {old.name}")
        return 0
    if action == "list":
        for item in backups.list_backups(Path(ctx.args.folder)):
            counts = item.counts
            print(f"{item.path.name}\t{_when(item.created_at)}\t{item.size / 1e6:.1f} MB\t"
                  f"{counts.get('clients', 0)} clients, {counts.get('cases', 0)} cases\t"
                  f"{item.state}")  # fmt: skip
        return 0
    path = Path(ctx.args.file)
    opened = restore.open_backup(path, ctx.reader.read("Backup passphrase" if not ctx.args.recovery
                                 else "Recovery key"), recovery=ctx.args.recovery)  # fmt: skip
    preview = restore.preview(opened)
    counts = preview.counts
    print(f"Backup made {_when(preview.created_at)} by {preview.created_by_name or '?'}: "
          f"{counts.get('clients', 0)} clients, {counts.get('cases', 0)} cases, "
          f"{counts.get('documents', 0)} documents.")  # fmt: skip
    if action == "verify":
        result = restore.verify(opened)
        print(f"The backup is sound: every part authenticates and its records add up "
              f"(content digest {result.snapshot.content_digest}).")  # fmt: skip
        return 0
    home = Path(ctx.args.into)
    other = ctx.args.other_vault
    different = restore.other_vault(opened, home) if ctx.args.replace else None
    if different is not None and not other:
        raise AstraError(
            "{other} To replace it anyway (it is kept aside, still encrypted), add --other-vault.",
            other=restore.OtherVault(paths.vault_dir(home), *different).message,
        )
    if different is not None:
        print(f"Replacing {different[0]} with a backup of another vault: {different[1]}.")
    account = None
    if not ctx.args.recovery:
        name = ctx.args.user or ""
        account = (
            name,
            ctx.reader.read(f"Passphrase of {name or 'the administrator'} in the backup"),
        )
    staged = restore.stage_restore(opened, home, account=account, replace=ctx.args.replace,
                                   progress=_Progress("restore"), other=other)  # fmt: skip
    try:
        folder, aside = restore.finish_restore(staged, replace=ctx.args.replace)
    except BaseException:
        restore.discard(staged)
        raise
    print(f"Restored into {folder}; it opened and checked out. Users log in with their own "
          f"passphrases (astra-desktop --home {home}).")  # fmt: skip
    if aside is not None:
        print(f"The vault that was there is kept, still encrypted, in {aside}.")
    return 0


def cmd_transfer(ctx: Context) -> int:
    if ctx.args.transfer_action == "export":
        with ctx.unlock() as sess:
            result = transfer.export_cases(sess, ctx.args.case, Path(ctx.args.out))
        print(f"Wrote {result.path} ({len(result.case_codes)} case(s), {result.records} records).")
        print("One-time passphrase (read it out by phone; never send it with the file):")
        print()
        print(f"    {result.passphrase}")
        return 0
    with ctx.unlock() as sess:
        secret = ctx.reader.read("The bundle's one-time passphrase")
        plan = transfer.plan_import(sess, transfer.open_bundle(Path(ctx.args.file), secret))
        choices = {c.key: ctx.args.all for c in plan.conflicts} if ctx.args.all else {}
        choices |= {_key(plan, i): transfer.MINE for i in ctx.args.mine}
        choices |= {_key(plan, i): transfer.THEIRS for i in ctx.args.theirs}
        undecided = [c for c in plan.conflicts if c.key not in choices]
        if undecided:
            _show(undecided)
            print(f"astra-desktop: {len(undecided)} record(s) were changed on both laptops; nothing "
                  "was imported. Run again with --mine ID or --theirs ID for each.",
                  file=sys.stderr)  # fmt: skip
            return NEEDS_CHOICE
        done = transfer.apply_import(sess, plan, choices)
    print(f"Imported: {done.inserted} new, {done.updated} updated, {done.kept} kept as they "
          f"were here, {done.deleted} deleted as on the other laptop; cases "
          f"{', '.join(plan.cases)}.")  # fmt: skip
    if done.partners_added:
        print(f"{done.partners_added} partner(s) added to the registry, inactive: check them in "
              "the Partners section and make them active to refer people to them.")  # fmt: skip
    for theirs, ours in done.renamed.items():
        print(f"Case {theirs} was already in use here: it arrived as {ours}.")
    for line in done.skipped:
        print(f"Not imported: {line}")
    return 0


def _key(plan: transfer.ImportPlan, record_id: str) -> str:
    for c in plan.conflicts:
        if record_id in (c.record_id, c.key):
            return c.key
    raise AstraError(
        "{record} is not one of the records changed on both laptops.", record=record_id
    )


def _show(conflicts: list[transfer.Conflict]) -> None:
    for c in conflicts:
        if c.deleted == transfer.THEIRS:
            by = f" by {c.deleted_by}" if c.deleted_by else ""
            linked = f"; --theirs also deletes {c.linked} record(s) of it" if c.linked else ""
            print(f"DELETED ON THE OTHER LAPTOP{by}, CHANGED HERE: {c.what} {c.record_id} "
                  f"({c.case_code}){linked}")  # fmt: skip
        elif c.deleted == transfer.MINE:
            print(f"DELETED HERE, CHANGED ON THE OTHER LAPTOP: {c.what} {c.record_id} "
                  f"({c.case_code}); --theirs brings it back")  # fmt: skip
        else:
            print(f"CHANGED ON BOTH LAPTOPS: {c.what} {c.record_id} ({c.case_code})")
        for column, ours, theirs in c.fields:
            mine_text = "(deleted)" if c.deleted == transfer.MINE else _value(c.table, column, ours)
            theirs_text = (
                "(deleted)" if c.deleted == transfer.THEIRS else _value(c.table, column, theirs)
            )
            print(f"  {record_columns.column_words(column)}:\n    mine:   {mine_text}\n"
                  f"    theirs: {theirs_text}")  # fmt: skip


def _value(table: str, column: str, value: object) -> str:
    """A stored value as the conflict listing prints it: an enum's label, anything else as is."""
    words = record_columns.value_words(table, column, value)
    return repr(value if words is None else words)


def add_commands(
    add: Callable[[str, Callable[[Context], int], str, str], argparse.ArgumentParser],
) -> None:
    p = add("backup", cmd_backup, "Make, list, verify and restore encrypted backups",
            "create: " + UNLOCK + "; line 2: the new backup passphrase. verify, restore: "
            + BACKUP_SECRET + "; restore, line 2 (not with --recovery): the passphrase of "
            "--user NAME (default: the only administrator) in the backed-up vault")  # fmt: skip
    sub = p.add_subparsers(dest="backup_action", required=True, metavar="ACTION")
    c = sub.add_parser("create", help="make a verified backup (admin only)")
    c.add_argument("--out", required=True, metavar="FILE",
                   help="a file name (.astrabackup is added) or a folder (a dated name)")  # fmt: skip
    ls = sub.add_parser("list", help="the backups in a folder (no passphrase needed)")
    ls.add_argument("folder", metavar="DIR")
    v = sub.add_parser("verify", help="decrypt a backup and check everything in it")
    v.add_argument("file", metavar="FILE")
    r = sub.add_parser("restore", help="restore a backup into a data folder")
    r.add_argument("file", metavar="FILE")
    r.add_argument("--into", required=True, metavar="DIR",
                   help="a data folder (as for --home); the vault goes to DIR/vault")  # fmt: skip
    r.add_argument("--replace", action="store_true",
                   help="replace the vault in DIR, keeping it aside as vault.before-restore-…")  # fmt: skip
    r.add_argument("--other-vault", action="store_true",
                   help="with --replace: allow replacing a different vault than the backup's")  # fmt: skip

    p = add("transfer", cmd_transfer, "Hand cases to another laptop, or take them in",
            UNLOCK + "; import, line 2: the bundle's one-time passphrase")  # fmt: skip
    sub = p.add_subparsers(dest="transfer_action", required=True, metavar="ACTION")
    e = sub.add_parser("export", help="seal cases into a bundle; prints its one-time passphrase")
    e.add_argument("--case", action="append", required=True, metavar="CODE")
    e.add_argument("--out", required=True, metavar="FILE")
    i = sub.add_parser("import", help="merge a bundle; records changed on both sides need a choice")
    i.add_argument("file", metavar="FILE")
    i.add_argument("--mine", action="append", default=[], metavar="ID",
                   help="keep this vault's version of a record changed on both laptops")  # fmt: skip
    i.add_argument("--theirs", action="append", default=[], metavar="ID",
                   help="take the bundle's version of such a record")  # fmt: skip
    i.add_argument("--all", choices=(transfer.MINE, transfer.THEIRS),
                   help="the same choice for every such record")  # fmt: skip
