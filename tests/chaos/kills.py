"""kill -9 at random moments: during scans, and during web writes. After every kill the store must be
intact (SQLite's integrity check, ``evidence verify``), nothing half-written, and no answered request
lost; a scan run again after the kill must give exactly the findings of a run never interrupted.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from tests.chaos.hostile import ACCOUNTS, ASN, ELECTION, SAMPLES

ROOT = Path(__file__).resolve().parents[2]
JAGANETRAL = [sys.executable, "-m", "jaganetral"]


def _workspace(root: Path, copies: int = 400) -> Path:
    """Sample inputs, and a canonical file of the sample records repeated under fresh ids (so a
    scan lasts long enough to be killed in the middle of every step)."""
    inputs = root / "inputs"
    shutil.copytree(SAMPLES / "inputs", inputs)
    lines = (SAMPLES / "inputs" / "patroli_siber_llg.jsonl").read_text(encoding="utf-8").splitlines()
    with (inputs / "banyak.jsonl").open("w", encoding="utf-8") as fh:
        for i in range(copies):
            for line in lines:
                obj = json.loads(line)
                obj["id"] = f"{obj['id']}-k{i}"
                fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return inputs


def _scan_argv(inputs: Path, data: Path, out: Path) -> list[str]:
    return [
        *JAGANETRAL,
        "scan",
        str(inputs),
        "--election",
        str(ELECTION),
        "--asn",
        str(ASN),
        "--accounts",
        str(ACCOUNTS),
        "--data",
        str(data),
        "--out",
        str(out),
    ]


def _findings(path: Path) -> set[tuple[str, str, str]]:
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        out.add((d["finding_id"], d["status"], ",".join(d.get("violation_codes") or [])))
    return out


def _store_problems(data: Path) -> list[str]:
    problems = []
    db = data / "jaganetral.db"
    if db.exists():
        con = sqlite3.connect(db)
        try:
            (res,) = con.execute("PRAGMA integrity_check").fetchone()
            if res != "ok":
                problems.append(f"integrity_check: {res}")
        finally:
            con.close()
    proc = subprocess.run(
        [*JAGANETRAL, "evidence", "verify", "--data", str(data)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if proc.returncode != 0:
        problems.append("evidence verify: " + (proc.stderr.strip().splitlines() or ["?"])[-1])
    return problems


def kill_scans(runs: int, seed: int = 20241127) -> int:
    """``runs`` scans killed at random moments; each store checked, then the scan finished."""
    rng = random.Random(seed)
    work = Path(tempfile.mkdtemp(prefix="jaganetral-kill-scan-"))
    inputs = _workspace(work)
    clean_data, clean_out = work / "clean-data", work / "clean.jsonl"
    t0 = time.monotonic()
    subprocess.run(_scan_argv(inputs, clean_data, clean_out), cwd=ROOT, check=True, capture_output=True)
    full = time.monotonic() - t0
    expected = _findings(clean_out)
    print(f"clean scan: {full:.1f} s, {len(expected)} findings; killing {runs} scans", flush=True)
    bad = 0
    for i in range(runs):
        data, out = work / f"data-{i}", work / f"out-{i}.jsonl"
        # Within the first two thirds of a clean run's time, so that (on a machine no busier than when
        # it was measured) nearly every run is killed mid-way rather than after it finished.
        at = rng.uniform(0.02, 0.66) * full
        proc = subprocess.Popen(
            _scan_argv(inputs, data, out),
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(at)
        finished = proc.poll() is not None
        if not finished:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        problems = _store_problems(data) if data.exists() else []
        if out.exists() and not finished and _findings(out) != expected:
            problems.append("a findings file from a killed run that is not the whole result")
        done = subprocess.run(
            _scan_argv(inputs, data, out), cwd=ROOT, capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            problems.append("re-run failed: " + (done.stderr.strip().splitlines() or ["?"])[-1])
        elif _findings(out) != expected:
            problems.append("re-run findings differ from a clean run's")
        problems += _store_problems(data)
        status = "finished before the kill" if finished else f"killed at {at:.1f} s"
        print(f"[{i + 1}/{runs}] {status}: {'ok' if not problems else '; '.join(problems)}", flush=True)
        bad += bool(problems)
        shutil.rmtree(data, ignore_errors=True)
    print(f"{runs} scans killed: {runs - bad} consistent, {bad} not")
    shutil.rmtree(work, ignore_errors=True)
    return 1 if bad else 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _request(
    url: str, token: str, body: dict[str, object] | None = None, timeout: float = 5.0
) -> tuple[int, str]:
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method="GET" if body is None else "POST")
    req.add_header("Authorization", f"Bearer {token}")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def kill_web(runs: int, seed: int = 20241127) -> int:
    """``runs`` server kills while clients write notes on cases; no answered write may be lost."""
    rng = random.Random(seed)
    work = Path(tempfile.mkdtemp(prefix="jaganetral-kill-web-"))
    data = work / "data"
    subprocess.run([*JAGANETRAL, "demo", "--data", str(data)], cwd=ROOT, check=True, capture_output=True)
    token = (
        subprocess.run(
            [*JAGANETRAL, "user", "token", "analis", "--data", str(data)],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    answered: list[str] = []
    bad = 0
    for i in range(runs):
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [*JAGANETRAL, "serve", "--data", str(data), "--port", str(port)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        for _ in range(200):
            try:
                if _request(f"{base}/api/v1/cases", token)[0] == 200:
                    break
            except OSError:
                time.sleep(0.05)
        status, body = _request(f"{base}/api/v1/cases", token)
        cases = [c["id"] for c in json.loads(body)["rows"]] if status == 200 else []
        if not cases:
            print(f"[{i + 1}/{runs}] the server did not come up with cases ({status})")
            bad += 1
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
            continue
        stop = threading.Event()

        def writer(
            n: int, cases: list[str] = cases, base: str = base, stop: threading.Event = stop, run: int = i
        ) -> None:
            k = 0
            while not stop.is_set():
                text = f"chaos {run}-{n}-{k}"
                k += 1
                try:
                    code, _ = _request(
                        f"{base}/api/v1/cases/{cases[k % len(cases)]}/notes", token, {"text": text}
                    )
                except OSError:
                    return
                if code == 201:
                    answered.append(text)

        threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        time.sleep(rng.uniform(0.2, 1.5))
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()
        stop.set()
        for t in threads:
            t.join()
        problems = _store_problems(data)
        con = sqlite3.connect(data / "jaganetral.db")
        try:
            stored = {r[0] for r in con.execute("SELECT reason FROM case_events WHERE kind = 'note'")}
        finally:
            con.close()
        lost = [t for t in answered if t not in stored]
        if lost:
            problems.append(f"{len(lost)} answered notes lost")
        verdict = "ok" if not problems else "; ".join(problems)
        print(
            f"[{i + 1}/{runs}] {len(answered)} notes answered so far: {verdict}",
            flush=True,
        )
        bad += bool(problems)
    print(f"{runs} server kills: {runs - bad} consistent, {bad} not")
    shutil.rmtree(work, ignore_errors=True)
    return 1 if bad else 0
