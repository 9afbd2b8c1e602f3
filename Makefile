# The two commands of the README: `make demo` and `make test`. Each sets itself up.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RUNTIME_STAMP := $(VENV)/.runtime-installed
DEV_STAMP     := $(VENV)/.dev-installed

.PHONY: demo test bench eval eval-real corpus replica reskins install install-dev clean chromium

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
demo: $(RUNTIME_STAMP) chromium
	$(BIN)/python -m replica.demo

## Debian's Chromium, for pages that need JavaScript (`playwright install` cannot download here).
## A no-op when `chromium` is on PATH; otherwise needs root (or sudo).
chromium:
	@command -v chromium >/dev/null 2>&1 || { SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -q && $$SUDO apt-get install -y -q chromium; }

## Run the whole test suite.
test: $(DEV_STAMP) chromium
	$(BIN)/python -m pytest

## Extraction quality (ours vs trafilatura); not a test. Main corpus (evaluation/) first, then the held-out one
## (evaluation/heldout/), then real public pages: mozilla/readability's test pages (ours, trafilatura in both
## modes, readability-lxml), read from a checkout at READABILITY (not in this repository; see docs/evaluation.md).
## ARGS=--show-failures lists our misses.
READABILITY ?= evaluation/external/readability
eval: $(DEV_STAMP)
	$(BIN)/python -m evaluation.evaluate $(ARGS)
	@echo
	$(BIN)/python -m evaluation.evaluate --corpus heldout $(ARGS)
	@echo
	@$(MAKE) --no-print-directory eval-real

eval-real: $(DEV_STAMP)
	@if [ -e "$(READABILITY)" ]; then $(BIN)/python -m evaluation.realpages --readability "$(READABILITY)"; \
	else echo "real pages: no checkout of mozilla/readability at $(READABILITY); git clone https://github.com/mozilla/readability $(READABILITY) (or READABILITY=path)"; fi

## Re-render the corpora's pages and truth.json after editing evaluation/corpus.py or evaluation/heldout/corpus.py.
corpus: $(DEV_STAMP)
	$(BIN)/python -m evaluation.corpus
	$(BIN)/python -m evaluation.heldout.corpus

## Benchmarks (not part of the test suite).
bench: $(DEV_STAMP)
	$(BIN)/python bench/bench_crawl.py
	$(BIN)/python bench/bench_chrome.py
	$(BIN)/python bench/bench_dates.py
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_render.py
	$(BIN)/python bench/bench_mongo.py
	$(BIN)/python bench/bench_scale.py
	$(BIN)/python bench/bench_backfill.py

## Crawl 20 fresh re-skins of the replica with levant and news and report every failing check (not a test).
## ARGS="--seed 123,456" runs given seeds again.
reskins: $(DEV_STAMP) chromium
	$(BIN)/python -m evaluation.reskins $(ARGS)

## Re-render the replica site and truth file from replica/content.py.
replica: $(RUNTIME_STAMP)
	$(BIN)/python -m replica.build

clean:
	rm -rf $(VENV) output .pytest_cache
