"""Step 2 — parse: one input file into canonical activities and rejected records.

The format is detected from the content (:func:`jaganetral.sources.registry.detect`); the source
yields :class:`Activity` objects and :class:`Rejection` records. A file that cannot be read at all
raises :class:`~jaganetral.errors.InvalidInput`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from jaganetral.errors import InvalidInput, JaganetralError, Rejection
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
    return Parsed(f, source.name, _with_exposures(f, source().parse(f)))


def parse_part(f: InputFile, part: Part, sift: Sift | None = None) -> Iterator[Activity | Rejection]:
    """The records of one part of a splittable file (see :func:`parse`); records whose glance
    fails ``sift`` are only counted there."""
    return _with_exposures(f, detect(f)().parse_part(f, part, sift))


#: What a parser raises when a value has a shape its format never has and no field check caught it.
_SHAPE_ERRORS = (TypeError, ValueError, AttributeError, KeyError, IndexError, OverflowError, RecursionError)


def _with_exposures(f: InputFile, items: Iterator[Activity | Rejection]) -> Iterator[Activity | Rejection]:
    try:
        for item in items:
            yield item
            if isinstance(item, Activity):
                yield from exposures(item)
    except JaganetralError:
        raise
    except OSError as exc:
        raise InvalidInput(f"cannot read the file: {exc.strerror or exc}", file=f.name) from exc
    except _SHAPE_ERRORS as exc:
        # The file-level boundary: the file is refused as a whole (not stored), with the reason.
        raise InvalidInput(
            f"a value this format never holds ({type(exc).__name__}: {str(exc)[:200]}); "
            "the file was not read",
            file=f.name,
        ) from exc
