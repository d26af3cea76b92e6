"""Typed domain objects read back from storage: findings from their documents, cases from rows."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jaganetral.model.case import Case
from jaganetral.model.finding import Finding

ROOT = Path(__file__).resolve().parents[2]


def _sample_docs() -> list[dict[str, object]]:
    import subprocess
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "f.jsonl"
        subprocess.run(
            [sys.executable, "-m", "jaganetral", "scan", str(ROOT / "samples" / "inputs"), "--election",
             str(ROOT / "samples" / "election-pilkada-2024.yaml"), "--asn", str(ROOT / "samples" / "asn.csv"),
             "--accounts", str(ROOT / "samples" / "accounts.csv"), "--out", str(target), "--data", tmp],
            check=True, capture_output=True,
        )  # fmt: skip
        docs = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert docs
    return docs


def test_every_scanned_finding_reads_back_as_the_same_finding() -> None:
    for d in _sample_docs():
        assert Finding.from_dict(d).to_dict() == d


def test_a_document_that_is_no_finding_is_refused() -> None:
    d = _sample_docs()[0]
    with pytest.raises(ValueError):
        Finding.from_dict({**d, "status": "guilty"})
    with pytest.raises(KeyError):
        Finding.from_dict({k: v for k, v in d.items() if k != "actor"})


@given(
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)), st.sampled_from([7, 8, 9])
)
def test_a_case_shows_its_instants_in_its_own_zone_with_the_offset(at: datetime, hours: int) -> None:
    utc = at.replace(tzinfo=UTC)
    region = {7: "Kota Palembang", 8: "Kota Makassar", 9: "Kota Ambon"}[hours]
    c = Case.from_row(
        {"id": "JN-1", "title": "t", "state": "temuan", "origin": "manual", "election_type": "pilkada",
         "subject_key": "k", "subject_kind": "asn", "discovered_at": utc, "opened_at": utc,
         "updated_at": utc, "event_date": utc, "wilayah": region}
    )  # fmt: skip
    api = c.to_api()
    shown = datetime.fromisoformat(api["event_date"])
    assert shown == utc and shown.utcoffset() == timedelta(hours=hours)
    assert api["zone"] == {7: "WIB", 8: "WITA", 9: "WIT"}[hours]


def test_a_case_row_with_a_naive_instant_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        Case.from_row(
            {"id": "JN-1", "title": "t", "state": "temuan", "origin": "manual", "election_type": "pilkada",
             "subject_key": "k", "subject_kind": "asn", "discovered_at": datetime(2024, 1, 1),
             "opened_at": datetime(2024, 1, 1, tzinfo=UTC), "updated_at": datetime.now(UTC)}
        )  # fmt: skip


def test_judge_sentences_reach_people_in_words() -> None:
    from jaganetral.model.labels import humanise, label, summary_lines

    line = (
        "akun whatsapp 'x' — message pada Minggu; bentuk perbuatan: instruct_others (calon pali-1) "
        "(analogi rules.md §4)"
    )
    shown = humanise(line, {"pali-1": "Heri (nomor urut 1)"})
    assert shown == (
        "akun whatsapp 'x' — pesan pada Minggu; bentuk perbuatan: mengajak/menginstruksikan orang lain "
        "(calon Heri (nomor urut 1)) (penerapan secara analogi)"
    )
    assert summary_lines(
        ["Aturan A: x", "  ✓ Pelaku ASN — y", "Aturan B: z", "  ✓ Pelaku ASN — y", "Aturan A: x"]
    ) == [
        "Aturan A: x",
        "Aturan B: z",
    ]
    # the judge's element checks ("Unsur: …") are left out where a table shows them, kept elsewhere
    judged = ["Isi: ajakan", "Unsur: [ya] Pelaku adalah ASN — Budi", "Aturan SKB-D2: x", "Isi: ajakan"]
    assert summary_lines(judged) == ["Isi: ajakan", "Aturan SKB-D2: x"]
    assert summary_lines(judged, checks_shown=False) == judged[:3]
    assert label("origin", "temuan_sistem") == "Temuan patroli siber (sistem)"
    assert label("origin", "temuan_sistem", "en") == "Cyber-patrol finding (system)"
    assert label("action", None) == "—" and label("action", "baru") == "baru"


def test_time_zones_are_built_in_one_place_only() -> None:
    """model/clock.py is the project's one time-zone helper: no other module builds a ZoneInfo (the
    frozen Alembic revisions aside, which must not change with the code)."""
    pkg = ROOT / "jaganetral"
    builders = sorted(
        str(p.relative_to(pkg))
        for p in pkg.rglob("*.py")
        if "ZoneInfo(" in p.read_text(encoding="utf-8") and "migrations" not in p.parts
    )
    assert builders == ["model/clock.py"]
    from jaganetral.model.clock import WIB
    from jaganetral.sources.base import JAKARTA

    assert JAKARTA is WIB.tz


def test_every_code_of_the_procedure_has_its_words_in_the_one_label_table(tmp_path: Path) -> None:
    """States, outcomes, PPK results and named moves are read from labels.yaml in both languages;
    a workflow whose key has no words there is refused when it loads, with the file and the key."""
    import shutil

    from jaganetral.cases.workflow import WORKFLOW_FILE, load_workflow
    from jaganetral.errors import InvalidConfig
    from jaganetral.model.labels import labels

    wf = load_workflow()
    table = labels()
    for group, keys in (("case_state", wf.states), ("outcome", wf.outcomes), ("ppk_result", wf.ppk_results)):
        for key in keys:
            words = table[group][key]
            assert words["id"] and words["en"] and words["id"] != key, (group, key)
    assert wf.label("kajian_awal") == "Kajian awal" and wf.label("kajian_awal", "en") == "Preliminary review"
    assert wf.outcome_label("dugaan_pidana", "en") == "Suspected election crime"
    named = {f"{t.source}>{t.to}": wf.move_label(t) for t in wf.transitions}
    assert named["informasi_awal>selesai"] == "Tidak ditindaklanjuti"
    assert named["informasi_awal>temuan"] == "Temuan"  # a move without a name is its target stage
    assert set(table["move"]) <= set(named)  # no words for a move that is not there
    broken = tmp_path / "workflow.yaml"
    shutil.copy(WORKFLOW_FILE, broken)
    text = broken.read_text(encoding="utf-8").replace("  selesai:\n", "  ditutup: {}\n  selesai:\n", 1)
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidConfig, match="'ditutup' has no words in catalogue/labels.yaml"):
        load_workflow(broken)
