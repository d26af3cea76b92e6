"""Same answers: the fast paths change no finding.

Each workspace is scanned twice — once with everything screened in full (the cheap first pass off,
every record read by the validating parser), once as ``scan`` runs — and the findings must be the
same: ids, statuses, codes, actors and explanations. Workspaces: the bundled samples, the labelled
development workspaces (eval/social/dev, shared/data/social-dev), and a generated national-style
workspace from shared/bench/gen.py.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from jaganetral.attribute.index import build_index
from jaganetral.judge.analysis import Analyzer
from jaganetral.model.election import load_election
from jaganetral.model.registry import iter_institutions, iter_registry_rows
from jaganetral.pipeline import scan

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def _workspace(folder: Path) -> tuple[list[Path], list[Path], Path, Path | None]:
    inputs = folder / "inputs" if (folder / "inputs").is_dir() else folder
    elections = sorted(folder.glob("election*.yaml"))
    accounts = folder / "accounts.csv"
    return [inputs], elections, folder / "asn.csv", accounts if accounts.exists() else None


def _findings(folder: Path, *, fast: bool, inputs: list[Path] | None = None) -> list[dict[str, Any]]:
    ins, elections, asn, accounts = _workspace(folder)
    index = build_index(iter_registry_rows(asn), iter_institutions(accounts) if accounts else ())
    analyzer = Analyzer([load_election(e) for e in elections], index, cheap_first_pass=fast)
    report = scan(inputs or ins, analyzer=analyzer, store=None, out=None, keep_going=True, workers=1)
    return sorted((f.to_dict() for f in report.findings), key=lambda d: d["finding_id"])


def _same(folder: Path, inputs: list[Path] | None = None) -> int:
    slow = _findings(folder, fast=False, inputs=inputs)
    fast = _findings(folder, fast=True, inputs=inputs)
    assert [d["finding_id"] for d in fast] == [d["finding_id"] for d in slow]
    for a, b in zip(fast, slow, strict=True):
        assert a == b, a["finding_id"]
    return len(fast)


def test_samples_give_the_same_findings() -> None:
    samples = ROOT / "samples"
    n = _same(samples, inputs=[samples / "inputs"] if (samples / "inputs").is_dir() else None)
    assert n > 0


@pytest.mark.parametrize(
    "folder",
    [ROOT / "eval" / "social" / "dev", SHARED / "data" / "social-dev" / "data"],
    ids=["eval-dev", "social-dev"],
)
def test_labelled_workspaces_give_the_same_findings(folder: Path) -> None:
    if not folder.is_dir():
        pytest.skip(f"SKIPPED: {folder} not present")
    assert _same(folder) > 10


def test_generated_workspace_gives_the_same_findings(tmp_path: Path) -> None:
    gen = SHARED / "bench" / "gen.py"
    if not gen.exists():
        pytest.skip(f"SKIPPED: {gen} not present")
    subprocess.run(
        [sys.executable, str(gen), str(tmp_path), "--registry", "20000", "--activities", "100000"],
        check=True,
        capture_output=True,
    )
    assert _same(tmp_path, inputs=[tmp_path / "activities.jsonl"]) > 100
