"""The zone of a chat export's wall clock: an option, the places or province its title names, the
office it names (its staff's region), the members the registry knows by number — or WIB, said so."""

from __future__ import annotations

from datetime import datetime

import pytest
from factories import FIXTURES, make_activity

from jaganetral.attribute.attributor import Attributor
from jaganetral.attribute.loading import load_index
from jaganetral.model.activity import Activity, GroupRef, Kind, Platform
from jaganetral.model.clock import WIB, WIT, WITA
from jaganetral.model.regions import places_in, provinces_in, region_initials
from jaganetral.pipeline.localtime import choose_zone, localise

REGISTRY = FIXTURES / "registry" / "office_chat_asn.csv"


@pytest.fixture(scope="module")
def attributor() -> Attributor:
    return Attributor(load_index(REGISTRY, None), honorifics=frozenset({"pak", "bu"}))


def chat(title: str, clock: str = "2018-04-02T19:06:00") -> Activity:
    wall = datetime.fromisoformat(clock)
    return make_activity(
        platform=Platform.WHATSAPP,
        kind=Kind.MESSAGE,
        group=GroupRef(id=title, name=title),
        created_at=wall.replace(tzinfo=WIB.tz),
        extra={"wall_clock": wall.isoformat()},
    )


def test_initials_people_write_for_long_regency_names_are_places() -> None:
    initials = region_initials()
    assert initials["tts"].name == "Kabupaten Timor Tengah Selatan"
    assert initials["oku"].name == "Kabupaten Ogan Komering Ulu"
    assert initials["pali"].name == "Kabupaten Penukal Abab Lematang Ilir"
    # two-word names have no initials of their own ("KB" would be anything)
    assert all(len(k) >= 3 for k in initials)
    assert [p.name for p in places_in("Dinkes TTS")] == ["Kabupaten Timor Tengah Selatan"]


def test_two_word_regency_names_run_together_are_places_when_only_one_place_fits() -> None:
    short = region_initials()
    assert short["flotim"].name == "Kabupaten Flores Timur"
    assert short["halut"].name == "Kabupaten Halmahera Utara"
    assert short["kukar"].name == "Kabupaten Kutai Kartanegara"
    assert "kotim" not in short  # Kotawaringin Timur or Kolaka Timur: nobody can tell
    assert "tanda" not in short  # an everyday word, not Tanah Datar
    assert all(len(k) >= 3 for k in short)
    assert [p.name for p in places_in("Dinkes Flotim")] == ["Kabupaten Flores Timur"]


def test_a_province_named_word_for_word_in_a_title() -> None:
    assert provinces_in("Seksi Perizinan DKP Maluku") == ["81"]
    assert provinces_in("Bina Marga Kalbar") == ["61"]
    assert provinces_in("Seksi Perizinan DKP Maluku Utara")[0] == "82"  # the longer name first
    assert provinces_in("Balikpapan Bersatu") == []  # "bali" inside a word is no province


@pytest.mark.parametrize(
    "title,zone,why",
    [
        ("Dinkes TTS", WITA, "Timor Tengah Selatan"),
        ("Seksi Perizinan DKP Maluku", WIT, "provinsi Maluku"),
        ("Guru SD Inpres Tamarunang", WITA, "grup kantor"),  # the school's staff work in Gowa
        # the fisheries offices of Bitung and Selayar, both in WITA
        ("Dinas Perikanan", WITA, "4 dari 4 pegawainya"),
        ("Keluarga Besar Tafuli", WIB, "bawaan WIB"),
    ],
)
def test_the_zone_of_a_chat_comes_from_what_its_title_names(
    attributor: Attributor, title: str, zone: object, why: str
) -> None:
    got, reason = choose_zone([chat(title)], None, attributor.idx, attributor.office)
    assert got is zone and why in reason, reason


def test_localise_keeps_the_clock_reading_and_says_which_zone(attributor: Attributor) -> None:
    (a,) = localise([chat("Dinkes TTS")], None, attributor.idx, attributor.office)
    assert a.created_at == datetime(2018, 4, 2, 19, 6, tzinfo=WITA.tz)  # 19.06 on the phone, in WITA
    assert a.extra["tz"] == "WITA" and "Timor Tengah Selatan" in str(a.extra["tz_source"])
    # the run's option wins over anything the title says
    (b,) = localise([chat("Dinkes TTS")], WIT, attributor.idx, attributor.office)
    assert (
        b.created_at == datetime(2018, 4, 2, 19, 6, tzinfo=WIT.tz) and b.extra["tz_source"] == "opsi --tz WIT"
    )
