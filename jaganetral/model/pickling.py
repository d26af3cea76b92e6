"""Fast pickling for the frozen value types that cross process boundaries.

A frozen, slotted dataclass pickles through :mod:`dataclasses`' generic ``__setstate__``, which
looks its fields up again for every object: 70 µs to load one activity. The scan's workers send
back tens of thousands of kept activities with their screen results, so those types pickle as
``(class, field values)`` instead, and load through their constructor (a few µs).
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")


def pickles_by_fields(cls: type[T]) -> type[T]:
    """Make a dataclass (every field in ``__init__``) pickle as its constructor arguments."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if any(not f.init for f in fields):
        raise TypeError(f"{cls.__name__}: every field must be an __init__ argument")
    names = tuple(f.name for f in fields)

    def __reduce__(self: Any) -> tuple[type[T], tuple[Any, ...]]:
        return cls, tuple(getattr(self, n) for n in names)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign]
    return cls
