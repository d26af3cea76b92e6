"""Issue 14.0: two people (or fifty) at once. Case views read without the write lock and audit in a
short transaction of their own; writers queue for the lock (BEGIN IMMEDIATE, busy timeout, retry)."""

from __future__ import annotations

import threading
import time

from sqlalchemy import func, select, text

from jaganetral.cases.access import User
from jaganetral.cases.service import CaseFilter, CaseService
from jaganetral.store import case_tables as ct
from jaganetral.store.db import write
from jaganetral.store.repository import Store


def test_views_and_writes_at_once_never_fail(scanned: Store, team: dict[str, User]) -> None:
    svc = CaseService(scanned.engine)
    svc.open_from_findings(team["analis"])
    ids = [r["id"] for r in svc.list_cases(team["admin"], CaseFilter(per_page=200)).rows]
    errors: list[BaseException] = []
    rounds = 15
    stop = threading.Barrier(12)

    def reader(k: int) -> None:
        try:
            stop.wait()
            for i in range(rounds):
                svc.get_case(team["pemeriksa"], ids[(k + i) % len(ids)])  # read + audited view
                svc.list_cases(team["admin"], CaseFilter(q="dinas"))
        except BaseException as exc:  # noqa: BLE001 - collected
            errors.append(exc)

    def writer(k: int) -> None:
        try:
            stop.wait()
            for i in range(rounds):
                svc.add_note(team["analis"], ids[(k + i) % len(ids)], f"catatan {k}-{i}")
        except BaseException as exc:  # noqa: BLE001 - collected
            errors.append(exc)

    threads = [threading.Thread(target=reader, args=(k,)) for k in range(8)]
    threads += [threading.Thread(target=writer, args=(k,)) for k in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []
    with scanned.engine.connect() as conn:
        views = conn.execute(
            select(func.count()).select_from(ct.audit_log).where(ct.audit_log.c.action == "view_case")
        ).scalar_one()
        notes = conn.execute(
            select(func.count()).select_from(ct.case_events).where(ct.case_events.c.kind == "note")
        ).scalar_one()
    assert (views, notes) == (8 * rounds, 4 * rounds)  # every view audited, no write lost


def test_a_case_view_reads_while_someone_holds_the_write_lock(scanned: Store, team: dict[str, User]) -> None:
    svc = CaseService(scanned.engine)
    svc.open_from_findings(team["analis"])
    cid = svc.list_cases(team["admin"], CaseFilter()).rows[0]["id"]
    held = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with write(scanned.engine) as conn:  # a long writer (a scan committing, say)
            conn.execute(text("UPDATE cases SET title = title WHERE id = :i"), {"i": cid})
            held.set()
            release.wait(5)

    th = threading.Thread(target=hold)
    th.start()
    held.wait(5)
    t0 = time.monotonic()
    page = svc.list_cases(team["admin"], CaseFilter())  # a read: no wait for the writer
    read_s = time.monotonic() - t0
    release.set()
    th.join()
    assert page.total == 9 and read_s < 1.0
