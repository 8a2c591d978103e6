# Two entry points for a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-slow check-perf bench clean

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c requirements.lock -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m bot.local

test: $(STAMP)
	$(BIN)/python -m pytest -q

# SIGKILL series, quick load and quick benchmark (marked slow; correctness only).
test-slow: $(STAMP)
	$(BIN)/python -m pytest -q -m slow

# Speed figures, printed; fails only on wide-margin ratios (see bench/check_perf.py).
check-perf: $(STAMP)
	$(BIN)/python -m bench.check_perf

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) var
