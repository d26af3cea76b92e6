#!/usr/bin/env bash
# The national day of issue 11: `jaganetral scan` on a 4.7M-row registry and 5M activities
# (../shared/bench/gen.py), cold and warm, with peak memory and database growth.
#   scripts/bench_national.sh [ACTIVITIES] [REGISTRY]       (defaults: 5000000 4700000)
# cold: fresh HOME, cache folder and data folder (the registry index is built from the CSV);
# warm: the same cache folder again (the registry index loads from its cache), fresh data folder.
# Prints one JSON object per run: wall and CPU seconds, peak RSS (MiB, /usr/bin/time -v),
# database and vault bytes, findings, and database bytes per million activities that gave none.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-5000000}; reg=${2:-4700000}
ws=/tmp/jaganetral-bench-ws-$n-$reg
if [ ! -f "$ws/activities.jsonl" ]; then
  python3 "$here/../shared/bench/gen.py" "$ws" --registry "$reg" --activities "$n"
fi
[ -x /usr/bin/time ] || { echo "bench_national: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
run() { # label
  local label=$1 data=$d/data-$1
  HOME=$d/home JAGANETRAL_CACHE=$d/cache /usr/bin/time -v -o "$d/time-$label" \
    "$here/.venv/bin/jaganetral" scan "$ws/activities.jsonl" --election "$ws/election.yaml" \
    --asn "$ws/asn.csv" --out "$d/f-$label.jsonl" --data "$data" >"$d/log-$label" 2>&1 \
    || { tail -5 "$d/log-$label" >&2; exit 1; }
  python3 - "$label" "$d/time-$label" "$data" "$d/f-$label.jsonl" "$n" "$reg" <<'EOF'
import json, os, re, sys
label, timef, data, out, n, reg = sys.argv[1:]
t = open(timef).read()
def grab(pat):
    return re.search(pat, t).group(1)
m, s = grab(r"Elapsed \(wall clock\) time.*: (.*)").rsplit(":", 1)
wall = float(s) + 60 * sum(int(x) * 60**i for i, x in enumerate(reversed(m.split(":"))))
db = sum(os.path.getsize(os.path.join(data, f)) for f in os.listdir(data) if f.startswith("jaganetral.db"))
vault = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(os.path.join(data, "evidence")) for f in fs)
findings = sum(1 for _ in open(out))
print(json.dumps({
    "run": label, "activities": int(n), "registry": int(reg), "wall_s": round(wall, 1),
    "cpu_s": round(float(grab(r"User time \(seconds\): (\S+)")) + float(grab(r"System time \(seconds\): (\S+)")), 1),
    "peak_rss_mib": round(int(grab(r"Maximum resident set size \(kbytes\): (\d+)")) / 1024),
    "db_mib": round(db / 2**20, 1), "vault_mib": round(vault / 2**20, 1), "findings": findings,
    "db_mib_per_million_activities": round(db / 2**20 / (int(n) / 1e6), 2),
}))
EOF
}
run cold
run warm
