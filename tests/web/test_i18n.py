"""English translations: every interface string has one, and ``translate`` looks them up."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from jaganetral.web.i18n import translate

ROOT = Path(__file__).resolve().parents[2]


def _load_extractor() -> ModuleType:
    path = ROOT / "scripts" / "extract_strings.py"
    spec = importlib.util.spec_from_file_location("extract_strings", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("extract_strings", module)
    spec.loader.exec_module(module)
    return module


ex = _load_extractor()


def test_extractor_finds_template_strings_in_both_quote_styles() -> None:
    found = ex.template_strings()
    assert "Dasbor" in found  # _("…")
    assert "nama token" in found  # _('…')
    assert "Cari nama, NIP, instansi, kode…" in found
    assert len(found) > 100


def test_extractor_reads_quotes_escapes_and_skips_other_calls(tmp_path: Path) -> None:
    (tmp_path / "t.html").write_text(
        """{{ _("a 'b'") }} {{ _('c \\'d\\'') }} {{ _( "multi
line" ) }} {{ x._("no") }} {{ foo_("no") }} {{ _(var) }} {{ _("e" ~ f) }}""",
        encoding="utf-8",
    )
    assert set(ex.template_strings(tmp_path)) == {"a 'b'", "c 'd'", "multi\nline"}
    assert ex.dynamic_calls(tmp_path) == {("t.html", "var"), ("t.html", '"e" ~ f')}


def test_every_interface_string_has_an_english_translation() -> None:
    assert ex.missing() == [], "run scripts/extract_strings.py and add these to en.json"


def test_check_mode_exits_1_when_a_string_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert ex.main(["--check"]) == 0  # the real templates are complete
    (tmp_path / "t.html").write_text('{{ _("Dasbor") }} {{ _("Belum diterjemahkan") }}', encoding="utf-8")
    monkeypatch.setattr(ex, "TEMPLATES", tmp_path)
    capsys.readouterr()
    assert ex.main([]) == 0
    assert ex.main(["--check"]) == 1
    assert capsys.readouterr().out.splitlines() == ["Belum diterjemahkan"] * 2


def test_python_side_strings_are_still_in_their_source() -> None:
    for text, source in ex.PYTHON_STRINGS.items():
        assert text in (ROOT / source).read_text(encoding="utf-8"), f"{text!r} is gone from {source}"


def test_every_non_literal_call_in_templates_is_accounted_for() -> None:
    assert ex.dynamic_calls() == set(ex.DYNAMIC_CALLS)


def test_translations_are_english_not_copies() -> None:
    same = {k for k, v in ex.english().items() if k == v}
    assert same <= ex.SAME_IN_ENGLISH


def test_en_json_is_sorted_and_formatted() -> None:
    text = ex.EN_JSON.read_text(encoding="utf-8")
    data = json.loads(text)
    assert text == json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Dasbor", "en", "Dashboard"),
        ("Nama pengguna atau kata sandi salah.", "en", "Wrong username or password."),
        ("Dasbor", "id", "Dasbor"),
        ("Teks yang tidak ada di kamus", "en", "Teks yang tidak ada di kamus"),
        ("Teks yang tidak ada di kamus", "id", "Teks yang tidak ada di kamus"),
    ],
)
def test_translate(text: str, lang: str, expected: str) -> None:
    assert translate(text, lang) == expected
