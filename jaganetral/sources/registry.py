"""Maps format names to sources and picks the source for a file by sniffing its content."""

from __future__ import annotations

from jaganetral.errors import InvalidInput
from jaganetral.sources.base import InputFile, Source, check_text_bytes


def all_sources() -> list[type[Source]]:
    """Every registered source, in sniff order. Adding a format is one line here."""
    from jaganetral.sources import canonical

    found: list[type[Source]] = [canonical.CanonicalJsonl]
    return sorted(found, key=lambda s: s.priority)


def detect(f: InputFile) -> type[Source]:
    """The source that recognises ``f``; :class:`InvalidInput` with the reason when none does."""
    for src in all_sources():
        if src.sniff(f):
            return src
    # Give the most useful reason we can: encoding and emptiness problems first.
    check_text_bytes(f.head, f.name, partial=True)
    raise InvalidInput("format not recognised (supported: "
                       + ", ".join(s.name for s in all_sources()) + ")", file=f.name, line=1)
