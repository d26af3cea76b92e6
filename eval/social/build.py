#!/usr/bin/env python3
"""Builds the independent social-media evaluation corpus for jaganetral: twelve workspaces, dev/, heldout/, heldout2/, heldout3/, heldout4/,
heldout5/, heldout6/, heldout7/, heldout8/, heldout9/, heldout10/ and heldout11/.

Each workspace holds election-*.yaml (contract format: one Pilkada and one Pemilu configuration — 2024 for the first six,
Pilkada 2020 and Pemilu 2019 for heldout6, Pilkada 2018 and Pemilu 2024 for heldout7, two Pilkada (2017 and 2024) for heldout8,
Pilkada 2015 and Pemilu 2024 for heldout9; the legislative and presidential Pemilu 2014 and the Pilkada 2024 for heldout10, three
files; Pilkada 2018 and Pemilu 2019 for heldout11),
asn.csv, accounts.csv, inputs/ (platform exports in their real formats), truth.jsonl (labels, the schema of
shared/data/social-dev) and README.md (contents and counts).

Deterministic and standard library only: two runs write identical bytes. Pillow, if importable, adds a few
PNG screenshots (and their labels); without it those files and labels are simply absent (see README).

Usage: python3 build.py [dev|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8|heldout9|heldout10|heldout11 ...]      (default: all twelve)
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _corpus as K  # noqa: E402
import _dev  # noqa: E402
import _heldout  # noqa: E402
import _heldout2  # noqa: E402
import _heldout3  # noqa: E402
import _heldout4  # noqa: E402
import _heldout5  # noqa: E402
import _heldout6  # noqa: E402
import _heldout7  # noqa: E402
import _heldout8  # noqa: E402
import _heldout9  # noqa: E402
import _heldout10  # noqa: E402
import _heldout11  # noqa: E402

SCENARIOS = {"dev": _dev, "heldout": _heldout, "heldout2": _heldout2, "heldout3": _heldout3, "heldout4": _heldout4, "heldout5": _heldout5, "heldout6": _heldout6, "heldout7": _heldout7, "heldout8": _heldout8, "heldout9": _heldout9, "heldout10": _heldout10, "heldout11": _heldout11}

LICENCE = """**Licence:** written for this project; every person, account, post, phone number
and id is fictional. Regions (Kemendagri names/codes), parties and the 2023–2024 KPU calendars are real."""

CALENDAR = """Stages follow the contract (`dates inclusive, Asia/Jakarta`). Pilkada: KTP support for independents 8–12 May,
registration 27–29 Aug, designation 22 Sep, number draw 23 Sep, campaign 25 Sep–23 Nov, quiet 24–26 Nov, voting
27 Nov 2024. Pemilu: DCT 3 Nov 2023, presidential pairs designated 13 Nov 2023 (an extra stage
`penetapan_paslon_presiden` and a `designated:` key on the `presiden` contest say so), campaign 28 Nov 2023–10 Feb
2024, quiet 11–13 Feb, voting 14 Feb 2024."""

CODES = """`codes_any` is generous: any one code counts (SKB E codes before the WIB designation date, D codes from it, both
for a presidential pair between 3 and 12 Nov 2023; PP94-N* where they fit; UU10-71-1 in the Pilkada, UU7-* in the
Pemilu; SKB-E4/D6 added for messages inside a candidate's volunteers' group)."""


def readme(ctx, mod):
    fmt_table, case_table, f = K.stats(ctx)
    contests = []
    for fname, el in ctx.elections:
        for ct in el.contests:
            contests.append((f"`{fname}`", ct.id, ct.office, ct.region, len(ct.cands),
                             ", ".join(f"{c.id}" + (" (independent)" if c.independent else "") for c in ct.cands)))
    ctable = K.table(contests, ["file", "contest", "office", "region", "pairs/candidates", "ids"])
    files = "\n".join(f"- `inputs/{rel}` ({K.FORMAT_NAMES.get(fmt, fmt)})" for rel, fmt in sorted(ctx.files.items()))
    shots = ("Pillow was available: the screenshots above were written with their labels." if f["pngs"] else
             "Pillow was not available when this was built: no screenshot files and no screenshot labels.")
    return f"""# {ctx.name} — labelled social-media evaluation workspace for jaganetral

Written independently of the tool (from `shared/reference/rules.md` and `contract.md` only), to measure it
on data nobody tuned to. {getattr(mod, "LICENCE_NOTE", LICENCE)}

{mod.DESCRIPTION.strip()}

## Elections

{ctable}

{getattr(mod, "CALENDAR_NOTE", CALENDAR).strip()}

## Registry

- `asn.csv`: {f['asn']} ASN ({f['pns']} PNS, {f['pppk']} PPPK). Every NIP follows the contract layout (birth date,
  appointment YYYYMM ≥ 18 years later, sex, sequence), PPPK rows included.
- `accounts.csv`: {f['inst']} official accounts of government bodies.

## Files

{files}

{shots}

## Labels by format and status

{fmt_table}

Canonical JSONL is {f['canonical_share']} % of the labels. {f['by_actor']} labels are `by_actor` (a person tagged,
mentioned or added inside someone else's activity, or the person who added others).

Violations: {f['status'].get('violation', 0)} — {f['bakal']} of them before designation (bakal calon: SKB-E codes),
{f['pilkada']} in the Pilkada, {f['pemilu']} in the Pemilu; {f['actors']} distinct actors ({f['inst_actors']} institutional accounts).

## Labels by case

{case_table}

## Labels and matching

`truth.jsonl` has the social-dev schema: `id, status, action, actor (NIP or inst:<handle>), codes_any, candidate,
note` (the label) and `keys, by_actor, platform, when, action_any, case, format, file, bakal_calon` (for scoring).
{getattr(mod, "CODES_NOTE", CODES).strip()}

Keys are native ids: Facebook post / comment ids (`{{page}}_{{post}}`, `{{post}}_{{comment}}`; a reaction is keyed by the
post id and the reacting user's id), CrowdTangle `{{page}}_{{post}}` from the URL, tweet ids, Instagram media (17 digits)
and comment (18 digits) ids, TikTok video and comment ids, YouTube comment ids (`top.reply` for replies), Telegram a
regex `re:<chat id>\\D+<message id>(?!\\d)`, canonical lines their `id`, screenshots their file name without extension.
WhatsApp lines have no id: they carry `when` (the phone's wall clock with its true offset, +07:00 WIB, +08:00
WITA, +09:00 WIT) and are matched by time (±59 s) and, for `by_actor` labels, by actor.

Score a run with `python3 score.py {ctx.name} FINDINGS.jsonl [--misses N] [--json]` (see score.py).
"""


def build(name):
    mod = SCENARIOS[name]
    root = HERE / name
    K.reset(root)
    ctx = K.Ctx(name, root)
    mod.build(ctx)
    K.write_registry(ctx)
    K.check(ctx)
    K.write_truth(ctx)
    (root / "README.md").write_text(readme(ctx, mod), encoding="utf-8")
    _, _, f = K.stats(ctx)
    print(f"{name}: {f['labels']} labels in {f['files']} files, status {f['status']}, canonical {f['canonical_share']} %, "
          f"bakal {f['bakal']}, pilkada {f['pilkada']}, pemilu {f['pemilu']}, actors {f['actors']}, screenshots {f['pngs']}")
    return ctx


def main(argv):
    names = argv or list(SCENARIOS)
    for n in names:
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
