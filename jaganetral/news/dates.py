"""Indonesian dates in news text: "Minggu 08 September 2024", "Rabu (28/2)", "24/04/2024", "24/04/24".

A date without a year takes it from the article: the published date (the latest such day not after
it) or, failing that, the years the article talks about; a day name ("Rabu") picks among nearby years
when it can. Dates near a future marker ("besok", "mendatang") are flagged: they are plans, not events.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from jaganetral.news.lexicon import NewsLexicon


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in a text; ``start``/``end`` index the text; ``future`` when it is a plan."""

    value: date
    start: int
    end: int
    text: str
    year_given: bool
    future: bool = False


def _year(raw: str) -> int:
    y = int(raw)
    if len(raw) == 2:
        return 2000 + y if y < 70 else 1900 + y
    return y


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
        # 24/04/2024, 24/04/24, 08-09-2024, (28/2) and Rabu (28/2): a bare d/m needs brackets or a day.
        self._num = re.compile(
            rf"(?<![\w/.-]){day_name}(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}})"
            rf"(?:(?P=sep)(?P<y>\d{{4}}|\d{{2}}))?(?P<close>\))?(?![\w/]|[.-]\d)",
            re.IGNORECASE,
        )
        self._iso = re.compile(r"(?<![\w/-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w/-]|\.\d)")

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


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None
