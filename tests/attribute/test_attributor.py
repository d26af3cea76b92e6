"""Attribution: exact keys (handles, phones, institutional accounts) decide; names only suggest."""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

import pytest
from factories import make_activity

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "judge"))

from world import world_index  # noqa: E402

from jaganetral.attribute import features as f  # noqa: E402
from jaganetral.attribute.attributor import (  # noqa: E402
    UNKNOWN,
    ActorKind,
    Attribution,
    Attributor,
)
from jaganetral.attribute.index import RegistryIndex, build_index  # noqa: E402
from jaganetral.attribute.loading import load_index  # noqa: E402
from jaganetral.attribute.weights import load_weights  # noqa: E402
from jaganetral.model.activity import AccountRef, Platform  # noqa: E402
from jaganetral.model.names import match_key, split_name  # noqa: E402
from jaganetral.model.people import AsnStatus, Person  # noqa: E402

WEIGHTS = load_weights()
NAME_CAP = WEIGHTS.name.cap
ATTRIBUTOR = Attributor(world_index())

ANDI = "198503122010011001"  # Kepala Dinas Kominfo PALI: whatsapp +6281273001122, facebook
RINA = "199001052015032002"  # guru, PPPK: facebook rina.marlina88, instagram rinamarlina
BUDI = "198811202012121003"  # x budihartono_llg
SITI_DINKES = "197912302005012004"  # Siti Aminah, Dinas Kesehatan
SITI_RSUD = "198204142008012005"  # Siti Aminah, A.Md.Kep., RSUD Siti Aisyah
HENDRA = "199306172019031006"  # no accounts


def attribute(
    platform: Platform, actor: AccountRef, attributor: Attributor = ATTRIBUTOR, **kw: object
) -> Attribution:
    return attributor.attribute(make_activity(platform=platform, actor=actor, **kw))


# ---- exact keys -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "platform,actor,nip",
    [
        (Platform.FACEBOOK, AccountRef(handle="andi.pratama.pali"), ANDI),
        (Platform.FACEBOOK, AccountRef(handle="@Andi.Pratama.PALI"), ANDI),
        (Platform.FACEBOOK, AccountRef(handle="https://www.facebook.com/andi.pratama.pali/"), ANDI),
        (Platform.FACEBOOK, AccountRef(handle="https://m.facebook.com/andi.pratama.pali"), ANDI),
        (Platform.FACEBOOK, AccountRef(handle="  rina.marlina88 "), RINA),
        (Platform.INSTAGRAM, AccountRef(handle="@RinaMarlina"), RINA),
        (Platform.X, AccountRef(handle="@BudiHartono_LLG"), BUDI),
        (Platform.X, AccountRef(handle="https://twitter.com/budihartono_llg"), BUDI),
        (Platform.X, AccountRef(handle="https://x.com/budihartono_llg"), BUDI),
        # a registered handle wins over whatever display name the account shows
        (Platform.FACEBOOK, AccountRef(handle="rina.marlina88", name="Siti Aminah"), RINA),
    ],
)
def test_registered_handle(platform: Platform, actor: AccountRef, nip: str) -> None:
    r = attribute(platform, actor)
    assert r.kind is ActorKind.ASN
    assert r.certain is True
    assert r.person is not None and r.person.nip == nip
    assert r.confidence == WEIGHTS.exact.registered_account
    assert r.alternatives == ()
    assert len(r.reasons) == 1 and f"NIP {nip}" in r.reasons[0]


@pytest.mark.parametrize(
    "actor",
    [
        AccountRef(handle="0812-7300-1122"),
        AccountRef(handle="+62 812 7300 1122"),
        AccountRef(handle="+62 812-7300-1122", name="Pak Kadis"),
        AccountRef(handle="6281273001122"),
        AccountRef(handle="081273001122"),
        AccountRef(handle="(0812) 7300.1122"),
        AccountRef(handle="\u202a+62 812-7300-1122\u202c"),  # WhatsApp's direction marks
        AccountRef(id="0812 7300 1122"),
    ],
)
def test_whatsapp_phone_in_any_spelling(actor: AccountRef) -> None:
    r = attribute(Platform.WHATSAPP, actor)
    assert r.kind is ActorKind.ASN
    assert r.certain is True
    assert r.person is not None and r.person.nip == ANDI
    assert r.reasons == (f"nomor +6281273001122 tercatat sebagai akun NIP {ANDI} dalam data ASN",)


def test_exact_keys_are_per_platform() -> None:
    # a different number
    assert attribute(Platform.WHATSAPP, AccountRef(handle="0812-7300-1123")) is UNKNOWN
    # the handle is Andi's on Facebook, not on Instagram: a lead for a person, never certain
    r = attribute(Platform.INSTAGRAM, AccountRef(handle="andi.pratama.pali"))
    assert r.kind is ActorKind.ASN and r.certain is False and r.person is not None and r.person.nip == ANDI
    assert r.confidence < WEIGHTS.exact.registered_account
    assert "akun facebook" in r.reasons[0] and "belum pasti" in r.reasons[0]


def test_the_same_handle_elsewhere_is_no_lead_when_the_profile_says_otherwise() -> None:
    r = attribute(
        Platform.INSTAGRAM,
        AccountRef(handle="andi.pratama.pali"),
        extra={"actor_bio": "Driver ojol, jualan online"},
    )
    assert r is UNKNOWN


def test_a_phone_number_is_the_same_person_on_whatsapp_and_telegram() -> None:
    """The registry lists Andi's number under WhatsApp; Telegram accounts are phone numbers too."""
    r = attribute(Platform.TELEGRAM, AccountRef(handle="+62 812-7300-1122"))
    assert r.kind is ActorKind.ASN and r.certain and r.person is not None and r.person.nip == ANDI


@pytest.mark.parametrize(
    "platform,handle,instansi,nama_akun",
    [
        (
            Platform.FACEBOOK,
            "diskominfo.llg",
            "Dinas Komunikasi dan Informatika Kota Lubuklinggau",
            "Diskominfo Lubuklinggau",
        ),
        (
            Platform.FACEBOOK,
            "https://facebook.com/Diskominfo.LLG",
            "Dinas Komunikasi dan Informatika Kota Lubuklinggau",
            "Diskominfo Lubuklinggau",
        ),
        (
            Platform.INSTAGRAM,
            "@Pemkab.PALI",
            "Pemerintah Kabupaten Penukal Abab Lematang Ilir",
            "Pemkab PALI",
        ),
    ],
)
def test_institution_account(platform: Platform, handle: str, instansi: str, nama_akun: str) -> None:
    r = attribute(platform, AccountRef(handle=handle, name="Admin"))
    assert r.kind is ActorKind.INSTITUTION
    assert r.certain is True
    assert r.confidence == WEIGHTS.exact.institution_account
    assert r.institution is not None and r.institution.instansi == instansi
    assert r.person is None
    assert r.name == nama_akun
    assert len(r.reasons) == 1 and instansi in r.reasons[0]


def test_exact_lookup_alone_never_looks_at_names() -> None:
    a = make_activity(platform=Platform.FACEBOOK, actor=AccountRef(handle="x.y", name="Budi Hartono"))
    assert ATTRIBUTOR.exact(a) is None
    assert ATTRIBUTOR.attribute(a).kind is ActorKind.ASN  # the name step finds him


# ---- names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,nip",
    [
        ("Hendra Gunawan Saputra", HENDRA),
        ("hendra gunawan saputra", HENDRA),
        ("Budi Hartono", BUDI),
        ("Andi Pratama", ANDI),
        ("Drs. Andi Pratama, M.Si.", ANDI),
        ("Rina Marlina", RINA),
    ],
)
def test_name_only_is_never_certain(name: str, nip: str) -> None:
    r = attribute(Platform.FACEBOOK, AccountRef(handle="akun.lain", name=name))
    assert r.kind is ActorKind.ASN
    assert r.certain is False
    assert r.person is not None and r.person.nip == nip
    assert WEIGHTS.review_min <= r.confidence <= NAME_CAP
    assert r.confidence < WEIGHTS.exact.registered_account
    assert r.reasons[-1] == "hanya kemiripan nama dan profil: perlu verifikasi identitas oleh petugas"
    assert any("nama akun mirip" in x and f"NIP {nip}" in x for x in r.reasons)


def test_profile_clues_raise_a_name_match_but_never_above_the_cap() -> None:
    bare = attribute(Platform.FACEBOOK, AccountRef(handle="akun.lain", name="Hendra Gunawan Saputra"))
    clue = attribute(
        Platform.FACEBOOK,
        AccountRef(handle="hendra.pupr.lubuklinggau", name="Hendra Gunawan Saputra"),
        extra={"actor_bio": "Bina Marga, Dinas Pekerjaan Umum dan Penataan Ruang"},
    )
    assert clue.confidence > bare.confidence
    assert clue.confidence == NAME_CAP
    assert clue.certain is False
    assert any(x.startswith("profil menyebut instansi") for x in clue.reasons)
    assert any(x.startswith("profil menyebut wilayah") for x in clue.reasons)


def test_two_namesakes_in_the_world_registry_are_both_listed() -> None:
    r = attribute(Platform.FACEBOOK, AccountRef(handle="akun.lain", name="Siti Aminah"))
    assert r.kind is ActorKind.ASN and r.certain is False
    assert r.person is not None
    assert {r.person.nip, *r.alternatives} == {SITI_DINKES, SITI_RSUD}
    assert not any(x.startswith("profil menyebut instansi") for x in r.reasons)


def _person(nip: str, name: str, instansi: str, wilayah: str = "Kota Lubuklinggau") -> Person:
    return Person(nip, split_name(name), "Staf Pelaksana", instansi, "Sekretariat", wilayah, AsnStatus.PNS)


def _nip(i: int) -> str:
    # Valid shape: born 1980-01-01, appointed 2005-01, male, sequence i.
    return f"198001012005011{i:03d}"


def test_two_namesakes_are_listed_as_alternatives() -> None:
    idx = build_index(
        [
            _person(_nip(1), "Siti Aminah", "Dinas Kesehatan Kota Lubuklinggau"),
            _person(_nip(2), "Siti Aminah, S.Pd.", "Dinas Pendidikan Kota Lubuklinggau"),
            _person(_nip(3), "Budi Santoso", "Dinas Sosial Kota Lubuklinggau"),
        ]
    )
    r = attribute(Platform.FACEBOOK, AccountRef(handle="akun.lain", name="Siti Aminah"), Attributor(idx))
    assert r.kind is ActorKind.ASN and r.certain is False
    assert r.person is not None
    assert {r.person.nip, *r.alternatives} == {_nip(1), _nip(2)}
    assert len(r.alternatives) == 1
    assert "1 ASN lain sama cocoknya: identitas harus diperiksa" in r.reasons
    assert any("ada 1 ASN lain dengan nama yang sama" in x for x in r.reasons)
    # A namesake lowers the score below that of a unique name.
    unique = attribute(
        Platform.FACEBOOK, AccountRef(handle="akun.lain", name="Budi Santoso"), Attributor(idx)
    )
    assert unique.confidence > r.confidence


def test_every_namesake_is_listed() -> None:
    # Eight teachers of one agency share a name; the profile names the agency, so the match is
    # good enough for review (0.35 + 0.15 + 0.2 - 7 * 0.03 = 0.49) and all eight fit equally.
    idx = build_index(
        [_person(_nip(i), "Siti Aminah", "Dinas Pendidikan Kota Lubuklinggau") for i in range(1, 9)]
    )
    r = attribute(
        Platform.FACEBOOK,
        AccountRef(handle="akun.lain", name="Siti Aminah"),
        Attributor(idx),
        extra={"actor_bio": "Guru, Dinas Pendidikan"},
    )
    assert r.kind is ActorKind.ASN and r.person is not None
    assert {r.person.nip, *r.alternatives} == {_nip(i) for i in range(1, 9)}
    assert "7 ASN lain sama cocoknya: identitas harus diperiksa" in r.reasons


@pytest.mark.parametrize(
    "actor",
    [
        AccountRef(handle="akun.lain", name="Siti"),  # a single given name
        AccountRef(handle="akun.lain", name="Hendra"),
        AccountRef(handle="akun.lain", name="Bu Siti"),  # honorific + given name
        AccountRef(handle="akun.lain", name="S. A."),  # initials
        AccountRef(handle="nobody.here"),  # unknown handle, no name
        AccountRef(id="100099"),
        AccountRef(handle="akun.lain", name="Joko Susilo"),  # nobody of that name
    ],
)
def test_unknown(actor: AccountRef) -> None:
    r = attribute(Platform.FACEBOOK, actor)
    assert r is UNKNOWN
    assert r.kind is ActorKind.UNKNOWN and r.confidence == 0.0 and r.certain is False
    assert r.person is None and r.institution is None and r.name is None


def test_an_account_listed_for_two_people_is_not_certain() -> None:
    from jaganetral.model.people import AccountKey

    acct = (AccountKey(Platform.FACEBOOK, "akun.bersama"),)
    a = _person(_nip(1), "Dewi Lestari", "Dinas Sosial Kota Lubuklinggau")
    b = _person(_nip(2), "Rudi Hartono", "Dinas Sosial Kota Lubuklinggau")
    idx = build_index(
        [
            Person(a.nip, a.name, a.jabatan, a.instansi, a.unit_kerja, a.wilayah, a.status, acct),
            Person(b.nip, b.name, b.jabatan, b.instansi, b.unit_kerja, b.wilayah, b.status, acct),
        ]
    )
    assert idx.duplicate_accounts == 1
    r = attribute(Platform.FACEBOOK, AccountRef(handle="akun.bersama"), Attributor(idx))
    assert r is UNKNOWN
    named = attribute(
        Platform.FACEBOOK, AccountRef(handle="akun.bersama", name="Dewi Lestari"), Attributor(idx)
    )
    assert named.certain is False and named.person is not None and named.person.nip == _nip(1)


# ---- a registry of realistic size ------------------------------------------------------------

ROWS = 50_000


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, RegistryIndex]:
    from jaganetral.synth.registry import generate_registry

    path = tmp_path_factory.mktemp("registry") / "asn.csv"
    generate_registry(ROWS, path, seed=7)
    idx = load_index(path)
    return path, idx


def test_synthetic_registry_loads_whole(big: tuple[Path, RegistryIndex]) -> None:
    _, idx = big
    assert len(idx) == ROWS
    assert idx.rejected == 0


def test_blocks_stay_small(big: tuple[Path, RegistryIndex]) -> None:
    _, idx = big
    largest = max(len(members) for members in idx.blocks.values())
    assert largest < 0.05 * ROWS, largest
    # Every person is in one block per blocking key of their name.
    assert sum(len(m) for m in idx.blocks.values()) >= ROWS


def _key(idx: RegistryIndex, i: int) -> str:
    """The match key of registry person ``i``, from the public model functions."""
    return match_key(split_name(idx.person(i).name).core)


def _sample_two_token_names(idx: RegistryIndex, n: int) -> list[int]:
    rng = random.Random(3)
    picked = [i for i in rng.sample(range(len(idx)), 4 * n) if " " in _key(idx, i)]
    return picked[:n]


def test_a_registry_name_finds_its_person_unless_the_list_is_full_of_equals(
    big: tuple[Path, RegistryIndex],
) -> None:
    _, idx = big
    found = 0
    for i in _sample_two_token_names(idx, 300):
        cands = f.name_candidates(idx, idx.person(i).name, WEIGHTS)
        ids = [j for j, _ in cands]
        if i in ids:
            found += 1
            continue
        # Not found only when the candidate list is full of matches at least as good (namesakes,
        # or the same two names in the other order).
        score_of_self = 100.0
        assert len(cands) == 5 and all(s >= score_of_self for _, s in cands), (idx.person(i), cands)
    assert found > 0


def test_a_registry_name_always_finds_its_person(big: tuple[Path, RegistryIndex]) -> None:
    _, idx = big
    missing = [
        idx.person(i).name
        for i in _sample_two_token_names(idx, 300)
        if i not in [j for j, _ in f.name_candidates(idx, idx.person(i).name, WEIGHTS)]
    ]
    assert missing == []


def test_name_candidates_are_namesakes_or_close(big: tuple[Path, RegistryIndex]) -> None:
    _, idx = big
    for i in _sample_two_token_names(idx, 100):
        for _, score in f.name_candidates(idx, idx.person(i).name, WEIGHTS):
            assert score >= WEIGHTS.name.min_similarity
        if idx.namesakes(_key(idx, i)) == 1:
            r = attribute(
                Platform.FACEBOOK, AccountRef(handle="zz.akun", name=idx.person(i).name), Attributor(idx)
            )
            assert r.certain is False and r.confidence <= NAME_CAP


def test_every_registered_account_resolves_exactly(big: tuple[Path, RegistryIndex]) -> None:
    path, idx = big
    att = Attributor(idx)
    checked = 0
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if not row["akun"]:
                continue
            for item in row["akun"].split(";"):
                if item.startswith("http"):
                    platform, handle = Platform.FACEBOOK, item
                else:
                    p, _, handle = item.partition(":")
                    platform = Platform.parse(p)
                r = att.exact(make_activity(platform=platform, actor=AccountRef(handle=handle)))
                assert r is not None, item
                assert r.certain and r.person is not None and r.person.nip == row["nip"], item
                checked += 1
            if checked >= 2000:
                break
    assert checked >= 2000


@pytest.mark.parametrize(
    "bio",
    ["Bukan PNS, cuma warga biasa", "Driver ojol | jualan online", "Pensiunan guru SMPN 1 | relawan 💚"],
)
def test_a_registered_account_whose_profile_contradicts_the_registry_is_for_a_person(bio: str) -> None:
    """The handle is the one listed, but the profile says otherwise: the attribution stays, uncertain."""
    r = attribute(Platform.X, AccountRef(handle="@BudiHartono_LLG"), extra={"actor_bio": bio})
    assert r.kind is ActorKind.ASN and r.person is not None and r.person.nip == BUDI
    assert r.certain is False
    assert any("bertentangan dengan registri" in x for x in r.reasons)


def test_a_registered_account_whose_profile_fits_stays_certain() -> None:
    r = attribute(Platform.X, AccountRef(handle="@BudiHartono_LLG"), extra={"actor_bio": "Ayah dua anak"})
    assert r.certain is True


def test_the_people_a_position_works_with_are_no_other_job() -> None:
    """An agricultural extension officer's bio "Petani kopi Baliem", a fisheries officer's
    "Nelayan binaan": the people served (catalogue/attribution.yaml: occupations_served), not
    another job; the same words beside a teacher's position are."""
    from jaganetral.attribute.features import profile_contradicts
    from jaganetral.attribute.index import PersonRow
    from jaganetral.attribute.weights import load_weights

    w = load_weights()

    def row(jabatan: str, unit: str) -> PersonRow:
        return PersonRow(
            nip="198506202015021899",
            name="Daud Kossay",
            jabatan=jabatan,
            instansi="Pemerintah Kabupaten Jayawijaya",
            unit_kerja=unit,
            wilayah="Kabupaten Jayawijaya",
            status="PNS",
        )

    officer = row("Penyuluh Pertanian Ahli Madya", "Dinas Pertanian")
    assert not profile_contradicts(officer, "Petani kopi Baliem", "", w)
    fisheries = row("Penyuluh Perikanan", "Dinas Perikanan")
    assert not profile_contradicts(fisheries, "Nelayan binaan Kuala Dua", "", w)
    assert profile_contradicts(row("Guru Ahli Pertama", "SD Negeri 7"), "Petani kopi Baliem", "", w)
