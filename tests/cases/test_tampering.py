"""Judgements and history are evidence too (issue 14): a finding's document, a case event, the audit
log, a case row, an activity row and a public report edited in the database are named by
``evidence verify``, refused by ``evidence export``, and fail ``evidence check --key`` of a package
built from them anyway; the chain cannot be recomputed without the private key; a tail cut after a
signed checkpoint shows."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text, update

from jaganetral.cases.access import User, audit_now
from jaganetral.cases.service import CaseService
from jaganetral.errors import JaganetralError
from jaganetral.evidence.collect import collect
from jaganetral.evidence.export import export_package
from jaganetral.evidence.keys import load_or_create
from jaganetral.evidence.package import build_package, check_package
from jaganetral.evidence.verify import verify_store
from jaganetral.store import case_tables as ct
from jaganetral.store import tables as t
from jaganetral.store.chain import GENESIS, iter_entries
from jaganetral.store.db import write
from jaganetral.store.evidence_tables import custody, custody_head
from jaganetral.store.repository import Store

PALI_HEAD = "198503122010011001"


@pytest.fixture
def worked(scanned: Store, team: dict[str, User]) -> tuple[Store, str]:
    """A case opened from a finding, moved twice, noted, viewed; and a public report's case."""
    svc = CaseService(scanned.engine)
    with scanned.engine.connect() as conn:
        fid = conn.execute(select(t.findings.c.finding_id).where(t.findings.c.nip == PALI_HEAD)).scalar_one()
    ((cid, _),) = svc.open_from_findings(team["analis"], [fid])
    svc.transition(team["analis"], cid, "temuan", "ditetapkan sebagai temuan")
    svc.add_note(team["analis"], cid, "catatan petugas")
    svc.get_case(team["analis"], cid)
    svc.file_public_report(
        what="ASN mengajak memilih paslon di grup", where="Kota Lubuklinggau", when="kemarin", links=[],
        evidence_sha256=[], ocr_text="", reporter_name=None, reporter_contact=None,
    )  # fmt: skip
    assert verify_store(scanned).ok, verify_store(scanned).problems[:3]
    return scanned, cid


def _json_edit(conn: Any, table: Any, where: Any, col: str, change: Callable[[Any], Any]) -> None:
    value = conn.execute(select(table.c[col]).where(where)).scalar_one()
    conn.execute(update(table).where(where).values({col: change(value)}))


def _edits(cid: str) -> dict[str, Callable[[Any], None]]:
    def finding(conn: Any) -> None:
        f = t.findings
        fid = conn.execute(
            select(ct.case_findings.c.finding_id).where(ct.case_findings.c.case_id == cid)
        ).scalar()
        _json_edit(conn, f, f.c.finding_id == fid, "doc", lambda d: {**d, "confidence": 0.1})

    def event(conn: Any) -> None:
        e = ct.case_events
        eid = conn.execute(select(e.c.id).where(e.c.case_id == cid, e.c.kind == "note")).scalar_one()
        conn.execute(update(e).where(e.c.id == eid).values(reason="catatan lain"))

    def audit(conn: Any) -> None:
        a = ct.audit_log
        aid = conn.execute(select(a.c.id).where(a.c.action == "view_case")).scalar_one()
        conn.execute(update(a).where(a.c.id == aid).values(actor="orang-lain"))

    def case(conn: Any) -> None:
        conn.execute(update(ct.cases).where(ct.cases.c.id == cid).values(state="selesai"))

    def activity(conn: Any) -> None:
        key = conn.execute(
            select(t.findings.c.activity_key)
            .join(ct.case_findings, ct.case_findings.c.finding_id == t.findings.c.finding_id)
            .where(ct.case_findings.c.case_id == cid)
        ).scalar()
        conn.execute(update(t.activities).where(t.activities.c.key == key).values(text="teks lain"))

    def report(conn: Any) -> None:
        conn.execute(update(ct.public_reports).values(what="uraian yang diubah"))

    def event_removed(conn: Any) -> None:
        e = ct.case_events
        conn.execute(e.delete().where(e.c.case_id == cid, e.c.kind == "note"))

    return {
        "finding": finding, "event": event, "audit": audit, "case": case, "activity": activity,
        "report": report, "event_removed": event_removed,
    }  # fmt: skip


EXPECT = {
    "finding": "findings ",
    "event": "case event ",
    "audit": "audit entry ",
    "case": "cases JN-",
    "activity": "activities ",
    "report": "public_reports ",
    "event_removed": "case event ",
}


@pytest.mark.parametrize("what", sorted(EXPECT))
def test_a_record_edited_in_the_database_is_named_by_verify_and_refused_by_export(
    worked: tuple[Store, str], what: str, tmp_path: Path
) -> None:
    store, cid = worked
    if store.engine.dialect.name != "sqlite":
        pytest.skip("each edit on SQLite; all of them at once on PostgreSQL (the next test)")
    with write(store.engine) as conn:
        _edits(cid)[what](conn)
    rep = verify_store(store)
    assert not rep.ok
    assert any(str(p).startswith(EXPECT[what]) for p in rep.problems), rep.problems[:5]
    if what in ("audit", "report"):
        return  # not part of this case's package (the report belongs to another case)
    with pytest.raises(JaganetralError, match="altered in the database"):
        export_package(store, tmp_path / "p.zip", actor="t", case_id=cid)
    # a package built of the altered rows anyway (the export's refusal bypassed) fails its check
    with store.engine.connect() as conn:
        got = collect(conn, [], case_id=cid)
    key = load_or_create(store.data_dir)
    info = build_package(got.package_input(store), tmp_path / "forced.zip", key=key)
    checked = check_package(info.path, trusted_key=key.public_key())
    if what == "activity":
        return  # the package carries the record file, not the activity row (refused above)
    assert not checked.ok, checked.notes


def test_every_edit_at_once_is_named_on_both_databases(worked: tuple[Store, str], tmp_path: Path) -> None:
    store, cid = worked
    with write(store.engine) as conn:
        for name, edit in _edits(cid).items():
            if name != "event_removed":
                edit(conn)
    problems = [str(p) for p in verify_store(store).problems]
    for what, prefix in EXPECT.items():
        if what != "event_removed":
            assert any(p.startswith(prefix) for p in problems), (what, problems[:8])
    with pytest.raises(JaganetralError, match="altered in the database"):
        export_package(store, tmp_path / "p.zip", actor="t", case_id=cid)


def test_a_clean_export_checks_with_the_key(worked: tuple[Store, str], tmp_path: Path) -> None:
    store, cid = worked
    res = export_package(store, tmp_path / "p.zip", actor="t", case_id=cid)
    rep = check_package(res.info.path, trusted_key=load_or_create(store.data_dir).public_key())
    assert rep.ok, rep.problems
    assert verify_store(store).ok  # the export's own entries and checkpoint verify too


def test_the_chain_recomputed_without_the_key_is_detected(worked: tuple[Store, str]) -> None:
    """Edit one entry and recompute every hash after it consistently: only the key could re-sign."""
    store, _cid = worked
    with store.engine.connect() as conn:
        entries = list(iter_entries(conn))
    prev = GENESIS
    with write(store.engine) as conn:
        for e in entries:
            detail = {**e.detail, "tampered": True} if e.seq == 3 else e.detail
            fields = {**e.hashed_fields(), "detail": detail, "prev_hash": prev}
            from jaganetral.model.canonical import canonical_json

            h = hashlib.sha256(canonical_json(fields)).hexdigest()
            conn.execute(
                update(custody)
                .where(custody.c.seq == e.seq)
                .values(detail=detail, prev_hash=prev, entry_hash=h)
            )
            prev = h
        conn.execute(update(custody_head).values(last_hash=prev))
    rep = verify_store(store)
    assert not rep.ok
    assert str(rep.problems[0]).startswith("custody entry 3: signature missing or wrong"), rep.problems[:2]


def test_a_tail_cut_after_a_checkpoint_is_detected(worked: tuple[Store, str], tmp_path: Path) -> None:
    store, cid = worked
    export_package(store, tmp_path / "p.zip", actor="t", case_id=cid)  # signs a checkpoint of the head
    with store.engine.connect() as conn:
        last = max(e.seq for e in iter_entries(conn))
        keep = conn.execute(select(custody).where(custody.c.seq == last - 2)).one()
    with write(store.engine) as conn:
        conn.execute(custody.delete().where(custody.c.seq > last - 2))
        conn.execute(update(custody_head).values(last_seq=keep.seq, last_hash=keep.entry_hash))
    rep = verify_store(store)
    assert any("its tail was cut" in str(p) for p in rep.problems), rep.problems[:3]


def test_case_transitions_are_in_the_custody_log(worked: tuple[Store, str]) -> None:
    store, cid = worked
    with store.engine.connect() as conn:
        moves = [
            (e.detail.get("from_state"), e.detail.get("to_state"))
            for e in iter_entries(conn)
            if e.event == "case_event" and e.case_id == cid and e.detail.get("kind") == "transition"
        ]
    assert moves == [("informasi_awal", "temuan")]


def test_an_old_store_is_sealed_and_signed_once_on_upgrade(store: Store, team: dict[str, User]) -> None:
    """Rows written before revision 0007 have no seal: opening the store after the upgrade seals them."""
    from alembic import command

    from jaganetral.settings import Settings
    from jaganetral.store.db import alembic_config

    audit_now(store.engine, "analis", "view_case", "case:x", {})
    command.downgrade(alembic_config(store.engine), "0006")  # as a store of the previous version
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0006"
    url = (
        None
        if store.engine.dialect.name == "sqlite"
        else store.engine.url.render_as_string(hide_password=False)
    )
    again = Store.open(Settings(data_dir=store.data_dir, db_url=url))
    try:
        rep = verify_store(again)
        assert rep.ok, rep.problems[:3]
        with again.engine.connect() as conn:
            assert [e.event for e in iter_entries(conn)][-1] == "sealed"
    finally:
        again.close()
    assert datetime.now(UTC)
