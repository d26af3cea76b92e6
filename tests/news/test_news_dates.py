"""Indonesian date forms parse back to the date they were written from."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jaganetral.news.dates import DateParser
from jaganetral.news.lexicon import load_news_lexicon

PARSER = DateParser(load_news_lexicon())
MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2069, 12, 31))

FORMS = [
    lambda d: f"{DAYS[d.weekday()]} {d.day:02d} {MONTHS[d.month - 1]} {d.year}",
    lambda d: f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1].lower()} {d.year}",
    lambda d: f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
    lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    lambda d: f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
    lambda d: f"{DAYS[d.weekday()]} ({d.day}/{d.month}/{d.year})",
    lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}",
    lambda d: d.isoformat(),
]


@settings(max_examples=150, deadline=None)
@given(d=dates, form=st.sampled_from(FORMS))
def test_every_supported_form_parses_back_to_its_date(d: date, form) -> None:  # type: ignore[no-untyped-def]
    text = f"Kejadian itu terjadi pada {form(d)} di kantor dinas."
    found = PARSER.find(text)
    assert [m.value for m in found] == [d]


@settings(max_examples=150, deadline=None)
@given(d=dates, lag=st.integers(min_value=0, max_value=330))
def test_a_day_without_year_takes_the_latest_year_not_after_publication(d: date, lag: int) -> None:
    published = d + timedelta(days=lag)
    text = f"ujar Budi, {DAYS[d.weekday()]} ({d.day}/{d.month})."
    assert [m.value for m in PARSER.find(text, reference=published)] == [d]


@settings(max_examples=100, deadline=None)
@given(d=st.dates(min_value=date(2015, 1, 1), max_value=date(2029, 12, 31)))
def test_day_name_picks_the_year_near_the_context(d: date) -> None:
    # Without a publication date, the day name chooses among the context year and its neighbours.
    text = f"kata dia, {DAYS[d.weekday()]} ({d.day}/{d.month})."
    (m,) = PARSER.find(text, context_years=[d.year])
    assert m.value == d
    assert m.year_given is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("diposting pada Minggu 08 September 2024 pukul 10.00", date(2024, 9, 8)),
        ("minggu 08 september 2024.", date(2024, 9, 8)),
        ("dalam group pada hari Rabu 24/04/2024 ia menulis", date(2024, 4, 24)),
        ("Wakil Bupati, 24/04/24.", date(2024, 4, 24)),
        ("Kamis, (11/01/2024)", date(2024, 1, 11)),
        ("Senin(18/3/2019)", date(2019, 3, 18)),
        ("Jumat 26 January 2024 pukul 19.33", date(2024, 1, 26)),
    ],
)
def test_forms_seen_in_news(text: str, expected: date) -> None:
    assert [m.value for m in PARSER.find(text)] == [expected]


def test_numbers_that_are_not_dates_are_ignored() -> None:
    assert PARSER.find("skor 3/10 dan 2023-2024, pukul 13:00 WIB, Rp 1.500.000") == []


def test_plans_are_marked_as_future() -> None:
    (m,) = PARSER.find("Sanksi ditentukan besok, Jumat (17/11/2023).")
    assert m.future
    (m2,) = PARSER.find("Ia mengunggah foto itu pada Kamis (16/11/2023).")
    assert not m2.future


def test_weekday_resolves_the_year_of_rabu_28_2() -> None:
    # 28 February was a Wednesday (Rabu) in 2024 but not in 2023 or 2025.
    (m,) = PARSER.find("ujarnya, Rabu (28/2).", context_years=[2025])
    assert m.value == date(2024, 2, 28)
