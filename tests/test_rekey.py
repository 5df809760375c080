"""Revocation by re-keying (services.rekey), on real vaults: a removed user's passphrase and an old
copy of vault.keys open nothing current; everyone else, and the recovery key, still get in; the
records are unchanged; a `kill -9` at any point of a rotation leaves a vault that opens."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from astra_desktop.core.enums import Role
from astra_desktop.errors import AstraError
from astra_desktop.services import integrity, rekey, users
from astra_desktop.services import session as vs
from astra_desktop.storage import database, digest
from astra_desktop.storage import rekey as journal
from astra_desktop.storage.keyslots import KIND_USER, KeyFile, fingerprint
from tests._records import fill_every_field
from tests._vaults import CHEAP_KDF, writer_env
from tests.conftest import ADMIN, ADMIN_PASS, CASEWORKER, CASEWORKER_PASS


class Markers(dict[str, str]):
    """Every field gets its name and a tag, so fill_every_field writes every field type."""

    def __init__(self, tag: str) -> None:
        super().__init__()
        self.tag = tag

    def __missing__(self, key: str) -> str:
        return f"{self.tag} {key}"


# The fixtures made before keyslot format 2 (schema 14's was made with it)
FIXTURES = [
    p
    for p in sorted((Path(__file__).parent / "fixtures").glob("vault-schema-*"))
    if int(p.name.rsplit("-", 1)[1]) <= 13
]


def content(session: vs.Session) -> tuple[str, dict[str, bytes]]:
    return digest.content_digest(session.db), digest.stored(session.db)


def test_removed_user_cannot_open_the_current_vault(
    session: vs.Session, vault_folder: Path, recovery_key: str, tmp_path: Path
) -> None:
    users.add_user(session, CASEWORKER, Role.CASEWORKER, CASEWORKER_PASS)
    fill_every_field(session, Markers("Marker Rekey"))
    old_keys = (vault_folder / "vault.keys").read_bytes()
    old_key = bytes(session.data_key)  # a copy: the session wipes its own at rotation
    before = content(session)
    assert users.remove_user(session, CASEWORKER) == []
    assert session.data_key != old_key
    assert content(session)[0] == before[0]
    session.close()
    assert not rekey.leftovers(vault_folder)

    # 1. the old key file as it is, beside the current vault.db and anchor
    stale = tmp_path / "stale"
    shutil.copytree(vault_folder, stale)
    (stale / "vault.keys").write_bytes(old_keys)
    with pytest.raises(AstraError):
        vs.unlock(stale, CASEWORKER, CASEWORKER_PASS).close()
    # 2. the data key taken out of the old key file, used raw on the current vault.db
    old_file = KeyFile.load(stale / "vault.keys")
    slot = old_file.find(KIND_USER, CASEWORKER)
    assert slot is not None
    derived = old_file.unwrap(slot, CASEWORKER_PASS)
    assert derived == old_key
    with pytest.raises(AstraError):
        database.connect(vault_folder / "vault.db", derived, old_file.db_salt).close()

    # the others still open it, with the records intact
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        assert content(sess)[0] == before[0]
        assert integrity.check(sess).sound
    with vs.unlock_with_recovery(vault_folder, recovery_key) as sess:
        assert content(sess)[0] == before[0]


def test_rotate_keeps_every_user_and_audits(
    session: vs.Session, vault_folder: Path, recovery_key: str
) -> None:
    users.add_user(session, CASEWORKER, Role.CASEWORKER, CASEWORKER_PASS)
    before = content(session)
    steps: list[int] = []
    new = rekey.rotate_data_key(session, lambda done, total: steps.append(done) or True)
    assert new == fingerprint(session.data_key) and steps[-1] == rekey.TOTAL
    assert content(session)[0] == before[0]
    fill_every_field(session, Markers("After rotation"))  # the session carries on writing
    after = content(session)
    session.close()
    for name, passphrase in ((ADMIN, ADMIN_PASS), (CASEWORKER, CASEWORKER_PASS)):
        with vs.unlock(vault_folder, name, passphrase) as sess:
            assert content(sess)[0] == after[0]
    with vs.unlock_with_recovery(vault_folder, recovery_key) as sess:
        details = [
            r[0]
            for r in sess.db.execute(
                "SELECT detail FROM audit_log WHERE entity = 'vault-key'"
            ).fetchall()
        ]
        assert details == ["rotate"]


def test_rotation_needs_an_administrator(session: vs.Session, vault_folder: Path) -> None:
    users.add_user(session, CASEWORKER, Role.CASEWORKER, CASEWORKER_PASS)
    session.close()
    with vs.unlock(vault_folder, CASEWORKER, CASEWORKER_PASS) as sess:
        with pytest.raises(AstraError):
            rekey.rotate_data_key(sess)
        users.set_passphrase(sess, CASEWORKER, "a fresh passphrase for ana now", CASEWORKER_PASS)
        rekey.rotate_after_passphrase_change(sess)
    with vs.unlock(vault_folder, CASEWORKER, "a fresh passphrase for ana now"):
        pass


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_old_format_slots_upgrade_at_unlock(fixture: Path, tmp_path: Path) -> None:
    from tests.fixtures.make_vault_fixture import ADMIN as FADMIN
    from tests.fixtures.make_vault_fixture import PASSPHRASE

    folder = tmp_path / "vault"
    shutil.copytree(fixture, folder)
    assert json.loads((folder / "vault.keys").read_bytes())["version"] == 1
    with vs.unlock(folder, FADMIN, PASSPHRASE) as sess:
        slot = sess.keyfile.find(KIND_USER, FADMIN)
        assert slot is not None and slot.version == 2
        left = rekey.blockers(sess)  # the recovery slot waits for its own unlock
        if left:
            with pytest.raises(rekey.RotationBlocked):
                rekey.rotate_data_key(sess)
        else:
            rekey.rotate_data_key(sess)
    vs.unlock(folder, FADMIN, PASSPHRASE).close()


# --- kill -9 during a rotation --------------------------------------------------------------------
ROTATOR = """
import os, sys
from astra_desktop.services import rekey, session as vs
from pathlib import Path
folder, user = Path(sys.argv[1]), sys.argv[2]
passphrase = sys.stdin.readline().rstrip("\\n")
sess = vs.unlock(folder, user, passphrase)
os.write(1, b"open\\n")
while True:
    rekey.rotate_data_key(sess)
    os.write(1, b"rotated\\n")
"""
KILLS = 10


def test_kill_during_rotation_leaves_a_vault_that_opens(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    sess, recovery = vs.create_vault(folder, ADMIN, ADMIN_PASS, kdf_params=CHEAP_KDF)
    fill_every_field(sess, Markers("Crash Rekey"))
    expected = content(sess)[0]
    sess.close()
    rng = random.Random(20261207)
    outcomes: list[str] = []
    for round_no in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, "-c", ROTATOR, str(folder), ADMIN],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=writer_env(),
        )
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write((ADMIN_PASS + "\n").encode())
        proc.stdin.close()
        assert proc.stdout.readline() == b"open\n", f"round {round_no}"
        time.sleep(rng.uniform(0.0, 0.25))
        proc.kill()
        proc.wait()
        leftovers = [p.name for p in rekey.leftovers(folder)]
        outcomes.append(
            "committed" if journal.JOURNAL in leftovers else "aside" if leftovers else "clean"
        )
        with vs.unlock(folder, ADMIN, ADMIN_PASS) as check:
            assert content(check)[0] == expected, f"round {round_no}"
            assert not rekey.leftovers(folder)
    with vs.unlock_with_recovery(folder, recovery) as check:
        assert content(check)[0] == expected
    print("kill outcomes:", outcomes)
    assert len(outcomes) == KILLS


class Crash(BaseException):
    """Stands for the process dying at this point."""


@pytest.mark.parametrize("renames_done", [0, 1, 2])
def test_crash_between_the_renames_rolls_forward(
    session: vs.Session,
    vault_folder: Path,
    recovery_key: str,
    renames_done: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """After the journal (the commit point) every state of the renames opens with the new key."""
    import astra_desktop.storage.rekey as storage_rekey

    fill_every_field(session, Markers("Renames"))
    expected = content(session)[0]
    real_replace = storage_rekey._rename
    calls = {"n": 0}

    def replace(src: object, dst: object) -> None:
        if calls["n"] >= renames_done:
            raise Crash()
        calls["n"] += 1
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(storage_rekey, "_rename", replace)
    with pytest.raises(Crash):
        rekey.rotate_data_key(session)
    monkeypatch.setattr(storage_rekey, "_rename", real_replace)
    assert (vault_folder / journal.JOURNAL).exists()
    session.close()
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        assert content(sess)[0] == expected
        assert not rekey.leftovers(vault_folder)
    with vs.unlock_with_recovery(vault_folder, recovery_key) as sess:
        assert content(sess)[0] == expected


def test_cli_rotate_key_and_passwd_rotate(
    vault_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    from astra_desktop import cli

    def run(*args: str, lines: tuple[str, ...] = (ADMIN_PASS,)) -> tuple[int, str, str]:
        stdin = io.StringIO("".join(f"{line}\n" for line in lines))
        code = cli.main(["--home", str(vault_folder.parent), *args], stdin=stdin)
        out, err = capsys.readouterr()
        return code, out, err

    def key_print() -> bytes:
        return (vault_folder / "vault.keys").read_bytes()

    before = key_print()
    code, out, err = run("rotate-key")
    assert code == 0 and "rotated" in out and err == "", err
    after = key_print()
    assert after != before
    code, out, err = run("users", "add", CASEWORKER, "--role", "caseworker",
                         lines=(ADMIN_PASS, CASEWORKER_PASS))  # fmt: skip
    assert code == 0, err
    new = "seventeen lanterns over the danube"
    code, out, err = run("--user", CASEWORKER, "users", "passwd", CASEWORKER, "--rotate",
                         lines=(CASEWORKER_PASS, new))  # fmt: skip
    assert code == 0 and "rotated" in out, err
    code, out, err = run("--user", CASEWORKER, "rotate-key", lines=(new,))
    assert code != 0 and "role" in err.lower()
    code, out, err = run("users", "remove", CASEWORKER)
    assert code == 0 and "rotated" in out, err
