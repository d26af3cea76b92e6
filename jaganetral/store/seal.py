"""Seals: rows that must not change behind jaganetral's back carry an HMAC under the installation key.

The key is never in the database: it is derived from the installation's Ed25519 private key
(``DATA/keys/ed25519-private.pem``, :mod:`jaganetral.store.keys`), so whoever edits a row with
database access alone cannot make its seal match again. Rows sealed: activities, findings, cases and
public reports (``seal`` column). Case events and audit entries are not sealed here: each has a
custody entry with its row's SHA-256 (:mod:`jaganetral.store.integrity`), signed like every entry.

An engine learns its key ring from :class:`~jaganetral.store.repository.Store` (``attach``); code
holding only a connection finds it with :func:`ring`. Work that must run just before a transaction
commits (re-sealing a case after every change of it, say) is queued with :func:`before_commit`;
:func:`jaganetral.store.db.write` and ``Store.batch`` run the queue.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import weakref
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import JSON, Connection, Engine, Table, bindparam, select, update

from jaganetral.errors import StoreError
from jaganetral.model.canonical import canonical_json, json_value
from jaganetral.store.keys import load_or_create


@dataclass
class Keyring:
    """The installation key, loaded on first use: signs custody entries and checkpoints, seals rows."""

    data_dir: Path
    _key: Ed25519PrivateKey | None = field(default=None, repr=False)
    _mac: bytes | None = field(default=None, repr=False)

    @property
    def private(self) -> Ed25519PrivateKey:
        if self._key is None:
            self._key = load_or_create(self.data_dir)
        return self._key

    @property
    def public(self) -> Ed25519PublicKey:
        return self.private.public_key()

    @property
    def mac_key(self) -> bytes:
        if self._mac is None:
            raw = self.private.private_bytes(
                serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
            )
            # a key of its own for seals, derived one way from the signing key
            self._mac = hmac.new(raw, b"jaganetral row seal v1", hashlib.sha256).digest()
        return self._mac

    def sign(self, data: bytes) -> str:
        return base64.b64encode(self.private.sign(data)).decode("ascii")

    def verify(self, data: bytes, signature: str | None) -> bool:
        return verify_signature(self.public, data, signature)


def verify_signature(key: Ed25519PublicKey, data: bytes, signature: str | None) -> bool:
    if not signature:
        return False
    try:
        key.verify(base64.b64decode(signature, validate=True), data)
    except (InvalidSignature, ValueError):
        return False
    return True


_RINGS: weakref.WeakKeyDictionary[Engine, Keyring] = weakref.WeakKeyDictionary()


def attach(engine: Engine, data_dir: Path) -> Keyring:
    """Give ``engine`` the key ring of the installation under ``data_dir`` (kept for its life)."""
    ring_ = _RINGS.get(engine)
    if ring_ is None or ring_.data_dir != data_dir:
        ring_ = _RINGS[engine] = Keyring(data_dir)
    return ring_


def ring(target: Connection | Engine) -> Keyring:
    engine = target.engine if isinstance(target, Connection) else target
    found = _RINGS.get(engine)
    if found is None:
        raise StoreError("no installation key for this database: open it through Store.open")
    return found


def has_ring(target: Connection | Engine) -> bool:
    engine = target.engine if isinstance(target, Connection) else target
    return engine in _RINGS


# ---- canonical rows -----------------------------------------------------------------------------


def plain(v: Any) -> Any:
    """A stored value as hashed: instants in UTC with microseconds and ``Z``, JSON round-tripped."""
    if isinstance(v, datetime):
        at = v.replace(tzinfo=UTC) if v.tzinfo is None else v.astimezone(UTC)
        return at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    if isinstance(v, dict | list | tuple):
        return json_value(canonical_json(v))
    return v


def plain_json(v: Any) -> tuple[Any, bytes]:
    """:func:`plain` of a JSON document together with its canonical bytes (what its hash is of),
    for a caller that needs both: the document is encoded once."""
    data = canonical_json(v)
    return json_value(data), data


def row_values(table: Table, row: Any) -> dict[str, Any]:
    """Every column but ``seal`` of a row read from the database, as :func:`plain` values.

    A JSON column's dict or list was decoded from JSON by the driver: it is plain already (string
    keys, lists), so it is hashed as it is — the round trip :func:`plain` makes would give the
    same bytes at twice the cost.
    """
    m: Mapping[str, Any] = row._mapping if hasattr(row, "_mapping") else row
    out: dict[str, Any] = {}
    for c in table.columns:
        if c.name == "seal":
            continue
        v = m.get(c.name)
        out[c.name] = v if isinstance(v, dict | list) and isinstance(c.type, JSON) else plain(v)
    return out


def row_sha256(table: Table, row: Any) -> str:
    """SHA-256 of a row's canonical values (what a custody entry records about it)."""
    return hashlib.sha256(canonical_json(row_values(table, row))).hexdigest()


def values_sha256(values: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_json(dict(values))).hexdigest()


def doc_sha256(doc: Any, *, stored: bool = False) -> str:
    """SHA-256 of a JSON document (a finding as judged) in canonical form; ``stored``: ``doc``
    was decoded from a JSON column, so it is plain already."""
    return hashlib.sha256(canonical_json(doc if stored else plain(doc))).hexdigest()


def _mac(key: bytes, table: Table, values: Mapping[str, Any]) -> str:
    msg = table.name.encode() + b"\0" + canonical_json(values)
    return hmac.new(key, msg, hashlib.sha256).hexdigest()


def seal_of(key: bytes, table: Table, row: Any) -> str:
    return _mac(key, table, row_values(table, row))


def insert_values(
    table: Table, values: Mapping[str, Any], known: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The :func:`row_values` a row inserted with ``values`` will read back as: every column but
    ``seal`` (one left out reads back as NULL: the tables sealed have no column defaults), JSON
    columns round-tripped as the driver writes and reads them. ``known``: :func:`plain` values the
    caller has made already, by column."""
    out: dict[str, Any] = {}
    for c in table.columns:
        if c.name == "seal":
            continue
        if c.default is not None or c.server_default is not None:
            raise StoreError(f"{table.name}.{c.name} has a default: seal such rows after reading them")
        out[c.name] = known[c.name] if known is not None and c.name in known else plain(values.get(c.name))
    return out


def sealed_insert(
    key: bytes, table: Table, values: Mapping[str, Any], known: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """``values`` with the seal the inserted row will carry — the seal :func:`reseal` would give it
    after reading it back, without the read and the update (``tests/store/test_seal_insert.py``
    checks both agree on every backend the suite runs). ``known``: see :func:`insert_values`."""
    return {**values, "seal": _mac(key, table, insert_values(table, values, known))}


def _pk(table: Table) -> Any:
    (col,) = table.primary_key.columns
    return col


def reseal(
    conn: Connection, table: Table, keys: Iterable[Any], on_row: Callable[[Any], None] | None = None
) -> int:
    """Recompute the seals of these rows (by primary key) as they now are in this transaction;
    ``on_row`` sees each row as it was read (so that a caller needs no second read)."""
    wanted = sorted(set(keys), key=str)
    if not wanted:
        return 0
    key = ring(conn).mac_key
    pk = _pk(table)
    done = 0
    for i in range(0, len(wanted), 500):
        rows = conn.execute(select(table).where(pk.in_(wanted[i : i + 500]))).all()
        if on_row is not None:
            for r in rows:
                on_row(r)
        params = [{"k": r._mapping[pk.name], "s": seal_of(key, table, r)} for r in rows]
        if params:
            conn.execute(update(table).where(pk == bindparam("k")).values(seal=bindparam("s")), params)
            done += len(params)
    return done


def seal_ok(key: bytes, table: Table, row: Any) -> bool:
    m = row._mapping if hasattr(row, "_mapping") else row
    given = m.get("seal")
    return bool(given) and hmac.compare_digest(str(given), seal_of(key, table, row))


# ---- work queued until just before commit ----------------------------------------------------------

_HOOKS = "jaganetral_before_commit"
_PENDING = "jaganetral_pending"


def pending(conn: Connection, name: str) -> dict[Any, Any]:
    """A dict kept for this transaction under ``name`` (what the queued hooks will work on)."""
    bag: dict[str, dict[Any, Any]] = conn.info.setdefault(_PENDING, {})
    return bag.setdefault(name, {})


def before_commit(conn: Connection, name: str, fn: Callable[[Connection], None]) -> None:
    """Run ``fn(conn)`` once just before this transaction commits (queued once per ``name``)."""
    hooks: dict[str, Callable[[Connection], None]] = conn.info.setdefault(_HOOKS, {})
    hooks.setdefault(name, fn)


def run_before_commit(conn: Connection) -> None:
    """Run the queued hooks (a hook may queue more); the write path calls this before committing."""
    done: set[str] = set()
    while True:
        hooks: dict[str, Callable[[Connection], None]] = conn.info.get(_HOOKS, {})
        todo = [(n, f) for n, f in hooks.items() if n not in done]
        if not todo:
            break
        for name, fn in todo:
            done.add(name)
            fn(conn)
    forget(conn)


def forget(conn: Connection) -> None:
    """Drop whatever was queued (after a commit or a rollback: ``info`` outlives the transaction)."""
    conn.info.pop(_HOOKS, None)
    conn.info.pop(_PENDING, None)
