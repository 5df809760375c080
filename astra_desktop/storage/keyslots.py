"""`vault.keys`: LUKS-style keyslots that each wrap the vault's random data key.

Each slot holds Argon2id parameters, a salt and the data key wrapped with AES-256-GCM; the slot's
header (format, version, vault id, slot id, kind, user name, KDF parameters) is the associated data,
so editing any of it makes that slot fail to open. The whole file also carries an HMAC under a key
derived from the data key, checked after unlock, so adding, removing or swapping slots is detected,
and a plain checksum, so accidental damage is told apart from a wrong passphrase before unlocking.
Changing a passphrase rewrites this file only (atomically); vault.db's bytes do not change.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from astra_desktop.errors import VaultDamaged
from astra_desktop.storage import kdf
from astra_desktop.storage.atomic import write_atomic

FORMAT = "astra-vault-keys"
VERSION = 1
KIND_USER = "user"
KIND_RECOVERY = "recovery"

DAMAGED_KEYS = (
    "The key file (vault.keys) is damaged or has been edited. The vault cannot be trusted as it is: "
    "restore it from a backup and tell the administrator."
)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text, validate=True)


def _canonical(obj: object) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def hkdf(key: bytes, label: str) -> bytes:
    """A sub-key for one purpose, so the data key itself is only ever used to open vault.db."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label.encode()).derive(key)


@dataclass
class Slot:
    slot_id: str
    kind: str
    label: str
    params: kdf.KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes
    # Not authenticated by the slot (roles change without the user's passphrase) but covered by
    # the file MAC; only used to pick the default account before unlocking.
    role_hint: str = ""

    def header(self, vault_id: str) -> bytes:
        return _canonical(
            {
                "format": FORMAT,
                "version": VERSION,
                "vault_id": vault_id,
                "slot_id": self.slot_id,
                "kind": self.kind,
                "label": self.label,
                "kdf": self.params.as_dict(),
            }
        )

    def to_json(self) -> dict[str, object]:
        return {
            "slot_id": self.slot_id,
            "kind": self.kind,
            "label": self.label,
            "kdf": self.params.as_dict(),
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
            "role_hint": self.role_hint,
        }

    @classmethod
    def from_json(cls, d: dict[str, object]) -> Slot:
        kdf_dict = d["kdf"]
        if not isinstance(kdf_dict, dict):
            raise ValueError("kdf")
        return cls(
            slot_id=str(d["slot_id"]),
            kind=str(d["kind"]),
            label=str(d["label"]),
            params=kdf.KdfParams.from_dict(kdf_dict),
            salt=_unb64(d["salt"]),
            nonce=_unb64(d["nonce"]),
            wrapped=_unb64(d["wrapped"]),
            role_hint=str(d.get("role_hint", "")),
        )


@dataclass
class KeyFile:
    vault_id: str
    db_salt: bytes
    slots: list[Slot] = field(default_factory=list)
    mac: bytes = b""

    # --- reading and writing -------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = json.loads(path.read_bytes())
            if raw.get("format") != FORMAT or raw.get("version") != VERSION:
                raise ValueError("format")
            body = {k: v for k, v in raw.items() if k not in ("mac", "checksum")}
            if raw.get("checksum") != hashlib.sha256(_canonical(body)).hexdigest():
                raise ValueError("checksum")
            return cls(
                vault_id=str(raw["vault_id"]),
                db_salt=_unb64(raw["db_salt"]),
                slots=[Slot.from_json(s) for s in raw["slots"]],
                mac=_unb64(raw["mac"]),
            )
        except FileNotFoundError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise VaultDamaged(DAMAGED_KEYS) from exc

    def _body(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "db_salt": _b64(self.db_salt),
            "slots": [s.to_json() for s in self.slots],
        }

    def save(self, path: Path, data_key: bytes) -> None:
        self.mac = self._compute_mac(data_key)
        body = self._body()
        body |= {"mac": _b64(self.mac), "checksum": hashlib.sha256(_canonical(body)).hexdigest()}
        write_atomic(path, json.dumps(body, indent=1, sort_keys=True).encode() + b"\n")

    # --- integrity ------------------------------------------------------------------------------
    def _compute_mac(self, data_key: bytes) -> bytes:
        return hmac.new(
            hkdf(data_key, "astra vault.keys mac"), _canonical(self._body()), "sha256"
        ).digest()

    def verify_mac(self, data_key: bytes) -> None:
        if not hmac.compare_digest(self.mac, self._compute_mac(data_key)):
            raise VaultDamaged(DAMAGED_KEYS)

    # --- slots ----------------------------------------------------------------------------------
    def find(self, kind: str, label: str) -> Slot | None:
        for slot in self.slots:
            if slot.kind == kind and slot.label == label:
                return slot
        return None

    def add(
        self,
        data_key: bytes,
        kind: str,
        label: str,
        secret: str,
        params: kdf.KdfParams,
        role_hint: str = "",
    ) -> Slot:
        """Wrap the data key for a new secret; replacing a slot keeps its id (users point at it)."""
        existing = self.find(kind, label)
        slot_id = existing.slot_id if existing else secrets.token_hex(8)
        if existing:
            self.slots.remove(existing)
        hint = role_hint or (existing.role_hint if existing else "")
        slot = Slot(slot_id, kind, label, params, os.urandom(16), os.urandom(12), b"", hint)
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        wrapping_key = kdf.derive(secret, slot.salt, params)
        slot.wrapped = AESGCM(wrapping_key).encrypt(
            slot.nonce, data_key, slot.header(self.vault_id)
        )
        self.slots.append(slot)
        return slot

    def user_labels(self, role_hint: str | None = None) -> list[str]:
        return [
            s.label
            for s in self.slots
            if s.kind == KIND_USER and (role_hint is None or s.role_hint == role_hint)
        ]

    def remove(self, slot_id: str) -> None:
        self.slots = [s for s in self.slots if s.slot_id != slot_id]

    def unwrap(self, slot: Slot, secret: str) -> bytes | None:
        """The data key, or None when the secret is wrong (or the slot was edited)."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        wrapping_key = kdf.derive(secret, slot.salt, slot.params)
        try:
            return AESGCM(wrapping_key).decrypt(
                slot.nonce, slot.wrapped, slot.header(self.vault_id)
            )
        except InvalidTag:
            return None


def new_data_key() -> bytes:
    return os.urandom(32)


def fingerprint(data_key: bytes) -> str:
    """A short, non-secret identifier of a data key, for logs and tests."""
    return hashlib.sha256(hkdf(data_key, "astra fingerprint")).hexdigest()[:16]
