"""`vault.keys`: LUKS-style keyslots that each wrap the vault's random data key.

Each slot holds Argon2id parameters, a salt and the data key wrapped with AES-256-GCM; the slot's
header (format, version, vault id, slot id, kind, user name, KDF parameters) is the associated data,
so editing any of it makes that slot fail to open. The whole file also carries an HMAC under a key
derived from the data key, checked after unlock, so adding, removing or swapping slots is detected,
and a plain checksum, so accidental damage is told apart from a wrong passphrase before unlocking.
Changing a passphrase rewrites this file only (atomically); vault.db's bytes do not change.

Format 2 (revocation by re-keying, services.rekey): a slot no longer wraps the data key with the
passphrase. It holds an X25519 key pair; the passphrase-derived key wraps the slot's private key
(and the vault's seal-authentication key), and the data key is *sealed* to the slot's public key
(ephemeral X25519 + HKDF + AES-256-GCM). Whoever holds the data key can therefore seal a new data
key to every remaining slot without knowing anyone's passphrase, and a removed user's private key
opens only the seals of the old key file. The seal key also mixes in the seal-authentication key,
which only key holders know, so an outsider who can write vault.keys cannot seal a key of their
own to a user's slot. Format-1 slots still open; each is rewritten in format 2 when its owner next
unlocks (the passphrase is needed for that).

Administrators' slots (and the recovery slot) also hold the audit secret (storage.audit_keys): the
seeds of the forward-secure audit trail, inside the passphrase-wrapped part, so that no one who
holds only the data key can read or replace them. When the secret changes while its owner is not
there (a new epoch, a promotion), it is sealed to the slot's public key (`audit_seal`) and moved
into the wrapped part at the owner's next unlock.
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
from astra_desktop.storage import kdf, secret_memory
from astra_desktop.storage.atomic import write_atomic

FORMAT = "astra-vault-keys"
VERSION = 2  # written; format 1 files and slots still open (see upgrade_slot)
VERSIONS = (1, 2)
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
    # Format 2: `wrapped` holds the slot's X25519 private key and the seal-authentication key;
    # the data key is sealed to `public` (ephemeral public key, nonce, ciphertext).
    version: int = 1
    public: bytes = b""
    seal_epk: bytes = b""
    seal_nonce: bytes = b""
    sealed: bytes = b""
    # An audit secret waiting for this slot's owner (ephemeral public key + nonce + ciphertext)
    audit_seal: bytes = b""

    def header(self, vault_id: str) -> bytes:
        head: dict[str, object] = {
            "format": FORMAT,
            "version": self.version,
            "vault_id": vault_id,
            "slot_id": self.slot_id,
            "kind": self.kind,
            "label": self.label,
            "kdf": self.params.as_dict(),
        }
        if self.version >= 2:
            head["public"] = _b64(self.public)
        return _canonical(head)

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "slot_id": self.slot_id,
            "kind": self.kind,
            "label": self.label,
            "kdf": self.params.as_dict(),
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
            "role_hint": self.role_hint,
        }
        if self.version >= 2:
            out |= {
                "version": self.version,
                "public": _b64(self.public),
                "seal_epk": _b64(self.seal_epk),
                "seal_nonce": _b64(self.seal_nonce),
                "sealed": _b64(self.sealed),
            }
        if self.audit_seal:
            out["audit_seal"] = _b64(self.audit_seal)
        return out

    def _seal_key(self, vault_id: str, shared: bytes, auth_key: bytes) -> bytes:
        return hkdf(shared + auth_key, "astra slot seal " + _b64(self.seal_epk + self.public))

    def seal(self, vault_id: str, data_key: bytes, auth_key: bytes) -> None:
        """Seal `data_key` to this slot's public key (no passphrase needed)."""
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.x25519 import (
            X25519PrivateKey,
            X25519PublicKey,
        )
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        ephemeral = X25519PrivateKey.generate()
        self.seal_epk = ephemeral.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(self.public))
        self.seal_nonce = os.urandom(12)
        key = self._seal_key(vault_id, shared, auth_key)
        self.sealed = AESGCM(key).encrypt(self.seal_nonce, data_key, self.header(vault_id))

    def seal_audit(self, vault_id: str, audit_secret: bytes) -> None:
        """Leave `audit_secret` for this slot's owner (taken in at their next unlock)."""
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.x25519 import (
            X25519PrivateKey,
            X25519PublicKey,
        )
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        ephemeral = X25519PrivateKey.generate()
        epk = ephemeral.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(self.public))
        key = hkdf(shared, "astra audit seal " + _b64(epk + self.public))
        nonce = os.urandom(12)
        self.audit_seal = (
            epk + nonce + AESGCM(key).encrypt(nonce, audit_secret, self.header(vault_id))
        )

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
            version=int(str(d.get("version", 1))),
            public=_unb64(d.get("public", "")),
            seal_epk=_unb64(d.get("seal_epk", "")),
            seal_nonce=_unb64(d.get("seal_nonce", "")),
            sealed=_unb64(d.get("sealed", "")),
            audit_seal=_unb64(d.get("audit_seal", "")),
        )


@dataclass
class KeyFile:
    vault_id: str
    db_salt: bytes
    slots: list[Slot] = field(default_factory=list)
    mac: bytes = b""
    # Format 2: the seal-authentication key, wrapped under a sub-key of the data key (so that
    # re-keying can carry it over), as nonce + ciphertext. Empty in format-1 files.
    seal_auth: bytes = b""
    version: int = VERSION  # as read (the file MAC covers it); saving writes VERSION

    # --- reading and writing -------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = json.loads(path.read_bytes())
            if raw.get("format") != FORMAT or raw.get("version") not in VERSIONS:
                raise ValueError("format")
            body = {k: v for k, v in raw.items() if k not in ("mac", "checksum")}
            if raw.get("checksum") != hashlib.sha256(_canonical(body)).hexdigest():
                raise ValueError("checksum")
            return cls(
                vault_id=str(raw["vault_id"]),
                db_salt=_unb64(raw["db_salt"]),
                slots=[Slot.from_json(s) for s in raw["slots"]],
                mac=_unb64(raw["mac"]),
                seal_auth=_unb64(raw.get("seal_auth", "")),
                version=int(raw["version"]),
            )
        except FileNotFoundError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise VaultDamaged(DAMAGED_KEYS) from exc

    def _body(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "version": self.version,
            "vault_id": self.vault_id,
            "db_salt": _b64(self.db_salt),
            "slots": [s.to_json() for s in self.slots],
        } | ({"seal_auth": _b64(self.seal_auth)} if self.seal_auth else {})

    def save(self, path: Path, data_key: bytes) -> None:
        write_atomic(path, self.to_bytes(data_key))

    def to_bytes(self, data_key: bytes) -> bytes:
        self.auth_key(data_key)  # format 2 from the first save on
        self.version = VERSION
        self.mac = self._compute_mac(data_key)
        body = self._body()
        body |= {"mac": _b64(self.mac), "checksum": hashlib.sha256(_canonical(body)).hexdigest()}
        return json.dumps(body, indent=1, sort_keys=True).encode() + b"\n"

    # --- format 2: sealing ----------------------------------------------------------------------
    def auth_key(self, data_key: bytes) -> bytes:
        """The seal-authentication key (made on first use; wrapped under the data key)."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        aead = AESGCM(hkdf(data_key, "astra seal auth wrap"))
        aad = _canonical({"vault_id": self.vault_id, "what": "seal auth"})
        if self.seal_auth:
            return aead.decrypt(self.seal_auth[:12], self.seal_auth[12:], aad)
        key, nonce = os.urandom(32), os.urandom(12)
        self.seal_auth = nonce + aead.encrypt(nonce, key, aad)
        return key

    def rekeyed(self, old_key: bytes, new_key: bytes) -> KeyFile:
        """A copy of this file for `new_key`: every format-2 slot re-sealed, the seal-authentication
        key re-wrapped. Format-1 slots cannot be carried over (they need their passphrase)."""
        old_slots = [s for s in self.slots if s.version < 2]
        if old_slots:
            raise ValueError("format-1 slots: " + ", ".join(s.label for s in old_slots))
        auth = self.auth_key(old_key)
        copy = KeyFile(self.vault_id, self.db_salt)
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = os.urandom(12)
        aad = _canonical({"vault_id": self.vault_id, "what": "seal auth"})
        copy.seal_auth = nonce + AESGCM(hkdf(new_key, "astra seal auth wrap")).encrypt(
            nonce, auth, aad
        )
        for slot in self.slots:
            fresh = Slot.from_json(slot.to_json())
            fresh.seal(self.vault_id, new_key, auth)
            copy.slots.append(fresh)
        return copy

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
        audit_secret: bytes = b"",
    ) -> Slot:
        """Wrap the data key for a new secret; replacing a slot keeps its id (users point at it).
        `audit_secret`: for administrators and the recovery key only."""
        existing = self.find(kind, label)
        slot_id = existing.slot_id if existing else secrets.token_hex(8)
        if existing:
            self.slots.remove(existing)
        hint = role_hint or (existing.role_hint if existing else "")
        slot = Slot(slot_id, kind, label, params, os.urandom(16), os.urandom(12), b"", hint)
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        auth = self.auth_key(data_key)
        private = X25519PrivateKey.generate()
        slot.version = VERSION
        slot.public = private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        raw_private = private.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        wrapping_key = kdf.derive(secret, slot.salt, params)
        plain = bytearray(raw_private)
        plain += auth
        plain += audit_secret
        try:
            slot.wrapped = AESGCM(wrapping_key).encrypt(
                slot.nonce, plain, slot.header(self.vault_id)
            )
        finally:
            secret_memory.wipe(plain, raw_private)
        slot.seal(self.vault_id, data_key, auth)
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
        opened = self.open(slot, secret)
        return opened[0] if opened else None

    def open(self, slot: Slot, secret: str) -> tuple[bytes, bytes] | None:
        """(data key, audit secret) — the audit secret is empty for slots that hold none — or None
        when the secret is wrong (or the slot was edited). A pending `audit_seal` that extends the
        wrapped audit secret is returned in its place (see `take_audit_seal`)."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        wrapping_key = kdf.derive(secret, slot.salt, slot.params)
        try:
            opened = AESGCM(wrapping_key).decrypt(
                slot.nonce, slot.wrapped, slot.header(self.vault_id)
            )
        except InvalidTag:
            return None
        if slot.version < 2:
            return opened, b""
        private = opened[:32]
        audit_secret = opened[64:]
        try:
            data_key = self._open_seal(slot, opened)
            if data_key is None:
                return None
            if slot.audit_seal:
                delivered = self._open_audit_seal(slot, private) or b""
                # Anyone with the data key can write a seal, so one only extends what the owner
                # holds (a new epoch appended); it cannot replace seeds already in the wrapped part.
                if delivered.startswith(audit_secret) and len(delivered) > len(audit_secret):
                    secret_memory.wipe(audit_secret)
                    audit_secret = delivered
                else:
                    secret_memory.wipe(delivered)
            return data_key, audit_secret
        finally:
            secret_memory.wipe(opened, private)  # the slot's private key opens the data key

    def _open_audit_seal(self, slot: Slot, raw_private: bytes) -> bytes | None:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.asymmetric.x25519 import (
            X25519PrivateKey,
            X25519PublicKey,
        )
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        epk, nonce, body = slot.audit_seal[:32], slot.audit_seal[32:44], slot.audit_seal[44:]
        try:
            shared = X25519PrivateKey.from_private_bytes(raw_private).exchange(
                X25519PublicKey.from_public_bytes(epk)
            )
            key = hkdf(shared, "astra audit seal " + _b64(epk + slot.public))
            return AESGCM(key).decrypt(nonce, body, slot.header(self.vault_id))
        except (InvalidTag, ValueError):
            return None

    def take_audit_seal(self, slot: Slot, secret: str, audit_secret: bytes) -> None:
        """Move a delivered audit secret into the passphrase-wrapped part of `slot` (its owner has
        just unlocked with `secret`), so that a data-key holder can no longer replace it."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        wrapping_key = kdf.derive(secret, slot.salt, slot.params)
        aead = AESGCM(wrapping_key)
        opened = aead.decrypt(slot.nonce, slot.wrapped, slot.header(self.vault_id))
        plain = bytearray(opened[:64])
        plain += audit_secret
        try:
            slot.nonce = os.urandom(12)
            slot.wrapped = aead.encrypt(slot.nonce, plain, slot.header(self.vault_id))
        finally:
            secret_memory.wipe(plain, opened)
        slot.audit_seal = b""

    def _open_seal(self, slot: Slot, opened: bytes) -> bytes | None:
        """The data key sealed to a format-2 slot, given the slot's opened private part."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.asymmetric.x25519 import (
            X25519PrivateKey,
            X25519PublicKey,
        )
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            private = X25519PrivateKey.from_private_bytes(opened[:32])
            shared = private.exchange(X25519PublicKey.from_public_bytes(slot.seal_epk))
            key = slot._seal_key(self.vault_id, shared, opened[32:64])
            return AESGCM(key).decrypt(slot.seal_nonce, slot.sealed, slot.header(self.vault_id))
        except (InvalidTag, ValueError):
            return None

    def upgrade_slot(
        self, slot: Slot, secret: str, data_key: bytes, audit_secret: bytes = b""
    ) -> bool:
        """Rewrite a format-1 slot in format 2 (its owner has just unlocked with `secret`);
        True when the file changed and must be saved."""
        if slot.version >= 2:
            return False
        self.add(data_key, slot.kind, slot.label, secret, slot.params, slot.role_hint, audit_secret)
        return True


def new_data_key() -> bytes:
    return os.urandom(32)


def fingerprint(data_key: bytes) -> str:
    """A short, non-secret identifier of a data key, for logs and tests."""
    return hashlib.sha256(hkdf(data_key, "astra fingerprint")).hexdigest()[:16]
