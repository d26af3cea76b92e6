"""An incident article opens one informasi_awal case with the article kept as evidence; twice is once."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select
from typer.testing import CliRunner

from jaganetral.cli import app
from jaganetral.settings import Settings
from jaganetral.store import case_tables as ct
from jaganetral.store.repository import Store

INCIDENT = (
    "Camat di Kabupaten Lahat Diduga Minta Kepala Desa Menangkan Paslon\n\n"
    "LAHAT - Seorang camat di Kabupaten Lahat, Rudi Hartawan, diduga meminta kepala desa mendukung pasangan "
    "calon bupati melalui grup WhatsApp, Selasa (8/10/2024). Bawaslu Lahat memanggil Rudi Hartawan.\n"
)
ADVISORY = (
    "Bawaslu Imbau ASN Jaga Netralitas\n\n"
    "PALEMBANG - Bawaslu mengimbau seluruh ASN menjaga netralitas selama tahapan kampanye dan tidak "
    "memberikan dukungan kepada pasangan calon di media sosial, termasuk menyukai atau membagikan unggahan.\n"
)


def test_incident_article_opens_a_case_once(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "lahat.txt").write_text(INCIDENT, encoding="utf-8")
    (src / "imbauan.txt").write_text(ADVISORY, encoding="utf-8")
    data = tmp_path / "data"
    args = [
        "news",
        "extract",
        str(src),
        "--out",
        str(tmp_path / "n.jsonl"),
        "--open-cases",
        "--data",
        str(data),
    ]
    for _ in range(2):
        res = CliRunner().invoke(app, args)
        assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in (tmp_path / "n.jsonl").read_text(encoding="utf-8").splitlines()]
    types = {x["article_id"]: x["article_type"] for x in lines}
    assert types == {"lahat": "incident", "imbauan": "advisory"}
    store = Store.open(Settings(data, None))
    with store.engine.connect() as c:
        cases = c.execute(select(ct.cases)).all()
        opened = c.execute(select(ct.case_events).where(ct.case_events.c.kind == "opened")).all()
    assert len(cases) == 1
    (case,) = cases
    assert case.state == "informasi_awal" and case.origin == "berita"
    assert case.region_code == "16.04"  # Kabupaten Lahat
    sha = opened[0].data["article_sha256"]
    assert json.loads(store.blobs.path(sha).read_bytes())["id"] == "lahat"
    res = CliRunner().invoke(app, ["evidence", "verify", "--data", str(data)])
    assert res.exit_code == 0, res.output
    store.close()


OUTLET_A = (
    "Camat Kubu Dilaporkan ke Bawaslu\n\n"
    "AMLAPURA - Camat Kubu I Gede Wira Santosa dilaporkan ke Bawaslu Kabupaten Karangasem, "
    "Sabtu (12/10/2024). Ia diduga membagikan jadwal kampanye paslon nomor urut 2 di grup WhatsApp. "
    "Ketua Bawaslu Karangasem, Made Suarjana, membenarkan laporan itu.\n"
)
OUTLET_B = (
    "Wira Santosa Diperiksa Bawaslu Karangasem\n\n"
    "KARANGASEM - Bawaslu Karangasem memeriksa Camat Kubu Wira Santosa yang diduga menyebarkan "
    "jadwal kampanye pasangan calon di WA grup. Menurut Made Suarjana, pemeriksaan berlangsung "
    "Senin (14/10/2024).\n"
)
OUTLET_C = (
    "Camat Kubu Akui Bagikan Jadwal Kampanye\n\n"
    "KARANGASEM - Camat Kubu I Gede Wira Santosa mengaku membagikan jadwal kampanye paslon di grup WhatsApp "
    "kecamatan. Made Suarjana menyebut Bawaslu akan mengkaji keterangan itu.\n"
)


def _attached(store: Store, case_id: str) -> list[str]:
    from jaganetral.store.evidence_tables import custody

    with store.engine.connect() as c:
        return [
            r[0]
            for r in c.execute(
                select(custody.c.item_sha256).where(
                    custody.c.case_id == case_id, custody.c.event == "attached_to_case"
                )
            )
        ]


def test_one_case_per_event_with_every_article_as_evidence(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(OUTLET_A, encoding="utf-8")
    (src / "b.txt").write_text(OUTLET_B, encoding="utf-8")
    (src / "imbauan.txt").write_text(ADVISORY, encoding="utf-8")
    data = tmp_path / "data"
    out = tmp_path / "n.jsonl"
    args = ["news", "extract", str(src), "--out", str(out), "--open-cases", "--data", str(data)]
    for _ in range(2):
        res = CliRunner().invoke(app, args)
        assert res.exit_code == 0, res.output
    lines = {x["article_id"]: x for x in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert lines["a"]["event_id"] == lines["b"]["event_id"] != lines["imbauan"]["event_id"]
    store = Store.open(Settings(data, None))
    with store.engine.connect() as c:
        cases = c.execute(select(ct.cases)).all()
    assert len(cases) == 1  # one event, one case — however many outlets, however many runs
    (case,) = cases
    assert case.subject_key == f"news-event:{lines['a']['event_id']}"
    assert len(_attached(store, case.id)) == 2  # both outlets, each once
    store.close()
    # A later run with a third outlet of the same event adds it to the same case.
    (src / "c.txt").write_text(OUTLET_C, encoding="utf-8")
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0, res.output
    store = Store.open(Settings(data, None))
    with store.engine.connect() as c:
        assert len(c.execute(select(ct.cases)).all()) == 1
    assert len(_attached(store, case.id)) == 3
    store.close()
    res = CliRunner().invoke(app, ["evidence", "verify", "--data", str(data)])
    assert res.exit_code == 0, res.output
