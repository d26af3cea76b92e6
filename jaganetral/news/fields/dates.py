"""The incident's date: the day the conduct happened, not the day it was reported or talked about.

Dates are read sentence by sentence (:class:`~jaganetral.news.dates.DateParser`; a year left out is
completed from the publication stamp or the article's years) in the sentences that report rather than
state a rule. A date is not the incident's when it is

* a plan or a deadline ("besok", "mendatang", "paling lambat"),
* after the article was published,
* the publication stamp printed in the text ("Rabu, 20 November 2024 – 21:09 WIB"), or
* the day something was *said* ("kata Ketua Bawaslu, Kamis (17/10)", "saat dikonfirmasi, Senin").

Of the dates left, the earliest is the incident's: a case is done before it is reported, summoned,
clarified and decided, and news tells those later steps with their own (later) dates. With none left,
the article does not give the incident's date and none is given (the publication date is not it).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from jaganetral.news.dates import DateMention, DateParser
from jaganetral.news.document import Document
from jaganetral.news.lexicon import NewsLexicon

# A printed stamp: a short line with a time and a zone ("Kompas.com - 16/01/2024, 17:59 WIB").
_STAMP_LINE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT|UTC|GMT)\b")


class IncidentDateExtractor:
    """Document → the incident date (or None) with reasons."""

    def __init__(self, dates: DateParser, lex: NewsLexicon) -> None:
        self.dates = dates
        self.statement = lex.statement_markers

    def candidates(self, doc: Document) -> list[tuple[DateMention, str]]:
        """Every date of the reporting sentences with what it is: ``incident``, ``statement``, ``stamp``,
        ``plan`` or ``later``."""
        ref = doc.reference
        limit = (ref + timedelta(days=1)) if ref else None
        out: list[tuple[DateMention, str]] = []
        for s in doc.body_sentences:
            if s.normative:
                continue
            for m in self.dates.find(s.text, reference=ref, context_years=doc.context_years):
                if m.future:
                    kind = "plan"
                elif limit is not None and m.value > limit:
                    kind = "later"
                elif len(s.text.split()) <= 12 and _STAMP_LINE.search(s.text):
                    kind = "stamp"
                elif self._said(s.text, m):
                    kind = "statement"
                else:
                    kind = "incident"
                out.append((m, kind))
        return out

    def _said(self, text: str, m: DateMention) -> bool:
        before = text[max(0, m.start - 60) : m.start]
        clause = re.split(r"[.;!?]", before)[-1]
        return bool(self.statement.search(clause))

    def extract(self, doc: Document) -> tuple[date | None, list[str]]:
        found = [m for m, kind in self.candidates(doc) if kind == "incident"]
        if not found:
            return None, ["date: the article gives no date of the incident itself"]
        first = min(found, key=lambda m: m.value)
        return first.value, [f"date: '{first.text}' (the earliest date of something done, not said)"]
