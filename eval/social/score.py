#!/usr/bin/env python3
"""Scores a jaganetral findings file (`jaganetral scan --out`, contract.md) against one workspace of this corpus.

Usage: score.py WORKSPACE_DIR FINDINGS.jsonl [--misses N] [--json]

WORKSPACE_DIR is dev/ or heldout/ (any folder holding truth.jsonl and accounts.csv). Without --json it prints a
short summary (recall by format, case and stage; the first N misses); with --json the full JSON summary. The last
line is always
  <name>: recall R, codes C, actors X, false accusations N, false alarms M, alerts a/b, reviews r/s
and the exit status is 0 when recall >= 0.9, codes >= 0.9, actors >= 0.95, no false accusation, at most 3 false
alarms and every alert found; 1 otherwise (2 on bad usage).

Matching (the semantics of shared/data/social-dev/score.py):
* a label's `keys` are native ids (Facebook post/comment ids, a reaction's post id plus the reacting user's id,
  CrowdTangle {page}_{post}, tweet, Instagram media/comment, TikTok video/comment, YouTube comment ids, Telegram a
  regex "re:" on chat id and message id, a canonical line's id, a screenshot's file name without extension). A
  finding's activity id matches a label when it contains every key (plain keys between non-alphanumeric characters
  or the ends of the id); when several labels match, the most specific (longest keys) wins.
* `by_actor` labels (a person tagged/mentioned/added inside someone else's activity, or the person who added them)
  take only findings whose actor is the label's actor; the activity's other labels take the rest.
* WhatsApp lines have no ids: they are matched by platform, time (within 59 s, nearest first) and, for by_actor
  labels, actor. The export does not say the phone's zone, so a finding whose occurred_at equals the line's wall
  clock read in WIB, WITA or WIT also matches, counted under whatsapp_zone_misread (not a miss).
* outcomes: false accusation = a violation finding on a none/alert/review label; false alarm = a review or alert
  finding on a none label. Codes are right when the finding cites any of codes_any; actors when the NIP matches (or
  the institution's name/instansi for inst:<handle>); actions when the finding's action is in action_any.
"""
from __future__ import annotations

import csv
import json
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

PASS = {"recall": 0.9, "codes": 0.9, "actors": 0.95, "false_accusations": 0, "false_alarms": 3}
ZONES = [timezone(timedelta(hours=h)) for h in (7, 8, 9)]  # WIB, WITA, WIT


def load(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def main(argv):
    args = list(argv)
    as_json = "--json" in args
    if as_json:
        args.remove("--json")
    show = 20 if not as_json else 10_000
    if "--misses" in args:
        i = args.index("--misses")
        try:
            show = int(args[i + 1])
        except (IndexError, ValueError):
            print("score.py: --misses needs a number", file=sys.stderr)
            return 2
        del args[i:i + 2]
    if len(args) != 2:
        print("usage: score.py WORKSPACE_DIR FINDINGS.jsonl [--misses N] [--json]", file=sys.stderr)
        return 2
    ws, fpath = Path(args[0]), Path(args[1])
    if not (ws / "truth.jsonl").is_file():
        print(f"score.py: {ws}/truth.jsonl not found", file=sys.stderr)
        return 2
    name = ws.resolve().name
    truth = load(ws / "truth.jsonl")
    try:
        findings = load(fpath)
    except (OSError, json.JSONDecodeError) as e:
        print(f"score.py: {fpath}: {e}", file=sys.stderr)
        return 2

    inst_names: dict[str, set] = {}
    acc = ws / "accounts.csv"
    if acc.is_file():
        for r in csv.DictReader(open(acc, encoding="utf-8")):
            inst_names.setdefault("inst:" + r["handle"], set()).update({r["instansi"], r["nama_akun"]})
    by_instansi: dict[str, set] = {}
    for k, names in inst_names.items():
        for n in names:
            by_instansi.setdefault(n, set()).update(names)
    for k in inst_names:  # one institution with several accounts answers to all its names
        for n in list(inst_names[k]):
            inst_names[k] |= by_instansi.get(n, set())

    def key_match(key, aid):
        if key.startswith("re:"):
            return re.search(key[3:], aid) is not None
        return re.search(r"(?<![0-9A-Za-z])" + re.escape(key) + r"(?![0-9A-Za-z])", aid) is not None

    def specificity(t):
        return sum(len(k) for k in t["keys"])

    def actor_ok(f, t):
        a = f.get("actor") or {}
        if t["actor"] is None:
            return False
        if t["actor"].startswith("inst:"):
            names = inst_names.get(t["actor"], set())
            return a.get("kind") == "institution" and bool({a.get("instansi"), a.get("name")} & names)
        return a.get("nip") == t["actor"]

    def when_of(f):
        v = f.get("occurred_at")
        try:
            d = datetime.fromisoformat(v.replace("Z", "+00:00")) if isinstance(v, str) else None
        except ValueError:
            return None
        if d is not None and d.tzinfo is None:
            d = d.replace(tzinfo=ZONES[0])
        return d

    def readings(t):
        true = datetime.fromisoformat(t["when"])
        wall = true.replace(tzinfo=None)
        return [(true, True)] + [(wall.replace(tzinfo=z), False) for z in ZONES if wall.replace(tzinfo=z) != true]

    keyed = [t for t in truth if t["keys"]]
    keyless = [t for t in truth if not t["keys"]]
    cache: dict[str, list] = {}

    def labels_for_id(aid):
        if aid not in cache:
            m = [t for t in keyed if all(key_match(k, aid) for k in t["keys"])]
            if m:
                best = max(specificity(t) for t in m)
                m = [t for t in m if specificity(t) == best]
            cache[aid] = m
        return cache[aid]

    assigned = {id(t): [] for t in truth}
    unmatched = []
    zone_misread = 0
    for f in findings:
        hit, seen = False, set()
        for aid in f.get("activity_ids") or []:
            cands = labels_for_id(str(aid))
            if not cands:
                continue
            by = [t for t in cands if t["by_actor"]]
            mine = [t for t in by if actor_ok(f, t)]
            chosen = mine if mine else [t for t in cands if not t["by_actor"]] or cands
            for t in chosen:
                if id(t) not in seen:
                    assigned[id(t)].append(f)
                    seen.add(id(t))
                    hit = True
        if hit:
            continue
        fw = when_of(f)
        cands = []
        for t in keyless:
            if f.get("platform") not in (None, t["platform"]):
                continue
            if fw is not None:
                gaps = [(abs((fw - r).total_seconds()), exact) for r, exact in readings(t)]
                gaps = [g for g in gaps if g[0] <= 59]
                if not gaps:
                    continue
                cands.append((t, min(gaps, key=lambda g: (g[0], not g[1]))))
            elif t["by_actor"] and actor_ok(f, t):
                cands.append((t, (0, True)))
        by = [cd for cd in cands if cd[0]["by_actor"] and actor_ok(f, cd[0])]
        chosen = by or [cd for cd in cands if not cd[0]["by_actor"]]
        if chosen:  # nearest line wins; an exact reading beats a wall-clock one at the same distance
            best = min((g, not exact) for _, (g, exact) in chosen)
            chosen = [cd for cd in chosen if (cd[1][0], not cd[1][1]) == best]
            if fw is None and len(chosen) > 1:
                chosen = []
        for t, _ in chosen:
            assigned[id(t)].append(f)
        if chosen and not chosen[0][1][1]:
            zone_misread += 1
        if not chosen:
            unmatched.append(f)

    S = {"violations": 0, "found_strict": 0, "found_as_review": 0, "code_ok": 0, "action_ok": 0, "actor_ok": 0,
         "alerts": 0, "alerts_ok": 0, "reviews": 0, "reviews_ok": 0, "negatives": 0, "false_accusations": 0, "false_alarms": 0}
    misses = []
    per_format, per_case, per_stage = {}, {}, {}

    def miss(t, why, got=None):
        m = {"id": t["id"], "why": why, "case": t["case"], "format": t["format"], "file": t["file"],
             "expected": {"status": t["status"], "action": t["action"], "actor": t["actor"], "codes_any": t["codes_any"]}, "note": t["note"]}
        if got is not None:
            m["got"] = got
        misses.append(m)

    def brief(f):
        a = f.get("actor") or {}
        return {"status": f.get("status"), "action": f.get("action"), "codes": f.get("violation_codes"),
                "actor": a.get("nip") or a.get("name"), "activity_ids": f.get("activity_ids")}

    for t in truth:
        fs = assigned[id(t)]
        statuses = {f.get("status") for f in fs}
        if t["status"] == "violation":
            S["violations"] += 1
            stage = "bakal_calon" if t.get("bakal_calon") else "calon"
            counters = [per_format.setdefault(t["format"], [0, 0]), per_case.setdefault(t["case"], [0, 0]), per_stage.setdefault(stage, [0, 0])]
            for ct in counters:
                ct[1] += 1
            v = [f for f in fs if f.get("status") == "violation"]
            if not v:
                if "review" in statuses:
                    S["found_as_review"] += 1
                miss(t, "not found as violation", sorted(s for s in statuses if s) or None)
                continue
            S["found_strict"] += 1
            for ct in counters:
                ct[0] += 1

            def score_f(f):
                return (bool(set(f.get("violation_codes") or []) & set(t["codes_any"])), actor_ok(f, t), f.get("action") in t["action_any"])
            f = max(v, key=score_f)
            c_ok, a_ok, act_ok = score_f(f)
            S["code_ok"] += c_ok
            S["actor_ok"] += a_ok
            S["action_ok"] += act_ok
            if not c_ok:
                miss(t, "wrong codes", brief(f))
            if not a_ok:
                miss(t, "wrong actor", brief(f))
            if not act_ok:
                miss(t, "wrong action", brief(f))
        elif t["status"] == "alert":
            S["alerts"] += 1
            if "violation" in statuses:
                S["false_accusations"] += 1
                miss(t, "passive exposure judged a violation", [brief(f) for f in fs])
            elif "alert" in statuses:
                S["alerts_ok"] += 1
            else:
                miss(t, "alert missing", sorted(s for s in statuses if s) or None)
        elif t["status"] == "review":
            S["reviews"] += 1
            if "violation" in statuses:
                S["false_accusations"] += 1
                miss(t, "review case judged a violation", [brief(f) for f in fs])
            elif "review" in statuses:
                S["reviews_ok"] += 1
            else:
                miss(t, "review missing", sorted(s for s in statuses if s) or None)
        else:
            S["negatives"] += 1
            if "violation" in statuses:
                S["false_accusations"] += 1
                miss(t, "false accusation", [brief(f) for f in fs])
            elif statuses & {"review", "alert"}:
                S["false_alarms"] += 1
                miss(t, "false alarm", [brief(f) for f in fs])

    n, k = max(1, S["violations"]), max(1, S["found_strict"])
    R_, C_ = round(S["found_strict"] / n, 3), round(S["code_ok"] / k, 3)
    A_, X_ = round(S["action_ok"] / k, 3), round(S["actor_ok"] / k, 3)
    holds = (R_ >= PASS["recall"] and C_ >= PASS["codes"] and X_ >= PASS["actors"] and S["false_accusations"] <= PASS["false_accusations"]
             and S["false_alarms"] <= PASS["false_alarms"] and S["alerts_ok"] == S["alerts"])
    by_why: dict[str, int] = {}
    for m in misses:
        by_why[m["why"]] = by_why.get(m["why"], 0) + 1
    summary = dict(S, recall=R_, code_accuracy=C_, action_accuracy=A_, actor_accuracy=X_, findings=len(findings),
                   unmatched_findings=len(unmatched), whatsapp_zone_misread=zone_misread,
                   recall_by_format={a: f"{b[0]}/{b[1]}" for a, b in sorted(per_format.items())},
                   recall_by_case={a: f"{b[0]}/{b[1]}" for a, b in sorted(per_case.items())},
                   recall_by_stage={a: f"{b[0]}/{b[1]}" for a, b in sorted(per_stage.items())},
                   misses_by_reason=by_why)
    if as_json:
        print(json.dumps({"summary": summary, "misses": misses[:show], "unmatched": [brief(f) for f in unmatched][:show]},
                         ensure_ascii=False, indent=1))
    else:
        print(f"{name}: {len(truth)} labels, {len(findings)} findings ({len(unmatched)} unmatched, {zone_misread} WhatsApp zone misreads)")
        print(f"  violations {S['found_strict']}/{S['violations']} (another {S['found_as_review']} only as review), "
              f"action accuracy {A_}")
        for title, d in (("format", summary["recall_by_format"]), ("case", summary["recall_by_case"]), ("stage", summary["recall_by_stage"])):
            print(f"  recall by {title}: " + ", ".join(f"{a} {b}" for a, b in d.items()))
        if by_why:
            print("  misses: " + ", ".join(f"{a} {b}" for a, b in sorted(by_why.items())))
        for m in misses[:show]:
            print("   - " + json.dumps({x: m[x] for x in ("id", "why", "case", "got") if x in m}, ensure_ascii=False))
    print(f"{name}: recall {R_}, codes {C_}, actors {X_}, false accusations {S['false_accusations']}, "
          f"false alarms {S['false_alarms']}, alerts {S['alerts_ok']}/{S['alerts']}, reviews {S['reviews_ok']}/{S['reviews']}")
    return 0 if holds else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
