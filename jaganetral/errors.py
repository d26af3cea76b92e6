"""The one exception root of jaganetral and its data-error family.

Bad data is always reported with *where* it was found (file, line, field) so a user can fix the
input without reading code. Fatal errors stop a run; item errors are collected as
:class:`Rejection` and the record is skipped.
"""

from __future__ import annotations

from dataclasses import dataclass


class JaganetralError(Exception):
    """Root of every error jaganetral raises on purpose.

    ``http_status`` is what the web app answers for it (4xx: the caller can fix it)."""

    http_status: int = 400


class InvalidData(JaganetralError):
    """Bad input data. ``str()`` is a one-line message naming file, line and field."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.message = message
        self.file = file
        self.line = line
        self.field = field
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = []
        if self.file is not None:
            where.append(self.file)
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.field is not None:
            where.append(f"field '{self.field}'")
        prefix = ", ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message

    def __reduce__(self) -> tuple[object, ...]:
        # Worker processes send errors back to the parent: keep file, line and field apart.
        return (_rebuild, (type(self), self.message, self.file, self.line, self.field))


def _rebuild(
    cls: type[InvalidData], message: str, file: str | None, line: int | None, field: str | None
) -> InvalidData:
    return cls(message, file=file, line=line, field=field)


class InvalidInput(InvalidData):
    """An input file (activities, articles) that cannot be read at all."""


class InvalidConfig(InvalidData):
    """A reference data file (election YAML, registry CSV, rule YAML) that fails validation."""


class StoreError(JaganetralError):
    """The storage layer could not complete an operation (nothing was written)."""

    http_status = 503


@dataclass(frozen=True, slots=True)
class Rejection:
    """One skipped record: where it was and why. Reported, never silently dropped."""

    file: str
    line: int | None
    field: str | None
    reason: str

    def __str__(self) -> str:
        return str(InvalidData(self.reason, file=self.file, line=self.line, field=self.field))
