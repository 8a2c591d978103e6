# Two entry points for a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# What each target needs, installed once: running (the runtime dependencies only), the test
# extras (pytest, embedded PostgreSQL...) and the linters; .installed is all three.
RUNTIME := $(VENV)/.runtime
TESTING := $(VENV)/.testing
LINTING := $(VENV)/.linting
STAMP := $(VENV)/.installed

.PHONY: run lint test test-slow check-perf bench clean

$(RUNTIME): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c requirements.lock -e .
	touch $@

$(TESTING): $(RUNTIME)
	$(BIN)/pip install -q -c requirements.lock -e ".[test]"
	touch $@

$(LINTING): $(RUNTIME)
	$(BIN)/pip install -q -c requirements.lock -e ".[lint]"
	touch $@

$(STAMP): $(TESTING) $(LINTING)
	touch $@

run: $(RUNTIME)
	$(BIN)/python -m bot.local

# Two workers: most of the suite waits on sockets and subprocesses, not on the CPU.
test: $(TESTING)
	$(BIN)/python -m pytest -q -n 2

# ruff (E, F, I, B, UP, SIM), mypy (check_untyped_defs) and the import contracts between
# layers (lint-imports), configured in pyproject.toml. mypy reads the tests too: test extras.
lint: $(TESTING) $(LINTING)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports

# SIGKILL series, quick load, quick benchmark, and stopping the bot in each state (marked slow; correctness only).
test-slow: $(TESTING)
	$(BIN)/python -m pytest -q -m slow

# Speed figures, printed; fails only on wide-margin ratios (see bench/check_perf.py).
check-perf: $(TESTING)
	$(BIN)/python -m bench.check_perf

bench: $(TESTING)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) var
