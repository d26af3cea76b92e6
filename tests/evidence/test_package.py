"""Packages: export a case, check it with only the package and the public key; any changed byte fails."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import post_line, scan_lines
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert
from typer.testing import CliRunner

from jaganetral.cli import app
from jaganetral.errors import InvalidData
from jaganetral.evidence.custody import iter_entries, record_event
from jaganetral.evidence.export import export_package
from jaganetral.evidence.keys import fingerprint, load_or_create, public_pem
from jaganetral.evidence.package import check_package, zip_structure
from jaganetral.evidence.tsa import TimestampError, parse_response, request_der, request_timestamp
from jaganetral.evidence.verify import verify_store
from jaganetral.settings import Settings
from jaganetral.store.case_tables import case_findings, cases
from jaganetral.store.repository import Store

TSA_FIXTURES = Path(__file__).parent / "fixtures" / "tsa"


def make_case(store: Store, case_id: str, finding_ids: list[str]) -> None:
    """A case written as jaganetral writes one: sealed and on record in the chain."""
    from jaganetral.store.db import write
    from jaganetral.store.integrity import note_case

    now = datetime.now(UTC)
    with write(store.engine) as conn:
        note_case(conn, case_id)
        conn.execute(
            insert(cases).values(
                id=case_id,
                title="ASN Dinas X mengunggah ajakan memilih",
                state="baru",
                origin="scan",
                election_type="pilkada",
                subject_key="nip:199001012015031001",
                subject_kind="asn",
                violation_codes=["SKB-D1"],
                discovered_at=now,
                opened_at=now,
                updated_at=now,
                finding_count=len(finding_ids),
                search_text="",
            )
        )
        for fid in finding_ids:
            conn.execute(
                insert(case_findings).values(case_id=case_id, finding_id=fid, added_at=now, added_by="a")
            )


@pytest.fixture
def exported(store: Store, tmp_path: Path) -> tuple[Store, Path, Path, list[str]]:
    """A case of two findings exported to a package, and the public key exported separately."""
    report = scan_lines(store, tmp_path, [post_line(1, "https://facebook.com/p/1"), post_line(2)])
    ids = [f.finding_id for f in report.findings]
    make_case(store, "K-2024-0007", ids)
    with store.batch() as b:  # an officer's screenshot attached to the case
        shot = b.put_bytes(b"\x89PNG fake", kind="screenshot", media_type="image/png", source="upload")
        from jaganetral.evidence.vault import register_pending

        register_pending(b, actor="analis1")
    record_event(store, "attached_to_case", actor="analis1", item=shot, case_id="K-2024-0007")
    out = tmp_path / "paket.zip"
    res = export_package(store, out, actor="analis1", case_id="K-2024-0007")
    key = tmp_path / "kunci.pem"
    key.write_bytes(public_pem(load_or_create(store.data_dir).public_key()))
    return store, out, key, [shot, *(f.evidence_sha256 or "" for f in report.findings)] + [res.info.sha256]


def _trusted(key: Path) -> object:
    from jaganetral.evidence.package import read_key_file

    return read_key_file(key)


def test_export_then_check(exported: tuple[Store, Path, Path, list[str]]) -> None:
    store, out, key, shas = exported
    rep = check_package(out, trusted_key=_trusted(key))  # type: ignore[arg-type]
    assert rep.ok, rep.problems
    assert rep.key_trusted and rep.label == "K-2024-0007" and rep.items == 4  # 2 records, input, screenshot
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        bag = "jaganetral-K-2024-0007/"
        assert all(n.startswith(bag) for n in names)
        items = json.loads(zf.read(bag + "data/items.json"))
        custody = [json.loads(x) for x in zf.read(bag + "data/custody.jsonl").splitlines()]
        info = zf.read(bag + "bag-info.txt").decode()
        assert zf.read(bag + "data/index.pdf").startswith(b"%PDF")
        assert b"K-2024-0007" in zf.read(bag + "data/index.html")
    assert {i["sha256"] for i in items} >= set(shas[:3])
    assert {"captured", "attached_to_case"} <= {c["event"] for c in custody}
    assert "External-Identifier: K-2024-0007" in info and "Payload-Oxum: " in info
    # The export is itself in the custody log, and the store still verifies.
    with store.engine.connect() as conn:
        exports = [e for e in iter_entries(conn) if e.event == "exported"]
    assert len(exports) == 4 + 2 and all(e.detail["package_sha256"] == shas[-1] for e in exports)
    assert verify_store(store).ok


def test_check_on_a_fresh_machine_with_only_package_and_key(
    exported: tuple[Store, Path, Path, list[str]], tmp_path: Path
) -> None:
    """A new process in an empty folder, no data folder, no database: the package and the key."""
    _, out, key, _ = exported
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    shutil.copy(out, fresh / "p.zip")
    shutil.copy(key, fresh / "k.pem")
    env = {k: v for k, v in os.environ.items() if not k.startswith("JAGANETRAL_")}
    code = "from jaganetral.cli import main; main()"
    run = subprocess.run(
        [sys.executable, "-c", code, "evidence", "check", "p.zip", "--key", "k.pem"],
        cwd=fresh,
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert "valid" in run.stderr and "trusted key" in run.stderr
    assert sorted(p.name for p in fresh.iterdir()) == ["k.pem", "p.zip"]  # nothing created


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_one_changed_byte_anywhere_fails(
    exported: tuple[Store, Path, Path, list[str]], tmp_path: Path, data: st.DataObject
) -> None:
    _, out, key, _ = exported
    raw = out.read_bytes()
    pos = data.draw(st.integers(0, len(raw) - 1), label="byte")
    flip = data.draw(st.integers(1, 255), label="xor")
    changed = bytearray(raw)
    changed[pos] ^= flip
    bad = tmp_path / "changed.zip"
    bad.write_bytes(bytes(changed))
    rep = check_package(bad, trusted_key=_trusted(key))  # type: ignore[arg-type]
    assert not rep.ok and rep.problems[0]


def test_the_zip_structure_check_sees_every_region(exported: tuple[Store, Path, Path, list[str]]) -> None:
    """Headers, data, directory and end record: every byte of a small sample of each region."""
    _, out, _, _ = exported
    assert zip_structure(out) == []
    raw = out.read_bytes()
    for pos in [*range(0, 60), *range(len(raw) - 200, len(raw))]:
        b = bytearray(raw)
        b[pos] ^= 0x01
        p = out.with_name("z.zip")
        p.write_bytes(bytes(b))
        assert not check_package(p).ok, pos


def test_wrong_key_and_embedded_key_only(
    exported: tuple[Store, Path, Path, list[str]], tmp_path: Path
) -> None:
    _, out, key, _ = exported
    other = load_or_create(tmp_path / "other-installation")
    rep = check_package(out, trusted_key=other.public_key())
    assert not rep.ok and "signature does not match" in rep.problems[0]
    rep = check_package(out)
    assert rep.ok and not rep.key_trusted
    assert any("only the public key embedded" in n for n in rep.notes)


def test_a_re_signed_package_with_an_added_file_fails(
    exported: tuple[Store, Path, Path, list[str]], tmp_path: Path
) -> None:
    """Adding a payload file without updating the manifest is caught even if re-zipped canonically."""
    _, out, key, _ = exported
    bad = tmp_path / "added.zip"
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(bad, "w") as dst:
        for zi in src.infolist():
            dst.writestr(zi, src.read(zi))
        extra = zipfile.ZipInfo(
            "jaganetral-K-2024-0007/data/items/extra.txt", date_time=(1980, 1, 1, 0, 0, 0)
        )
        extra.create_system = 3
        extra.external_attr = 0o100644 << 16
        dst.writestr(extra, b"planted")
    rep = check_package(bad, trusted_key=_trusted(key))  # type: ignore[arg-type]
    assert not rep.ok
    assert "data/items/extra.txt: not in the manifest (added)" in rep.problems


def test_cli_export_check_pubkey(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = Store.open(Settings(data, None))
    f = scan_lines(store, tmp_path, [post_line(3)]).findings[0]
    make_case(store, "K-9", [f.finding_id])
    store.close()
    runner = CliRunner()
    pkg, key = tmp_path / "out" / "k9.zip", tmp_path / "k.pem"
    r = runner.invoke(app, ["evidence", "export", "K-9", "--out", str(pkg), "--data", str(data)])
    assert r.exit_code == 0, r.output
    assert "no time-stamp" in r.output
    r = runner.invoke(app, ["evidence", "pubkey", "--out", str(key), "--data", str(data)])
    assert r.exit_code == 0 and fingerprint(_trusted(key)) in r.output  # type: ignore[arg-type]
    assert (data / "keys" / "ed25519-private.pem").stat().st_mode & 0o777 == 0o600
    r = runner.invoke(app, ["evidence", "check", str(pkg), "--key", str(key)])
    assert r.exit_code == 0, r.output
    r = runner.invoke(
        app, ["evidence", "export", "--finding", f.finding_id, "--out", str(pkg), "--data", str(data)]
    )
    assert r.exit_code == 0, r.output
    for args, msg in [
        (["evidence", "export", "K-404", "--out", str(pkg), "--data", str(data)], "no case with id 'K-404'"),
        (["evidence", "export", "--out", str(pkg), "--data", str(data)], "give a CASE_ID"),
        (["evidence", "check", str(tmp_path / "nope.zip")], "no such file"),
        (["evidence", "check", str(pkg), "--key", str(pkg)], "not a PEM public key"),
    ]:
        r = runner.invoke(app, args)
        assert r.exit_code == 1 and msg in r.output, (args, r.output)
    raw = bytearray(pkg.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    pkg.write_bytes(bytes(raw))
    r = runner.invoke(app, ["evidence", "check", str(pkg), "--key", str(key)])
    assert r.exit_code == 1 and r.output.startswith("error:")


# ---- RFC 3161 ---------------------------------------------------------------------------------------


def test_timestamp_request_is_minimal_der() -> None:
    digest = hashlib.sha256(b"x").digest()
    der = request_der(digest, 0x1234)
    assert der.hex() == (
        "303d0201013031300d060960864801650304020105000420" + digest.hex() + "02021234" + "0101ff"
    )
    with pytest.raises(ValueError):
        request_der(b"short", 1)


def test_parses_an_openssl_tsa_reply() -> None:
    digest = hashlib.sha256(b"jaganetral tagmanifest").digest()
    resp = (TSA_FIXTURES / "resp.tsr").read_bytes()
    tok = parse_response(resp, digest, 4242424242)
    assert tok.serial == 2 and tok.policy == "1.2.3.4.1" and tok.gen_time.year >= 2024
    with pytest.raises(TimestampError, match="another hash"):
        parse_response(resp, hashlib.sha256(b"other").digest(), None)
    with pytest.raises(TimestampError, match="nonce"):
        parse_response(resp, digest, 1)
    with pytest.raises(TimestampError):
        parse_response(resp[:100], digest, None)


@pytest.fixture
def local_tsa(tmp_path: Path) -> Iterator[str]:
    """A loopback TSA answering with ``openssl ts -reply`` and the test-only key."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl not installed: local TSA test SKIPPED")
    work = tmp_path / "tsa"
    shutil.copytree(TSA_FIXTURES, work)
    (work / "serial").write_text("10\n")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            query = self.rfile.read(int(self.headers["Content-Length"]))
            (work / "q.tsq").write_bytes(query)
            subprocess.run(
                ["openssl", "ts", "-reply", "-queryfile", "q.tsq", "-config", "tsa.cnf", "-out", "r.tsr"],
                cwd=work,
                capture_output=True,
                check=True,
            )
            body = (work / "r.tsr").read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    th = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    th.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/tsa"
    server.shutdown()
    server.server_close()


def test_export_with_a_timestamp(store: Store, tmp_path: Path, local_tsa: str) -> None:
    f = scan_lines(store, tmp_path, [post_line(4)]).findings[0]
    out = tmp_path / "ts.zip"
    res = export_package(
        store,
        out,
        actor="a",
        finding_ids=[f.finding_id],
        timestamp=lambda d: request_timestamp(local_tsa, d),
        tsa_name=local_tsa,
    )
    assert res.info.timestamp is not None
    rep = check_package(out)
    assert rep.ok, rep.problems
    assert any(n.startswith("RFC 3161 time-stamp:") for n in rep.notes)
    # The token verifies with OpenSSL against the tag manifest, as docs/evidence.md tells verifiers.
    work = tmp_path / "v"
    with zipfile.ZipFile(out) as zf:
        zf.extractall(work)
    bag = next(work.iterdir())
    ok = subprocess.run(
        ["openssl", "ts", "-verify", "-in", "tagmanifest-sha256.txt.tsr", "-data", "tagmanifest-sha256.txt"]
        + ["-CAfile", str(TSA_FIXTURES / "ca.crt"), "-untrusted", str(TSA_FIXTURES / "tsa.crt")],
        cwd=bag,
        capture_output=True,
        text=True,
    )
    assert "Verification: OK" in ok.stdout, ok.stderr
    # And the signature is plain Ed25519 over the tag manifest: checkable without jaganetral.
    sig = base64.b64decode((bag / "tagmanifest-sha256.txt.sig").read_bytes())
    load_or_create(store.data_dir).public_key().verify(sig, (bag / "tagmanifest-sha256.txt").read_bytes())
    with store.engine.connect() as conn:
        assert any(e.event == "timestamped" for e in iter_entries(conn))


def test_unknown_findings_are_named(store: Store, tmp_path: Path) -> None:
    with pytest.raises(InvalidData, match="no finding with id 'f-nope'"):
        export_package(store, tmp_path / "x.zip", actor="a", finding_ids=["f-nope"])
    assert not (tmp_path / "x.zip").exists()


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)  # the package, not the database
def test_every_member_changed_by_one_byte_and_re_zipped_fails(
    exported: tuple[Store, Path, Path, list[str]], tmp_path: Path
) -> None:
    """A forger who re-zips properly (valid CRCs, same names): one changed byte of any member's
    content fails the check. Every byte of members up to 120 bytes, of larger ones (the PDF index,
    the items) at least 16 bytes spread over it; ``JAGANETRAL_TAMPER_EXHAUSTIVE=1``: every byte."""
    import io
    import time

    _, out, key, _ = exported
    trusted = _trusted(key)
    every = os.environ.get("JAGANETRAL_TAMPER_EXHAUSTIVE") == "1"
    with zipfile.ZipFile(out) as zf:
        members = [(zi, zf.read(zi)) for zi in zf.infolist()]
    started = time.perf_counter()
    tried: dict[str, int] = {}
    sizes = {zi.filename: len(d) for zi, d in members}
    missed: list[str] = []
    for target, (zi_t, data) in enumerate(members):
        if zi_t.is_dir() or not data:
            continue
        step = 1 if every or len(data) <= 120 else max(1, min(97, len(data) // 16))
        for pos in range(0, len(data), step):
            changed = bytearray(data)
            changed[pos] ^= 0x01
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w") as dst:
                for i, (zi, content) in enumerate(members):
                    dst.writestr(zi, bytes(changed) if i == target else content)
            bad = tmp_path / "m.zip"
            bad.write_bytes(buf.getvalue())
            tried[zi_t.filename] = tried.get(zi_t.filename, 0) + 1
            if check_package(bad, trusted_key=trusted).ok:  # type: ignore[arg-type]
                missed.append(f"{zi_t.filename} byte {pos}")
    total = sum(tried.values())
    print(f"\npackage members: {len(tried)} members, {total} one-byte changes, {total - len(missed)} caught, "
          f"{time.perf_counter() - started:.0f} s")  # fmt: skip
    assert not missed, missed[:20]
    assert len(tried) >= 8 and total > (10000 if every else 600)
    assert all(n >= min(16, sizes[name]) for name, n in tried.items()), tried
