"""Platforms: where the conduct happened or was published.

Named platforms ("Facebook", "grup WA", "akun TikTok") count in the sentences about the case; a two-letter
abbreviation ("wa", "ig") only after a word that introduces a platform ("grup", "status", "via"); a
platform named as the article's own channel ("kanal YouTube KompasTV", "WhatsApp Channel") never does.
Conduct away from any platform (a speech, a meeting, an event, an official car, campaign props carried)
adds ``offline``, and so do the actions that are physical by nature (attending a campaign, using a state
facility). With no platform named, a chat group is WhatsApp (``implied``); online words without a
platform ("media sosial", "diunggah", "viral") make it ``unknown``; with none of these either, what was
done happened offline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from jaganetral.news.document import Sentence
from jaganetral.news.lexicon import NewsLexicon

_PHYSICAL = {"attend_campaign": "attending a campaign", "state_facility_use": "a state facility"}


class PlatformExtractor:
    """Sentences about the case (+ the actions found) → platform names with reasons."""

    def __init__(self, lex: NewsLexicon) -> None:
        self.lex = lex

    def extract(
        self, sentences: list[Sentence], actions: Sequence[str] = (), described: bool = True
    ) -> tuple[list[str], list[str]]:
        """``actions``: those found; ``described``: the article says what was done (not only counts)."""
        found: dict[str, str] = {}
        offline: str | None = None
        for s in sentences:
            noise = [m.span() for m in self.lex.platform_noise.finditer(s.text)]
            named: list[tuple[int, int]] = []
            for name, rx in self.lex.platforms:
                for m in rx.finditer(s.text):
                    if any(a <= m.start() < b for a, b in noise):
                        continue
                    named.append(m.span())
                    surface = m.group(0)
                    if len(surface) <= 3 and not surface.isupper():
                        prev = s.low[max(0, m.start() - 12) : m.start()]
                        if not re.search(
                            r"(grup|group|akun|status|pesan|story|via|lewat|melalui|di)\s*$", prev
                        ):
                            continue
                    found.setdefault(name, surface)
            if offline is None:
                # "pertemuan secara daring" is an online meeting, not an offline one.
                om = next(
                    (
                        o
                        for o in self.lex.offline.finditer(s.text)
                        if not any(a <= o.start() < b for a, b in named)
                    ),
                    None,
                )
                if om:
                    offline = om.group(0)
        if not found:
            for name, rx in self.lex.implied_platforms:
                for s in sentences:
                    im = rx.search(s.text)
                    if im is not None:
                        found[name] = im.group(0)
                        break
        out = list(found)
        reasons: list[str] = []
        if found:
            reasons.append("platforms: " + ", ".join(f"{k} ('{v}')" for k, v in found.items()))
        physical = next((_PHYSICAL[a] for a in actions if a in _PHYSICAL), None)
        if offline is not None or physical is not None:
            out.append("offline")
            reasons.append(f"offline: '{offline}'" if offline else f"offline: {physical}")
        if not out:
            hits = (self.lex.generic_online.search(s.text) for s in sentences)
            online = next((h.group(0) for h in hits if h is not None), None)
            if online is None and described:
                out.append("offline")
                reasons.append("offline: what was done is described, with no online medium")
            else:
                out.append("unknown")
                why = (
                    f"online ('{online}') but no platform named"
                    if online
                    else "what was done is not described"
                )
                reasons.append(f"unknown platform: {why}")
        return out, reasons
