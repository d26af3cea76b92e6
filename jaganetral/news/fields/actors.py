"""Actors: the civil servants or bodies a case is about, with positions and agencies.

People are found three ways in each sentence — a civil-servant title next to a name ("Plt Kepala Dinas
Kominfo, Minso", "Camat Kubu I Gede Kaneka Setiawan", "Khairiman selaku Kadin Kominfo"), the words that
introduce a name or initials ("bernama Enggo", "berinisial RR"), and person names tagged by the
:class:`~jaganetral.news.ner.NameTagger` (trained on IndoNLU NER data) wherever they stand. Mentions of
one person ("I Gede Kaneka Setiawan" … "Kaneka") are merged, and each person is then weighed as the
*accused*: tied to a civil-servant title, named in sentences about the conduct, named in the title; a
person introduced by a role that comments, reports or supervises (Bawaslu, KASN, DPRD, reporters, the
complainant, the candidates) is never the accused. Without a named accused, a title in a sentence about
the conduct ("seorang camat", "oknum Kepala Dinas") is the unnamed actor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from jaganetral.news.document import Document, Sentence
from jaganetral.news.lexicon import NewsLexicon
from jaganetral.news.ner import NameTagger
from jaganetral.news.regions import RegionResolver, ResolvedRegion

_NAME_TOKEN = r"(?:[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?|[A-Z]\.|[A-Z]{1,3}\b)"
NAME = re.compile(
    rf"(?:(?:H\.?|Hj\.?|dr\.?|drg\.?|Dr\.|Ir\.|Drs\.|Dra\.|Prof\.)\s+)?{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}}"
)
_HONORIFICS = ("h", "hj", "dr", "drg", "ir", "drs", "dra", "prof")
_INITIALS = re.compile(r"\b(?:ber)?inisial\s+\(?([A-Z]{1,4})\)?|\batas nama\s+(?:saudara\s+)?([A-Z]{1,4})\b")
# What ties a sentence to the conduct of a case (as opposed to commentary around it).
CONDUCT = re.compile(
    r"\b(diduga|dugaan|terduga|dilaporkan|dipanggil|diperiksa|pemeriksaan|klarifikasi|tidak netral|"
    r"tak netral|berpihak|memihak|keberpihakan|meng?unggah|diunggah|memposting|diposting|mengeshare|"
    r"membagikan|menyebarkan|meng?k?ampanyekan|berkampanye|kampanye|mendukung|dukungan|meminta|"
    r"minta tolong|menginstruksikan|mengintruksikan|mengarahkan|menyerukan|mengajak|mengintimidasi|"
    r"dicopot|dipecat|dihukum|disanksi|sanksi|hukuman|teguran|ditegur|viral|berselfie|selfie|berfoto|"
    r"berpose|pose|mengacungkan|terlibat|politik praktis|pelanggaran|melanggar|apk|alat peraga|"
    r"mencalonkan|salah upload|kepergok|terpergok|ketahuan|hadir|menghadiri|terekam|beredar)\b",
    re.IGNORECASE,
)
# Words before a title that single out its holder(s): "seorang camat", "oknum ASN", "dua guru".
_SINGLE = re.compile(
    r"\b(?:seorang|salah seorang|salah satu|satu|oknum|sang|si|dua|tiga|empat|lima|enam|tujuh|kedua|ketiga|"
    r"keenam|para|[1-9]|1[0-5])\s+(?:orang\s+)?(?:oknum\s+)?$",
    re.IGNORECASE,
)
# A role word right before a name that makes the person a commentator, never the accused.
_SPEECH = re.compile(
    r"\b(?:kata|ujar|ucap|ungkap|jelas|tutur|terang|tegas|papar|sebut|imbuh|tambah|lanjut|pungkas|"
    r"tandas|katanya|ujarnya)(?:nya)?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Actor:
    """A person or body the incident is about; ``name`` None when the article does not name them."""

    name: str | None
    position: str | None
    agency: str | None
    score: float = 0.0
    reasons: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {"name": self.name, "position": self.position, "agency": self.agency}


@dataclass(slots=True)
class _Mention:
    name: str | None
    position: str | None
    agency: str | None
    sentence: int
    how: str
    role_other: bool = False
    specific: bool = False


@dataclass(slots=True)
class Actors:
    """What the actor extractor found: the accused (best first) and everyone named."""

    accused: list[Actor] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    commentators: list[str] = field(default_factory=list)
    asn_in_conduct: int = 0
    specific_in_conduct: int = 0
    reasons: list[str] = field(default_factory=list)
    #: Sentences (by index) that name an identified civil servant: a person or a title with its unit.
    specific_at: frozenset[int] = frozenset()

    @property
    def named(self) -> list[Actor]:
        return [a for a in self.accused if a.name]


class ActorExtractor:
    """Document → :class:`Actors`. Built once (reads the lexicon, the region names and the NER model)."""

    def __init__(self, lex: NewsLexicon, resolver: RegionResolver, tagger: NameTagger | None = None) -> None:
        self.lex = lex
        self.tagger = tagger
        # Region names are capitalised like person names: they never start or make up a name.
        self._region_words = resolver.words()
        self._unit_words = self._region_words | lex.org_words

    def extract(self, doc: Document) -> Actors:
        """The people of the article and, among them, who the case is about."""
        out = Actors()
        sents = doc.sentences
        mentions: list[_Mention] = []
        for s in sents:
            mentions.extend(self._mentions(s))
        conduct = [bool(CONDUCT.search(s.text)) and not s.normative for s in sents]
        out.asn_in_conduct = sum(
            1 for m in mentions if m.position is not None and not m.role_other and conduct[m.sentence]
        )
        out.specific_in_conduct = sum(
            1 for m in mentions if (m.specific or m.name) and not m.role_other and conduct[m.sentence]
        )
        out.specific_at = frozenset(
            m.sentence for m in mentions if (m.specific or m.name) and not m.role_other
        )
        if not mentions:
            return out
        full = "\n".join(s.text for s in sents)
        body_text = "\n".join(s.text for s in sents if not s.title)
        scored: dict[str, tuple[float, _Mention, list[str]]] = {}
        others: set[str] = set()
        for c in mentions:
            if c.name is None:
                continue
            key = self._name_key(c.name)
            if c.role_other:
                others.add(key)
                continue
            if sents[c.sentence].title and c.name.split()[-1] not in body_text:
                continue
            tokens = [t for t in re.findall(r"[A-Za-z]{2,}", c.name) if t.lower() not in self.lex.org_words]
            mentions_n = max((len(re.findall(rf"\b{re.escape(t)}\b", full)) for t in tokens), default=1)
            linked = sum(
                1
                for j, s in enumerate(sents)
                if conduct[j] and any(re.search(rf"\b{re.escape(t)}\b", s.text) for t in tokens)
            )
            why = [f"named {mentions_n}×", f"in {linked} sentence(s) about the conduct"]
            score = 1.0 + min(mentions_n, 6) * 0.5 + min(linked, 3) * 1.5
            if c.position is not None:
                score += 1.0
                why.append(f"title: {c.position}")
            if sents[c.sentence].title:
                score += 2.0
                why.append("named in the headline")
            if c.how == "initials":
                score += 1.0
                why.append("given by initials")
            old = scored.get(key)
            if old is None:
                scored[key] = (score, c, why)
            else:
                best = c if (c.position is not None and old[1].position is None) else old[1]
                scored[key] = (max(score, old[0]), best, old[2] if old[0] >= score else why)
        out.people = list(dict.fromkeys(m.name for m in mentions if m.name))
        out.commentators = sorted(others)
        picked = sorted(
            ((sc, c, why) for k, (sc, c, why) in scored.items() if k not in others), key=lambda x: -x[0]
        )
        out.accused = [
            Actor(c.name, c.position, c.agency, round(sc, 2), tuple(why))
            for sc, c, why in picked
            if sc >= 3.5
        ][:3]
        if not out.accused:
            # Unnamed: "oknum ASN", "seorang guru", "6 ASN", a camat… in a sentence about the conduct.
            for c in mentions:
                if c.name is None and not c.role_other and conduct[c.sentence]:
                    out.accused.append(
                        Actor(None, c.position, c.agency, 1.0, ("title in a conduct sentence",))
                    )
                    break
        return out

    def with_region(self, actors: Actors, region: ResolvedRegion | None) -> Actors:
        """The agencies completed with the region ("Dinas Pendidikan" → "… Kota Tasikmalaya")."""
        if region is None or region.region.level != "kabupaten_kota":
            return actors
        bare = region.region.name.split(" ", 1)[-1].lower()
        out: list[Actor] = []
        for a in actors.accused:
            ag = a.agency
            if (
                ag is None
                or bare in ag.lower()
                or re.search(r"provinsi|kementerian|kantor wilayah", ag, re.I)
            ):
                out.append(a)
            else:
                out.append(Actor(a.name, a.position, f"{ag} {region.region.name}", a.score, a.reasons))
        return Actors(
            out,
            actors.people,
            actors.commentators,
            actors.asn_in_conduct,
            actors.specific_in_conduct,
            actors.reasons,
            actors.specific_at,
        )

    # ---- finding people -------------------------------------------------------------------------------

    def _name_key(self, name: str) -> str:
        toks = [t for t in re.findall(r"[A-Za-z]+", name) if t.lower() not in _HONORIFICS]
        return toks[0].lower() if toks else name.lower()

    def _mentions(self, s: Sentence) -> Iterable[_Mention]:
        lex = self.lex
        text = s.text
        idx = s.index
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
            unit, name = self.split_unit_and_name(after_pos)
            if name and lex.other_roles.search(unit.lower()):
                yield _Mention(name, None, None, idx, "role", role_other=True)
                continue
            position = self.expand_position(raw_pos, unit)
            agency = self.agency(raw_pos + " " + unit)
            # One identifiable holder: a title with its unit ("Camat Kubu"), or "seorang guru", "oknum ASN".
            specific = bool(unit.strip()) or bool(_SINGLE.search(before))
            if name is not None:
                yield _Mention(name, position, agency, idx, "position-name", specific=True)
            elif not re.search(r"\b(kasn|bkn|bawaslu|kpu)\b", ctx):
                yield _Mention(None, position, agency, idx, "position", specific=specific)
        # Names right after a commentator's role ("Ketua Bawaslu Karangasem, I Nengah Putu Suardika").
        for m in re.finditer(rf"(?i:{lex.other_roles.pattern})", text):
            unit, name = self.split_unit_and_name(text[m.end() : m.end() + 90])
            if name is not None:
                yield _Mention(name, None, None, idx, "role", role_other=True)
        # "Khairiman selaku Kadin Kominfo", "Bambang Setiono, salah seorang aparatur sipil negara (ASN) di …"
        for m in re.finditer(
            rf"({NAME.pattern})\s*(?:,\s*|\s+)(?:selaku\s+|sebagai\s+|yang merupakan\s+|yang juga\s+|"
            rf"yang menjabat(?: sebagai)?\s+|(?<=,\s)|(?<=,))(?:salah seorang |seorang )?"
            rf"(?i:{lex.asn_position_re.pattern})",
            text,
        ):
            name = self.clean_name(m.group(1))
            if name is None:
                continue
            pos_m = lex.asn_position_re.search(text, m.end(1))
            if pos_m is None:
                continue
            unit, _ = self.split_unit_and_name(text[pos_m.end() : pos_m.end() + 90])
            if lex.other_roles.search(pos_m.group(0) + unit):
                continue
            yield _Mention(
                name,
                self.expand_position(pos_m.group(0), unit),
                self.agency(pos_m.group(0) + " " + unit),
                idx,
                "name-position",
            )
        for m in re.finditer(rf"\b(?:bernama|atas nama(?: saudara)?|yakni)\s+({NAME.pattern})", text):
            name = self.clean_name(m.group(1))
            if name is not None:
                yield _Mention(name, None, None, idx, "named")
        for m in _INITIALS.finditer(text):
            ini = m.group(1) or m.group(2)
            if ini and ini.lower() not in lex.org_words and ini.lower() not in self._region_words:
                yield _Mention(ini, None, None, idx, "initials")

    def split_unit_and_name(self, after: str) -> tuple[str, str | None]:
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
            m = NAME.match(rest)
            name = self.clean_name(m.group(0)) if m else None
        elif len(parts) >= 2:
            # The apposition after a comma: "Kabag Humas dan Protokol, Riduan, melalui …".
            m = NAME.match(parts[1].strip())
            name = self.clean_name(m.group(0)) if m else None
        return (" " + " ".join(unit)) if unit else "", name

    def is_name_token(self, tok: str) -> bool:
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

    def clean_name(self, raw: str) -> str | None:
        toks = raw.split()
        honorific = ""
        if toks and toks[0].rstrip(".").lower() in _HONORIFICS:
            honorific = toks[0] + " "
            toks = toks[1:]
        if not toks or len(toks) > 4:
            return None
        if not all(self.is_name_token(t) or re.fullmatch(r"[A-Z]\.?", t) for t in toks):
            return None
        name = " ".join(toks)
        letters = re.sub(r"[^A-Za-z]", "", name)
        if len(letters) < 3 or (name.isupper() and len(letters) > 4):
            return None
        return (honorific + name).strip()

    def expand_position(self, raw: str, unit: str) -> str:
        for rx, expanded in self.lex.asn_positions:
            if rx.fullmatch(raw.strip()):
                # "Camat di Kabupaten Lahat": the place belongs to the region, not to the title.
                unit_clean = " ".join(w for w in re.split(r"\sdi\s", " " + unit)[0].split() if w.strip("()"))
                return (expanded + (" " + unit_clean if unit_clean else "")).strip()
        return raw.strip()

    def agency(self, text: str) -> str | None:
        for rx, name, named in self.lex.agencies:
            m = rx.search(text)
            if m:
                if named:
                    tail = re.match(r"\s+([A-Z0-9][\w-]*(?:\s+[A-Z0-9][\w-]*){0,2})", text[m.end() :])
                    return f"{name} {tail.group(1)}" if tail else name
                return name
        return None

    def account_owner(self, text: str) -> str | None:
        """The body whose official account is named ("akun resmi Diskominfo Lubuklinggau")."""
        m = re.search(
            r"\bakun\s+(?:resmi\s+|instansi\s+|media sosial\s+|medsos\s+|sosmed\s+|facebook\s+|instagram\s+|"
            r"twitter\s+|tiktok\s+|youtube\s+)*(?:milik\s+)?((?:dinas\s+|pemerintah\s+)?[A-Za-z]+(?:\s+[A-Z][\w.]*){0,3})",
            text,
            re.IGNORECASE,
        )
        if m:
            owner = m.group(1).strip()
            agency = self.agency(owner)
            if agency is not None:
                return owner if len(owner.split()) > 1 else agency
        return None


def name_tokens(names: Sequence[str]) -> set[str]:
    """Lower-case word tokens of names (for comparing people across articles)."""
    return {t.lower() for n in names for t in re.findall(r"[A-Za-z]{2,}", n) if t.lower() not in _HONORIFICS}
