"""The sealed container of `*.astrabackup` files and case-transfer bundles.

Why this format: the issue asks for a file that opens with a passphrase *or* with the vault's
recovery key, uses Argon2id for passphrases, and detects any changed, dropped, reordered,
appended or truncated piece before anything is used. age (pyrage) would bring a second KDF
(scrypt) and allows a passphrase only as the sole recipient, so it cannot also open with the
recovery key. So: standard primitives from `cryptography` and `argon2-cffi`, in the STREAM
construction (Hoang, Reyhanitabar, Rogaway, Vizár 2015; what age and Tink use for chunked AEAD).

Layout (integers big-endian):

    magic     16 bytes  MAGIC
    length     4 bytes  of the header
    header    canonical JSON: kind, version, public fields, chunk size, nonce prefix, locks
    checksum  32 bytes  SHA-256 of the three fields above: damage is told apart from a wrong
                        passphrase before any key is derived
    mac       32 bytes  HMAC-SHA256 of the same, under a key derived from the content key: a
                        deliberate edit of the header (checksum recomputed) fails once opened
    chunks    the payload in `chunk_size` pieces, each AES-256-GCM under a key derived from the
              content key; nonce = 7-byte random prefix || 4-byte index || 1-byte last flag,
              associated data = SHA-256(header bytes) || 8-byte index || last flag. A changed,
              dropped, swapped, duplicated, appended or cut-off chunk fails to authenticate.

The random 256-bit content key is wrapped (AES-256-GCM, the container kind and the lock's own
description as associated data) once per *lock*: under an Argon2id key from a passphrase, and/or
under a key derived from another key (a backup's recovery lock: the vault's data key, reached
with the recovery key through a copy of the vault's own recovery slot kept in the lock).

Readers get plaintext chunk by chunk, each authenticated, but the end of the stream is only
proven at the last one: callers write into encrypted temp files or one transaction and act only
after the iterator has finished.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from astra_desktop.core.messages import Joined, Message, message
from astra_desktop.errors import AstraError, WrongPassphrase
from astra_desktop.storage import kdf
from astra_desktop.storage.keyslots import hkdf

MAGIC = b"\x89ASTRA-SEALED\r\n\x1a"  # 16 bytes; the \r\n and \x1a catch text-mode copies
VERSION = 1
TAG = 16
DEFAULT_CHUNK = 1024 * 1024
MAX_HEADER = 1024 * 1024
_PREFIX = struct.Struct(">16sI")


class NotSealed(AstraError):
    """The file is not a container of the expected kind at all."""

    exit_code = 4


class SealedDamaged(AstraError):
    """The container fails a checksum or an authentication check."""

    exit_code = 4


def _not_sealed(path: Path, what: str | Message) -> NotSealed:
    return NotSealed(
        "{name} is not an ASTRA {what} (or it is cut short at its very start). "
        "Nothing was used from it. Choose the right file.",
        name=path.name,
        what=message(what),
    )


def damaged(path: Path, what: str | Message, detail: str | Message | Joined) -> SealedDamaged:
    return SealedDamaged(
        "The {what} {name} is damaged or has been changed ({detail}). Nothing was used "
        "from it and nothing was changed. Use another copy, and tell the administrator.",
        what=message(what),
        name=path.name,
        detail=message(detail),
    )


def wrong_secret(path: Path, what: str | Message, recovery: bool) -> WrongPassphrase:
    if recovery:
        return WrongPassphrase(
            Message(
                "That recovery key does not open the {what} {name}. Nothing was used from it. Type "
                "the key exactly as printed on the emergency sheet of the vault it was made from.",
                {"what": message(what), "name": path.name},
            )
        )
    return WrongPassphrase(
        Message(
            "That passphrase does not open the {what} {name}. Nothing was used from it. Check "
            "Caps Lock and the keyboard language, then try again.",
            {"what": message(what), "name": path.name},
        )
    )


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text, validate=True)


def canonical(obj: object) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


# --- locks -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PassphraseLock:
    passphrase: str
    params: kdf.KdfParams
    salt: bytes = b""
    kek: bytes = b""  # derived ahead of time by `prepared()`, e.g. on a thread while data is copied

    def prepared(self) -> PassphraseLock:
        """The same lock with its Argon2id derivation done (argon2-cffi releases the GIL)."""
        salt = os.urandom(16)
        return PassphraseLock(
            self.passphrase, self.params, salt, kdf.derive(self.passphrase, salt, self.params)
        )


@dataclass(frozen=True)
class KeyLock:
    """Opens with a key the opener derives some other way; `extra` says how (stored in clear)."""

    key: bytes
    label: str
    extra: dict[str, object]


Lock = PassphraseLock | KeyLock


def _lock_kek(key: bytes, label: str) -> bytes:
    return hkdf(key, f"astra sealed lock {label}")


# --- writing ---------------------------------------------------------------------------------------
class SealedWriter:
    """Streams a payload into `fh` as a sealed container; call `close()` to write the last chunk."""

    def __init__(
        self,
        fh: BinaryIO,
        kind: str,
        public: dict[str, object],
        content_key: bytes,
        locks: list[Lock],
        chunk_size: int = DEFAULT_CHUNK,
    ) -> None:
        self._fh = fh
        self._chunk = chunk_size
        self._buf = bytearray()
        self._index = 0
        self._closed = False
        self._aead = AESGCM(hkdf(content_key, "astra sealed payload"))
        self._prefix = os.urandom(7)
        body: dict[str, object] = {
            "kind": kind,
            "version": VERSION,
            "public": public,
            "chunk_size": chunk_size,
            "nonce_prefix": b64(self._prefix),
        }
        aad_base = _lock_aad(kind)
        made = [_make_lock(lock, content_key, aad_base) for lock in locks]
        body["locks"] = [desc for desc, _ in made]
        # Each lock's wrapping key, kept in memory so the file can be read back and every lock
        # proven to open it without paying for Argon2id a second time.
        self.lock_keys = [kek for _, kek in made]
        header = canonical(body)
        if len(header) > MAX_HEADER:
            raise ValueError("header too large")
        head = _PREFIX.pack(MAGIC, len(header)) + header
        self.header_hash = hashlib.sha256(head).digest()
        mac = hmac.new(hkdf(content_key, "astra sealed header"), head, "sha256").digest()
        fh.write(head + self.header_hash + mac)
        self.written = len(head) + 64

    def write(self, data: bytes | memoryview) -> None:
        # A full chunk stays buffered until more data follows: the last chunk is never empty
        # (unless the whole payload is). Whole chunks of `data` go out without being copied.
        view = memoryview(data)
        if self._buf and len(self._buf) + len(view) > self._chunk:
            take = self._chunk - len(self._buf)
            self._buf += view[:take]
            view = view[take:]
            self._emit(bytes(self._buf), last=False)
            self._buf.clear()
        while len(view) > self._chunk:
            self._emit(view[: self._chunk], last=False)
            view = view[self._chunk :]
        self._buf += view

    def close(self) -> None:
        if not self._closed:
            self._emit(bytes(self._buf), last=True)
            self._buf.clear()
            self._closed = True

    def _emit(self, plain: bytes | memoryview, last: bool) -> None:
        nonce, aad = _nonce_aad(self._prefix, self.header_hash, self._index, last)
        sealed = self._aead.encrypt(nonce, plain, aad)
        self._fh.write(sealed)
        self.written += len(sealed)
        self._index += 1


def _make_lock(lock: Lock, content_key: bytes, aad_base: bytes) -> tuple[dict[str, object], bytes]:
    nonce = os.urandom(12)
    if isinstance(lock, PassphraseLock):
        lock = lock if lock.kek else lock.prepared()
        desc: dict[str, object] = {
            "type": "passphrase",
            "kdf": lock.params.as_dict(),
            "salt": b64(lock.salt),
        }
        kek = lock.kek
    else:
        desc = {"type": "key", "label": lock.label, "extra": lock.extra}
        kek = _lock_kek(lock.key, lock.label)
    wrapped = AESGCM(kek).encrypt(nonce, content_key, aad_base + canonical(desc))
    return desc | {"nonce": b64(nonce), "wrapped": b64(wrapped)}, kek


def _lock_aad(kind: str) -> bytes:
    """A lock is bound to the kind of container and its own description; the rest of the header
    is covered by the header MAC, checked right after unwrapping (so an edited header is reported
    as edited, not as a wrong passphrase)."""
    return canonical({"kind": kind, "version": VERSION})


def _nonce_aad(prefix: bytes, header_hash: bytes, index: int, last: bool) -> tuple[bytes, bytes]:
    if index >= 1 << 32:
        raise ValueError("payload too large")
    flag = b"\x01" if last else b"\x00"
    return prefix + struct.pack(">I", index) + flag, header_hash + struct.pack(">Q", index) + flag


# --- reading ---------------------------------------------------------------------------------------
@dataclass
class Sealed:
    """A container's header, read and checksummed but not yet opened."""

    path: Path
    what: str  # "backup" or "case-transfer bundle", for messages
    kind: str
    public: dict[str, object]
    locks: list[dict[str, object]]
    chunk_size: int
    prefix: bytes
    head: bytes  # magic + length + header, as on disk
    mac: bytes
    payload_offset: int

    @classmethod
    def read(cls, path: Path, kind: str, what: str) -> Sealed:
        try:
            with path.open("rb") as fh:
                start = fh.read(_PREFIX.size)
                if len(start) < _PREFIX.size or not start.startswith(MAGIC):
                    raise _not_sealed(path, what)
                length = _PREFIX.unpack(start)[1]
                if length > MAX_HEADER:
                    raise damaged(path, what, "its header is unreadable")
                header = fh.read(length)
                checksum, mac = fh.read(32), fh.read(32)
        except IsADirectoryError as exc:
            raise _not_sealed(path, what) from exc
        head = start + header
        if len(header) < length or len(mac) < 32:
            raise damaged(path, what, "the file ends inside its header")
        if not hmac.compare_digest(checksum, hashlib.sha256(head).digest()):
            raise damaged(path, what, "its header does not match its checksum")
        try:
            body = json.loads(header)
            if body.get("kind") != kind:
                raise _not_sealed(path, what)
            if body.get("version") != VERSION:
                raise damaged(path, what, "it was made by a newer version of ASTRA Desktop")
            chunk_size = body["chunk_size"]
            if not isinstance(chunk_size, int) or not 4096 <= chunk_size <= 64 * 1024 * 1024:
                raise ValueError("chunk size")
            locks, public = body["locks"], body["public"]
            if not isinstance(locks, list) or not isinstance(public, dict):
                raise ValueError("header")
            prefix = unb64(body["nonce_prefix"])
            if len(prefix) != 7:
                raise ValueError("nonce prefix")
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise damaged(path, what, "its header is unreadable") from exc
        return cls(path, what, kind, public, locks, chunk_size, prefix, head, mac, len(head) + 64)

    def lock(self, type_: str, label: str | None = None) -> dict[str, object] | None:
        for lock in self.locks:
            if (
                isinstance(lock, dict)
                and lock.get("type") == type_
                and (label is None or lock.get("label") == label)
            ):
                return lock
        return None

    def open_with_passphrase(self, passphrase: str) -> bytes:
        """The content key; WrongPassphrase if the passphrase (or the header) is not right."""
        lock = self.lock("passphrase")
        if lock is None:
            raise wrong_secret(self.path, self.what, recovery=False)
        try:
            params = kdf.KdfParams.from_dict(lock["kdf"])  # type: ignore[arg-type]
            salt = unb64(lock["salt"])
        except (ValueError, KeyError, TypeError) as exc:
            raise damaged(self.path, self.what, "its header is unreadable") from exc
        key = self._unwrap(lock, kdf.derive(passphrase, salt, params))
        if key is None:
            raise wrong_secret(self.path, self.what, recovery=False)
        return key

    def open_with_key(self, key: bytes, label: str) -> bytes | None:
        lock = self.lock("key", label)
        return None if lock is None else self._unwrap(lock, _lock_kek(key, label))

    def open_lock(self, index: int, kek: bytes) -> bytes | None:
        """The content key through lock number `index`, given its wrapping key (read-back)."""
        return self._unwrap(self.locks[index], kek) if index < len(self.locks) else None

    def _unwrap(self, lock: dict[str, object], kek: bytes) -> bytes | None:
        desc = {k: v for k, v in lock.items() if k not in ("nonce", "wrapped")}
        try:
            content_key = AESGCM(kek).decrypt(
                unb64(lock["nonce"]), unb64(lock["wrapped"]), _lock_aad(self.kind) + canonical(desc)
            )
        except (InvalidTag, ValueError, KeyError):
            return None
        if not hmac.compare_digest(
            self.mac,
            hmac.new(hkdf(content_key, "astra sealed header"), self.head, "sha256").digest(),
        ):
            raise damaged(self.path, self.what, "its header has been edited")
        return content_key

    def chunks(self, content_key: bytes) -> Iterator[bytes]:
        """The payload's plaintext, chunk by chunk; raises SealedDamaged at the first bad one."""
        aead = AESGCM(hkdf(content_key, "astra sealed payload"))
        header_hash = hashlib.sha256(self.head).digest()
        size = self.chunk_size + TAG
        with self.path.open("rb") as fh:
            fh.seek(self.payload_offset)
            current = fh.read(size)
            index = 0
            while True:
                following = fh.read(size) if len(current) == size else b""
                last = not following
                nonce, aad = _nonce_aad(self.prefix, header_hash, index, last)
                try:
                    plain = aead.decrypt(nonce, current, aad)
                except (InvalidTag, ValueError) as exc:
                    detail = Message(
                        "part {part} of its contents fails its authentication check: the "
                        "file is cut short, has parts missing, swapped or added, or was altered",
                        {"part": index + 1},
                    )
                    raise damaged(self.path, self.what, detail) from exc
                yield plain
                if last:
                    return
                current, index = following, index + 1
