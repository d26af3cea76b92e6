#!/usr/bin/env bash
# Scan one labelled social workspace and score it: scripts/eval_social.sh WORKSPACE [SCORER] [--misses N]
#   WORKSPACE: eval/social/dev, eval/social/heldout, or ../shared/data/social-dev/data
# Prints the scorer's summary line (and the JSON with --json). Uses a fresh data folder each run.
set -euo pipefail
ws=${1:?workspace folder}; shift
here=$(cd "$(dirname "$0")/.." && pwd)
if [ -f "$ws/score.py" ] || [ -f "$ws/../score.py" ] && [ -d "$ws/inputs" ] && [ "$(basename "$ws")" = data ]; then
  scorer=("$ws/../score.py")
else
  scorer=("$here/eval/social/score.py" "$ws")
fi
tmp=$(mktemp -d)
els=(); for e in "$ws"/election*.yaml; do els+=(--election "$e"); done
acc=(); [ -f "$ws/accounts.csv" ] && acc=(--accounts "$ws/accounts.csv")
"$here/.venv/bin/jaganetral" scan "$ws/inputs" "${els[@]}" --asn "$ws/asn.csv" "${acc[@]}" \
  --out "$tmp/f.jsonl" --data "$tmp/data" >"$tmp/log" 2>&1 || { tail -3 "$tmp/log"; exit 1; }
python3 "${scorer[@]}" "$tmp/f.jsonl" "$@" || true
cp "$tmp/f.jsonl" /tmp/last-findings.jsonl
rm -rf "$tmp"
