"""PNG renderings of a recommendation letter and a case dossier, as their recipient reads them.

Builds the demo workbench in a temporary folder (``jaganetral demo``: the sample workspace scanned,
demo users, the unit's settings), walks the case of the head of Diskominfo PALI through the
procedure to an approved recommendation with the real web app, downloads both PDFs and renders
every page with Poppler's ``pdftoppm`` (``poppler-utils``).

    .venv/bin/python scripts/document_screenshots.py          # docs/screenshots/{surat,dosier}-N.png
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
PALI_HEAD = "198503122010011001"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    a = ap.parse_args(argv)
    from fastapi.testclient import TestClient

    from jaganetral.cases.totp import totp
    from jaganetral.commands.web import DEMO_PASSWORD, DEMO_TOTP, build_app, prepare_demo
    from jaganetral.settings import Settings
    from jaganetral.store.repository import Store

    exe = shutil.which("pdftoppm")
    if exe is None:
        print("pdftoppm not found: apt-get install poppler-utils", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "demo"
        subprocess.run(
            [sys.executable, "-m", "jaganetral", "demo", "--data", str(data), "--samples", str(SAMPLES)],
            check=True, capture_output=True, cwd=ROOT,
        )  # fmt: skip
        store = Store.open(Settings(data_dir=data, db_url=None))
        prepare_demo(store, SAMPLES)
        app = build_app(store, sorted(SAMPLES.glob("election*.yaml")), "Bawaslu Provinsi Sumatera Selatan")

        def login(user: str) -> tuple[TestClient, str]:
            c = TestClient(app, follow_redirects=False)
            page = c.get("/login").text
            tok = re.search(r'name="csrf_token" value="([^"]*)"', page).group(1)  # type: ignore[union-attr]
            form = {"username": user, "password": DEMO_PASSWORD, "csrf_token": tok}
            if user in ("admin", "pimpinan", "pimpinan2"):  # the demo's second factor (DEMO_TOTP)
                form["code"] = totp(DEMO_TOTP)
            r = c.post("/login", data=form)
            assert r.status_code == 303, (user, r.status_code)
            csrf = re.search(r'name="csrf_token" value="([^"]*)"', c.get("/account").text).group(1)  # type: ignore[union-attr]
            return c, csrf

        boss, b_csrf = login("pimpinan")
        other, o_csrf = login("pimpinan2")
        checker, c_csrf = login("pemeriksa")
        rows = boss.get(f"/api/v1/cases?q={PALI_HEAD}").json()["rows"]
        cid = rows[0]["id"]
        state = rows[0]["state"]
        rec = boss.get(f"/api/v1/cases/{cid}").json()["recommendation"]
        # the demo already takes this case to BKN (prepare_demo); walk it only when it has no letter yet
        if not (rec and rec.get("approved_by")):
            path = ["temuan", "kajian_awal", "diregistrasi", "klarifikasi", "kajian"]
            for to in path[path.index(state) + 1 :] if state in path else path:
                r = checker.post(
                    f"/cases/{cid}/transition",
                    data={"to": to, "reason": "syarat tahap ini terpenuhi", "csrf_token": c_csrf},
                )
                assert r.status_code == 303, r.text[:500]
            decision = "Terbukti: kepala dinas meminta wartawan dan staf meliput kegiatan bakal calon."
            recommendation = (
                "Merekomendasikan kepada Kepala Badan Kepegawaian Negara agar meminta Pejabat Pembina "
                "Kepegawaian Kabupaten Penukal Abab Lematang Ilir menjatuhkan hukuman disiplin berat kepada "
                "yang bersangkutan."
            )
            steps = [
                (boss, b_csrf, f"/cases/{cid}/transition",
                 {"to": "putusan", "outcome": "pelanggaran_netralitas", "reason": decision}),
                (boss, b_csrf, f"/cases/{cid}/recommendation", {"text": recommendation}),
                (other, o_csrf, f"/cases/{cid}/recommendation/decide",
                 {"decision": "approve", "reason": "setuju"}),
            ]  # fmt: skip
            for client, csrf, url, form in steps:
                r = client.post(url, data={**form, "csrf_token": csrf})
                assert r.status_code == 303, (url, r.text[:800])
        a.out.mkdir(parents=True, exist_ok=True)
        for name, url in (
            ("surat", f"/cases/{cid}/recommendation.pdf"),
            ("dosier", f"/cases/{cid}/dossier.pdf"),
        ):
            pdf = Path(tmp) / f"{name}.pdf"
            got = boss.get(url)
            assert got.status_code == 200 and got.content.startswith(b"%PDF"), (url, got.status_code)
            pdf.write_bytes(got.content)
            for old in a.out.glob(f"{name}-*.png"):
                old.unlink()
            subprocess.run([exe, "-png", "-r", "80", str(pdf), str(a.out / name)], check=True)
            print(name, sorted(p.name for p in a.out.glob(f"{name}-*.png")))
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
