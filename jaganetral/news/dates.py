"""Indonesian dates: publication stamps as sites print them, and dates mentioned in the text.

Two readers share one lexicon of month and day names (``catalogue/news/dates.yaml``):

* :meth:`DateParser.stamp` reads a *publication stamp* — the ``published`` field of an article record or
  the line a page prints under its headline. Every form Indonesian sites use is accepted: ISO 8601 at any
  precision (``2024``, ``2024-06``, ``2024-06-08T10:15:00+07:00``), ``Senin, 8 September 2024 10:15 WIB``,
  ``Kompas.com - 13/11/2023, 16:34 WIB``, ``08/09/2024``, RFC 2822 from feeds, and relative forms
  (``2 jam lalu``, ``kemarin``) read against the crawl time. The precision is kept: ``2024-06`` is a
  month, not the first of June.
* :meth:`DateParser.find` finds dates in the article text: "Minggu 08 September 2024", "Rabu (28/2)",
  "24/04/2024", "24/04/24". A date without a year takes it from the article — the publication date (the
  latest such day not after it) or, failing that, the years the article talks about; a day name ("Rabu")
  picks among nearby years when it can. Dates near a future marker ("besok", "mendatang") are flagged:
  they are plans, not events.

Zones come from :mod:`jaganetral.model.clock` (WIB, WITA, WIT); "UTC"/"GMT" are UTC.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from typing import Literal

from jaganetral.model import clock
from jaganetral.news.lexicon import NewsLexicon

Precision = Literal["year", "month", "day"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in a text; ``start``/``end`` index the text; ``future`` when it is a plan."""

    value: date
    start: int
    end: int
    text: str
    year_given: bool
    future: bool = False


@dataclass(frozen=True, slots=True)
class Stamp:
    """A publication stamp as read: its first day, its precision and, when a time was printed, the moment.

    ``how`` names the form that was recognised (``iso``, ``long``, ``numeric``, ``rfc2822``, ``relative``)
    so a person can see why a date was taken.
    """

    first: date
    precision: Precision
    moment: datetime | None = None
    how: str = "iso"

    @property
    def day(self) -> date | None:
        """The day, when the stamp gives one (``None`` for a month or a year)."""
        return self.first if self.precision == "day" else None

    @property
    def last(self) -> date:
        """The last day the stamp can mean (the end of its month or year)."""
        if self.precision == "day":
            return self.first
        if self.precision == "month":
            return self.first.replace(day=calendar.monthrange(self.first.year, self.first.month)[1])
        return self.first.replace(month=12, day=31)

    def iso(self) -> str:
        """ISO 8601 at the stamp's own precision (``2024``, ``2024-06``, ``2024-06-08`` or a full moment)."""
        if self.moment is not None:
            return self.moment.isoformat()
        if self.precision == "year":
            return f"{self.first.year:04d}"
        if self.precision == "month":
            return f"{self.first.year:04d}-{self.first.month:02d}"
        return self.first.isoformat()


def _year(raw: str) -> int:
    y = int(raw)
    if len(raw) == 2:
        return 2000 + y if y < 70 else 1900 + y
    return y


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


_ISO = re.compile(
    r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?"
)
_BASIC = re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:T(?P<H>\d{2})(?P<M>\d{2})(?P<S>\d{2})?)?")
# "10:15", "10.15", "10:15:30"; a zone may follow ("WIB", "UTC", "+0700", "GMT+7").
_TIME = re.compile(
    r"(?<![\d.:])(?P<H>[01]?\d|2[0-3])[:.](?P<M>[0-5]\d)(?:[:.](?P<S>[0-5]\d))?(?![\d])"
    r"(?:\s*(?P<tz>WIB|WITA|WIT|UTC|GMT|Z)?\s*(?P<off>[+-]\d{1,2}(?::?\d{2})?)?)?",
    re.IGNORECASE,
)
_RELATIVE_UNITS = {
    "detik": timedelta(seconds=1),
    "second": timedelta(seconds=1),
    "menit": timedelta(minutes=1),
    "minute": timedelta(minutes=1),
    "min": timedelta(minutes=1),
    "jam": timedelta(hours=1),
    "hour": timedelta(hours=1),
    "hari": timedelta(days=1),
    "day": timedelta(days=1),
    "minggu": timedelta(weeks=1),
    "pekan": timedelta(weeks=1),
    "week": timedelta(weeks=1),
}
_NUMBER_WORDS = {"se": 1, "satu": 1, "a": 1, "an": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5}
_RELATIVE = re.compile(
    r"^(?P<n>\d+|se|satu|dua|tiga|empat|lima|an?)\s*-?\s*"
    r"(?P<unit>detik|menit|jam|hari|minggu|pekan|bulan|tahun|seconds?|minutes?|mins?|hours?|days?|weeks?"
    r"|months?|years?)\s+(?:yang\s+)?(?:lalu|silam|ago)$",
    re.IGNORECASE,
)
_RELATIVE_DAYS = {
    "baru saja": 0,
    "barusan": 0,
    "just now": 0,
    "hari ini": 0,
    "today": 0,
    "kemarin": 1,
    "kemaren": 1,
    "yesterday": 1,
    "kemarin lusa": 2,
}


def _zone(tz: str | None, off: str | None) -> tzinfo | None:
    """The zone of a printed time: WIB/WITA/WIT by the clock module, UTC, or a numeric offset."""
    if off:
        sign = -1 if off.startswith("-") else 1
        digits = off[1:].replace(":", "")
        hours = int(digits[:2] if len(digits) > 2 else digits)
        minutes = int(digits[2:4]) if len(digits) > 2 else 0
        base: tzinfo = timezone(sign * timedelta(hours=hours, minutes=minutes))
        return base
    if not tz:
        return None
    t = tz.upper()
    if t in clock.ZONES:
        return clock.ZONES[t].tz
    return UTC if t in ("UTC", "GMT", "Z") else None


class DateParser:
    """Finds dates in the forms Indonesian news uses. Built once from the lexicon."""

    def __init__(self, lex: NewsLexicon) -> None:
        self.months = lex.months
        self.weekdays = lex.weekdays
        self.future = lex.future_markers
        wd = "|".join(re.escape(w) for w in sorted(self.weekdays, key=len, reverse=True))
        mo = "|".join(re.escape(m) for m in sorted(self.months, key=len, reverse=True))
        day_name = rf"(?:(?P<wd>{wd})\s*,?\s*(?:tanggal\s+|tgl\.?\s+)?\(?\s*)?"
        # 8 September 2024 / Minggu, 08 September 2024 / 22 November (no year).
        self._long = re.compile(
            rf"(?<![\w/]){day_name}(?P<d>\d{{1,2}})\s+(?P<m>{mo})\.?(?:\s+|,\s*)?(?P<y>\d{{4}})?(?!\w)",
            re.IGNORECASE,
        )
        # September 8, 2024 (English order, some national sites and feeds).
        self._long_us = re.compile(
            rf"(?<![\w/])(?P<m>{mo})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})(?!\w)", re.IGNORECASE
        )
        # 24/04/2024, 24/04/24, 08-09-2024, (28/2) and Rabu (28/2): a bare d/m needs brackets or a day.
        self._num = re.compile(
            rf"(?<![\w/.-]){day_name}(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}})"
            rf"(?:(?P=sep)(?P<y>\d{{4}}|\d{{2}}))?(?P<close>\))?(?![\w/]|[.-]\d)",
            re.IGNORECASE,
        )
        self._iso = re.compile(r"(?<![\w/-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w/-]|\.\d)")
        self._month_year = re.compile(rf"^(?:(?:bulan)\s+)?(?P<m>{mo})\.?\s+(?P<y>\d{{4}})$", re.IGNORECASE)

    # ---- publication stamps ---------------------------------------------------------------------

    def stamp(self, value: str, *, crawled: datetime | None = None) -> Stamp | None:
        """Read a publication stamp in any form Indonesian sites print; None when it is not a date.

        Relative stamps ("2 jam lalu", "kemarin") need ``crawled`` (aware): without it they are not read.
        """
        s = " ".join(value.replace("\xa0", " ").split()).strip()
        if not s:
            return None
        return (
            self._stamp_iso(s)
            or self._stamp_relative(s, crawled)
            or self._stamp_rfc2822(s)
            or self._stamp_printed(s)
        )

    def _stamp_iso(self, s: str) -> Stamp | None:
        m = _ISO.fullmatch(s) or _BASIC.fullmatch(s)
        if m is None:
            return None
        y = int(m["y"])
        if not 1900 <= y <= 2100:
            return None
        if m["m"] is None:
            return Stamp(date(y, 1, 1), "year", None, "iso")
        mo = int(m["m"])
        if not 1 <= mo <= 12:
            return None
        if m["d"] is None:
            return Stamp(date(y, mo, 1), "month", None, "iso")
        d = _safe(y, mo, int(m["d"]))
        if d is None:
            return None
        if m["H"] is None:
            return Stamp(d, "day", None, "iso")
        tz_raw = m.groupdict().get("tz")
        zone: tzinfo | None = None
        if tz_raw:
            zone = UTC if tz_raw == "Z" else _zone(None, tz_raw)
        try:
            t = time(int(m["H"]), int(m["M"]), int(m["S"] or 0))
        except ValueError:
            return None
        moment = datetime.combine(d, t, tzinfo=zone) if zone is not None else None
        return Stamp(d, "day", moment, "iso")

    def _stamp_relative(self, s: str, crawled: datetime | None) -> Stamp | None:
        low = s.lower().rstrip(".")
        days = _RELATIVE_DAYS.get(low)
        m = _RELATIVE.match(low) if days is None else None
        if days is None and m is None:
            return None
        if crawled is None or crawled.tzinfo is None:
            return None
        if days is not None:
            day = clock.calendar_date(crawled) - timedelta(days=days)
            return Stamp(day, "day", None, "relative")
        assert m is not None
        raw_n = m["n"]
        n = int(raw_n) if raw_n.isdigit() else _NUMBER_WORDS[raw_n]
        unit = m["unit"].rstrip("s")
        if unit in ("bulan", "month"):
            y, mo = divmod(crawled.year * 12 + crawled.month - 1 - n, 12)
            return Stamp(date(y, mo + 1, 1), "month", None, "relative")
        if unit in ("tahun", "year"):
            return Stamp(date(crawled.year - n, 1, 1), "year", None, "relative")
        moment = crawled - n * _RELATIVE_UNITS[unit]
        if unit in ("detik", "second", "menit", "minute", "min", "jam", "hour"):
            local = moment.astimezone(clock.CALENDAR_ZONE.tz)
            return Stamp(local.date(), "day", local, "relative")
        return Stamp(clock.calendar_date(moment), "day", None, "relative")

    def _stamp_rfc2822(self, s: str) -> Stamp | None:
        # "Sun, 08 Sep 2024 10:15:00 +0700" (RSS pubDate) — English names only, by definition.
        m = re.fullmatch(
            r"(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*"
            r"([+-]\d{4}|GMT|UTC|Z|[A-Z]{3,4})",
            s,
        )
        if m is None:
            return None
        month = self.months.get(m[2].lower())
        if month is None:
            return None
        d = _safe(int(m[3]), month, int(m[1]))
        if d is None:
            return None
        zone = _zone(None, m[7]) if m[7][0] in "+-" else _zone(m[7], None)
        if zone is None:
            return None
        moment = datetime.combine(d, time(int(m[4]), int(m[5]), int(m[6] or 0)), tzinfo=zone)
        return Stamp(d, "day", moment, "rfc2822")

    def _stamp_printed(self, s: str) -> Stamp | None:
        """A stamp printed on a page: a date in words or digits, perhaps a day name, a time and a zone."""
        mm = self._month_year.match(s)
        if mm:
            return Stamp(date(int(mm["y"]), self.months[mm["m"].lower()], 1), "month", None, "long")
        found = None
        for how, rx in (("long", self._long), ("long", self._long_us), ("numeric", self._num)):
            for m in rx.finditer(s):
                if m["y"] is None:
                    continue
                month = self.months[m["m"].lower()] if how == "long" else int(m["m"])
                d = _safe(_year(m["y"]), month, int(m["d"]))
                if d is not None:
                    found = (how, d, m.end())
                    break
            if found:
                break
        if found is None:
            iso = self._iso.search(s)
            if iso is None:
                return None
            d0 = _safe(int(iso["y"]), int(iso["m"]), int(iso["d"]))
            if d0 is None:
                return None
            found = ("iso", d0, iso.end())
        how, d, end = found
        moment: datetime | None = None
        tm = _TIME.search(s, end)
        if tm is not None:
            zone = _zone(tm["tz"], tm["off"])
            if zone is not None:
                try:
                    t = time(int(tm["H"]), int(tm["M"]), int(tm["S"] or 0))
                except ValueError:
                    t = None
                if t is not None:
                    moment = datetime.combine(d, t, tzinfo=zone)
        return Stamp(d, "day", moment, how)

    # ---- dates in the text ----------------------------------------------------------------------

    def find(
        self, text: str, *, reference: date | None = None, context_years: Sequence[int] = ()
    ) -> list[DateMention]:
        """Every date in ``text`` in order; years completed from ``reference`` or ``context_years``."""
        found: list[DateMention] = []
        taken: list[tuple[int, int]] = []

        def free(s: int, e: int) -> bool:
            return all(e <= a or s >= b for a, b in taken)

        for m in self._iso.finditer(text):
            d = _safe(int(m["y"]), int(m["m"]), int(m["d"]))
            if d is not None:
                found.append(self._mention(text, m, d, True))
                taken.append(m.span())
        for m in self._long.finditer(text):
            if not free(*m.span()):
                continue
            month = self.months[m["m"].lower()]
            d = self._complete(int(m["d"]), month, m["y"], m["wd"], reference, context_years)
            if d is not None:
                found.append(self._mention(text, m, d, m["y"] is not None))
                taken.append(m.span())
        for m in self._num.finditer(text):
            if not free(*m.span()):
                continue
            if m["y"] is None:
                opened = text[max(0, m.start("d") - 1) : m.start("d")] == "("
                # "3/10" alone is a fraction or a score; "(3/10)" or "Selasa 3/10" is a date.
                if not ((opened and m["close"]) or m["wd"]):
                    continue
            elif m["sep"] == "." and m["y"] is not None and len(m["y"]) == 2:
                continue  # "1.5.24" is more likely a version or an amount than a date
            d = self._complete(int(m["d"]), int(m["m"]), m["y"], m["wd"], reference, context_years)
            if d is not None:
                found.append(self._mention(text, m, d, m["y"] is not None))
                taken.append(m.span())
        found.sort(key=lambda x: x.start)
        return found

    def _mention(self, text: str, m: re.Match[str], d: date, year_given: bool) -> DateMention:
        # A plan or reference ("besok, Jumat (17/11)", "14 Februari 2024 mendatang") is not an event.
        before = text[max(0, m.start() - 45) : m.start()]
        after = text[m.end() : m.end() + 20]
        clause_before = re.split(r"[.;!?\n]|,\s(?=[a-z])", before)[-1]
        future = bool(self.future.search(clause_before) or self.future.search(after.split(".")[0]))
        return DateMention(d, m.start(), m.end(), m.group(0).strip(), year_given, future)

    def _complete(
        self,
        day: int,
        month: int,
        year_raw: str | None,
        weekday_raw: str | None,
        reference: date | None,
        context_years: Sequence[int],
    ) -> date | None:
        weekday = self.weekdays.get(weekday_raw.lower()) if weekday_raw else None
        if year_raw is not None:
            return _safe(_year(year_raw), month, day)
        candidates: list[int] = []
        if reference is not None:
            # The most recent such day on or before the reference (allowing a day of time-zone slack).
            candidates = [reference.year, reference.year - 1]
            dates = [
                d for y in candidates if (d := _safe(y, month, day)) and d <= reference + timedelta(days=1)
            ]
            if weekday is not None:
                matching = [d for d in dates if d.isoweekday() == weekday]
                if matching:
                    return matching[0]
            return dates[0] if dates else None
        years = list(dict.fromkeys(context_years))
        if not years:
            return None
        if weekday is not None:
            # Prefer the context years in order, then their neighbours, whose calendar fits the day name.
            for y in [*years, *(y - 1 for y in years), *(y + 1 for y in years)]:
                d = _safe(y, month, day)
                if d is not None and d.isoweekday() == weekday:
                    return d
        return _safe(years[0], month, day)
