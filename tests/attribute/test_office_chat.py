"""A chat titled after one office: a saved contact name that fits exactly one of its staff by role
and name identifies that person (office, role and name agree); anything less stays a lead.

A small registry (tests/fixtures/registry/office_chat_asn.csv): a health office and a fisheries
office in two cities, two staff with the same given name in one of them, and a school's teachers.
"""

from __future__ import annotations

import pytest
from factories import FIXTURES, make_activity

from jaganetral.attribute import features as f
from jaganetral.attribute.attributor import ActorKind, Attributor
from jaganetral.attribute.loading import load_index
from jaganetral.attribute.weights import load_weights
from jaganetral.model.activity import AccountRef, GroupRef, Kind, Platform
from jaganetral.model.election import Candidate

REGISTRY = FIXTURES / "registry" / "office_chat_asn.csv"


@pytest.fixture(scope="module")
def attributor(tmp_path_factory: pytest.TempPathFactory) -> Attributor:
    return Attributor(load_index(REGISTRY, None), honorifics=frozenset({"pak", "bu", "kak", "bang"}))


def said(a: Attributor, group: str, sender: str, platform: Platform = Platform.WHATSAPP):  # type: ignore[no-untyped-def]
    act = make_activity(
        platform=platform,
        kind=Kind.MESSAGE,
        actor=AccountRef(name=sender),
        group=GroupRef(id=group, name=group),
        text="halo",
    )
    return a.attribute(act)


@pytest.mark.parametrize(
    "group,sender,nip",
    [
        ("Dinkes Siantar", "Bu Kadis Ros", "198408232013092631"),  # role + the start of her name
        ("Dinkes Siantar", "Hotman Yankes", "197707012003041479"),  # the Medan Hotman is elsewhere
        ("Dinkes Siantar", "Lamria Bidan Martoba", "196804222019032905"),  # a puskesmas of the office
        ("Dinas Perikanan Bitung", "Pak Kadis Hendrik", "196709261989071485"),
        ("Guru SD Inpres Tamarunang", "Bu Kepsek Hasna", "199002162017022459"),
        ("Guru SD Inpres Tamarunang", "Nurhikmah", "198107212010012611"),  # one word, in her school
    ],
)
def test_a_saved_name_that_fits_one_member_of_the_office_identifies_them(
    attributor: Attributor, group: str, sender: str, nip: str
) -> None:
    got = said(attributor, group, sender)
    assert got.kind is ActorKind.ASN and got.certain, got.reasons
    assert got.person is not None and got.person.nip == nip
    assert got.confidence == load_weights().office_chat.score
    assert "grup kantor" in got.reasons[0] and "cocokkan" in got.reasons[0]
    # the same on Telegram, and through the cheap exact step the scan uses first
    assert said(attributor, group, sender, Platform.TELEGRAM).certain
    act = make_activity(
        platform=Platform.WHATSAPP,
        kind=Kind.MESSAGE,
        actor=AccountRef(name=sender),
        group=GroupRef(name=group),
    )
    exact = attributor.exact(act)
    assert exact is not None and exact.person is not None and exact.person.nip == nip


def test_two_members_that_fit_as_well_identify_nobody(attributor: Attributor) -> None:
    got = said(attributor, "Dinkes Siantar", "Kak Ros")  # Rosmawati and Rosdiana
    assert not got.certain and got.confidence < 0.9
    assert got.alternatives, got.reasons


@pytest.mark.parametrize(
    "group",
    [
        "Keluarga Besar Sinaga",  # a family
        "Relawan Hotman Siantar",  # volunteers
        "Alumni Dinkes Siantar 2003",  # alumni of the office
        "RT 03 Martoba",  # a neighbourhood
        "Arisan Mama Muda",  # nothing the registry knows
    ],
)
def test_a_chat_that_is_not_an_office_identifies_nobody(attributor: Attributor, group: str) -> None:
    got = said(attributor, group, "Hotman Yankes")
    assert not got.certain, got.reasons


def test_the_office_is_read_from_the_title() -> None:
    w = load_weights()
    assert "kesehatan" in f.match_key(w.roles["dinkes"])
    assert {"alumni", "keluarga", "relawan"} <= w.office_chat.not_offices


def test_a_role_with_no_name_fits_only_a_unique_holder(attributor: Attributor) -> None:
    got = said(attributor, "Dinas Perikanan Bitung", "Pak Kadis")
    assert got.certain and got.person is not None and got.person.nip == "196709261989071485"
    # a role nobody in the office holds names nobody there
    assert not said(attributor, "Dinas Perikanan Bitung", "Pak Camat").certain


def test_a_candidate_in_the_office_chat_is_never_the_namesake() -> None:
    cand = Candidate(id="c-1", contest_id="k", name="Hendrik Pangemanan", ballot_number=1)
    a = Attributor(load_index(REGISTRY, None), candidates=[cand], honorifics=frozenset({"pak"}))
    assert said(a, "Dinas Perikanan Bitung", "Hendrik Pangemanan").kind is ActorKind.UNKNOWN


def test_a_screenshot_of_an_office_chat_names_its_sender_as_a_lead_only(attributor: Attributor) -> None:
    shot = make_activity(
        platform=Platform.OTHER,
        actor=AccountRef(id="screenshot:abc123"),
        text="Dinkes Siantar\n\nBu Kadis Ros: calon kita cuma satu, arahkan keluarga ya\n\n02/10/20 19.12",
    )
    got = attributor.attribute(shot)
    assert got.person is not None and got.person.nip == "198408232013092631"
    assert not got.certain and got.confidence <= load_weights().name.cap
    assert "tangkapan layar" in got.reasons[0]
    # a comment screenshot: a saved name with a role, no office in view
    shot = make_activity(
        platform=Platform.FACEBOOK,
        actor=AccountRef(id="screenshot:def456"),
        text="Facebook - Komentar\n\nBu Kabid Meity: torang pilih nomor 1\nBalas Suka 3th",
    )
    got = attributor.attribute(shot)
    assert got.person is not None and got.person.nip == "197110281995072030" and not got.certain


def test_a_title_that_fits_thousands_names_no_office(attributor: Attributor) -> None:
    # "Dinas Kesehatan" alone fits both cities' offices here; with the cap at one member it is no
    # office at all (at national scale "Sekretariat Daerah" fits tens of thousands).
    w = load_weights()
    capped = w.model_copy(update={"office_chat": w.office_chat.model_copy(update={"max_members": 1})})
    assert f.chat_office(attributor.idx, "Dinkes Siantar", w) is not None
    assert f.chat_office(attributor.idx, "Dinkes Siantar", capped) is None


def test_an_office_written_by_its_initials_is_that_office(attributor: Attributor) -> None:
    # "DKP": the initials of "Dinas Kelautan dan Perikanan", the conjunction left out; "Bidang"
    # names a division inside the office, not another office.
    assert f._acronyms("Bidang Perikanan Tangkap, Dinas Kelautan dan Perikanan") == ("bpt", "dkp")
    assert f._acronyms("Dinas Pekerjaan Umum dan Penataan Ruang") == ("pupr", "dpupr")
    assert f._acronyms("Kecamatan Pulau Laut Utara") == ("plu", "kplu")  # "Staf Kec. PLU"
    got = said(attributor, "Bidang Tangkap DKP Selayar", "Pak Kabid Andi")
    assert got.certain and got.person is not None and got.person.nip == "198603122010011007", got.reasons
    assert said(attributor, "Bidang Tangkap DKP Selayar", "Rahmah Data").person.nip == "199105052019032011"  # type: ignore[union-attr]
    # "PLU" is also the initials of a regency (Padang Lawas Utara): the registry's own unit wins
    got = said(attributor, "Staf Kec. PLU", "Pak Camat Rahmadi")
    assert got.certain and got.person is not None and got.person.nip == "197705142005011009", got.reasons
    # Bitung's fisheries office is "Dinas Perikanan": "DKP Bitung" is no office the registry knows
    idx = load_index(REGISTRY, None)
    assert f.chat_office(idx, "Bidang Tangkap DKP Bitung", load_weights()) is None
