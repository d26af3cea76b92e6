"""Article type: incident, advisory, sanction_outcome or other (ported cue scoring; replaced below)."""

from __future__ import annotations

from dataclasses import dataclass, field

from jaganetral.news.document import Document
from jaganetral.news.fields.actors import Actors
from jaganetral.news.fields.region import RegionResult
from jaganetral.news.lexicon import NewsLexicon

ARTICLE_TYPES = ("incident", "advisory", "sanction_outcome", "other")


@dataclass(slots=True)
class TypeDecision:
    article_type: str
    confidence: float
    scores: dict[str, float]
    reasons: list[str] = field(default_factory=list)


class TypeClassifier:
    def __init__(self, lex: NewsLexicon) -> None:
        self.lex = lex

    def extract(self, doc: Document, actors: Actors, region: RegionResult) -> TypeDecision:
        lex = self.lex
        low = doc.low
        reasons: list[str] = []
        on_topic = bool(lex.topic_asn.search(low)) and bool(lex.topic_politics.search(low))
        scores = self._scores(doc)
        named = actors.named if on_topic else []
        if named:
            bonus = lex.named_actor_weight * min(named[0].score / 5.0, 2.0)
            scores["incident"] += bonus
            scores["sanction_outcome"] += bonus
            reasons.append(f"named actor: {named[0].name} ({named[0].position})")
        if not on_topic:
            return TypeDecision("other", 0.6, scores, ["not about civil servants and elections"])
        asn_hits = len(lex.topic_asn.findall(low))
        non_asn = len(lex.non_asn_positions.findall(low))
        if non_asn >= 3 and asn_hits <= 1:
            return TypeDecision("other", 0.6, scores, ["the people involved are not civil servants"])
        aggregate = sum(len(rx.findall(low)) for rx in lex.aggregate)
        if aggregate >= lex.aggregate_min_hits and not named and not region.local:
            reasons.append(f"statistics without a named person or a local region ({aggregate} counts)")
            if scores["sanction_outcome"] > max(scores["incident"], scores["advisory"]):
                return TypeDecision("sanction_outcome", 0.5, scores, reasons)
            return TypeDecision("other", 0.5, scores, reasons)
        best = max(scores, key=lambda k: (scores[k], k == "incident"))
        total = sum(scores.values()) or 1.0
        if scores[best] <= 0:
            return TypeDecision("other", 0.3, scores, reasons)
        reasons.append("type scores: " + ", ".join(f"{k} {v:.1f}" for k, v in scores.items()))
        return TypeDecision(best, scores[best] / total, scores, reasons)

    def _scores(self, doc: Document) -> dict[str, float]:
        scores: dict[str, float] = dict.fromkeys(("incident", "advisory", "sanction_outcome"), 0.0)
        sents = doc.sentences
        title = "\n".join(s.low for s in sents if s.title)
        events = "\n".join(s.low for s in sents if not s.title and not s.normative)
        rules = "\n".join(s.low for s in sents if not s.title and s.normative)
        for cls, cues in self.lex.type_cues.items():
            for rx, w in cues:
                body_hits = len(rx.findall(events)) + (len(rx.findall(rules)) if cls == "advisory" else 0)
                title_hits = 1 if title and rx.search(title) else 0
                scores[cls] += w * (min(body_hits, 3) + self.lex.title_factor * title_hits)
        return scores
