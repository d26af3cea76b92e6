"""Maps format names to sources and picks the source for a file by sniffing its content."""

from __future__ import annotations

from jaganetral.errors import InvalidInput
from jaganetral.sources.base import InputFile, Source, check_text_bytes


def all_sources() -> list[type[Source]]:
    """Every registered source, in sniff order. Adding a format is one line here."""
    from jaganetral.sources import canonical
    from jaganetral.sources.crowdtangle import CrowdTangleCsv
    from jaganetral.sources.facebook_graph import FacebookGraph
    from jaganetral.sources.instagram_graph import InstagramGraph
    from jaganetral.sources.screenshot import Screenshot
    from jaganetral.sources.telegram import TelegramExport
    from jaganetral.sources.tiktok_research import TikTokResearch
    from jaganetral.sources.whatsapp import WhatsAppChat
    from jaganetral.sources.x_v2 import XApiV2
    from jaganetral.sources.youtube_comments import YouTubeCommentThreads

    found: list[type[Source]] = [canonical.CanonicalJsonl]
    found += [FacebookGraph, CrowdTangleCsv, XApiV2, InstagramGraph, TikTokResearch, YouTubeCommentThreads]
    found += [WhatsAppChat, TelegramExport, Screenshot]
    return sorted(found, key=lambda s: s.priority)


def detect(f: InputFile) -> type[Source]:
    """The source that recognises ``f``; :class:`InvalidInput` with the reason when none does."""
    for src in all_sources():
        try:
            recognised = src.sniff(f)
        except Exception:  # a sniffer choking on odd bytes only means "not mine"
            recognised = False
        if recognised:
            return src
    # Give the most useful reason we can: encoding and emptiness problems first.
    check_text_bytes(f.head, f.name, partial=True)
    raise InvalidInput(
        "format not recognised (supported: " + ", ".join(s.name for s in all_sources()) + ")",
        file=f.name,
        line=1,
    )
