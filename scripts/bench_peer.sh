#!/usr/bin/env bash
# jaganetral scan against the peer pipeline (../shared/bench), side by side, cold, in one call.
#   scripts/bench_peer.sh [ACTIVITIES] [REGISTRY] [RUNS]     (defaults: 1000000 1000000 3)
# Each jaganetral run gets a fresh HOME, cache folder and data folder (nothing from an earlier
# run); the peer runs in its own venv (/tmp/peer-venv, made here if missing). farm-bench runs
# A B A B … and prints the ratio A/B pair by pair: quote the median.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bench="$here/../shared/bench"
n=${1:-1000000}; reg=${2:-1000000}; runs=${3:-3}
ws=/tmp/jaganetral-bench-ws-$n-$reg
if [ ! -f "$ws/activities.jsonl" ]; then
  python3 "$bench/gen.py" "$ws" --registry "$reg" --activities "$n"
fi
if [ ! -x /tmp/peer-venv/bin/python ]; then
  python3 -m venv /tmp/peer-venv && /tmp/peer-venv/bin/pip install -q spacy pandas pyyaml
fi
jn="d=\$(mktemp -d) && HOME=\$d/home JAGANETRAL_CACHE=\$d/cache exec $here/.venv/bin/jaganetral scan $ws/activities.jsonl --election $ws/election.yaml --asn $ws/asn.csv --out \$d/f.jsonl --data \$d/data"
peer="/tmp/peer-venv/bin/python $bench/peer.py $ws/activities.jsonl $ws/election.yaml $ws/asn.csv /tmp/peer-out.jsonl"
farm-bench -n "$runs" --warmup 0 --timeout 3600 --vs "$peer" -- sh -c "$jn"
