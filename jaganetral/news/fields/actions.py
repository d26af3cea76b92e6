"""Actions: what was done, in the action vocabulary of the contract.

Each action has patterns in ``catalogue/news/actions.yaml``. A hit counts only in a sentence about the
case (:func:`case_sentences`: the headline and reporting sentences that name an identified civil servant
or report conduct or its handling — not a sentence that states a rule, not the commentary around it)
and not right after a negation ("tidak pernah menginstruksikan"). ``other`` is conduct outside the list:
it is kept next to listed actions when it is named (carrying campaign props, a declaration of support, a
place in the campaign team), and it is the action of a case where nothing listed is found.
"""

from __future__ import annotations

import re

from jaganetral.news.document import Document, Sentence
from jaganetral.news.fields.actors import Actors
from jaganetral.news.lexicon import NewsLexicon


def case_sentences(doc: Document, actors: Actors, lex: NewsLexicon) -> list[Sentence]:
    """The headline and the reporting sentences about the case (see the module doc)."""
    names = {t.lower() for a in actors.accused if a.name for t in re.findall(r"[A-Za-z]{3,}", a.name)} - {
        "dan",
        "yang",
    }
    out: list[Sentence] = []
    for s in doc.sentences:
        if s.normative:
            continue
        if (
            s.title
            or s.index in actors.specific_at
            or lex.story["conduct"].search(s.text)
            or lex.story["process"].search(s.text)
            or (names and any(re.search(rf"\b{re.escape(n)}\b", s.low) for n in names))
        ):
            out.append(s)
    return out


class ActionExtractor:
    """Sentences about the case → action names with reasons."""

    def __init__(self, lex: NewsLexicon) -> None:
        self.lex = lex

    def extract(self, sentences: list[Sentence]) -> tuple[list[str], list[str]]:
        out: list[str] = []
        reasons: list[str] = []
        for name, rx in self.lex.actions:
            hit = next(
                (
                    m
                    for s in sentences
                    for m in rx.finditer(s.text)
                    if not self.lex.negation.search(s.text[max(0, m.start() - 30) : m.start()])
                ),
                None,
            )
            if hit is not None:
                out.append(name)
                reasons.append(f"{name}: '{hit.group(0)}'")
        if not out:
            out.append("other")
            reasons.append("other: no listed action named")
        return out, reasons

    @staticmethod
    def described(reasons: list[str]) -> bool:
        """Whether the article names what was done (any action hit, not only the default)."""
        return not any(r == "other: no listed action named" for r in reasons)
