"""Articles about one incident by several outlets share an event_id; copies keep duplicate_of too."""

from __future__ import annotations

from datetime import date

from jaganetral.news.articles import Article
from jaganetral.news.dates import Stamp
from jaganetral.news.extract import NewsExtractor, NewsRun

EX = NewsExtractor.build()

OUTLET_A = (
    "Camat Kubu Dilaporkan ke Bawaslu",
    "AMLAPURA - Camat Kubu I Gede Wira Santosa dilaporkan ke Bawaslu Kabupaten Karangasem, Sabtu "
    "(12/10/2024). Ia diduga membagikan jadwal kampanye paslon nomor urut 2 di grup WhatsApp. Ketua "
    "Bawaslu Karangasem, Made Suarjana, membenarkan laporan itu.",
)
OUTLET_B = (
    "Bawaslu Karangasem Teruskan Kasus Camat ke BKN",
    "KARANGASEM - Bawaslu Karangasem menyatakan Camat Kubu terbukti tidak netral karena menyebarkan jadwal "
    "kampanye pasangan calon di WA grup. Menurut Made Suarjana, kasus Wira Santosa diteruskan ke BKN, Kamis "
    "(17/10/2024).",
)
ELSEWHERE = (
    "Camat di Lahat Dilaporkan ke Bawaslu",
    "LAHAT - Seorang camat di Kabupaten Lahat, Rudi Hartawan, diduga meminta kepala desa mendukung paslon "
    "bupati melalui grup WhatsApp, Selasa (8/10/2024).",
)


def article(aid: str, title: str, text: str, day: date) -> Article:
    return Article(id=aid, text=text, title=title, published=Stamp(day, "day"))


def test_two_outlets_of_one_case_are_one_event_and_another_case_is_not() -> None:
    run = NewsRun(EX)
    run.process(article("a", *OUTLET_A, date(2024, 10, 13)))
    run.process(article("b", *OUTLET_B, date(2024, 10, 18)))
    run.process(article("c", *ELSEWHERE, date(2024, 10, 9)))
    a, b, c = run.finish()
    assert a.event_id == b.event_id == "ev-a"
    assert c.event_id == "ev-c"
    assert a.duplicate_of is None and b.duplicate_of is None  # different words: not copies
    assert any(e.startswith("same event as a:") for e in b.evidence)


def test_a_copy_is_a_duplicate_and_in_its_original_event() -> None:
    run = NewsRun(EX)
    run.process(article("a", *OUTLET_A, date(2024, 10, 13)))
    run.process(article("copy", OUTLET_A[0], "Sumber: media lain\n" + OUTLET_A[1], date(2024, 10, 13)))
    a, copy = run.finish()
    assert copy.duplicate_of == "a" and copy.event_id == a.event_id


def test_event_ids_do_not_depend_on_anything_but_the_input() -> None:
    def ids() -> list[str | None]:
        run = NewsRun(EX)
        for aid, (t, x) in (("a", OUTLET_A), ("b", OUTLET_B), ("c", ELSEWHERE)):
            run.process(article(aid, t, x, date(2024, 10, 13)))
        return [r.event_id for r in run.finish()]

    assert ids() == ids()
