"""Step 2 — parse: one input file into canonical activities and rejected records.

The format is detected from the content (:func:`jaganetral.sources.registry.detect`); the source
yields :class:`Activity` objects and :class:`Rejection` records. A file that cannot be read at all
raises :class:`~jaganetral.errors.InvalidInput`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from jaganetral.errors import Rejection
from jaganetral.model.activity import Activity, Sift
from jaganetral.sources.base import InputFile, Part
from jaganetral.sources.mentions import exposures
from jaganetral.sources.registry import detect


@dataclass(frozen=True, slots=True)
class Parsed:
    """A file being parsed: its detected format and the stream of its records."""

    file: InputFile
    format: str
    items: Iterator[Activity | Rejection]


def parse(f: InputFile) -> Parsed:
    """Detect the format of ``f`` and start its parser. Every mention in a record also becomes a
    ``tagged`` activity of the mentioned account (a passive exposure, see sources.mentions)."""
    source = detect(f)
    return Parsed(f, source.name, _with_exposures(source().parse(f)))


def parse_part(f: InputFile, part: Part, sift: Sift | None = None) -> Iterator[Activity | Rejection]:
    """The records of one part of a splittable file (see :func:`parse`); records whose glance
    fails ``sift`` are only counted there."""
    return _with_exposures(detect(f)().parse_part(f, part, sift))


def _with_exposures(items: Iterator[Activity | Rejection]) -> Iterator[Activity | Rejection]:
    for item in items:
        yield item
        if isinstance(item, Activity):
            yield from exposures(item)
