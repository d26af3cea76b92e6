# jaganetral — two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO   := jaganetral-data/demo

.PHONY: demo serve test lint format bench bench-peer chaos sysdeps clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev,spark]"
	@touch $(STAMP)

sysdeps:
	@scripts/system-deps.sh

demo: $(STAMP) sysdeps
	$(BIN)/jaganetral demo --data $(DEMO)

serve: $(STAMP)
	$(BIN)/jaganetral serve --data $(DEMO) --election samples/election-pilkada-2024.yaml \
		--asn samples/asn.csv --accounts samples/accounts.csv \
		--unit "Bawaslu Provinsi Sumatera Selatan"

test: $(STAMP) sysdeps
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP)
	$(BIN)/python scripts/bench_registry.py --rows 4700000
	$(BIN)/jaganetral bench --activities 1000000 --registry 4700000 --json
	scripts/bench_national.sh 5000000 4700000

bench-peer: $(STAMP)
	scripts/bench_peer.sh 1000000 1000000 3

# The reliability harness (issue 14), bounded in time: every hostile input (some 2,100, on tmpfs
# when there is one), 30 scans and 20 servers killed with kill -9, and the tamper checks.
CHAOS_WORK := $(shell test -d /dev/shm && echo /dev/shm || echo /tmp)/jaganetral-chaos
chaos: $(STAMP)
	timeout 3600 $(BIN)/python -m tests.chaos hostile --work $(CHAOS_WORK) --out $(CHAOS_WORK)-results.jsonl
	timeout 1800 $(BIN)/python -m tests.chaos kill-scan --runs 30
	timeout 1800 $(BIN)/python -m tests.chaos kill-web --runs 20
	timeout 1800 $(BIN)/python -m pytest -q tests -k "tamper or seal or checkpoint or chain"
	rm -rf $(CHAOS_WORK)

clean:
	rm -rf $(VENV) jaganetral-data .pytest_cache .mypy_cache .ruff_cache
