"""What the window shows before anyone has unlocked: is there a vault here, who can open it.

Read from vault.keys alone (the account names are in its slot labels); nothing is decrypted.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from astra_desktop.storage.keyslots import KeyFile
from astra_desktop.storage.vault_files import VaultFiles


@dataclass(frozen=True)
class Accounts:
    names: list[str]  # sorted as a person reads them
    admins: list[str]


def exists(folder: Path) -> bool:
    return VaultFiles(folder).keys.exists()


def accounts(folder: Path) -> Accounts:
    """The accounts of the vault in `folder`; VaultDamaged when its key file is damaged."""
    keyfile = KeyFile.load(VaultFiles(folder).keys)
    return Accounts(sorted(keyfile.user_labels(), key=str.casefold), keyfile.user_labels("admin"))
