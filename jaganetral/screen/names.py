"""Names as people use them, generated from the election configuration.

A watchdog lists a candidate's name, aliases and running mate; people write "Kang Dedi", "Uda
Irwan", "Rusdi-Mahmud", "RUSMA" or "paslon 2". This module turns one configured candidate into
every form worth looking for, each with how much it proves on its own:

* **strong** forms name the candidate by themselves: the full or core name, a two-word name, a
  hyphenated pair of first names ("Rusdi-Mahmud"), a configured alias that is neither short, one
  word, an everyday word nor honorific + one name;
* **weak** forms need a cue or a campaign context: a first name alone (with an honorific before
  it in any regional form — "Pak Rusdi", "Daeng Rusdi" — the screen reads it as a form of address),
  a generated portmanteau of the pair's names,
  an acronym that is also an everyday word ("RAMAH" friendly) — the latter counts as strong when it
  is written in capitals or as a hashtag (``case_form``).

Everything generated is marked ``generated`` so an explanation can say the form was derived, not
configured.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from jaganetral.model.election import Candidate
from jaganetral.model.names import split_name

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@dataclass(frozen=True, slots=True)
class Form:
    """One way of writing a candidate's name."""

    phrase: str
    kind: str  # name | mate | alias | pair | acronym | honorific | given
    strong: bool
    why_weak: str | None = None
    case_form: str | None = None  # written so (capitals), the form counts as strong
    generated: bool = False
    mate: bool = False
    everyday: bool = False  # the form is also an everyday word ("Fitri", "Bayu")


def _tokens(name: str) -> list[str]:
    return _TOKEN.findall(name)


def roots(name: str, aliases: Iterable[str], honorifics: frozenset[str]) -> list[str]:
    """Short names a person goes by: the first given name, the last name, and aliases stripped
    of their honorific ("Puang Rusdi" → "Rusdi")."""
    out: list[str] = []
    try:
        core = split_name(name).core
    except ValueError:
        core = name
    toks = [t for t in _tokens(core) if t.lower() not in honorifics]
    if toks:
        out.append(toks[0])
        if len(toks) >= 2:
            out.append(toks[-1])
    for a in aliases:
        at = _tokens(a)
        rest = [t for t in at if t.lower() not in honorifics]
        if len(rest) == 1 and len(at) >= 1 and not a.isupper():
            out.append(rest[0])
    seen: set[str] = set()
    uniq: list[str] = []
    for r in out:
        k = r.lower().replace("'", "").replace("’", "")
        if len(k) >= 3 and k not in seen:
            seen.add(k)
            uniq.append(r)
    return uniq


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(letters) >= 3 and alias.isupper() and " " not in alias.strip()


def candidate_forms(
    c: Candidate,
    honorifics: frozenset[str],
    is_everyday: Callable[[str], bool],
    alias_weakness: Callable[[str], str | None],
    min_acronym_length: int = 4,
) -> list[Form]:
    """Every form of candidate ``c`` (and their running mate) worth looking for."""
    forms: list[Form] = [Form(c.name, "name", True)]
    try:
        core = split_name(c.name).core
    except ValueError:
        core = c.name
    if len(_tokens(core)) >= 2:
        forms.append(Form(core, "name", True))
    core_toks = [t for t in _tokens(core) if t.lower() not in honorifics]
    if len(core_toks) >= 3:
        forms.append(Form(f"{core_toks[0]} {core_toks[-1]}", "name", True, generated=True))

    configured: set[str] = set()
    for alias in c.aliases:
        configured.add(alias.lower())
        forms.append(_alias_form(alias, is_everyday, alias_weakness))

    mine = roots(c.name, c.aliases, honorifics)
    mate_roots: list[str] = []
    if c.running_mate is not None:
        m = c.running_mate
        forms.append(Form(m.name, "mate", True, mate=True))
        try:
            mcore = split_name(m.name).core
        except ValueError:
            mcore = m.name
        if len(_tokens(mcore)) >= 2:
            forms.append(Form(mcore, "mate", True, mate=True))
        for alias in m.aliases:
            configured.add(alias.lower())
            f = _alias_form(alias, is_everyday, alias_weakness)
            forms.append(Form(f.phrase, f.kind, f.strong, f.why_weak, f.case_form, f.generated, True))
        mate_roots = roots(m.name, m.aliases, honorifics)

    # The short name alone: weak. "Honorific + short name" in any regional form ("Daeng Rusdi",
    # "Kang Rusdi") is read by the screen from the honorific before it, not listed here.
    for r, is_mate in [(r, False) for r in mine] + [(r, True) for r in mate_roots]:
        # A first name that is also an everyday word ("Fitri" in "Idul Fitri", "Bayu" wind) names
        # nobody by itself: it is left to the aliases and pair forms that contain it.
        if r.lower() not in configured:
            everyday = is_everyday(r.lower())
            why = f"nama '{r}' saja bisa juga orang lain" + (" (juga kata sehari-hari)" if everyday else "")
            forms.append(Form(r, "given", False, why, generated=True, mate=is_mate, everyday=everyday))

    # The pair: hyphenated first names ("Rusdi-Mahmud") are specific; portmanteaus are guesses.
    for a in mine:
        for b in mate_roots:
            if a.lower() == b.lower():
                continue
            for p in (f"{a}-{b}", f"{a} {b}"):
                if p.lower() not in configured:
                    forms.append(Form(p, "pair", True, generated=True))
            for acro in _portmanteaus(a, b, min_acronym_length):
                if acro.lower() in configured:
                    continue
                forms.append(
                    Form(
                        acro,
                        "acronym",
                        False,
                        f"singkatan '{acro.upper()}' diturunkan dari nama pasangan; perlu konteks"
                        + (" (juga kata sehari-hari)" if is_everyday(acro.lower()) else ""),
                        case_form=acro.upper(),
                        generated=True,
                    )
                )
    return _dedupe(forms)


def _alias_form(
    alias: str, is_everyday: Callable[[str], bool], alias_weakness: Callable[[str], str | None]
) -> Form:
    if _is_acronym(alias):
        word = alias.lower()
        letters = sum(c.isalpha() for c in alias)
        if letters < 4:
            # Initials ("RSW", "DS", "ADA"): a shop, a school, anyone — and in small letters
            # often a word ("ada" there is, "sae" good in Madurese). They count only as written,
            # in capitals, and even then need a cue.
            return Form(
                alias,
                "alias",
                False,
                f"alias '{alias}' pendek (inisial) dan bisa berarti hal lain: dihitung bila ditulis kapital",
                case_form=alias,
                everyday=True,
            )
        # A pair's acronym is written in capitals; the same letters in lower case are a word
        # ("sahati" one heart, "ramah" friendly, "iman" faith), so only capitals or a hashtag count.
        everyday = " (juga kata sehari-hari)" if is_everyday(word) else ""
        return Form(
            alias,
            "acronym",
            False,
            f"singkatan '{alias}' ditulis huruf kecil{everyday}: dihitung bila ditulis kapital, "
            "sebagai tagar, atau bersama rujukan lain ke calon",
            case_form=alias,
        )
    why = alias_weakness(alias)
    return Form(alias, "alias", why is None, why)


def _portmanteaus(a: str, b: str, min_len: int) -> list[str]:
    """Blends of two first names as campaigns coin them ("Rusdi"+"Mahmud" → RUSMAH, RUMAH…)."""
    a, b = a.lower().replace("'", ""), b.lower().replace("'", "")
    out: list[str] = []
    for i in (2, 3, 4):
        for j in (2, 3, 4):
            if i <= len(a) and j <= len(b):
                out.append(a[:i] + b[:j])
    for i in (1, 2):
        for j in (3, 4):
            if i <= len(a) and j < len(b):
                out.append(a[:i] + b[-j:])
    return [p for p in dict.fromkeys(out) if len(p) >= min_len]


def _dedupe(forms: list[Form]) -> list[Form]:
    """One form per phrase; the strongest reading wins (a configured alias over a generated one)."""
    best: dict[str, Form] = {}
    for f in forms:
        k = f.phrase.lower()
        old = best.get(k)
        if old is None or (f.strong and not old.strong) or (old.generated and not f.generated):
            best[k] = f
    return list(best.values())
