"""The incident's date: the day the conduct happened, not the day it was reported.

Dates in the body are found by :class:`~jaganetral.news.dates.DateParser` (years completed from the
publication stamp or the article's years); plans and references ("besok", "mendatang") and days after
publication are ignored.
"""

from __future__ import annotations

from datetime import date, timedelta

from jaganetral.news.dates import DateMention, DateParser
from jaganetral.news.document import Document


class IncidentDateExtractor:
    """Document → the incident date (or None) with reasons."""

    def __init__(self, dates: DateParser) -> None:
        self.dates = dates

    def extract(self, doc: Document) -> tuple[date | None, list[str]]:
        ref = doc.reference
        mentions = self.dates.find(doc.body, reference=ref, context_years=doc.context_years)
        limit = (ref + timedelta(days=1)) if ref else None
        usable: list[DateMention] = [
            m for m in mentions if not m.future and (limit is None or m.value <= limit)
        ]
        if usable:
            return usable[0].value, [f"date: '{usable[0].text}'"]
        if doc.published is not None and doc.published.day is not None:
            return doc.published.day, ["date: the publication date (no date in the text)"]
        return None, []
