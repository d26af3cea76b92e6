"""The structure of a story: who did what, whether a body decided, whether it is a warning or a count.

Each sentence is read for the elements of ``catalogue/news/article_types.yaml`` (``story``): a
*decision* by a body (a sanction, a finding, a forwarding to KASN/BKN), the *process* of a case (a report,
a summons, a clarification), *conduct* (what someone did), a *warning* or rule, a *statistic*, and who
the actors are (civil servants or not). A decision in a possibility ("bisa dikenai sanksi", "jika
terbukti") or in a sentence that states a rule is a *possible* decision; a decision still to come
("akan direkomendasikan") is part of the process.

The headline says what the story is: :meth:`StoryReader.headline` splits it into its parts ("Pamer
Stiker di Sekolah, 6 Guru Honorer Dipecat"), reads each part's predicate and keeps the strongest — a
decision, then the conduct or handling of an *identified* civil servant, then a warning, a possible
sanction, the handling of a case, conduct — with its *subject*: a body that decides, an official,
identified civil servants (a post such as "Camat Kubu", "oknum", a small count), civil servants in
general, or people who are not civil servants. The lede (the first real sentence) and the body support
it: decisions made by a deciding body, counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jaganetral.news.document import Document, Sentence
from jaganetral.news.fields.actors import Actors
from jaganetral.news.lexicon import NewsLexicon

_ELEMENTS = ("decision", "process", "conduct", "warning", "statistic", "non_asn", "asn")
_SUSPECT = re.compile(r"\b(diduga|dugaan|terduga|disinyalir|terindikasi|dituding|dituduh)\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[,;:]\s|\s(?:dan|namun|tetapi|sedangkan|karena|sehingga)\s")
# A headline's parts; a teaser part ("Ini Kata Mendagri") says nothing about the story.
_HEAD_PARTS = re.compile(r"\s*[,;:]\s*|\s+[-\u2013\u2014|]\s+")
_TEASER = re.compile(r"^(ini|begini|simak|berikut|cek|lihat|kata|ternyata)\b", re.IGNORECASE)
_SUBORDINATE = re.compile(
    r"\s(?:yang|karena|usai|setelah|sesudah|saat|ketika|akibat|gara-gara|lantaran|terkait|soal)\s",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_MANY_WORDS = re.compile(r"\b(ratusan|ribuan|puluhan|belasan)\b", re.IGNORECASE)
# Who issues warnings: regional heads, governments, ministers, councils.
_OFFICIAL = re.compile(
    r"\b(wali ?kota|walkot|bupati|gubernur|pj\b|penjabat|menteri|menpan|kemenpan|pemerintah|pemprov|pemkab|"
    r"pemkot|pemda|dprd|dewan|sekda|kepala daerah|mendagri|kemendagri)\b",
    re.IGNORECASE,
)
# A count or a word that singles out civil servants in a headline ("6 ASN", "Oknum ASN", "Seorang Guru").
_FEW = re.compile(
    r"\b(oknum|seorang|salah satu|[1-9]|1[0-5]|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)\b"
)
_PLURAL = re.compile(r"\b(para|seluruh|semua|setiap|se-?\w+|ribuan|ratusan|puluhan)\b")
# A post one person holds ("camat", "kepala dinas"), unlike "ASN" or "PNS" in general.
_GENERAL = re.compile(r"^(asn|pns|pppk|p3k|aparatur|pegawai|honorer)")
_ELECTED = re.compile(
    r"\b(bupati|wali ?kota|walkot|gubernur|wakil bupati|wabup|wakil wali ?kota|wakil gubernur|wagub|menteri|"
    r"presiden|wapres|wakil presiden)\b"
)
_ACTING_TITLE = re.compile(r"\b(pj|penjabat|plt|plh|pelaksana tugas)\b")
_PRIORITY = {"decision": 0, "specific": 1, "warning": 2, "possible": 3, "process": 4, "conduct": 5}
#: A count of at least this many people or cases is a statistic, not one group's case.
MANY = 16


@dataclass(slots=True)
class SentenceReading:
    """The elements of one sentence, with the words that showed them."""

    elements: dict[str, str] = field(default_factory=dict)
    possible_decision: str | None = None
    possible: set[str] = field(default_factory=set)
    #: The process element is a decision still to come ("akan dihukum"), not a step already taken.
    future_decision: bool = False


@dataclass(frozen=True, slots=True)
class Headline:
    """What the headline says: its predicate (and the word), its subject, the part they are in."""

    predicate: str | None
    word: str
    subject: str | None
    part: str
    many: bool
    few: bool
    #: The predicate is a decision still to come ("PNS … akan Dihukum").
    future: bool = False


@dataclass(slots=True)
class Story:
    """The reading of one article the type decision rests on."""

    on_topic: bool
    headline: Headline
    lede: dict[str, str]
    lede_text: str
    decisions_by_body: list[str]
    reasons: list[str] = field(default_factory=list)
    #: How many body sentences show each element ("decision", "warning", …), and "normative" sentences.
    counts: dict[str, int] = field(default_factory=dict)


class StoryReader:
    """Document (+ actors) → :class:`Story`. Built once from the lexicon."""

    def __init__(self, lex: NewsLexicon) -> None:
        self.lex = lex

    # ---- one sentence ---------------------------------------------------------------------------------

    def read_sentence(self, s: Sentence) -> SentenceReading:
        out = SentenceReading()
        story = self.lex.story
        for g in _ELEMENTS:
            m = story[g].search(s.text)
            if m is None:
                continue
            if g in ("decision", "process", "conduct"):
                clause = _CLAUSE.split(s.text[: m.start()])[-1]
                possible = s.normative or bool(story["conditional"].search(clause))
                if g == "decision" and (
                    possible or _SUSPECT.search(clause) or story["awaits"].match(s.text[m.end() :].lstrip())
                ):
                    # "bisa dikenai sanksi", "diduga melanggar", "sanksi berat menanti ASN"
                    out.possible_decision = m.group(0)
                    continue
                if g == "decision" and story["demand"].search(clause):
                    # "LSM desak lurah dipecat": someone asks for a decision; the case is being handled.
                    out.elements.setdefault("process", m.group(0))
                    continue
                if g == "decision" and story["future"].search(clause):
                    # "akan direkomendasikan": the case is still being handled.
                    if "process" not in out.elements:
                        out.elements["process"] = m.group(0)
                        out.future_decision = True
                    continue
                if possible:
                    out.possible.add(g)
                    continue
            out.elements[g] = m.group(0)
        return out

    def _read_text(self, text: str) -> SentenceReading:
        return self.read_sentence(Sentence(0, text, text.lower(), True, False, False, 0))

    # ---- the headline -----------------------------------------------------------------------------

    def parts(self, title: str) -> list[str]:
        """The headline's parts, without teasers and bracketed notes ("(video KompasTV)")."""
        t = re.sub(r"\(.*?\)", " ", title)
        parts = [p.strip() for p in _HEAD_PARTS.split(t) if p.strip()]
        return [p for p in parts if not _TEASER.match(p)] or parts

    def headline(self, title: str) -> Headline:
        """The strongest predicate of the headline's parts, its word, subject and part."""
        best: tuple[int, str, str, str, bool] | None = None
        for part in self.parts(title):
            if part.endswith("?"):
                continue  # a question ("Memang Boleh ASN Kampanye?") asserts nothing
            # The clause before "yang …"/"karena …" when it says something, else the whole part.
            main = _SUBORDINATE.split(" " + part + " ")[0].strip() or part
            r = self._read_text(main)
            if not (r.elements.keys() & set(_PRIORITY)) and not r.possible_decision and main != part:
                main = part
                r = self._read_text(main)
            found: tuple[str, str] | None = None
            for g in ("decision", "warning", "process", "conduct"):
                if g in r.elements:
                    found = (g, r.elements[g])
                    break
            if found is None and (r.possible_decision or r.possible):
                found = ("possible", r.possible_decision or "")
            elif found is not None and found[0] in ("process", "conduct") and r.possible_decision:
                found = ("possible", r.possible_decision)
            if found is None:
                continue
            rank = _PRIORITY[found[0]]
            if found[0] in ("conduct", "process") and self.subject(main) == "asn_specific":
                # A case of an identified civil servant outranks a warning in another part.
                rank = _PRIORITY["specific"]
            if best is None or rank < best[0]:
                best = (rank, found[0], found[1], main, found[0] == "process" and r.future_decision)
        whole = self._read_text(title)
        count = whole.elements.get("statistic")
        many = count is not None and self.magnitude(count) == "many"
        few = count is not None and not many
        if best is None:
            return Headline(None, "", self.subject(title), title, many, few)
        _, predicate, word, main, future = best
        at = main.lower().find(word.lower()) if word else -1
        subj = main[:at] if at > 0 else main
        subject = self.subject(subj)
        if subject == "elected" and at <= 0:
            subject = self.subject(_ELECTED.sub(" ", subj)) if _ELECTED.search(subj.lower()) else None
        if predicate == "process" and at >= 0 and re.match(r"(?i)(me)?(laporkan|adukan)\b", word):
            # "Pendukung Ganjar Laporkan Jokowi": the one reported is whom the case is about.
            subject = self.subject(re.split(r"(?i)\s(?:ke|kepada)\s", main[at + len(word) :])[0]) or subject
        return Headline(predicate, word, subject, main, many, few, future)

    def subject(self, text: str) -> str | None:
        """Who ``text`` is about: ``non_asn``, ``body``, ``official``, ``elected``, ``asn_specific``,
        ``asn_generic``. ``elected``: a regional head, minister or president (not a "Pj"), or a national
        politician by name — not a civil servant when accused, an official when warning or deciding."""
        low = text.lower()
        story = self.lex.story
        if story["non_asn"].search(low) and not story["asn"].search(low):
            return "non_asn"
        elected = _ELECTED.search(low)
        if elected and re.search(
            r"\b(calon|balon|bacalon|paslon|cabup|kandidat)\s*$", low[: elected.start()]
        ):
            elected = None  # "Bakal Calon Wali Kota Depok": a candidate
        if (elected and not _ACTING_TITLE.search(low)) or any(
            w in self.lex.public_figures for w in re.findall(r"[a-z']+", low)
        ):
            if not story["asn"].search(low) or elected:
                return "elected"
        if story["body"].search(low):
            return "body"
        asn = story["asn"].search(low)
        if asn is None:
            return "official" if _OFFICIAL.search(low) else None
        if _PLURAL.search(low):
            return "asn_generic"
        if _FEW.search(low) or not _GENERAL.match(asn.group(0)):
            return "asn_specific"
        return "official" if _OFFICIAL.search(low) else "asn_generic"

    @staticmethod
    def magnitude(match: str) -> str:
        """``many`` for a statistic (16 or more, "ratusan", "tertinggi"), ``few`` for a small group."""
        if _MANY_WORDS.search(match):
            return "many"
        m = _NUMBER.search(match)
        if m is None:
            return "many"  # "persen", "tertinggi", "se-Indonesia": a statistic
        try:
            n = int(re.sub(r"[.,]", "", m.group(0)))
        except ValueError:
            return "few"
        return "many" if n >= MANY else "few"

    # ---- the whole article --------------------------------------------------------------------------

    def read(self, doc: Document, actors: Actors) -> Story:
        lex = self.lex
        low = doc.low
        on_topic = bool(lex.topic_asn.search(low)) and bool(lex.topic_politics.search(low))
        head = self.headline(doc.title) if doc.title else Headline(None, "", None, "", False, False)
        lede: dict[str, str] = {}
        lede_text = ""
        decisions: list[str] = []
        counts: dict[str, int] = {}
        for s in doc.body_sentences:
            if len(s.text.split()) < 6:
                continue  # captions, credits, one-word lines
            r = self.read_sentence(s)
            for g in r.elements:
                counts[g] = counts.get(g, 0) + 1
            if r.possible_decision:
                counts["possible"] = counts.get("possible", 0) + 1
            if s.normative:
                counts["normative"] = counts.get("normative", 0) + 1
            if not lede_text:
                lede_text = s.text
                lede = {
                    g: w for g, w in r.elements.items() if g in ("decision", "process", "conduct", "warning")
                }
            if "decision" in r.elements and not s.normative and lex.story["body"].search(s.text):
                decisions.append(r.elements["decision"])
        return Story(on_topic, head, lede, lede_text, decisions, counts=counts)
