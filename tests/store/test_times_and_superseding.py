"""Instants stored as UTC and read back aware; old stores repaired; re-judged findings superseded."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic import command
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select, text

from jaganetral.settings import Settings
from jaganetral.store import case_tables as ct
from jaganetral.store import tables as t
from jaganetral.store.db import alembic_config, make_engine, migrate, write
from jaganetral.store.repository import Store

WIB = timezone(timedelta(hours=7))


def _input(conn: object) -> None:
    conn.execute(  # type: ignore[attr-defined]
        insert(t.input_files).values(
            sha256="0" * 64,
            file_name="x",
            size=0,
            format="canonical",
            received_at=datetime(2024, 9, 12, tzinfo=UTC),
            activity_count=1,
            rejected_count=0,
        )
    )


def _activity(conn: object, key: str) -> None:
    conn.execute(  # type: ignore[attr-defined]
        insert(t.activities).values(
            key=key,
            platform="facebook",
            kind="post",
            created_at=datetime(2024, 9, 12, 13, 15, tzinfo=UTC),
            text="",
            source_sha256="0" * 64,
            source_position="line 1",
            doc={},
        )
    )


def _finding_row(fid: str, key: str, doc: dict[str, object]) -> dict[str, object]:
    return {
        "finding_id": fid,
        "activity_key": key,
        "status": "violation",
        "action": "post",
        "actor_kind": "asn",
        "nip": None,
        "instansi": None,
        "codes": ["SKB-D2"],
        "occurred_at": datetime(2024, 9, 12, 20, 15, tzinfo=WIB),
        "evidence_sha256": None,
        "doc": doc,
    }


@given(st.datetimes(timezones=st.sampled_from([UTC, WIB, timezone(timedelta(hours=9))])))
@settings(max_examples=25, deadline=None)
def test_an_aware_instant_comes_back_as_the_same_instant_in_utc(
    tmp_path_factory: pytest.TempPathFactory, at: datetime
) -> None:
    d = tmp_path_factory.mktemp("utc")
    engine = make_engine(d, None)
    migrate(engine)
    with write(engine) as conn:
        _input(conn)
        conn.execute(update_received(at))
    with engine.connect() as conn:
        back = conn.execute(select(t.input_files.c.received_at)).scalar_one()
    engine.dispose()
    assert back == at and back.tzinfo is UTC


def update_received(at: datetime):  # type: ignore[no-untyped-def]
    return t.input_files.update().values(received_at=at)


def test_the_instant_survives_both_databases_and_naive_values_are_refused(store: Store) -> None:
    at = datetime(2024, 9, 12, 20, 15, tzinfo=WIB)
    with write(store.engine) as conn:
        _input(conn)
        conn.execute(update_received(at))
    with store.engine.connect() as conn:
        back = conn.execute(select(t.input_files.c.received_at)).scalar_one()
    assert back == at and back.utcoffset() == timedelta(0)
    assert back.hour == 13  # 20.15 WIB is 13.15 UTC
    with pytest.raises(Exception, match="naive"), write(store.engine) as conn:
        conn.execute(update_received(datetime(2024, 9, 12, 20, 15)))


def test_migration_repairs_the_incident_time_of_old_cases(tmp_path: Path) -> None:
    """A store written before revision 0006 kept a finding's +07:00 wall clock as if it were UTC."""
    data = tmp_path / "old"
    engine = make_engine(data, None)
    command.upgrade(alembic_config(engine), "0005")
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO input_files VALUES ('" + "0" * 64 + "','x',0,'c','2024-09-13 00:00:00',1,0)")
        )
        conn.execute(
            text(
                "INSERT INTO activities (key, platform, kind, created_at, text, source_sha256,"
                " source_position, doc)"
                " VALUES ('facebook:1','facebook','post','2024-09-12 13:15:00','', '"
                + "0" * 64
                + "','1','{}')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO findings VALUES ('f-1','facebook:1','violation','post','asn',NULL,NULL,'[]',"
                "'2024-09-12 13:15:00',NULL,'{}','2024-09-13 00:00:00','2024-09-13 00:00:00')"
            )
        )
        # what the old code wrote: 20.15 WIB as "2024-09-12 20:15:00", read back as 20.15 UTC
        conn.execute(
            text(
                "INSERT INTO cases (id, title, state, origin, election_type, subject_key, subject_kind,"
                " violation_codes, event_date, event_week, discovered_at, opened_at, updated_at,"
                " finding_count, search_text) VALUES ('JN-2024-000001','x','informasi_awal','temuan_sistem',"
                "'pilkada','nip:1','asn','[]','2024-09-12 20:15:00','2024-W37','2024-09-13 00:00:00',"
                "'2024-09-13 00:00:00','2024-09-13 00:00:00',1,'')"
            )
        )
        conn.execute(
            text("INSERT INTO case_findings VALUES ('JN-2024-000001','f-1','2024-09-13 00:00:00','analis')")
        )
    engine.dispose()
    s = Store.open(Settings(data_dir=data, db_url=None))
    with s.engine.connect() as conn:
        at = conn.execute(select(ct.cases.c.event_date)).scalar_one()
    s.close()
    assert at == datetime(2024, 9, 12, 20, 15, tzinfo=WIB)


def test_a_rejudged_finding_supersedes_the_old_row_and_the_case_keeps_what_it_cited(store: Store) -> None:
    with store.batch() as b:
        _input(b.conn)
        _activity(b.conn, "facebook:1")
        assert b.upsert_findings([_finding_row("f-1", "facebook:1", {"v": 1})]) == (1, 0)
        b.conn.execute(
            insert(ct.cases).values(
                id="JN-2024-000001",
                title="x",
                state="informasi_awal",
                origin="temuan_sistem",
                election_type="pilkada",
                subject_key="k",
                subject_kind="asn",
                violation_codes=[],
                discovered_at=datetime.now(UTC),
                opened_at=datetime.now(UTC),
                updated_at=datetime.now(UTC),
                finding_count=1,
                search_text="",
            )  # fmt: skip
        )
        b.conn.execute(
            insert(ct.case_findings).values(
                case_id="JN-2024-000001", finding_id="f-1", added_at=datetime.now(UTC), added_by="a"
            )
        )
    with store.batch() as b:  # the same act judged again, unchanged: nothing happens
        assert b.upsert_findings([_finding_row("f-1", "facebook:1", {"v": 1})]) == (0, 0)
    with store.batch() as b:  # judged differently (newer rules): the old judgement is kept
        assert b.upsert_findings([_finding_row("f-1", "facebook:1", {"v": 2})]) == (0, 1)
    with store.batch() as b:
        assert b.upsert_findings([_finding_row("f-1", "facebook:1", {"v": 3})]) == (0, 1)
    with store.engine.connect() as conn:
        rows = {
            r.finding_id: (r.doc, r.superseded_by)
            for r in conn.execute(select(t.findings).order_by(t.findings.c.finding_id))
        }
        cited = conn.execute(select(ct.case_findings.c.finding_id)).scalar_one()
    assert rows == {"f-1": ({"v": 3}, None), "f-1~1": ({"v": 1}, "f-1"), "f-1~2": ({"v": 2}, "f-1")}
    assert cited == "f-1~1"  # the case rests on the judgement it was opened with
    assert list(store.finding_docs()) == [{"v": 3}]  # only current judgements are listed
