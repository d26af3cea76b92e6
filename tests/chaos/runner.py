"""Run hostile cases as a user would, each in its own process, and check what must hold.

A warm parent (jaganetral imported once) forks one child per case: the child runs the command line
exactly as ``jaganetral …`` would, with its standard output and error captured; the parent watches
its memory and time and kills it past the limits. What must hold for every case:

* no traceback and no "internal error" — every failure of input is the user's to fix;
* the exit code is 0 (the run went on, skipping what it could not read) or 1/2 (a clean failure);
* a failure prints one ``error:`` line that names the culprit file or option;
* after a failure the data folder (store and evidence) is byte-identical to before;
* nothing the user supplied reaches the terminal as a control sequence;
* peak memory under 1 GB and no run past 60 s.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tests.chaos.hostile import ACCOUNTS, ASN, ELECTION, EXPORTS, Case

MEMORY_LIMIT = 1 << 30  # what a run may peak at
KILL_MEMORY = 3 << 30  # what the harness kills at (so a bomb cannot take the machine down)
TIME_LIMIT = 60.0


@dataclass
class Result:
    name: str
    category: str
    exit_code: int
    seconds: float
    peak_bytes: int
    problems: list[str] = field(default_factory=list)
    error_line: str = ""
    tail: str = ""  # the end of standard error, when something is wrong

    @property
    def ok(self) -> bool:
        return not self.problems


def tree_digest(root: Path) -> dict[str, str]:
    """Every file under ``root`` (relative name → SHA-256); SQLite's transient -shm left out."""
    out: dict[str, str] = {}
    if not root.exists():
        return out
    if root.is_file():
        return {".": hashlib.sha256(root.read_bytes()).hexdigest()}
    for p in sorted(root.rglob("*")):
        if p.is_file() and not p.name.endswith("-shm"):
            out[str(p.relative_to(root))] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def _child(argv: list[str], out_dir: Path, env: dict[str, str]) -> None:  # pragma: no cover - in the child
    fd_out = os.open(out_dir / "stdout", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    fd_err = os.open(out_dir / "stderr", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.dup2(fd_out, 1)
    os.dup2(fd_err, 2)
    # Under pytest, sys.stdout/sys.stderr are capture objects: point them at the files again.
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    os.environ.update(env)
    sys.argv = ["jaganetral", *argv]
    code = 99
    try:
        from jaganetral.cli import main

        main()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:
        import traceback

        traceback.print_exc()
        code = 98
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def _rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def run_case(case: Case, base_data: Path, work: Path) -> Result:
    """Run one case in a forked child and check it."""
    cdir = work / "run"
    if cdir.exists():
        shutil.rmtree(cdir)
    cdir.mkdir(parents=True)
    data = cdir / "data"
    if case.needs_data:
        shutil.copytree(base_data, data)
        if case.setup is not None:
            case.setup(data)
    out = cdir / "out.jsonl"
    argv = [a.replace("{data}", str(data)).replace("{out}", str(out)) for a in case.argv]
    before = tree_digest(data)
    t0 = time.monotonic()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        _child(argv, cdir, case.env)
    problems: list[str] = []
    peak = 0
    status = 0
    usage = None
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        peak = max(peak, _rss(pid))
        elapsed = time.monotonic() - t0
        if peak > KILL_MEMORY or elapsed > TIME_LIMIT:
            os.kill(pid, signal.SIGKILL)
            _, status, usage = os.wait4(pid, 0)
            problems.append(f"killed: {'memory' if peak > KILL_MEMORY else 'time'}")
            break
        time.sleep(0.02)
    seconds = time.monotonic() - t0
    if usage is not None:
        peak = max(peak, usage.ru_maxrss * 1024)
    code = os.waitstatus_to_exitcode(status)
    stdout = (cdir / "stdout").read_bytes().decode("utf-8", "replace")
    stderr = (cdir / "stderr").read_bytes().decode("utf-8", "replace")
    text = stdout + stderr
    if "Traceback" in text or code in (98, 99):
        problems.append("traceback")
    if "internal error" in text or "kesalahan internal" in text:
        problems.append("internal error")
    if code not in (0, 1, 2) and not problems:
        problems.append(f"exit {code}")
    if "\x1b" in text or "\x07" in text:
        problems.append("control characters on the terminal")
    if peak > MEMORY_LIMIT:
        problems.append(f"peak {peak / 2**20:.0f} MB")
    if seconds > TIME_LIMIT:
        problems.append(f"{seconds:.0f} s")
    error_lines = [ln for ln in stderr.splitlines() if ln.startswith("error:")]
    if code in (1, 2):
        if len(error_lines) != 1:
            problems.append(f"{len(error_lines)} error lines")
        elif case.culprit not in error_lines[0]:
            problems.append("error line does not name the culprit")
        if case.needs_data and tree_digest(data) != before:
            problems.append("data folder changed by a failed run")
    return Result(
        case.name,
        case.category,
        code,
        round(seconds, 2),
        peak,
        problems,
        error_lines[0] if error_lines else "",
        stderr[-1500:] if problems else "",
    )


def make_base_data(work: Path) -> Path:
    """A data folder with a store and evidence in it (a scan of the sample workspace)."""
    base = work / "base-data"
    if base.exists():
        shutil.rmtree(base)
    argv = [
        "scan",
        str(EXPORTS["canonical"]),
        "--election",
        str(ELECTION),
        "--asn",
        str(ASN),
        "--accounts",
        str(ACCOUNTS),
        "--data",
        str(base),
        "--out",
        str(work / "base-out.jsonl"),
    ]
    out = work / "base-run"
    out.mkdir(parents=True, exist_ok=True)
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        _child(argv, out, {})
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError("the base scan failed: " + (out / "stderr").read_text())
    return base


def warm_up() -> None:
    """Import what every run needs once, in the parent, so each fork starts warm."""
    import jaganetral.cli  # noqa: F401
    import jaganetral.pipeline.command_scan  # noqa: F401


def run_all(cases: list[Case], work: Path, *, progress: bool = False) -> list[Result]:
    warm_up()
    base = make_base_data(work)
    results = []
    for i, case in enumerate(cases, 1):
        r = run_case(case, base, work)
        results.append(r)
        if progress and not r.ok:
            print(f"[{i}/{len(cases)}] {r.name}: {', '.join(r.problems)} | {r.error_line[:160]}", flush=True)
    return results


def summary(results: list[Result]) -> str:
    bad = [r for r in results if not r.ok]
    kinds = Counter(p.split(":")[0] for r in bad for p in r.problems)
    peak = max((r.peak_bytes for r in results), default=0)
    slowest = max((r.seconds for r in results), default=0.0)
    exits = Counter(r.exit_code for r in results)
    lines = [
        f"{len(results)} hostile inputs, {len(bad)} with problems; "
        f"exits {dict(sorted(exits.items()))}; peak {peak / 2**20:.0f} MB; slowest {slowest:.1f} s",
    ]
    lines += [f"  {k}: {n}" for k, n in kinds.most_common()]
    return "\n".join(lines)


def write_results(results: list[Result], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in results:
            fh.write(json.dumps(asdict(r), ensure_ascii=False) + "\n")
