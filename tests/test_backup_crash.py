"""A backup killed with SIGKILL at different moments, and a backup onto a drive that fills up
(a subprocess under a small RLIMIT_FSIZE): the earlier backups stay intact, nothing partial is
ever listed as a backup, the error is one clear line, and the vault is untouched."""

from __future__ import annotations

import hashlib
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from astra_desktop.services import backups, integrity, restore
from astra_desktop.services import session as vs
from tests._backups import BACKUP_PASS, add_big_document
from tests._vaults import writer_env
from tests.conftest import ADMIN, ADMIN_PASS


def _backup_command(home: Path, usb: Path) -> list[str]:
    return [sys.executable, "-m", "astra_desktop", "--home", str(home), "backup", "create",
            "--out", str(usb)]  # fmt: skip


def _open_for_reading(pid: int, suffix: str) -> bool:
    """Whether process `pid` has a file ending in `suffix` open read-only (Linux /proc)."""
    fds = Path(f"/proc/{pid}/fd")
    try:
        for fd in fds.iterdir():
            if os.readlink(fd).endswith(suffix):
                flags = (fds.parent / "fdinfo" / fd.name).read_text().split("flags:")[1]
                if int(flags.split()[0], 8) & os.O_ACCMODE == os.O_RDONLY:
                    return True
    except (OSError, IndexError, ValueError):
        pass
    return False


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def prepared(vault_folder: Path, tmp_path: Path) -> tuple[Path, Path, Path, str]:
    """A vault with a 12 MB document, one good backup of it on the "stick", and its digest."""
    usb = tmp_path / "usb"
    usb.mkdir()
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        add_big_document(sess, size=12_000_000)
        first = backups.create(sess, usb, BACKUP_PASS)
        digest = integrity.check(sess).content_digest
    return vault_folder, usb, first.path, digest


def _vault_is_sound(vault: Path, digest: str) -> None:
    with vs.unlock(vault, ADMIN, ADMIN_PASS) as sess:
        report = integrity.check(sess)
        assert report.sound, report.problems
        assert report.content_digest == digest


@pytest.mark.parametrize("moment", ["exporting", "sealing", "reading back"])
def test_kill_9_during_backup(prepared: tuple[Path, Path, Path, str], moment: str) -> None:
    vault, usb, first, digest = prepared
    first_sha = _sha(first)
    proc = subprocess.Popen(
        _backup_command(vault.parent, usb), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, env=writer_env(),
    )  # fmt: skip
    assert proc.stdin is not None
    proc.stdin.write(f"{ADMIN_PASS}\n{BACKUP_PASS}\n".encode())
    proc.stdin.close()
    deadline = time.monotonic() + 60
    seen = ""
    while time.monotonic() < deadline and proc.poll() is None:
        names = [p.name for p in usb.iterdir()]
        parts = [n for n in names if n.endswith(".part")]
        copies = [n for n in names if n.startswith(".astra-backup-") and n.endswith(".db")]
        phase = {
            "exporting": bool(copies),
            "sealing": bool(parts and copies),
            # the sealed file open for reading: read back from the drive (the copy may still be
            # checked beside it)
            "reading back": bool(parts) and _open_for_reading(proc.pid, ".part"),
        }
        seen = moment if phase[moment] else ""
        if seen:
            os.kill(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.002)
    proc.wait(30)
    assert seen == moment, f"never caught the backup {moment}: {proc.stderr.read()!r}"  # type: ignore[union-attr]
    assert proc.returncode == -signal.SIGKILL
    assert _sha(first) == first_sha  # the earlier backup is intact
    listed = backups.list_backups(usb)
    assert [b.path for b in listed] == [first]  # nothing partial is listed
    restore.verify(restore.open_backup(first, BACKUP_PASS))
    _vault_is_sound(vault, digest)


def _small_files(limit: int) -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_full_drive_during_backup(prepared: tuple[Path, Path, Path, str]) -> None:
    vault, usb, first, digest = prepared
    first_sha = _sha(first)
    proc = subprocess.run(
        _backup_command(vault.parent, usb), input=f"{ADMIN_PASS}\n{BACKUP_PASS}\n".encode(),
        capture_output=True, env=writer_env(), timeout=120,
        preexec_fn=lambda: _small_files(4_000_000),
    )  # fmt: skip
    err = proc.stderr.decode()
    assert proc.returncode == 1, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    line = lines[0]
    assert "could not be written" in line and "Nothing was written" in line, line
    assert "Traceback" not in err
    assert sorted(p.name for p in usb.iterdir()) == [first.name]  # no temp file left either
    assert _sha(first) == first_sha
    _vault_is_sound(vault, digest)
