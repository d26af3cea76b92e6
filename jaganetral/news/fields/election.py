"""Election: which election an article concerns.

"Pilkada 2024", "Pemilu 2019", "capres", "calon bupati"… (``catalogue/news/elections.yaml``; the title
counts ``title_factor`` times); a presidential ticket names its election ("Prabowo-Gibran"); a kind
without a year takes the election of that kind whose voting day the article names ("Pilkada 27 November")
or the next one after the incident or publication date, else after the years the article mentions. Label
ids are ``pemilu2024``, ``pilkada2024``, ``pilkada2020``; any other is ``other`` with ``election_detail``
(e.g. ``pemilu2019``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from jaganetral.model import clock
from jaganetral.news.document import Document
from jaganetral.news.lexicon import NewsLexicon

Mention = tuple[str, int | None, float]


@dataclass(frozen=True, slots=True)
class ElectionResult:
    election: str | None
    detail: str | None
    reasons: tuple[str, ...] = ()


class ElectionExtractor:
    """Document (and the incident date) → election id."""

    def __init__(self, lex: NewsLexicon) -> None:
        self.lex = lex

    def mentions(self, doc: Document) -> list[Mention]:
        out: list[Mention] = []
        title = "\n".join(s.low for s in doc.sentences if s.title)
        body = "\n".join(s.low for s in doc.sentences if not s.title)
        for text, w in ((title, self.lex.title_factor), (body, 1.0)):
            if not text:
                continue
            for rx, kind in self.lex.election_mentions:
                for m in rx.finditer(text):
                    after = text[m.end() : m.end() + 22]
                    y = re.match(r"[ \t]*(?:serentak\s+)?(?:tahun\s+)?(?:\w+\s+)?((?:19|20)\d{2})\b", after)
                    year = int(y.group(1)) if y else None
                    if year is not None and year not in self.lex.election_years[kind]:
                        year = None
                    out.append((kind, year, w * (2.0 if year else 1.0)))
        return out

    def extract(self, doc: Document, when: date | None = None) -> ElectionResult:
        """The election of the article; ``when`` (the incident date) before the publication date."""
        mentions = self.mentions(doc)
        text = doc.text
        for rx, eid in self.lex.tickets:
            m = rx.search(text)
            if m is not None:
                return self._result(eid, f"election {eid}: the ticket '{m.group(0)}'")
        kinds = {k for k, _, _ in mentions}
        for kind in sorted(kinds):
            for year, voting in self.lex.election_years.get(kind, {}).items():
                day = rf"\b{voting.day}\s+{clock.MONTHS[voting.month - 1]}\b"
                if re.search(day, text, re.IGNORECASE) and not any(
                    y for k, y, _ in mentions if k == kind and y
                ):
                    return self._result(f"{kind}{year}", f"election {kind}{year}: its voting day named")
        if when is None and doc.published is not None:
            when = doc.published.day or doc.published.last
        found = self._election_id(mentions, when, doc.context_years)
        if found is None:
            return ElectionResult(None, None)
        why = f"election {found}: " + (
            ", ".join(sorted({f"{k}{y or ''}" for k, y, _ in mentions})) if mentions else f"date {when}"
        )
        return self._result(found, why)

    def _result(self, eid: str, why: str) -> ElectionResult:
        if eid in self.lex.label_election_ids:
            return ElectionResult(eid, None, (why,))
        return ElectionResult("other", eid, (why,))

    def _election_id(
        self, mentions: list[Mention], when: date | None, context_years: list[int]
    ) -> str | None:
        by_id: dict[str, float] = defaultdict(float)
        by_kind: dict[str, float] = defaultdict(float)
        for kind, year, w in mentions:
            by_kind[kind] += w
            if year is not None:
                by_id[f"{kind}{year}"] += w
        if by_id:
            return max(by_id, key=lambda k: (by_id[k], k))
        top_kind = max(by_kind, key=lambda k: by_kind[k]) if by_kind else None
        if when is None and context_years:
            when = date(context_years[0], 6, 30)
        if when is None:
            return None
        kinds = [top_kind] if top_kind else list(self.lex.election_years)
        best: tuple[int, str] | None = None
        for k in kinds:
            for year, voting in self.lex.election_years[k].items():
                gap = (voting - when).days
                # The next election of that kind (a campaign runs up to ~18 months before voting day).
                if -60 <= gap <= 550 and (best is None or gap < best[0]):
                    best = (gap, f"{k}{year}")
        return best[1] if best else None
