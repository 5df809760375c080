"""Test bootstrap: offscreen Qt, and a fresh real SQLCipher vault per test (copied from a template).

The template is made once per worker with the floor KDF parameters (m=64 MiB, t=3, p=4), so each
test gets a real vault without paying for Argon2 calibration.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from astra_desktop.services import session as vault_session
from astra_desktop.storage import kdf

# The tests' own "today" (date.today() in a test) is the app's: Belgrade's (core/appointments.py
# local_today). On a machine kept on UTC they disagreed for an hour or two around midnight.
os.environ["TZ"] = "Europe/Belgrade"
time.tzset()

ADMIN = "marija"
ADMIN_PASS = "correct horse battery staple"
CASEWORKER = "ana"
CASEWORKER_PASS = "plum violin harbour seventeen"


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("template") / "vault"
    sess, recovery = vault_session.create_vault(
        folder, ADMIN, ADMIN_PASS, organisation="Test NGO", kdf_params=kdf.FLOOR
    )
    sess.close()
    return folder, recovery


@pytest.fixture
def vault_folder(tmp_path: Path, vault_template: tuple[Path, str]) -> Path:
    target = tmp_path / "home" / "vault"
    shutil.copytree(vault_template[0], target)
    return target


@pytest.fixture
def recovery_key(vault_template: tuple[Path, str]) -> str:
    return vault_template[1]


@pytest.fixture
def session(vault_folder: Path) -> Iterator[vault_session.Session]:
    sess = vault_session.unlock(vault_folder, ADMIN, ADMIN_PASS)
    yield sess
    sess.close()


@pytest.fixture(autouse=True)
def _no_modal_messages() -> Iterator[None]:
    """Message boxes never block a test: questions get their safe default unless answered."""
    try:
        from astra_desktop.gui.dialogs import Messages
    except ImportError:  # pragma: no cover - GUI not importable
        yield
        return
    Messages.interactive = False
    Messages.locking = False
    Messages.shown.clear()
    Messages._next.clear()
    yield
    Messages._next.clear()
    Messages.interactive = False
