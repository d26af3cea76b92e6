"""Candidates: who the conduct was for.

With ``--election`` configurations, each candidate is found by everything that names them — name,
aliases, running mate, slogans, hashtags, account handles — as whole words (``candidate_ids``). Without
them (and besides them) a capitalised name after a candidate cue ("calon bupati X", "paslon nomor urut 2
X-Y", "capres X") is taken as written, and national parties by their names. Actors are never their own
candidates. The matcher is this module's own (word-bounded phrases over the election model), so the news
stage does not depend on the social-media screening gazetteer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from jaganetral.model.election import Election
from jaganetral.news.document import Document
from jaganetral.news.fields.actors import NAME, Actor
from jaganetral.news.lexicon import NewsLexicon


@dataclass(frozen=True, slots=True)
class _Term:
    rx: re.Pattern[str]
    candidate_id: str
    name: str
    party: str | None = None


def _phrase(term: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w@#]){re.escape(term)}(?![\w])", re.IGNORECASE)


class CandidateExtractor:
    """Document → candidate names and configured candidate ids."""

    def __init__(self, lex: NewsLexicon, elections: Sequence[Election], region_words: frozenset[str]) -> None:
        self.lex = lex
        self.region_words = region_words
        self.terms: list[_Term] = []
        for el in elections:
            party_names = {p.abbr: p for p in el.parties}
            for c in el.candidates():
                names = [c.name, *c.aliases, *c.slogans]
                if c.running_mate is not None:
                    names += [c.running_mate.name, *c.running_mate.aliases]
                for n in names:
                    # A lone short word ("Dodi") names too many people to count alone.
                    if len(n) >= 4 and (" " in n.strip() or len(n) >= 6):
                        self.terms.append(_Term(_phrase(n), c.id, c.name))
                for h in c.hashtags:
                    self.terms.append(_Term(_phrase(h if h.startswith("#") else "#" + h), c.id, c.name))
                for acc in c.accounts:
                    self.terms.append(_Term(_phrase("@" + acc.handle.lstrip("@")), c.id, c.name))
                for abbr in c.parties:
                    p = party_names.get(abbr)
                    if p is not None:
                        self.terms.append(_Term(_phrase(p.name), c.id, c.name, p.abbr))

    def extract(self, doc: Document, actors: Sequence[Actor]) -> tuple[list[str], list[str]]:
        names: list[str] = []
        ids: list[str] = []
        text = doc.text
        for t in self.terms:
            if t.party is not None:
                continue  # a party names its candidates only together with another term
            if t.rx.search(text) and t.candidate_id not in ids:
                ids.append(t.candidate_id)
                names.append(t.name)
        actor_tokens = {tok.lower() for a in actors if a.name for tok in a.name.split()}
        for m in self.lex.candidate_cue.finditer(text):
            rest = text[m.end() : m.end() + 80]
            nm = re.match(
                rf"\s+(?:(?:nomor urut|no\.?)\s*\d+\s+)?({NAME.pattern}(?:\s*[-\u2013/]\s*{NAME.pattern})?)",
                rest,
            )
            if not nm:
                continue
            cand = nm.group(1).strip()
            toks = [t for t in re.split(r"[\s\-\u2013/]+", cand) if t]
            if not toks or all(
                t.lower().strip(".") in self.lex.org_words or t.lower() in self.region_words for t in toks
            ):
                continue
            if toks[0].lower() in self.lex.org_words or toks[0].lower() in self.lex.months:
                continue
            if {t.lower() for t in toks} & actor_tokens:
                continue
            if len(cand) >= 4 and cand not in names:
                names.append(cand)
        for abbr, rx in self.lex.parties:
            if rx.search(text) and abbr not in names:
                if abbr == "PAN" and not re.search(r"\bPAN\b", text):
                    continue
                names.append(abbr)
        return names[:6], ids
