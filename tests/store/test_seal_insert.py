"""Rows sealed as they are inserted (``sealed_insert``) carry exactly the seal that reading them
back and re-sealing gives (``reseal``), on SQLite and PostgreSQL, for any text and any JSON value
an activity or a finding may hold; and each new judgement still goes on record with the hash of
the document as stored."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta, timezone
from itertools import count
from typing import Any

from factories import make_activity
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select

from jaganetral.model.activity import AccountRef, Kind, Platform, SourceRef
from jaganetral.store import tables as t
from jaganetral.store.evidence_tables import custody
from jaganetral.store.repository import Store
from jaganetral.store.seal import doc_sha256, insert_values, plain, plain_json, ring, seal_of, seal_ok

_N = count()

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)
# PostgreSQL text holds no NUL character (a source never stores one either)
texts = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=40)
zones = st.sampled_from([UTC, timezone(timedelta(hours=7)), timezone(timedelta(hours=9))])


def _input(store: Store) -> None:
    with store.batch() as b:
        b.conn.execute(
            insert(t.input_files).values(
                sha256="0" * 64,
                file_name="x.jsonl",
                size=1,
                format="canonical_jsonl",
                received_at=datetime(2024, 9, 12, tzinfo=UTC),
                activity_count=1,
                rejected_count=0,
            )
        )


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=texts,
    name=st.none() | texts,
    extra=st.dictionaries(st.text(max_size=6), json_values, max_size=3),
    doc_extra=json_values,
    at=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=zones),
)
def test_a_row_sealed_as_inserted_reads_back_with_the_seal_resealing_gives(
    store: Store, text: str, name: str | None, extra: dict[str, Any], doc_extra: Any, at: datetime
) -> None:
    if not store.count("input_files"):
        _input(store)
    n = next(_N)
    a = make_activity(
        id=f"s-{n}",
        platform=Platform.X,
        kind=Kind.POST,
        created_at=at,
        actor=AccountRef(id=str(n), handle="h", name=name),
        text=text,
        extra=extra,
        source=SourceRef("0" * 64, "x.jsonl", f"line {n}", n),
    )
    fid = f"JN-{n:08d}"
    doc = {"finding_id": fid, "status": "review", "what": doc_extra, "explanation": [text]}
    row = {
        "finding_id": fid,
        "activity_key": a.key,
        "status": "review",
        "action": "post",
        "actor_kind": "asn",
        "nip": None,
        "instansi": name,
        "codes": ["SKB-D2", text],
        "occurred_at": at,
        "evidence_sha256": "f" * 64,
        "doc": doc,
    }
    with store.batch() as b:
        assert b.add_activities([a]) == 1
        assert b.upsert_findings([row]) == (1, 0)
    with store.engine.connect() as conn:
        key = ring(conn).mac_key
        act = conn.execute(select(t.activities).where(t.activities.c.key == a.key)).one()
        fnd = conn.execute(select(t.findings).where(t.findings.c.finding_id == fid)).one()
        assert act.seal == seal_of(key, t.activities, act) and seal_ok(key, t.activities, act)
        assert fnd.seal == seal_of(key, t.findings, fnd) and seal_ok(key, t.findings, fnd)
        entries = [
            e.detail
            for e in conn.execute(
                select(custody).where(custody.c.finding_id == fid, custody.c.event == "judged")
            )
        ]
        assert [d["doc_sha256"] for d in entries] == [doc_sha256(fnd.doc, stored=True)]


def test_a_finding_changed_in_the_same_batch_is_read_back_and_resealed(store: Store) -> None:
    """Sealed at insert, then changed before the batch commits: the seal follows the change."""
    _input(store)
    a = make_activity(id="c-1", source=SourceRef("0" * 64, "x.jsonl", "line 1", 1))
    row = {
        "finding_id": "JN-c1", "activity_key": a.key, "status": "review", "action": "post",
        "actor_kind": "asn", "nip": None, "instansi": None, "codes": [],
        "occurred_at": datetime(2024, 10, 1, tzinfo=UTC), "evidence_sha256": None, "doc": {"v": 1},
    }  # fmt: skip
    with store.batch() as b:
        b.add_activities([a])
        b.upsert_findings([row])
        assert b.upsert_findings([{**row, "doc": {"v": 2}}]) == (0, 1)
    with store.engine.connect() as conn:
        key = ring(conn).mac_key
        rows = conn.execute(select(t.findings)).all()
        assert {r.finding_id: r.doc for r in rows} == {"JN-c1": {"v": 2}, "JN-c1~1": {"v": 1}}
        assert all(seal_ok(key, t.findings, r) for r in rows)
        judged = [
            e.detail["doc_sha256"]
            for e in conn.execute(select(custody).where(custody.c.event == "judged").order_by(custody.c.seq))
        ]
        # the second judgement is on record; the first was superseded in the same batch
        assert doc_sha256({"v": 2}, stored=True) in judged


@settings(max_examples=200, deadline=None)
@given(
    doc=st.dictionaries(st.text(max_size=6), json_values | st.tuples(json_scalars, json_scalars), max_size=5)
)
def test_a_document_encoded_once_gives_the_plain_form_and_hash_of_encoding_it_twice(
    doc: dict[str, Any],
) -> None:
    """``plain_json`` (one encoding, for the seal and the judgement's hash of a new finding) agrees
    with ``plain`` then ``doc_sha256`` of the stored form (two encodings), for any JSON document —
    floats Python writes with an exponent, integers beyond 64 bits, tuples, any text."""
    got, data = plain_json(doc)
    assert got == plain(doc)
    assert hashlib.sha256(data).hexdigest() == doc_sha256(plain(doc), stored=True) == doc_sha256(doc)
    values = {"finding_id": "f-1", "doc": doc}
    assert insert_values(t.findings, values, known={"doc": got}) == insert_values(t.findings, values)
