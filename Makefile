# meetbook: `make run` sets everything up and imports the samples; `make test` runs the suite,
# `make test-fast` all of it but the tests marked slow.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MODEL := models/meetbook-sv/config.cfg
SAMPLES := corpus/umea-program-social-hallbarhet-2023-2026.pdf \
           corpus/umea-program-social-hallbarhet-2024-2025-ocr.pdf \
           corpus/umea-uppfoljning-social-hallbarhet-2024.pdf \
           corpus/umea-ksnau-2026-05-19-motesbok.pdf corpus/vasteras-ks-protokoll-213.pdf

.PHONY: run test test-fast setup system-deps bytecode lint bench bench-register clean

# the register is kept: importing a file it holds already changes nothing, and nothing here
# deletes it (start afresh with `rm register.db`)
run: setup
	$(BIN)/meetbook import $(SAMPLES) --db register.db
	@echo
	$(BIN)/meetbook search --db register.db --from 2026-01-01 --limit 5
	@echo
	@echo "The register is register.db. Call meetbook as $(BIN)/meetbook (or run"
	@echo "'. $(BIN)/activate' once, then 'meetbook'), for example:"
	@echo "  $(BIN)/meetbook search --party SD"
	@echo "  $(BIN)/meetbook serve          # in Swedish on http://127.0.0.1:8001"

test: setup
	$(BIN)/python -m pytest

# leaves out OCR, the browser, killed and racing imports, bombs, workers held to their limits,
# the reference PDF backend, the wheel and the model build (pytest -m slow runs just those);
# on both cores (tests/conftest.py; the full suite runs in turn: its timed limits want a core
# to themselves). Both use the parses kept in .pytest_cache (README, Tests); --cache-clear
# parses everything again.
test-fast: setup
	$(BIN)/python -m pytest -m "not slow"

setup: system-deps $(STAMP) $(MODEL) bytecode

# the package's compiled modules, written as pip writes them for an installed wheel (an editable
# install has none, and where PYTHONDONTWRITEBYTECODE is set Python would compile every module
# at every start: a third of a second of each import); only changed modules are compiled again.
# Likewise the parser's regular expressions (meetbook/pattern_cache.py: most of a second of
# every import, compiled here once)
bytecode: $(STAMP)
	@$(BIN)/python -m compileall -q meetbook
	@$(BIN)/python -m meetbook.pattern_cache > /dev/null

system-deps:
	@bash scripts/system-deps.sh

$(STAMP): pyproject.toml $(wildcard meetbook/pdf/*.c)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(MODEL): $(STAMP) $(wildcard meetbook/link/*.py)
	$(BIN)/python -m meetbook.link.build models/meetbook-sv

lint: setup
	$(BIN)/python -m pip install --quiet ruff mypy
	$(BIN)/ruff check meetbook tests
	$(BIN)/mypy meetbook

bench: setup
	$(BIN)/python bench/bench_import.py

# a generated register at scale (REGISTER_DECISIONS=1000000 for the million; ~3 min to build)
REGISTER_DB ?= /tmp/meetbook-bench-register.db
REGISTER_DECISIONS ?= 100000

bench-register: setup
	rm -f $(REGISTER_DB) $(REGISTER_DB)-wal $(REGISTER_DB)-shm
	$(BIN)/python bench/gen_register.py $(REGISTER_DB) --decisions $(REGISTER_DECISIONS)
	$(BIN)/python bench/bench_queries.py $(REGISTER_DB)

clean:  # the register (register.db) is yours: not removed here
	rm -rf $(VENV) models/meetbook-sv
