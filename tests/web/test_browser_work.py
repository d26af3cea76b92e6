"""Working the case in a real browser (Debian's Chromium via Playwright, the app under uvicorn on
loopback): the evidence viewer shows a citizen's screenshot and a record as the post it was; an
assignment reaches the assignee as a notification; bulk dismissal with select-all, then undo; a
pemda's inspektorat sees its OPD's forwarded case and nothing else; lockout; the TOTP login."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from test_browser import CHROMIUM, CHROMIUM_ARGS, Served, _login, _page, _skip
from webtools import PALI_HEAD, PASSWORD, TEACHER, forward_case, make_app, tiny_png, totp_code

from jaganetral.store.repository import Store

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        _skip(f"{CHROMIUM} not found (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _skip("the playwright package is not installed (pip install -e '.[dev]')")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


#: the tests that also run on PostgreSQL (the rest is the same page code over the same queries)
BOTH = ("test_a_pemda_inspektorat_sees_its_opds_forwarded_case_and_nothing_else",)


@pytest.fixture
def served(scanned: Store, team: dict[str, Any], request: pytest.FixtureRequest) -> Iterator[Served]:
    if scanned.engine.dialect.name != "sqlite" and request.node.originalname not in BOTH:
        pytest.skip("this browser test runs on SQLite (the PostgreSQL one: the agency's view)")
    s = Served(make_app(scanned))
    s.app.state.cases.open_from_findings(team["analis"])
    yield s
    s.stop()


def _case_id(served: Served, nip: str) -> str:
    from jaganetral.cases.access import get_user
    from jaganetral.cases.service import CaseFilter

    admin = get_user(served.app.state.engine, "admin")
    assert admin is not None
    return next(
        r["id"]
        for r in served.app.state.cases.list_cases(admin, CaseFilter(per_page=200)).rows
        if r["nip"] == nip
    )


def test_the_evidence_viewer_shows_a_screenshot_and_a_record_as_the_post(
    browser: Any, served: Served
) -> None:
    citizen = _page(browser, served)
    citizen.goto(served.base + "/lapor")
    citizen.get_by_label("Apa yang terjadi?").fill("Guru PPPK mengajak memilih paslon nomor 2 di Facebook")
    citizen.get_by_label("Tangkapan layar (PNG/JPEG, maks. 5 berkas, 10 MB)").set_input_files(
        [{"name": "bukti.png", "mimeType": "image/png", "buffer": tiny_png(40, 20)}]
    )
    citizen.get_by_role("button", name="Kirim laporan").click()
    code = citizen.locator("#tracking-code").inner_text()
    citizen.context.close()
    staff = _page(browser, served)
    _login(staff, "analis", "/cases")
    staff.goto(f"{served.base}/cases?q={code}")
    staff.locator("#case-rows tbody a").first.click()
    staff.wait_for_load_state()
    shot = staff.locator("section.evidence article.item img").first
    shot.scroll_into_view_if_needed()
    staff.wait_for_function("(img) => img.complete && img.naturalWidth > 0", arg=shot.element_handle())
    assert staff.evaluate("(img) => img.naturalWidth", shot.element_handle()) == 40
    assert "lampiran laporan masyarakat" in staff.locator("section.evidence").inner_text()
    # a scanned finding's record, read as the post it was: author, platform, its words
    staff.goto(f"{served.base}/cases/{_case_id(served, PALI_HEAD)}")
    post = staff.locator("blockquote.post").first
    assert "whatsapp" in post.inner_text() and "di grup Wartawan PALI" in post.inner_text()
    assert "Tolong rekan2 wartawan" in post.locator(".text").inner_text()
    with staff.expect_download() as dl:
        staff.locator("section.evidence article.item").first.get_by_role("link", name="Unduh").click()
    assert dl.value.suggested_filename.startswith("bukti-")
    assert not staff.js_errors
    staff.context.close()


def test_an_assignment_reaches_the_assignee_as_a_notification(browser: Any, served: Served) -> None:
    cid = _case_id(served, PALI_HEAD)
    boss = _page(browser, served)
    _login(boss, "pemeriksa", f"/cases/{cid}")
    boss.locator("details.assign summary").click()
    boss.get_by_label("Petugas").select_option("analis")
    boss.get_by_label("Tim", exact=True).fill("Tim Siber")
    boss.get_by_role("button", name="Simpan penugasan").click()
    boss.wait_for_load_state()
    assert "analis" in boss.locator("#assignee").inner_text()
    boss.context.close()
    analis = _page(browser, served)
    _login(analis, "analis", "/")
    assert analis.locator("#notices .count").inner_text() == "1"
    analis.locator("#notices").click()
    analis.wait_for_url(served.base + "/notifications")
    analis.get_by_role("link", name=re.compile(f"menugaskan kasus {cid}")).click()
    analis.wait_for_url(f"{served.base}/cases/{cid}")
    analis.goto(served.base + "/cases?mine=1")
    assert re.findall(r"JN-\d{4}-\d{6}", analis.locator("#case-rows").inner_text()) == [cid]
    assert not analis.js_errors
    analis.context.close()


def test_bulk_dismissal_with_select_all_and_undo(browser: Any, served: Served) -> None:
    page = _page(browser, served)
    _login(page, "analis", "/inbox?status=alert")
    rows = page.locator("#bulk-form tbody tr").count()
    assert rows >= 2
    total = int(re.search(r"\((\d+)\)", page.locator("h1").inner_text()).group(1))  # type: ignore[union-attr]
    page.get_by_label("Pilih semua di halaman ini").check()
    assert page.locator("#selected-count").inner_text() == str(rows)
    page.get_by_label("Alasan mengesampingkan").fill("hanya ditandai orang lain")
    page.get_by_role("button", name="Kesampingkan terpilih").click()
    page.wait_for_url(re.compile(r"/inbox/dismissed\?ok="))
    assert f"{rows} temuan dikesampingkan" in page.get_by_role("status").inner_text()
    assert page.locator("#undo-form tbody tr").count() == rows
    page.get_by_role("button", name="Urungkan: kembalikan ke kotak masuk").click()  # the batch is ticked
    page.wait_for_url(re.compile(r"/inbox\?ok="))
    page.goto(served.base + "/inbox?status=alert")
    assert f"({total})" in page.locator("h1").inner_text()
    assert not page.js_errors
    page.context.close()


def test_a_pemda_inspektorat_sees_its_opds_forwarded_case_and_nothing_else(
    browser: Any, served: Served, scanned: Store
) -> None:
    from jaganetral.cases.access import add_user

    add_user(scanned.engine, "inspektorat-kab", "Inspektorat Kabupaten PALI", "instansi", PASSWORD,
             "Pemerintah Kabupaten Penukal Abab Lematang Ilir")  # fmt: skip
    mine, theirs = _case_id(served, PALI_HEAD), _case_id(served, TEACHER)
    page = _page(browser, served)
    _login(page, "inspektorat-kab", "/cases")
    assert re.findall(r"JN-\d{4}-\d{6}", page.locator("#case-rows").inner_text()) == []  # not forwarded yet
    forward_case(served.app, mine)
    forward_case(served.app, theirs)
    page.goto(served.base + "/cases")
    assert re.findall(r"JN-\d{4}-\d{6}", page.locator("#case-rows").inner_text()) == [mine]
    page.goto(f"{served.base}/cases/{mine}")
    assert page.locator("#case-state").inner_text() == "Diteruskan"
    timeline = page.locator("#timeline").inner_text()
    assert "Diteruskan" in timeline and "Kajian awal →" not in timeline  # only what is meant for them
    r = page.goto(f"{served.base}/cases/{theirs}")
    assert r is not None and r.status == 404
    assert TEACHER not in page.content()
    page.context.close()


def test_a_locked_out_user_and_the_totp_login(browser: Any, served: Served) -> None:
    page = _page(browser, served)
    page.goto(served.base + "/login")
    for i in range(5):
        page.get_by_label("Nama pengguna").fill("analis")
        page.get_by_label("Kata sandi").fill(f"salah-sandi-{i}")
        page.get_by_role("button", name="Masuk").click()
        page.wait_for_load_state()
    page.get_by_label("Nama pengguna").fill("analis")
    page.get_by_label("Kata sandi").fill(PASSWORD)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_load_state()
    assert "Terlalu banyak percobaan gagal" in page.get_by_role("alert").inner_text()
    assert "/login" in page.url
    # a pimpinan: the password alone is not enough; with the authenticator's code it is
    page.get_by_label("Nama pengguna").fill("pimpinan")
    page.get_by_label("Kata sandi").fill(PASSWORD)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_load_state()
    assert "Masukkan kode 6 angka" in page.get_by_role("alert").inner_text()
    page.get_by_label("Kata sandi").fill(PASSWORD)
    page.get_by_label("Kode autentikator").fill(totp_code("pimpinan"))
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url(served.base + "/")
    assert "Pimpinan" in page.locator(".who").inner_text()
    assert not page.js_errors
    page.context.close()


def test_pages_fit_a_phone_and_the_case_page_prints_without_its_controls(
    browser: Any, served: Served
) -> None:
    """Issue 15.9: at 390 px nothing is wider than the screen; on paper the case page keeps its
    facts, findings, evidence and history and drops the navigation, forms and buttons."""
    cid = _case_id(served, PALI_HEAD)
    phone = _page(browser, served)
    phone.set_viewport_size({"width": 390, "height": 844})
    _login(phone, "analis", "/")
    for url in ("/", "/inbox", "/cases", f"/cases/{cid}", "/notifications", "/inbox/dismissed"):
        phone.goto(served.base + url)
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{url} is {width} px wide on a 390 px phone"
    assert not phone.js_errors
    phone.context.close()
    paper = _page(browser, served)
    _login(paper, "analis", f"/cases/{cid}")
    paper.emulate_media(media="print")
    shown = paper.evaluate(
        """() => Object.fromEntries([
            ["nav", "header.top"], ["forms", "main form"], ["buttons", "main button"],
            ["findings", "article.finding"], ["evidence", "section.evidence article.item"],
            ["history", "#timeline"],
        ].map(([k, sel]) => [k, [...document.querySelectorAll(sel)]
            .filter(e => getComputedStyle(e).display !== "none").length]))"""
    )
    assert shown["nav"] == shown["forms"] == shown["buttons"] == 0, shown
    assert shown["findings"] >= 1 and shown["evidence"] >= 1 and shown["history"] == 1, shown
    pdf = paper.pdf(format="A4")  # Chromium lays the page out on paper
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    paper.context.close()
