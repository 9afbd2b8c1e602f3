"""Incremental runs (NEWSCRAWLER_INCREMENTAL=True): skip article pages already stored.

A spider middleware drops requests for article URLs (the site profile's article rule) that a
previous run stored; listing pages (home, sections, pagination) are always fetched again, so
new articles are found. "Stored" means:

- in MongoDB (the `_id`s of the collection) when MONGO_URI is set;
- otherwise in a local state file (NEWSCRAWLER_STATE_FILE, `%(name)s` = spider name), one
  canonical URL a line, appended when an item has passed every pipeline (item_scraped) and
  is in the feed file: at once for a JSON lines file, once the file is stored for other
  formats, never when the feed could not be written (newscrawler.storage.feeds).

Like scrapy-deltafetch, only pages that produced an item are remembered: a page that failed
(404, not an article, MongoDB down so the item went to the dead letter) is tried again next run.
An item whose URL is stored already (a held item a resumed run released again, an article
reached through a redirect) is dropped, never written twice.

The same filter makes a JOBDIR crawl resumable after any stop, `kill -9` included
(newscrawler.fetch.resume): with JOBDIR set, the articles the job wrote are listed in
`JOBDIR/newscrawler-written.txt` (without MongoDB) as the state file lists them, and a run
of a job that ran before starts again from the start page, skipping them (with MongoDB:
skipping what the collection holds).
Stats: newscrawler/incremental/known (URLs loaded), newscrawler/incremental/skipped,
newscrawler/incremental/links_followed, newscrawler/incremental/already_written (items dropped).
"""

from __future__ import annotations

import logging
from pathlib import Path

from itemadapter import ItemAdapter, is_item
from scrapy import Request, signals
from scrapy.exceptions import NotConfigured

from newscrawler.errors import ConfigError
from newscrawler.fetch import resume
from newscrawler.storage.feeds import GuardedFeedExporter
from newscrawler.storage.mongo import MongoConfig, MongoStore, connect_error
from newscrawler.urls import canonical_url

logger = logging.getLogger(__name__)


def state_path(template: str, spider_name: str) -> Path:
    return Path(template % {"name": spider_name})


def check_incremental(settings) -> None:
    """Before the crawl: NEWSCRAWLER_INCREMENTAL is a boolean, no feed is overwritten by it or by a
    resumable job (-O with JOBDIR), JOBDIR is a folder, the state file is usable."""
    try:
        on = settings.getbool("NEWSCRAWLER_INCREMENTAL")
    except ValueError:
        raise ConfigError("NEWSCRAWLER_INCREMENTAL must be True or False, got "
                          f"{settings.get('NEWSCRAWLER_INCREMENTAL')!r}") from None
    overwritten = [uri for uri, options in settings.getdict("FEEDS").items() if (options or {}).get("overwrite")]
    if on and overwritten:
        # An incremental run writes only what is new: -O would replace the last run's file with it
        # (with nothing, when nothing is new).
        raise ConfigError(f"-O (overwrite) with NEWSCRAWLER_INCREMENTAL=True would replace {overwritten[0]} with "
                          "this run's new articles only: use -o (append), or no -o/-O (one file a run)")
    folder = resume.jobdir(settings)
    if folder is not None and folder.exists() and not folder.is_dir():
        raise ConfigError(f"JOBDIR must be a folder, got the file {folder}")
    if folder is not None and overwritten:
        # A resumed job writes only what the earlier runs did not: -O would throw their items away.
        raise ConfigError(f"-O (overwrite) with JOBDIR would replace {overwritten[0]} with what a resumed run adds "
                          "only: use -o (append), or no -o/-O (one file a run)")
    if on and not (settings.get("MONGO_URI") or "").strip():
        template = settings.get("NEWSCRAWLER_STATE_FILE") or ""
        try:
            path = state_path(template, "x")
        except (TypeError, ValueError, KeyError):
            raise ConfigError(f"NEWSCRAWLER_STATE_FILE: bad path template {template!r}") from None
        if not template or path.is_dir():
            raise ConfigError(f"NEWSCRAWLER_STATE_FILE must be a file path, got {template!r}")


def read_state_links(path: Path) -> dict[str, list[str]]:
    """Stored article URL -> the read-also URLs it links to. A state line is the URL, then its
    read-also URLs, tab-separated (lines of older runs hold the URL only)."""
    if not path.exists():
        return {}
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = [f.strip() for f in line.split("\t") if f.strip()]
        if fields:
            out.setdefault(fields[0], []).extend(fields[1:])
    return out


def state_line(item) -> str:
    links = [link.get("url") for link in (item.get("read_also") or []) if isinstance(link, dict) and link.get("url")]
    return "\t".join(f.replace("\t", " ").replace("\n", " ") for f in [item["url"], *links]) + "\n"


class IncrementalMiddleware:
    def __init__(self, crawler):
        self.crawler = crawler
        self.settings = crawler.settings
        self.incremental = crawler.settings.getbool("NEWSCRAWLER_INCREMENTAL")
        self.jobdir = resume.jobdir(crawler.settings)
        self.resumed = False  # an earlier run of the job used JOBDIR
        self.known: set[str] = set()
        # read-also URLs of stored articles: a skipped article's links are still followed, so an
        # article reachable only through stored ones is found (the replica's unlisted articles)
        self.links: dict[str, list[str]] = {}
        self.expanded: set[str] = set()
        self.state_file = None
        self.state_path = None
        self.feeds = None  # the feed exporter: which items reached the JSON lines file
        self.pending: list[str] = []  # stored, waiting for the feed file to be stored too
        self.profile = None
        self.recovered: list[dict] = []  # the last items of the feeds a killed run appended to
        crawler.signals.connect(self.spider_opened, signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("NEWSCRAWLER_INCREMENTAL") and resume.jobdir(crawler.settings) is None:
            raise NotConfigured  # no message: Scrapy would log a warning on every crawl
        middleware = cls(crawler)
        middleware.prepare(crawler.spidercls.name)
        return middleware

    def prepare(self, spider_name: str) -> None:
        """Before the scheduler and the feeds open: a killed run's JOBDIR frontier is dropped,
        the feeds it appended to are cut back to their last whole line (newscrawler.fetch.resume)."""
        if self.jobdir is not None:
            self.resumed, _killed = resume.open_jobdir(self.jobdir)
        for path in resume.appended_feeds(self.settings, spider_name):
            cut = resume.repair_lines(path)
            if cut:
                logger.warning("feed %s ended in a cut line (a killed run): %d bytes removed", path, cut)
            item = resume.last_item(path)
            if item is not None and isinstance(item.get("url"), str):
                self.recovered.append(item)

    def _journal(self, spider_name: str) -> Path | None:
        """The file listing the written articles, None when MongoDB holds them."""
        if self.incremental:
            return None if MongoConfig.from_settings(self.settings) else state_path(
                self.settings.get("NEWSCRAWLER_STATE_FILE"), spider_name)
        return None if MongoConfig.from_settings(self.settings) else self.jobdir / resume.JOURNAL

    def spider_opened(self, spider):
        self.profile = getattr(spider, "profile", None)
        config = MongoConfig.from_settings(self.settings)
        path = self._journal(spider.name)
        if path is None:
            if self.incremental or self.resumed:  # a new job has written nothing yet
                self._load_mongo(config)
            where = f"MongoDB {config.database}.{config.collection}"
        else:
            path = self.state_path = path
            self.links = read_state_links(path)
            self.known = set(self.links)
            path.parent.mkdir(parents=True, exist_ok=True)
            resume.repair_lines(path)
            self.state_file = open(path, "a", encoding="utf-8", buffering=1)
            for item in self.recovered:  # written by a killed run just before it died
                if item["url"] not in self.known:
                    self._remember(item)
            self.feeds = self.crawler.get_extension(GuardedFeedExporter)
            if self.feeds is not None:
                self.feeds.when_closed(self._feeds_closed)
            self.crawler.signals.connect(self.item_scraped, signals.item_scraped)
            where = f"{'state file' if self.incremental else 'JOBDIR list'} {path}"
        self.crawler.stats.set_value("newscrawler/incremental/known", len(self.known))
        if self.incremental:
            logger.info("incremental run: %d article URLs already stored (%s) will not be fetched",
                        len(self.known), where)
        elif self.known:
            logger.info("resumed job: %d article URLs already written (%s) will not be fetched", len(self.known), where)

    def _load_mongo(self, config) -> None:
        from pymongo.errors import PyMongoError

        store = MongoStore(config).open()
        try:
            self.links = store.known_links()
            self.known = set(self.links)
        except PyMongoError as exc:
            raise connect_error(config, exc) from None
        finally:
            store.close()

    def _remember(self, item) -> None:
        line = state_line(item)
        url, *links = line.rstrip("\n").split("\t")
        self.known.add(url)
        self.links.setdefault(url, links)
        self.state_file.write(line)

    def spider_closed(self, spider):
        if self.state_file is not None:
            self.state_file.close()
            self.state_file = None
        if self.jobdir is not None:
            resume.close_jobdir(self.jobdir)

    def item_scraped(self, item, response, spider):
        url = item.get("url")
        if not url or url in self.known or self.state_file is None:
            return
        feeds = self.feeds
        if feeds is not None and feeds.last_written is not item:  # not in the file: fetch it again next run
            return
        if feeds is None or feeds.per_item:  # the line is in the file already
            self._remember(item)
        else:
            self.known.add(url)  # a JSON array, XML, gzip...: only in the file once it is stored at the end
            self.pending.append(state_line(item))

    def _feeds_closed(self, ok: bool) -> None:
        if ok and self.pending:
            with open(self.state_path, "a", encoding="utf-8") as f:
                f.writelines(self.pending)
        self.pending = []

    def _skip(self, request: Request) -> str | None:
        """The canonical URL of a stored article `request` asks for (skip it), else None."""
        if self.profile is None or not self.known or not self.profile.is_article_url(request.url):
            return None
        try:
            url = canonical_url(request.url)
        except ValueError:
            return None
        if url in self.known:
            self.crawler.stats.inc_value("newscrawler/incremental/skipped")
            return url
        return None

    def _instead(self, request: Request, url: str):
        """Requests for the articles a skipped stored article links to (read also), going
        through stored ones to the first that is not stored; each stored article once a run."""
        todo = [url]
        while todo:
            here = todo.pop()
            if here in self.expanded:
                continue
            self.expanded.add(here)
            for link in self.links.get(here, ()):
                if link in self.known:
                    todo.append(link)
                elif self.profile.is_article_url(link):
                    self.crawler.stats.inc_value("newscrawler/incremental/links_followed")
                    yield request.replace(url=link)

    async def process_spider_output(self, response, result):
        async for r in result:
            if isinstance(r, Request):
                skipped = self._skip(r)
                if skipped is not None:
                    for instead in self._instead(r, skipped):
                        yield instead
                    continue
            elif self.known and is_item(r) and ItemAdapter(r).get("url") in self.known:
                self.crawler.stats.inc_value("newscrawler/incremental/already_written")
                continue
            yield r
