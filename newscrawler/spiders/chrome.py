"""The crawl's learned chrome: one model per host (newscrawler.extract.chrome), the items of
each host's first pages held back until its model has learned, and the models kept with the
crawl's state. Used by ProfileSpider (`levant`, `news`, every profile's spider), no setting needed.

- Every article page is extracted with its host's model (a ChromePass) and the model learns
  from the page (once per item URL).
- Until the host's model is ready (READY_PAGES article pages), the host's items are held back;
  then they are released with their bodies judged by the ready model, so the first pages of a
  crawl come out as clean as the rest. Items still held when the crawl goes idle (a crawl of
  fewer pages) are released then: the spider schedules a `data:` request whose callback yields
  them. A crawl that CLOSESPIDER_* settings may cut short holds nothing back.
- The models are kept with the crawl's state, so the next run starts with the learned model: on
  incremental runs (NEWSCRAWLER_INCREMENTAL) in `<name>-chrome.json` beside
  NEWSCRAWLER_STATE_FILE, with JOBDIR in `JOBDIR/newscrawler-chrome.json`, written when a
  host's model is ready, every SAVE_SECONDS and at the end (a killed run loses a minute of
  learning at most; writing it every 50 pages cost a 20,000-article crawl a fifth of its rate);
  with JOBDIR also in its spider state (pickled by Scrapy when the spider closes, with any
  items still held, which the resumed run releases).

Stats: `newscrawler/chrome/paragraphs_removed`, `newscrawler/chrome/buffered` (items held
back until their host's model was ready), `newscrawler/chrome/blocks_learned` (templates
judged chrome at the end, all hosts), `newscrawler/chrome/pages` (article pages learned from
in this run), `newscrawler/chrome/templates` (templates tracked at the end, all hosts: the
models' size). `NEWSCRAWLER_LEARN_CHROME=False` switches all of it off (for benchmarks).
"""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path
from urllib.parse import urlsplit

from scrapy import signals

from newscrawler.errors import ConfigError
from newscrawler.extract.chrome import ChromeModel, ChromePass, PageBlock
from newscrawler.fetch.incremental import state_path
from newscrawler.fetch.resume import jobdir
from newscrawler.urls import UrlSet, host_key

logger = logging.getLogger(__name__)

STATE_KEY = "newscrawler/chrome"  # in JOBDIR's spider state
SAVE_SECONDS = 60.0  # between two writes of the models' file as the crawl goes (and when a model is ready)
# Settings that may close the spider before it goes idle: then no item is held back.
CLOSESPIDER = ("CLOSESPIDER_PAGECOUNT", "CLOSESPIDER_ITEMCOUNT", "CLOSESPIDER_TIMEOUT", "CLOSESPIDER_ERRORCOUNT",
               "CLOSESPIDER_PAGECOUNT_NO_ITEM", "CLOSESPIDER_TIMEOUT_NO_ITEM")


def check_learn_chrome(settings) -> None:
    """Before the crawl: NEWSCRAWLER_LEARN_CHROME is a boolean."""
    try:
        settings.getbool("NEWSCRAWLER_LEARN_CHROME")
    except ValueError:
        raise ConfigError("NEWSCRAWLER_LEARN_CHROME must be True or False, got "
                          f"{settings.get('NEWSCRAWLER_LEARN_CHROME')!r}") from None


def chrome_state_path(settings, spider_name: str) -> Path | None:
    """Where the models are kept between runs: an incremental run's `<name>-chrome.json` beside
    the state file, a job's `newscrawler-chrome.json` in JOBDIR; None: not kept."""
    if settings.getbool("NEWSCRAWLER_INCREMENTAL"):
        return state_path(settings.get("NEWSCRAWLER_STATE_FILE"), spider_name).with_name(f"{spider_name}-chrome.json")
    folder = jobdir(settings)
    return folder / "newscrawler-chrome.json" if folder is not None else None


class ChromeLearner:
    """The chrome models of a crawl, one per host, and the items held back for them."""

    def __init__(self, crawler=None, path: Path | None = None, hold: bool = True):
        self.crawler = crawler      # for its stats (set once the crawl starts)
        self.path = path            # the incremental runs' JSON file, or None
        self.hold = hold
        self.models: dict[str, ChromeModel] = {}
        self.held: dict[str, list[tuple[object, list[PageBlock]]]] = {}
        self.learned = UrlSet()     # item URLs learned from (a page met twice counts once)
        self.pages = 0
        self.attached = False       # the models are in JOBDIR's spider state
        self.loaded = False         # the models came from the file (newer than JOBDIR's spider state)
        self.saved_at = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler, spider_name: str) -> ChromeLearner | None:
        settings = crawler.settings
        if not settings.getbool("NEWSCRAWLER_LEARN_CHROME", True):
            return None
        hold = not any(settings.getfloat(name) for name in CLOSESPIDER)
        learner = cls(crawler, chrome_state_path(settings, spider_name), hold)
        learner.load()
        crawler.signals.connect(learner.spider_closed, signal=signals.spider_closed)
        return learner

    # --- state ---------------------------------------------------------------------------

    def load(self) -> None:
        """The models of the previous incremental run (a missing or unreadable file: none)."""
        if self.path is None or not self.path.exists():
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self.models.update({str(h): ChromeModel.from_dict(m) for h, m in data["hosts"].items()})
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            logger.warning("chrome models in %s not read (%s): learning again", self.path, exc)
            return
        self.loaded = True
        logger.info("chrome models of %d host(s) read from %s", len(self.models), self.path)

    def save(self) -> None:
        self.saved_at = time.monotonic()
        if self.path is None:
            return
        data = {"version": 1, "hosts": {h: m.to_dict() for h, m in self.models.items()}}
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError as exc:
            logger.error("chrome models not written to %s: %s", self.path, exc)

    def attach(self, state: dict | None) -> None:
        """Keep the models and held items in JOBDIR's spider state (Scrapy pickles it when the
        spider closes); a resumed crawl's saved ones come back from it. No JOBDIR: nothing."""
        if state is None or self.attached:
            return
        self.attached = True
        saved = state.get(STATE_KEY)
        if isinstance(saved, dict):
            if not self.loaded:  # the file is written as the crawl goes: newer than the state of a clean stop
                self.models.update(saved.get("models") or {})
            for host, held in (saved.get("held") or {}).items():
                self.held.setdefault(host, []).extend(held)
        state[STATE_KEY] = {"models": self.models, "held": self.held}

    # --- pages and items -----------------------------------------------------------------

    def page_pass(self, url: str) -> ChromePass:
        """The `chrome=` argument for extracting the page at `url` with its host's model (only
        looking at the page while the model is not ready: its item waits, judged later)."""
        host = host_key(urlsplit(url).hostname or "")
        model = self.models.get(host)
        if model is None:
            model = self.models[host] = ChromeModel()
        return ChromePass(model, apply=model.ready or not self.hold)

    def take(self, url: str, item, seen: ChromePass):
        """Learn from the page an item was extracted from; yield the items that may go now (this
        one, or none while its host's model is not ready, or the host's held items with it)."""
        host = host_key(urlsplit(url).hostname or "")
        model = seen.model
        key = item.get("url") or url
        if key not in self.learned:
            self.learned.add(key)
            was_ready = model.ready
            model.update(seen.page)
            self.pages += 1
            if (model.ready and not was_ready) or time.monotonic() - self.saved_at >= SAVE_SECONDS:
                self.save()  # as the crawl goes: a killed run's successor starts with it
        held = self.held.get(host)
        if not self.hold or (model.ready and not held):
            self._inc("paragraphs_removed", seen.removed)
            yield item
            return
        held = self.held.setdefault(host, [])
        held.append((item, seen.page))
        self._inc("buffered")
        if model.ready or len(held) >= 2 * model.ready_pages:
            yield from self._release(host)

    def holding(self) -> bool:
        return any(self.held.values())

    def release_all(self):
        """Every held item, its body judged by its host's model as it is now."""
        for host in list(self.held):
            yield from self._release(host)

    def _release(self, host: str):
        held = self.held.pop(host, [])
        model = self.models.get(host) or ChromeModel()
        for item, page in held:
            item["body"], removed = model.body(page)
            self._inc("paragraphs_removed", removed)
            yield item

    @property
    def stats(self):
        return self.crawler.stats if self.crawler is not None else None

    def _inc(self, key: str, by: int = 1) -> None:
        if self.stats is not None:
            self.stats.inc_value(f"newscrawler/chrome/{key}", by)

    def spider_closed(self, spider, reason=None) -> None:
        self.attach(getattr(spider, "state", None))
        left = sum(len(v) for v in self.held.values())
        if left:
            logger.warning("%d item(s) held for their host's chrome model when the spider closed (%s): %s", left,
                           reason, "kept in JOBDIR's state for the resumed crawl" if self.attached
                           else "not stored (an incremental run fetches them again)")
        learned = 0
        for host, model in self.models.items():
            found = model.chrome_templates()
            learned += len(found)
            if found:
                logger.info("chrome learned on %s over %d pages: %d blocks, e.g. %s", host, model.seen,
                            len(found), " | ".join(found[:5]))
        if self.stats is not None:
            self.stats.set_value("newscrawler/chrome/blocks_learned", learned)
            self.stats.set_value("newscrawler/chrome/pages", self.pages)
            self.stats.set_value("newscrawler/chrome/templates", sum(len(m.templates) for m in self.models.values()))
            if left:
                self.stats.set_value("newscrawler/chrome/held_at_close", left)
        self.save()
