"""Predicates used by rule files. Each is a typed function whose name reads as a sentence and whose
docstring (first line) is what people are shown. A predicate answers True, False or None (unsure:
a person has to decide), with a short detail; an unsure answer's detail is the open question.

Adding a predicate: write the function here and add it to :data:`PREDICATES`. Its keyword
parameters are the ones a rule file may give; they are checked when the rules load.
"""

from __future__ import annotations

from collections.abc import Callable

from jaganetral.attribute.attributor import ActorKind
from jaganetral.judge.facts import Facts
from jaganetral.model.clock import calendar_date, tanggal
from jaganetral.model.nip import appointed_from
from jaganetral.model.people import AsnStatus
from jaganetral.screen.screener import KTP, PROPS, TEAM, UNIFORM
from jaganetral.screen.stance import Stance

Answer = tuple[bool | None, str]
Predicate = Callable[..., Answer]


#: Since when neutrality binds non-ASN staff too (SE MenPANRB 01/2023, rules.md §2): an honorary
#: worker's act from then on, before their appointment, may still be bound.
NON_ASN_BOUND_FROM = "2023-01-01"


def actor_is_asn(f: Facts, non_asn_bound_from: str = NON_ASN_BOUND_FROM) -> Answer:
    """Pelaku adalah ASN (PNS/PPPK) menurut data kepegawaian."""
    if f.actor.kind is not ActorKind.ASN or f.actor.person is None:
        return False, "pelaku tidak dikenali sebagai ASN"
    p = f.actor.person
    if not f.actor.certain:
        return None, f"apakah akun ini benar milik {p.name} (NIP {p.nip})? identitas belum pasti"
    # The registry index gives the status as its text ("PPPK"); the enum compares equal to it.
    since = appointed_from(p.nip, pppk=p.status == AsnStatus.PPPK)
    day = calendar_date(f.activity.created_at)
    if since is not None and day < since:
        recorded = f"NIP {p.nip} mencatat pengangkatan {p.status} sejak {tanggal(since)}; perbuatan ini"
        if day.isoformat() < non_asn_bound_from:
            # Years before the appointment, before neutrality bound non-ASN staff: not an ASN's act.
            return False, f"{recorded} sebelumnya, saat belum ASN (sebelum SE MenPANRB 01/2023)"
        # Before the appointment, but when an honorary worker was bound too: a person decides.
        return None, f"{recorded} sebelumnya: saat itu sudah ASN, atau pegawai non-ASN?"
    return True, f"{p.name}, {p.jabatan}, {p.instansi} (NIP {p.nip}, {p.status})"


def actor_is_institution(f: Facts) -> Answer:
    """Pelaku adalah akun resmi instansi pemerintah."""
    if f.actor.kind is ActorKind.INSTITUTION and f.actor.institution is not None:
        if not f.actor.certain:
            return None, f"apakah akun ini benar akun resmi {f.actor.institution.instansi}?"
        return True, f"akun resmi {f.actor.institution.instansi}"
    return False, "bukan akun resmi instansi"


def actor_is_asn_or_institution(f: Facts) -> Answer:
    """Pelaku adalah ASN atau akun resmi instansi pemerintah."""
    if f.actor.kind is ActorKind.INSTITUTION:
        return actor_is_institution(f)
    return actor_is_asn(f)


def act_is_active(f: Facts) -> Answer:
    """Pelaku sendiri yang berbuat (bukan ditandai atau dimasukkan ke grup oleh orang lain)."""
    if f.role == "initiator":
        return True, "memasukkan orang lain ke grup (perbuatan sendiri)"
    if f.activity.kind.is_passive:
        return False, "pasif: ditandai/dimasukkan oleh orang lain"
    return True, f"perbuatan aktif ({f.activity.kind.value})"


def act_is_passive(f: Facts) -> Answer:
    """Pelaku hanya ditandai atau dimasukkan ke grup oleh orang lain."""
    if f.activity.kind.is_passive and f.role is None:
        by = f.activity.initiated_by
        who = (by.name or by.handle or by.id) if by is not None else "orang lain"
        return True, f"{'ditandai' if f.activity.kind.value == 'tagged' else 'dimasukkan ke grup'} oleh {who}"
    return False, "perbuatan aktif"


def content_is_campaign(f: Facts) -> Answer:
    """Isinya mendukung atau menyerang calon/partai peserta pemilihan (berpihak)."""
    s = f.screen
    if s.stance in (Stance.SUPPORT, Stance.OPPOSE):
        return True, "; ".join(s.reasons[:3]) or "konten kampanye"
    if s.stance is Stance.UNCLEAR:
        return None, s.open_question or "apakah isinya mendukung calon?"
    return False, "bukan konten kampanye"


def content_supports_candidate(f: Facts) -> Answer:
    """Isinya mendukung atau mempromosikan calon (menguntungkan)."""
    s = f.screen
    if s.stance is Stance.SUPPORT:
        return True, "; ".join(s.reasons[:3]) or "mendukung calon"
    if s.stance is Stance.UNCLEAR:
        return None, s.open_question or "apakah isinya mendukung calon?"
    return False, "tidak mendukung calon"


def content_attacks_candidate(f: Facts) -> Answer:
    """Isinya menyerang calon tertentu (kampanye negatif: merugikan pasangan calon)."""
    s = f.screen
    if s.stance is Stance.OPPOSE:
        return True, "; ".join(s.reasons[:3]) or "menyerang calon"
    if s.stance is Stance.UNCLEAR and "oppose" in (s.own.cues | s.context.cues):
        return None, s.open_question or "apakah isinya merugikan calon tertentu?"
    return False, "tidak menyerang calon tertentu"


def action_in(f: Facts, actions: list[str]) -> Answer:
    """Bentuk perbuatannya termasuk yang disebut aturan."""
    ok = f.action.value in actions
    return ok, f"bentuk perbuatan: {f.action.value}"


def post_shows_it(f: Facts) -> Answer:
    """Unggahan itu sendiri memperlihatkannya (keterangan foto, teks alternatif, teks gambar, kata-kata)."""
    s = f.screen
    if s.evidence_in_post and (s.own.targets or s.context.targets):
        return True, "tampak dari unggahan: " + "; ".join(s.reasons[:2])
    return None, "apakah foto benar memperlihatkan ASN bersama calon/atribut kampanye?"


def post_shows_campaign_props(f: Facts) -> Answer:
    """Unggahan memperlihatkan pemasangan alat peraga kampanye (baliho, spanduk, stiker)."""
    if PROPS in f.screen.hints:
        return True, "memasang/menyebarkan alat peraga kampanye"
    return False, "tidak ada alat peraga kampanye"


def shows_state_or_party_attributes(f: Facts) -> Answer:
    """Berkampanye dengan atribut partai atau atribut PNS (seragam dinas, Korpri)."""
    if UNIFORM in f.screen.hints:
        return True, "memakai seragam/atribut dinas atau partai"
    return False, "tanpa atribut PNS/partai"


def message_collects_ktp_support(f: Facts) -> Answer:
    """Pesannya mengumpulkan fotokopi KTP atau surat dukungan untuk bakal calon."""
    if KTP in f.screen.hints:
        return True, "mengumpulkan KTP/surat dukungan"
    return False, "tidak mengumpulkan KTP/surat dukungan"


def joins_campaign_team(f: Facts) -> Answer:
    """Pelaku menyatakan diri bagian dari tim pemenangan (relawan, saksi, koordinator, jurkam)."""
    if TEAM in f.screen.hints:
        return True, "menyatakan ikut tim pemenangan/relawan/saksi"
    return False, "tidak menyatakan ikut tim pemenangan"


def candidate_is_bakal_calon(f: Facts) -> Answer:
    """Pada saat perbuatan, yang didukung masih bakal calon (sebelum penetapan calon oleh KPU)."""
    return (not f.designated), _stage_detail(f)


def candidate_is_calon(f: Facts) -> Answer:
    """Pada saat perbuatan, yang didukung sudah calon yang ditetapkan KPU."""
    return f.designated, _stage_detail(f)


def candidate_is_independent(f: Facts) -> Answer:
    """Yang didukung adalah bakal calon perseorangan (tanpa partai pengusung)."""
    if f.candidate_is_independent is None:
        return None, "apakah dukungan KTP ini untuk bakal calon perseorangan?"
    return f.candidate_is_independent, (
        "calon perseorangan" if f.candidate_is_independent else "calon diusung partai"
    )


def _stage_detail(f: Facts) -> str:
    d = None
    if f.election is not None:
        d = f.election.designation_date_for(f.candidate_ids)
    # The calendar is in Asia/Jakarta: 23.30 UTC on the 21st is already the 22nd there.
    when = calendar_date(f.activity.created_at).isoformat()
    if d is None:
        return f"tanggal {when} (WIB); tahap penetapan calon tidak dikonfigurasi"
    rel = "sesudah" if f.designated else "sebelum"
    return f"tanggal {when} (WIB), {rel} penetapan calon {d.isoformat()}"


def election_is_pilkada(f: Facts) -> Answer:
    """Pemilihan yang bersangkutan adalah Pilkada (UU 10/2016)."""
    ok = f.election is not None and f.election.is_pilkada
    return ok, "pilkada" if ok else "bukan pilkada"


def election_is_pemilu(f: Facts) -> Answer:
    """Pemilihan yang bersangkutan adalah Pemilu (UU 7/2017)."""
    ok = f.election is not None and not f.election.is_pilkada
    return ok, "pemilu" if ok else "bukan pemilu"


def message_instructs_others(f: Facts) -> Answer:
    """Pesannya memerintahkan/meminta orang lain meliput, hadir atau mendukung kegiatan calon."""
    ins = f.screen.instruction
    if ins is None:
        adds = [lk for lk in f.links if lk.relation == "adds_asn"]
        if adds:
            return True, adds[0].text
        return False, "tidak ada perintah kepada orang lain"
    return True, f"'{ins.imperative} … {ins.action}' kepada {', '.join(ins.addressees)}"


def instruction_mobilises_asn(f: Facts) -> Answer:
    """Yang diperintah atau dikerahkan termasuk ASN lain (bawahan, staf, guru, camat…)."""
    if f.mobilises_asn:
        followed = [lk for lk in f.links if lk.relation in ("instruction_followed", "adds_asn")]
        if followed:
            return True, followed[0].text
        return True, "menggerakkan ASN lain"
    if f.screen.instruction is None:
        return False, "tidak ada perintah"
    return False, "yang diperintah bukan ASN"


PREDICATES: dict[str, Predicate] = {
    fn.__name__: fn
    for fn in (
        actor_is_asn,
        actor_is_institution,
        actor_is_asn_or_institution,
        act_is_active,
        act_is_passive,
        content_is_campaign,
        content_supports_candidate,
        content_attacks_candidate,
        action_in,
        post_shows_it,
        post_shows_campaign_props,
        shows_state_or_party_attributes,
        message_collects_ktp_support,
        joins_campaign_team,
        candidate_is_bakal_calon,
        candidate_is_calon,
        candidate_is_independent,
        election_is_pilkada,
        election_is_pemilu,
        message_instructs_others,
        instruction_mobilises_asn,
    )
}
