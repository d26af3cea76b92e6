"""Region: the kabupaten/kota (or province) of the case, or of the authority that issued a warning.

Mentions come from one Aho-Corasick pass of :class:`~jaganetral.news.regions.RegionResolver` over the
body and the title (title mentions weigh double) plus the dateline ("MALANG, KOMPAS.com -"), which
replaces an ordinary mention at the same place. The resolver then picks the best-supported
kabupaten/kota, else a province; the province always comes from the gazetteer.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jaganetral.news.document import Document
from jaganetral.news.regions import RegionMention, RegionResolver, ResolvedRegion


@dataclass(slots=True)
class RegionResult:
    """The chosen region (or None), every mention it was chosen from, and why."""

    region: ResolvedRegion | None
    mentions: list[RegionMention] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)

    @property
    def local(self) -> bool:
        """A kabupaten/kota was chosen or strongly mentioned (a local story, not a national one)."""
        if self.region is not None and self.region.region.level == "kabupaten_kota":
            return True
        return any(
            m.weight >= 1.5 and any(r.level == "kabupaten_kota" for r in m.candidates) for m in self.mentions
        )


class RegionExtractor:
    """Document → :class:`RegionResult`."""

    def __init__(self, resolver: RegionResolver) -> None:
        self.resolver = resolver

    def extract(self, doc: Document, *, issuer: bool = False) -> RegionResult:
        """The region of ``doc``; ``issuer``: the article is a warning or a statement (see resolve)."""
        mentions = self.resolver.find(doc.body)
        dl = self.resolver.dateline(doc.body)
        if dl:
            d = dl[0]
            mentions = [m for m in mentions if m.end <= d.start or m.start >= d.end] + dl
        if doc.title:
            mentions += self.resolver.find(doc.title, base_weight=2.0)
        text = doc.text
        national = bool(self.resolver.lex.national_bodies.search(text))
        region = self.resolver.resolve(mentions, text=text, national=national, issuer=issuer)
        reasons = []
        if region is not None:
            reasons.append(f"region: {region.region.name} from {', '.join(region.mentions[:4])}")
        return RegionResult(region, mentions, reasons)
