"""From an article to its type and, for a reported case, the incident: who, where, how, for whom, when.

:class:`NewsExtractor` is a small orchestrator over the field extractors of :mod:`jaganetral.news.fields`:

1. :class:`~jaganetral.news.document.DocumentBuilder` — clean text, sentences (normative ones marked),
   the publication stamp;
2. actors — who is accused, with positions and agencies; region — where;
3. article type — from the structure of the story (an identified ASN or agency accused of conduct, a body
   deciding on a case, a warning, a statistic);
4. for incidents and sanction outcomes (an outcome reports a case too): platforms, actions, the
   incident's date, candidates and the election.

Every choice keeps a short reason in ``evidence`` so a person can see why. :class:`NewsRun` adds what
needs more than one article: near-duplicate copies (``duplicate_of``) and events reported by several
outlets (``event_id``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from jaganetral.model.election import Election
from jaganetral.news.articles import Article, clean_text
from jaganetral.news.dates import DateParser, Stamp
from jaganetral.news.dedup import DuplicateIndex
from jaganetral.news.document import Document, DocumentBuilder
from jaganetral.news.events import EventLinker, Story, headline_words, name_words, person_keys
from jaganetral.news.fields.actions import ActionExtractor, case_sentences
from jaganetral.news.fields.actors import Actor, ActorExtractor, Actors
from jaganetral.news.fields.article_type import ARTICLE_TYPES, TypeClassifier
from jaganetral.news.fields.candidates import CandidateExtractor
from jaganetral.news.fields.dates import IncidentDateExtractor
from jaganetral.news.fields.election import ElectionExtractor
from jaganetral.news.fields.platforms import PlatformExtractor
from jaganetral.news.fields.region import RegionExtractor
from jaganetral.news.fields.type_model import TypeModel
from jaganetral.news.lexicon import NewsLexicon, load_news_lexicon
from jaganetral.news.ner import NameTagger
from jaganetral.news.regions import Region, RegionResolver, ResolvedRegion

__all__ = [
    "ARTICLE_TYPES",
    "Actor",
    "ArticleResult",
    "Incident",
    "NewsExtractor",
    "NewsRun",
    "extract_incidents",
]


@dataclass(frozen=True, slots=True)
class Incident:
    """One reported case: the public shape of the contract's ``incidents[]`` item."""

    actors: tuple[Actor, ...]
    region: ResolvedRegion | None
    platforms: tuple[str, ...]
    actions: tuple[str, ...]
    candidates: tuple[str, ...]
    candidate_ids: tuple[str, ...]
    date: date | None
    election: str | None
    election_detail: str | None = None

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "actors": [a.to_dict() for a in self.actors],
            "region": self.region.to_dict() if self.region else None,
            "platforms": list(self.platforms),
            "actions": list(self.actions),
            "candidates": list(self.candidates),
            "date": self.date.isoformat() if self.date else None,
            "election": self.election,
        }
        if self.candidate_ids:
            out["candidate_ids"] = list(self.candidate_ids)
        if self.election_detail:
            out["election_detail"] = self.election_detail
        return out


@dataclass(slots=True)
class ArticleResult:
    """What was read from one article (one output line of ``news extract``)."""

    article_id: str
    url: str | None
    title: str | None
    published: Stamp | None
    article_type: str
    incidents: list[Incident]
    election: str | None
    election_detail: str | None
    confidence: float
    type_scores: dict[str, float]
    region: ResolvedRegion | None = None
    evidence: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    duplicate_of: str | None = None
    duplicate_similarity: float | None = None
    event_id: str | None = None

    def to_dict(self) -> dict[str, object]:
        """The contract's news line plus the extra fields (title, published, region, event, evidence…)."""
        out: dict[str, object] = {
            "article_id": self.article_id,
            "url": self.url,
            "article_type": self.article_type,
            "incidents": [i.to_dict() for i in self.incidents],
            "duplicate_of": self.duplicate_of,
            "event_id": self.event_id,
            "title": self.title,
            "published": self.published.iso() if self.published else None,
            "region": self.region.to_dict() if self.region else None,
            "election": self.election,
            "confidence": round(self.confidence, 3),
            "type_scores": {k: round(v, 2) for k, v in self.type_scores.items()},
            "evidence": self.evidence,
        }
        if self.election_detail:
            out["election_detail"] = self.election_detail
        if self.duplicate_similarity is not None:
            out["duplicate_similarity"] = round(self.duplicate_similarity, 3)
        return out


class NewsExtractor:
    """Stateless article → :class:`ArticleResult`; build once (reads the catalogue), use for many."""

    def __init__(
        self,
        lex: NewsLexicon,
        resolver: RegionResolver,
        elections: Sequence[Election] = (),
        tagger: NameTagger | None = None,
        type_model: TypeModel | None = None,
    ) -> None:
        self.lex = lex
        self.dates = DateParser(lex)
        self.documents = DocumentBuilder(lex, self.dates)
        self.actors = ActorExtractor(lex, resolver, tagger)
        self.region = RegionExtractor(resolver)
        self.article_type = TypeClassifier(lex, type_model)
        self.platforms = PlatformExtractor(lex)
        self.actions = ActionExtractor(lex)
        self.incident_date = IncidentDateExtractor(self.dates, lex)
        self.candidates = CandidateExtractor(lex, elections, resolver.words())
        self.election = ElectionExtractor(lex)

    @classmethod
    def build(cls, elections: Sequence[Election] = ()) -> NewsExtractor:
        """An extractor over the shipped catalogue, gazetteer and name tagger."""
        lex = load_news_lexicon()
        return cls(lex, RegionResolver(lex), elections, NameTagger.load(), TypeModel.load())

    def extract(self, article: Article) -> ArticleResult:
        doc = self.documents.build(article)
        return self.extract_document(doc)

    def extract_document(self, doc: Document) -> ArticleResult:
        """Every field of one prepared article."""
        evidence: list[str] = list(doc.notes)
        actors = self.actors.extract(doc)
        decision = self.article_type.extract(doc, actors)
        # A warning's region is its issuer's ("Bawaslu Jabar"); a case's is where it happened.
        region = self.region.extract(doc, issuer=decision.article_type in ("advisory", "other"))
        evidence += decision.reasons
        incidents: list[Incident] = []
        when: date | None = None
        if decision.reports_case:
            inc, when = self._incident(doc, actors, region.region, evidence)
            incidents.append(inc)
        election = self.election.extract(doc, when)
        if incidents and incidents[0].election is None:
            i0 = incidents[0]
            incidents[0] = Incident(
                i0.actors,
                i0.region,
                i0.platforms,
                i0.actions,
                i0.candidates,
                i0.candidate_ids,
                i0.date,
                election.election,
                election.detail,
            )
        evidence += region.reasons + list(election.reasons)
        return ArticleResult(
            article_id=doc.article.id,
            url=doc.article.url,
            title=doc.article.title,
            published=doc.published,
            article_type=decision.article_type,
            incidents=incidents,
            election=election.election,
            election_detail=election.detail,
            confidence=decision.confidence,
            type_scores=decision.scores,
            region=region.region,
            evidence=evidence,
            people=actors.people,
        )

    def _incident(
        self, doc: Document, actors: Actors, region: ResolvedRegion | None, evidence: list[str]
    ) -> tuple[Incident, date | None]:
        case = case_sentences(doc, actors, self.lex)
        events = doc.events
        actions, why_a = self.actions.extract(case)
        platforms, why_p = self.platforms.extract(events, actions, self.actions.described(why_a))
        evidence += why_p + why_a
        found = self.actors.with_region(actors, region)
        people = list(found.accused)
        if "official_account_use" in actions:
            inst = self.actors.account_owner("\n".join(s.text for s in events if not s.title))
            if inst and not any(a.agency == inst for a in people):
                people.append(Actor(None, None, inst))
        for a in people[:1]:
            if a.name:
                evidence.append(f"named actor: {a.name} ({a.position}) — {'; '.join(a.reasons)}")
        candidates, cand_ids = self.candidates.extract(doc, people)
        when, why_d = self.incident_date.extract(doc)
        evidence += why_d
        return (
            Incident(
                tuple(people),
                region,
                tuple(platforms),
                tuple(actions),
                tuple(candidates),
                tuple(cand_ids),
                when,
                None,
            ),
            when,
        )


class NewsRun:
    """Extraction over a stream of articles: copies linked (the earlier article wins), events grouped.

    :meth:`process` reads one article; :meth:`finish` gives every result its ``event_id`` (an event can
    only be closed when every article has been read) and returns the results in reading order.
    """

    def __init__(self, extractor: NewsExtractor, threshold: float = 0.5) -> None:
        self.extractor = extractor
        self.index = DuplicateIndex(threshold=threshold)
        self.linker = EventLinker()
        self.results: list[ArticleResult] = []

    def process(self, article: Article) -> ArticleResult:
        res = self.extractor.extract(article)
        text = clean_text(article.text, self.extractor.lex)
        dup, sim = self.index.add(article.id, text)
        if dup is not None and dup != article.id:
            res.duplicate_of = dup
            res.duplicate_similarity = sim
            res.evidence.append(f"near-duplicate of {dup} (estimated Jaccard {sim:.2f})")
        res.evidence += self.linker.add(story_of(res, self.extractor.lex.public_figures), res.duplicate_of)
        self.results.append(res)
        return res

    def finish(self) -> list[ArticleResult]:
        """Every result so far with its ``event_id`` set."""
        for res, eid in zip(self.results, self.linker.events(), strict=True):
            res.event_id = eid
        return list(self.results)


def _region_words(reg: Region | None) -> list[str]:
    """The words of a region's name ("Kota Semarang" → semarang): no headline word of its own."""
    if reg is None:
        return []
    return [w.lower() for w in re.findall(r"[A-Za-z]+", f"{reg.name} {reg.province}")]


def story_of(res: ArticleResult, public_figures: frozenset[str] = frozenset()) -> Story:
    """What identifies the event an article reports (see :mod:`jaganetral.news.events`).

    National politicians (``public_figures``) are named in many unrelated stories: they identify none.
    """
    inc = res.incidents[0] if res.incidents else None
    region = inc.region if inc else res.region
    reg = region.region if region else None
    actors = inc.actors if inc else ()
    when = inc.date if inc and inc.date else (res.published.day if res.published else None)
    return Story(
        article_id=res.article_id,
        case=inc is not None,
        region_code=reg.code if reg and reg.level == "kabupaten_kota" else None,
        province_code=reg.province_code if reg else None,
        names=name_words(a.name for a in actors if a.name),
        titles=frozenset(
            re.sub(r"\s+", "", a.position.lower()) for a in actors if a.position and " " in a.position
        ),
        bases=frozenset(
            a.position.split()[0].lower()
            for a in actors
            if a.position and a.position.split()[0].lower() not in ("asn", "pns", "pegawai", "oknum", "admin")
        ),
        agencies=frozenset(a.agency.lower() for a in actors if a.agency),
        when=when,
        actions=frozenset(inc.actions) if inc else frozenset(),
        people=person_keys(
            n
            for n in res.people
            if n.lower() not in public_figures and not (name_words([n]) & public_figures)
        ),
        headline=headline_words(res.title) - frozenset(_region_words(reg)),
    )


def extract_incidents(
    articles: Iterable[Article], elections: Sequence[Election] = (), extractor: NewsExtractor | None = None
) -> list[ArticleResult]:
    """Read every article and return its result, duplicates linked: the entry point for other stages.

    A result's ``incidents`` hold :class:`Incident` values; a result with ``duplicate_of`` set repeats
    an earlier article, so one event opens one case.
    """
    run = NewsRun(extractor or NewsExtractor.build(elections))
    for a in articles:
        run.process(a)
    return run.finish()
