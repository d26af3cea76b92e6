"""The one error boundary of the command line, and safe printing of user data (issue 14)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from hypothesis import given
from hypothesis import strategies as st

from jaganetral.cli import app
from jaganetral.commands.common import run_app, shown, visible
from jaganetral.errors import InvalidInput

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@given(st.text())
def test_visible_is_one_line_without_control_characters(s: str) -> None:
    v = visible(s)
    assert "\n" not in v and "\r" not in v and "\x1b" not in v and "\x00" not in v
    assert all(not (0xD800 <= ord(c) <= 0xDFFF) for c in v)
    v.encode("utf-8")  # always printable as UTF-8


def test_shown_survives_rich_markup(capsys: pytest.CaptureFixture[str]) -> None:
    from rich.console import Console

    c = Console(force_terminal=False, width=200)
    c.print(f"file: {shown('ekspor [/x] [bold]merah[/bold]')}")
    assert "ekspor [/x] [bold]merah[/bold]" in capsys.readouterr().out


def _scan(inputs: str, out: str, data: str) -> list[str]:
    """``jaganetral scan`` of ``inputs`` against the sample election and registry."""
    election, asn = str(SAMPLES / "election-pilkada-2024.yaml"), str(SAMPLES / "asn.csv")
    return ["scan", inputs, "--election", election, "--asn", asn, "--out", out, "--data", data]


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = run_app(app, argv)
    captured = capsys.readouterr()
    return code, captured.err


def test_usage_error_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _run(["scan", "x.jsonl"], capsys)
    assert code == 2
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:") and "--election" in lines[0]


def test_data_error_names_the_file_and_markup_in_it_is_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "ekspor [" / "x] [bold]"
    folder.mkdir(parents=True)
    bad = folder / "rusak.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    code, err = _run(
        _scan(str(bad), str(tmp_path / "o.jsonl"), str(tmp_path / "d")),
        capsys,
    )
    assert code == 1
    (line,) = [ln for ln in err.splitlines() if ln.startswith("error:")]
    assert "ekspor [/x] [bold]/rusak.jsonl" in line


def test_control_characters_in_a_file_name_are_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "a\x1b[2Jb\nc.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    code, err = _run(
        _scan(str(bad), str(tmp_path / "o.jsonl"), str(tmp_path / "d")),
        capsys,
    )
    assert code == 1 and "\x1b" not in err
    (line,) = [ln for ln in err.splitlines() if ln.startswith("error:")]
    assert "a\\x1b[2Jb\\x0ac.jsonl" in line


def test_an_internal_error_gives_an_id_and_a_log_under_the_data_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    boom = typer.Typer()

    @boom.command()
    def explode(data: Path = typer.Option(...)) -> None:  # noqa: B008
        raise ZeroDivisionError("the bug")

    @boom.command()
    def other() -> None:
        raise InvalidInput("bad value", file="x.csv", line=3, field="nip")

    (tmp_path / "data").mkdir()
    code = run_app(boom, ["explode", "--data", str(tmp_path / "data")])
    err = capsys.readouterr().err
    assert code == 70
    (line,) = [ln for ln in err.splitlines() if ln.strip()]
    assert line.startswith("error: internal error (ZeroDivisionError)") and "report it with id" in line
    (log,) = (tmp_path / "data" / "logs").glob("error-*.log")
    assert "ZeroDivisionError: the bug" in log.read_text() and "Traceback" not in err
    assert run_app(boom, ["other"]) == 1
    assert capsys.readouterr().err.strip() == "error: x.csv, line 3, field 'nip': bad value"


def test_out_pointing_at_a_folder_fails_before_anything_is_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "keluaran").mkdir()
    code, err = _run(
        _scan(str(SAMPLES / "inputs"), str(tmp_path / "keluaran"), str(tmp_path / "d")),
        capsys,
    )
    assert code == 1 and "--out names a folder" in err
    assert not (tmp_path / "d" / "jaganetral.db").exists() or _no_runs(tmp_path / "d")


def _no_runs(data: Path) -> bool:
    import sqlite3

    con = sqlite3.connect(data / "jaganetral.db")
    try:
        return con.execute("SELECT count(*) FROM input_files").fetchone()[0] == 0
    finally:
        con.close()


def test_data_pointing_at_a_file_is_a_clean_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "berkas").write_text("x")
    code, err = _run(
        _scan(str(SAMPLES / "inputs"), str(tmp_path / "o.jsonl"), str(tmp_path / "berkas")),
        capsys,
    )
    assert code == 1 and "--data must be a folder" in err
    assert (tmp_path / "berkas").read_text() == "x"


def test_a_garbage_database_names_the_file_without_sqlalchemy_links(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "d"
    data.mkdir()
    (data / "jaganetral.db").write_bytes(b"not a database " * 100)
    code, err = _run(
        _scan(str(SAMPLES / "inputs"), str(tmp_path / "o.jsonl"), str(data)),
        capsys,
    )
    assert code == 1
    (line,) = [ln for ln in err.splitlines() if ln.startswith("error:")]
    assert "jaganetral.db" in line and "sqlalche.me" not in line and "Background" not in line
    assert (data / "jaganetral.db").read_bytes() == b"not a database " * 100


def test_repeated_ids_are_reported_and_kept_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = (SAMPLES / "inputs" / "patroli_siber_llg.jsonl").read_text(encoding="utf-8").splitlines()
    f = tmp_path / "dua.jsonl"
    f.write_text("\n".join([lines[0], *lines]) + "\n", encoding="utf-8")
    code, err = _run(
        _scan(str(f), str(tmp_path / "o.jsonl"), str(tmp_path / "d")),
        capsys,
    )
    assert code == 0
    first = json.loads(lines[0])["id"]
    assert f"id '{first}' of facebook was already read" in err.replace("\n", " ")
