# Two entry points for a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run lint test test-slow check-perf bench clean

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c requirements.lock -e ".[test,lint]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m bot.local

# Two workers: most of the suite waits on sockets and subprocesses, not on the CPU.
test: $(STAMP)
	$(BIN)/python -m pytest -q -n 2

# ruff (E, F, I, B, UP, SIM), mypy (check_untyped_defs) and the import contracts between
# layers (lint-imports), configured in pyproject.toml.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports

# SIGKILL series, quick load, quick benchmark, and stopping the bot in each state (marked slow; correctness only).
test-slow: $(STAMP)
	$(BIN)/python -m pytest -q -m slow

# Speed figures, printed; fails only on wide-margin ratios (see bench/check_perf.py).
check-perf: $(STAMP)
	$(BIN)/python -m bench.check_perf

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) var
