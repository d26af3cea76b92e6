"""The installation's Ed25519 signing key (kept by :mod:`jaganetral.store.keys`, which the store's
seals and the custody chain's signatures use too); re-exported here for the evidence commands."""

from __future__ import annotations

from jaganetral.store.keys import (
    KEYS_DIR,
    PRIVATE,
    PUBLIC,
    fingerprint,
    load_or_create,
    load_public,
    public_pem,
)

__all__ = ["KEYS_DIR", "PRIVATE", "PUBLIC", "fingerprint", "load_or_create", "load_public", "public_pem"]
