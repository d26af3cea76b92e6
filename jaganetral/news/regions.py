"""Region mentions resolved to the official Kemendagri 2025 gazetteer (``catalogue/gazetteer/``).

News writes regions many ways: "Kota Lubuklinggau", "lubuklinggau", "Kab. OKU", "PALI", "Pemkot
Malang", a dateline "MALANG, KOMPAS.com -", and sometimes the wrong province. Every mention is found
with one Aho-Corasick pass over the lower-cased text; each is weighed (dateline, title, a prefix such
as "Kota" or "Bupati", a bare capitalised name) and :meth:`RegionResolver.resolve` picks the best
kabupaten/kota, with its province always taken from the gazetteer, not from the article.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import ahocorasick

from jaganetral.errors import InvalidConfig
from jaganetral.news.lexicon import CATALOGUE, NewsLexicon

GAZETTEER = CATALOGUE / "gazetteer"
_PREFIXES = ("Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota ")


@dataclass(frozen=True, slots=True)
class Region:
    """A kabupaten/kota (``level`` "kabupaten_kota") or a province (``level`` "provinsi")."""

    code: str
    name: str
    level: str
    province_code: str
    province: str


@dataclass(frozen=True, slots=True)
class RegionMention:
    """Where a region is named, how (``how``: dateline, prefixed, bare, kecamatan, alias) and its weight."""

    start: int
    end: int
    text: str
    candidates: tuple[Region, ...]
    how: str
    weight: float
    kind_hint: str | None = None  # "kota" / "kabupaten" when a prefix says which
    authority: bool = False  # after "Bawaslu", "Pemprov", "Dinas …": the region of an authority


@dataclass(slots=True)
class ResolvedRegion:
    """The chosen region with the evidence for it."""

    region: Region
    score: float
    mentions: list[str] = field(default_factory=list)
    province_as_reported: str | None = None

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "name": self.region.name,
            "province": self.region.province,
            "code": self.region.code,
            "province_code": self.region.province_code,
            "level": self.region.level,
            "mentions": self.mentions,
        }
        if self.province_as_reported:
            out["province_as_reported"] = self.province_as_reported
        return out


def _bare(name: str) -> str:
    for p in _PREFIXES:
        if name.startswith(p):
            return name[len(p) :]
    return name


def _rows(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))
    except OSError as exc:
        raise InvalidConfig(f"cannot read gazetteer: {exc.strerror}", file=str(path)) from exc


class RegionResolver:
    """Finds and resolves region mentions. Built once per run (reads the gazetteer CSVs)."""

    def __init__(self, lex: NewsLexicon, folder: Path = GAZETTEER) -> None:
        self.lex = lex
        self.provinces: dict[str, Region] = {}
        for r in _rows(folder / "provinsi_2025.csv"):
            self.provinces[r["kode"]] = Region(r["kode"], r["nama"], "provinsi", r["kode"], r["nama"])
        self.kabkota: dict[str, Region] = {}
        by_name: dict[str, Region] = {}
        for r in _rows(folder / "kabupaten_kota_2025.csv"):
            reg = Region(r["kode"], r["nama"], "kabupaten_kota", r["kode_provinsi"], r["nama_provinsi"])
            self.kabkota[reg.code] = reg
            by_name[reg.name.lower()] = reg
        # key (lower-case phrase) -> (candidate regions, how, is the phrase a full official name)
        self._keys: dict[str, tuple[list[Region], str]] = defaultdict(lambda: ([], "bare"))
        for reg in self.kabkota.values():
            bare = _bare(reg.name).lower()
            self._add(bare, reg, "bare")
            self._add(reg.name.lower(), reg, "prefixed")
            if " " in bare:
                # "Lubuk Linggau" is written "Lubuklinggau" and "Tojo Una Una" "Tojo Una-Una" as often.
                self._add(bare.replace(" ", ""), reg, "bare")
                self._add(bare.replace(" ", "-"), reg, "bare")
        for alias, official in lex.kabupaten_kota_aliases.items():
            if official is None:
                continue
            reg_or_none = by_name.get(official.lower())
            if reg_or_none is None:
                raise InvalidConfig(
                    f"'{official}' is not in the gazetteer", file="catalogue/news/regions.yaml", field=alias
                )
            self._add(alias.lower(), reg_or_none, "alias")
        prov_by_name = {p.name.lower(): p for p in self.provinces.values()}
        for prov in self.provinces.values():
            self._add(prov.name.lower(), prov, "province")
        for alias, official in lex.provinsi_aliases.items():
            prov_or_none = prov_by_name.get(official.lower())
            if prov_or_none is None:
                raise InvalidConfig(
                    f"'{official}' is not a province", file="catalogue/news/regions.yaml", field=alias
                )
            self._add(alias.lower(), prov_or_none, "province")
        # Kecamatan names count only after "Kecamatan"/"Kec." (many are also village or person names).
        self._kecamatan: dict[str, list[Region]] = defaultdict(list)
        self._kecamatan_of: dict[str, list[str]] = defaultdict(list)
        for r in _rows(folder / "kecamatan_2025.csv"):
            self._kecamatan[r["nama"].lower()].append(self.kabkota[r["kode_kabupaten_kota"]])
            self._kecamatan_of[r["kode_kabupaten_kota"]].append(r["nama"])
        self._words = self.words()
        self._automaton = ahocorasick.Automaton()
        for key, (regs, how) in self._keys.items():
            self._automaton.add_word(key, (key, tuple(regs), how))
        self._automaton.make_automaton()
        self._kec_re = re.compile(r"\b(?i:kecamatan|kec\.)\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})")

    def kecamatan_names(self) -> frozenset[str]:
        """Every kecamatan name, lower case, as written and without spaces ("negeri katon", "negerikaton")."""
        names = set(self._kecamatan)
        return frozenset(names | {n.replace(" ", "") for n in names})

    def words(self) -> frozenset[str]:
        """Every word of every region name and alias (lower case): they never make up a person's name."""
        return frozenset(w for k in self._keys for w in k.split())

    def _add(self, key: str, reg: Region, how: str) -> None:
        regs, old_how = self._keys[key]
        if reg not in regs:
            regs.append(reg)
        # A phrase that is some region's full official name is "prefixed" even if it is also an alias.
        rank = {"bare": 0, "alias": 1, "province": 1, "prefixed": 2}
        self._keys[key] = (regs, how if rank[how] >= rank[old_how] else old_how)

    # ---- finding ----------------------------------------------------------------------------------

    def find(self, text: str, *, base_weight: float = 1.0) -> list[RegionMention]:
        """Every region mention in ``text``, longest match at each place, with weights."""
        low = text.lower()
        raw: list[tuple[int, int, str, tuple[Region, ...], str]] = []
        for end, (key, regs, how) in self._automaton.iter(low):
            start = end - len(key) + 1
            if (start > 0 and (low[start - 1].isalnum() or low[start - 1] in "-@_/")) or (
                end + 1 < len(low) and (low[end + 1].isalnum() or low[end + 1] in "-_")
            ):
                continue
            raw.append((start, end + 1, key, regs, how))
        # Longest match wins where matches overlap ("Lampung Selatan" over "Lampung").
        raw.sort(key=lambda r: (r[0], -(r[1] - r[0])))
        out: list[RegionMention] = []
        last_end = -1
        for start, end, key, regs, how in raw:
            if start < last_end:
                continue
            m = self._weigh(text, low, start, end, key, regs, how, base_weight)
            if m is not None:
                out.append(m)
                last_end = end
        for km in self._kec_re.finditer(text):
            regs_k = self._kecamatan.get(km.group(1).lower())
            if regs_k:
                out.append(
                    RegionMention(
                        km.start(), km.end(), km.group(0), tuple(regs_k), "kecamatan", 1.5 * base_weight
                    )
                )
        return out

    def _weigh(
        self,
        text: str,
        low: str,
        start: int,
        end: int,
        key: str,
        regs: tuple[Region, ...],
        how: str,
        base: float,
    ) -> RegionMention | None:
        surface = text[start:end]
        before = low[max(0, start - 40) : start]
        hint: str | None = None
        if re.search(rf"(?:{self.lex.kota_prefix.pattern})\s*\.?\s*$", before, re.IGNORECASE):
            hint = "kota"
        elif re.search(rf"(?:{self.lex.kabupaten_prefix.pattern})\s*\.?\s*$", before, re.IGNORECASE):
            hint = "kabupaten"
        authority = bool(
            re.search(rf"(?:{self.lex.authority_prefix.pattern})\s*\.?\s*$", before, re.IGNORECASE)
        )
        prefixed = (
            hint is not None
            or authority
            or bool(re.search(rf"(?:{self.lex.region_prefix.pattern})\s*\.?\s*$", before, re.IGNORECASE))
        )
        capitalised = surface[:1].isupper()
        authority = authority and capitalised
        # "Kepala BKN Bima Haria Wibisana": a capitalised word that is no region's right after a name that
        # needs a prefix makes it a person's name.
        nxt = re.match(r"\s+([A-Z][a-z'\u2019]+)", text[end : end + 30])
        person_after = base <= 1.0 and nxt is not None and nxt.group(1).lower() not in self._words
        m = self._weigh_kind(
            start, end, surface, regs, how, key, base, hint, prefixed, capitalised, person_after
        )
        if m is not None and authority:
            return RegionMention(m.start, m.end, m.text, m.candidates, m.how, m.weight, m.kind_hint, True)
        return m

    def _weigh_kind(
        self,
        start: int,
        end: int,
        surface: str,
        regs: tuple[Region, ...],
        how: str,
        key: str,
        base: float,
        hint: str | None,
        prefixed: bool,
        capitalised: bool,
        person_after: bool = False,
    ) -> RegionMention | None:
        if how == "province" and hint is None:
            if not (capitalised or prefixed):
                return None
            # "Bengkulu" alone is the province; "Kota Bengkulu" is a longer, prefixed match.
            provs = tuple(r for r in regs if r.level == "provinsi")
            return RegionMention(start, end, surface, provs, "province", base, hint)
        if how == "province":
            regs = tuple(r for r in regs if r.level == "kabupaten_kota") or regs
        if how == "prefixed" or hint is not None:
            return RegionMention(start, end, surface, regs, "prefixed", 2.0 * base, hint)
        if key in self.lex.needs_prefix and (not prefixed or person_after):
            return None
        if how == "alias":
            if not (capitalised or prefixed or len(key) >= 8):
                return None
            return RegionMention(start, end, surface, regs, "alias", 2.0 * base if prefixed else 1.5 * base)
        distinctive = len(key) >= 8 and " " not in key
        if not (capitalised or prefixed or distinctive):
            return None
        return RegionMention(start, end, surface, regs, "bare", (1.5 if prefixed else 1.0) * base)

    def dateline(self, text: str) -> list[RegionMention]:
        """The place of the dateline ("MALANG, KOMPAS.com -", "bakabar.com, CIANJUR -", "PALI –")."""
        out: list[RegionMention] = []
        pos = 0
        for line in text.split("\n")[:12]:
            head = re.split(r"\s*(?:--|[-–—|])\s*|\s+\(", line, maxsplit=1)
            if len(head) == 2 and len(head[0]) <= 70 and head[0]:
                offset = pos
                for part in re.split(r"[,|(]", head[0]):
                    p = part.strip()
                    if not p or "." in p or len(p) > 35:
                        continue
                    regs = self._keys.get(p.lower())
                    if regs is not None and regs[0]:
                        i = line.find(p)
                        out.append(
                            RegionMention(offset + i, offset + i + len(p), p, tuple(regs[0]), "dateline", 3.0)
                        )
                        return out
            pos += len(line) + 1
        return out

    def _kecamatan_hits(self, region: Region, text: str) -> int:
        names = self._kecamatan_of.get(region.code, ())
        return sum(
            1
            for n in names
            if len(n) >= 5 and n.lower() not in self._keys and re.search(rf"\b{re.escape(n)}\b", text)
        )

    # ---- resolving --------------------------------------------------------------------------------

    def resolve(
        self,
        mentions: list[RegionMention],
        min_score: float = 1.5,
        *,
        text: str = "",
        national: bool = False,
        issuer: bool = False,
    ) -> ResolvedRegion | None:
        """The best-supported kabupaten/kota, else the best province, else None.

        ``text`` (the article) lets kecamatan names choose between a Kota and a Kabupaten of one name;
        ``national`` (a national body speaks) drops a Jakarta that only the dateline or a bare mention
        gives. With ``issuer`` (a warning or a statement: the region is the authority's), only mentions
        after an authority ("Bawaslu Jabar", "Pemkot Semarang") count when there are any, and a
        kabupaten/kota known only from the dateline (and bare mentions) gives way to its province when
        an authority of the province is named ("MATARAM – … Pemerintah Provinsi NTB").
        """
        if issuer:
            own = [m for m in mentions if m.authority]
            if own:
                mentions = own
        res = self._resolve(mentions, min_score, text)
        if res is None:
            return None
        mine = [m for m in mentions if res.region in m.candidates or (
            res.region.level == "provinsi" and any(r.province_code == res.region.code for r in m.candidates)
        )]  # fmt: skip
        if (
            national
            and res.region.province_code == "31"
            and not any(m.authority for m in mine)
            and sum(1 for m in mine if m.how != "dateline") <= 1
        ):
            return None
        if (
            issuer
            and res.region.level == "kabupaten_kota"
            and any(m.how == "dateline" for m in mine)
            and not any(m.authority or m.how == "prefixed" for m in mine)
        ):
            provs = {
                r.code
                for m in mentions
                if m.authority and all(c.level == "provinsi" for c in m.candidates)
                for r in m.candidates
            }
            if res.region.province_code in provs:
                p = self.provinces[res.region.province_code]
                return ResolvedRegion(p, res.score, [p.name, *res.mentions])
        return res

    def _resolve(self, mentions: list[RegionMention], min_score: float, text: str) -> ResolvedRegion | None:
        prov_score: dict[str, float] = defaultdict(float)
        prov_text: dict[str, str] = {}
        for m in mentions:
            if all(r.level == "provinsi" for r in m.candidates):
                for r in m.candidates:
                    prov_score[r.code] += m.weight
                    prov_text.setdefault(r.code, m.text)
        kab_score: dict[str, float] = defaultdict(float)
        kab_text: dict[str, list[str]] = defaultdict(list)
        for m in mentions:
            kabs = [r for r in m.candidates if r.level == "kabupaten_kota"]
            if not kabs:
                continue
            chosen = self._disambiguate(kabs, m, mentions, prov_score, text)
            kab_score[chosen.code] += m.weight
            if m.text not in kab_text[chosen.code]:
                kab_text[chosen.code].append(m.text)
        for code in list(kab_score):
            # A province named in the article supports its own kabupaten/kota.
            kab_score[code] += 0.5 * min(prov_score.get(self.kabkota[code].province_code, 0.0), 2.0)
        if len(kab_score) >= 4 and max(kab_score.values()) < 2 * sorted(kab_score.values())[-2]:
            # Many places, none dominant: a round-up across regions, not one local case.
            provs = {self.kabkota[c].province_code for c in kab_score}
            if len(provs) == 1:
                p = self.provinces[provs.pop()]
                return ResolvedRegion(p, max(kab_score.values()), [p.name])
            return None
        if kab_score:
            best = max(kab_score, key=lambda c: (kab_score[c], -len(kab_text[c]), c))
            top_p = max(prov_score, key=lambda c: (prov_score[c], c)) if prov_score else None
            if (
                top_p is not None
                and top_p != self.kabkota[best].province_code
                and prov_score[top_p] >= 2 * kab_score[best]
            ):
                # "JAKARTA – … Bawaslu DKI … SMAN 87 Jakarta … (a video of the quake in Palu)".
                p = self.provinces[top_p]
                return ResolvedRegion(p, prov_score[top_p], [prov_text[top_p]])
            if kab_score[best] >= min_score:
                reg = self.kabkota[best]
                res = ResolvedRegion(reg, kab_score[best], kab_text[best])
                named = [p for p in prov_score if p != reg.province_code]
                if named and reg.province_code not in prov_score and len(named) == 1:
                    # The article names another province (an old name after a split, or a mistake).
                    res.province_as_reported = self.provinces[named[0]].name
                return res
        if prov_score:
            best_p = max(prov_score, key=lambda c: (prov_score[c], c))
            if prov_score[best_p] >= 1.0:
                return ResolvedRegion(self.provinces[best_p], prov_score[best_p], [prov_text[best_p]])
        return None

    def _disambiguate(
        self,
        kabs: list[Region],
        m: RegionMention,
        mentions: list[RegionMention],
        prov_score: dict[str, float],
        text: str = "",
    ) -> Region:
        if len(kabs) == 1:
            return kabs[0]
        # Same name for a Kota and a Kabupaten (Malang, Bekasi) or in two provinces (Banjar).
        # An unambiguous mention elsewhere ("Bawaslu Kabupaten Madiun") settles it.
        named = [x.candidates[0] for x in mentions if len(x.candidates) == 1 and x.candidates[0] in kabs]
        if named:
            return max(set(named), key=lambda r: (named.count(r), r.code))
        hints = [x.kind_hint for x in mentions if x.candidates == m.candidates and x.kind_hint]
        if not hints and text:
            # A kecamatan of one of them named in the text ("SMA 9 Kronjo, Tangerang").
            hits = {r.code: self._kecamatan_hits(r, text) for r in kabs}
            top = max(hits.values())
            if top and list(hits.values()).count(top) == 1:
                return next(r for r in kabs if hits[r.code] == top)
        in_named_prov = [r for r in kabs if r.province_code in prov_score]
        pool = in_named_prov or kabs
        want = m.kind_hint or (hints[0] if hints else "kota")
        for r in pool:
            if r.name.lower().startswith(want):
                return r
        return pool[0]
