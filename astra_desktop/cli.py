"""`astra-desktop <command>`: the vault for administrators and scripts.

Same services as the GUI. Passphrases are read from the terminal, or — when stdin is not a
terminal — one per line from stdin, in the order each command's help states. Expected errors print
one plain line on stderr and exit non-zero.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from astra_desktop import __version__, cli_backup, demo, paths
from astra_desktop.core.court_documents import KINDS as DOCUMENT_KINDS
from astra_desktop.core.court_documents import LANGS as DOCUMENT_LANGS
from astra_desktop.core.enums import Role
from astra_desktop.errors import AstraError
from astra_desktop.secret_input import SecretReader
from astra_desktop.services import (
    agenda_cli,
    audit_trail,
    csv_import,
    integrity,
    rekey,
    search,
    session,
    users,
)
from astra_desktop.services.self_test import QtCheck
from astra_desktop.services.session import Session
from astra_desktop.storage.keyslots import KeyFile
from astra_desktop.storage.vault_files import VaultFiles

log = logging.getLogger("astra_desktop")

UNLOCK_LINE = "line 1: your passphrase (the recovery key with --recovery)"


class Context:
    def __init__(self, args: argparse.Namespace, reader: SecretReader) -> None:
        self.args = args
        self.reader = reader
        self.folder = paths.vault_dir(paths.resolve_home(args.home))
        self.unlock_secret: str | None = None
        self.qt_check: QtCheck | None = None

    def default_user(self) -> str:
        if self.args.user:
            return str(self.args.user)
        files = VaultFiles(self.folder)
        if not files.keys.exists():
            raise AstraError(
                "No vault was found in {folder}. Create one with `init`.", folder=self.folder
            )
        admins = KeyFile.load(files.keys).user_labels("admin")
        if len(admins) != 1:
            raise AstraError("This vault has several administrators: say which with --user NAME.")
        return admins[0]

    def unlock(
        self, verify_trail: bool = True, full_check: bool | session.DeepCheck = True
    ) -> Session:
        """Every command gets the whole-file checks at open (every page's MAC, the full page-splice
        check), at any vault size (unlike the GUI, which runs them in a child process once its
        window is up): a damaged, spliced or rolled-back vault is refused (VaultDamaged, exit 4)
        before the command reads or writes anything. An administrator's command also verifies
        the forward-secure audit trail first."""
        if self.args.recovery:
            key = self.reader.read("Recovery key")
            sess = session.unlock_with_recovery(self.folder, key, full_check=full_check)
        else:
            name = self.default_user()
            self.unlock_secret = self.reader.read(f"Passphrase for {name}")
            sess = session.unlock(self.folder, name, self.unlock_secret, full_check=full_check)
        if verify_trail:
            try:
                audit_trail.require_sound(sess)
            except BaseException:
                sess.close()
                raise
        return sess


# --- commands -------------------------------------------------------------------------------------
def cmd_init(ctx: Context) -> int:
    name = ctx.args.admin
    passphrase = ctx.reader.read(f"New passphrase for {name}", confirm=True)
    sess, recovery_key = session.create_vault(
        ctx.folder, name, passphrase, organisation=ctx.args.organisation or ""
    )
    sess.close()
    print(f"Created a vault in {ctx.folder} with administrator {name}.")
    print()
    print("RECOVERY KEY (shown once — write it down or print it, and keep it locked away):")
    print()
    print(f"    {recovery_key}")
    print()
    print("With it the vault can be opened if every passphrase is forgotten. Anyone holding it")
    print("can open the vault: never store it on this computer.")
    return 0


def cmd_users(ctx: Context) -> int:
    action = ctx.args.users_action
    with ctx.unlock() as sess:
        if action == "list":
            for user in users.list_users(sess):
                access = (
                    "all cases" if user.all_cases or user.role is Role.ADMIN else "assigned cases"
                )
                print(f"{user.username}\t{user.role.value}\t{access}")
        elif action == "add":
            passphrase = ctx.reader.read(f"New passphrase for {ctx.args.name}", confirm=True)
            users.add_user(sess, ctx.args.name, Role(ctx.args.role), passphrase, ctx.args.all_cases)
            print(f"Added {ctx.args.name} ({ctx.args.role}).")
        elif action == "remove":
            blocked = users.remove_user(sess, ctx.args.name)
            print(f"Removed {ctx.args.name}; their passphrase no longer opens the vault.")
            if blocked:
                print(rekey.RotationBlocked(blocked), file=sys.stderr)
                return 3
            print("The vault key was rotated: old copies of vault.keys open nothing current.")
        elif action == "passwd":
            new = ctx.reader.read(f"New passphrase for {ctx.args.name}", confirm=True)
            users.set_passphrase(sess, ctx.args.name, new, ctx.unlock_secret)
            print(f"Changed the passphrase of {ctx.args.name}.")
            if ctx.args.rotate:
                if sess.actor.username == ctx.args.name:
                    rekey.rotate_after_passphrase_change(sess)
                else:
                    rekey.rotate_data_key(sess)
                print("The vault key was rotated: the old passphrase opens nothing current.")
    return 0


def cmd_rotate_key(ctx: Context) -> int:
    with ctx.unlock() as sess:
        rekey.rotate_data_key(sess)
    print(
        "The vault key was rotated. Old copies of vault.keys, and passphrases no longer in it, "
        "open nothing current; backups made before now still open with the old passphrases."
    )
    return 0


def cmd_agenda(ctx: Context) -> int:
    with ctx.unlock() as sess:
        lines = agenda_cli.agenda_lines(sess, ctx.args.days)
    if lines:
        print("\n".join(lines))
    else:
        print("No appointments planned.", file=sys.stderr)
    return 0


def cmd_search(ctx: Context) -> int:
    with ctx.unlock() as sess:
        hits = search.search(sess, ctx.args.text, limit=ctx.args.limit)
        for hit in hits:
            print(f"{hit.case_code}\t{hit.client_name}" + ("\t(in notes)" if hit.in_notes else ""))
        if not hits:
            print("No matches.", file=sys.stderr)
    return 0


def cmd_check(ctx: Context) -> int:
    # The whole-file passes run once, at unlock (before the login is written), side by side; the
    # report says what they find (and the audit trail's verification, here, not at unlock).
    opened = integrity.AtOpen()
    with ctx.unlock(verify_trail=False, full_check=opened) as sess:
        report = integrity.check(sess, opened)
    counts = ", ".join(f"{n} {t}" for t, n in report.counts.items())
    print(f"records: {counts}")
    print(f"content digest: {report.content_digest}")
    if report.trail_entries is None:
        print(audit_trail.NOT_HELD)
    else:
        print(f"audit trail: {report.trail_entries} entries verified with the administrators' key")
    if report.sound:
        print(
            "Vault is sound: encryption, structure, freshness, audit trail and documents check out."
        )
        return 0
    for problem in report.problems:
        print(f"PROBLEM: {problem}", file=sys.stderr)
    return 4


def cmd_demo(ctx: Context) -> int:
    def progress(done: int, total: int) -> bool:
        log.info("demo: %d of %d clients", done, total)
        return True

    # Demo vaults hold only fictional records, so this process may skip SQLCipher's memory wiping
    # (10x faster bulk writes); demo.fill refuses a vault that holds real cases.
    session.fictional_data_only()
    start = time.perf_counter()
    with ctx.unlock() as sess:
        cases = demo.fill(sess, ctx.args.clients, seed=ctx.args.seed, progress=progress)
    seconds = time.perf_counter() - start
    print(
        f"Added {ctx.args.clients} fictional demo clients with {cases} cases "
        f"(seed {ctx.args.seed}) in {seconds:.1f} s."
    )
    return 0


def cmd_import(ctx: Context) -> int:
    path = Path(ctx.args.file)
    with ctx.unlock() as sess:
        result = csv_import.import_csv(sess, path)
    for warning in result.warnings:
        print(f"astra-desktop: warning: {warning}", file=sys.stderr)
    print(f"Imported {result.clients} clients with {result.cases} cases from {path.name}.")
    return 0


def cmd_document(ctx: Context) -> int:
    """A court-support document written to --out: an audited, unencrypted export."""
    from astra_desktop.services import claims, clients, court_documents, disclosure  # lazily

    a = ctx.args
    extra = court_documents.read_extra(Path(a.extra)) if a.extra else {}
    # a filing's lawyer and addressee, and the stamp, as flags (over what --extra says)
    for key, value in (("lawyer", a.lawyer), ("addressee", a.addressee), ("stamp", a.stamp)):
        if value is not None:
            extra[key] = value
    if a.draft:
        extra["draft"] = True
    with ctx.unlock() as sess:
        case = clients.find_case_by_code(sess, a.case)
        if not a.force:  # a filing that no longer fits the proceeding's stage is refused
            court_documents.require_stage(sess, a.kind, case.id, extra)
        choices = disclosure.adjusted(
            sess, case.id, disclosure.remembered(sess, case.id), notes=a.include_notes,
            health=a.health, redact=tuple(a.redact), keep=tuple(a.keep),
            exclude_documents=tuple(a.exclude_document),
        )  # fmt: skip
        built = court_documents.make(sess, a.kind, case.id, a.lang, a.names, extra, None, choices)
        if a.kind in claims.KINDS:  # a claim with no amounts: only as a draft (--draft)
            claims.check_ready(sess, case.id, extra)
        court_documents.export(sess, case.id, a.kind, a.lang, a.names, built.pdf, Path(a.out))
    shown = "with the client's name" if a.names else "case code only"
    print(f"Wrote the {a.kind} of {case.case_code} ({shown}) to {a.out}. The file is not "
          "encrypted; the export is recorded in the audit trail.")  # fmt: skip
    if not a.names:
        n = built.redactions
        print(f"{n} redaction{'' if n == 1 else 's'} made.")
    return 0


def cmd_self_test(ctx: Context) -> int:
    from astra_desktop.services import self_test

    return self_test.main(ctx.qt_check, sys.stdout, sys.stderr)


def _count(text: str) -> int:
    """A client count for `demo`: a whole number from 1 to 1,000,000."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError("give a whole number from 1 to 1000000")
    return value


# --- parser ---------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="astra-desktop",
        description="ASTRA Desktop: encrypted case files. Without a command, starts the app.",
        epilog="Passphrases are read from the terminal; when stdin is not a terminal, one per line "
        "from stdin in the order each command's --help gives. Never pass them as arguments.",
    )
    parser.add_argument("--version", action="version", version=f"ASTRA Desktop {__version__}")
    parser.add_argument(
        "--home", metavar="DIR", help=f"data folder (default: ${paths.HOME_ENV} or the OS default)"
    )
    parser.add_argument(
        "--user", metavar="NAME", help="account to unlock with (default: the only admin)"
    )
    parser.add_argument(
        "--recovery", action="store_true", help="unlock with the recovery key instead"
    )
    parser.add_argument("--verbose", action="store_true", help="log progress (ids only) to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(
        name: str, func: Callable[[Context], int], help_: str, lines: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=f"{help_}. Passphrases on stdin: {lines}.")
        p.set_defaults(func=func)
        return p

    p = add(
        "init",
        cmd_init,
        "Create a vault and print its recovery key once",
        "line 1: the new admin's passphrase",
    )
    p.add_argument("--admin", required=True, metavar="NAME")
    p.add_argument("--organisation", metavar="NAME", default="")

    p = add(
        "users",
        cmd_users,
        "Manage user accounts",
        UNLOCK_LINE + "; line 2 (add, passwd): the new passphrase",
    )
    usub = p.add_subparsers(dest="users_action", required=True, metavar="ACTION")
    ua = usub.add_parser("add", help="add a user (admin only)")
    ua.add_argument("name")
    ua.add_argument("--role", required=True, choices=[r.value for r in Role])
    ua.add_argument(
        "--all-cases", action="store_true", help="see every case, not only assigned ones"
    )
    usub.add_parser("list", help="list users and roles")
    ur = usub.add_parser("remove", help="remove a user; their passphrase stops working")
    ur.add_argument("name")
    up = usub.add_parser("passwd", help="change your own passphrase, or (admin) reset someone's")
    up.add_argument("name")
    up.add_argument(
        "--rotate",
        action="store_true",
        help="also rotate the vault key, so the old passphrase opens nothing current",
    )

    add(
        "rotate-key",
        cmd_rotate_key,
        "Rotate the vault key (admin): re-encrypt the vault under a new key, so removed users and "
        "old passphrases open nothing current",
        UNLOCK_LINE,
    )

    p = add(
        "agenda", cmd_agenda, "Upcoming appointments (case codes only, never names)", UNLOCK_LINE
    )
    p.add_argument("--days", type=int, default=7, metavar="N", help="days ahead (default 7)")

    p = add("search", cmd_search, "Print matching case codes and client names", UNLOCK_LINE)
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=50)

    add(
        "check",
        cmd_check,
        "Verify integrity, freshness and the audit trail; print a content digest",
        UNLOCK_LINE,
    )

    p = add(
        "demo",
        cmd_demo,
        "Add plainly fictional demo clients and cases (marked [DEMO]) for training and testing",
        UNLOCK_LINE,
    )
    p.add_argument("--clients", type=_count, required=True, metavar="N")
    p.add_argument("--seed", type=int, default=1, help="same seed, same records (default: 1)")

    p = add(
        "import",
        cmd_import,
        "Import clients and cases from a UTF-8 CSV file: all rows or, if any row is wrong, none",
        UNLOCK_LINE,
    )
    p.add_argument("file", metavar="FILE.csv")

    p = add(
        "document",
        cmd_document,
        "Write a court-support document (PDF) for a case; the file is an audited, unencrypted export",
        UNLOCK_LINE,
    )
    p.add_argument("kind", choices=DOCUMENT_KINDS, metavar="KIND",
                   help="one of: " + ", ".join(DOCUMENT_KINDS))  # fmt: skip
    p.add_argument("--case", required=True, metavar="CODE", help="case code, e.g. AST-2026-0042")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--lang", choices=DOCUMENT_LANGS, default="sr-Latn")
    p.add_argument("--names", action="store_true",
                   help="show the client's name (default: the case code only)")  # fmt: skip
    p.add_argument("--extra", metavar="FILE.json",
                   help="kind-specific inputs, e.g. the property claim's items (see README)")  # fmt: skip
    # what goes in: on top of the choices remembered for the case (the app's review), this run only
    p.add_argument("--include-notes", metavar="all|none|ID,...",
                   help="contact notes whose text goes in (chronology): all, none, or note ids "
                        "separated by commas (default: as remembered for the case; none unless "
                        "chosen)")  # fmt: skip
    health = p.add_mutually_exclusive_group()
    health.add_argument("--include-health", dest="health", action="store_true", default=None,
                        help="include the health items of the risk assessment (risk report, "
                             "vulnerable-witness request)")  # fmt: skip
    health.add_argument("--exclude-health", dest="health", action="store_false",
                        help="leave the health items out (the default unless chosen for the "
                             "case)")  # fmt: skip
    p.add_argument("--exclude-document", action="append", default=[], metavar="ID|FILE",
                   help="leave this attachment out of the evidence index and the property "
                        "claim's evidence; repeatable")  # fmt: skip
    # a filing in podnesak form (vulnerable-witness, property-claim, civil-claim)
    p.add_argument("--lawyer", metavar="NAME",
                   help="the lawyer who files (a name from the lawyers' profiles; default: the one "
                        "holding the proceeding's power of attorney, or the only one)")  # fmt: skip
    p.add_argument("--addressee", choices=("prosecutor", "court", "appeal"),
                   help="who receives the filing (default: from the proceeding's stage — the "
                        "prosecutor during the investigation, then the court, then the appellate "
                        "court)")  # fmt: skip
    stamp = p.add_mutually_exclusive_group()
    stamp.add_argument("--stamp", dest="stamp", action="store_true", default=None,
                       help="print the \"Confidential / Generated …\" stamp and the case code on "
                            "every page (the default except for filings)")  # fmt: skip
    stamp.add_argument("--no-stamp", dest="stamp", action="store_false",
                       help="leave the stamp out (the default for filings)")  # fmt: skip
    p.add_argument("--draft", action="store_true",
                   help="property-claim, civil-claim: make the document marked DRAFT on every "
                        "page; a claim with no amounts is made only so (a filing never prints "
                        "empty totals)")  # fmt: skip
    p.add_argument("--force", action="store_true",
                   help="make a filing even when it no longer fits its proceeding's stage (the "
                        "status already granted, the proceeding ended, the claim decided)")  # fmt: skip
    p.add_argument("--redact", action="append", default=[], metavar="TEXT",
                   help="also take out this word or phrase, in any case form (case code only); "
                        "repeatable")  # fmt: skip
    p.add_argument("--keep", action="append", default=[], metavar="TEXT",
                   help="show this text where the redaction would take it out (case code only); "
                        "repeatable")  # fmt: skip
    cli_backup.add_commands(add)
    from astra_desktop import cli_partners  # the partners registry (issue 20)

    cli_partners.add_commands(add)
    from astra_desktop import cli_templates  # the organisation's wording of the documents

    cli_templates.add_commands(add)
    from astra_desktop import cli_team  # team sync through an office folder (issue 21)

    cli_team.add_commands(add)
    from astra_desktop import cli_report  # the annual report (issue 20)

    cli_report.add_commands(add)
    add(
        "self-test",
        cmd_self_test,
        "Check this installation in a throwaway folder (vault, PDF, Qt); print versions",
        "none are read",
    )
    return parser


def main(
    argv: Sequence[str] | None = None, stdin: object = None, qt_check: QtCheck | None = None
) -> int:
    """`qt_check`: the GUI's part of the self-test, given by the composition root (the command
    line never imports the GUI)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s"
    )
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    ctx = Context(args, SecretReader(stdin))  # type: ignore[arg-type]
    ctx.qt_check = qt_check
    try:
        return int(args.func(ctx))
    except AstraError as exc:
        print(f"astra-desktop: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("astra-desktop: interrupted; nothing more was changed.", file=sys.stderr)
        return 130
