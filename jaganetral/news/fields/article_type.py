"""Article type: incident, advisory, sanction_outcome or other — from the structure of the story.

The definitions (contract.md, eval/news/README.md): ``incident`` — the main news is the conduct, report
or clarification of an identified ASN or agency; ``sanction_outcome`` — the main news is a decision on a
case (a sanction, a finding of a violation or of none, a forwarding to KASN/BKN after a finding, a
reprimand, a dismissal); ``advisory`` — warnings, rules, socialisation, pledges, explainers; ``other`` —
statistics without a case, general politics, and people who are not civil servants (village heads,
election workers, police, the President, elected regional heads).

The decision follows the story as :class:`~jaganetral.news.fields.story.StoryReader` reads it, in the
order a reader would ask:

1. Is it about civil servants in an election at all? If not: other.
2. Who is the headline about? People who are not civil servants: other (unless it warns them).
3. What does the headline say? A decision: sanction_outcome. A warning, or a sanction as a possibility:
   advisory. The handling or conduct of a case: incident — unless it counts many people (a statistic:
   other), or the body reports decisions by a deciding body on the case (sanction_outcome).
4. A headline that says none of these: the lede decides the same way; an identified civil servant's
   case is an incident, counts are other, anything else advisory.

The ordered reading alone fits the articles it was written from: on articles collected later by other
annotators it fell to 0.68-0.76. With a :class:`~jaganetral.news.fields.type_model.TypeModel` (the
shipped one by default, see :meth:`NewsExtractor.build`) the reading's answer becomes one feature among
the story's structure and its words, weighed by a model trained on about 500 labelled articles; the
decision then carries the model's strongest reasons and the ordered reading's sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jaganetral.news.document import Document
from jaganetral.news.fields.actors import Actors
from jaganetral.news.fields.story import Story, StoryReader
from jaganetral.news.fields.type_model import TypeModel, type_features
from jaganetral.news.lexicon import NewsLexicon

ARTICLE_TYPES = ("incident", "advisory", "sanction_outcome", "other")
#: Sentences with a decision by a deciding body that make a reported case an outcome.
BODY_DECISIONS = 2

_SUBJECTS = {
    "non_asn": "people who are not civil servants",
    "body": "a deciding body",
    "official": "an official",
    "asn_specific": "identified civil servants",
    "asn_generic": "civil servants in general",
    "elected": "an elected official or a politician",
}


@dataclass(slots=True)
class TypeDecision:
    """The type, how sure (a rough share of development articles right at this step) and the reasons."""

    article_type: str
    confidence: float
    scores: dict[str, float]
    reasons: list[str] = field(default_factory=list)
    step: str = ""
    #: The article reports a concrete case — also for "other" when the accused are not civil servants
    #: (a village head, an election worker, the President): its incident is given, marked out of scope.
    reports_case: bool = False


class TypeClassifier:
    """(Document, actors) → :class:`TypeDecision`."""

    def __init__(self, lex: NewsLexicon, model: TypeModel | None = None) -> None:
        self.reader = StoryReader(lex)
        self.model = model

    def story(self, doc: Document, actors: Actors) -> Story:
        return self.reader.read(doc, actors)

    def extract(self, doc: Document, actors: Actors) -> TypeDecision:
        story = self.story(doc, actors)
        t, step, why = self.decide(story, actors)
        confidence, scores, reasons = _CONFIDENCE.get(step, 0.6), {t: 1.0}, [f"type {t}: {why}"]
        if self.model is not None:
            pred = self.model.predict(type_features(doc, story, actors, t, step))
            if pred.article_type != t:
                step = "model"
            t = pred.article_type
            confidence, scores = pred.probabilities[t], pred.probabilities
            reasons = [
                f"type {t}: " + "; ".join(pred.reasons) + f" (trained model, p={confidence:.2f})",
                f"ordered reading: {why}",
            ]
        case = t in ("incident", "sanction_outcome") or (
            t == "other"
            and step in ("non_asn", "topic")
            and story.headline.predicate in ("decision", "process", "conduct")
        )
        return TypeDecision(t, confidence, scores, reasons, step, case)

    def decide(self, story: Story, actors: Actors) -> tuple[str, str, str]:
        """(type, step, reason) — the first step of the module's order that applies."""
        if not story.on_topic:
            return "other", "topic", "not about civil servants in an election"
        h = story.headline
        who = _SUBJECTS.get(h.subject or "", "")
        said = f"'{h.word}'" if h.word else ""
        if h.subject == "non_asn":
            if h.predicate == "warning":
                return "advisory", "warning", f"the headline warns {who} {said}"
            return "other", "non_asn", f"the headline is about {who} ('{h.part}')"
        if h.subject == "elected" and h.predicate in ("process", "conduct"):
            return "other", "non_asn", f"the headline is about {who} ('{h.part}')"
        if h.predicate == "decision":
            return "sanction_outcome", "decision", f"the headline reports a decision {said} ('{h.part}')"
        if h.predicate in ("warning", "possible"):
            what = "warns or states a rule" if h.predicate == "warning" else "speaks of a possible sanction"
            return "advisory", h.predicate, f"the headline {what} {said}"
        if h.predicate == "process" and h.future and h.subject == "asn_generic":
            return "advisory", "possible", f"the headline says what will happen to {who} {said}"
        if h.predicate in ("process", "conduct"):
            if h.many:
                return "other", "statistic", f"the headline counts many people or cases ('{h.part}')"
            if len(story.decisions_by_body) >= BODY_DECISIONS:
                words = ", ".join(f"'{w}'" for w in story.decisions_by_body[:3])
                return (
                    "sanction_outcome",
                    "body_decision",
                    f"the body reports decisions by a deciding body ({words})",
                )
            about = f" about {who}" if who else ""
            return "incident", h.predicate, f"the headline reports a case{about} {said} ('{h.part}')"
        # The headline says nothing decisive: the lede.
        lede = story.lede
        if "decision" in lede:
            return "sanction_outcome", "lede", f"the lede reports a decision ('{lede['decision']}')"
        if "warning" in lede:
            return "advisory", "lede", f"the lede warns or states a rule ('{lede['warning']}')"
        if h.many:
            return "other", "statistic", "the headline counts many people or cases"
        if ("process" in lede or "conduct" in lede) and (actors.named or h.subject == "asn_specific"):
            w = lede.get("process") or lede.get("conduct")
            return "incident", "lede", f"the lede reports the case of an identified civil servant ('{w}')"
        return "other", "none", "no case, decision or warning is reported"


# How often each step was right on the 164 development articles (eval-dev + news-dev), rounded, with
# few-article steps pulled towards 0.6: the confidence a result carries, so a reader knows which
# decisions to check first. Measured by the loop in docs/news.md ("type steps").
_CONFIDENCE = {
    "topic": 0.9,
    "non_asn": 0.7,
    "decision": 0.85,
    "warning": 0.8,
    "possible": 0.5,
    "statistic": 0.8,
    "body_decision": 0.6,
    "process": 0.8,
    "conduct": 0.9,
    "lede": 0.7,
    "none": 0.45,
}
