"""Seals: any change of any value of a row changes its seal, and a seal cannot be made without the
installation key (a key derived from the Ed25519 private key, never stored in the database)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jaganetral.store import case_tables as ct
from jaganetral.store.seal import Keyring, row_sha256, row_values, seal_of

KEY = b"k" * 32
BASE = {
    "id": 7, "at": datetime(2024, 9, 9, 9, 0, tzinfo=UTC), "actor": "analis", "action": "view_case",
    "object": "case:JN-2024-000001", "detail": {"nip": "198503122010011001"},
}  # fmt: skip
FIELDS = sorted(BASE)


@given(
    field=st.sampled_from(FIELDS),
    text=st.text(min_size=1, max_size=20),
    n=st.integers(min_value=1, max_value=10**6),
)
def test_any_changed_value_changes_the_seal_and_the_row_hash(field: str, text: str, n: int) -> None:
    changed = dict(BASE)
    old = BASE[field]
    if isinstance(old, datetime):
        changed[field] = old + timedelta(microseconds=n)
    elif isinstance(old, int):
        changed[field] = old + n
    elif isinstance(old, dict):
        changed[field] = {**old, "nip": str(old["nip"]) + text}
    else:
        changed[field] = str(old) + text
    assert seal_of(KEY, ct.audit_log, changed) != seal_of(KEY, ct.audit_log, BASE)
    assert row_sha256(ct.audit_log, changed) != row_sha256(ct.audit_log, BASE)


def test_the_same_instant_in_any_zone_seals_the_same() -> None:
    from zoneinfo import ZoneInfo

    wib = dict(BASE, at=BASE["at"].astimezone(ZoneInfo("Asia/Jakarta")))  # type: ignore[union-attr]
    assert seal_of(KEY, ct.audit_log, wib) == seal_of(KEY, ct.audit_log, BASE)


def test_the_seal_key_comes_from_the_installation_key_and_differs_between_installations(
    tmp_path: Path,
) -> None:
    a, b = Keyring(tmp_path / "a"), Keyring(tmp_path / "b")
    assert len(a.mac_key) == 32 and a.mac_key != b.mac_key
    assert Keyring(tmp_path / "a").mac_key == a.mac_key  # the same key file, the same seals
    assert seal_of(a.mac_key, ct.audit_log, BASE) != seal_of(b.mac_key, ct.audit_log, BASE)
    sig = a.sign(b"x")
    assert a.verify(b"x", sig) and not b.verify(b"x", sig) and not a.verify(b"y", sig)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@given(detail=st.dictionaries(st.text(max_size=8), _JSON, max_size=5))
def test_a_json_column_read_back_is_hashed_as_the_round_trip_would(detail: dict[str, object]) -> None:
    """A JSON column's value from the database is hashed without a second round trip through JSON:
    the bytes — so the seals and row hashes already stored — are what the round trip gave."""
    import json

    from jaganetral.model.canonical import canonical_json
    from jaganetral.store.seal import doc_sha256, plain

    as_read = json.loads(json.dumps(detail))  # what the driver gives back
    row = {**BASE, "detail": as_read}
    round_tripped = {**BASE, "detail": plain(as_read)}
    expected = canonical_json({k: plain(v) for k, v in round_tripped.items()})
    assert canonical_json(row_values(ct.audit_log, row)) == expected
    assert doc_sha256(as_read, stored=True) == doc_sha256(as_read)
