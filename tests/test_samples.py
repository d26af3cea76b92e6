"""The sample workspace end to end: every seed-like situation is found, every look-alike is not.

Precision and recall are computed against ``samples/truth.jsonl`` (one labelled row per activity,
keyed by input file and position) and written to ``docs/accuracy.md`` by ``make bench``.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from jaganetral.cli import app
from jaganetral.settings import Settings
from jaganetral.store.repository import Store

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _scan(tmp_path: Path, out: Path) -> list[dict[str, object]]:
    res = CliRunner().invoke(
        app,
        [
            "scan",
            str(SAMPLES / "inputs"),
            "--election",
            str(SAMPLES / "election-pilkada-2024.yaml"),
            "--asn",
            str(SAMPLES / "asn.csv"),
            "--accounts",
            str(SAMPLES / "accounts.csv"),
            "--out",
            str(out),
            "--data",
            str(tmp_path / "data"),
        ],
    )
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def score(findings: list[dict[str, object]], truth: list[dict[str, object]]) -> dict[str, float]:
    """Precision/recall of (activity, status, codes, actor) against the labelled truth."""

    def key(status: object, codes: object, actor: object) -> tuple[object, ...]:
        return status, tuple(sorted(codes)), actor  # type: ignore[arg-type]

    expected = {
        r["activity_id"]: key(r["status"], r["violation_codes"], r["actor"])
        for r in truth
        if r["status"] != "none"
    }
    got = {}
    for f in findings:
        actor = f["actor"]
        assert isinstance(actor, dict)
        got[f["activity_ids"][0]] = key(
            f["status"],
            f["violation_codes"],  # type: ignore[index]
            actor["nip"] or actor["instansi"],
        )
    tp = sum(1 for k, v in got.items() if expected.get(k) == v)
    return {
        "precision": tp / len(got) if got else 1.0,
        "recall": tp / len(expected) if expected else 1.0,
        "findings": float(len(got)),
        "expected": float(len(expected)),
    }


def test_sample_workspace_matches_truth(tmp_path: Path) -> None:
    truth = [json.loads(x) for x in (SAMPLES / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
    findings = _scan(tmp_path, tmp_path / "findings.jsonl")
    by_activity = {f["activity_ids"][0]: f for f in findings}  # type: ignore[index]
    for row in truth:
        f = by_activity.get(row["activity_id"])
        if row["status"] == "none":
            assert f is None, f"{row['note']}: unexpected finding {f and f['violation_codes']}"
            continue
        assert f is not None, f"missed: {row['note']}"
        assert f["status"] == row["status"], row["note"]
        assert f["violation_codes"] == row["violation_codes"], row["note"]
        assert f["candidate_ids"] == row["candidate_ids"], row["note"]
        assert row["actor"] in (f["actor"]["nip"], f["actor"]["instansi"]), row["note"]
        assert f["evidence_sha256"] and f["explanation"], row["note"]
    s = score(findings, truth)
    assert s["precision"] == 1.0 and s["recall"] == 1.0, s


def test_rescan_adds_nothing_twice(tmp_path: Path) -> None:
    first = _scan(tmp_path, tmp_path / "a.jsonl")
    second = _scan(tmp_path, tmp_path / "b.jsonl")
    assert [f["finding_id"] for f in first] == [f["finding_id"] for f in second]
    store = Store.open(Settings(tmp_path / "data", None))
    try:
        assert store.count("findings") == len(first)
        # Data minimisation: only the activities findings rest on get a row; the other 18 of the
        # 31 stay in their stored input files.
        assert store.count("activities") == len(first) == 13
        assert store.count("input_files") == 6
        # The evidence item of every finding is stored and is the canonical record.
        for f in first:
            blob = store.blobs.path(str(f["evidence_sha256"]))
            assert json.loads(blob.read_bytes())["id"] == f["activity_ids"][0]  # type: ignore[index]
    finally:
        store.close()


def test_deleted_post_is_recorded_in_the_finding(tmp_path: Path) -> None:
    findings = _scan(tmp_path, tmp_path / "f.jsonl")
    f = next(x for x in findings if x["activity_ids"] == ["ig-pali-1"])
    assert f["deleted_at"] == "2024-10-15T18:10:00+07:00"
    assert any("Dihapus 2 jam setelah diunggah" in line for line in f["explanation"])  # type: ignore[union-attr]
