"""Normalised identifiers: handles and phone numbers compare equal however an export wrote them."""

from __future__ import annotations

import re

from jaganetral.model.activity import Platform

_NON_DIGIT = re.compile(r"[^\d+]")
CHAT_PLATFORMS = frozenset({Platform.WHATSAPP, Platform.TELEGRAM})


def text_name(name: str) -> str:
    """A file name from the file system (undecodable bytes kept as surrogates) as valid text:
    those bytes become U+FFFD; the file itself is kept byte for byte."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def normalise_phone(raw: str, default_country: str = "62") -> str | None:
    """Return an E.164 phone number (``+6281273001122``) or ``None`` when ``raw`` is not a phone.

    Indonesian habits handled: a leading ``0`` (trunk prefix) becomes ``+62``; ``62…`` without plus,
    spaces, dashes, dots, brackets and the invisible direction marks WhatsApp puts around numbers.
    """
    s = raw.strip().strip("\u202a\u202c\u200e\u200f\u2066\u2069\u00a0")
    s = _NON_DIGIT.sub("", s)
    if not s:
        return None
    if s.startswith("+"):
        digits = s[1:].replace("+", "")
    elif s.startswith("00"):
        digits = s[2:]
    elif s.startswith("0"):
        digits = default_country + s[1:]
    else:
        digits = s
    if not digits.isdigit() or not 8 <= len(digits) <= 15:
        return None
    return "+" + digits


def normalise_handle(platform: Platform, handle: str) -> str:
    """Canonical spelling of an account handle on a platform, for exact-key matching.

    Handles are case-insensitive on every supported platform; a leading ``@`` and a profile URL
    prefix are dropped. On chat platforms a handle that looks like a phone number becomes E.164.
    """
    h = handle.strip()
    if platform in CHAT_PLATFORMS:
        phone = normalise_phone(h)
        if phone is not None:
            return phone
    h = re.sub(r"^https?://(www\.|m\.|mobile\.)?[^/]+/", "", h)
    h = h.strip("/").lstrip("@").lower()
    return h
