"""People and institutions the watchdog attributes accounts to: ASN and government accounts."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from jaganetral.model.activity import Platform
from jaganetral.model.pickling import pickles_by_fields


class AsnStatus(StrEnum):
    """Employment status under UU 20/2023: PNS (civil servant) or PPPK (contract civil servant)."""

    PNS = "PNS"
    PPPK = "PPPK"


@pickles_by_fields
@dataclass(frozen=True, slots=True)
class AccountKey:
    """A known account: platform plus normalised handle (E.164 phone for WhatsApp/Telegram)."""

    platform: Platform
    handle: str

    def __str__(self) -> str:
        return f"{self.platform.value}:{self.handle}"


@pickles_by_fields
@dataclass(frozen=True, slots=True)
class PersonName:
    """A name split into honorifics/degrees and the core name used for matching."""

    full: str
    core: str
    titles_before: tuple[str, ...] = ()
    titles_after: tuple[str, ...] = ()


@pickles_by_fields
@dataclass(frozen=True, slots=True)
class Person:
    """One ASN from the registry. ``nip`` is the 18-digit Nomor Induk Pegawai."""

    nip: str
    name: PersonName
    jabatan: str
    instansi: str
    unit_kerja: str
    wilayah: str
    status: AsnStatus
    accounts: tuple[AccountKey, ...] = ()


@pickles_by_fields
@dataclass(frozen=True, slots=True)
class Institution:
    """A government body's official account (dinas, pemda, kecamatan, sekolah…)."""

    instansi: str
    wilayah: str
    account: AccountKey
    nama_akun: str
