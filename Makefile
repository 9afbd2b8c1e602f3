# The two commands of the README: `make demo` and `make test`. Each sets itself up.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RUNTIME_STAMP := $(VENV)/.runtime-installed
DEV_STAMP     := $(VENV)/.dev-installed

.PHONY: demo test bench replica install install-dev clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(RUNTIME_STAMP): requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install -q -r requirements.txt
	touch $@

$(DEV_STAMP): requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install -q -r requirements-dev.txt
	touch $(RUNTIME_STAMP) $@

install: $(RUNTIME_STAMP)
install-dev: $(DEV_STAMP)

## Serve the bundled replica, crawl it to JSON lines, print the file and a summary.
demo: $(RUNTIME_STAMP)
	$(BIN)/python -m replica.demo

## Run the whole test suite.
test: $(DEV_STAMP)
	$(BIN)/python -m pytest

## Benchmarks (not part of the test suite).
bench: $(DEV_STAMP)
	$(BIN)/python bench/bench_crawl.py
	$(BIN)/python bench/bench_dates.py
	$(BIN)/python bench/bench_mongo.py

## Re-render the replica site and truth file from replica/content.py.
replica: $(RUNTIME_STAMP)
	$(BIN)/python -m replica.build

clean:
	rm -rf $(VENV) output .pytest_cache
