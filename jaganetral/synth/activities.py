"""Synthetic activity streams at national volume: mostly everyday posts, a few percent political.

The everyday texts deliberately use words the screen must not be fooled by ("pilih menu", "dukung
timnas", shop names that look like nicknames); the political ones mix explicit calls, neutral news,
slang and leetspeak. Some actors are registry ASN (by a known account) or official accounts, and
some activities are passive (tagged, added to a group). Deterministic for a seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta

from jaganetral.model.activity import AccountRef, Activity, GroupRef, Kind, Platform, Target
from jaganetral.model.clock import WIB
from jaganetral.model.election import Candidate, Election

JKT = WIB.tz
EVERYDAY = [
    "Selamat pagi semua, semoga hari ini lancar dan penuh berkah",
    "Alhamdulillah panen cabai tahun ini bagus, harga juga lumayan",
    "Ada yg tau bengkel motor yg buka hari minggu di sekitar pasar?",
    "Pilih menu apa ya buat buka puasa nanti, bingung bgt",
    "Dukung timnas Indonesia malam ini! Garuda pasti menang",
    "Macet parah di jalan lintas, hati2 ya kawan2",
    "Jual beras premium 5kg harga bersahabat, hubungi nmr di profil",
    "Anak sy juara lomba mewarnai tingkat kecamatan, bangga sekali",
    "Kopi susu gula aren di warung Bang Jali enak banget gaes",
    "Info lowongan kerja admin toko, syarat min SMA, kirim CV",
    "Hujan deres dari siang, jemuran ga kering2",
    "Rapat RT malam ini jam 8 di rumah pak RT, mohon hadir",
    "Selamat ulang tahun istriku tercinta, semoga sehat selalu",
    "Tolong doakan ibu saya yg sedang dirawat di rumah sakit",
    "Pengajian rutin malam jumat di masjid Al Ikhlas, ayo datang",
    "Harga bawang merah naik lagi di pasar, emak2 pusing",
    "Jadwal vaksinasi anak di posyandu besok pagi jam 9",
    "Lomba 17an tahun ini seru bgt, panjat pinang rame",
    "Siapa yang mau ikut gowes minggu pagi? kumpul di alun2",
    "Menang arisan bulan ini, alhamdulillah rezeki anak soleh",
]
NEUTRAL_POLITICAL = [
    "KPU umumkan jadwal debat publik {name} dan pasangan lainnya, cek DPT Anda",
    "Berita: {name} mendaftar ke KPU bersama pasangannya hari ini",
    "Bawaslu ingatkan ASN jaga netralitas menjelang pilkada",
]
CAMPAIGN = [
    "Ayo dukung {name} jadi pemimpin kita! {tag}",
    "Coblos nomor {n}, {alias} pasti menang!!! ✌",
    "siap m3n4ngk4n {name}, gaskeun dulur2",
    "{slogan}! bersama kita menang",
    "Relawan {alias} solid, kawal kemenangan sampai TPS",
    "pilih {name} yg terbukti kerja nyata {tag}",
]


def generate_activities(
    n: int,
    election: Election,
    asn_accounts: Sequence[str] = (),
    institution_accounts: Sequence[str] = (),
    seed: int = 0,
    political_share: float = 0.03,
    known_actor_share: float = 0.02,
    passive_share: float = 0.005,
) -> Iterator[Activity]:
    """Yield ``n`` activities. ``asn_accounts`` are ``platform:handle`` keys from the registry."""
    rnd = random.Random(seed)
    cands: list[Candidate] = list(election.candidates())
    start = datetime(2024, 8, 1, tzinfo=JKT)
    span = int(timedelta(days=120).total_seconds())
    for i in range(n):
        r = rnd.random()
        platform = Platform.FACEBOOK
        actor = AccountRef(id=str(rnd.randrange(10**12)), handle=f"user{rnd.randrange(10**8)}", name=None)
        known = rnd.random() < known_actor_share
        if known and asn_accounts:
            p, h = rnd.choice(asn_accounts).split(":", 1)
            platform = Platform(p)
            actor = AccountRef(handle=h)
        elif known and institution_accounts:
            p, h = rnd.choice(institution_accounts).split(":", 1)
            platform = Platform(p)
            actor = AccountRef(handle=h)
        kind = Kind.POST
        text: str
        if r < political_share:
            c = rnd.choice(cands)
            tmpl = rnd.choice(CAMPAIGN if rnd.random() < 0.7 else NEUTRAL_POLITICAL)
            text = tmpl.format(
                name=c.name, n=c.ballot_number, alias=c.aliases[-1], tag=c.hashtags[0], slogan=c.slogans[0]
            )
        else:
            text = rnd.choice(EVERYDAY)
        if rnd.random() < passive_share:
            kind = rnd.choice((Kind.TAGGED, Kind.ADDED_TO_GROUP))
        created = start + timedelta(seconds=rnd.randrange(span))
        group = GroupRef(id=f"g{i % 997}", name="Grup Warga") if kind is Kind.ADDED_TO_GROUP else None
        yield Activity(
            id=f"syn-{seed}-{i}",
            platform=platform,
            kind=kind,
            created_at=created,
            actor=actor,
            text=text,
            group=group,
            initiated_by=AccountRef(handle="admin.grup") if kind.is_passive else None,
            target=Target(id=f"t{i}") if kind is Kind.TAGGED else None,
        )
