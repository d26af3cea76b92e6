"""The case workflow of rules.md §5 on stored findings: merging, moves, clocks, four eyes, visibility."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from jaganetral.cases.access import User
from jaganetral.cases.service import CaseFilter, CaseService
from jaganetral.cases.workflow import CaseError, PermissionDenied
from jaganetral.errors import InvalidInput
from jaganetral.store import case_tables as ct
from jaganetral.store.repository import Store

PALI_HEAD = "198503122010011001"
TEACHER = "199001052015032002"


def _svc(store: Store, clock: object) -> CaseService:
    return CaseService(store.engine, clock=clock)  # type: ignore[arg-type]


def _case_of(svc: CaseService, user: User, nip: str) -> list[str]:
    page = svc.list_cases(user, CaseFilter(q=nip, per_page=200))
    return sorted(r["id"] for r in page.rows)


def test_findings_become_cases_merged_by_subject_and_event(
    scanned: Store, team: dict[str, User], clock
) -> None:
    svc = _svc(scanned, clock)
    opened = svc.open_from_findings(team["analis"])
    created = [cid for cid, new in opened if new]
    # 10 violation/review findings; the teacher's posts of 3 and 5 October are one event → one case
    assert len(opened) == 10
    assert len(created) == 9
    teacher = _case_of(svc, team["admin"], TEACHER)
    assert len(teacher) == 2  # 12 September and 3–5 October
    views = [svc.get_case(team["admin"], c) for c in teacher]
    assert sorted(len(v.findings) for v in views) == [1, 2]
    merged = next(v for v in views if len(v.findings) == 2)
    assert set(merged.case.violation_codes) == {"SKB-D2", "SKB-D6"}
    # alerts (tagged/added) never open a case by themselves
    assert all(v.findings[0]["status"] != "alert" for v in views)
    # running again adds nothing twice
    assert svc.open_from_findings(team["analis"]) == []


def test_walk_to_an_approved_recommendation_and_ppk_follow_up(
    scanned: Store, team: dict[str, User], clock
) -> None:
    svc = _svc(scanned, clock)
    svc.open_from_findings(team["analis"])
    (cid,) = _case_of(svc, team["admin"], PALI_HEAD)
    a, p, boss, boss2, agency = (
        team["analis"],
        team["pemeriksa"],
        team["pimpinan"],
        team["pimpinan2"],
        team["pali"],
    )
    svc.transition(a, cid, "temuan", "ditetapkan sebagai temuan patroli siber")
    svc.transition(a, cid, "kajian_awal", "memenuhi syarat formal")
    with pytest.raises(PermissionDenied):
        svc.transition(a, cid, "diregistrasi", "analis tidak berwenang meregistrasi")
    svc.transition(p, cid, "diregistrasi", "syarat formal dan materiel terpenuhi")
    svc.transition(p, cid, "klarifikasi", "undangan klarifikasi dikirim")
    svc.transition(p, cid, "kajian", "klarifikasi selesai")
    with pytest.raises(InvalidInput):
        svc.transition(boss, cid, "putusan", "tanpa amar putusan")
    svc.transition(boss, cid, "putusan", "terbukti melanggar netralitas", outcome="pelanggaran_netralitas")
    with pytest.raises(CaseError, match="empat mata"):
        svc.transition(boss, cid, "diteruskan", "belum ada rekomendasi disetujui")
    svc.draft_recommendation(boss, cid, "Direkomendasikan sanksi disiplin.")
    with pytest.raises(CaseError, match="empat mata"):
        svc.decide_recommendation(boss, cid, approve=True)
    with pytest.raises(PermissionDenied):
        svc.decide_recommendation(p, cid, approve=True)
    svc.decide_recommendation(boss2, cid, approve=True)
    svc.transition(boss, cid, "diteruskan", "rekomendasi dikirim ke BKN")
    # the agency records the PPK's follow-up, and must say what it was
    with pytest.raises(InvalidInput):
        svc.transition(agency, cid, "tindak_lanjut_ppk", "sudah", ppk_result=None)
    svc.transition(agency, cid, "tindak_lanjut_ppk", "SK hukuman disiplin", ppk_result="sanksi_dijatuhkan")
    svc.transition(p, cid, "selesai", "selesai")
    view = svc.get_case(team["admin"], cid)
    assert view.case.state == "selesai"
    assert view.case.forwarded_to == "BKN"  # KASN was dissolved on 23 August 2024
    transitions = [
        (e["from_state"], e["to_state"], e["actor"]) for e in view.events if e["kind"] == "transition"
    ]
    assert transitions == [
        ("informasi_awal", "temuan", "analis"),
        ("temuan", "kajian_awal", "analis"),
        ("kajian_awal", "diregistrasi", "pemeriksa"),
        ("diregistrasi", "klarifikasi", "pemeriksa"),
        ("klarifikasi", "kajian", "pemeriksa"),
        ("kajian", "putusan", "pimpinan"),
        ("putusan", "diteruskan", "pimpinan"),
        ("diteruskan", "tindak_lanjut_ppk", "inspektorat-pali"),
        ("tindak_lanjut_ppk", "selesai", "pemeriksa"),
    ]
    assert view.recommendation is not None
    assert view.recommendation["drafted_by"] == "pimpinan"
    assert view.recommendation["approved_by"] == "pimpinan2"
    assert all(e["reason"] for e in view.events)


def test_legal_clocks_by_election_type(scanned: Store, team: dict[str, User], clock) -> None:
    svc = _svc(scanned, clock)
    svc.open_from_findings(team["analis"])
    (cid,) = _case_of(svc, team["admin"], PALI_HEAD)
    view = svc.get_case(team["admin"], cid)
    found = view.case.discovered_at
    assert view.due is not None and view.due.at == found + timedelta(days=7)
    svc.transition(team["analis"], cid, "temuan", "x")
    svc.transition(team["analis"], cid, "kajian_awal", "x")
    clock.at += timedelta(hours=5)
    svc.transition(team["pemeriksa"], cid, "diregistrasi", "x")
    registered = clock.at
    svc.transition(team["pemeriksa"], cid, "klarifikasi", "x")
    view = svc.get_case(team["admin"], cid)
    assert view.case.election_type == "pilkada"
    assert view.due is not None and view.due.at == registered + timedelta(days=3)  # UU 10/2016 Pasal 134
    clock.at = registered + timedelta(days=4)
    assert svc.list_cases(team["admin"], CaseFilter(overdue=True)).total >= 1
    assert view.due.overdue(clock.at) and view.due.remaining_text(clock.at).startswith("terlambat")
    svc.extend_clock(team["pemeriksa"], cid, "menunggu keterangan tambahan")
    view = svc.get_case(team["admin"], cid)
    assert view.due is not None and view.due.at == registered + timedelta(days=5)
    with pytest.raises(CaseError):
        svc.extend_clock(team["pemeriksa"], cid, "sekali lagi")


def _load_forward() -> Any:
    """``forward`` of this folder's conftest (imported by path: several folders have a conftest)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("_cases_conftest", Path(__file__).parent / "conftest.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.forward


def test_agency_sees_only_its_own_cases(scanned: Store, team: dict[str, User], clock) -> None:
    forward = _load_forward()
    svc = _svc(scanned, clock)
    svc.open_from_findings(team["analis"])
    pali, disdik = team["pali"], team["other"]
    # nothing before a case is forwarded to BKN: the deliberation is Bawaslu's (workflow.yaml)
    assert svc.list_cases(pali, CaseFilter(per_page=200)).total == 0
    everyone = svc.list_cases(team["admin"], CaseFilter(per_page=200)).rows
    for r in everyone:
        if r["instansi"] in (pali.instansi, disdik.instansi) and r["nip"]:
            forward(svc, team, r["id"])
    mine = svc.list_cases(pali, CaseFilter(per_page=200))
    assert mine.total == 1 and mine.rows[0]["instansi"] == pali.instansi
    others = [r["id"] for r in svc.list_cases(disdik, CaseFilter(per_page=200)).rows]
    assert others
    for cid in others:
        with pytest.raises(PermissionDenied, match="tidak ditemukan"):
            svc.get_case(pali, cid)
        with pytest.raises(PermissionDenied):
            svc.add_note(pali, cid, "mengintip")
    assert svc.dashboard(pali)["total"] == 1
    assert svc.dashboard(team["pimpinan"])["total"] == 9
    with pytest.raises(PermissionDenied):
        svc.inbox(pali)
    assert {d["actor"]["instansi"] for d in svc.alerts(pali)} <= {pali.instansi}


def test_reasons_are_required_and_history_is_append_only(
    scanned: Store, team: dict[str, User], clock
) -> None:
    svc = _svc(scanned, clock)
    svc.open_from_findings(team["analis"])
    (cid,) = _case_of(svc, team["admin"], PALI_HEAD)
    with pytest.raises(InvalidInput):
        svc.transition(team["analis"], cid, "temuan", "  ")
    with pytest.raises(CaseError):
        svc.transition(team["pimpinan"], cid, "putusan", "melompati kajian", outcome="bukan_pelanggaran")
    with scanned.engine.connect() as c:
        before = c.execute(select(func.count()).select_from(ct.case_events)).scalar_one()
    svc.add_note(team["analis"], cid, "tangkapan layar dari pelapor ditambahkan")
    with scanned.engine.connect() as c:
        after = c.execute(select(func.count()).select_from(ct.case_events)).scalar_one()
        viewed = c.execute(
            select(func.count()).select_from(ct.audit_log).where(ct.audit_log.c.action == "view_case")
        ).scalar_one()
    assert after == before + 1
    svc.get_case(team["pemeriksa"], cid)
    with scanned.engine.connect() as c:
        assert (
            c.execute(
                select(func.count()).select_from(ct.audit_log).where(ct.audit_log.c.action == "view_case")
            ).scalar_one()
            == viewed + 1
        )


def test_public_report_is_tracked_by_code_and_hides_the_reporter(
    store: Store, team: dict[str, User], clock
) -> None:
    svc = _svc(store, clock)
    code = svc.file_public_report(
        what="Kepala sekolah mengunggah foto dukungan calon di Facebook",
        where="Kota Lubuklinggau",
        when="8 September 2024",
        links=["https://facebook.com/example/posts/1"],
        evidence_sha256=[],
        ocr_text="",
        reporter_name="Warga Contoh",
        reporter_contact="0812-0000-0000",
    )
    st = svc.report_status(code)
    assert st is not None and st["state"] == "informasi_awal" and "reporter_name" not in st
    assert svc.report_status("LP-NOPE0000") is None
    (row,) = svc.list_cases(team["admin"], CaseFilter()).rows
    assert row["wilayah"] == "Kota Lubuk Linggau"  # the official Kemendagri name
    assert svc.get_case(team["analis"], row["id"]).reports[0]["reporter_contact"] == "0812-0000-0000"
    assert svc.get_case(team["pimpinan"], row["id"]).reports[0]["reporter_contact"] is None
    svc.transition(team["analis"], row["id"], "laporan", "laporan memenuhi syarat")
    assert svc.report_status(code)["state"] == "laporan"  # type: ignore[index]
    with pytest.raises(InvalidInput):
        svc.file_public_report(
            what="x",
            where="",
            when="",
            links=[],
            evidence_sha256=[],
            ocr_text="",
            reporter_name=None,
            reporter_contact=None,
        )


def test_dashboard_counts_add_up(scanned: Store, team: dict[str, User], clock) -> None:
    svc = _svc(scanned, clock)
    svc.open_from_findings(team["analis"])
    d = svc.dashboard(team["admin"])
    assert d["total"] == 9
    assert sum(n for _, _, n in d["by_state"]) == 9
    assert sum(n for _, n in d["by_region"]) == 9
    assert {k for k, _ in d["by_region"]} == {"16.73", "16.12"}  # Lubuklinggau, PALI
    assert sum(n for _, n in d["by_week"]) == 9
    assert d["by_code"][0][1] >= 1


def test_dismissed_findings_stay_out_of_cases(scanned: Store, team: dict[str, User], clock) -> None:
    svc = _svc(scanned, clock)
    inbox = svc.inbox(team["analis"])
    assert inbox.total == 13
    fid = inbox.rows[0]["finding_id"]
    svc.dismiss_finding(team["analis"], fid, "akun salah dikenali")
    assert svc.inbox(team["analis"]).total == 12
    svc.open_from_findings(team["analis"])
    with scanned.engine.connect() as c:
        assert c.execute(select(ct.case_findings).where(ct.case_findings.c.finding_id == fid)).first() is None
