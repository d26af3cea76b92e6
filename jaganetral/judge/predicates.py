"""Predicates used by rule files. Each is a typed function whose name reads as a sentence and whose
docstring (first line) is what people are shown. A predicate answers True, False or None (unsure:
a person has to decide), with a short detail.

Adding a predicate: write the function here and add it to :data:`PREDICATES`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jaganetral.attribute.attributor import ActorKind
from jaganetral.judge.facts import Facts
from jaganetral.model.clock import calendar_date
from jaganetral.screen.screener import Verdict

Answer = tuple[bool | None, str]
Predicate = Callable[..., Answer]


def actor_is_asn(f: Facts, **_: Any) -> Answer:
    """Pelaku adalah ASN (PNS/PPPK) menurut data kepegawaian."""
    if f.actor.kind is not ActorKind.ASN or f.actor.person is None:
        return False, "pelaku tidak dikenali sebagai ASN"
    p = f.actor.person
    if not f.actor.certain:
        return None, f"mungkin {p.name} (NIP {p.nip}): identitas belum pasti"
    return True, f"{p.name}, {p.jabatan}, {p.instansi} (NIP {p.nip}, {p.status})"


def actor_is_institution(f: Facts, **_: Any) -> Answer:
    """Pelaku adalah akun resmi instansi pemerintah."""
    if f.actor.kind is ActorKind.INSTITUTION and f.actor.institution is not None:
        return True, f"akun resmi {f.actor.institution.instansi}"
    return False, "bukan akun resmi instansi"


def actor_is_asn_or_institution(f: Facts, **_: Any) -> Answer:
    """Pelaku adalah ASN atau akun resmi instansi pemerintah."""
    if f.actor.kind is ActorKind.INSTITUTION:
        return actor_is_institution(f)
    return actor_is_asn(f)


def act_is_active(f: Facts, **_: Any) -> Answer:
    """Pelaku sendiri yang berbuat (bukan ditandai atau dimasukkan ke grup oleh orang lain)."""
    if f.activity.kind.is_passive:
        return False, "pasif: ditandai/dimasukkan oleh orang lain"
    return True, f"perbuatan aktif ({f.activity.kind.value})"


def act_is_passive(f: Facts, **_: Any) -> Answer:
    """Pelaku hanya ditandai atau dimasukkan ke grup oleh orang lain."""
    if f.activity.kind.is_passive:
        by = f.activity.initiated_by
        who = (by.name or by.handle or by.id) if by is not None else "orang lain"
        return True, f"{'ditandai' if f.activity.kind.value == 'tagged' else 'dimasukkan ke grup'} oleh {who}"
    return False, "perbuatan aktif"


def content_is_campaign(f: Facts, **_: Any) -> Answer:
    """Isinya mendukung atau mengampanyekan calon/partai peserta pemilihan."""
    v = f.screen.verdict
    if v is Verdict.CAMPAIGN:
        return True, "; ".join(f.screen.reasons[:3]) or "konten kampanye"
    if v is Verdict.MENTION:
        return None, "menyebut calon tanpa ajakan yang jelas"
    return False, "bukan konten kampanye"


def action_in(f: Facts, actions: list[str], **_: Any) -> Answer:
    """Bentuk perbuatannya termasuk yang disebut aturan."""
    ok = f.action.value in actions
    return ok, f"bentuk perbuatan: {f.action.value}"


def candidate_is_bakal_calon(f: Facts, **_: Any) -> Answer:
    """Pada saat perbuatan, yang didukung masih bakal calon (sebelum penetapan calon oleh KPU)."""
    return (not f.designated), _stage_detail(f)


def candidate_is_calon(f: Facts, **_: Any) -> Answer:
    """Pada saat perbuatan, yang didukung sudah calon yang ditetapkan KPU."""
    return f.designated, _stage_detail(f)


def _stage_detail(f: Facts) -> str:
    d = f.election.designation_date() if f.election is not None else None
    # The calendar is in Asia/Jakarta: 23.30 UTC on the 21st is already the 22nd there.
    when = calendar_date(f.activity.created_at).isoformat()
    if d is None:
        return f"tanggal {when}; tahap penetapan calon tidak dikonfigurasi"
    rel = "sesudah" if f.designated else "sebelum"
    return f"tanggal {when}, {rel} penetapan calon {d.isoformat()}"


def election_is_pilkada(f: Facts, **_: Any) -> Answer:
    """Pemilihan yang bersangkutan adalah Pilkada (UU 10/2016)."""
    ok = f.election is not None and f.election.is_pilkada
    return ok, "pilkada" if ok else "bukan pilkada"


def election_is_pemilu(f: Facts, **_: Any) -> Answer:
    """Pemilihan yang bersangkutan adalah Pemilu (UU 7/2017)."""
    ok = f.election is not None and not f.election.is_pilkada
    return ok, "pemilu" if ok else "bukan pemilu"


def message_instructs_others(f: Facts, **_: Any) -> Answer:
    """Pesannya memerintahkan/meminta orang lain meliput atau mendukung kegiatan calon."""
    ins = f.screen.instruction
    if ins is None:
        return False, "tidak ada perintah kepada orang lain"
    return True, f"'{ins.imperative} … {ins.action}' kepada {', '.join(ins.addressees)}"


def instruction_mobilises_asn(f: Facts, **_: Any) -> Answer:
    """Yang diperintah termasuk ASN lain (bawahan, staf, guru, camat…)."""
    ins = f.screen.instruction
    if ins is None:
        return False, "tidak ada perintah"
    return ins.mobilises_asn, ("menggerakkan ASN lain" if ins.mobilises_asn else "yang diperintah bukan ASN")


PREDICATES: dict[str, Predicate] = {
    fn.__name__: fn
    for fn in (
        actor_is_asn,
        actor_is_institution,
        actor_is_asn_or_institution,
        act_is_active,
        act_is_passive,
        content_is_campaign,
        action_in,
        candidate_is_bakal_calon,
        candidate_is_calon,
        election_is_pilkada,
        election_is_pemilu,
        message_instructs_others,
        instruction_mobilises_asn,
    )
}
