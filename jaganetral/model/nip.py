"""The NIP (Nomor Induk Pegawai): the 18-digit number that identifies an ASN in the registry.

Layout (PP 11/2017 and BKN practice), digits numbered from 1::

    1-8   birth date        YYYYMMDD
    9-14  appointment (TMT) YYYYMM   month the person became CPNS / PPPK
    15    sex               1 male, 2 female
    16-18 sequence          000-999 within the same birth date, appointment and sex

PPPK numbers (NI PPPK, Peraturan BKN on PPPK identity numbers as reported by BKN and regional
BKD pages) have the same length, birth date, sex and sequence, but digits 9-14 are the *year* of the
first appointment as calon PPPK followed by a two-digit code for the contract (published examples
read ``2021 21``, ``2023 22``, ``2025 24``), not a month: :func:`pppk_nip_error` accepts that layout
for rows whose status is PPPK (codes 20-29, year from 2019, when the first PPPK were appointed).
The registry loader (:mod:`jaganetral.model.registry`) validates every NIP with this module and
reports the reason for each invalid one; attribution later trusts that a stored NIP is well formed.

The checks are cheap but run millions of times on a full registry, so the two date fields are
parsed through small caches: a registry has only a few tens of thousands of distinct birth dates
and a few hundred appointment months.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

NIP_LENGTH = 18
MIN_BIRTH_YEAR = 1940
MIN_APPOINTMENT_YEAR = 1960
#: Age at appointment below which a NIP is impossible (minimum age to apply for CPNS / PPPK).
MIN_AGE_AT_APPOINTMENT = 18


class NipError(ValueError):
    """A NIP that cannot be valid. ``code`` names the broken part for grouping in reports.

    Codes: ``length``, ``non_digit``, ``birth_date``, ``birth_range``, ``appointment``,
    ``appointment_range``, ``underage``, ``sex``.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class NipInfo:
    """The parts of a valid NIP. ``appointment`` is (year, month); ``sex`` 1 male, 2 female."""

    birth_date: date
    appointment: tuple[int, int]
    sex: int
    sequence: int

    @property
    def nip(self) -> str:
        """The 18-digit NIP these parts spell (the inverse of :func:`validate_nip`)."""
        return format_nip(self.birth_date, self.appointment, self.sex, self.sequence)


def format_nip(birth_date: date, appointment: tuple[int, int], sex: int, sequence: int) -> str:
    """Spell a NIP from its parts, without validating them (tests and the generator use this)."""
    year, month = appointment
    return f"{birth_date:%Y%m%d}{year:04d}{month:02d}{sex:d}{sequence:03d}"


# The caches are bounded: hostile input could otherwise grow them with every garbage string.
# They hold _Problem records, not exceptions: a cached exception object raised again and again
# would keep growing its traceback.
@dataclass(frozen=True, slots=True)
class _Problem:
    code: str
    message: str


@lru_cache(maxsize=1 << 16)
def _birth(digits: str) -> str | _Problem:
    """Check digits 1-8; return the ``YYYYMM`` of the 18th birthday, for the age check."""
    try:
        born = date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return _Problem("birth_date", f"birth date {digits} (digits 1-8) is not a real date")
    if born.year < MIN_BIRTH_YEAR:
        return _Problem("birth_range", f"birth year {born.year} is before {MIN_BIRTH_YEAR}")
    return f"{born.year + MIN_AGE_AT_APPOINTMENT:04d}{born.month:02d}"


@lru_cache(maxsize=1 << 12)
def _appointment(digits: str) -> _Problem | None:
    year, month = int(digits[:4]), int(digits[4:6])
    if not 1 <= month <= 12:
        return _Problem(
            "appointment", f"appointment {digits} (digits 9-14) is not a real month (month {month:02d})"
        )
    if year < MIN_APPOINTMENT_YEAR:
        return _Problem("appointment_range", f"appointment year {year} is before {MIN_APPOINTMENT_YEAR}")
    return None


def _iso(digits: str) -> str:
    """``YYYYMMDD`` or ``YYYYMM`` as ``YYYY-MM-DD`` / ``YYYY-MM`` for messages."""
    return "-".join(p for p in (digits[:4], digits[4:6], digits[6:8]) if p)


def nip_checker(today: date | None = None) -> Callable[[str], NipError | None]:
    """A function returning why a NIP is invalid, or ``None``: the registry's hot path.

    ``today`` (default: the system date, read once here) bounds both dates; tests pass it to stay
    deterministic. Every field has a fixed width of ASCII digits, so once each date is known to be
    real, comparing the digit strings compares the dates: no date objects per NIP.
    """
    now = today or date.today()
    today_day, today_month = f"{now:%Y%m%d}", f"{now:%Y%m}"
    birth, appointment = _birth, _appointment

    def check(nip: str) -> NipError | None:
        if len(nip) != NIP_LENGTH:
            if "E+" in nip.upper() and "." in nip:
                # Spreadsheets turn an 18-digit NIP into 1.97805E+17, losing digits for good.
                return NipError(
                    "length",
                    f"NIP '{nip}' is a spreadsheet number in scientific notation; "
                    "format the column as text and export again",
                )
            return NipError("length", f"NIP must be 18 digits, got {len(nip)} characters")
        # isdigit() alone would accept other scripts' digits and superscripts (e.g. '²').
        if not (nip.isascii() and nip.isdigit()):
            pos = next(i for i, c in enumerate(nip) if not "0" <= c <= "9")
            return NipError("non_digit", f"NIP must be 18 digits; character {pos + 1} is {nip[pos]!r}")
        adult_from = birth(nip[:8])
        if not isinstance(adult_from, str):
            return NipError(adult_from.code, adult_from.message)
        appointed = nip[8:14]
        problem = appointment(appointed)
        if problem is not None:
            return NipError(problem.code, problem.message)
        if nip[:8] > today_day:
            return NipError("birth_range", f"birth date {_iso(nip[:8])} is in the future")
        if appointed > today_month:
            return NipError("appointment_range", f"appointment {_iso(appointed)} is in the future")
        # Month precision on purpose: TMT is a month, and rejecting a real employee for being
        # appointed in the month of their 18th birthday would be worse than letting one through.
        if appointed < adult_from:
            return NipError(
                "underage",
                f"appointment {_iso(appointed)} is before the 18th birthday (born {_iso(nip[:8])})",
            )
        if nip[14] != "1" and nip[14] != "2":
            return NipError("sex", f"sex digit (digit 15) is {nip[14]}, must be 1 (male) or 2 (female)")
        return None

    return check


#: NI PPPK contract codes seen in published numbers (digits 13-14).
PPPK_CODES = range(20, 30)
FIRST_PPPK_YEAR = 2019


def pppk_nip_error(nip: str, today: date | None = None) -> NipError | None:
    """Why ``nip`` is not a valid NI PPPK either (see the module docstring), or ``None``."""
    plain = nip_error(nip, today)
    if plain is None or plain.code != "appointment":
        return plain
    year, code = int(nip[8:12]), int(nip[12:14])
    now = today or date.today()
    if code not in PPPK_CODES:
        return NipError(
            "appointment",
            f"digits 13-14 ({nip[12:14]}) are neither a month nor a PPPK contract code (20-29)",
        )
    if not FIRST_PPPK_YEAR <= year <= now.year:
        return NipError(
            "appointment_range", f"PPPK appointment year {year} is outside {FIRST_PPPK_YEAR}-{now.year}"
        )
    # The rest as for a PNS number: check it with a month in place of the code.
    return nip_error(nip[:12] + "01" + nip[14:], today)


def nip_error(nip: str, today: date | None = None) -> NipError | None:
    """The reason ``nip`` is invalid, or ``None`` (see :func:`nip_checker` for many NIPs)."""
    return nip_checker(today)(nip)


def validate_nip(nip: str, today: date | None = None) -> NipInfo:
    """Check an 18-digit NIP and return its parts; raise :class:`NipError` (a ``ValueError``).

    The message says precisely which part is wrong (``birth date 19780230 (digits 1-8) is not a
    real date``) so whoever maintains the registry can fix the row. Surrounding whitespace is the
    caller's business: the registry loader strips it and the grouping spaces of printed NIPs.
    """
    err = nip_error(nip, today)
    if err is not None:
        raise err
    return NipInfo(
        birth_date=date(int(nip[:4]), int(nip[4:6]), int(nip[6:8])),
        appointment=(int(nip[8:12]), int(nip[12:14])),
        sex=int(nip[14]),
        sequence=int(nip[15:]),
    )


def appointed_from(nip: str, pppk: bool = False) -> date | None:
    """The first day the NIP says its holder was an ASN: the first of the appointment (TMT) month
    of a PNS number, 1 January of the appointment year of a PPPK number; None if it cannot tell."""
    if len(nip) != NIP_LENGTH or not nip.isdigit():
        return None
    year, month = int(nip[8:12]), 1 if pppk else int(nip[12:14])
    try:
        return date(year, month, 1)
    except ValueError:
        return None
