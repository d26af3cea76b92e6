"""Indonesian date forms parse back to the date they were written from."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jaganetral.model import clock
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


# ---- publication stamps ----------------------------------------------------------------------------

ZONES = {"WIB": 7, "WITA": 8, "WIT": 9, "UTC": 0}
times = st.tuples(st.integers(0, 23), st.integers(0, 59))
STAMP_FORMS = [
    # (render, has a moment)
    (
        lambda d, t, z: (
            f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year} {t[0]:02d}:{t[1]:02d} {z}"
        ),
        True,
    ),
    (
        lambda d, t, z: (
            f"{DAYS[d.weekday()].upper()}, {d.day:02d} {MONTHS[d.month - 1].upper()} {d.year} | "
            f"{t[0]:02d}:{t[1]:02d} {z}"
        ),
        True,
    ),  # fmt: skip
    (lambda d, t, z: f"Kompas.com - {d.day:02d}/{d.month:02d}/{d.year}, {t[0]:02d}:{t[1]:02d} {z}", True),
    (lambda d, t, z: f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}, {t[0]:02d}.{t[1]:02d} {z}", True),
    (lambda d, t, z: f"{d.day:02d}/{d.month:02d}/{d.year}", False),
    (lambda d, t, z: f"{d.day:02d}-{d.month:02d}-{d.year}", False),
    (lambda d, t, z: f"{DAYS[d.weekday()]} {d.day:02d} {MONTHS[d.month - 1]} {d.year}", False),
    (lambda d, t, z: d.isoformat(), False),
]


@settings(max_examples=200, deadline=None)
@given(d=dates, t=times, z=st.sampled_from(sorted(ZONES)), form=st.sampled_from(STAMP_FORMS))
def test_every_printed_stamp_reads_back_to_its_day_and_moment(d: date, t, z: str, form) -> None:  # type: ignore[no-untyped-def]
    render, has_moment = form
    st_ = PARSER.stamp(render(d, t, z))
    assert st_ is not None and st_.precision == "day" and st_.day == d
    if has_moment:
        assert st_.moment is not None
        assert st_.moment.utcoffset() == timedelta(hours=ZONES[z])
        assert (st_.moment.hour, st_.moment.minute) == t


@settings(max_examples=150, deadline=None)
@given(d=dates, t=times, offset=st.sampled_from(["+07:00", "+08:00", "+09:00", "Z", "+0700"]))
def test_iso_stamps_at_every_precision(d: date, t, offset: str) -> None:  # type: ignore[no-untyped-def]
    year = PARSER.stamp(f"{d.year:04d}")
    month = PARSER.stamp(f"{d.year:04d}-{d.month:02d}")
    day = PARSER.stamp(d.isoformat())
    moment = PARSER.stamp(f"{d.isoformat()}T{t[0]:02d}:{t[1]:02d}:00{offset}")
    assert year is not None and year.precision == "year" and year.iso() == f"{d.year:04d}"
    assert month is not None and month.precision == "month" and month.first <= d <= month.last
    assert month.iso() == f"{d.year:04d}-{d.month:02d}" and month.day is None
    assert day is not None and day.day == d
    assert moment is not None and moment.day == d and moment.moment is not None
    assert moment.moment.utcoffset() is not None


@settings(max_examples=150, deadline=None)
@given(
    crawled=st.datetimes(min_value=datetime(2015, 1, 1), max_value=datetime(2030, 12, 31)),
    n=st.integers(1, 23),
    unit=st.sampled_from(["jam", "menit", "hari"]),
)
def test_relative_stamps_count_back_from_the_crawl(crawled: datetime, n: int, unit: str) -> None:
    aware = crawled.replace(tzinfo=clock.WIB.tz)
    got = PARSER.stamp(f"{n} {unit} yang lalu", crawled=aware)
    delta = {"jam": timedelta(hours=n), "menit": timedelta(minutes=n), "hari": timedelta(days=n)}[unit]
    assert got is not None and got.precision == "day"
    assert got.day == clock.calendar_date(aware - delta)
    assert PARSER.stamp(f"{n} {unit} lalu") is None  # without a crawl time a relative stamp means nothing


@pytest.mark.parametrize(
    ("text", "day", "precision"),
    [
        ("Jumat 26 Jan 2024 19:00 WIB", date(2024, 1, 26), "day"),
        ("Kamis, 10 Januari 2019 - 17:46 WIB", date(2019, 1, 10), "day"),
        ("Rabu, 20 November 2024 \u2013 21:09 WIB", date(2024, 11, 20), "day"),
        ("Selasa, 06 October 2020 15:40 UTC", date(2020, 10, 6), "day"),
        ("Sun, 08 Sep 2024 10:15:00 +0700", date(2024, 9, 8), "day"),
        ("September 8, 2024", date(2024, 9, 8), "day"),
        ("Juni 2024", date(2024, 6, 1), "month"),
        ("kemarin", None, None),
    ],
)
def test_stamps_seen_on_indonesian_sites(text: str, day: date | None, precision: str | None) -> None:
    got = PARSER.stamp(text)
    if day is None:
        assert got is None  # "kemarin" needs the crawl time
    else:
        assert got is not None and got.first == day and got.precision == precision


def test_text_that_is_no_stamp_is_none() -> None:
    for text in ("", "pada suatu hari", "2024-13", "31/02/2024", "nomor 12/2024", "Rp 1.500.000"):
        assert PARSER.stamp(text) is None, text
