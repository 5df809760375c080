"""The refusal to replace another vault names both vaults in the person's language: the vaults'
descriptions are messages (ids and arguments), not English text baked into the sentence."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from astra_desktop.core.messages import CONTEXT, Message
from astra_desktop.services import backups, restore
from astra_desktop.services import session as vs
from tests._backups import BACKUP_PASS
from tests._vaults import CHEAP_KDF
from tests.conftest import ADMIN, ADMIN_PASS

SERBIAN = {
    "“{organisation}” (id {id}, made {made})": "„{organisation}“ (ID {id}, napravljena {made})",
    "“{organisation}” (id {id})": "„{organisation}“ (ID {id})",
    "a vault (id {id}, made {made})": "šifrovana baza (ID {id}, napravljena {made})",
    "a vault (id {id})": "šifrovana baza (ID {id})",
    "{vault}, backup made {when}": "{vault}, rezervna kopija napravljena {when}",
    "The vault in {folder} is {current}, but this backup is of another vault: {backup}. Nothing "
    "was replaced. Check that this is the right backup and the right folder.": (
        "Šifrovana baza u folderu {folder} je {current}, a ova rezervna kopija je kopija druge "
        "baze: {backup}. Ništa nije zamenjeno."
    ),
}


def serbian(context: str, source: str, disambiguation: str = "") -> str:
    return SERBIAN.get(source, "") if context == CONTEXT else ""


@pytest.mark.parametrize(
    ("organisation", "made", "english", "translated"),
    [
        ("", None, "a vault (id 0123abcd)", "šifrovana baza (ID 0123abcd)"),
        ("Test NGO", None, "“Test NGO” (id 0123abcd)", "„Test NGO“ (ID 0123abcd)"),
        ("", datetime(2026, 3, 2, 9, 5).astimezone(), "a vault (id 0123abcd, made 02.03.2026 09:05)",
         "šifrovana baza (ID 0123abcd, napravljena 02.03.2026 09:05)"),
        ("Test NGO", datetime(2026, 3, 2, 9, 5).astimezone(),
         "“Test NGO” (id 0123abcd, made 02.03.2026 09:05)",
         "„Test NGO“ (ID 0123abcd, napravljena 02.03.2026 09:05)"),
    ],
)  # fmt: skip
def test_a_vault_is_described_by_a_message(
    organisation: str, made: datetime | None, english: str, translated: str
) -> None:
    said = restore.describe_vault("0123abcd-9999", organisation, made)
    assert isinstance(said, Message)
    assert str(said) == english and said.render(serbian) == translated


def test_the_refusal_is_said_in_serbian_with_both_vaults(
    vault_folder: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        backup = backups.create(sess, usb, BACKUP_PASS).path
        backup_vault = sess.vault_id
    home = tmp_path / "other"
    sess, _ = vs.create_vault(home / "vault", ADMIN, ADMIN_PASS, organisation="Druga NVO",
                              kdf_params=CHEAP_KDF)  # fmt: skip
    other_vault = sess.vault_id
    sess.close()
    opened = restore.open_backup(backup, BACKUP_PASS)
    with pytest.raises(restore.OtherVault) as caught:
        restore.stage_restore(opened, home, account=(ADMIN, ADMIN_PASS), replace=True)
    text = caught.value.message.render(serbian)
    assert text.startswith("Šifrovana baza u folderu")
    assert f"je šifrovana baza (ID {other_vault[:8]})" in text
    assert f"„Test NGO“ (ID {backup_vault[:8]}), rezervna kopija napravljena " in text
    without_folder = text.replace(str(home / "vault"), "")
    assert "vault" not in without_folder and "made" not in without_folder  # no English left
    # the CLI and the logs still read English
    assert f"a vault (id {other_vault[:8]})" in str(caught.value.message.render())
