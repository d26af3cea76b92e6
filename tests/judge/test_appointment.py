"""An act from before the appointment the NIP records is no ASN's act for certain: a person decides
when neutrality already bound non-ASN staff (SE MenPANRB 01/2023); years before, it is no ASN's act."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from factories import JKT, make_activity
from world import world_elections

from jaganetral.attribute.loading import load_index
from jaganetral.judge.analysis import Analyzer
from jaganetral.model.activity import AccountRef, Kind, Platform
from jaganetral.model.finding import Status
from jaganetral.model.nip import appointed_from

HEADER = "nip,nama,jabatan,instansi,unit_kerja,wilayah,status,akun\n"
# appointed CPNS in October 2024 (digits 9-14: 202410), in the middle of the Pilkada 2024 campaign
ROW = (
    "199601012024101001,Dimas Saputra,Pranata Komputer Ahli Pertama,Pemerintah Kota Lubuklinggau,"
    "Dinas Komunikasi dan Informatika,Kota Lubuklinggau,PNS,facebook:dimas.saputra.llg\n"
)


def _poster(tmp_path: Path, row: str, handle: str):  # type: ignore[no-untyped-def]
    """A function posting a call for Bang Rahmat (number 1) from ``handle`` at a given time, judged
    against a registry of the one ``row``."""
    csv = tmp_path / "asn.csv"
    csv.write_text(HEADER + row, encoding="utf-8")
    analyzer = Analyzer(world_elections(), load_index(csv, None, cache=False))

    def post(when: datetime):  # type: ignore[no-untyped-def]
        a = make_activity(
            platform=Platform.FACEBOOK,
            kind=Kind.POST,
            actor=AccountRef(handle=handle),
            text="Coblos nomor 1 Bang Rahmat, Lubuklinggau maju! ☝️",
            created_at=when,
        )
        return analyzer.analyse(a, context=analyzer.new_context())

    return post


def test_the_appointment_date_is_read_from_the_nip() -> None:
    assert appointed_from("199601012024101001") == datetime(2024, 10, 1).date()
    assert appointed_from("199601012023221001", pppk=True) == datetime(2023, 1, 1).date()  # PPPK: the year
    assert appointed_from("1996") is None


def test_a_post_before_the_appointment_goes_to_a_person_and_after_it_is_a_violation(tmp_path: Path) -> None:
    post = _poster(tmp_path, ROW, "dimas.saputra.llg")

    before = post(datetime(2024, 9, 28, 20, 0, tzinfo=JKT))
    assert before is not None and before.status is Status.REVIEW, before and before.explanation
    assert any("sejak 1 Oktober 2024" in x and "sudah ASN" in x for x in before.explanation)
    after = post(datetime(2024, 10, 10, 20, 0, tzinfo=JKT))
    assert after is not None and after.status is Status.VIOLATION, after and after.explanation


def test_a_post_years_before_a_pppk_appointment_is_no_asns_act(tmp_path: Path) -> None:
    """A PPPK teacher appointed in 2022 (NIP digits 9-12: 2022), a 2018 Pilkada post: then an
    honorary teacher, before neutrality bound non-ASN staff — no finding; in 2024 (a post after the
    appointment) the same words are a violation."""
    row = (
        "199001012022212001,Maria Goreti,Guru Ahli Pertama,Pemerintah Kota Lubuklinggau,"
        "SD Negeri 7 Lubuklinggau,Kota Lubuklinggau,PPPK,facebook:maria.goreti.llg\n"
    )
    post = _poster(tmp_path, row, "maria.goreti.llg")

    early = post(datetime(2018, 6, 20, 20, 0, tzinfo=JKT))
    assert early is None or early.status not in (Status.VIOLATION, Status.REVIEW), early.explanation
    late = post(datetime(2024, 10, 10, 20, 0, tzinfo=JKT))
    assert late is not None and late.status is Status.VIOLATION, late and late.explanation
