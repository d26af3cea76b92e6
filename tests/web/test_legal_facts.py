"""Issue 13 over HTTP: every timestamp with its offset and equal to the earliest finding, exports with
the screen's times, public reports judged and exported like any case, the unit's settings, the
self-check's modes; issue 14.0: huge page numbers and repeated dismissals answer 4xx."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from webtools import PALI_HEAD, TEACHER, Web, csrf_of, finding_ids_of, forward_case, pdf_flat, tiny_png

from jaganetral.evidence.keys import load_or_create
from jaganetral.evidence.package import check_package
from jaganetral.store.repository import Store

OFFSET = re.compile(r"[+-]\d\d:\d\d$")
TIME_FIELDS = ("due_at", "updated_at", "event_date", "discovered_at", "opened_at")


def _open_all(web: Any) -> Web:
    analis: Web = web("analis")
    analis.ok("/inbox/open", {"all": "1"})
    return analis


ISO_TIME = re.compile(r"^\d{4}-\d\d-\d\d[T ]\d\d:\d\d")


def _naive_times(doc: Any, path: str = "") -> list[str]:
    """Every string in a JSON document that is a date with a time but carries no offset."""
    if isinstance(doc, dict):
        return [p for k, v in doc.items() for p in _naive_times(v, f"{path}.{k}")]
    if isinstance(doc, list):
        return [p for i, v in enumerate(doc) for p in _naive_times(v, f"{path}[{i}]")]
    if isinstance(doc, str) and ISO_TIME.match(doc) and not OFFSET.search(doc):
        return [f"{path}={doc}"]
    return []


def test_every_api_timestamp_has_its_offset_and_the_incident_is_the_earliest_finding(web: Any) -> None:
    analis = _open_all(web)
    rows = analis.get("/api/v1/cases?per_page=200").json()["rows"]
    assert len(rows) == 9
    # every reading endpoint, every field at any depth (findings, events, evidence, notices …)
    urls = ["/api/v1/cases?per_page=200", "/api/v1/findings/inbox", "/api/v1/findings/dismissed",
            "/api/v1/alerts", "/api/v1/dashboard", "/api/v1/changes", "/api/v1/notifications"]  # fmt: skip
    urls += [f"/api/v1/cases/{r['id']}{tail}" for r in rows for tail in ("", "/evidence")]
    seen = 0
    for url in urls:
        got = analis.get(url)
        assert got.status_code == 200, url
        assert _naive_times(got.json(), url) == []
        seen += len(re.findall(r'"\d{4}-\d\d-\d\dT\d\d:\d\d', got.text))
    assert seen > 100  # the walk did meet timestamps
    for r in rows:
        for k in TIME_FIELDS:
            assert r[k] is None or OFFSET.search(r[k]), (k, r[k])
        d = analis.get(f"/api/v1/cases/{r['id']}").json()
        first = min(datetime.fromisoformat(f["occurred_at"]) for f in d["findings"])
        assert datetime.fromisoformat(d["case"]["event_date"]) == first, r["id"]
        assert d["case"]["event_date"] == r["event_date"]
        assert all(OFFSET.search(e["at"]) for e in d["events"])
        assert d["due_at"] is None or OFFSET.search(d["due_at"])


def test_exports_show_the_same_times_as_the_screen(web: Any) -> None:
    analis = _open_all(web)
    rows = {r["id"]: r for r in analis.get("/api/v1/cases?per_page=200").json()["rows"]}
    exported = list(csv.DictReader(io.StringIO(analis.get("/cases/export.csv").content.decode("utf-8-sig"))))
    assert len(exported) == 9
    # the spreadsheet: real date cells holding the same wall-clock time as the CSV and the screen
    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(analis.get("/cases/export.xlsx").content)).active
    head, *cells = list(sheet.iter_rows(values_only=True))
    xlsx = {c[head.index("id")]: c for c in cells}
    assert len(xlsx) == 9
    for e in exported:
        cell = xlsx[e["id"]][head.index("event_date")]
        assert isinstance(cell, datetime) and f"{cell:%Y-%m-%d %H:%M:%S}" == e["event_date"], e["id"]
        assert xlsx[e["id"]][head.index("zone")] == e["zone"]
    for e in exported:
        at = datetime.fromisoformat(rows[e["id"]]["event_date"])  # in the case's zone
        assert e["event_date"] == at.strftime("%Y-%m-%d %H:%M:%S") and e["zone"] == "WIB"
        page = analis.get(f"/cases/{e['id']}").text
        shown = re.search(r'id="event-date">([^<]+)<', page)
        assert shown and shown.group(1).endswith(f"{at:%H.%M} WIB") and f" {at.year}" in shown.group(1)
        assert e["state"] == rows[e["id"]]["state_label"]  # words, not the enum
    # the teacher's post of 12 September 20.15 WIB stays on the 12th everywhere
    teacher = sorted(e["event_date"] for e in exported if e["nip"] == TEACHER)
    assert teacher[0].startswith("2024-09-12 ")


def test_stages_decisions_and_moves_are_shown_in_the_pages_language(web: Any) -> None:
    """The procedure's codes reach people through the one label table, in Indonesian or English."""
    analis = _open_all(web)
    cid = analis.get("/api/v1/cases?per_page=1").json()["rows"][0]["id"]

    def shown(url: str) -> str:
        return " ".join(re.sub(r"<[^>]+>", " ", analis.get(url).text).split())

    page_id, page_en = shown(f"/cases/{cid}?lang=id"), shown(f"/cases/{cid}?lang=en")
    assert "Informasi awal" in page_id and "→ Temuan" in page_id and "→ Tidak ditindaklanjuti" not in page_id
    assert "Initial information" in page_en and "→ Finding" in page_en and "→ Report" in page_en
    assert "Informasi awal" not in page_en and "informasi_awal" not in page_id + page_en
    listed = shown("/cases?lang=en")
    assert "Initial information" in listed and "Informasi awal" not in listed
    pemeriksa = web("pemeriksa")
    page = " ".join(re.sub(r"<[^>]+>", " ", pemeriksa.get(f"/cases/{cid}?lang=en").text).split())
    assert "→ Not pursued" in page  # a move with a name of its own (informasi_awal → selesai)
    # the API keeps its codes and gives the Indonesian words beside them
    row = analis.get(f"/api/v1/cases?q={cid}").json()["rows"][0]
    assert (row["state"], row["state_label"]) == ("informasi_awal", "Informasi awal")


def test_huge_page_numbers_and_repeated_dismissals_answer_4xx(web: Any, scanned: Store) -> None:
    analis = web("analis")
    for url in (
        "/cases?page=" + "9" * 30,
        "/api/v1/cases?page=" + "9" * 30,
        "/inbox?page=1000001",
        "/cases?page=0",
    ):
        assert analis.get(url).status_code == 422, url
    fid = finding_ids_of(scanned, PALI_HEAD)[0]
    assert analis.post(f"/inbox/{fid}/dismiss", {"reason": "salah orang"}).status_code == 303
    again = analis.post(f"/inbox/{fid}/dismiss", {"reason": "salah orang"})
    assert again.status_code == 409 and "sudah dikesampingkan" in again.text
    assert analis.post("/inbox/f-tidak-ada/dismiss", {"reason": "x"}).status_code == 404


def _report(anon: Web, **more: Any) -> Any:
    form = anon.get("/lapor")
    data = {
        "csrf_token": csrf_of(form.text),
        "what": "Guru PPPK mengunggah ajakan memilih paslon di Facebook sekolah",
        "where": "Kota Lubuklinggau",
        "when": "5 Oktober 2024",
        **more,
    }
    return anon.client.post("/lapor", data=data, files=[("screenshots", ("b.png", tiny_png(), "image/png"))])


def test_a_public_report_is_judged_once_staff_name_the_terlapor_and_exports_like_any_case(
    web: Any, scanned: Store, app: FastAPI, clock: Any, tmp_path: Path
) -> None:
    clock.at = datetime.fromisoformat("2024-10-09T09:00:00+00:00")
    r = _report(web(None))
    code = re.search(r'id="tracking-code">(LP-[A-Z2-9]{8})<', r.text).group(1)  # type: ignore[union-attr]
    analis = web("analis")
    (row,) = analis.get(f"/api/v1/cases?q={code}").json()["rows"]  # found by its tracking code
    assert row["tracking_code"] == code
    assert (row["election_id"], row["election_type"]) == ("pilkada-2024", "pilkada")  # the server's election
    cid = row["id"]
    d = analis.get(f"/api/v1/cases/{cid}").json()
    assert d["due_basis"].startswith("temuan ditetapkan")
    # staff search the registry, set the terlapor and the incident date: the report is judged
    assert "Rina Marlina" in analis.get(f"/cases/{cid}?cari=rina").text
    loc = analis.ok(
        f"/cases/{cid}/subject", {"subject_kind": "asn", "nip": TEACHER, "event_date": "2024-10-05T10:00"}
    )
    assert "temuan%20ditambahkan" in loc
    d = analis.get(f"/api/v1/cases/{cid}").json()
    assert d["case"]["subject_name"].startswith("Rina Marlina") and d["case"]["nip"] == TEACHER
    assert d["case"]["event_date"] == "2024-10-05T10:00:00+07:00"
    assert [f["status"] for f in d["findings"]] == ["violation"] and d["case"]["violation_codes"]
    # the Pilkada clock: decided within 3 days of registration (UU 10/2016 Pasal 134)
    for who, to in (("analis", "laporan"), ("analis", "kajian_awal"), ("pemeriksa", "diregistrasi")):
        web(who).ok(f"/cases/{cid}/transition", {"to": to, "reason": f"langkah {to}"})
    assert "Pasal 134" in analis.get(f"/api/v1/cases/{cid}").json()["due_basis"]
    # similar open cases about the same person are suggested for linking
    page = analis.get(f"/cases/{cid}").text
    assert "Kasus serupa" not in page or "/link" in page
    # the evidence package exports and checks with the installation's public key
    z = analis.get(f"/cases/{cid}/evidence.zip")
    assert z.status_code == 200
    out = tmp_path / "p.zip"
    out.write_bytes(z.content)
    rep = check_package(out, trusted_key=load_or_create(scanned.data_dir).public_key())
    assert rep.ok, rep
    names = zipfile.ZipFile(out).namelist()
    assert any(n.endswith(".png") or "screenshot" in n for n in names) or len(names) > 5


def test_a_refused_report_keeps_what_the_citizen_typed(web: Any) -> None:
    anon = web(None)
    form = anon.get("/lapor")
    r = anon.client.post(
        "/lapor",
        data={
            "csrf_token": csrf_of(form.text),
            "what": "Camat mengajak warga memilih calon",
            "reporter_contact": "0812-1111-2222",
        },
        files=[("screenshots", ("x.png", b"MZ\x90", "image/png"))],
    )
    assert r.status_code == 400 and "hanya gambar PNG atau JPEG" in r.text
    assert "Camat mengajak warga memilih calon</textarea>" in r.text  # nothing thrown away
    assert 'value="0812-1111-2222"' in r.text


def test_the_unit_settings_are_an_admins_and_reach_the_letter(web: Any) -> None:
    assert web("pimpinan").get("/admin/unit").status_code == 403
    admin = web("admin")
    page = admin.get("/admin/unit")
    assert page.status_code == 200 and "Palembang" in page.text
    ambon = {
        "name": "Bawaslu Kota Ambon",
        "code": "K.MA-01",
        "city": "Ambon",
        "region": "Kota Ambon",
        "signatory_name": "Yohanes",
        "signatory_title": "Ketua Bawaslu Kota Ambon",
    }
    admin.ok("/admin/unit", ambon)
    assert "WIT" in admin.get("/admin/unit").text  # the unit's zone follows its region
    r = admin.post("/admin/unit", {"code": "ada spasi"})
    assert r.status_code == 400 and "kode unit" in r.text


def test_a_sample_cases_letter_and_dossier_read_as_signed(web: Any, clock: Any) -> None:
    """The letter of a sample case, approved at 15.30 UTC by a unit in Ambon (WIT): dated the next day
    in Ambon, the person and the provisions by their legal names (each law once), the commissioners'
    recommendation under "Rekomendasi", the signature block and the tembusan; the dossier of the same
    case: the post's own words with their source, checks in words, capture times, no missing glyph."""
    admin = web("admin")
    admin.ok(
        "/admin/unit",
        {"name": "Bawaslu Kota Ambon", "code": "K.MA-01", "city": "Ambon", "region": "Kota Ambon",
         "signatory_name": "Yohanes Latuconsina, S.H.", "signatory_title": "Ketua Bawaslu Kota Ambon",
         "signatory_nip": "", "copies": "Ketua Bawaslu Republik Indonesia\nArsip"},
    )  # fmt: skip
    analis = _open_all(web)
    (row,) = analis.get(f"/api/v1/cases?q={PALI_HEAD}").json()["rows"]
    cid = row["id"]
    clock.at = datetime.fromisoformat(
        "2024-09-09T15:30:00+00:00"
    )  # 22.30 WIB on the 9th, 00.30 WIT on the 10th
    forward_case(analis.client.app, cid)  # type: ignore[arg-type]
    letter = pdf_flat(web("pimpinan").get(f"/cases/{cid}/recommendation.pdf").content)
    assert "001/PM.00.02/K.MA-01/09/2024" in letter and "Ambon, 10 September 2024" in letter
    assert "Jakarta" not in letter and "9 September 2024" not in letter
    assert "Sdr. Drs. Andi Pratama, M.Si., NIP " + PALI_HEAD in letter
    # provisions by their legal names, never the application's codes; each law once in Dasar hukum
    assert "Lampiran II angka 8" in letter and "Pasal 5 huruf n angka 6 PP 94/2021" in letter
    assert not re.search(r"\b(SKB-D\d+|PP94-N\d+|UU10-\d+)", letter)
    assert letter.count("Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil") == 1
    facts, rest = letter.split("Uraian singkat kejadian:", 1)[1].split("Kesimpulan:", 1)
    recommendation = "Merekomendasikan sanksi disiplin kepada PPK."
    assert recommendation not in facts and "Tolong rekan2 wartawan liput" in facts
    assert rest.split("Rekomendasi:", 1)[1].strip().startswith(recommendation)
    assert "Ketua Bawaslu Kota Ambon, Yohanes Latuconsina, S.H." in letter
    assert "Tembusan: 1. Ketua Bawaslu Republik Indonesia 2. Arsip" in letter
    assert "00.30 WIT" in letter  # the four-eyes note in the unit's zone
    # signed: new settings of the unit do not change the approved letter (a draft would show them)
    admin.ok(
        "/admin/unit",
        {"name": "Bawaslu Kota Ambon", "code": "K.MA-01", "city": "Jakarta", "region": "Kota Ambon",
         "signatory_name": "Orang Lain, S.H.", "signatory_title": "Plh. Ketua",
         "signatory_nip": "", "copies": "Arsip"},
    )  # fmt: skip
    again = pdf_flat(web("pimpinan").get(f"/cases/{cid}/recommendation.pdf").content)
    assert again == letter
    dossier = pdf_flat(analis.get(f"/cases/{cid}/dossier.pdf").content)
    assert "Kutipan unggahan: “Tolong rekan2 wartawan liput" in dossier
    assert dossier.count("Tolong rekan2 wartawan liput") == 1  # quoted once, with its source
    assert "Sumber: WhatsApp Chat with Wartawan PALI.txt, line 3" in dossier
    assert "24 April 2024 08.30 WIB" in dossier and "✓ terpenuhi" in dossier
    assert "[CHECK MARK]" not in dossier and "[RIGHTWARDS ARROW]" not in dossier
    assert "actor_is_asn" not in dossier  # checks in words, not predicate ids
    # each element check once: in the table, not again among the bullets
    assert "Unsur yang diperiksa" in dossier and "Unsur: [ya]" not in dossier
    assert dossier.count("Pelaku adalah ASN ✓ terpenuhi") == 1
    page = analis.get(f"/cases/{cid}").text
    assert "Unsur: [ya]" not in page and page.count('<td data-label="Unsur">Pelaku adalah ASN</td>') == 1
    captured = dossier.split("Barang bukti", 1)[1]
    assert re.search(r"rekaman aktivitas \d{1,2} \w+ \d{4} \d\d\.\d\d WIB", captured), captured[:400]


def test_similar_open_cases_are_suggested_for_linking(web: Any, clock: Any) -> None:
    """A citizen's report about the teacher, dated near her scanned case, points to that case."""
    analis = _open_all(web)
    at = datetime.fromisoformat("2024-09-14T10:00:00+07:00")
    # her open cases within three merge windows (9 days) of the reported act, and only those
    rows = analis.get(f"/api/v1/cases?q={TEACHER}").json()["rows"]
    theirs = {r["id"] for r in rows if abs(datetime.fromisoformat(r["event_date"]) - at).days < 9}
    assert theirs and len(rows) > len(theirs)
    clock.at = datetime.fromisoformat("2024-09-20T09:00:00+00:00")
    code = re.search(r'id="tracking-code">(LP-[A-Z2-9]{8})<', _report(web(None)).text).group(1)  # type: ignore[union-attr]
    (row,) = analis.get(f"/api/v1/cases?q={code}").json()["rows"]
    cid = row["id"]
    assert "Kasus serupa" not in analis.get(f"/cases/{cid}").text  # nobody named yet: nothing alike
    analis.ok(
        f"/cases/{cid}/subject", {"subject_kind": "asn", "nip": TEACHER, "event_date": f"{at:%Y-%m-%dT%H:%M}"}
    )
    page = analis.get(f"/cases/{cid}").text
    similar = page.split("Kasus serupa yang masih terbuka", 1)[1].split("</section>", 1)[0]
    assert set(re.findall(r'href="/cases/(JN-\d{4}-\d{6})"', similar)) == theirs
    assert similar.count('action="/cases/' + cid + '/link"') == len(theirs)  # each with its link button
    other = sorted(theirs)[0]
    analis.ok(f"/cases/{cid}/link", {"other": other, "reason": "perbuatan yang sama"})
    assert other in analis.get(f"/cases/{cid}").text.split("Tautan dan penggabungan", 1)[1]


def test_the_self_check_refuses_empty_text_and_helps_who_was_tagged(web: Any) -> None:
    anon = web(None)
    api = anon.client.post("/api/v1/selfcheck", json={"text": "  ", "on": "2024-10-01"})
    assert api.status_code == 400 and "teks kosong" in api.json()["detail"]
    campaign = "Ayo dukung Bang Rahmat jadi walikota Lubuklinggau! #RahmatLestariMenang"
    tagged = anon.client.post(
        "/api/v1/selfcheck", json={"text": campaign, "on": "2024-10-01", "mode": "tagged"}
    ).json()
    assert tagged["verdict"] == "peringatan" and "melanggar" not in tagged["headline"].split(":")[0].replace(
        "bukan pelanggaran", ""
    )
    assert any("untag" in a for a in tagged["advice"]) and any(
        "Keluar dari grup" in a for a in tagged["advice"]
    )
    acted = anon.client.post("/api/v1/selfcheck", json={"text": campaign, "on": "2024-10-01"}).json()
    assert acted["verdict"] == "melanggar"
    assert acted["candidates"] and all(
        "pilkada" not in c and "-" not in c.split(" ")[0] for c in acted["candidates"]
    )
    assert any("Rahmat" in c for c in acted["candidates"])  # by name, not by internal id
    other = anon.client.post(
        "/api/v1/selfcheck", json={"text": "Ayo coblos nomor 2 di Pilpres 2029", "on": "2024-10-01"}
    ).json()
    assert any("tidak dipantau" in n for n in other["notes"])
    # number 2 of an election the server does not watch is not the watched Pilkada's number 2:
    # neither "safe" nor a violation for someone else's candidates
    assert other["verdict"] == "perlu_ditelaah" and other["candidates"] == other["violation_codes"] == []
    assert "tidak dapat dinilai" in other["headline"]
    # the same words without the other election are judged against the watched one
    watched = anon.client.post("/api/v1/selfcheck", json={"text": "Ayo coblos nomor 2!", "on": "2024-10-01"})
    assert watched.json()["verdict"] == "melanggar" and watched.json()["candidates"]
    # named by name, the watched candidate is judged even next to an unknown election
    named = anon.client.post(
        "/api/v1/selfcheck", json={"text": campaign + " Pilpres 2029 nanti lain cerita", "on": "2024-10-01"}
    ).json()
    assert named["verdict"] == "melanggar" and any("Rahmat" in c for c in named["candidates"])
    # tagged in a post with no campaign in it: nothing to do, no campaign advice
    greeting = {"text": "Selamat ulang tahun bu guru", "on": "2024-10-01", "mode": "tagged"}
    birthday = anon.client.post("/api/v1/selfcheck", json=greeting).json()
    assert birthday["verdict"] == "aman" and birthday["advice"] == []


def test_upload_limits_refuse_a_bomb_a_huge_file_and_a_fake_type_keeping_what_was_typed(
    web: Any, scanned: Store
) -> None:
    """Issue 14.6: size, pixel count (from the header, before OCR decodes anything) and real content
    type; each refusal is the form again with the citizen's words in it, and nothing is stored."""
    from factories import bomb_png as bomb
    from webtools import table_counts

    anon = web(None)
    counts = table_counts(scanned)
    files_before = sorted(p.name for p in scanned.blobs.root.iterdir()) if scanned.blobs.root.is_dir() else []
    cases = [
        (("bom.png", bomb(), "image/png"), "30.000 × 30.000 piksel melebihi batas"),
        (("besar.png", tiny_png(2, 2) + b"\0" * (10 * 1024 * 1024), "image/png"), "lebih dari 10 MB"),
        (("foto.png", b"GIF89a\x01\x00\x01\x00", "image/png"), "hanya gambar PNG atau JPEG"),
    ]
    for upload, message in cases:
        form = anon.get("/lapor")
        r = anon.client.post(
            "/lapor",
            data={"csrf_token": csrf_of(form.text), "what": "Lurah membagikan kaos paslon 2 di kantor",
                  "where": "Kelurahan Talang Ubi", "reporter_name": "Warga Peduli"},
            files=[("screenshots", upload)],
        )  # fmt: skip
        assert r.status_code == 400, (upload[0], r.status_code)
        assert message in r.text, upload[0]
        assert "Lurah membagikan kaos paslon 2 di kantor</textarea>" in r.text
        assert 'value="Kelurahan Talang Ubi"' in r.text and 'value="Warga Peduli"' in r.text
    assert table_counts(scanned) == counts
    after = sorted(p.name for p in scanned.blobs.root.iterdir()) if scanned.blobs.root.is_dir() else []
    assert after == files_before
    # a procedure document that is an image: the same pixel limit (staff's browsers open it)
    analis = _open_all(web)
    cid = analis.get("/api/v1/cases?per_page=1").json()["rows"][0]["id"]
    token = {"Authorization": "Bearer " + _token(scanned, "analis")}
    r = analis.client.post(
        f"/api/v1/cases/{cid}/documents",
        headers=token,
        data={"kind": "berita_acara"},
        files={"file": ("ba.png", bomb(), "image/png")},
    )
    assert r.status_code == 400 and "melebihi batas" in r.json()["detail"], r.text[:300]


def _token(store: Store, username: str) -> str:
    from jaganetral.cases.access import create_api_token, get_user

    user = get_user(store.engine, username)
    assert user is not None
    return create_api_token(store.engine, user, "uji")
