#!/usr/bin/env bash
# scan and spark scan (local[2], 3 partitions) on one workspace; the finding documents compared.
#   scripts/spark_parity.sh WORKSPACE [--uri]     (WORKSPACE: inputs/, asn.csv, election*.yaml)
# --uri names the inputs folder as a file: URI (read through Hadoop's file system, not a path).
set -euo pipefail
ws=$(cd "${1:?workspace folder}" && pwd); how=${2:-}
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
els=(); for e in "$ws"/election*.yaml; do els+=(--election "$e"); done
acc=(); [ -f "$ws/accounts.csv" ] && acc=(--accounts "$ws/accounts.csv")
inp="$ws/inputs"; [ "$how" = --uri ] && inp="file://$ws/inputs"
"$here/.venv/bin/jaganetral" scan "$ws/inputs" "${els[@]}" --asn "$ws/asn.csv" "${acc[@]}" \
  --out "$tmp/scan.jsonl" --data "$tmp/data" >"$tmp/scan.log" 2>&1 || { tail -3 "$tmp/scan.log"; exit 1; }
"$here/.venv/bin/jaganetral" spark scan "$inp" "${els[@]}" --asn "$ws/asn.csv" "${acc[@]}" \
  --out "$tmp/spark" --master 'local[2]' --partitions 3 >"$tmp/spark.log" 2>&1 || { tail -3 "$tmp/spark.log"; exit 1; }
"$here/.venv/bin/python" - "$tmp" <<'PY'
import json, sys
from pathlib import Path
tmp = Path(sys.argv[1])
def docs(lines):
    return sorted((json.loads(x) for x in lines if x.strip()), key=lambda d: d["finding_id"])
a = docs((tmp / "scan.jsonl").read_text("utf-8").splitlines())
b = docs(x for p in sorted((tmp / "spark").glob("part-*")) for x in p.read_text("utf-8").splitlines())
same = a == b
print(f"scan {len(a)} findings, spark scan {len(b)}: {'identical' if same else 'DIFFERENT'}")
if not same:
    ia, ib = {d["finding_id"]: d for d in a}, {d["finding_id"]: d for d in b}
    print("only scan:", sorted(set(ia) - set(ib))[:20]); print("only spark:", sorted(set(ib) - set(ia))[:20])
    print("changed:", sorted(k for k in set(ia) & set(ib) if ia[k] != ib[k])[:20])
sys.exit(0 if same else 1)
PY
