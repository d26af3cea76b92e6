# jaganetral — two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO   := jaganetral-data/demo

.PHONY: demo serve test lint format bench bench-peer sysdeps clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
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

bench-peer: $(STAMP)
	scripts/bench_peer.sh 1000000 1000000 3

clean:
	rm -rf $(VENV) jaganetral-data .pytest_cache .mypy_cache .ruff_cache
