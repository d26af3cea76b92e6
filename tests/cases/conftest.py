"""A store with the sample workspace scanned into it, and a team of users."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from jaganetral.attribute.index import build_index
from jaganetral.cases.access import User, add_user
from jaganetral.cases.units import save_unit
from jaganetral.judge.analysis import Analyzer
from jaganetral.model.election import load_election
from jaganetral.model.registry import iter_institutions, iter_registry_rows
from jaganetral.pipeline import expand_inputs, scan
from jaganetral.store.repository import Store

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
PASSWORD = "rahasia-demo-123"
#: the second factor of the roles that need one (pimpinan, admin): fixed secrets, codes computed
TOTP_SECRETS = {
    "admin": "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
    "pimpinan": "KRSXG5CTMVRXEZLUKN2XAZLSONSXG5DF",
    "pimpinan2": "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U",
}
#: what an admin sets on the unit page before letters can be approved
UNIT_SETTINGS: dict[str, object] = {
    "name": "Bawaslu Kota Uji",
    "code": "K.SS-01",
    "city": "Palembang",
    "region": "Kota Palembang",
    "signatory_name": "Dr. Kurniawan Ketua",
    "signatory_title": "Ketua Bawaslu Kota Uji",
    "copies": "Ketua Bawaslu Republik Indonesia\nArsip",
}


def scan_samples(store: Store) -> None:
    index = build_index(iter_registry_rows(SAMPLES / "asn.csv"), iter_institutions(SAMPLES / "accounts.csv"))
    analyzer = Analyzer([load_election(p) for p in sorted(SAMPLES.glob("election*.yaml"))], index)
    scan(expand_inputs([SAMPLES / "inputs"]), analyzer=analyzer, store=store, out=None)


@pytest.fixture
def scanned(store: Store) -> Store:
    scan_samples(store)
    return store


class Clock:
    """A settable clock so legal deadlines can be tested without waiting."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2024, 9, 9, 9, 0, tzinfo=UTC))


@pytest.fixture
def team(store: Store) -> dict[str, User]:
    def mk(u: str, r: str, i: str | None = None) -> User:
        return add_user(store.engine, u, u.title(), r, PASSWORD, i, totp_secret=TOTP_SECRETS.get(u))

    admin = mk("admin", "admin")
    save_unit(store.engine, admin, "Bawaslu Kota Uji", UNIT_SETTINGS)
    return {
        "admin": admin,
        "analis": mk("analis", "analis"),
        "pemeriksa": mk("pemeriksa", "pemeriksa"),
        "pimpinan": mk("pimpinan", "pimpinan"),
        "pimpinan2": mk("pimpinan2", "pimpinan"),
        "pali": mk(
            "inspektorat-pali",
            "instansi",
            "Dinas Komunikasi dan Informatika Kabupaten Penukal Abab Lematang Ilir",
        ),
        "other": mk("inspektorat-disdik", "instansi", "Dinas Pendidikan Kota Lubuklinggau"),
    }


def forward(svc: Any, team: dict[str, User], case_id: str) -> None:
    """Walk a case to *diteruskan* (to BKN): the first state its agency sees it in."""
    boss = team["pimpinan"]
    for to in ("temuan", "kajian_awal", "diregistrasi", "klarifikasi", "kajian"):
        svc.transition(boss, case_id, to, f"alasan {to}")
    svc.transition(
        boss, case_id, "putusan", "terbukti melanggar netralitas", outcome="pelanggaran_netralitas"
    )
    svc.draft_recommendation(boss, case_id, "Merekomendasikan sanksi disiplin kepada PPK.")
    svc.decide_recommendation(team["pimpinan2"], case_id, True)
    svc.transition(boss, case_id, "diteruskan", "rekomendasi dikirim ke BKN")
