"""RFC 6238 time-based one-time passwords (TOTP) with the standard library: HMAC-SHA1, 30-second
steps, 6 digits, as every authenticator app reads them (``otpauth://totp/…``).

The second factor of the roles that decide and administer (pimpinan, admin): a stolen password
alone does not log in. Secrets are 160 random bits in base32 (RFC 4648), shown once at enrolment.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import struct
import time
from urllib.parse import quote

STEP = 30
DIGITS = 6
#: codes of the step before and after are accepted too (clock drift of a phone)
WINDOW = 1


def new_secret() -> str:
    return base64.b32encode(secrets.token_bytes(20)).decode("ascii").rstrip("=")


def _key(secret: str) -> bytes:
    s = secret.strip().replace(" ", "").upper()
    return base64.b32decode(s + "=" * (-len(s) % 8))


def hotp(key: bytes, counter: int, digits: int = DIGITS, digest: str = "sha1") -> str:
    """RFC 4226 HOTP value of ``counter`` (dynamic truncation of an HMAC)."""
    mac = hmac.new(key, struct.pack(">Q", counter), getattr(hashlib, digest)).digest()
    off = mac[-1] & 0x0F
    code = struct.unpack(">I", mac[off : off + 4])[0] & 0x7FFFFFFF
    return str(code % 10**digits).zfill(digits)


def totp(secret: str, at: float | None = None, *, digits: int = DIGITS, digest: str = "sha1") -> str:
    """The code of the step containing ``at`` (Unix seconds; now by default)."""
    t = time.time() if at is None else at
    return hotp(_key(secret), int(t // STEP), digits, digest)


def verify(secret: str, code: str, at: float | None = None) -> int | None:
    """The step ``code`` belongs to (within :data:`WINDOW` steps of ``at``), else None."""
    code = "".join(c for c in code if c.isdigit())
    if len(code) != DIGITS:
        return None
    t = time.time() if at is None else at
    key = _key(secret)
    now = int(t // STEP)
    for step in range(now - WINDOW, now + WINDOW + 1):
        if hmac.compare_digest(hotp(key, step), code):
            return step
    return None


def uri(secret: str, username: str, issuer: str = "jaganetral") -> str:
    """The ``otpauth://`` address an authenticator app takes (typed in, or as a QR code)."""
    return f"otpauth://totp/{quote(issuer)}:{quote(username)}?secret={secret}&issuer={quote(issuer)}&digits={DIGITS}&period={STEP}"
