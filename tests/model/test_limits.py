"""Limits as data (issue 14): JSON, YAML, times, images and folders refused cleanly at the limit."""

from __future__ import annotations

import json
import os
import struct
import zlib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jaganetral.errors import InvalidConfig, InvalidInput
from jaganetral.model import jsontext
from jaganetral.model.clock import TimeOutOfRange, checked_time, unix_time
from jaganetral.model.limits import limits
from jaganetral.model.yamlio import read_yaml
from jaganetral.pipeline.inputs import expand_inputs
from jaganetral.sources.base import InputFile
from jaganetral.sources.screenshot import check_image, image_size


@pytest.fixture
def small_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    (tmp_path / "limits.yaml").write_text(
        "json_depth: 5\nfolder_files: 3\nyaml_aliases: 2\n", encoding="utf-8"
    )
    monkeypatch.setenv("JAGANETRAL_LIMITS", str(tmp_path / "limits.yaml"))
    limits.cache_clear()
    yield limits()
    limits.cache_clear()


def test_an_override_file_changes_only_what_it_names(small_limits) -> None:  # type: ignore[no-untyped-def]
    assert small_limits.json_depth == 5 and small_limits.folder_files == 3
    assert small_limits.integer_digits == 40 and small_limits.file_bytes["yaml"] == 16 << 20


@given(st.integers(min_value=1, max_value=400))
def test_json_nesting_is_refused_past_the_limit_never_a_recursion_error(depth: int) -> None:
    text = "[" * depth + "]" * depth
    if depth <= limits().json_depth:
        assert jsontext.loads(text) is not None
    else:
        with pytest.raises(jsontext.JsonLimit, match="json_depth"):
            jsontext.loads(text)
    with pytest.raises(jsontext.JsonLimit):
        jsontext.raw_decode("[" * 100_000 + "]" * 100_000, 0)


def test_brackets_inside_strings_are_not_nesting() -> None:
    assert jsontext.loads(json.dumps({"t": "[" * 500})) == {"t": "[" * 500}


@given(st.integers(min_value=1, max_value=6000))
def test_long_integers_are_refused_by_the_digit_limit(digits: int) -> None:
    text = '{"id": ' + "7" * digits + "}"
    if digits <= limits().integer_digits:
        assert jsontext.loads(text)["id"] == int("7" * digits)
    else:
        with pytest.raises(jsontext.JsonLimit, match="integer_digits"):
            jsontext.loads(text)


def test_lone_surrogates_become_replacement_characters_and_pairs_stay() -> None:
    got = jsontext.loads(r'{"a\ud800": "x\udc00y \ud83d\ude00"}')
    assert got == {"a\ufffd": "x\ufffdy \U0001f600"}
    json.dumps(got, ensure_ascii=False).encode("utf-8")


@given(st.datetimes(timezones=st.just(UTC)))
def test_times_outside_the_window_are_refused_cleanly(dt: datetime) -> None:
    lim = limits()
    if lim.earliest <= dt < lim.latest:
        assert checked_time(dt) == dt
    else:
        with pytest.raises(TimeOutOfRange):
            checked_time(dt)


def test_calendar_edges_with_offsets_do_not_overflow() -> None:
    for dt in (
        datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=7))),
        datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone(timedelta(hours=-12))),
    ):
        with pytest.raises(TimeOutOfRange):
            checked_time(dt)
    for s in (float("inf"), float("nan"), 10**18, -(10**12)):
        with pytest.raises(TimeOutOfRange):
            unix_time(s)


def _yaml(tmp_path: Path, text: str | bytes) -> Path:
    p = tmp_path / "e.yaml"
    p.write_bytes(text if isinstance(text, bytes) else text.encode())
    return p


def test_a_yaml_alias_bomb_is_refused_before_it_is_built(tmp_path: Path) -> None:
    bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for i, c in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        bomb.append(f"{c}: &{c} [" + ",".join([f"*{prev}"] * 9) + "]")
    with pytest.raises(InvalidConfig, match="yaml_(aliases|nodes)"):
        read_yaml(_yaml(tmp_path, "\n".join(bomb) + "\n"))


def test_a_few_aliases_are_fine(tmp_path: Path) -> None:
    data, _ = read_yaml(_yaml(tmp_path, "a: &x [1, 2]\nb: *x\nc: *x\n"))
    assert data == {"a": [1, 2], "b": [1, 2], "c": [1, 2]}


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("election:\n  voting_day: 2024-02-30\n", "2024-02-30 is not a date that exists", 2),
        ("a: 1\nn: " + "9" * 5000 + "\n", "integer_digits", 2),
        ("a: !!python/object/apply:os.system ['true']\n", "tag not allowed", 1),
        ("a: " + "[" * 300 + "]" * 300 + "\n", "json_depth", 1),
        ("a: " + "[" * 5000 + "]" * 5000 + "\n", "nesting depth|json_depth", 1),
    ],
)
def test_yaml_that_would_crash_when_built_is_a_clean_error(
    tmp_path: Path, text: str, message: str, line: int | None
) -> None:
    with pytest.raises(InvalidConfig, match=message) as exc:
        read_yaml(_yaml(tmp_path, text))
    if line is not None:
        assert exc.value.line == line


@pytest.mark.parametrize(
    ("blob", "message"),
    [("a: 1\n".encode("utf-16"), "UTF-16"), (b"a: 1\n\x00b: 2\n", "NUL"), (b"a: caf\xe9\n", "not UTF-8")],
)
def test_yaml_in_the_wrong_encoding_says_so(tmp_path: Path, blob: bytes, message: str) -> None:
    with pytest.raises(InvalidConfig, match=message):
        read_yaml(_yaml(tmp_path, blob))


def _png(w: int, h: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0" * 8))
        + chunk(b"IEND", b"")
    )


def test_an_image_bomb_is_refused_from_its_header(tmp_path: Path) -> None:
    p = tmp_path / "bom.png"
    p.write_bytes(_png(30_000, 30_000))
    f = InputFile.open(p)
    assert image_size(f.head) == (30_000, 30_000)
    with pytest.raises(InvalidInput, match="image_pixels"):
        check_image(f)
    p.write_bytes(_png(1080, 2400))
    check_image(InputFile.open(p))


def test_folders_say_what_they_left_out(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "ok.jsonl").write_text("{}\n")
    (d / "hilang.json").symlink_to(d / "tidak-ada.json")
    (d / "a").symlink_to(d / "b")
    (d / "b").symlink_to(d / "a")
    (d / "balik").symlink_to(d)  # a link back up: not a loop
    os.mkfifo(d / "pipa.jsonl")
    got = expand_inputs([d])
    assert got == [d / "ok.jsonl"]
    why = {Path(r.file).name: r.reason for r in got.ignored}
    assert "dangling" in why["hilang.json"] and "loop" in why["a"] and "pipe" in why["pipa.jsonl"]
    with pytest.raises(InvalidInput, match="named pipe"):
        expand_inputs([d / "pipa.jsonl"])


def test_a_folder_of_too_many_files_is_refused(tmp_path: Path, small_limits) -> None:  # type: ignore[no-untyped-def]
    for i in range(4):
        (tmp_path / f"f{i}.jsonl").write_text("{}\n")
    with pytest.raises(InvalidInput, match="folder_files"):
        expand_inputs([tmp_path])
