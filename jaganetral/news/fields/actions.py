"""Actions: what was done, in the action vocabulary of the contract.

Each action has patterns in ``catalogue/news/actions.yaml``; a hit counts only in a sentence that reports
conduct (not one that states a rule) and not right after a negation ("tidak pernah menginstruksikan").
``other`` stands for conduct outside the list and is dropped when a listed action is found.
"""

from __future__ import annotations

from jaganetral.news.document import Sentence
from jaganetral.news.lexicon import NewsLexicon


class ActionExtractor:
    """Reporting sentences → action names with reasons."""

    def __init__(self, lex: NewsLexicon) -> None:
        self.lex = lex

    def extract(self, events: list[Sentence]) -> tuple[list[str], list[str]]:
        out: list[str] = []
        reasons: list[str] = []
        for name, rx in self.lex.actions:
            hit = next(
                (
                    m
                    for s in events
                    for m in rx.finditer(s.text)
                    if not self.lex.negation.search(s.text[max(0, m.start() - 30) : m.start()])
                ),
                None,
            )
            if hit is not None:
                out.append(name)
                reasons.append(f"{name}: '{hit.group(0)}'")
        if len(out) > 1 and "other" in out:
            out.remove("other")
        if not out:
            out.append("other")
        return out, reasons
