"""Issue 13 on the case service: incident times, letter preconditions, agenda numbers under
concurrency, one clock per track, clocks counted once, alerts kept apart, only allowed moves."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from jaganetral.cases.access import User
from jaganetral.cases.service import CaseFilter, CaseService
from jaganetral.cases.workflow import CaseError, CaseNotFound
from jaganetral.errors import InvalidInput
from jaganetral.store import case_tables as ct
from jaganetral.store import tables as t
from jaganetral.store.repository import Store

PALI_HEAD = "198503122010011001"  # SKB-D8, PP94-N6, UU10-71-1 (a criminal provision)
TEACHER = "199001052015032002"  # SKB-D2 / SKB-D6 only


def _svc(store: Store, clock: object) -> CaseService:
    return CaseService(store.engine, clock=clock, unit_name="Bawaslu Kota Uji")  # type: ignore[arg-type]


def _case(svc: CaseService, user: User, nip: str) -> str:
    rows = svc.list_cases(user, CaseFilter(q=nip, per_page=200)).rows
    return sorted(r["id"] for r in rows)[0]


def _to_kajian(svc: CaseService, team: dict[str, User], cid: str) -> None:
    a, p = team["analis"], team["pemeriksa"]
    for who, to in (
        (a, "temuan"),
        (a, "kajian_awal"),
        (p, "diregistrasi"),
        (p, "klarifikasi"),
        (p, "kajian"),
    ):
        svc.transition(who, cid, to, f"langkah {to}")


def test_a_cases_incident_time_is_its_earliest_findings_instant(
    scanned: Store, team: dict[str, User], clock: object
) -> None:
    svc = _svc(scanned, clock)
    svc.open_from_findings(team["analis"])
    with scanned.engine.connect() as conn:
        pairs = conn.execute(
            select(ct.case_findings.c.case_id, t.findings.c.occurred_at).join(
                t.findings, t.findings.c.finding_id == ct.case_findings.c.finding_id
            )
        ).all()
    first: dict[str, datetime] = {}
    for cid, at in pairs:
        first[cid] = min(first.get(cid, at), at)
    rows = svc.list_cases(team["admin"], CaseFilter(per_page=200)).rows
    assert len(rows) == len(first) == 9
    for r in rows:
        case = r["case"]
        assert case.event_date == first[case.id], case.id
        # the API's text carries the offset of the case's zone and names the same instant
        assert (
            r["event_date"].endswith("+07:00") and datetime.fromisoformat(r["event_date"]) == first[case.id]
        )
    # demo case of the teacher: posted 12 September 20.15 WIB, so the case says 12 September, not the 13th
    teacher = [r["case"] for r in rows if r["case"].nip == TEACHER]
    assert min(c.event_date for c in teacher).astimezone(teacher[0].zone.tz).day == 12


def test_putusan_drafting_and_approval_need_a_person_a_provision_and_a_reason(
    store: Store, team: dict[str, User], clock: object
) -> None:
    svc = _svc(store, clock)
    cid = svc.open_manual(
        team["analis"],
        title="Laporan tanpa terlapor",
        origin="manual",
        discovered_at=clock(),  # type: ignore[operator]
    )
    _to_kajian(svc, team, cid)
    boss = team["pimpinan"]
    with pytest.raises(CaseError, match="terlapor belum lengkap") as err:
        svc.transition(
            boss, cid, "putusan", "terbukti melanggar netralitas", outcome="pelanggaran_netralitas"
        )
    assert "minimal satu pasal" in str(err.value)
    with pytest.raises(InvalidInput, match="alasan putusan"):
        svc.transition(boss, cid, "putusan", "ya", outcome="bukan_pelanggaran")
    svc.set_subject(
        team["analis"],
        cid,
        subject_kind="asn",
        subject_name="Budi",
        nip=PALI_HEAD,
        violation_codes=["SKB-D2"],
    )
    # a disciplinary provision is no ground for Gakkumdu
    with pytest.raises(CaseError, match="Gakkumdu hanya untuk ketentuan pidana"):
        svc.transition(boss, cid, "putusan", "diduga tindak pidana pemilihan", outcome="dugaan_pidana")
    svc.transition(boss, cid, "putusan", "terbukti melanggar netralitas", outcome="pelanggaran_netralitas")
    with pytest.raises(InvalidInput, match="isi rekomendasi"):
        svc.draft_recommendation(boss, cid, "")
    svc.draft_recommendation(boss, cid, "Merekomendasikan sanksi disiplin berat.")
    with pytest.raises(CaseError, match="sudah ada draf"):
        svc.draft_recommendation(boss, cid, "Draf kedua yang sama sekali lain.")
    svc.decide_recommendation(team["pimpinan2"], cid, approve=True)
    with store.engine.connect() as conn:
        (number,) = conn.execute(select(ct.letters.c.number)).one()
    assert number == f"001/PM.00.02/K.SS-01/09/{clock().year}"  # type: ignore[operator]
    # signed: what the letter states (person, provisions, findings) no longer changes
    with pytest.raises(CaseError, match="sudah disetujui"):
        svc.set_subject(team["analis"], cid, subject_kind="asn", subject_name="Orang lain", nip=PALI_HEAD)
    other = svc.open_manual(team["analis"], title="Laporan lain", origin="manual", discovered_at=clock())  # type: ignore[operator]
    with pytest.raises(CaseError, match="sudah disetujui"):
        svc.merge_cases(team["pimpinan"], other, cid, "kejadian yang sama")
    view = svc.get_case(team["analis"], cid)
    assert view.case.subject_name == "Budi" and not view.may_edit  # the form is no longer offered


def test_an_institutions_account_needs_its_official_and_every_stage_checks_again(
    store: Store, team: dict[str, User], clock: object
) -> None:
    """An institution's account is answered for by its official (a natural person, which Gakkumdu
    needs); what putusan needed is checked again when the letter is drafted and when it is approved."""
    svc = _svc(store, clock)
    cid = svc.open_manual(team["analis"], title="Akun dinas", origin="manual", discovered_at=clock())  # type: ignore[operator]
    inst = {"subject_kind": "institution", "instansi": "Dinas Kominfo Kota Uji"}
    svc.set_subject(team["analis"], cid, **inst, violation_codes=["UU10-71-1"])  # type: ignore[arg-type]
    _to_kajian(svc, team, cid)
    boss = team["pimpinan"]
    with pytest.raises(CaseError, match="pejabat penanggung jawab akun instansi belum diisi") as err:
        svc.transition(boss, cid, "putusan", "diduga tindak pidana pemilihan", outcome="dugaan_pidana")
    assert "orang perseorangan" in str(err.value)  # Gakkumdu: a natural person
    svc.set_subject(
        team["analis"],
        cid,
        **inst,
        official_name="Andi Kominfo",
        violation_codes=["UU10-71-1"],  # type: ignore[arg-type]
    )
    svc.transition(boss, cid, "putusan", "diduga tindak pidana pemilihan", outcome="dugaan_pidana")
    # the provisions taken away after putusan: no draft, and no approval of a draft made before
    svc.set_subject(team["analis"], cid, **inst, official_name="Andi Kominfo", violation_codes=[])  # type: ignore[arg-type]
    with pytest.raises(CaseError, match="surat belum dapat dibuat: belum ada ketentuan"):
        svc.draft_recommendation(boss, cid, "Diteruskan kepada Sentra Gakkumdu.")
    svc.set_subject(
        team["analis"],
        cid,
        **inst,
        official_name="Andi Kominfo",
        violation_codes=["UU10-71-1"],  # type: ignore[arg-type]
    )
    svc.draft_recommendation(boss, cid, "Diteruskan kepada Sentra Gakkumdu.")
    svc.set_subject(team["analis"], cid, **inst, official_name="", violation_codes=["UU10-71-1"])  # type: ignore[arg-type]
    with pytest.raises(CaseError, match="orang perseorangan"):
        svc.decide_recommendation(team["pimpinan2"], cid, approve=True)
    with store.engine.connect() as conn:
        assert conn.execute(select(ct.letters.c.number)).first() is None  # no number was spent


def test_approval_waits_for_the_units_city_and_signatory(
    store: Store, team: dict[str, User], clock: object
) -> None:
    from jaganetral.cases.units import save_unit

    save_unit(store.engine, team["admin"], "x", {"city": "", "signatory_name": ""})
    svc = _svc(store, clock)
    cid = svc.open_manual(team["analis"], title="x", origin="manual", discovered_at=clock())  # type: ignore[operator]
    svc.set_subject(
        team["analis"],
        cid,
        subject_kind="asn",
        subject_name="Budi",
        nip=PALI_HEAD,
        violation_codes=["SKB-D2"],
    )
    _to_kajian(svc, team, cid)
    svc.transition(team["pimpinan"], cid, "putusan", "terbukti melanggar", outcome="pelanggaran_netralitas")
    svc.draft_recommendation(team["pimpinan"], cid, "Merekomendasikan sanksi disiplin.")
    with pytest.raises(CaseError, match="pengaturan unit belum lengkap"):
        svc.decide_recommendation(team["pimpinan2"], cid, approve=True)


def test_agenda_numbers_are_sequential_and_unique_under_concurrent_approvals(
    store: Store, team: dict[str, User], clock: object
) -> None:
    svc = _svc(store, clock)
    n = 8
    ids = []
    for i in range(n):
        cid = svc.open_manual(team["analis"], title=f"kasus {i}", origin="manual", discovered_at=clock())  # type: ignore[operator]
        svc.set_subject(
            team["analis"],
            cid,
            subject_kind="asn",
            subject_name=f"ASN {i}",
            nip=PALI_HEAD,
            violation_codes=["SKB-D2"],
        )
        _to_kajian(svc, team, cid)
        svc.transition(
            team["pimpinan"], cid, "putusan", "terbukti melanggar", outcome="pelanggaran_netralitas"
        )
        svc.draft_recommendation(team["pimpinan"], cid, "Merekomendasikan sanksi disiplin.")
        ids.append(cid)
    errors: list[BaseException] = []
    gate = threading.Barrier(n)

    def approve(cid: str) -> None:
        try:
            gate.wait()
            svc.decide_recommendation(team["pimpinan2"], cid, approve=True)
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=approve, args=(c,)) for c in ids]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []
    with store.engine.connect() as conn:
        rows = conn.execute(select(ct.letters.c.seq, ct.letters.c.number, ct.letters.c.case_id)).all()
    assert sorted(r.seq for r in rows) == list(range(1, n + 1))
    assert len({r.number for r in rows}) == n and {r.case_id for r in rows} == set(ids)
    for cid in ids:  # each approval event carries its own letter's number
        rec = svc.get_case(team["admin"], cid, audit_view=False).recommendation
        assert rec is not None and rec["number"] in {r.number for r in rows if r.case_id == cid}


def test_a_gakkumdu_case_runs_no_bkn_clock_and_ends_without_a_ppk(
    scanned: Store, team: dict[str, User], clock: object
) -> None:
    svc = _svc(scanned, clock)
    svc.open_from_findings(team["analis"])
    cid = _case(svc, team["admin"], PALI_HEAD)
    _to_kajian(svc, team, cid)
    boss, boss2 = team["pimpinan"], team["pimpinan2"]
    svc.transition(boss, cid, "putusan", "diduga tindak pidana pemilihan", outcome="dugaan_pidana")
    view = svc.get_case(boss, cid)
    assert view.due is not None and view.due.basis.startswith("dugaan tindak pidana diteruskan")  # 24 hours
    svc.draft_recommendation(boss, cid, "Diteruskan kepada Sentra Gakkumdu untuk penyidikan.")
    svc.decide_recommendation(boss2, cid, approve=True)
    svc.transition(boss, cid, "diteruskan", "dikirim ke Gakkumdu")
    view = svc.get_case(boss, cid)
    assert view.case.forwarded_to == "Gakkumdu"
    assert view.due is None and view.case.due_at is None  # not BKN's 7-day verification
    assert [m["to"] for m in view.moves] == ["selesai"]  # no PPK step on the criminal track


def test_the_kajian_awal_clock_runs_once_and_a_report_is_sent_back_once(
    scanned: Store, team: dict[str, User], clock: object
) -> None:
    svc = _svc(scanned, clock)
    svc.open_from_findings(team["analis"])
    cid = _case(svc, team["admin"], PALI_HEAD)
    svc.transition(team["analis"], cid, "temuan", "x")
    svc.transition(team["analis"], cid, "kajian_awal", "x")
    started = clock.at  # type: ignore[attr-defined]
    clock.at += timedelta(hours=20)  # type: ignore[attr-defined]
    svc.transition(team["pemeriksa"], cid, "perlu_kelengkapan", "lengkapi bukti")
    clock.at += timedelta(hours=20)  # type: ignore[attr-defined]
    svc.transition(team["analis"], cid, "kajian_awal", "bukti dilengkapi")
    view = svc.get_case(team["admin"], cid)
    assert view.due is not None and view.due.at == started + timedelta(days=2)  # not restarted
    assert "perlu_kelengkapan" not in [m["to"] for m in view.moves]  # offered once only
    with pytest.raises(CaseError, match="hanya sekali"):
        svc.transition(team["pemeriksa"], cid, "perlu_kelengkapan", "sekali lagi")


def test_only_allowed_actions_are_offered(scanned: Store, team: dict[str, User], clock: object) -> None:
    svc = _svc(scanned, clock)
    svc.open_from_findings(team["analis"])
    cid = _case(svc, team["admin"], PALI_HEAD)
    _to_kajian(svc, team, cid)
    assert svc.get_case(team["pemeriksa"], cid).may_extend
    svc.extend_clock(team["pemeriksa"], cid, "keterangan tambahan")
    assert not svc.get_case(team["pemeriksa"], cid).may_extend  # the second extension is not offered
    boss = team["pimpinan"]
    svc.transition(boss, cid, "putusan", "terbukti melanggar netralitas", outcome="pelanggaran_netralitas")
    assert "diteruskan" not in [m["to"] for m in svc.get_case(boss, cid).moves]  # not before approval
    svc.draft_recommendation(boss, cid, "Merekomendasikan sanksi disiplin berat.")
    svc.decide_recommendation(team["pimpinan2"], cid, approve=True)
    assert "diteruskan" in [m["to"] for m in svc.get_case(boss, cid).moves]
    svc.transition(boss, cid, "diteruskan", "dikirim ke BKN")
    svc.transition(
        team["pali"], cid, "tindak_lanjut_ppk", "SK hukuman disiplin", ppk_result="sanksi_dijatuhkan"
    )
    # the PPK's result is on the case, in the lists and in the API's words
    assert svc.get_case(team["admin"], cid).case.ppk_result == "sanksi_dijatuhkan"
    (row,) = [r for r in svc.list_cases(team["admin"], CaseFilter(per_page=200)).rows if r["id"] == cid]
    assert row["ppk_result"] == "sanksi_dijatuhkan" and row["ppk_result_label"] == "Sanksi dijatuhkan"


def test_alerts_are_never_merged_into_a_violation_case(
    scanned: Store, team: dict[str, User], clock: object
) -> None:
    svc = _svc(scanned, clock)
    svc.open_from_findings(team["analis"])
    with scanned.engine.connect() as conn:
        alerts = [
            r[0] for r in conn.execute(select(t.findings.c.finding_id).where(t.findings.c.status == "alert"))
        ]
    assert alerts
    opened = svc.open_from_findings(team["analis"], alerts)  # asked for explicitly
    assert opened and all(created for _, created in opened)
    for cid, _ in opened:
        view = svc.get_case(team["admin"], cid)
        assert {f["status"] for f in view.findings} == {"alert"}


def test_repeated_dismissals_and_unknown_findings_and_huge_pages_are_refused_cleanly(
    scanned: Store, team: dict[str, User], clock: object
) -> None:
    svc = _svc(scanned, clock)
    fid = svc.inbox(team["analis"]).rows[0]["finding_id"]
    svc.dismiss_finding(team["analis"], fid, "akun salah dikenali")
    with pytest.raises(CaseError, match="sudah dikesampingkan"):
        svc.dismiss_finding(team["analis"], fid, "sekali lagi")
    with pytest.raises(CaseNotFound):
        svc.dismiss_finding(team["analis"], "f-tidak-ada", "x")
    for page in (0, 10**30):
        with pytest.raises(InvalidInput, match="nomor halaman"):
            svc.list_cases(team["admin"], CaseFilter(page=page))
        with pytest.raises(InvalidInput, match="nomor halaman"):
            svc.inbox(team["analis"], page)
