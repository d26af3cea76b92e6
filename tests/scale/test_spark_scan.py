"""``jaganetral spark scan`` gives exactly the findings of ``scan``, whatever the partitioning.

Runs Spark in ``local[2]`` (one session for the module, small inputs). Without PySpark or Java the
tests are skipped with the reason in the summary, never silently.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from jaganetral.attribute.loading import load_index
from jaganetral.cli import app
from jaganetral.errors import InvalidInput
from jaganetral.evidence.verify import verify_store
from jaganetral.judge.analysis import Analyzer
from jaganetral.model.election import load_election
from jaganetral.pipeline import scan
from jaganetral.scale.importing import import_findings
from jaganetral.scale.session import missing
from jaganetral.settings import Settings
from jaganetral.store.repository import Store

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
GEN = ROOT.parent / "shared" / "bench" / "gen.py"

if TYPE_CHECKING := False:  # pragma: no cover
    from pyspark.sql import SparkSession


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    why = missing()
    if why is not None:
        pytest.skip(f"SKIPPED (Spark tests): {why}")
    from jaganetral.scale.session import start

    s = start("local[2]", 2)
    yield s
    s.stop()


def _workspace(folder: Path) -> tuple[list[Path], list[Path], Path, Path | None]:
    inputs = folder / "inputs" if (folder / "inputs").is_dir() else folder / "activities.jsonl"
    accounts = folder / "accounts.csv"
    return (
        [inputs],
        sorted(folder.glob("election*.yaml")),
        folder / "asn.csv",
        (accounts if accounts.exists() else None),
    )


def _scan_docs(folder: Path) -> list[dict[str, Any]]:
    ins, elections, asn, accounts = _workspace(folder)
    analyzer = Analyzer([load_election(e) for e in elections], load_index(asn, accounts, cache=False))
    report = scan(ins, analyzer=analyzer, store=None, out=None, workers=1)
    return sorted((f.to_dict() for f in report.findings), key=lambda d: d["finding_id"])


def _spark_docs(spark: SparkSession, folder: Path, out: Path, partitions: int) -> list[dict[str, Any]]:
    from jaganetral.scale.job import spark_scan

    ins, elections, asn, accounts = _workspace(folder)
    spark_scan(
        [str(p) for p in ins],
        elections,
        asn,
        str(out),
        accounts=accounts,
        partitions=partitions,
        split_bytes=0,  # cut even small JSON Lines files into parts: the partitioning is exercised
        spark=spark,
    )
    return _read_docs(out)


def _read_docs(out: Path) -> list[dict[str, Any]]:
    docs = [
        json.loads(line) for p in sorted(out.glob("part-*")) for line in p.read_text("utf-8").splitlines()
    ]
    return sorted(docs, key=lambda d: d["finding_id"])


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not GEN.exists():
        pytest.skip(f"SKIPPED: {GEN} not present")
    folder = tmp_path_factory.mktemp("gen20k")
    subprocess.run(
        [sys.executable, str(GEN), str(folder), "--registry", "5000", "--activities", "20000"],
        check=True,
        capture_output=True,
    )
    return folder


def test_samples_give_the_findings_of_scan(spark: SparkSession, tmp_path: Path) -> None:
    out = tmp_path / "run"
    docs = _spark_docs(spark, SAMPLES, out, 3)
    expected = _scan_docs(SAMPLES)
    assert expected and docs == expected
    # the run folder: part files, Spark's marker, the summary, the evidence records; no temporary left
    assert (out / "_SUCCESS").is_file() and list(out.glob("part-*"))
    summary = json.loads((out / "_summary.json").read_text("utf-8"))
    assert summary["findings"] == len(expected)
    assert summary["by_status"] == {
        s: sum(d["status"] == s for d in expected) for s in sorted({d["status"] for d in expected})
    }
    assert {Path(f["path"]).name for f in summary["ingest"]["files"]} == {
        p.name for p in (SAMPLES / "inputs").iterdir()
    }
    records = [
        json.loads(x) for p in (out / "_records").glob("part-*") for x in p.read_text("utf-8").splitlines()
    ]
    assert sorted(r["finding_id"] for r in records) == [d["finding_id"] for d in expected]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_findings_do_not_depend_on_partitioning(spark: SparkSession, generated: Path, tmp_path: Path) -> None:
    runs = {n: _spark_docs(spark, generated, tmp_path / f"p{n}", n) for n in (1, 3, 8)}
    assert len(runs[1]) > 50
    assert runs[1] == runs[3] == runs[8]
    assert runs[1] == _scan_docs(generated)


@pytest.mark.slow
def test_generated_100k_workspace_gives_the_findings_of_scan(spark: SparkSession, tmp_path: Path) -> None:
    if not GEN.exists():
        pytest.skip(f"SKIPPED: {GEN} not present")
    ws = tmp_path / "ws"
    subprocess.run(
        [sys.executable, str(GEN), str(ws), "--registry", "20000", "--activities", "100000"],
        check=True,
        capture_output=True,
    )
    docs = _spark_docs(spark, ws, tmp_path / "run", 4)
    expected = _scan_docs(ws)
    assert len(expected) > 500
    assert [d["finding_id"] for d in docs] == [d["finding_id"] for d in expected]
    assert docs == expected


def _mini_workspace(tmp_path: Path, lines: list[str]) -> Path:
    ws = tmp_path / "ws"
    (ws / "inputs").mkdir(parents=True)
    for name in ("asn.csv", "accounts.csv", "election-pilkada-2024.yaml"):
        (ws / name).write_bytes((SAMPLES / name).read_bytes())
    (ws / "inputs" / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ws


def test_bad_record_is_skipped_and_counted_with_file_and_line(spark: SparkSession, tmp_path: Path) -> None:
    good = (SAMPLES / "inputs" / "patroli_siber_llg.jsonl").read_text("utf-8").splitlines()
    lines = [good[0], '{"id": "broken", "platform": "facebook"', *good[1:3]]
    ws = _mini_workspace(tmp_path, lines)
    out = tmp_path / "run"
    _spark_docs(spark, ws, out, 2)
    summary = json.loads((out / "_summary.json").read_text("utf-8"))
    assert summary["ingest"]["rejected"] == 1
    (rej,) = summary["rejections"]
    assert "a.jsonl" in rej and "line 2" in rej
    assert summary["ingest"]["files"][0]["activities"] >= 3


def test_unreadable_file_fails_the_job_and_writes_nothing(spark: SparkSession, tmp_path: Path) -> None:
    # Found by the executors: a canonical file none of whose records is valid.
    first = json.loads((SAMPLES / "inputs" / "patroli_siber_llg.jsonl").read_text("utf-8").splitlines()[0])
    bad = [json.dumps({**first, "kind": "bogus"}), json.dumps({**first, "created_at": "yesterday"})]
    ws = _mini_workspace(tmp_path, bad)
    out = tmp_path / "run"
    with pytest.raises(InvalidInput, match=r"a\.jsonl.*no valid activity"):
        _spark_docs(spark, ws, out, 2)
    assert not out.exists()
    # Found by the driver: a file in no known format.
    (ws / "inputs" / "a.jsonl").write_text("not json at all\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"a\.jsonl.*format not recognised"):
        _spark_docs(spark, ws, out, 2)
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_cli_fails_with_one_line_naming_the_file(spark: SparkSession, tmp_path: Path) -> None:
    ws = _mini_workspace(tmp_path, ["not json"])
    out = tmp_path / "run"
    args = ["spark", "scan", str(ws / "inputs"), "--election", str(ws / "election-pilkada-2024.yaml")]
    args += ["--asn", str(ws / "asn.csv"), "--out", str(out), "--partitions", "2"]
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 1
    lines = [x for x in res.output.splitlines() if x.strip()]
    assert len(lines) == 1 and "a.jsonl" in lines[0], res.output
    assert not out.exists()


def test_findings_import_keeps_them_once_with_evidence_and_custody(
    spark: SparkSession, tmp_path: Path
) -> None:
    out = tmp_path / "run"
    expected = _spark_docs(spark, SAMPLES, out, 2)
    store = Store.open(Settings(data_dir=tmp_path / "data", db_url=None))
    try:
        first = import_findings(out, store)
        assert first.new_findings == len(expected) and first.inputs_kept == 6 and not first.inputs_missing
        again = import_findings(out, store)
        assert (again.new_findings, again.updated_findings, again.new_activities) == (0, 0, 0)
        assert sorted(store.finding_docs(), key=lambda d: d["finding_id"]) == expected
        assert store.count("findings") == len(expected)
        check = verify_store(store)
        assert check.ok, check.problems
        assert check.items >= len(expected) + 6
    finally:
        store.close()
    # the same store filled by scan holds the same findings
    scanned = Store.open(Settings(data_dir=tmp_path / "scan-data", db_url=None))
    try:
        ins, elections, asn, accounts = _workspace(SAMPLES)
        analyzer = Analyzer([load_election(e) for e in elections], load_index(asn, accounts, cache=False))
        scan(ins, analyzer=analyzer, store=scanned, out=None)
        assert sorted(scanned.finding_docs(), key=lambda d: d["finding_id"]) == expected
        assert scanned.count("activities") == store.count("activities")
    finally:
        scanned.close()


# ---- inputs named by Hadoop URIs; repeats, field warnings and --keep-going as scan has them -------


def _scan_report(ins: list[Path], folder: Path, **kw: Any) -> Any:
    _, elections, asn, accounts = _workspace(folder)
    analyzer = Analyzer([load_election(e) for e in elections], load_index(asn, accounts, cache=False))
    return scan(ins, analyzer=analyzer, store=None, out=None, workers=1, **kw)


def _spark_run(spark: SparkSession, ins: list[str], folder: Path, out: Path, **kw: Any) -> Any:
    from jaganetral.scale.job import spark_scan

    _, elections, asn, accounts = _workspace(folder)
    return spark_scan(ins, elections, asn, str(out), accounts=accounts, spark=spark, **kw)


def _docs_of(report: Any) -> list[dict[str, Any]]:
    return sorted((f.to_dict() for f in report.findings), key=lambda d: d["finding_id"])


def _by_name(files: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The per-file summary keyed by file name (a URI and a path name the same file)."""
    return {Path(str(f["path"]).rsplit("/", 1)[-1]).name: {**f, "path": None} for f in files}


@pytest.fixture
def small_splits(spark: SparkSession) -> Iterator[None]:
    """Spark's own text splits of a few kB, so a small JSON Lines file is read in many splits."""
    key = "spark.sql.files.maxPartitionBytes"
    before = spark.conf.get(key)
    spark.conf.set(key, "2048")
    spark.conf.set("spark.sql.files.openCostInBytes", "0")
    yield
    spark.conf.set(key, str(before))
    spark.conf.unset("spark.sql.files.openCostInBytes")


def test_uris_are_read_through_hadoop_with_the_findings_of_scan(
    spark: SparkSession, small_splits: None, tmp_path: Path
) -> None:
    # WhatsApp's own name for an iOS export (Spark would skip it as hidden), spaces in names,
    # and a JSON Lines file long enough for several splits, with a bad record in a late one.
    ws = tmp_path / "ws"
    shutil.copytree(SAMPLES / "inputs", ws / "inputs")
    for name in ("asn.csv", "accounts.csv", "election-pilkada-2024.yaml"):
        shutil.copy(SAMPLES / name, ws / name)
    (ws / "inputs" / "Relawan").mkdir()
    shutil.move(
        ws / "inputs" / "WhatsApp Chat with Arisan RT 05.txt", ws / "inputs" / "Relawan" / "_chat.txt"
    )
    lines = (SAMPLES / "inputs" / "patroli_siber_llg.jsonl").read_text("utf-8").splitlines()
    long = [
        json.dumps({**json.loads(x), "id": f"{json.loads(x)['id']}-{k}"}) for k in range(12) for x in lines
    ]
    long.insert(130, '{"id": "broken", "platform": "facebook"')
    (ws / "inputs" / "patroli_siber_llg.jsonl").write_text("\r\n".join(long) + "\r\n", encoding="utf-8")
    expected = _scan_report([ws / "inputs"], ws)
    run = _spark_run(spark, [(ws / "inputs").as_uri()], ws, tmp_path / "run", split_bytes=0, partitions=3)
    docs = _read_docs(tmp_path / "run")
    assert len(docs) > 20 and docs == _docs_of(expected)
    summary = run.summary
    assert all(name.startswith("file:") for name in summary["inputs"])
    assert len(summary["inputs"]) == 6 and any(n.endswith("/Relawan/_chat.txt") for n in summary["inputs"])
    assert _by_name(summary["ingest"]["files"]) == _by_name(expected.ingest.to_dict()["files"])
    (rej,) = summary["rejections"]
    assert "patroli_siber_llg.jsonl" in rej and "line 131" in rej
    assert rej.removeprefix("file:") == str(expected.ingest.rejections[0])
    parts = [p for p in summary["parts"] if p["file"].endswith("patroli_siber_llg.jsonl")]
    assert len(parts) >= 5  # read in Spark's splits, each knowing its first line
    assert [p["first_line"] for p in parts] == sorted(p["first_line"] for p in parts) and parts[0][
        "first_line"
    ] == 1


def test_uri_that_names_nothing_fails_with_one_line(spark: SparkSession, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="nothing-here.*no such file"):
        _spark_run(spark, [(tmp_path / "nothing-here").as_uri()], SAMPLES, tmp_path / "run")
    with pytest.raises(InvalidInput, match="nosuchfs://x/y.*cannot read"):
        _spark_run(spark, ["nosuchfs://x/y"], SAMPLES, tmp_path / "run")
    assert not (tmp_path / "run").exists()


def test_repeated_records_are_kept_once_and_reported_as_scan_reports_them(
    spark: SparkSession, tmp_path: Path
) -> None:
    ins = tmp_path / "inputs"
    shutil.copytree(SAMPLES / "inputs", ins)
    (ins / "again").mkdir()
    shutil.copy(SAMPLES / "inputs" / "x_budi_timeline.json", ins / "again" / "x_budi_timeline.json")
    shutil.copy(SAMPLES / "inputs" / "patroli_siber_llg.jsonl", ins / "again" / "patroli.jsonl")
    expected = _scan_report([ins], SAMPLES)
    assert any("already read" in str(r) for r in expected.ingest.rejections)
    for uri in (False, True):
        out = tmp_path / f"run-{uri}"
        run = _spark_run(
            spark, [ins.as_uri() if uri else str(ins)], SAMPLES, out, split_bytes=0, partitions=3
        )
        assert _read_docs(out) == _docs_of(expected)
        assert [r.removeprefix("file:") for r in run.summary["rejections"]] == [
            str(r) for r in expected.ingest.rejections
        ]
        assert _by_name(run.summary["ingest"]["files"]) == _by_name(expected.ingest.to_dict()["files"])


def test_wrong_typed_fields_are_warned_or_with_strict_skipped_as_scan_does(
    spark: SparkSession, tmp_path: Path
) -> None:
    ins = tmp_path / "inputs"
    ins.mkdir()
    doc = json.loads((SAMPLES / "inputs" / "x_budi_timeline.json").read_text("utf-8"))
    doc["data"][0]["attachments"] = "not an object"
    (ins / "x.json").write_text(json.dumps(doc), encoding="utf-8")
    shutil.copy(SAMPLES / "inputs" / "patroli_siber_llg.jsonl", ins / "p.jsonl")
    for strict in (False, True):
        expected = _scan_report([ins], SAMPLES, strict=strict)
        run = _spark_run(spark, [str(ins)], SAMPLES, tmp_path / f"run-{strict}", strict=strict)
        files = {Path(f["path"]).name: f for f in run.summary["ingest"]["files"]}
        assert files == {Path(f["path"]).name: f for f in expected.ingest.to_dict()["files"]}
        if strict:
            assert files["x.json"]["rejected"] == 1 and not files["x.json"]["warnings"]
        else:
            assert files["x.json"]["warnings"] == {
                "attachments: expected an object, found a string; ignored": 1
            }
        assert _read_docs(tmp_path / f"run-{strict}") == _docs_of(expected)


def test_keep_going_skips_unreadable_files_as_scan_does(spark: SparkSession, tmp_path: Path) -> None:
    ins = tmp_path / "inputs"
    shutil.copytree(SAMPLES / "inputs", ins)
    (ins / "notes.txt").write_text("not an export at all\n", encoding="utf-8")  # found on the driver
    first = json.loads((SAMPLES / "inputs" / "patroli_siber_llg.jsonl").read_text("utf-8").splitlines()[0])
    (ins / "bad.jsonl").write_text(
        json.dumps({**first, "kind": "bogus"}) + "\n", encoding="utf-8"
    )  # executor
    expected = _scan_report([ins], SAMPLES, keep_going=True)
    with pytest.raises(InvalidInput):
        _spark_run(spark, [str(ins)], SAMPLES, tmp_path / "stopped", split_bytes=0, partitions=3)
    assert not (tmp_path / "stopped").exists()
    run = _spark_run(
        spark, [str(ins)], SAMPLES, tmp_path / "run", split_bytes=0, partitions=3, keep_going=True
    )
    assert _read_docs(tmp_path / "run") == _docs_of(expected) and expected.findings
    files = {Path(f["path"]).name: f for f in run.summary["ingest"]["files"]}
    assert files == {Path(f["path"]).name: f for f in expected.ingest.to_dict()["files"]}
    assert files["notes.txt"]["format"] == files["bad.jsonl"]["format"] == "unreadable"
    assert "no valid activity" in files["bad.jsonl"]["error"]


def test_local_file_of_a_run_input() -> None:
    from jaganetral.scale.inputs import is_uri, local_file

    assert local_file("/data/a b.json") == Path("/data/a b.json")
    assert local_file("file:/data/a b.json") == Path("/data/a b.json")
    assert local_file("file:///data/a%20b.json") == Path("/data/a%20b.json")  # as Hadoop writes it
    assert local_file("file://localhost/data/x") == Path("/data/x")
    assert local_file("file://otherhost/data/x") is None
    assert local_file("hdfs://nn:8020/patrol/x.jsonl") is None
    assert is_uri("s3a://bucket/x") and is_uri("file:/x") and not is_uri("relative/x.json")
    assert not is_uri("C:\\exports\\x.json")  # a drive letter is one letter: never a scheme
    assert not is_uri("C:/exports/x.json")
