"""From an article to its type and, for a reported case, the incident: who, where, how, for whom, when.

The flow for one article (:meth:`NewsExtractor.extract`):

1. clean the text (boilerplate lines out) and split it into sentences; a sentence that states a rule or a
   warning ("ASN dilarang …", "jangan …") is *normative*: its platforms and actions are not events;
2. find the people named with a civil-servant post and weigh how closely each is tied to the conduct;
3. score the article type from cue lexicons (title hits weigh more), a named ASN actor and the shape of
   the text (statistics without a place or a person are "other");
4. for incidents (and sanction outcomes, which report a case too) resolve the region, platforms,
   actions, candidates, the date and the election.

Every choice keeps a short reason in ``evidence`` so a person can see why.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from jaganetral.model.election import Election
from jaganetral.news.articles import Article, clean_text, url_date
from jaganetral.news.dates import DateMention, DateParser
from jaganetral.news.dedup import DuplicateIndex
from jaganetral.news.lexicon import NewsLexicon, load_news_lexicon
from jaganetral.news.regions import RegionMention, RegionResolver, ResolvedRegion

ARTICLE_TYPES = ("incident", "advisory", "sanction_outcome", "other")
_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"\u201d']?\s+(?=[\"\u201c(]?[A-Z0-9])")
_NAME_TOKEN = r"(?:[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?|[A-Z]\.|[A-Z]{1,3}\b)"
_NAME = re.compile(
    rf"(?:(?:H\.?|Hj\.?|dr\.|Dr\.|Ir\.|Drs\.|Prof\.)\s+)?{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}}"
)
_INITIALS = re.compile(r"\b(?:ber)?inisial\s+\(?([A-Z]{1,4})\)?|\batas nama\s+(?:saudara\s+)?([A-Z]{1,4})\b")
_YEAR = re.compile(r"(?<!\d)(20[0-4]\d|19[89]\d)(?!\d)")
_PUBLISHED_STAMP = re.compile(
    r"(?:^|\n)[^\n]{0,40}?(\d{1,2})/(\d{1,2})/(\d{4}),?\s+\d{1,2}[:.]\d{2}\s*WI[BT]A?"
)
# What ties a sentence to the conduct of a case (as opposed to commentary around it).
_CONDUCT = re.compile(
    r"\b(diduga|dugaan|terduga|dilaporkan|dipanggil|diperiksa|pemeriksaan|klarifikasi|tidak netral|"
    r"berpihak|memihak|keberpihakan|meng?unggah|diunggah|memposting|diposting|mengeshare|membagikan|"
    r"meng?k?ampanyekan|kampanye|mendukung|dukungan|meminta|minta tolong|menginstruksikan|mengintruksikan|"
    r"mengarahkan|menyerukan|mengajak|dicopot|dipecat|dihukum|sanksi|hukuman|viral|berselfie|selfie|"
    r"berfoto|terlibat|politik praktis|pelanggaran|melanggar|apk|alat peraga|mencalonkan|salah upload)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Actor:
    """A person or body the incident is about; ``name`` None when the article does not name them."""

    name: str | None
    position: str | None
    agency: str | None
    score: float = 0.0

    def to_dict(self) -> dict[str, object]:
        return {"name": self.name, "position": self.position, "agency": self.agency}


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
    published: date | None
    article_type: str
    incidents: list[Incident]
    election: str | None
    election_detail: str | None
    confidence: float
    type_scores: dict[str, float]
    evidence: list[str] = field(default_factory=list)
    duplicate_of: str | None = None
    duplicate_similarity: float | None = None

    def to_dict(self) -> dict[str, object]:
        """The contract's news line plus the extra fields (title, published, election, evidence…)."""
        out: dict[str, object] = {
            "article_id": self.article_id,
            "url": self.url,
            "article_type": self.article_type,
            "incidents": [i.to_dict() for i in self.incidents],
            "duplicate_of": self.duplicate_of,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
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


@dataclass(slots=True)
class _Sentence:
    text: str
    low: str
    normative: bool
    title: bool = False


@dataclass(slots=True)
class _ActorCand:
    name: str | None
    position: str | None
    position_raw: str
    agency: str | None
    sentence: int
    how: str


class NewsExtractor:
    """Stateless article → :class:`ArticleResult`; build once (reads the catalogue), use for many."""

    def __init__(
        self,
        lex: NewsLexicon,
        resolver: RegionResolver,
        elections: Sequence[Election] = (),
    ) -> None:
        self.lex = lex
        self.resolver = resolver
        self.dates = DateParser(lex)
        self.elections = tuple(elections)
        self._gazetteer: Any = None
        if self.elections:
            from jaganetral.screen.gazetteer import Gazetteer
            from jaganetral.screen.vocabulary import load_vocabulary

            self._gazetteer = Gazetteer(self.elections, load_vocabulary())
        # Region names are capitalised like person names: they never start or make up a name.
        self._region_words = {w for k in resolver._keys for w in k.split()}
        self._unit_words = self._region_words | lex.org_words

    @classmethod
    def build(cls, elections: Sequence[Election] = ()) -> NewsExtractor:
        """An extractor over the shipped catalogue and gazetteer."""
        lex = load_news_lexicon()
        return cls(lex, RegionResolver(lex), elections)

    # ---- the whole article ------------------------------------------------------------------------

    def extract(self, article: Article) -> ArticleResult:
        lex = self.lex
        body = clean_text(article.text, lex)
        title = (article.title or "").strip()
        if title and body.startswith(title):
            body = body[len(title) :].lstrip()
        sents = self._sentences(title, body)
        full_low = (title + "\n" + body).lower()
        evidence: list[str] = []

        published = article.published
        url_day, url_year = url_date(article.url)
        if published is None and url_day is not None:
            published = url_day
        if published is None:
            m = _PUBLISHED_STAMP.search(article.text[:400])
            if m:
                try:
                    published = date(int(m[3]), int(m[2]), int(m[1]))
                except ValueError:
                    published = None
        context_years = self._context_years(article.text, url_year, published)

        on_topic = bool(lex.topic_asn.search(full_low)) and bool(lex.topic_politics.search(full_low))
        actors = self._actors(sents, body) if on_topic else []
        named = [a for a in actors if a.name]
        region_mentions = self._region_mentions(title, body)
        region = self.resolver.resolve(region_mentions)
        scores = self._type_scores(sents)
        if named:
            # A named civil servant tied to the conduct makes the article about a case (or its outcome).
            bonus = lex.named_actor_weight * min(named[0].score / 5.0, 2.0)
            scores["incident"] += bonus
            scores["sanction_outcome"] += bonus
            evidence.append(f"named actor: {named[0].name} ({named[0].position})")
        kab_mentioned = any(
            m.weight >= 1.5 and any(r.level == "kabupaten_kota" for r in m.candidates)
            for m in region_mentions
        )
        article_type, confidence = self._decide(
            on_topic, scores, sents, actors, region, evidence, kab_mentioned
        )

        election, election_detail = self._election(sents, published, context_years)
        incidents: list[Incident] = []
        if article_type in ("incident", "sanction_outcome"):
            incidents.append(
                self._incident(sents, body, title, actors, region, published, context_years, evidence)
            )
            inc = incidents[0]
            if inc.election is None:
                incidents[0] = Incident(
                    inc.actors,
                    inc.region,
                    inc.platforms,
                    inc.actions,
                    inc.candidates,
                    inc.candidate_ids,
                    inc.date,
                    election,
                    election_detail,
                )
            else:
                election, election_detail = inc.election, inc.election_detail
        return ArticleResult(
            article_id=article.id,
            url=article.url,
            title=article.title,
            published=published,
            article_type=article_type,
            incidents=incidents,
            election=election,
            election_detail=election_detail,
            confidence=confidence,
            type_scores=scores,
            evidence=evidence,
        )

    # ---- sentences --------------------------------------------------------------------------------

    def _sentences(self, title: str, body: str) -> list[_Sentence]:
        out: list[_Sentence] = []
        if title:
            out.append(_Sentence(title, title.lower(), bool(self.lex.normative.search(title)), True))
        for para in body.split("\n"):
            for s in _SENT_SPLIT.split(para):
                s = s.strip()
                if len(s) < 3:
                    continue
                low = s.lower()
                out.append(_Sentence(s, low, bool(self.lex.normative.search(low))))
        return out

    def _context_years(self, raw: str, url_year: int | None, published: date | None) -> list[int]:
        """Years an undated "Rabu (28/2)" most likely belongs to, best first."""
        if published is not None:
            return [published.year]
        counts = Counter(int(y) for y in _YEAR.findall(raw))
        years = [y for y, _ in counts.most_common()]
        if url_year is not None:
            years.insert(0, url_year)
        return list(dict.fromkeys(years))

    # ---- actors -----------------------------------------------------------------------------------

    def _actors(self, sents: list[_Sentence], body: str) -> list[Actor]:
        cands: list[_ActorCand] = []
        for i, s in enumerate(sents):
            cands.extend(self._actor_candidates(s.text, i))
        if not cands:
            return []
        conduct = [bool(_CONDUCT.search(s.text)) and not s.normative for s in sents]
        full = "\n".join(s.text for s in sents)
        scored: dict[str, tuple[float, _ActorCand]] = {}
        body_text = "\n".join(s.text for s in sents if not s.title)
        for c in cands:
            if c.name is None:
                continue
            if sents[c.sentence].title and c.name.split()[-1] not in body_text:
                continue
            key = self._name_key(c.name)
            tokens = [t for t in re.findall(r"[A-Za-z]{2,}", c.name) if t.lower() not in self.lex.org_words]
            mentions = max((len(re.findall(rf"\b{re.escape(t)}\b", full)) for t in tokens), default=1)
            linked = sum(
                1
                for j, s in enumerate(sents)
                if conduct[j] and any(re.search(rf"\b{re.escape(t)}\b", s.text) for t in tokens)
            )
            score = 1.0 + min(mentions, 6) * 0.5 + min(linked, 3) * 1.5
            if c.position is not None:
                score += 1.0  # a name written with a civil-servant title
            if sents[c.sentence].title:
                score += 2.0
            if c.how == "initials":
                score += 1.0
            old = scored.get(key)
            if old is None or score > old[0] or (old[1].position is None and c.position is not None):
                best_pos = c if (old is None or c.position is not None) else old[1]
                scored[key] = (max(score, old[0] if old else 0.0), best_pos)
        picked = sorted(scored.values(), key=lambda x: -x[0])
        out = [Actor(c.name, c.position, c.agency, round(sc, 2)) for sc, c in picked if sc >= 3.5][:3]
        if not out:
            # Unnamed: "oknum ASN", "seorang guru", "6 ASN", a camat… in a sentence about the conduct.
            for c in cands:
                if c.name is None and conduct[c.sentence]:
                    out.append(Actor(None, c.position, c.agency, 1.0))
                    break
        return out

    def _name_key(self, name: str) -> str:
        toks = [
            t
            for t in re.findall(r"[A-Za-z]+", name)
            if t.lower() not in ("h", "hj", "dr", "ir", "drs", "prof")
        ]
        return toks[0].lower() if toks else name.lower()

    def _actor_candidates(self, text: str, idx: int) -> Iterable[_ActorCand]:
        lex = self.lex
        for m in lex.asn_position_re.finditer(text):
            raw_pos = m.group(0)
            before = text[max(0, m.start() - 30) : m.start()].lower()
            after_pos = text[m.end() : m.end() + 90]
            # "Komisioner Bawaslu …", "Kabag Hukum …": commentators and supervisors, not the actor.
            ctx = (before[-15:] + raw_pos + after_pos[:25]).lower()
            if lex.other_roles.search(raw_pos) or re.search(
                rf"(?:{lex.other_roles.pattern})\s*$", before, re.IGNORECASE
            ):
                continue
            unit, name = self._split_unit_and_name(after_pos)
            if name and lex.other_roles.search(unit.lower()):
                continue
            position = self._expand_position(raw_pos, unit)
            agency = self._agency(raw_pos + " " + unit)
            if name is not None:
                yield _ActorCand(name, position, raw_pos + unit, agency, idx, "position-name")
            elif not re.search(r"\b(kasn|bkn|bawaslu|kpu)\b", ctx):
                yield _ActorCand(None, position, raw_pos + unit, agency, idx, "position")
        # "Khairiman selaku Kadin Kominfo", "Bambang Setiono, salah seorang aparatur sipil negara (ASN) di …"
        for m in re.finditer(
            rf"({_NAME.pattern})\s*(?:,\s*|\s+)(?:selaku\s+|sebagai\s+|yang merupakan\s+|yang juga\s+|"
            rf"yang menjabat(?: sebagai)?\s+|(?<=,\s)|(?<=,))(?:salah seorang |seorang )?"
            rf"(?i:{lex.asn_position_re.pattern})",
            text,
        ):
            name = self._clean_name(m.group(1))
            if name is None:
                continue
            pos_m = lex.asn_position_re.search(text, m.end(1))
            if pos_m is None:
                continue
            unit, _ = self._split_unit_and_name(text[pos_m.end() : pos_m.end() + 90])
            if lex.other_roles.search(pos_m.group(0) + unit):
                continue
            yield _ActorCand(
                name,
                self._expand_position(pos_m.group(0), unit),
                pos_m.group(0) + unit,
                self._agency(pos_m.group(0) + " " + unit),
                idx,
                "name-position",
            )
        for m in re.finditer(rf"\b(?:bernama|atas nama(?: saudara)?|yakni)\s+({_NAME.pattern})", text):
            name = self._clean_name(m.group(1))
            if name is not None:
                yield _ActorCand(name, None, "", None, idx, "named")
        for m in _INITIALS.finditer(text):
            ini = m.group(1) or m.group(2)
            if ini and ini.lower() not in lex.org_words and ini.lower() not in self._region_words:
                yield _ActorCand(ini, None, "", None, idx, "initials")

    def _split_unit_and_name(self, after: str) -> tuple[str, str | None]:
        """Split the words after a title into its unit ("Kominfo PALI") and a following person name."""
        clause = re.split(
            r"[.;:!?\"\u201c\u201d]|\s(?:yang|untuk|karena|saat|ketika|pada|ke|dari|dengan|itu|tersebut)\s",
            after,
        )[0]
        parts = clause.split(",")
        toks = parts[0].split()
        unit: list[str] = []
        i = 0
        while i < len(toks):
            tok = toks[i]
            t = tok.strip("()")
            tl = t.lower()
            if (
                tl in self.lex.org_words
                or tl in self._region_words
                or (tok.startswith("(") and tok.endswith(")"))
                or tl in ("dan", "&", "sp")
                or t.isdigit()
                or (tl == "di" and i + 1 < len(toks) and toks[i + 1].strip("()").lower() in self._unit_words)
            ):
                unit.append(tok)
                i += 1
                continue
            break
        rest = " ".join(toks[i:])
        name: str | None = None
        if rest:
            m = _NAME.match(rest)
            name = self._clean_name(m.group(0)) if m else None
        elif len(parts) >= 2:
            # The apposition after a comma: "Kabag Humas dan Protokol, Riduan, melalui …".
            m = _NAME.match(parts[1].strip())
            name = self._clean_name(m.group(0)) if m else None
        return (" " + " ".join(unit)) if unit else "", name

    def _is_name_token(self, tok: str) -> bool:
        t = tok.strip(".,'\u2019").lower()
        if not t or not tok[:1].isupper():
            return False
        if t in self.lex.org_words or t in self.lex.not_names or t in self._region_words:
            return False
        if t in self.lex.months or t in self.lex.weekdays:
            return False
        # Affixed Indonesian words ("Dilaporkan", "Bertebaran", "Pelaksanaan") are not names.
        return not re.fullmatch(
            r"(?:di|me|mem|men|meng|ber|ter|pe|pen|pem|peng|per|ke)\w{3,}(?:kan|an|i|nya)", t
        )

    def _clean_name(self, raw: str) -> str | None:
        toks = raw.split()
        honorific = ""
        if toks and toks[0].rstrip(".").lower() in ("h", "hj", "dr", "ir", "drs", "prof"):
            honorific = toks[0] + " "
            toks = toks[1:]
        if not toks or len(toks) > 4:
            return None
        if not all(self._is_name_token(t) or re.fullmatch(r"[A-Z]\.?", t) for t in toks):
            return None
        name = " ".join(toks)
        letters = re.sub(r"[^A-Za-z]", "", name)
        if len(letters) < 3 or (name.isupper() and len(letters) > 4):
            return None
        return (honorific + name).strip()

    def _expand_position(self, raw: str, unit: str) -> str:
        for rx, expanded in self.lex.asn_positions:
            if rx.fullmatch(raw.strip()):
                # "Camat di Kabupaten Lahat": the place belongs to the region, not to the title.
                unit_clean = " ".join(w for w in re.split(r"\sdi\s", " " + unit)[0].split() if w.strip("()"))
                return (expanded + (" " + unit_clean if unit_clean else "")).strip()
        return raw.strip()

    def _agency(self, text: str) -> str | None:
        for rx, name, named in self.lex.agencies:
            m = rx.search(text)
            if m:
                if named:
                    tail = re.match(r"\s+([A-Z0-9][\w-]*(?:\s+[A-Z0-9][\w-]*){0,2})", text[m.end() :])
                    return f"{name} {tail.group(1)}" if tail else name
                return name
        return None

    # ---- regions ----------------------------------------------------------------------------------

    def _region_mentions(self, title: str, body: str) -> list[RegionMention]:
        mentions = self.resolver.find(body)
        dl = self.resolver.dateline(body)
        if dl:
            d = dl[0]
            mentions = [m for m in mentions if m.end <= d.start or m.start >= d.end] + dl
        if title:
            mentions += self.resolver.find(title, base_weight=2.0)
        return mentions

    # ---- article type -----------------------------------------------------------------------------

    def _type_scores(self, sents: list[_Sentence]) -> dict[str, float]:
        scores: dict[str, float] = dict.fromkeys(("incident", "advisory", "sanction_outcome"), 0.0)
        # Three texts, not one per sentence: the title, the reporting sentences, the normative ones.
        title = "\n".join(s.low for s in sents if s.title)
        events = "\n".join(s.low for s in sents if not s.title and not s.normative)
        rules = "\n".join(s.low for s in sents if not s.title and s.normative)
        for cls, cues in self.lex.type_cues.items():
            for rx, w in cues:
                # Advisory cues count wherever they are; the others only where something is reported.
                body_hits = len(rx.findall(events)) + (len(rx.findall(rules)) if cls == "advisory" else 0)
                title_hits = 1 if title and rx.search(title) else 0
                scores[cls] += w * (min(body_hits, 3) + self.lex.title_factor * title_hits)
        return scores

    def _decide(
        self,
        on_topic: bool,
        scores: dict[str, float],
        sents: list[_Sentence],
        actors: list[Actor],
        region: ResolvedRegion | None,
        evidence: list[str],
        kab_mentioned: bool = False,
    ) -> tuple[str, float]:
        if not on_topic:
            evidence.append("not about civil servants and elections")
            return "other", 0.6
        text_low = "\n".join(s.low for s in sents)
        asn_hits = len(self.lex.topic_asn.findall(text_low))
        non_asn = len(self.lex.non_asn_positions.findall(text_low))
        if non_asn >= 3 and asn_hits <= 1:
            evidence.append("the people involved are not civil servants")
            return "other", 0.6
        aggregate = sum(len(rx.findall(text_low)) for rx in self.lex.aggregate)
        local = region is not None and region.region.level == "kabupaten_kota" or kab_mentioned
        named = any(a.name for a in actors)
        if aggregate >= self.lex.aggregate_min_hits and not named and not local:
            evidence.append(f"statistics without a named person or a local region ({aggregate} counts)")
            if scores["sanction_outcome"] > max(scores["incident"], scores["advisory"]):
                return "sanction_outcome", 0.5
            return "other", 0.5
        best = max(scores, key=lambda k: (scores[k], k == "incident"))
        total = sum(scores.values()) or 1.0
        if scores[best] <= 0:
            return "other", 0.3
        evidence.append("type scores: " + ", ".join(f"{k} {v:.1f}" for k, v in scores.items()))
        return best, scores[best] / total

    # ---- the incident -----------------------------------------------------------------------------

    def _incident(
        self,
        sents: list[_Sentence],
        body: str,
        title: str,
        actors: list[Actor],
        region: ResolvedRegion | None,
        published: date | None,
        context_years: list[int],
        evidence: list[str],
    ) -> Incident:
        events = [s for s in sents if not s.normative]
        event_text = "\n".join(s.text for s in events)
        platforms = self._platforms(events, evidence)
        actions = self._actions(events, evidence)
        if not actions:
            actions = ["other"]
        if "official_account_use" in actions:
            inst = self._account_owner(event_text)
            if inst and not any(a.agency == inst for a in actors):
                actors = [*actors, Actor(None, None, inst)]
        if region is not None:
            evidence.append(f"region: {region.region.name} from {', '.join(region.mentions[:4])}")
            actors = [self._with_region(a, region) for a in actors]
        candidates, cand_ids = self._candidates(sents, actors)
        when = self._event_date(body, published, context_years)
        election = detail = None
        mentions = self._election_mentions(sents)
        if mentions or when is not None:
            eid = self._election_id(mentions, when or published, context_years)
            if eid is not None:
                election, detail = self._label(eid)
        return Incident(
            tuple(actors),
            region,
            tuple(platforms),
            tuple(actions),
            tuple(candidates),
            tuple(cand_ids),
            when,
            election,
            detail,
        )

    def _with_region(self, a: Actor, region: ResolvedRegion) -> Actor:
        if a.agency is None or region.region.level != "kabupaten_kota":
            return a
        bare = region.region.name.split(" ", 1)[-1].lower()
        if bare in a.agency.lower() or any(
            w in a.agency.lower() for w in ("provinsi", "kementerian", "kantor wilayah")
        ):
            return a
        return Actor(a.name, a.position, f"{a.agency} {region.region.name}", a.score)

    def _platforms(self, events: list[_Sentence], evidence: list[str]) -> list[str]:
        found: dict[str, str] = {}
        offline = None
        generic = False
        for s in events:
            for name, rx in self.lex.platforms:
                for m in rx.finditer(s.text):
                    surface = m.group(0)
                    if len(surface) <= 2 and not surface.isupper():
                        prev = s.low[max(0, m.start() - 12) : m.start()]
                        if not re.search(
                            r"(grup|group|akun|status|pesan|story|via|lewat|melalui|di)\s*$", prev
                        ):
                            continue
                    found.setdefault(name, surface)
            if offline is None:
                om = self.lex.offline.search(s.text)
                if om:
                    offline = om.group(0)
            generic = generic or bool(self.lex.generic_online.search(s.text))
        if not found:
            for name, rx in self.lex.implied_platforms:
                for s in events:
                    im = rx.search(s.text)
                    if im is not None:
                        found[name] = im.group(0)
                        break
        out = list(found)
        if found:
            evidence.append("platforms: " + ", ".join(f"{k} ('{v}')" for k, v in found.items()))
        if offline is not None:
            out.append("offline")
            evidence.append(f"offline: '{offline}'")
        if not out:
            out.append("unknown")
        return out

    def _actions(self, events: list[_Sentence], evidence: list[str]) -> list[str]:
        out: list[str] = []
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
                evidence.append(f"{name}: '{hit.group(0)}'")
        if len(out) > 1 and "other" in out:
            out.remove("other")
        return out

    def _account_owner(self, text: str) -> str | None:
        m = re.search(
            r"\bakun\s+(?:resmi\s+|instansi\s+|media sosial\s+|medsos\s+|sosmed\s+|facebook\s+|instagram\s+|"
            r"twitter\s+|tiktok\s+|youtube\s+)*(?:milik\s+)?((?:dinas\s+|pemerintah\s+)?[A-Za-z]+(?:\s+[A-Z][\w.]*){0,3})",
            text,
            re.IGNORECASE,
        )
        if m:
            owner = m.group(1).strip()
            agency = self._agency(owner)
            if agency is not None:
                return owner if len(owner.split()) > 1 else agency
        return None

    # ---- candidates ---------------------------------------------------------------------------------

    def _candidates(self, sents: list[_Sentence], actors: list[Actor]) -> tuple[list[str], list[str]]:
        names: list[str] = []
        ids: list[str] = []
        text = "\n".join(s.text for s in sents)
        if self._gazetteer is not None:
            from jaganetral.screen.gazetteer import STRONG_ENTITY, HitKind

            g = self._gazetteer
            for hit in g.find(g.normalise(text)):
                if hit.kind in STRONG_ENTITY or (hit.kind is HitKind.PARTY and not hit.entry.why_weak):
                    for cid in hit.entry.candidate_ids:
                        if cid not in ids:
                            ids.append(cid)
                            names.append(g.candidate_by_id[cid].name)
                    if hit.entry.party and hit.entry.party not in names:
                        names.append(hit.entry.party)
        actor_tokens = {t.lower() for a in actors if a.name for t in a.name.split()}
        for m in self.lex.candidate_cue.finditer(text):
            rest = text[m.end() : m.end() + 80]
            nm = re.match(
                rf"\s+(?:(?:nomor urut|no\.?)\s*\d+\s+)?"
                rf"({_NAME.pattern}(?:\s*[-\u2013/]\s*{_NAME.pattern})?)",
                rest,
            )
            if not nm:
                continue
            cand = nm.group(1).strip()
            toks = [t for t in re.split(r"[\s\-\u2013/]+", cand) if t]
            if not toks or all(
                t.lower().strip(".") in self.lex.org_words or t.lower() in self._region_words for t in toks
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

    # ---- dates and elections ----------------------------------------------------------------------

    def _event_date(self, body: str, published: date | None, context_years: list[int]) -> date | None:
        mentions = self.dates.find(body, reference=published, context_years=context_years)
        limit = (published + timedelta(days=1)) if published else None
        usable: list[DateMention] = [
            m for m in mentions if not m.future and (limit is None or m.value <= limit)
        ]
        if usable:
            return usable[0].value
        return published

    def _election_mentions(self, sents: list[_Sentence]) -> list[tuple[str, int | None, float]]:
        out: list[tuple[str, int | None, float]] = []
        title = "\n".join(s.low for s in sents if s.title)
        body = "\n".join(s.low for s in sents if not s.title)
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

    def _election(
        self, sents: list[_Sentence], published: date | None, context_years: list[int]
    ) -> tuple[str | None, str | None]:
        eid = self._election_id(self._election_mentions(sents), published, context_years)
        return self._label(eid) if eid else (None, None)

    def _election_id(
        self, mentions: list[tuple[str, int | None, float]], when: date | None, context_years: list[int]
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

    def _label(self, eid: str) -> tuple[str, str | None]:
        if eid in self.lex.label_election_ids:
            return eid, None
        return "other", eid


class NewsRun:
    """Extraction over a stream of articles with duplicate linking (the earlier article wins)."""

    def __init__(self, extractor: NewsExtractor, threshold: float = 0.5) -> None:
        self.extractor = extractor
        self.index = DuplicateIndex(threshold=threshold)

    def process(self, article: Article) -> ArticleResult:
        res = self.extractor.extract(article)
        text = clean_text(article.text, self.extractor.lex)
        dup, sim = self.index.add(article.id, text)
        if dup is not None and dup != article.id:
            res.duplicate_of = dup
            res.duplicate_similarity = sim
            res.evidence.append(f"near-duplicate of {dup} (estimated Jaccard {sim:.2f})")
        return res


def extract_incidents(
    articles: Iterable[Article], elections: Sequence[Election] = (), extractor: NewsExtractor | None = None
) -> list[ArticleResult]:
    """Read every article and return its result, duplicates linked: the entry point for other stages.

    A result's ``incidents`` hold :class:`Incident` values; a result with ``duplicate_of`` set repeats
    an earlier article, so one event opens one case.
    """
    run = NewsRun(extractor or NewsExtractor.build(elections))
    return [run.process(a) for a in articles]
