"""The forward-secure audit trail (storage.audit_keys, services.audit_trail) against an insider.

The insider here is a staff member who holds the data key (every account does) and writes to
vault.db directly: edits an entry, removes one, reorders, truncates, fabricates, then re-chains the
SHA-256 hashes, re-sums the tables and re-anchors, as the issue's attacker did. The old `check`
said "sound" to all of that; an administrator's verification must not.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from astra_desktop.core.enums import AuditAction, Role
from astra_desktop.core.models import Client
from astra_desktop.errors import VaultDamaged
from astra_desktop.services import audit_trail, clients, integrity, users
from astra_desktop.services import session as vs
from astra_desktop.storage import audit, audit_keys, database, freshness
from astra_desktop.storage.database import Connection
from astra_desktop.storage.keyslots import KIND_USER, KeyFile
from tests.conftest import ADMIN, ADMIN_PASS, CASEWORKER, CASEWORKER_PASS

SECOND_ADMIN, SECOND_PASS = "jovana", "quiet lantern meadow ninety"
Edit = Callable[[Connection], None]


# --- the insider's tools --------------------------------------------------------------------
def rechain(conn: Connection) -> None:
    """Recompute every SHA-256 link, as anyone with the data key can."""
    prev = audit.GENESIS
    rows = conn.execute(
        "SELECT seq, at, user_id, action, entity, entity_id, detail FROM audit_log ORDER BY seq"
    ).fetchall()
    for seq, at, user_id, action, entity, entity_id, detail in rows:
        digest = audit._entry_hash(prev, seq, at, user_id, action, entity, entity_id, detail)
        conn.execute(
            "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, seq)
        )
        prev = digest


def tamper(folder: Path, data_key: bytes, edit: Edit) -> None:
    """Apply `edit` with the data key alone, then cover the tracks: re-chain, re-sum, re-anchor."""
    keyfile = KeyFile.load(folder / "vault.keys")
    conn = database.connect(folder / "vault.db", data_key, keyfile.db_salt)
    try:
        with database.transaction(conn):
            edit(conn)
            rechain(conn)
        database.checkpoint(conn)
        freshness.Anchor.of(conn, keyfile.vault_id).save(folder / "vault.anchor", data_key)
    finally:
        conn.close()


def renumber(conn: Connection) -> None:
    rows = conn.execute("SELECT seq FROM audit_log ORDER BY seq").fetchall()
    conn.execute("UPDATE audit_log SET seq = -seq")
    for new, (old,) in enumerate(rows, 1):
        conn.execute("UPDATE audit_log SET seq = ? WHERE seq = ?", (new, -old))


def export_seq(conn: Connection) -> int:
    row = conn.execute(
        "SELECT seq FROM audit_log WHERE action = 'export' ORDER BY seq LIMIT 1"
    ).fetchone()
    return int(row[0])


def edit_entry(conn: Connection) -> None:
    conn.execute(
        "UPDATE audit_log SET entity_id = 'someone-else' WHERE seq = ?", (export_seq(conn),)
    )


def delete_entry(conn: Connection) -> None:
    conn.execute("DELETE FROM audit_log WHERE seq = ?", (export_seq(conn),))
    renumber(conn)


def reorder(conn: Connection) -> None:
    seq = export_seq(conn)
    conn.execute("UPDATE audit_log SET seq = -1 WHERE seq = ?", (seq,))
    conn.execute("UPDATE audit_log SET seq = ? WHERE seq = ?", (seq, seq - 1))
    conn.execute("UPDATE audit_log SET seq = ? WHERE seq = -1", (seq - 1,))


def truncate(conn: Connection) -> None:
    conn.execute("DELETE FROM audit_log WHERE seq >= ?", (export_seq(conn),))


def truncate_and_reset_state(conn: Connection) -> None:
    seq = export_seq(conn)
    conn.execute("DELETE FROM audit_log WHERE seq >= ?", (seq,))
    conn.execute("UPDATE audit_state SET next_seq = ?, key = ?", (seq, os.urandom(32)))


def fabricate(conn: Connection) -> None:
    """An entry that never happened, slipped in before the export, with a plausible tag."""
    seq = export_seq(conn)
    conn.execute("UPDATE audit_log SET seq = -seq WHERE seq >= ?", (seq,))
    conn.execute("UPDATE audit_log SET seq = -seq + 1 WHERE seq < 0")
    conn.execute(
        "INSERT INTO audit_log (seq, at, user_id, action, entity, entity_id, detail, prev_hash,"
        " hash, mac) VALUES (?, '2026-01-01T00:00:00+00:00', NULL, 'view', 'case', 'x', '', '',"
        " '', ?)",
        (seq, os.urandom(32)),
    )


def drop_key_chain(conn: Connection) -> None:
    conn.execute("DELETE FROM audit_state")
    conn.execute("UPDATE audit_log SET mac = NULL")


EDITS: dict[str, Edit] = {
    "edited": edit_entry,
    "deleted": delete_entry,
    "reordered": reorder,
    "truncated": truncate,
    "truncated, key chain reset": truncate_and_reset_state,
    "fabricated": fabricate,
    "key chain removed": drop_key_chain,
}


@pytest.fixture
def busy_vault(session: vs.Session, vault_folder: Path) -> tuple[Path, bytes]:
    """A vault where a caseworker worked and exported, then went rogue with her data key."""
    users.add_user(session, CASEWORKER, Role.CASEWORKER, CASEWORKER_PASS, all_cases=True)
    session.close()
    with vs.unlock(vault_folder, CASEWORKER, CASEWORKER_PASS) as worker:
        for n in range(3):
            clients.register(worker, Client(f"Ana{n}", "Test"))
        worker.audit(AuditAction.EXPORT, "case", "the-case-she-took")
        for n in range(3):
            clients.register(worker, Client(f"Later{n}", "Test"))
        assert not worker.audit_secret  # not an administrator: holds no seed
        return vault_folder, bytes(worker.data_key)


def admin_problems(folder: Path) -> list[str]:
    with vs.unlock(folder, ADMIN, ADMIN_PASS) as admin:
        report = audit_trail.verify(admin)
        assert report.verified
        return [str(p) for p in report.problems]


def test_untouched_trail_verifies(busy_vault: tuple[Path, bytes]) -> None:
    folder, _ = busy_vault
    assert admin_problems(folder) == []


@pytest.mark.parametrize("kind", list(EDITS))
def test_every_edit_with_the_data_key_alone_is_detected(
    busy_vault: tuple[Path, bytes], kind: str
) -> None:
    folder, data_key = busy_vault
    tamper(folder, data_key, EDITS[kind])
    problems = admin_problems(folder)
    assert problems, kind
    # The old checks are fooled, as in the issue; the forward-secure one is not.
    with vs.unlock(folder, ADMIN, ADMIN_PASS) as admin:
        conn = admin.db
        assert audit.verify_chain(conn) == []
        report = integrity.check(admin)
        assert not report.sound and report.trail_entries is not None


def test_the_altered_entry_is_named(busy_vault: tuple[Path, bytes]) -> None:
    folder, data_key = busy_vault
    with vs.unlock(folder, CASEWORKER, CASEWORKER_PASS) as worker:
        seq = export_seq(worker.db)
    tamper(folder, data_key, edit_entry)
    assert admin_problems(folder) == [f"audit entry {seq} has been altered, removed or moved"]


def test_truncation_is_named(busy_vault: tuple[Path, bytes]) -> None:
    """Cut off from the export on: the next entry written (the administrator's login) takes the
    export's number but cannot carry on the key chain, so that is where it is found."""
    folder, data_key = busy_vault
    with vs.unlock(folder, CASEWORKER, CASEWORKER_PASS) as worker:
        seq = export_seq(worker.db)
    tamper(folder, data_key, truncate)
    assert admin_problems(folder) == [f"audit entry {seq} has been altered, removed or moved"]


def test_truncation_is_named_when_nothing_was_written_since(
    busy_vault: tuple[Path, bytes],
) -> None:
    folder, data_key = busy_vault
    with vs.unlock(folder, ADMIN, ADMIN_PASS) as admin:
        epochs = audit_keys.decode(bytes(admin.audit_secret))
    tamper(folder, data_key, truncate)
    keyfile = KeyFile.load(folder / "vault.keys")
    conn = database.connect(folder / "vault.db", data_key, keyfile.db_salt)
    try:
        [problem] = audit_keys.verify(conn, epochs, {})
    finally:
        conn.close()
    assert "removed from the end" in str(problem)


def test_a_replaced_seed_is_not_taken(busy_vault: tuple[Path, bytes]) -> None:
    """The insider rewrites the whole trail under a seed of her own and seals it to the
    administrator's slot: the seed in the administrator's passphrase-wrapped part still rules."""
    folder, data_key = busy_vault
    own = os.urandom(32)

    def rewrite(conn: Connection) -> None:
        conn.execute("UPDATE audit_state SET next_seq = 1, key = ?", (own,))
        rows = conn.execute(
            "SELECT seq, at, user_id, action, entity, entity_id, detail FROM audit_log ORDER BY seq"
        ).fetchall()
        conn.execute("DELETE FROM audit_log")
        for row in rows:
            if row[3] != "export":
                audit.append(conn, *row[2:7], at=None)

    tamper(folder, data_key, rewrite)
    keyfile = KeyFile.load(folder / "vault.keys")
    for slot in keyfile.slots:
        slot.seal_audit(keyfile.vault_id, audit_keys.encode([audit_keys.Epoch(1, own)]))
    keyfile.save(folder / "vault.keys", data_key)
    assert admin_problems(folder)


def test_entries_after_the_key_was_copied_are_not_protected(
    busy_vault: tuple[Path, bytes],
) -> None:
    """What the trail cannot do (docs/security.md): an insider who copied the current key can append
    entries after that point that verify."""
    folder, data_key = busy_vault

    def append_one(conn: Connection) -> None:
        audit.append(conn, None, "view", "case", "made-up")

    tamper(folder, data_key, append_one)
    assert admin_problems(folder) == []


def test_the_cli_refuses_an_administrators_command_on_an_altered_trail(
    busy_vault: tuple[Path, bytes],
) -> None:
    folder, data_key = busy_vault
    tamper(folder, data_key, delete_entry)
    with vs.unlock(folder, ADMIN, ADMIN_PASS) as admin, pytest.raises(VaultDamaged) as info:
        audit_trail.require_sound(admin)
    assert "altered" in str(info.value) and "evidence" in str(info.value)


def test_a_caseworker_cannot_verify_and_holds_no_seed(busy_vault: tuple[Path, bytes]) -> None:
    folder, _ = busy_vault
    with vs.unlock(folder, CASEWORKER, CASEWORKER_PASS) as worker:
        assert not worker.audit_secret
        assert audit_trail.verify(worker).verified is False
        assert integrity.check(worker).trail_entries is None
    slot = KeyFile.load(folder / "vault.keys").find(KIND_USER, CASEWORKER)
    assert slot is not None and not slot.audit_seal


def test_the_recovery_key_verifies(busy_vault: tuple[Path, bytes], recovery_key: str) -> None:
    folder, data_key = busy_vault
    with vs.unlock_with_recovery(folder, recovery_key) as rescue:
        assert audit_trail.verify(rescue).problems == []
    tamper(folder, data_key, edit_entry)
    with vs.unlock_with_recovery(folder, recovery_key) as rescue:
        assert audit_trail.verify(rescue).problems


def test_new_promoted_and_demoted_administrators(session: vs.Session, vault_folder: Path) -> None:
    users.add_user(session, SECOND_ADMIN, Role.ADMIN, SECOND_PASS)
    users.add_user(session, CASEWORKER, Role.CASEWORKER, CASEWORKER_PASS)
    users.set_role(session, CASEWORKER, Role.ADMIN)
    session.close()
    for name, passphrase in ((SECOND_ADMIN, SECOND_PASS), (CASEWORKER, CASEWORKER_PASS)):
        with vs.unlock(vault_folder, name, passphrase) as sess:
            assert audit_trail.verify(sess).problems == []
            assert sess.audit_secret
    slot = KeyFile.load(vault_folder / "vault.keys").find(KIND_USER, CASEWORKER)
    assert slot is not None and not slot.audit_seal  # taken into the wrapped part

    # Demoted: she knew the seed, so a new epoch starts, and what she forges with the old
    # seed in the entries before her demotion is found.
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as admin:
        users.set_role(admin, CASEWORKER, Role.CASEWORKER)
        epochs = audit_keys.decode(bytes(admin.audit_secret))
        assert len(epochs) == 2
    with vs.unlock(vault_folder, CASEWORKER, CASEWORKER_PASS) as former:
        assert not former.audit_secret
        data_key = bytes(former.data_key)
    old_seed = epochs[0].seed

    def forge_with_old_seed(conn: Connection) -> None:
        """Rewrite epoch 1 consistently under the seed she still knows."""
        stop = epochs[1].start_seq
        conn.execute("UPDATE audit_log SET entity_id = 'forged' WHERE seq = ?", (stop - 2,))
        key = old_seed
        for (seq,) in conn.execute(
            "SELECT seq FROM audit_log WHERE seq < ? ORDER BY seq", (stop,)
        ).fetchall():
            row = conn.execute(
                "SELECT at, user_id, action, entity, entity_id, detail FROM audit_log WHERE seq = ?",
                (seq,),
            ).fetchone()
            key = audit_keys.hashlib.sha256(key + audit_keys.message(seq, *row)).digest()
            conn.execute("UPDATE audit_log SET mac = ? WHERE seq = ?", (audit_keys.tag(key), seq))

    tamper(vault_folder, data_key, forge_with_old_seed)
    for name, passphrase in ((ADMIN, ADMIN_PASS), (SECOND_ADMIN, SECOND_PASS)):
        with vs.unlock(vault_folder, name, passphrase) as sess:
            assert len(audit_keys.decode(bytes(sess.audit_secret))) == 2
            assert audit_trail.verify(sess).problems


def test_removing_an_administrator_starts_a_new_epoch(
    session: vs.Session, vault_folder: Path
) -> None:
    users.add_user(session, SECOND_ADMIN, Role.ADMIN, SECOND_PASS)
    users.remove_user(session, SECOND_ADMIN)
    assert len(audit_keys.decode(bytes(session.audit_secret))) == 2
    assert audit_trail.verify(session).problems == []
    session.close()
    assert admin_problems(vault_folder) == []


def test_an_older_vault_starts_the_trail_at_the_first_admin_unlock(tmp_path: Path) -> None:
    fixture = Path(__file__).parent / "fixtures" / "vault-schema-13"
    folder = tmp_path / "vault"
    shutil.copytree(fixture, folder)
    from tests.fixtures.make_vault_fixture import ADMIN as OLD_ADMIN
    from tests.fixtures.make_vault_fixture import PASSPHRASE

    with vs.unlock(folder, OLD_ADMIN, PASSPHRASE) as admin:
        [epoch] = audit_keys.decode(bytes(admin.audit_secret))
        assert epoch.start_seq > 1
        assert audit_trail.verify(admin).problems == []
        data_key = bytes(admin.data_key)

    def edit_old(conn: Connection) -> None:
        conn.execute("UPDATE audit_log SET detail = 'forged' WHERE seq = 1")

    tamper(folder, data_key, edit_old)
    with vs.unlock(folder, OLD_ADMIN, PASSPHRASE) as admin:
        [problem] = audit_trail.verify(admin).problems
        assert f"before {epoch.start_seq}" in str(problem)


def test_an_administrators_command_exits_4_on_an_altered_trail(
    busy_vault: tuple[Path, bytes], capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    from astra_desktop import cli

    folder, data_key = busy_vault
    home = ["--home", str(folder.parent)]
    assert cli.main([*home, "search", "Ana0"], stdin=io.StringIO(f"{ADMIN_PASS}\n")) == 0
    tamper(folder, data_key, edit_entry)
    capsys.readouterr()
    code = cli.main([*home, "search", "Ana0"], stdin=io.StringIO(f"{ADMIN_PASS}\n"))
    out, err = capsys.readouterr()
    assert code == 4 and out == "" and "audit trail has been altered" in err
    # a caseworker holds no seed: her commands do not verify (and are not refused)
    worker = ["--user", CASEWORKER]
    code = cli.main([*home, *worker, "search", "Ana0"], stdin=io.StringIO(f"{CASEWORKER_PASS}\n"))
    assert code == 0


@pytest.mark.parametrize("kind", ["untouched", *EDITS])
def test_one_reading_of_the_log_finds_what_the_separate_passes_find(
    busy_vault: tuple[Path, bytes], kind: str
) -> None:
    """`check` reads the log once for its sum, its chain and its key chains (storage.audit_pass),
    at unlock for the CLI (`AtOpen`), then carries the key chain on over the entries unlock
    itself appended: it must name exactly what the separate readings name."""
    folder, data_key = busy_vault
    if kind != "untouched":
        tamper(folder, data_key, EDITS[kind])
    with vs.unlock(folder, ADMIN, ADMIN_PASS) as admin:
        separate = audit_trail.verify(admin).problems
        chain = audit.verify_chain(admin.db)
        in_session = integrity.check(admin)
    opened = integrity.AtOpen()
    with vs.unlock(folder, ADMIN, ADMIN_PASS, full_check=opened) as admin:
        assert opened.passes is not None and opened.passes.log is not None
        assert opened.passes.log.epochs == audit_keys.decode(bytes(admin.audit_secret))
        at_open = integrity.check(admin, opened)  # the login was appended after the reading
    assert (kind == "untouched") == (separate == [])
    for report in (in_session, at_open):
        assert report.trail_entries is not None
        assert [p for p in report.problems if p in separate] == separate
        assert report.sound == (separate == [] and chain == [])
