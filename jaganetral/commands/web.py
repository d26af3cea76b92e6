"""``jaganetral serve`` and ``jaganetral user …``: the workbench and its people."""

from __future__ import annotations

import getpass
import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from jaganetral.commands.common import DataOpt, DbOpt, err, fail, shown, sub_app
from jaganetral.errors import JaganetralError
from jaganetral.settings import load_settings

if TYPE_CHECKING:
    from fastapi import FastAPI

    from jaganetral.store.repository import Store

user_app = sub_app("user", "Pengguna aplikasi web (users of the web workbench).")


def build_app(
    store: Store,
    elections: list[Path],
    unit: str,
    address: str = "",
    secure: bool = False,
    asn: Path | None = None,
    accounts: Path | None = None,
    mailer: Any = None,
) -> FastAPI:
    """The web app over ``store`` with evidence, OCR, elections and (optionally) the ASN registry wired
    in (also used by tests). With elections, public reports are judged like scanned activities."""
    from jaganetral.model.election import load_election
    from jaganetral.web.app import WebConfig, create_app
    from jaganetral.web.exports import tesseract_bytes

    loaded = tuple(load_election(e) for e in elections)
    registry = tuple(_registry_rows(asn)) if asn else ()
    cfg = WebConfig(
        unit_name=unit,
        unit_address=address,
        secure_cookies=secure,
        elections=loaded,
        data_dir=store.data_dir,
        ocr=tesseract_bytes,
        blobs=store.blobs,
        registry=registry,
        mailer=mailer,
    )
    if loaded:
        cfg.report_judge = _report_judge(loaded, registry, accounts)
    custody = _custody_hook()
    cfg.extra["on_public_evidence"] = _public_evidence_hook(store)
    exporter = _package_exporter(store)
    if exporter is not None:
        cfg.extra["export_package"] = exporter
    return create_app(store.engine, cfg, custody=custody)


def _registry_rows(path: Path) -> list[Any]:
    from jaganetral.model.registry import iter_registry_rows

    return [r for r in iter_registry_rows(path) if hasattr(r, "nip")]


def _report_judge(elections: Any, registry: Any, accounts: Path | None) -> Any:
    """Public reports through the scans' own screen → attribute → judge (one adapter in cases/)."""
    from jaganetral.attribute.index import build_index
    from jaganetral.cases.report_judging import ReportAct, judge_public_report
    from jaganetral.judge.analysis import Analyzer
    from jaganetral.model.registry import iter_institutions

    insts = list(iter_institutions(accounts)) if accounts else []
    analyzer = Analyzer(elections, build_index(list(registry), insts))

    def judge(act: ReportAct) -> Any:
        return judge_public_report(analyzer, act)

    return judge


def _custody_hook() -> Any:
    """Record "attached to a case" in the custody chain for the finding's evidence items."""
    try:
        from jaganetral.evidence.custody import record_event
    except ImportError:  # pragma: no cover - the evidence stage is part of the package
        return None
    from sqlalchemy import select

    from jaganetral.store import tables as t

    def hook(conn: Any, event: str, case_id: str, finding_ids: Any, actor: str) -> None:
        for fid in finding_ids:
            sha = conn.execute(
                select(t.findings.c.evidence_sha256).where(t.findings.c.finding_id == fid)
            ).scalar_one_or_none()
            record_event(conn, event, item=sha, finding_id=fid, case_id=case_id, actor=actor)

    return hook


def _public_evidence_hook(store: Store) -> Any:
    """Screenshots of a public report enter the vault (metadata + custody "captured") with its case."""
    from sqlalchemy import select

    from jaganetral.evidence.vault import register_files
    from jaganetral.store import case_tables as ct

    def hook(shas: list[str], code: str) -> None:
        with store.engine.connect() as conn:
            cid = conn.execute(
                select(ct.public_reports.c.case_id).where(ct.public_reports.c.tracking_code == code)
            ).scalar_one_or_none()
        register_files(
            store, shas, kind="screenshot", actor="laporan-publik", source=f"laporan:{code}", case_id=cid
        )

    return hook


def _package_exporter(store: Store) -> Any:
    try:
        from jaganetral.commands.evidence import export_case
    except ImportError:
        return None

    def export(case_id: str, out: Path, actor: str) -> None:
        export_case(store, case_id, out, actor=actor)

    return export


def serve(
    data: DataOpt = None,
    db: DbOpt = None,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port.")] = 8000,
    election: Annotated[
        list[Path] | None,
        typer.Option("--election", help="Election configuration(s) for the self-check page."),
    ] = None,
    unit: Annotated[
        str,
        typer.Option("--unit", help="Name of the Bawaslu unit (letters, headers).", envvar="JAGANETRAL_UNIT"),
    ] = "Bawaslu",
    asn: Annotated[
        Path | None,
        typer.Option("--asn", help="ASN registry CSV: staff search terlapor; reports are judged."),
    ] = None,
    accounts: Annotated[
        Path | None, typer.Option("--accounts", help="Institutional accounts CSV (for judging reports).")
    ] = None,
    secure_cookies: Annotated[
        bool, typer.Option("--secure-cookies", help="Behind HTTPS: mark cookies Secure.")
    ] = False,
    smtp_host: Annotated[
        str | None,
        typer.Option(
            "--smtp-host",
            help="SMTP server for e-mail notifications (none: in-app only).",
            envvar="JAGANETRAL_SMTP_HOST",
        ),
    ] = None,
    smtp_port: Annotated[int, typer.Option("--smtp-port", envvar="JAGANETRAL_SMTP_PORT")] = 587,
    smtp_from: Annotated[
        str, typer.Option("--smtp-from", help="Sender address.", envvar="JAGANETRAL_SMTP_FROM")
    ] = "jaganetral@localhost",
    smtp_user: Annotated[str | None, typer.Option("--smtp-user", envvar="JAGANETRAL_SMTP_USER")] = None,
    smtp_password_env: Annotated[
        str, typer.Option("--smtp-password-env", help="Environment variable holding the SMTP password.")
    ] = "JAGANETRAL_SMTP_PASSWORD",
    webhook_every: Annotated[
        float, typer.Option("--webhook-every", help="Seconds between webhook deliveries (0: never).")
    ] = 10.0,
) -> None:
    """Run the web workbench and REST API (OpenAPI at /openapi.json, Swagger UI at /docs)."""
    import uvicorn

    from jaganetral.store.repository import Store

    mailer = None
    if smtp_host:
        from jaganetral.cases.mail import SmtpConfig, smtp_mailer

        mailer = smtp_mailer(
            SmtpConfig(smtp_host, smtp_port, smtp_from, smtp_user, os.environ.get(smtp_password_env))
        )
    try:
        store = Store.open(load_settings(data, db))
        app = build_app(
            store,
            list(election or []),
            unit,
            secure=secure_cookies,
            asn=asn,
            accounts=accounts,
            mailer=mailer,
        )
    except JaganetralError as exc:
        raise fail(exc) from None
    if webhook_every > 0:
        _start_webhooks(app, webhook_every)
    err.print(f"jaganetral: http://{host}:{port}/  (data: {shown(store.data_dir)})", highlight=False)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


def _start_webhooks(app: Any, every: float) -> None:
    """Deliver the change feed to registered webhooks in a background thread (none: nothing sent)."""
    import threading
    import time

    import httpx

    from jaganetral.cases.access import User
    from jaganetral.web.webhooks import deliver

    system = User(0, "webhooks", "Webhooks", "admin", None, has_totp=True)

    def loop() -> None:
        with httpx.Client(timeout=10.0, follow_redirects=False) as client:
            while True:
                try:
                    deliver(app.state.engine, app.state.cases.changes, client, user=system)
                except Exception:  # noqa: BLE001 - a failed round is tried again next time
                    pass
                time.sleep(every)

    threading.Thread(target=loop, name="jaganetral-webhooks", daemon=True).start()


@user_app.command("add")
def user_add(
    username: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[
        str, typer.Option("--role", help="admin | analis | pemeriksa | pimpinan | instansi")
    ] = "admin",
    name: Annotated[str, typer.Option("--name", help="Full name.")] = "",
    instansi: Annotated[str | None, typer.Option("--instansi", help="Agency (role instansi only).")] = None,
    password_env: Annotated[
        str | None, typer.Option("--password-env", help="Read the password from this environment variable.")
    ] = None,
    data: DataOpt = None,
    db: DbOpt = None,
) -> None:
    """Create a user (the first admin, for instance). The password is asked for unless --password-env."""
    from jaganetral.cases.access import add_user
    from jaganetral.store.repository import Store

    if password_env:
        password = os.environ.get(password_env, "")
    else:
        password = getpass.getpass("Kata sandi: ")
        if getpass.getpass("Ulangi kata sandi: ") != password:
            raise fail(ValueError("kata sandi tidak sama"))
    try:
        store = Store.open(load_settings(data, db))
        u = add_user(store.engine, username, name or username, role, password, instansi)
        store.close()
    except JaganetralError as exc:
        raise fail(exc) from None
    err.print(f"pengguna {shown(u.username)} ({u.role}) dibuat", highlight=False)


@user_app.command("token")
def user_token(
    username: Annotated[str, typer.Argument(help="Login name.")],
    name: Annotated[str, typer.Option("--name", help="What the token is for.")] = "api",
    data: DataOpt = None,
    db: DbOpt = None,
) -> None:
    """Create an API token for a user and print it (shown once)."""
    from jaganetral.cases.access import create_api_token, get_user
    from jaganetral.store.repository import Store

    store = Store.open(load_settings(data, db))
    u = get_user(store.engine, username)
    if u is None:
        raise fail(ValueError(f"user {username!r} not found"))
    typer.echo(create_api_token(store.engine, u, name))
    store.close()


@user_app.command("totp")
def user_totp(
    secret: Annotated[str, typer.Option("--secret", help="A base32 TOTP secret (e.g. the demo's).")],
) -> None:
    """Print the current RFC 6238 code of a secret (for the demo, or to test an authenticator)."""
    from jaganetral.cases.totp import totp

    typer.echo(totp(secret))


def register(app: typer.Typer) -> None:
    """Add the web commands to the main app."""
    app.command("serve")(serve)
    app.add_typer(user_app, name="user")


DEMO_PASSWORD = "demo-jaganetral"
#: The demo's second factor for admin and pimpinan (RFC 6238; add to any authenticator app, or read
#: the current code with `jaganetral user totp NAME --secret …`). Demo only: a real installation's
#: users enrol their own at first login.
DEMO_TOTP = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
DEMO_USERS = [
    ("admin", "Admin Demo", "admin", None),
    ("analis", "Rina Analis (patroli siber)", "analis", None),
    ("pemeriksa", "Budi Pemeriksa", "pemeriksa", None),
    ("pimpinan", "Sari Pimpinan", "pimpinan", None),
    ("pimpinan2", "Joko Pimpinan", "pimpinan", None),
    # the inspektorat of the pemda: every OPD of Kabupaten PALI, from the state the workflow says
    ("inspektorat-pali", "Inspektorat Kabupaten PALI", "instansi",
     "Pemerintah Kabupaten Penukal Abab Lematang Ilir"),
]  # fmt: skip


DEMO_UNIT: dict[str, object] = {
    "name": "Bawaslu Provinsi Sumatera Selatan",
    "code": "K.SS",
    "letterhead": "BADAN PENGAWAS PEMILIHAN UMUM PROVINSI SUMATERA SELATAN",
    "address": "Jl. contoh No. 1, Palembang (alamat fiktif untuk demo)",
    "city": "Palembang",
    "region": "Provinsi Sumatera Selatan",
    "signatory_name": "Ketua Demo, S.H.",
    "signatory_title": "Ketua Bawaslu Provinsi Sumatera Selatan",
    "copies": "Ketua Badan Pengawas Pemilihan Umum Republik Indonesia\nArsip",
    "gakkumdu_copies": "Ketua Badan Pengawas Pemilihan Umum Republik Indonesia\nArsip",
}


def prepare_demo(store: Store, samples: Path | None = None) -> list[str]:
    """Demo users, the unit's settings, the sample findings opened as cases, a few cases moved along,
    a public report (under the samples' election, so it runs that election's clock).

    Idempotent: running the demo again adds nothing twice. Returns lines to print.
    """
    from jaganetral.cases.access import add_user, get_user
    from jaganetral.cases.service import CaseFilter, CaseService
    from jaganetral.cases.units import load_unit, save_unit
    from jaganetral.model.election import load_election

    for username, full, role, inst in DEMO_USERS:
        if get_user(store.engine, username) is None:
            secret = DEMO_TOTP if role in ("admin", "pimpinan") else None
            add_user(store.engine, username, full, role, DEMO_PASSWORD, inst, totp_secret=secret)
    users = {u: get_user(store.engine, u) for u, *_ in DEMO_USERS}
    analis, pemeriksa, pimpinan = users["analis"], users["pemeriksa"], users["pimpinan"]
    assert analis is not None and pemeriksa is not None and pimpinan is not None
    with store.engine.connect() as conn:
        stored = load_unit(conn, str(DEMO_UNIT["name"])).stored
    admin = users["admin"]
    if not stored and admin is not None:
        save_unit(store.engine, admin, str(DEMO_UNIT["name"]), DEMO_UNIT)
    elections = [load_election(p) for p in sorted(samples.glob("election*.yaml"))] if samples else []
    svc = CaseService(
        store.engine, custody=_custody_hook(), unit_name=str(DEMO_UNIT["name"]), elections=elections
    )
    opened = svc.open_from_findings(analis)
    new_cases = [cid for cid, created in opened if created]
    steps = [
        (analis, "temuan", "ditetapkan sebagai temuan patroli siber"),
        (analis, "kajian_awal", "kajian awal syarat formal dan materiel"),
        (pemeriksa, "diregistrasi", "memenuhi syarat formal dan materiel"),
        (pemeriksa, "klarifikasi", "undangan klarifikasi kepada terlapor dan saksi"),
    ]
    # move the new cases different distances along the procedure, so every list has something
    for i, cid in enumerate(sorted(new_cases)):
        for user, to, reason in steps[: i % (len(steps) + 1)]:
            svc.transition(user, cid, to, reason)
    # one case all the way to BKN, so the agency's inspektorat has something to follow up
    boss, other = users["pimpinan"], users["pimpinan2"]
    pali = [
        cid for cid in sorted(new_cases)
        if "Penukal" in str(svc.get_case(analis, cid, audit_view=False).case.instansi or "")
    ]  # fmt: skip
    if pali and boss is not None and other is not None:
        cid = pali[0]
        state = svc.get_case(analis, cid, audit_view=False).case.state
        walk = ["informasi_awal", "temuan", "kajian_awal", "diregistrasi", "klarifikasi", "kajian"]
        for to in walk[walk.index(state) + 1 :] if state in walk else []:
            svc.transition(boss, cid, to, "demo: tahap berikutnya")
        svc.transition(
            boss, cid, "putusan", "terbukti: akun dinas dipakai mengampanyekan calon",
            outcome="pelanggaran_netralitas",
        )  # fmt: skip
        svc.draft_recommendation(boss, cid, "Merekomendasikan kepada PPK menjatuhkan sanksi disiplin berat.")
        svc.decide_recommendation(other, cid, True)
        svc.transition(boss, cid, "diteruskan", "rekomendasi dikirim ke BKN")
    if new_cases:
        svc.file_public_report(
            what="Seorang guru PPPK mengunggah foto bersama pasangan calon dengan gestur nomor urut di grup "
            "Facebook sekolah.",
            where="Kota Lubuklinggau",
            when="5 Oktober 2024",
            links=["https://www.facebook.com/groups/contoh/posts/1"],
            evidence_sha256=[],
            ocr_text="",
            reporter_name="Pelapor Contoh",
            reporter_contact="pelapor@example.org",
        )
    total = svc.list_cases(users["admin"], CaseFilter()).total  # type: ignore[arg-type]
    return [
        f"{total} kasus siap di workbench ({len(new_cases)} baru dari temuan contoh).",
        f"Jalankan:  make serve   (atau: jaganetral serve --data {store.data_dir} "
        "--election samples/election-pilkada-2024.yaml)",
        "Buka:      http://127.0.0.1:8000/",
        f"Login demo: admin / {DEMO_PASSWORD}  "
        "(juga analis, pemeriksa, pimpinan, pimpinan2, inspektorat-pali)",
        f"Kode autentikator (admin, pimpinan): kunci TOTP demo {DEMO_TOTP}; kode saat ini: "
        "jaganetral user totp --secret " + DEMO_TOTP,
    ]
