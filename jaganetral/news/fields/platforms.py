"""Platforms: where the conduct happened or was published.

Named platforms ("Facebook", "grup WA", "akun TikTok") count in sentences that report rather than state
a rule; a two-letter abbreviation ("wa", "ig") only after a word that introduces a platform ("grup",
"status", "via"). Physical conduct (a speech, a banner, a meeting, an official car) adds ``offline``;
with no platform named, a chat group is WhatsApp (``implied``), and nothing at all is ``unknown``.
"""

from __future__ import annotations

import re

from jaganetral.news.document import Sentence
from jaganetral.news.lexicon import NewsLexicon


class PlatformExtractor:
    """Reporting sentences → platform names (the news vocabulary) with reasons."""

    def __init__(self, lex: NewsLexicon) -> None:
        self.lex = lex

    def extract(self, events: list[Sentence]) -> tuple[list[str], list[str]]:
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
        reasons: list[str] = []
        if found:
            reasons.append("platforms: " + ", ".join(f"{k} ('{v}')" for k, v in found.items()))
        if offline is not None:
            out.append("offline")
            reasons.append(f"offline: '{offline}'")
        if not out:
            out.append("unknown")
        return out, reasons
