"""Load test of the workbench: N findings and M cases in a fresh store, the real server on loopback,
concurrent clients for a bounded time, latency percentiles per page.

    .venv/bin/python scripts/load_workbench.py --findings 100000 --cases 20000 --seconds 20 --clients 4
    .venv/bin/python scripts/load_workbench.py --mixed --clients 50 --seconds 30   # pages, API, writes
    .venv/bin/python scripts/load_workbench.py ... --db postgresql+psycopg://...   # PostgreSQL

``--mixed`` is the run of issue 14: every client mixes staff pages (case list, dashboard, a case
page: each case view is an audited read), API reads and case writes (notes over the API), and
every answer that is not 2xx counts as an error. Only 127.0.0.1 is ever contacted; the run stops by
itself after ``--seconds``. Prints a Markdown table (p50/p95/p99 in ms, requests/s, errors) for
docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import insert

from jaganetral.cases.access import add_user, create_api_token
from jaganetral.cases.workflow import load_workflow
from jaganetral.model.regions import regions
from jaganetral.settings import Settings
from jaganetral.store import case_tables as ct
from jaganetral.store import tables as t
from jaganetral.store.repository import Store

STATES = list(load_workflow().states)
CODES = ["SKB-D2", "SKB-D6", "SKB-D12", "SKB-E2", "SKB-D8", "SKB-D4", "PP94-N6"]
ACTIONS = ["post", "share", "comment", "like", "follow_or_join", "official_account_use", "instruct_others"]
FIRST = ["Andi", "Budi", "Sari", "Dewi", "Rahmat", "Siti", "Agus", "Rina", "Hendra", "Yuni", "Fajar", "Wulan"]
LAST = ["Pratama", "Saputra", "Lestari", "Wijaya", "Hidayat", "Nugroho", "Kurniawan", "Maharani", "Siregar"]
DINAS = [
    "Dinas Pendidikan",
    "Dinas Kesehatan",
    "Dinas Komunikasi dan Informatika",
    "BKPSDM",
    "Sekretariat Daerah",
]


def populate(store: Store, n_findings: int, n_cases: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    regs = list(regions().values())
    now = datetime(2024, 11, 1, tzinfo=UTC)
    sha = "0" * 64
    with store.engine.begin() as conn:
        conn.execute(
            insert(t.input_files).values(
                sha256=sha,
                file_name="synthetic",
                size=0,
                format="canonical",
                received_at=now,
                activity_count=n_findings,
                rejected_count=0,
            )
        )
        batch_a, batch_f = [], []
        for i in range(n_findings):
            reg = rnd.choice(regs)
            inst = f"{rnd.choice(DINAS)} {reg.name}"
            nip = (
                f"19{rnd.randint(60, 99)}{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}"
                f"20{rnd.randint(10, 22)}0{rnd.randint(1, 2)}1{rnd.randint(0, 999):03d}"
            )
            name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
            at = now - timedelta(minutes=rnd.randint(0, 60 * 24 * 200))
            status = rnd.choices(["violation", "review", "alert"], [5, 3, 2])[0]
            codes = [] if status == "alert" else rnd.sample(CODES, rnd.randint(1, 2))
            key = f"facebook:syn-{i}"
            doc = {
                "finding_id": f"f-syn-{i:08d}",
                "activity_ids": [f"syn-{i}"],
                "status": status,
                "actor": {
                    "kind": "asn",
                    "nip": nip,
                    "name": name,
                    "instansi": inst,
                    "jabatan": "Staf",
                    "wilayah": reg.name,
                    "account": f"facebook:{name.lower().replace(' ', '.')}",
                    "match_confidence": 0.97,
                    "match_reasons": ["akun tercatat"],
                },
                "candidate_ids": ["c-1"],
                "action": rnd.choice(ACTIONS),
                "violation_codes": codes,
                "legal_basis": [],
                "sanction": {"category": "disiplin", "level": "berat"},
                "stage": "calon",
                "confidence": round(rnd.uniform(0.5, 0.99), 3),
                "explanation": [f"Yang terlihat: akun facebook ({name}) — unggahan sintetis {i}"],
                "evidence_sha256": None,
                "election_id": "pilkada-2024",
                "occurred_at": at.isoformat(),
                "platform": "facebook",
                "url": None,
                "deleted_at": None,
            }
            batch_a.append(
                {
                    "key": key,
                    "platform": "facebook",
                    "kind": "post",
                    "created_at": at,
                    "actor_id": None,
                    "actor_handle": None,
                    "actor_name": name,
                    "text": "",
                    "url": None,
                    "deleted_at": None,
                    "source_sha256": sha,
                    "source_position": f"line {i + 1}",
                    "doc": {},
                }
            )
            batch_f.append(
                {
                    "finding_id": doc["finding_id"],
                    "activity_key": key,
                    "status": status,
                    "action": doc["action"],
                    "actor_kind": "asn",
                    "nip": nip,
                    "instansi": inst,
                    "codes": codes,
                    "occurred_at": at,
                    "evidence_sha256": None,
                    "doc": doc,
                    "first_seen_at": at,
                    "updated_at": at,
                }
            )
            if len(batch_a) == 5000:
                conn.execute(insert(t.activities), batch_a)
                conn.execute(insert(t.findings), batch_f)
                batch_a, batch_f = [], []
        if batch_a:
            conn.execute(insert(t.activities), batch_a)
            conn.execute(insert(t.findings), batch_f)
        # cases over the first findings (1–3 findings each), events for each
        cases, links, events = [], [], []
        fi = 0
        for c in range(n_cases):
            reg = rnd.choice(regs)
            st = rnd.choice(STATES)
            at = now - timedelta(days=rnd.randint(0, 200))
            cid = f"JN-2024-{c + 1:06d}"
            codes = rnd.sample(CODES, rnd.randint(1, 2))
            name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
            inst = f"{rnd.choice(DINAS)} {reg.name}"
            k = rnd.randint(1, 3)
            y, w, _ = at.isocalendar()
            cases.append(
                {
                    "id": cid,
                    "title": f"{name} — unggahan dukungan",
                    "state": st,
                    "origin": "temuan_sistem",
                    "election_id": "pilkada-2024",
                    "election_type": "pilkada",
                    "subject_key": f"syn:{c}",
                    "subject_kind": "asn",
                    "nip": None,
                    "subject_name": name,
                    "instansi": inst,
                    "wilayah": reg.name,
                    "region_code": reg.code,
                    "violation_codes": codes,
                    "primary_code": codes[0],
                    "action": "post",
                    "event_date": at,
                    "event_week": f"{y}-W{w:02d}",
                    "discovered_at": at,
                    "opened_at": at,
                    "updated_at": at + timedelta(hours=rnd.randint(0, 500)),
                    "due_at": at + timedelta(days=rnd.randint(1, 14)),
                    "outcome": None,
                    "forwarded_to": None,
                    "finding_count": k,
                    "search_text": f"{name} {inst} {reg.name} {' '.join(codes)}".lower(),
                }
            )
            for _ in range(k):
                if fi < n_findings:
                    links.append(
                        {"case_id": cid, "finding_id": f"f-syn-{fi:08d}", "added_at": at, "added_by": "load"}
                    )
                    fi += 1
            for j in range(4):
                events.append(
                    {
                        "case_id": cid,
                        "at": at + timedelta(hours=j),
                        "actor": "load",
                        "kind": "transition",
                        "from_state": None,
                        "to_state": st,
                        "reason": "sintetis",
                        "data": {},
                    }
                )
        for rows, table in ((cases, ct.cases), (links, ct.case_findings), (events, ct.case_events)):
            for i in range(0, len(rows), 5000):
                conn.execute(insert(table), rows[i : i + 5000])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


ERRORS: list[str] = []
#: (latency ms, seconds into the run, request) of every request, to see when the slow ones happen
SLOW: list[tuple[float, float, str]] = []


def run_load(
    base: str, token: str, seconds: float, clients: int, paths: list[str], writes: list[str] | None = None,
    write_share: float = 0.0, think_ms: float = 0.0,
) -> dict[str, list[float]]:  # fmt: skip
    lat: dict[str, list[float]] = {p: [] for p in paths}
    if writes:
        lat["POST /api/v1/cases/{id}/notes"] = []
    errors = ERRORS
    stop = time.monotonic() + seconds
    lock = threading.Lock()

    def worker(k: int) -> None:
        rnd = random.Random(k)
        with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=30) as c:
            while time.monotonic() < stop:
                if think_ms:  # a person reads the page before the next click: 0.5–1.5 × the think time
                    time.sleep(think_ms / 1000 * rnd.uniform(0.5, 1.5))
                    if time.monotonic() >= stop:
                        break
                if writes and rnd.random() < write_share:
                    key = "POST /api/v1/cases/{id}/notes"
                    t0 = time.perf_counter()
                    r = c.post(rnd.choice(writes), json={"text": f"catatan beban {k}"})
                else:
                    key = rnd.choice(paths)
                    t0 = time.perf_counter()
                    r = c.get(key)
                dt = (time.perf_counter() - t0) * 1000
                with lock:
                    if not 200 <= r.status_code < 300:
                        errors.append(f"{key}: {r.status_code}")
                    lat[key].append(dt)
                    SLOW.append((dt, round(time.monotonic() - (stop - seconds), 2), key))

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    if errors:
        print(f"errors: {len(errors)} e.g. {errors[:3]}", file=sys.stderr)
    return lat


def _grouped(lat: dict[str, list[float]]) -> dict[str, list[float]]:
    """Case pages and API case views of different ids counted together."""
    out: dict[str, list[float]] = {}
    for p, xs in lat.items():
        key = re.sub(r"JN-\d{4}-\d{6}", "{id}", p)
        out.setdefault(key, []).extend(xs)
    return out


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))] if xs else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--findings", type=int, default=100_000)
    ap.add_argument("--cases", type=int, default=20_000)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--db", default=None)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--mixed", action="store_true", help="pages, API reads and case writes at once")
    ap.add_argument("--write-share", type=float, default=0.15, help="share of requests that write")
    ap.add_argument("--think", type=float, default=0.0, help="ms each client pauses between requests")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="jn-load-"))
    store = Store.open(Settings(tmp, a.db))
    t0 = time.perf_counter()
    populate(store, a.findings, a.cases)
    load_s = time.perf_counter() - t0
    admin = add_user(store.engine, "loadadmin", "Load", "admin", "load-password-1")
    agency = add_user(
        store.engine,
        "loadagency",
        "Agency",
        "instansi",
        "load-password-1",
        "Dinas Pendidikan Kota Lubuk Linggau",
    )
    tok_admin = create_api_token(store.engine, admin, "load")
    tok_agency = create_api_token(store.engine, agency, "load")
    if not a.db:
        with store.engine.connect() as conn:  # fold the filling's WAL into the database file
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    # Let the kernel write the freshly filled store out before measuring: otherwise the first
    # checkpoint's fsync during the run flushes hundreds of MB of the filling (seconds, once).
    os.sync()
    port = free_port()
    env = {**os.environ, "JAGANETRAL_DATA": str(tmp)}
    if a.db:
        env["JAGANETRAL_DB_URL"] = a.db
    srv = subprocess.Popen(
        [sys.executable, "-m", "jaganetral", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                if httpx.get(base + "/login", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        paths = [
            "/cases",
            "/cases?q=pratama",
            "/cases?state=klarifikasi&page=3",
            "/cases?overdue=true",
            "/",
            "/api/v1/cases?per_page=50",
            "/api/v1/dashboard",
            "/inbox",
        ]
        for p in paths:  # warm-up
            httpx.get(base + p, headers={"Authorization": f"Bearer {tok_admin}"}, timeout=30)
        if a.mixed:
            rnd = random.Random(3)
            picks = [f"JN-2024-{rnd.randint(1, a.cases):06d}" for _ in range(40)]
            paths = [
                "/cases",
                "/cases?q=pratama",
                "/",
                *[f"/cases/{c}" for c in picks[:10]],
                "/api/v1/cases?per_page=50",
                "/api/v1/dashboard",
                *[f"/api/v1/cases/{c}" for c in picks[10:20]],
            ]
            writes = [f"/api/v1/cases/{c}/notes" for c in picks[20:]]
            for p in paths:  # a server that has been up a while: every page rendered once
                httpx.get(base + p, headers={"Authorization": f"Bearer {tok_admin}"}, timeout=30)
            lat = run_load(base, tok_admin, a.seconds, a.clients, paths, writes, a.write_share, a.think)
            lat = _grouped(lat)
            lat_agency = {}
        else:
            lat = run_load(base, tok_admin, a.seconds, a.clients, paths)
            lat_agency = run_load(base, tok_agency, a.seconds / 4, a.clients, ["/cases", "/"])
    finally:
        srv.send_signal(signal.SIGINT)
        srv.wait(timeout=20)
    rows = []
    for who, data in (("admin", lat), ("instansi", lat_agency)):
        for p, xs in data.items():
            if not xs:
                continue
            rows.append(
                {
                    "user": who,
                    "path": p,
                    "n": len(xs),
                    "p50": round(statistics.median(xs), 1),
                    "p95": round(pct(xs, 0.95), 1),
                    "p99": round(pct(xs, 0.99), 1),
                }
            )
    total = sum(r["n"] for r in rows if r["user"] == "admin")
    every = [x for data in (lat, lat_agency) for xs in data.values() for x in xs]
    rows.append(
        {
            "user": "all",
            "path": "every request",
            "n": len(every),
            "p50": round(statistics.median(every), 1),
            "p95": round(pct(every, 0.95), 1),
            "p99": round(pct(every, 0.99), 1),
        }
    )
    meta = {
        "findings": a.findings,
        "cases": a.cases,
        "db": "postgresql" if a.db else "sqlite",
        "clients": a.clients,
        "seconds": a.seconds,
        "load_data_s": round(load_s, 1),
        "rps": round(total / a.seconds, 1),
        "think_ms": a.think,
        "errors": len(ERRORS),
        "error_examples": ERRORS[:5],
    }
    meta["slowest"] = [(round(d), at, k) for d, at, k in sorted(SLOW, reverse=True)[:8]]
    per_second: dict[int, float] = {}
    for d, at, _k in SLOW:  # the worst answer of each second of the run (when latencies bunch up)
        per_second[int(at)] = max(per_second.get(int(at), 0.0), d)
    meta["worst_per_second"] = [round(per_second[k]) for k in sorted(per_second)]
    if a.json:
        print(json.dumps({"meta": meta, "rows": rows}))
        return
    print(f"{meta}\n")
    print("| user | page | requests | p50 ms | p95 ms | p99 ms |\n|---|---|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['user']} | `{r['path']}` | {r['n']} | {r['p50']} | {r['p95']} | {r['p99']} |")


if __name__ == "__main__":
    main()
