# The two commands of the README: `make demo` and `make test`. Each sets itself up.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RUNTIME_STAMP := $(VENV)/.runtime-installed
DEV_STAMP     := $(VENV)/.dev-installed

.PHONY: demo test bench eval eval-real corpus replica reskins install install-dev clean chromium redis-server

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
## With fonts-hosny-amiri (Amiri), an Arabic font for `scrapy report`'s page in the browser test and docs/report.png.
## A no-op when both are there; otherwise needs root (or sudo).
chromium:
	@{ command -v chromium && fc-list :lang=ar family | grep -q Amiri; } >/dev/null 2>&1 || { SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -q && $$SUDO apt-get install -y -q chromium fonts-hosny-amiri; }

## Debian's redis-server, for the tests of many workers sharing one crawl (tests/e2e/test_distributed.py,
## started on a free port by a fixture). A no-op when it is on PATH; otherwise needs root (or sudo).
redis-server:
	@command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ] || { SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -q && $$SUDO apt-get install -y -q redis-server; }

## Run the whole test suite.
test: $(DEV_STAMP) chromium redis-server
	$(BIN)/python -m pytest -n 2 --dist loadfile

## Extraction quality (ours vs trafilatura); not a test. Main corpus (evaluation/) first, then the held-out one
## (evaluation/heldout/), then real public pages: mozilla/readability's test pages (ours, trafilatura in both
## modes, readability-lxml), from the copy in evaluation/real/readability (or a checkout at READABILITY=path;
## see docs/evaluation.md).
## ARGS=--show-failures lists our misses.
READABILITY ?= evaluation/real/readability
eval: $(DEV_STAMP)
	$(BIN)/python -m evaluation.evaluate $(ARGS)
	@echo
	$(BIN)/python -m evaluation.evaluate --corpus heldout $(ARGS)
	@echo
	@$(MAKE) --no-print-directory eval-real

eval-real: $(DEV_STAMP)
	$(BIN)/python -m evaluation.realpages --readability "$(READABILITY)"
	@echo
	$(BIN)/python -m evaluation.second_opinion --readability "$(READABILITY)"

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
	$(BIN)/python bench/bench_search.py
	$(BIN)/python bench/bench_scale.py
	$(BIN)/python bench/bench_redis.py
	$(BIN)/python bench/bench_backfill.py
	$(BIN)/python bench/bench_report.py

## Crawl 20 fresh re-skins of the replica with levant and news and report every failing check (not a test).
## ARGS="--seed 123,456" runs given seeds again.
reskins: $(DEV_STAMP) chromium
	$(BIN)/python -m evaluation.reskins $(ARGS)

## Re-render the replica site and truth file from replica/content.py.
replica: $(RUNTIME_STAMP)
	$(BIN)/python -m replica.build

clean:
	rm -rf $(VENV) output .pytest_cache
