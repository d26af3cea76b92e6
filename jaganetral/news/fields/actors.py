"""Actors: the civil servants or bodies a case is about, with positions and agencies.

People are found in the body (the headline's capitals are not names: "Camat Kubu Dilaporkan ke Bawaslu")
three ways — a civil-servant title next to a name ("Plt Kepala Dinas Kominfo, Minso", "Camat Kubu I Gede
Kaneka Setiawan", "Khairiman selaku Kadin Kominfo"), the words that introduce a name or initials
("bernama Enggo", "berinisial RR", "guru N"), and person names tagged by the
:class:`~jaganetral.news.ner.NameTagger` (trained on IndoNLU NER data). After a title bound to a place
(camat, lurah, kepala puskesmas, kepala sekolah…) the next words are the place — a kecamatan of the
gazetteer, or the one word that names the puskesmas or the village — and a name may follow.

Mentions of one person ("I Gede Kaneka Setiawan" … "Kaneka") are merged, and each person is weighed as
the *accused*: tied to a civil-servant title, named in sentences about the conduct (not only as the one
who speaks: "kata X"), named in the headline, given by initials. A person introduced by a role that
comments, reports, supervises or stands for election (Bawaslu, KASN, BKD, DPRD, reporters, the
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
_INITIALS = re.compile(
    r"\b(?i:ber)?(?i:inisial)\s+\(?([A-Z][A-Za-z]{0,3})\)?(?![a-z])|"
    r"\batas nama\s+(?:saudara\s+)?([A-Z]{1,4})\b(?!\s+[A-Z][a-z])"
)
# "Hamzah alias Anca": two names of one person.
_ALIAS = re.compile(
    r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+(?:alias|alias:|atau akrab disapa|disapa)\s+([A-Z][a-z]+)"
)
# After a name: the complainant or a witness ("Dedi Bandor yang melapor", "X, salah seorang warga").
_NOT_ACCUSED_AFTER = re.compile(
    r"^\s*,?\s*(?:yang\s+)?(?:melapor|melaporkan|mengadukan|selaku pelapor|sebagai pelapor|"
    r"(?:salah seorang |seorang )?warga|bersama tim (?:advokasi|hukum|kuasa)|kuasa hukum|tim hukum|"
    r"wartawan)\b",
    re.IGNORECASE,
)
# "guru N", "ASN H", "M, Kepala Seksi": an initial standing for a name right after or before a title.
_TITLE_INITIAL = re.compile(r"^\s+([A-Z]{1,3})(?=[\s,.)]|$)(?!\s+[A-Z][a-z])")
# What ties a sentence to the conduct of a case (as opposed to commentary around it).
CONDUCT = re.compile(
    r"\b(diduga|dugaan|terduga|dilaporkan|dilapor|terlapor|dipanggil|diperiksa|pemeriksaan|klarifikasi|"
    r"tidak netral|tak netral|berpihak|memihak|keberpihakan|meng?unggah|diunggah|memposting|diposting|"
    r"mengeshare|membagikan|menyebarkan|meneruskan|meng?k?ampanyekan|berkampanye|kampanye|mendukung|"
    r"dukungan|meminta|minta tolong|menginstruksikan|mengintruksikan|mengarahkan|menyerukan|mengajak|"
    r"mengintimidasi|memaksa|dicopot|dipecat|dihukum|disanksi|sanksi|teguran|ditegur|viral|berselfie|selfie|"
    r"berfoto|berpose|pose|mengacungkan|terlibat|politik praktis|pelanggaran|melanggar|apk|alat peraga|"
    r"mencalonkan|salah upload|kepergok|terpergok|ketahuan|hadir|menghadiri|terekam|beredar|inisial|"
    r"berinisial|bernama|mengaku|terbukti)\b",
    re.IGNORECASE,
)
# Verbs after a name that report what the person said ("X mengatakan"): a speaker, perhaps a commentator.
_SAYS_AFTER = re.compile(
    r"^\W{0,3}\s*(?:\([^)]*\)\s*)?,?\s*(?:saat |ketika )?(?:mengatakan|menjelaskan|menyebut(?:kan)?|"
    r"menegaskan|mengungkapkan|menuturkan|menerangkan|memaparkan|menambahkan|berkata|mengimbau|menghimbau|"
    r"menjawab|menanggapi|"
    r"mengingatkan|menyampaikan|mengtakan)\b",
    re.IGNORECASE,
)
_SAYS_BEFORE = re.compile(
    r"\b(?:kata|ujar|ucap|ungkap|jelas|tutur|terang|tegas|papar|sebut|imbuh|tambah|lanjut|pungkas|tandas|"
    r"katanya|ujarnya|menurut)\s*$",
    re.IGNORECASE,
)
# Roles right before a name that make the person someone other than the accused.
_NOT_ACCUSED_BEFORE = re.compile(
    r"\b(?:pelapor|dilaporkan oleh|kuasa hukum|tim hukum|advokat|pengacara|wartawan|"
    r"reporter|jurnalis|penulis|editor|pewarta|fotografer|warga|ketua tim|tim pemenangan|pasangan|"
    r"calon|paslon|capres|cawapres|caleg|bacaleg|cabup|cawabup|cagub|cawagub|cawalkot|kandidat|"
    r"bakal calon|balon|bacalon|nomor urut \d+|istri|suami|pelapornya|korban)\s*[,:]?\s*$",
    re.IGNORECASE,
)
# "laporan X", "dikatakan X", "pelapornya adalah X": the one who reports or speaks.
_HEARSAY = re.compile(
    r"\b(?:laporan|aduan|dikatakan|disampaikan|diungkapkan|dijelaskan|pelapornya(?: adalah)?|"
    r"pelapor(?: adalah)?|adalah|dilaporkan oleh|oleh)\s*$",
    re.IGNORECASE,
)
# Words that announce a candidate somewhere before a name in the same clause.
_CANDIDATE_WORDS = re.compile(
    r"\b(?:calon|paslon|capres|cawapres|caleg|bacaleg|cabup|cawabup|cagub|cawagub|cawalkot|kandidat|bacalon|"
    r"balon|nomor urut|pasangan)\b",
    re.IGNORECASE,
)
# A ticket ("Prabowo-Sandi", "Nanda Indira-Muhammad Antonius"): candidates, not the accused.
_TICKET = re.compile(r"[A-Za-z]+\s*[-\u2013/]\s*[A-Z][a-z]+")
# Sentences that say something was done by or to the person: the case, not commentary on it.
CASE_CUE = re.compile(
    r"\b(diduga|dugaan|terduga|dilaporkan|dilapor|terlapor|dipanggil|memanggil|diperiksa|memeriksa|"
    r"klarifikasi|mengklarifikasi|meng?unggah|diunggah|memposting|mengirim|membagikan|menyebarkan|meneruskan|"
    r"berinisial|inisial|bernama|kepergok|terpergok|ketahuan|terekam|mengarahkan|mengajak|memaksa|"
    r"mengintimidasi|mengancam|hadir|menghadiri|ikut kampanye|berpose|berfoto|foto bersama|mendukung|"
    r"mengkampanyekan|mengampanyekan|berkampanye|memasang|membawa|terlibat|disanksi|dijatuhi|dicopot|"
    r"dipecat|ditegur|terbukti|melanggar|mengaku|mengakui|membenarkan|membantah|meminta|menyerukan|"
    r"salah upload|dikonfirmasi|berdalih)\b",
    re.IGNORECASE,
)
# Words before a title that single out its holder(s): "seorang camat", "oknum ASN", "dua guru".
_SINGLE = re.compile(
    r"\b(?:seorang|salah seorang|salah satu|satu|oknum|sang|si|dua|tiga|empat|lima|enam|tujuh|kedua|ketiga|"
    r"keenam|para|[1-9]|1[0-5])\s+(?:orang\s+)?(?:oknum\s+)?$",
    re.IGNORECASE,
)
# Titles whose next words name a place, not a person: "Camat Kubu", "Kepala Puskesmas Ranga-Ranga".
_PLACE_BOUND = re.compile(
    r"^(?:camat|sekcam|sekmat|sekretaris (?:camat|kecamatan)|lurah|seklur|sekretaris (?:lurah|kelurahan)|"
    r"kepala desa|kades|kepala puskesmas|kepala puskes|kapus|kapuskes|kepala sekolah|kepsek|kasek|"
    r"kepala (?:sdn?|smpn?|sman?|smkn?)|kepala kua|kepala upt\w*)$",
    re.IGNORECASE,
)
_ACTING = re.compile(
    r"\b(?:pj|penjabat|plt|plh|pelaksana tugas)\.?\s*(?:\((?:pj|plt|plh)\)\s*)?$", re.IGNORECASE
)
_SCHOOL_PART = re.compile(
    r"\d+|(?i:sdn?|smpn?|sman?|smkn?|mi|mts|man?|negeri|muhammadiyah|islam|swasta|terpadu|it)"
)
_KECAMATAN_TITLES = re.compile(r"^(?:camat|sekcam|sekmat|sekretaris (?:camat|kecamatan))$", re.IGNORECASE)
_NOT_NAME_WORDS = frozenset({"berinisial", "inisial", "alias", "bernama", "atas", "nama", "saudara", "sdr"})


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
    speaker: bool = False


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


@dataclass(slots=True)
class _Person:
    name: str
    tokens: set[str]
    mentions: list[_Mention] = field(default_factory=list)


class ActorExtractor:
    """Document → :class:`Actors`. Built once (reads the lexicon, the region names and the NER model)."""

    #: The least weight that makes a named person the accused.
    THRESHOLD = 3.0

    def __init__(self, lex: NewsLexicon, resolver: RegionResolver, tagger: NameTagger | None = None) -> None:
        self.lex = lex
        self.tagger = tagger
        # Region names are capitalised like person names: they never start or make up a name.
        self._region_words = resolver.words()
        self._unit_words = self._region_words | lex.org_words
        self._kecamatan = resolver.kecamatan_names()

    # ---- the whole article --------------------------------------------------------------------------

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
        people = self._people(mentions, sents)
        out.people = [p.name for p in people]
        scored: list[tuple[float, _Person, _Mention | None, list[str]]] = []
        for p in people:
            sc, why, best = self._weigh(p, sents, conduct)
            if any(m.role_other for m in p.mentions) or self._public_figure(p.name):
                out.commentators.append(p.name)
                continue
            scored.append((sc, p, best, why))
        scored.sort(key=lambda x: -x[0])
        for sc, p, best, why in scored:
            if sc < self.THRESHOLD or len(out.accused) >= 3:
                continue
            out.accused.append(
                Actor(
                    p.name,
                    best.position if best else None,
                    best.agency if best else None,
                    round(sc, 2),
                    tuple(why),
                )
            )
        if not out.accused:
            # Unnamed: "oknum ASN", "seorang guru", "6 ASN", a camat… in a sentence about the conduct.
            for c in sorted(mentions, key=lambda m: (not m.specific, m.sentence)):
                if c.name is None and not c.role_other and c.position and conduct[c.sentence]:
                    out.accused.append(
                        Actor(None, c.position, c.agency, 1.0, ("title in a conduct sentence",))
                    )
                    break
        return out

    def _people(self, mentions: list[_Mention], sents: list[Sentence]) -> list[_Person]:
        """Named mentions merged into people by their distinctive name words (reading order)."""
        people: list[_Person] = []
        aliases: list[set[str]] = []
        for s in sents:
            for am in _ALIAS.finditer(s.text):
                aliases.append(_distinctive(am.group(1)) | _distinctive(am.group(2)))
        named = [m for m in mentions if m.name and not _TICKET.fullmatch(m.name)]
        # Body mentions first: a headline's capitals are not a name unless the body has the person too.
        for m in sorted(named, key=lambda m: (sents[m.sentence].title, m.sentence)):
            assert m.name is not None
            toks = _distinctive(m.name)
            if not toks:
                continue
            for al in aliases:
                if toks & al:
                    toks = toks | al
            home = next((p for p in people if p.tokens & toks and _compatible(p.name, m.name)), None)
            if home is None:
                if sents[m.sentence].title:
                    continue
                people.append(_Person(m.name, set(toks), [m]))
            else:
                home.mentions.append(m)
                home.tokens |= toks
                if len(m.name) > len(home.name) and m.how != "initials":
                    home.name = m.name
        return people

    def _weigh(
        self, p: _Person, sents: list[Sentence], conduct: list[bool]
    ) -> tuple[float, list[str], _Mention | None]:
        full = "\n".join(s.text for s in sents if not s.title)
        mentions_n = max(
            (len(re.findall(rf"\b{re.escape(t)}\b", full, re.IGNORECASE)) for t in p.tokens), default=1
        )
        spoke = {m.sentence for m in p.mentions if m.speaker}
        in_conduct = {
            j
            for j, s in enumerate(sents)
            if conduct[j]
            and not s.title
            and j not in spoke
            and CASE_CUE.search(s.text)
            and any(re.search(rf"\b{re.escape(t)}\b", s.text, re.I) for t in p.tokens)
        }
        titled = [m for m in p.mentions if m.position and not m.role_other]
        speaker_only = len(spoke) >= max(1, len({m.sentence for m in p.mentions}) - len(in_conduct))
        score = 1.0 + min(mentions_n, 6) * 0.4 + min(len(in_conduct), 3) * 1.5
        why = [f"named {mentions_n}×", f"in {len(in_conduct)} sentence(s) about the conduct"]
        if titled:
            score += 1.0
            why.append(f"title: {titled[0].position}")
        if any(sents[m.sentence].title for m in p.mentions) or any(
            t in sents[0].low for t in p.tokens if len(t) >= 4 and sents and sents[0].title
        ):
            score += 2.0
            why.append("named in the headline")
        if any(m.how in ("initials", "named") for m in p.mentions):
            score += 1.5
            why.append("introduced by initials or 'bernama'")
        if speaker_only and not in_conduct:
            score -= 2.5
            why.append("only quoted")
        if any(m.role_other for m in p.mentions):
            score -= 3.0
            why.append("also named in a commenting role")
        best = titled[0] if titled else (p.mentions[0] if p.mentions else None)
        return score, why, best

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

    def _role_before(self, text: str, start: int) -> str | None:
        """``"other"`` or ``"asn"`` from a title attached to the name at ``start`` (same noun phrase).

        "Ketua Bawaslu Karangasem, I Nengah Putu Suardika" attaches the role; "Bawaslu Lahat telah
        memanggil Rudi Hartawan" does not (a verb stands between).
        """
        left = text[max(0, start - 70) : start]
        left = re.split(r"[.;!?\"\u201c\u201d]", left)[-1]
        if _NOT_ACCUSED_BEFORE.search(left) or _HEARSAY.search(left):
            return "other"
        cand = max((m.end() for m in _CANDIDATE_WORDS.finditer(left)), default=-1)
        last_asn = max((m.end() for m in self.lex.asn_position_re.finditer(left)), default=-1)
        if cand > last_asn and cand >= 0 and _attached(left[cand:]):
            return "other"  # "… paslon Pilkada Deli Serdang yakni Asri Ludin Tambunan"
        last_other = max((m.end() for m in self.lex.other_roles.finditer(left)), default=-1)
        if last_other > last_asn and _attached(left[last_other:]):
            return "other"
        if last_asn >= 0 and _attached(left[last_asn:]):
            return "asn"
        return None

    def _mentions(self, s: Sentence) -> Iterable[_Mention]:
        lex = self.lex
        text = s.text
        idx = s.index
        for m in lex.asn_position_re.finditer(text):
            raw_pos = m.group(0)
            before = text[max(0, m.start() - 30) : m.start()].lower()
            after_pos = text[m.end() : m.end() + 100]
            ctx = (before[-15:] + raw_pos + after_pos[:25]).lower()
            # "Komisioner Bawaslu …", "Kabag Hukum …", "Ketua Bawaslu Karangasem …": not the actor.
            if _is_other_role(lex, raw_pos) or re.search(rf"(?:{lex.other_roles.pattern})\s*$", before, re.I):
                continue
            unit, name = self.split_unit_and_name(after_pos, raw_pos)
            if name and lex.other_roles.search(unit.lower()):
                yield _Mention(name, None, None, idx, "role", role_other=True)
                continue
            position = self.expand_position(raw_pos, unit)
            agency = self.agency(raw_pos + " " + unit)
            # One identifiable holder: a title with its unit ("Camat Kubu"), or "seorang guru", "oknum ASN".
            specific = bool(unit.strip()) or bool(_SINGLE.search(before))
            if name is None and not s.title:
                tm = _TITLE_INITIAL.match(after_pos)
                if tm and tm.group(1).lower() not in lex.org_words and tm.group(1) not in ("I", "A"):
                    name = tm.group(1)
            if name is not None:
                end = m.end() + after_pos.find(name) + len(name) if name in after_pos else m.end()
                yield _Mention(
                    name,
                    position,
                    agency,
                    idx,
                    "position-name",
                    specific=True,
                    speaker=self._speaker(text, end),
                )
            elif not re.search(r"\b(kasn|bkn|bawaslu|kpu)\b", ctx):
                yield _Mention(None, position, agency, idx, "position", specific=specific)
        if s.title:
            return  # a headline's capitals make every word look like a name
        # Names right after a commentator's role ("Ketua Bawaslu Karangasem, I Nengah Putu Suardika").
        for m in lex.other_roles.finditer(text):
            if _is_asn_title(lex, m.group(0)) or _ACTING.search(text[max(0, m.start() - 16) : m.start()]):
                continue  # "Penjabat (Pj) Bupati Muna Barat Bahri" is an ASN
            _, name = self.split_unit_and_name(text[m.end() : m.end() + 90])
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
            unit, _ = self.split_unit_and_name(text[pos_m.end() : pos_m.end() + 90], pos_m.group(0))
            if lex.other_roles.search(pos_m.group(0) + unit) and not _is_asn_title(lex, pos_m.group(0)):
                continue
            role = self._role_before(text, m.start(1))
            yield _Mention(
                name,
                self.expand_position(pos_m.group(0), unit),
                self.agency(pos_m.group(0) + " " + unit),
                idx,
                "name-position",
                role_other=role == "other",
                specific=True,
            )
        for m in re.finditer(rf"\b(?:bernama|atas nama(?: saudara)?)\s+({NAME.pattern})", text):
            name = self.clean_name(m.group(1))
            if name is not None:
                other = self._role_before(text, m.start()) == "other" or bool(
                    _NOT_ACCUSED_AFTER.match(text[m.end() : m.end() + 40])
                )
                yield _Mention(name, None, None, idx, "named", role_other=other)
        for im in _INITIALS.finditer(text):
            ini = im.group(1) or im.group(2)
            if ini and ini.lower() not in lex.org_words and ini.lower() not in self._region_words:
                yield _Mention(ini, None, None, idx, "initials", specific=True)
        if self.tagger is not None:
            for e in self.tagger.persons(text):
                name = self.clean_name(e.text)
                if name is None:
                    continue
                role = self._role_before(text, e.start)
                if (
                    _NOT_ACCUSED_AFTER.match(text[e.end : e.end + 40])
                    or self._public_figure(name)
                    or self._role_after(text[e.end : e.end + 60]) == "other"
                ):
                    role = "other"
                yield _Mention(
                    name,
                    None,
                    None,
                    idx,
                    "ner",
                    role_other=role == "other",
                    speaker=self._speaker(text, e.end, e.start),
                )

    def _role_after(self, right: str) -> str | None:
        """ "X selaku Aktivis", "X, Ketua Bawaslu …": a commenting role right after the name."""
        m = re.match(
            r"^(?:\s+[a-z]+)?(?:\s*,\s*|\s+(?:selaku|sebagai|yang merupakan|yang juga)\s+)(?:seorang\s+)?",
            right,
        )
        if m is None:
            return None
        rest = right[m.end() :]
        om = self.lex.other_roles.match(rest)
        if om is not None and not _is_asn_title(self.lex, om.group(0)):
            am = self.lex.asn_position_re.match(rest)
            if am is None or am.end() < om.end():
                return "other"
        return None

    def _public_figure(self, name: str) -> bool:
        """A national politician or candidate ("Jokowi", "Prabowo Subianto"): never the accused."""
        toks = {t.lower() for t in re.findall(r"[A-Za-z']+", name)}
        return bool(toks) and (
            name.lower() in self.lex.public_figures or bool(toks & self.lex.public_figures)
        )

    def _speaker(self, text: str, end: int, start: int | None = None) -> bool:
        """The name at ``text[start:end]`` is the one who speaks ("X mengatakan", "kata X")."""
        if _SAYS_AFTER.match(text[end : end + 40]):
            return True
        return start is not None and bool(_SAYS_BEFORE.search(text[max(0, start - 25) : start]))

    def split_unit_and_name(self, after: str, title: str = "") -> tuple[str, str | None]:
        """Split the words after a title into its unit ("Kominfo PALI") and a following person name.

        After a title bound to a place ("Camat", "Kepala Puskesmas") the place comes first: a kecamatan
        name of the gazetteer, else one word ("Lurah Sepaku", "Kepala Puskesmas Ranga-Ranga").
        """
        clause = re.split(
            r"(?<!\bdr)(?<!\bdrg)(?<!\bDr)(?<!\bIr)(?<!\bDrs)(?<!\bDra)(?<!\bProf)(?<!\bH)(?<!\bHj)[.]|[;:!?\"\u201c\u201d]|"
            r"\s(?:yang|untuk|karena|saat|ketika|pada|ke|dari|dengan|itu|tersebut)\s",
            after,
        )[0]
        parts = clause.split(",")
        toks = parts[0].split()
        unit: list[str] = []
        i = 0
        if _PLACE_BOUND.match(title.strip()):
            i = self._place_tokens(toks, bool(_KECAMATAN_TITLES.match(title.strip())))
            unit = toks[:i]
        while i < len(toks):
            tok = toks[i]
            t = tok.strip("()")
            tl = t.lower()
            nxt = toks[i + 1].strip("(),").lower() if i + 1 < len(toks) else ""
            if (
                (t[:1].isupper() and (tl in self.lex.org_words or tl in self._region_words))
                or (tok.startswith("(") and tok.endswith(")"))
                or tl in ("dan", "&", "sp")
                or t.isdigit()
                or (tl == "di" and (nxt in self._unit_words or nxt in self._kecamatan))
                # "SMA 9 Kronjo", "(Kapus) di Hamparan Perak": a kecamatan after a unit is part of it.
                or (unit and (tl in self._kecamatan or f"{tl} {nxt}" in self._kecamatan))
                # "SDN 3 Gobras", "SD Negeri 01 Moyoketen": the word after a school's number or kind names it.
                or (unit and t[:1].isupper() and _SCHOOL_PART.fullmatch(unit[-1].strip("()")) is not None)
            ):
                if unit and f"{tl} {nxt}" in self._kecamatan:
                    unit.append(tok)
                    i += 1
                    tok = toks[i]
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

    def _place_tokens(self, toks: list[str], kecamatan: bool) -> int:
        """How many of ``toks`` name the place after a place-bound title."""
        caps = 0
        while caps < len(toks) and toks[caps][:1].isupper() and caps < 4:
            caps += 1
        if caps == 0:
            return 0
        low = [t.strip("(),").lower() for t in toks[:caps]]
        skip = 1 if low and low[0] in ("kecamatan", "kec.", "kelurahan", "desa", "puskesmas") else 0
        for n in range(min(caps - skip, 3), 0, -1):
            phrase = " ".join(low[skip : skip + n])
            if phrase in self._kecamatan or phrase.replace(" ", "") in self._kecamatan:
                return skip + n
        if kecamatan:
            # The gazetteer knows every kecamatan: a word after "Camat" that is none is a name.
            return 0
        # One word names the puskesmas, the village, the school ("Kepala Puskesmas Rebangtangkas").
        return 1

    def is_name_token(self, tok: str) -> bool:
        t = tok.strip(".,'\u2019").lower()
        if not t or not tok[:1].isupper():
            return False
        if (
            t in self.lex.org_words
            or t in self.lex.not_names
            or t in self._region_words
            or t in _NOT_NAME_WORDS
        ):
            return False
        if t in self.lex.months or t in self.lex.weekdays:
            return False
        if len(t) > 6 and t.endswith("nya"):
            return False  # "Netralitasnya", "Bawahannya": a possessive, not a name
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
            r"twitter\s+|tiktok\s+|youtube\s+)*(?:milik\s+)?((?:dinas\s+|pemerintah\s+)?[A-Za-z]+(?:\s+(?-i:[A-Z][\w.]*)){0,3})",
            text,
            re.IGNORECASE,
        )
        if m:
            owner = m.group(1).strip()
            agency = self.agency(owner)
            if agency is not None:
                return owner if len(owner.split()) > 1 else agency
        return None


def _attached(between: str) -> bool:
    """The words between a title and a name belong to the title's noun phrase (units, places, commas)."""
    words = re.findall(r"[A-Za-z][\w'-]*", between)
    if len(words) > 6:
        return False
    return all(w[:1].isupper() or w.lower() in _LINK_WORDS for w in words)


_LINK_WORDS = frozenset(
    {"di", "dan", "dari", "se", "yakni", "yaitu", "bernama", "atas", "nama", "saudara", "sdr"}
)


def _is_asn_title(lex: NewsLexicon, raw: str) -> bool:
    """A title held by civil servants although it contains a commenting role's word ("Pj Bupati")."""
    return bool(re.match(r"(?i)(pj\.?|penjabat|plt\.?|plh\.?)\s", raw.strip())) and bool(
        lex.asn_position_re.fullmatch(raw.strip())
    )


def _is_other_role(lex: NewsLexicon, raw: str) -> bool:
    return bool(lex.other_roles.search(raw)) and not _is_asn_title(lex, raw)


# Parts of names too common to tell two people apart (Balinese birth-order names, name particles).
_COMMON_PARTS = frozenset(
    "i ni gede made nyoman wayan ketut putu kadek komang luh gusti ayu agung la ode wa andi muhammad "
    "muh moh mohammad ahmad achmad abdul siti nur sri dewi".split()
) | frozenset(_HONORIFICS)


def _distinctive(name: str) -> set[str]:
    toks = {t.lower() for t in re.findall(r"[A-Za-z]+", name)}
    if len(name.replace(" ", "")) <= 4 and name.isupper():
        return {name.lower()}  # initials are their own key
    return {t for t in toks if t not in _COMMON_PARTS and len(t) >= 2}


def _compatible(a: str, b: str) -> bool:
    """Two names can be one person: initials only match initials."""
    return (len(a) <= 4 and a.isupper()) == (len(b) <= 4 and b.isupper())


def name_tokens(names: Sequence[str]) -> set[str]:
    """Lower-case word tokens of names (for comparing people across articles)."""
    return {t.lower() for n in names for t in re.findall(r"[A-Za-z]{2,}", n) if t.lower() not in _HONORIFICS}
