"""List interface strings that have no English translation in ``jaganetral/web/locale/en.json``.

    python scripts/extract_strings.py          # print the missing strings, one per line
    python scripts/extract_strings.py --check  # same, and exit 1 if any are missing

The strings are every literal passed to ``_("…")`` or ``_('…')`` in ``jaganetral/web/templates``
plus :data:`PYTHON_STRINGS`, the messages Python code hands to a template that prints them with
``_(variable)`` (the template cannot show those literally, so they are listed here by hand). A
template call ``_(something)`` that is not a literal must be one of :data:`DYNAMIC_CALLS`, which
says where its strings come from; ``tests/web/test_i18n.py`` checks both lists against the source.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "jaganetral" / "web"
TEMPLATES = WEB / "templates"
EN_JSON = WEB / "locale" / "en.json"

# A call of ``_`` (not ``x._`` or ``foo_``) whose only argument is one string literal, in either
# quote style, possibly with backslash escapes and spread over several lines.
_LITERAL_CALL = re.compile(
    r"""(?<![\w.])_\(\s*(?P<lit>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\s*\)""",
    re.DOTALL,
)
# Any call of ``_``; its argument is shown up to the first closing parenthesis.
_ANY_CALL = re.compile(r"(?<![\w.])_\(\s*(?P<arg>[^)]*?)\s*\)")

# Messages Python code passes to templates that translate them with ``_(variable)``: string →
# the file (relative to the repository root) where it is written.
PYTHON_STRINGS: dict[str, str] = {
    # selfcheck.py: SelfCheck.headline, shown by selfcheck.html as _(result.headline)
    "Tidak ditemukan muatan kampanye untuk pemilihan yang dipantau.": "jaganetral/web/selfcheck.py",
    "Jika Anda ASN, tindakan ini memenuhi unsur pelanggaran netralitas.": "jaganetral/web/selfcheck.py",
    "Tindakan ini perlu ditelaah: sebagian unsur pelanggaran terpenuhi.": "jaganetral/web/selfcheck.py",
    "Anda ditandai/dimasukkan oleh orang lain: bukan pelanggaran, tetapi segera ambil langkah ini.": (
        "jaganetral/web/selfcheck.py"
    ),
    "Pemilihan yang disebut tidak dipantau server ini: teks ini tidak dapat dinilai di sini.": (
        "jaganetral/web/selfcheck.py"
    ),
    # pages.py: the failed-login error, shown by login.html as _(error)
    "Nama pengguna atau kata sandi salah.": "jaganetral/web/pages.py",
}

# Strings whose English is deliberately the same text (names).
SAME_IN_ENGLISH: frozenset[str] = frozenset({"ASN", "Status", "Audit", "Platform", "Media", "Reset TOTP"})

# Non-literal ``_()`` calls in templates: (template, argument) → where its strings are listed.
DYNAMIC_CALLS: dict[tuple[str, str], str] = {
    ("login.html", "error"): "jaganetral/web/pages.py",
    ("selfcheck.html", "result.headline"): "jaganetral/web/selfcheck.py",
}


def _unquote(literal: str) -> str:
    """The value of a Jinja string literal, unescaped the way Jinja's lexer does it."""
    body = literal[1:-1].replace("\r\n", "\n").replace("\r", "\n")
    return body.encode("ascii", "backslashreplace").decode("unicode-escape")


def template_strings(templates: Path = TEMPLATES) -> dict[str, list[str]]:
    """Every literal passed to ``_()`` in ``templates`` → the template files that use it."""
    found: dict[str, list[str]] = {}
    for path in sorted(templates.glob("*.html")):
        for m in _LITERAL_CALL.finditer(path.read_text(encoding="utf-8")):
            text = _unquote(m.group("lit"))
            files = found.setdefault(text, [])
            if path.name not in files:
                files.append(path.name)
    return found


def dynamic_calls(templates: Path = TEMPLATES) -> set[tuple[str, str]]:
    """``(template, argument)`` for every ``_()`` call in ``templates`` whose argument is no literal."""
    calls = set()
    for path in sorted(templates.glob("*.html")):
        source = path.read_text(encoding="utf-8")
        for m in _ANY_CALL.finditer(source):
            if not _LITERAL_CALL.match(source, m.start()):
                calls.add((path.name, m.group("arg")))
    return calls


def all_strings(templates: Path = TEMPLATES) -> list[str]:
    """Every string the interface translates, sorted."""
    return sorted(set(template_strings(templates)) | set(PYTHON_STRINGS))


def english(path: Path = EN_JSON) -> dict[str, str]:
    data: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return data


def missing(templates: Path = TEMPLATES, en_json: Path = EN_JSON) -> list[str]:
    """Strings with no (or an empty) English translation, sorted."""
    en = english(en_json)
    return [s for s in all_strings(templates) if not en.get(s, "").strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if any string lacks a translation")
    args = ap.parse_args(argv)
    wanted = all_strings(TEMPLATES)
    absent = missing(TEMPLATES, EN_JSON)
    for s in absent:
        print(s)
    unknown = sorted(dynamic_calls(TEMPLATES) - set(DYNAMIC_CALLS))
    for name, arg in unknown:
        print(f"note: {name}: _({arg}) is not a literal; list its strings in PYTHON_STRINGS", file=sys.stderr)
    unused = sorted(set(english(EN_JSON)) - set(wanted))
    print(
        f"{len(wanted)} strings, {len(absent)} missing from {EN_JSON}"
        + (f", {len(unused)} translations no longer used" if unused else ""),
        file=sys.stderr,
    )
    return 1 if args.check and (absent or unknown) else 0


if __name__ == "__main__":
    sys.exit(main())
