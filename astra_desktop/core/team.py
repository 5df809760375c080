"""The files of team sync, as bytes: what a change file holds, how it is sealed, signed and checked.

Pure (no storage, no files): services/sync.py reads and writes the folder, storage/team.py keeps the
keys. The design is in docs/team-sync.md. A file in the office folder is (integers big-endian):

    magic      16 bytes  MAGIC
    length      4 bytes  of the header
    header     canonical JSON: format, kind ("change", "snapshot", "roster"), team id, device id, seq
               number, key epoch, AES-GCM nonce, and for a roster its key grants
    length      8 bytes  of the body
    body       AES-256-GCM ciphertext (associated data: every byte before it)
    signature  64 bytes  Ed25519, by the writing device, over every byte before it

A change file's body is the case-transfer message stream (services/transfer.py), after a first
message saying how far the device has applied the others' files (a snapshot's: also which files it
holds), compressed, under
a key derived from the team key of its epoch. A roster file (written by an administrator's device:
the devices of the team, and the key of a new epoch) is under a random file key, sealed to each
device's X25519 key in a grant (an ephemeral key per grant, no device named): a device removed
from the roster gets no grant, so it never learns the new epoch's key.

Order: a device's files are applied strictly by sequence number. A file that arrives before the
one it follows is held back (never applied early): changes are not commutative across one device's
files (a record's later version names the earlier one as known). Files of different devices commute
(the transfer merge rules give the same result in any order, or a conflict for a person).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import struct
import zlib
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from astra_desktop.core.messages import Message
from astra_desktop.errors import AstraError

MAGIC = b"\x89ASTRA-TEAMSYNC\n"  # 16 bytes
FORMAT = 1
CHANGE, ROSTER, SNAPSHOT = "change", "roster", "snapshot"
SUFFIX = ".astrasync"
SIGNATURE = 64
MAX_HEADER = 1024 * 1024
_NAME = re.compile(r"^(\d{8})\.astrasync$")
_RAW = serialization.Encoding.Raw


class TeamFileRefused(AstraError):
    """A file in the office folder that is damaged, cut short, foreign, unsigned or replayed."""

    exit_code = 4


def refused(name: str, why: str) -> TeamFileRefused:
    return TeamFileRefused(
        "The office file {name} was refused: {why}. Nothing from it was applied. Sync again "
        "later; if this stays, tell the administrator.",
        name=name,
        why=Message(why),
    )


# --- names -----------------------------------------------------------------------------------------
def device_folder(team_id: str, device_id: str) -> str:
    """A device's subfolder: a hash, so the folder names no device or person."""
    return hashlib.sha256(f"astra team {team_id}\0{device_id}".encode()).hexdigest()[:20]


def file_name(seq: int) -> str:
    return f"{seq:08d}{SUFFIX}"


def seq_of(name: str) -> int | None:
    m = _NAME.match(name)
    return int(m.group(1)) if m else None


# --- keys ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DeviceKeys:
    """A device's private keys (raw bytes): kept inside its vault only."""

    sign: bytes
    box: bytes

    @classmethod
    def new(cls) -> DeviceKeys:
        return cls(
            Ed25519PrivateKey.generate().private_bytes_raw(),
            X25519PrivateKey.generate().private_bytes_raw(),
        )

    @property
    def sign_public(self) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.sign).public_key().public_bytes_raw()

    @property
    def box_public(self) -> bytes:
        return X25519PrivateKey.from_private_bytes(self.box).public_key().public_bytes_raw()


def fingerprint(sign_public: bytes, box_public: bytes) -> str:
    """A code to compare aloud: the new device's public keys as 5 groups of 5 digits (25 decimal
    digits of a SHA-256, about 83 bits: a swapped request cannot be made to match)."""
    digest = hashlib.sha256(b"astra device\0" + sign_public + box_public).digest()
    number = str(int.from_bytes(digest[:16], "big")).zfill(39)[-25:]
    return "-".join(number[i : i + 5] for i in range(0, 25, 5))


def new_team_key() -> bytes:
    return os.urandom(32)


def _derive(key: bytes, label: str) -> bytes:
    return HKDF(hashes.SHA256(), 32, None, label.encode()).derive(key)


# --- the envelope ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Header:
    kind: str
    team: str
    device: str
    seq: int
    epoch: int
    nonce: str = ""
    grants: list[dict[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        body: dict[str, object] = {"format": FORMAT, "kind": self.kind, "team": self.team,
                                   "device": self.device, "seq": self.seq, "epoch": self.epoch,
                                   "nonce": self.nonce}  # fmt: skip
        if self.grants:
            body["grants"] = self.grants
        return body


def _canonical(obj: object) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64")
    return base64.b64decode(text, validate=True)


@dataclass(frozen=True)
class TeamFile:
    """A parsed file: its header, its ciphertext, and what the signature covers."""

    header: Header
    body: bytes
    signed: bytes
    signature: bytes
    aad: bytes


def _seal_body(header: Header, key: bytes, plain: bytes, sign: bytes) -> bytes:
    head = _canonical(header.as_dict())
    prefix = MAGIC + struct.pack(">I", len(head)) + head
    body = AESGCM(key).encrypt(_unb64(header.nonce), plain, prefix)
    signed = prefix + struct.pack(">Q", len(body)) + body
    return signed + Ed25519PrivateKey.from_private_bytes(sign).sign(signed)


def write_change(
    team: str, device: str, seq: int, epoch: int, team_key: bytes, payload: bytes, sign: bytes,
    kind: str = CHANGE,
) -> bytes:  # fmt: skip
    """A change (or snapshot) file: the transfer stream `payload`, compressed, sealed, signed."""
    header = Header(kind, team, device, seq, epoch, _b64(os.urandom(12)))
    key = _derive(team_key, f"astra team change {team} {epoch}")
    return _seal_body(header, key, zlib.compress(payload, 6), sign)


def write_roster(
    team: str, device: str, seq: int, epoch: int, roster: dict[str, object],
    recipients: list[bytes], sign: bytes,
) -> bytes:  # fmt: skip
    """A roster file: `roster` (devices, and the epoch's key) for these X25519 public keys only."""
    file_key = os.urandom(32)
    grants = [_grant(file_key, team, pub) for pub in recipients]
    header = Header(ROSTER, team, device, seq, epoch, _b64(os.urandom(12)), grants)
    return _seal_body(header, file_key, _canonical(roster), sign)


def _grant(file_key: bytes, team: str, recipient: bytes) -> dict[str, str]:
    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes_raw()
    shared = eph.exchange(X25519PublicKey.from_public_bytes(recipient))
    kek = _derive(shared + eph_pub + recipient, f"astra team grant {team}")
    nonce = os.urandom(12)
    wrapped = AESGCM(kek).encrypt(nonce, file_key, team.encode())
    return {"eph": _b64(eph_pub), "nonce": _b64(nonce), "wrapped": _b64(wrapped)}


def parse(data: bytes, name: str) -> TeamFile:
    """Split a file into its parts; TeamFileRefused if it is not one or is cut short."""
    if len(data) < 20 or not data.startswith(MAGIC):
        raise refused(name, "it is not an ASTRA office file or it is cut short")
    (length,) = struct.unpack_from(">I", data, 16)
    if length > MAX_HEADER or len(data) < 20 + length + 8 + SIGNATURE:
        raise refused(name, "it is cut short")
    head = data[20 : 20 + length]
    (body_len,) = struct.unpack_from(">Q", data, 20 + length)
    start = 28 + length
    if len(data) != start + body_len + SIGNATURE:
        raise refused(name, "it is cut short or has bytes added")
    try:
        raw = json.loads(head)
        if raw.get("format") != FORMAT:
            raise refused(name, "it was written by another version of ASTRA Desktop")
        header = Header(str(raw["kind"]), str(raw["team"]), str(raw["device"]), int(raw["seq"]),
                        int(raw["epoch"]), str(raw["nonce"]),
                        [dict(g) for g in raw.get("grants", [])])  # fmt: skip
        if header.kind not in (CHANGE, ROSTER, SNAPSHOT):
            raise ValueError("kind")
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise refused(name, "its header is unreadable") from exc
    return TeamFile(header, data[start : start + body_len], data[: start + body_len],
                    data[start + body_len :], data[:20 + length])  # fmt: skip


def verify(tf: TeamFile, sign_public: bytes, name: str) -> None:
    """The signature is the writing device's; TeamFileRefused if not (damaged or forged)."""
    try:
        Ed25519PublicKey.from_public_bytes(sign_public).verify(tf.signature, tf.signed)
    except (InvalidSignature, ValueError) as exc:
        raise refused(name, "its signature does not match the device that should have written "
                      "it (the file is damaged or was altered)") from exc  # fmt: skip


def check_place(tf: TeamFile, team: str, device: str, seq: int, name: str) -> None:
    """The header says what the folder and name say: this team, this device, this number (a file
    copied from elsewhere, renamed or replayed under a new number is refused)."""
    if tf.header.team != team:
        raise refused(name, "it belongs to another team")
    if tf.header.device != device or tf.header.seq != seq:
        raise refused(name, "it is a copy of another file (replayed or renamed)")


def open_change(tf: TeamFile, team_key: bytes, name: str) -> bytes:
    key = _derive(team_key, f"astra team change {tf.header.team} {tf.header.epoch}")
    try:
        plain = AESGCM(key).decrypt(_unb64(tf.header.nonce), tf.body, tf.aad)
        return zlib.decompress(plain)
    except (InvalidTag, ValueError, zlib.error) as exc:
        raise refused(name, "it does not open with the team key (damaged or altered)") from exc


def open_roster(tf: TeamFile, box: bytes, name: str) -> dict[str, object] | None:
    """The roster if one of its grants is for this device's key; None if none is (removed)."""
    me = X25519PrivateKey.from_private_bytes(box)
    my_pub = me.public_key().public_bytes_raw()
    for grant in tf.header.grants:
        try:
            eph_pub = _unb64(grant.get("eph"))
            shared = me.exchange(X25519PublicKey.from_public_bytes(eph_pub))
            kek = _derive(shared + eph_pub + my_pub, f"astra team grant {tf.header.team}")
            file_key = AESGCM(kek).decrypt(_unb64(grant.get("nonce")),
                                           _unb64(grant.get("wrapped")), tf.header.team.encode())  # fmt: skip
        except (InvalidTag, ValueError):
            continue
        try:
            roster = json.loads(AESGCM(file_key).decrypt(_unb64(tf.header.nonce), tf.body, tf.aad))
        except (InvalidTag, ValueError) as exc:
            raise refused(name, "it does not open (damaged or altered)") from exc
        if not isinstance(roster, dict):
            raise refused(name, "its contents are unreadable")
        return roster
    return None


def b64(data: bytes) -> str:
    return _b64(data)


def unb64(text: object) -> bytes:
    return _unb64(text)
