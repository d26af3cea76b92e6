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
