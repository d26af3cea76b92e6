#!/usr/bin/env python3
"""Print the misses of a scored social workspace with the texts involved (a developer's aid).

    scripts/show_misses.py WORKSPACE FINDINGS.jsonl [--why KIND] [--case CASE]

Runs the workspace's scorer with --json, ingests the inputs once (no store) and prints each miss with
the activity's own text, what it answers, and what jaganetral said. Never point it at a held-out set
while tuning.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]


def main() -> None:
    ws, findings = Path(sys.argv[1]), Path(sys.argv[2])
    args = sys.argv[3:]
    want_why = args[args.index("--why") + 1] if "--why" in args else None
    want_case = args[args.index("--case") + 1] if "--case" in args else None
    if "heldout" in str(ws.resolve()):
        sys.exit("refusing to show held-out misses: score it, do not read it")
    scorer = (
        [str(ws / "../score.py")]
        if (ws.name == "data" and (ws / "../score.py").exists())
        else [str(HERE / "eval/social/score.py"), str(ws), "--json"]
    )
    out = subprocess.run(
        [sys.executable, *scorer, str(findings), "--misses", "100000"], capture_output=True, text=True
    ).stdout
    report = json.loads(out[: out.rindex("}") + 1])
    with tempfile.TemporaryDirectory() as tmp:
        acts_path = Path(tmp) / "a.jsonl"
        subprocess.run(
            [
                str(HERE / ".venv/bin/jaganetral"),
                "ingest",
                str(ws / "inputs"),
                "--out",
                str(acts_path),
                "--no-store",
            ],
            capture_output=True,
            check=True,
        )
        acts = [json.loads(x) for x in acts_path.read_text().splitlines()]
    truth = {
        json.loads(x)["id"]: json.loads(x) for x in (ws / "truth.jsonl").read_text().splitlines() if x.strip()
    }
    fs = [json.loads(x) for x in findings.read_text().splitlines() if x.strip()]

    def km(k: str, aid: str) -> bool:
        if k.startswith("re:"):
            return re.search(k[3:], aid) is not None
        return re.search(r"(?<![0-9A-Za-z])" + re.escape(k) + r"(?![0-9A-Za-z])", aid) is not None

    for m in report["misses"]:
        if want_why and m["why"] != want_why or want_case and m["case"] != want_case:
            continue
        t = truth[m["id"]]
        if t["keys"]:
            hit = [a for a in acts if all(km(k, a["id"]) for k in t["keys"])]
        else:
            hit = [
                a
                for a in acts
                if a["platform"] == t["platform"] and t["when"] and a["created_at"][:16] == t["when"][:16]
            ]
        print(
            f"== {m['why']} [{m['case']}] {m['id']} "
            f"expected {m['expected']['status']}/{m['expected']['action']} "
            f"{m['expected']['codes_any'][:3]}\n   note: {m['note']}\n   got: {m.get('got')}"
        )
        for a in hit[:2]:
            tgt = (a.get("target") or {}).get("text") or ""
            med = " | ".join(
                filter(
                    None,
                    [(x.get("caption") or "") + " " + (x.get("text") or "") for x in a.get("media") or []],
                )
            )
            print(
                f"   {a['kind']} {a['created_at']} by {a['actor']} group={(a.get('group') or {}).get('name')}"
            )
            print(f"   TEXT: {a['text'][:400]!r}")
            if tgt:
                print(f"   TARGET: {tgt[:200]!r}")
            if med.strip():
                print(f"   MEDIA: {med[:200]!r}")
            for f in fs:
                if a["id"] in f["activity_ids"]:
                    print(
                        "   FINDING:",
                        f["status"],
                        f["action"],
                        f["violation_codes"],
                        [x for x in f["explanation"] if x.startswith(("Isi", "Status"))][:4],
                    )


if __name__ == "__main__":
    main()
