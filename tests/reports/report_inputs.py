"""Factories for report inputs: ``make_dossier(**kw)``, ``make_letter(**kw)``, ``make_finding(**kw)``."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from jaganetral.cases.provisions import cite, legal_bases
from jaganetral.reports.types import (
    CaseDossier,
    CaseEvent,
    Citation,
    EvidenceRow,
    RecommendationLetter,
    Signatory,
    Subject,
    ViolationInfo,
)

NIP = "198503122010011003"
SHA_A = "a3f1" + "0123456789abcdef" * 3 + "9e8d7c6b5a4f3e2d"
SHA_B = "b7c2" + "fedcba9876543210" * 3 + "0a1b2c3d4e5f6a7b"
SETTINGS = {
    "unit_name": "Bawaslu Kabupaten Bandung",
    "address": "Jl. Raya Soreang No. 1, Soreang, Kabupaten Bandung",
    "phone": "022-5891234",
    "email": "set@bandungkab.bawaslu.go.id",
    "city": "Soreang",
}


def make_subject(**kw: Any) -> Subject:
    base: dict[str, Any] = {
        "kind": "asn",
        "name": "Budi Santoso",
        "nip": NIP,
        "jabatan": "Kepala Seksi Kurikulum",
        "instansi": "Dinas Pendidikan Kabupaten Bandung",
        "wilayah": "Kabupaten Bandung",
        "account": "budi.s",
        "platform": "facebook",
    }
    base.update(kw)
    return Subject(**base)


def make_finding(**kw: Any) -> dict[str, Any]:
    """A finding in its ``Finding.to_dict()`` form."""
    base: dict[str, Any] = {
        "finding_id": "f-0001",
        "activity_ids": ["fb-1"],
        "status": "violation",
        "actor": {
            "kind": "asn",
            "nip": NIP,
            "name": "Budi Santoso",
            "instansi": "Dinas Pendidikan Kabupaten Bandung",
            "jabatan": "Kepala Seksi Kurikulum",
            "wilayah": "Kabupaten Bandung",
            "account": "budi.s",
            "match_confidence": 0.93,
            "match_reasons": ["NIP disebut di profil", "nama sama dengan data kepegawaian"],
        },
        "candidate_ids": ["c-1"],
        "action": "post",
        "violation_codes": ["SKB-D2"],
        "legal_basis": ["PP 94/2021 tentang Disiplin PNS, Pasal 5 huruf n"],
        "sanction": {"category": "disiplin", "level": "berat"},
        "stage": "calon",
        "confidence": 0.88,
        "explanation": ["Budi Santoso mengunggah ajakan mencoblos nomor 1 setelah penetapan calon."],
        "evidence_sha256": SHA_A,
        "election_id": "pilkada-bandung-2024",
        "election_stage": "kampanye",
        "occurred_at": "2024-10-10T09:00:00+07:00",
        "platform": "facebook",
        "url": "https://facebook.com/budi.s/posts/1",
        "deleted_at": None,
        "aggravating": [],
        "rule_versions": {"SKB-D2": "c" * 64},
        "predicates": [
            {"rule": "SKB-D2", "predicate": "actor_is_asn", "value": True, "detail": "NIP ada di registri"},
            {"rule": "SKB-D2", "predicate": "content_is_campaign", "value": None, "detail": "ajakan samar"},
        ],
        "source": None,
    }
    base.update(kw)
    return base


def make_dossier(**kw: Any) -> CaseDossier:
    base: dict[str, Any] = {
        "case_id": "K-2024-0042",
        "title": "ASN berkampanye di Facebook",
        "state": "klarifikasi",
        "subject": make_subject(),
        "generated_at": datetime(2024, 10, 20, 3, 0, tzinfo=UTC),
        "generated_by": "analis.rina",
        "settings": SETTINGS,
        "origin": "temuan",
        "election_id": "pilkada-bandung-2024",
        "election_name": "Pemilihan Bupati Bandung 2024",
        "election_type": "pilkada",
        "event_date": datetime(2024, 10, 10, 2, 0, tzinfo=UTC),
        "discovered_at": datetime(2024, 10, 11, 1, 0, tzinfo=UTC),
        "opened_at": datetime(2024, 10, 11, 2, 0, tzinfo=UTC),
        "updated_at": datetime(2024, 10, 15, 4, 0, tzinfo=UTC),
        "due_at": datetime(2024, 10, 18, 16, 59, tzinfo=UTC),
        "findings": (make_finding(),),
        "violations": (
            ViolationInfo(
                code="SKB-D2",
                title="Kampanye calon melalui media sosial",
                legal_basis=("PP 94/2021 tentang Disiplin PNS, Pasal 5 huruf n",),
                sanction_category="disiplin",
                sanction_level=("berat",),
            ),
        ),
        "events": (
            CaseEvent(
                at=datetime(2024, 10, 11, 2, 0, tzinfo=UTC),
                actor="analis.rina",
                kind="transition",
                from_state="temuan",
                to_state="kajian_awal",
                reason="syarat formal terpenuhi",
            ),
            CaseEvent(
                at=datetime(2024, 10, 14, 2, 0, tzinfo=UTC),
                actor="kordiv.ahmad",
                kind="transition",
                from_state="diregistrasi",
                to_state="klarifikasi",
                reason="undang terlapor",
            ),
        ),
        "evidence": (
            EvidenceRow(
                sha256=SHA_A,
                kind="screenshot",
                captured_at=datetime(2024, 10, 10, 2, 30, tzinfo=UTC),
                integrity_ok=True,
                online_status="deleted",
                posted_at=datetime(2024, 10, 10, 2, 0, tzinfo=UTC),
                deleted_at=datetime(2024, 10, 10, 5, 0, tzinfo=UTC),
            ),
            EvidenceRow(
                sha256=SHA_B, kind="html", captured_at=None, integrity_ok=False, online_status="online"
            ),
        ),
    }
    base.update(kw)
    return CaseDossier(**base)


def citations_of(codes: list[str], *, criminal_only: bool = False) -> tuple[Citation, ...]:
    """What the web app passes: the codes' provisions by law (catalogue/cases/provisions.yaml)."""
    return tuple(Citation(c.short, c.articles, c.criminal) for c in cite(codes, criminal_only=criminal_only))


def make_letter(**kw: Any) -> RecommendationLetter:
    base: dict[str, Any] = {
        "number": "123/PP.01.02/K.JB-06/11/2026",
        "letter_date": date(2026, 11, 21),
        "case_id": "K-2026-0042",
        "subject": make_subject(),
        "facts": (
            "Pada tanggal 10 Oktober 2026 yang bersangkutan mengunggah ajakan memilih pasangan calon nomor "
            "urut 1 di akun Facebook pribadinya.",
        ),
        "violations": (
            ViolationInfo(
                code="SKB-D2",
                title="Kampanye calon melalui media sosial",
                legal_basis=("PP 94/2021 tentang Disiplin PNS, Pasal 5 huruf n",),
                sanction_category="disiplin",
                sanction_level=("berat",),
            ),
        ),
        "drafter": Signatory(name="Rina Lestari", role="Staf Penanganan Pelanggaran", username="rina"),
        "drafted_at": datetime(2026, 11, 20, 2, 0, tzinfo=UTC),
        "approver": Signatory(name="Ahmad Fauzi", role="Ketua Bawaslu Kabupaten Bandung", username="ahmad"),
        "approved_at": datetime(2026, 11, 21, 3, 0, tzinfo=UTC),
        "settings": {**SETTINGS, "city": "Jakarta"},
        "election_type": "pemilu",
        "copies": ("Ketua Bawaslu Republik Indonesia", "Ketua Bawaslu Provinsi Jawa Barat"),
        "citations": citations_of(["SKB-D2", "PP94-N6"]),
        "legal_bases": tuple(legal_bases("pemilu", "neutrality", ["SKB-D2", "PP94-N6"])),
        "signer": Signatory(name="Ahmad Fauzi", role="Ketua Bawaslu Kabupaten Bandung", nip=None),
    }
    base.update(kw)
    return RecommendationLetter(**base)
