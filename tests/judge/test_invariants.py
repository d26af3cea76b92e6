"""Invariants of screen → attribute → judge over generated activities in the example world.

Whatever the text, actor and date: being tagged or added is never a violation; a name without an
exact account key is never a violation; findings are deterministic; a violation always says what,
why, under which law and how sure.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from factories import JKT, make_activity
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from world import world_elections, world_index

from jaganetral.judge.analysis import Analyzer, Prepared
from jaganetral.judge.catalogue import load_rules
from jaganetral.model.activity import AccountRef, Activity, GroupRef, Kind, Platform, Target
from jaganetral.model.finding import Finding, Status
from jaganetral.screen.vocabulary import load_vocabulary
from jaganetral.sources.canonical import activity_from_dict

ELECTIONS = world_elections()
INDEX = world_index()
RULES = load_rules()
VOCAB = load_vocabulary()
SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def fresh() -> Analyzer:
    """A new analyzer (no exposures remembered) over the shared, read-only world."""
    return Analyzer(ELECTIONS, INDEX, RULES, VOCAB)


def run(acts: list[Activity]) -> list[tuple[Activity, Finding | None]]:
    an = fresh()
    ctx = an.new_context()
    return [(a, an.analyse(a, context=ctx)) for a in acts]


# ---- what activities are made of --------------------------------------------------------------

#: Accounts that the registry knows by an exact key (ASN handles and phones, institutions).
EXACT_ACCOUNTS = [
    (Platform.FACEBOOK, AccountRef(handle="andi.pratama.pali")),
    (Platform.WHATSAPP, AccountRef(handle="0812-7300-1122")),
    (Platform.WHATSAPP, AccountRef(handle="+62 812 7300 1122", name="Pak Kadis")),
    (Platform.FACEBOOK, AccountRef(handle="rina.marlina88", name="Rina Marlina")),
    (Platform.INSTAGRAM, AccountRef(handle="@RinaMarlina")),
    (Platform.X, AccountRef(handle="budihartono_llg")),
    (Platform.FACEBOOK, AccountRef(handle="diskominfo.llg", name="Diskominfo Lubuklinggau")),
    (Platform.INSTAGRAM, AccountRef(handle="pemkab.pali")),
]
#: Display names of registry people, as an account might show them.
REGISTRY_NAMES = [
    "Andi Pratama",
    "Drs. Andi Pratama, M.Si.",
    "Rina Marlina",
    "Budi Hartono",
    "Siti Aminah",
    "Hendra Gunawan Saputra",
    "Hendra Gunawan Saputra, S.T.",
]
#: Handles that no registry row or institution lists (on any platform).
UNREGISTERED_HANDLES = [
    "warga.llg",
    "akun.baru",
    "+6281399990000",
    "0813-1111-2222",
    "rina.marlina",
    "andi_pratama",
    "budi.hartono",
]
OTHER_ACCOUNTS = [
    (Platform.FACEBOOK, AccountRef(handle="warga.llg", name="Joko Susilo")),
    (Platform.WHATSAPP, AccountRef(handle="+6281300000001", name="Korlap")),
    (Platform.TIKTOK, AccountRef(id="7777")),
]

#: Campaign phrases of the world's candidates, and words that are not.
CAMPAIGN = [
    "Rahmat Santoso Wijaya",
    "Bang Rahmat",
    "RSW",
    "Linggau Maju Bersama",
    "#RahmatLestariMenang",
    "Yudhistira Permana",
    "Kak Yudhis",
    "#YudhisFitriPastiMenang",
    "PALI Bangkit Bersama",
    "Wabup Heri",
    "Bunda Rohani",
    "Bagaskara Adiwangsa",
    "#BagasLarasMenang",
    "coblos nomor 1",
    "coblos no. 2",
    "✌",
    "ayo dukung",
    "pilih",
    "relawan",
    "tolong rekan2 staf liput",
    "tolong wartawan liput",
    "ambil formulir",
    "KPU",
    "jadwal debat",
    "Partai Amanat Nasional",
    "PKB",
    "m3n4ngk4n",
    "gaskeun",
]
EVERYDAY = (
    "makan siang hari ini pasar warga kegiatan kantor sekolah anak rumah keluarga arisan "
    "kopi pagi malam besok terima kasih selamat foto bersama"
).split()
text_st = st.lists(
    st.one_of(st.sampled_from(CAMPAIGN), st.sampled_from(EVERYDAY), st.text(max_size=8)),
    max_size=8,
).map(" ".join)

CANDIDATE_HANDLES = [
    "rahmatwijaya.official",
    "rahmat.wijaya",
    "yudhistira.permana",
    "darmawan.saputra.pali",
    "bagaskara_id",
]
target_st = st.one_of(
    st.none(),
    st.builds(
        Target,
        id=st.sampled_from(["post-1", "post-2"]),
        author=st.builds(AccountRef, handle=st.sampled_from([*CANDIDATE_HANDLES, "warga.llg", "toko.kue"])),
        text=st.one_of(st.none(), text_st),
    ),
)
group_st = st.one_of(
    st.none(),
    st.builds(
        GroupRef,
        id=st.sampled_from(["g-1", "g-2"]),
        name=st.sampled_from(
            [
                "Relawan Bang Rahmat Menang",
                "Alumni SMA 3",
                "Grup RT 05",
                "Tim Pemenangan Yudhis",
                "Info Dinas",
            ]
        ),
    ),
)
when_st = st.datetimes(
    min_value=datetime(2024, 1, 1), max_value=datetime(2024, 12, 31, 23, 59), timezones=st.just(JKT)
)


@st.composite
def activities(
    draw: st.DrawFn,
    accounts: st.SearchStrategy[tuple[Platform, AccountRef]],
    kinds: st.SearchStrategy[Kind] | None = None,
) -> Activity:
    platform, actor = draw(accounts)
    kind = draw(kinds if kinds is not None else st.sampled_from(list(Kind)))
    created = draw(when_st)
    deleted = draw(st.one_of(st.none(), st.integers(60, 7 * 86400)))
    return make_activity(
        id=f"a-{draw(st.integers(0, 10**6))}",
        platform=platform,
        kind=kind,
        created_at=created,
        actor=actor,
        text=draw(text_st),
        target=draw(target_st),
        group=draw(group_st),
        mentions=tuple(
            AccountRef(handle=h) for h in draw(st.lists(st.sampled_from(CANDIDATE_HANDLES), max_size=1))
        ),
        initiated_by=(AccountRef(handle="+6281300000001", name="Korlap") if kind.is_passive else None),
        deleted_at=None if deleted is None else created + timedelta(seconds=deleted),
    )


any_account = st.sampled_from([*EXACT_ACCOUNTS, *OTHER_ACCOUNTS])
name_only_account = st.builds(
    lambda p, h, n: (p, AccountRef(handle=h, name=n)),
    st.sampled_from([Platform.FACEBOOK, Platform.INSTAGRAM, Platform.WHATSAPP, Platform.X]),
    st.sampled_from(UNREGISTERED_HANDLES),
    st.sampled_from(REGISTRY_NAMES),
)


def test_generators_reach_every_status() -> None:
    # The properties below mean something only if the generated world produces findings.
    acts = [
        activity_from_dict(
            {
                "id": "v",
                "platform": "facebook",
                "kind": "post",
                "created_at": "2024-10-10T09:00:00+07:00",
                "actor": {"handle": "rina.marlina88"},
                "text": "coblos nomor 1 #RahmatLestariMenang",
            }
        ),
        make_activity(
            id="r",
            actor=AccountRef(handle="akun.baru", name="Hendra Gunawan Saputra"),
            text="Ayo dukung Rahmat Santoso Wijaya",
        ),
        make_activity(
            id="t",
            kind=Kind.TAGGED,
            actor=AccountRef(handle="rina.marlina88"),
            text="Relawan Bang Rahmat siap menangkan Linggau!",
            initiated_by=AccountRef(handle="warga.llg"),
        ),
    ]
    statuses = [f.status if f else None for _, f in run(acts)]
    assert statuses == [Status.VIOLATION, Status.REVIEW, Status.ALERT]


# ---- (a) passive exposure is never a violation --------------------------------------------------


@SETTINGS
@given(
    st.lists(
        st.one_of(
            activities(any_account, st.sampled_from([Kind.TAGGED, Kind.ADDED_TO_GROUP])),
            activities(any_account),
        ),
        min_size=1,
        max_size=5,
    )
)
def test_tagged_or_added_is_never_a_violation(acts: list[Activity]) -> None:
    for a, f in run(acts):
        if a.kind.is_passive and f is not None:
            assert f.status is Status.ALERT, f.explanation
            assert f.violation_codes == ()
            assert f.sanction == {"category": "none", "level": "none"}
            assert f.action.value == "tagged"


# ---- (b) a name alone is never a violation -----------------------------------------------------

#: A Kepala Dinas's name on a number the registry does not list, instructing staff to cover a
#: candidacy event: the words are an instruction, the identity is only a name.
NAME_ONLY_INSTRUCTION = {
    "id": "wa-9",
    "platform": "whatsapp",
    "kind": "message",
    "created_at": "2024-08-28T08:00:00+07:00",
    "actor": {"handle": "+6281399990000", "name": "Andi Pratama"},
    "text": "tolong rekan2 staf liput kegiatan pak Wabup Heri ambil formulir",
}


@SETTINGS
@given(st.lists(activities(name_only_account), min_size=1, max_size=5))
@example([activity_from_dict(NAME_ONLY_INSTRUCTION)])
def test_name_without_exact_key_is_never_a_violation(acts: list[Activity]) -> None:
    for _, f in run(acts):
        if f is not None:
            assert f.status in (Status.REVIEW, Status.ALERT), f.explanation


@SETTINGS
@given(st.lists(activities(name_only_account), min_size=1, max_size=5))
def test_name_without_exact_key_never_establishes_the_actor(acts: list[Activity]) -> None:
    # The part of (b) that holds today: no rule's identity predicate is ever satisfied by a name.
    for _, f in run(acts):
        if f is None:
            continue
        assert f.actor.kind == "asn"
        assert f.actor.match_confidence <= 0.75
        assert any("perlu verifikasi identitas" in r for r in f.actor.match_reasons)
        assert all(
            p.value is not True
            for p in f.predicates
            if p.predicate in ("actor_is_asn", "actor_is_institution")
        )


def test_name_only_instruction_is_review_not_violation() -> None:
    f = fresh().analyse(activity_from_dict(NAME_ONLY_INSTRUCTION))
    assert f is not None
    assert f.actor.nip == "198503122010011001" and f.actor.match_confidence < 0.97
    assert f.status is Status.REVIEW
    # A review names the rules that would apply once a person confirms the identity.
    assert "SKB-D8" in f.violation_codes
    assert any(p.predicate == "actor_is_asn" and p.value is None for p in f.predicates)


def test_the_same_instruction_from_the_registered_number_is_a_violation() -> None:
    f = fresh().analyse(
        activity_from_dict(
            {**NAME_ONLY_INSTRUCTION, "actor": {"handle": "+6281273001122", "name": "Andi Pratama"}}
        )
    )
    assert f is not None and f.status is Status.VIOLATION
    assert f.action.value == "instruct_others"
    assert {"SKB-D8", "PP94-N3", "PP94-N6", "UU10-71-1"} <= set(f.violation_codes)
    assert "menggerakkan ASN lain" in f.aggravating


# ---- (c) determinism --------------------------------------------------------------------------


def _dicts(acts: list[Activity]) -> list[dict[str, Any] | None]:
    return [None if f is None else f.to_dict() for _, f in run(acts)]


@SETTINGS
@given(st.lists(activities(st.one_of(any_account, name_only_account)), min_size=1, max_size=4))
def test_findings_are_deterministic(acts: list[Activity]) -> None:
    assert _dicts(acts) == _dicts(acts)


PREPARED = Prepared.build(ELECTIONS, RULES, VOCAB)


@SETTINGS
@given(st.lists(activities(st.one_of(any_account, name_only_account)), min_size=1, max_size=4))
def test_an_analyzer_from_a_prepared_gazetteer_judges_the_same(acts: list[Activity]) -> None:
    # what `scan` builds while the registry loads (Prepared) gives the findings of a whole build
    an = Analyzer(ELECTIONS, INDEX, prepared=PREPARED)
    ctx = an.new_context()
    got = [None if (f := an.analyse(a, context=ctx)) is None else f.to_dict() for a in acts]
    assert got == _dicts(acts)


def test_a_prepared_gazetteer_of_other_elections_is_refused() -> None:
    with pytest.raises(ValueError, match="other elections"):
        Analyzer(ELECTIONS[:1], INDEX, prepared=PREPARED)


# ---- (d) a violation explains itself ----------------------------------------------------------


@SETTINGS
@given(st.lists(activities(st.one_of(any_account, name_only_account)), min_size=1, max_size=4))
def test_every_violation_is_complete(acts: list[Activity]) -> None:
    for a, f in run(acts):
        if f is None or f.status is not Status.VIOLATION:
            continue
        assert f.violation_codes
        assert f.legal_basis and all(b.strip() for b in f.legal_basis)
        assert f.explanation and f.explanation[0].startswith("Yang terlihat")
        for code in f.violation_codes:
            assert any(line.startswith(f"Aturan {code}:") for line in f.explanation)
        assert f.actor.kind in ("asn", "institution")
        assert 0 < f.confidence <= 1
        assert 0 < f.actor.match_confidence <= 1
        assert set(f.violation_codes) <= set(f.rule_versions)
        assert f.activity_ids == (a.id,)
        assert not a.kind.is_passive
        # every predicate of a cited rule held
        assert all(p.value is True for p in f.predicates if p.rule in f.violation_codes)


# ---- exposures and deletions ------------------------------------------------------------------

ADDED = {
    "id": "wa-1",
    "platform": "whatsapp",
    "kind": "added_to_group",
    "created_at": "2024-10-10T09:00:00+07:00",
    "actor": {"handle": "0812-7300-1122"},
    "text": "",
    "group": {"id": "relawan-rahmat", "name": "Relawan Bang Rahmat Menang"},
    "initiated_by": {"handle": "+6281300000001", "name": "Korlap"},
}
MESSAGE = {
    "id": "wa-2",
    "platform": "whatsapp",
    "kind": "message",
    "created_at": "2024-10-12T20:00:00+07:00",
    "actor": {"handle": "+62 812 7300 1122"},
    "text": "Siap, besok saya datang",
    "group": {"id": "relawan-rahmat", "name": "Relawan Bang Rahmat Menang"},
}


def test_message_after_being_added_to_a_campaign_group_is_a_violation_citing_the_exposure() -> None:
    an = fresh()
    ctx = an.new_context()
    alert = an.analyse(activity_from_dict(ADDED), context=ctx)
    assert alert is not None and alert.status is Status.ALERT
    assert alert.actor.nip == "198503122010011001"
    assert any(x.startswith("Menjadi pelanggaran bila:") for x in alert.explanation)

    later = an.analyse(activity_from_dict(MESSAGE), context=ctx)
    assert later is not None and later.status is Status.VIOLATION
    assert later.actor.nip == "198503122010011001"
    assert later.candidate_ids == ("llg-1",)
    assert later.violation_codes
    exposure = [x for x in later.explanation if x.startswith("Sebelumnya dimasukkan ke grup")]
    assert exposure == [
        "Sebelumnya dimasukkan ke grup oleh Korlap pada Kamis, 10 Oktober 2024 09.00 WIB;"
        " keterlibatan sesudahnya adalah perbuatan sendiri"
    ]

    # Without the earlier exposure the same message says nothing of it.
    alone = fresh().analyse(activity_from_dict(MESSAGE))
    assert alone is None or not any(x.startswith("Sebelumnya") for x in alone.explanation)


def test_liking_the_post_one_was_tagged_in_is_judged_on_that_post() -> None:
    tagged = make_activity(
        id="t-1",
        kind=Kind.TAGGED,
        created_at=datetime(2024, 10, 1, 9, 0, tzinfo=JKT),
        actor=AccountRef(handle="rina.marlina88"),
        text="Ayo coblos nomor 1! #RahmatLestariMenang",
        target=Target(id="post-77"),
        initiated_by=AccountRef(handle="warga.llg", name="Joko"),
    )
    like = make_activity(
        id="t-2",
        kind=Kind.REACTION,
        created_at=datetime(2024, 10, 1, 10, 0, tzinfo=JKT),
        actor=AccountRef(handle="rina.marlina88"),
        text="",
        target=Target(id="post-77"),
    )
    an = fresh()
    ctx = an.new_context()
    assert (f1 := an.analyse(tagged, context=ctx)) is not None and f1.status is Status.ALERT
    f2 = an.analyse(like, context=ctx)
    assert f2 is not None and f2.status is Status.VIOLATION
    assert f2.candidate_ids == ("llg-1",)
    assert any(x.startswith("Sebelumnya ditandai oleh Joko") for x in f2.explanation)
    # A like with no text on an unknown post is nothing without the exposure.
    assert fresh().analyse(like) is None


@pytest.mark.parametrize(
    "deleted_at,duration",
    [
        ("2024-10-10T11:30:00+07:00", "2 jam"),
        ("2024-10-10T09:20:00+07:00", "20 menit"),
        ("2024-10-13T09:00:00+07:00", "3 hari"),
    ],
)
def test_deleted_post_is_still_a_violation_and_the_deletion_is_recorded(
    deleted_at: str, duration: str
) -> None:
    f = fresh().analyse(
        activity_from_dict(
            {
                "id": "fb-9",
                "platform": "facebook",
                "kind": "post",
                "created_at": "2024-10-10T09:00:00+07:00",
                "deleted_at": deleted_at,
                "actor": {"handle": "rina.marlina88"},
                "text": "Ayo coblos nomor 1! #RahmatLestariMenang",
            }
        )
    )
    assert f is not None and f.status is Status.VIOLATION
    assert f.deleted_at == datetime.fromisoformat(deleted_at).isoformat()
    lines = [x for x in f.explanation if x.startswith("Dihapus")]
    assert len(lines) == 1
    assert lines[0].startswith(f"Dihapus {duration} setelah diunggah")
    assert "penghapusan tidak menghapus perbuatan" in lines[0]


# ---- (d) an order upheld after an objection ----------------------------------------------------


def _chat(*lines: tuple[str, str, str]) -> list[Activity]:
    """Messages of one WhatsApp group: (minutes after 08.00 WIB, sender, text)."""
    group = GroupRef(id=None, name="Staf Dinas Kominfo PALI")
    return [
        make_activity(
            id=f"wa-u{i}",
            platform=Platform.WHATSAPP,
            kind=Kind.MESSAGE,
            created_at=datetime(2024, 8, 28, 8, 0, tzinfo=JKT) + timedelta(minutes=int(at)),
            actor=AccountRef(handle=who),
            group=group,
            text=text,
        )
        for i, (at, who, text) in enumerate(lines)
    ]


BOSS = "+6281273001122"  # Andi Pratama's registered number
ORDER = (0, BOSS, "tolong rekan2 staf liput kegiatan pak Wabup Heri ambil formulir")
OBJECTION = (
    5,
    "+6281200000099",
    "Maaf pak, bukannya ASN dilarang ikut kegiatan kampanye? Takut jadi temuan Bawaslu",
)


def _last(lines: list[tuple[str, str, str]] | list[tuple[int, str, str]]) -> Finding | None:
    return run(_chat(*lines))[-1][1]  # type: ignore[arg-type]


def test_an_order_upheld_after_an_objection_is_the_order_again() -> None:
    f = _last([ORDER, OBJECTION, (9, BOSS, "Nda apa-apa, yang penting beritanya naik sore ini")])
    assert f is not None and f.status is Status.VIOLATION, f and f.explanation
    assert f.action.value == "instruct_others" and "SKB-D8" in f.violation_codes
    assert any("tetap pada perintahnya setelah anggota grup mengingatkan aturan" in x for x in f.explanation)
    assert not any("+6281200000099" in x for x in f.explanation)  # the objector is not named


@pytest.mark.parametrize(
    "lines",
    [
        # taken back, thanked for the reminder, or a mere acknowledgment
        [ORDER, OBJECTION, (9, BOSS, "Oh iya, tidak jadi, abaikan pesan saya tadi")],
        [ORDER, OBJECTION, (9, BOSS, "Benar juga, terima kasih sudah diingatkan")],
        [ORDER, OBJECTION, (9, BOSS, "Iya pak")],
        # no objection in between; another member speaking; too long after the order
        [ORDER, (9, BOSS, "Nanti rapat jam 2 di ruang kepala dinas")],
        [ORDER, OBJECTION, (9, "+6281200000098", "Nanti rapat jam 2 di ruang kepala dinas")],
        [ORDER, OBJECTION, (180, BOSS, "Nanti rapat jam 2 di ruang kepala dinas")],
        # a member speaking of the campaign without doubt or warning is no objection
        [
            ORDER,
            (5, "+6281200000099", "Jadwal kampanye besok jam 9 di lapangan"),
            (9, BOSS, "Nda apa-apa, yang penting beritanya naik sore ini"),
        ],
    ],
)
def test_what_does_not_uphold_an_order_is_no_violation(lines: list[tuple[int, str, str]]) -> None:
    f = _last(lines)
    assert f is None or f.status is not Status.VIOLATION, f.explanation


def test_denying_compulsion_after_an_objection_neither_repeats_nor_withdraws_the_order() -> None:
    # "I am not forcing anyone, just saying": no new finding (the order itself stays one) …
    f = _last([ORDER, OBJECTION, (9, BOSS, "Saya tidak paksa, cuma bilang saja")])
    assert f is None or f.status is not Status.VIOLATION, f.explanation
    # … but a "but" after the denial, or the invitation again, keeps the pressure on
    for text in (
        "Bukan wajib, tapi yang penting beritanya naik sore ini",
        "Tidak wajib, yang bisa liput silakan, nanti absen di grup ini",
    ):
        f = _last([ORDER, OBJECTION, (9, BOSS, text)])
        assert f is not None and f.status is Status.VIOLATION, (text, f and f.explanation)


def _thread(*lines: tuple[int, str, str]) -> list[Activity]:
    """A Telegram group: the first line a message, each later one a reply (a comment) to the one before."""
    group = GroupRef(id="1800000001", name="Staf Dinas Kominfo PALI")
    out: list[Activity] = []
    for i, (at, who, text) in enumerate(lines):
        prev = out[-1] if out else None
        out.append(
            make_activity(
                id=f"tg-u{i}",
                platform=Platform.TELEGRAM,
                kind=Kind.MESSAGE if prev is None else Kind.COMMENT,
                created_at=datetime(2024, 8, 28, 8, 0, tzinfo=JKT) + timedelta(minutes=at),
                actor=AccountRef(handle=who),
                group=group,
                text=text,
                target=None if prev is None else Target(id=prev.id, author=prev.actor, text=prev.text),
            )
        )
    return out


def test_an_order_upheld_in_a_reply_after_an_objection_in_a_reply() -> None:
    """A Telegram reply is a comment: the objection and the official's answer are read as in a chat."""
    f = run(_thread(ORDER, OBJECTION, (9, BOSS, "Nda apa-apa, yang penting beritanya naik sore ini")))[-1][1]
    assert f is not None and f.status is Status.VIOLATION, f and f.explanation
    assert f.action.value == "instruct_others" and "SKB-D8" in f.violation_codes


@pytest.mark.parametrize("answer", ["Cuma saran, bukan perintah", "Itu bukan instruksi, silakan abaikan"])
def test_an_order_said_to_be_no_order_is_taken_back(answer: str) -> None:
    f = run(_thread(ORDER, OBJECTION, (9, BOSS, answer)))[-1][1]
    assert f is None or f.status is not Status.VIOLATION, f.explanation


def _group_msg(i: int, at: str, handle: str, text: str) -> Activity:
    return activity_from_dict(
        {
            "id": f"wa-order-{i}",
            "platform": "whatsapp",
            "kind": "message",
            "created_at": at,
            "actor": {"handle": handle},
            "group": {"id": "g-staf", "name": "Staf Dinas Pendidikan"},
            "text": text,
        }
    )


@pytest.mark.parametrize(
    ("report_at", "done"), [("2024-10-11T07:10:00+07:00", True), ("2024-10-12T09:00:00+07:00", False)]
)
def test_a_member_reporting_the_next_morning_that_they_did_what_was_ordered(
    report_at: str, done: bool
) -> None:
    """The order at night, the report of having shared the next morning (hours beyond the reply
    window): the report answers the order within a day, not two days later."""
    an = fresh()
    ctx = an.new_context()
    order = _group_msg(
        1,
        "2024-10-10T19:30:00+07:00",
        "+6285200001111",
        "Bapak ibu guru, tolong bantu sebar video Bang Rahmat ya",
    )
    report = _group_msg(2, report_at, "0812-7300-1122", "Sudah saya sebar di grup wali murid pak")
    an.analyse(order, context=ctx)
    f = an.analyse(report, context=ctx)
    if done:
        assert f is not None and f.status is Status.VIOLATION, f
    else:
        assert f is None or f.status is not Status.VIOLATION


@pytest.mark.parametrize(
    ("report_at", "text", "done"),
    [
        ("2024-10-12T07:40:00+07:00", "Sudah di Lapangan Merdeka pak, ramai 📸", True),
        ("2024-10-12T07:40:00+07:00", "Udah sampai lokasi bu", True),
        ("2024-10-12T09:10:00+07:00", "Alhamdulillah SD 12 hadir 18 orang 💪", True),  # a headcount
        ("2024-10-12T07:40:00+07:00", "Kamek dah di lapangan bu, rame!", True),  # Pontianak "dah"
        ("2024-10-12T07:40:00+07:00", "Sudah di kantor pak, hari ini piket", False),  # not the place
        ("2024-10-21T07:40:00+07:00", "Sudah di Lapangan Merdeka pak", False),  # a week and more on
    ],
)
def test_a_member_saying_they_are_where_the_order_asked_answers_it(
    report_at: str, text: str, done: bool
) -> None:
    """An order softened by a particle ("… datang ya"), no order word, for an event days ahead;
    the member's word that they are at its place (named in the order, or "lokasi") answers it."""
    an = fresh()
    ctx = an.new_context()
    order = _group_msg(
        1,
        "2024-10-10T16:17:00+07:00",
        "+6285200001111",
        "Sabtu ada jalan sehat bareng Bang Rahmat di Lapangan Merdeka. Staf yang tidak piket datang ya",
    )
    an.analyse(order, context=ctx)
    report = _group_msg(2, report_at, "0812-7300-1122", text)
    f = an.analyse(report, context=ctx)
    if done:
        assert f is not None and f.status is Status.VIOLATION, f and f.explanation
        assert any("melaporkan sudah" in line for line in f.explanation)
    else:
        assert f is None or f.status is not Status.VIOLATION, f.explanation


@pytest.mark.parametrize(
    ("report_at", "text", "done"),
    [
        ("2024-10-11T08:13:00+07:00", "Pak, data KK RT 1 sampai 7 sudah saya kirim ke tim 📄", True),
        ("2024-10-13T10:02:00+07:00", "Sa su kirim data NIK warga ke tim, Bapa", True),  # days later
        ("2024-10-11T08:13:00+07:00", "Data KK itu data kependudukan, tidak bisa saya kasih ke tim", False),
        ("2024-10-11T08:13:00+07:00", "Sudah saya kirim laporan luas tanam ke email dinas", False),
        ("2024-10-19T08:13:00+07:00", "Data KK sudah saya kirim ke tim pak", False),  # over a week on
    ],
)
def test_a_member_reporting_the_office_data_sent_to_the_team_answers_the_order(
    report_at: str, text: str, done: bool
) -> None:
    """An order to pass the data an office holds about people (KK, NIK) to a candidate's team, and
    a member's word, hours or days later, that it was sent: the report answers the order; a
    refusal, other work done, or a word more than a week on does not."""
    an = fresh()
    ctx = an.new_context()
    order = _group_msg(
        1,
        "2024-10-10T19:08:00+07:00",
        "+6285200001111",
        "Tolong rekap data KK per RT di kelurahan, kirim ke tim Bang Rahmat. Sekadar bantu saja",
    )
    an.analyse(order, context=ctx)  # by someone the registry does not know: the order is context
    f = an.analyse(_group_msg(2, report_at, "0812-7300-1122", text), context=ctx)
    if done:
        assert f is not None and f.status is Status.VIOLATION, f and f.explanation
        assert any("melaporkan sudah" in line for line in f.explanation)
        assert any("data warga untuk tim" in line for line in f.explanation), f.explanation
    else:
        assert f is None or f.status is not Status.VIOLATION, f.explanation


def test_a_ktp_copy_handed_in_the_next_day_answers_the_collection() -> None:
    """A collection of KTP copies for an independent, then a member handing in their own the next
    day (beyond the reply window): support, cited as the collection answered."""
    an = fresh()
    ctx = an.new_context()
    at = "2024-05-06T09:11:00+07:00"
    call = "Bang Rahmat maju jalur perseorangan. Yang bisa, bawa fotokopi KTP keluarga ke kantor, saya kumpul"
    an.analyse(_group_msg(1, at, "+6285200001111", call), context=ctx)
    text = "Sa su bawa fotokopi KTP sa deng istri ke meja Bapa 👍"
    f = an.analyse(_group_msg(2, "2024-05-07T10:02:00+07:00", "0812-7300-1122", text), context=ctx)
    assert f is not None and f.status is Status.VIOLATION, f and f.explanation
