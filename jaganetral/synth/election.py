"""A synthetic national Pilkada configuration: ~1,500 contests over the real regions.

Real kabupaten/kota and provinces (the shipped Kemendagri gazetteer), the real Pilkada 2024
calendar, fictional candidates. Deterministic for a seed. Used by ``jaganetral bench``.
"""

from __future__ import annotations

import csv
import random
from datetime import date

from jaganetral.model.activity import Platform
from jaganetral.model.election import Candidate, Contest, Election, Party, RunningMate, Stage
from jaganetral.model.people import AccountKey
from jaganetral.screen.vocabulary import CATALOGUE

GIVEN = (
    "Ahmad Agus Andi Bambang Budi Dedi Dwi Eko Fajar Hadi Hendra Heru Imam Indra Joko Kurniawan "
    "Lukman Muhammad Nur Rahmat Rizal Setiawan Slamet Sri Suryadi Taufik Teguh Wahyu Yusuf Zainal "
    "Ani Dewi Endang Fitri Lestari Maya Nia Ratna Rina Siti Wulan Yanti Aisyah Nurul Putri"
).split()
FAMILY = (
    "Saputra Wijaya Santoso Pratama Hidayat Nugroho Kusuma Siregar Nasution Harahap Lubis "
    "Simanjuntak Sitompul Hutapea Tanjung Panjaitan Wibowo Susanto Gunawan Halim Syahputra "
    "Ramadhan Firmansyah Permana Maulana Hakim Rahman Fauzi Iskandar Sulaiman Daulay Tarigan "
    "Ginting Sembiring Manurung Pohan Rangkuti Matondang Batubara Purba Damanik Sinaga"
).split()
SLOGAN_A = "Maju Sejahtera Bangkit Hebat Berkah Mandiri Bersatu Bermartabat Juara Emas".split()
SLOGAN_B = "Bersama Berkeadilan Untuk Semua Lebih Baik Gemilang Berdaya Religius Melayani".split()
PARTIES = [
    ("PKB", "Partai Kebangkitan Bangsa"),
    ("GERINDRA", "Partai Gerakan Indonesia Raya"),
    ("PDIP", "Partai Demokrasi Indonesia Perjuangan"),
    ("GOLKAR", "Partai Golongan Karya"),
    ("NASDEM", "Partai NasDem"),
    ("PKS", "Partai Keadilan Sejahtera"),
    ("PAN", "Partai Amanat Nasional"),
    ("DEMOKRAT", "Partai Demokrat"),
]
STAGES = (
    Stage("pendaftaran", date(2024, 8, 27), date(2024, 8, 29)),
    Stage("penetapan_calon", date(2024, 9, 22), date(2024, 9, 22)),
    Stage("kampanye", date(2024, 9, 25), date(2024, 11, 23)),
    Stage("masa_tenang", date(2024, 11, 24), date(2024, 11, 26)),
    Stage("pemungutan_suara", date(2024, 11, 27), date(2024, 11, 27)),
)


def regions() -> list[tuple[str, str]]:
    """(name, office) of every real province and kabupaten/kota."""
    out: list[tuple[str, str]] = []
    with (CATALOGUE / "gazetteer" / "provinsi_2025.csv").open(encoding="utf-8") as fh:
        out += [(f"Provinsi {r['nama']}", "gubernur") for r in csv.DictReader(fh)]
    with (CATALOGUE / "gazetteer" / "kabupaten_kota_2025.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            out.append((r["nama"], "walikota" if r["jenis"] == "kota" else "bupati"))
    return out


def generate_election(contests: int = 1500, seed: int = 0) -> Election:
    """A Pilkada with ``contests`` contests of 2–4 candidates each (regions reused if needed)."""
    rnd = random.Random(seed)
    regs = regions()
    out: list[Contest] = []
    used_names: set[str] = set()
    for i in range(contests):
        region, office = regs[i % len(regs)]
        cid = f"c{i:04d}"
        cands: list[Candidate] = []
        for n in range(1, rnd.randint(2, 4) + 1):
            while True:
                name = f"{rnd.choice(GIVEN)} {rnd.choice(GIVEN)} {rnd.choice(FAMILY)}"
                if name not in used_names:
                    used_names.add(name)
                    break
            toks = name.split()
            mate = f"{rnd.choice(GIVEN)} {rnd.choice(FAMILY)}"
            tag = f"#{toks[0]}{mate.split()[0]}Menang{i}"
            cands.append(
                Candidate(
                    id=f"{cid}-{n}",
                    contest_id=cid,
                    name=name,
                    aliases=("".join(t[0] for t in toks), f"Bang {toks[1]}"),
                    running_mate=RunningMate(mate),
                    ballot_number=n,
                    parties=(rnd.choice(PARTIES)[0],),
                    slogans=(f"{region.split()[-1]} {rnd.choice(SLOGAN_A)} {rnd.choice(SLOGAN_B)} {i}",),
                    hashtags=(tag,),
                    accounts=(AccountKey(Platform.FACEBOOK, f"{toks[0].lower()}.{toks[2].lower()}.{i}"),),
                )
            )
        out.append(Contest(cid, office, region, tuple(cands)))
    return Election(
        "pilkada-2024-synthetic",
        "Pemilihan Serentak 2024 (sintetis)",
        date(2024, 11, 27),
        STAGES,
        tuple(Party(a, n) for a, n in PARTIES),
        tuple(out),
    )
