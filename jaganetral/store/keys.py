"""The installation's Ed25519 signing key: created on first use, private part never leaves ``DIR/keys``.

The private key is ``DIR/keys/ed25519-private.pem`` (PKCS#8, mode 0600, folder 0700); the public
key is exported with ``jaganetral evidence pubkey --out K.pem`` and handed to whoever must check
packages (PPK, BKN, a court), by a channel other than the packages themselves. A fingerprint
(``SHA256:`` + hex of the raw 32-byte public key) lets people compare keys by reading them out.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from jaganetral.errors import InvalidData, StoreError

KEYS_DIR = "keys"
PRIVATE = "ed25519-private.pem"
PUBLIC = "ed25519-public.pem"


def load_or_create(data_dir: Path) -> Ed25519PrivateKey:
    """The installation key under ``data_dir``, created (0600) if there is none yet."""
    folder = data_dir / KEYS_DIR
    path = folder / PRIVATE
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        try:
            # O_EXCL: two processes creating the key at once must not both win.
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return load_or_create(data_dir)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
            fh.flush()
            os.fsync(fh.fileno())
        (folder / PUBLIC).write_bytes(public_pem(key.public_key()))
        return key
    if path.stat().st_mode & 0o077:
        os.chmod(path, 0o600)  # never leave the signing key readable by others
    try:
        loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise StoreError(f"{path}: not a readable private key ({exc})") from exc
    if not isinstance(loaded, Ed25519PrivateKey):
        raise StoreError(f"{path}: not an Ed25519 private key")
    return loaded


def public_pem(pub: Ed25519PublicKey) -> bytes:
    return pub.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def fingerprint(pub: Ed25519PublicKey) -> str:
    raw = pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return "SHA256:" + hashlib.sha256(raw).hexdigest()


def load_public(data: bytes, *, where: str) -> Ed25519PublicKey:
    """A PEM public key; :class:`InvalidData` naming ``where`` if it is not an Ed25519 key."""
    # The file must be exactly one PEM block: OpenSSL would otherwise find a key *inside* any
    # file — a package passed as ``--key`` would "trust" the key it embeds.
    text = data.strip()
    if not (text.startswith(b"-----BEGIN PUBLIC KEY-----") and text.endswith(b"-----END PUBLIC KEY-----")):
        raise InvalidData("not a PEM public key (one BEGIN/END PUBLIC KEY block expected)", file=where)
    if text.count(b"-----BEGIN") != 1:
        raise InvalidData("not a PEM public key (more than one PEM block)", file=where)
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise InvalidData(f"not a PEM public key ({exc})", file=where) from exc
    if not isinstance(key, Ed25519PublicKey):
        raise InvalidData("not an Ed25519 public key", file=where)
    return key
