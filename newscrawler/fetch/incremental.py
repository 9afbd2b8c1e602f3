"""Incremental runs (NEWSCRAWLER_INCREMENTAL=True): skip article pages already stored.

A spider middleware drops requests for article URLs (the site profile's article rule) that a
previous run stored; listing pages (home, sections, pagination) are always fetched again, so
new articles are found. "Stored" means:

- in MongoDB (the `_id`s of the collection) when MONGO_URI is set;
- otherwise in a local state file (NEWSCRAWLER_STATE_FILE, `%(name)s` = spider name), one
  canonical URL a line, appended when an item has passed every pipeline (item_scraped) and
  is in the feed file: at once for a JSON lines file, once the file is stored for other
  formats, never when the feed could not be written (newscrawler.storage.feeds). A line is
  tab-separated: the URL, `published_at=`, `first_seen=`, `last_seen=`, `content_hash=`,
  `revision=` (STATE_FIELDS), then the read-also URLs; a later line of a URL (a revisit)
  replaces an earlier one; lines of older versions (URL and read-also URLs) are still read.

Revisits (incremental runs; newscrawler.fetch.revisits, NEWSCRAWLER_REVISIT): the stored
articles due are requested after the spider's start requests (`process_start`); a listing's
request for them is still skipped, their render request is not. Their item passes once: its
content hash (computed here as the pipelines will) equal to the stored one, it is dropped
here (not an item_dropped: nothing was lost) and the state records the fetch (MongoDB:
`last_seen`, at close); else it goes on with `revision` one more and is stored again.
Stats: newscrawler/revisit/requested, newscrawler/revisit/unchanged, newscrawler/revisit/changed.

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
import re
from datetime import datetime, timezone
from pathlib import Path

from itemadapter import ItemAdapter, is_item
from scrapy import Request, signals
from scrapy.exceptions import NotConfigured

from newscrawler.errors import ConfigError
from newscrawler.fetch import resume, revisits
from newscrawler.fetch.rendering import META_REASON
from newscrawler.fetch.revisits import Stored, iso
from newscrawler.storage.feeds import GuardedFeedExporter
from newscrawler.storage.mongo import MongoConfig, MongoStore, connect_error
from newscrawler.urls import canonical_url, same_site

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


STATE_FIELDS = ("published_at", "first_seen", "last_seen", "content_hash", "revision")
_FIELD = re.compile(r"(%s)=(.*)" % "|".join(STATE_FIELDS), re.S)


def parse_state_line(line: str) -> tuple[str | None, dict | None, list[str]]:
    """(URL, its fields or None for a line of an older version, its read-also URLs). A state
    line is the URL, then `name=value` fields (STATE_FIELDS), then the read-also URLs, all
    tab-separated; lines of older versions hold the URL and read-also URLs only."""
    fields, links, url = None, [], None
    for token in line.rstrip("\n").split("\t"):
        token = token.strip()
        if url is None:
            url = token or None
            if url is None:
                return None, None, []
            continue
        m = _FIELD.fullmatch(token)
        if m:
            fields = fields if fields is not None else {}
            fields[m.group(1)] = m.group(2)
        elif token:
            links.append(token)
    return url, fields, links


def read_state(path: Path) -> tuple[dict[str, list[str]], dict[str, dict]]:
    """Stored article URL -> its read-also URLs, and URL -> its fields (STATE_FIELDS) for the
    URLs whose lines have them. A later line of a URL (a revisit) replaces the earlier one; a
    line of an older version adds its read-also URLs."""
    links: dict[str, list[str]] = {}
    fields: dict[str, dict] = {}
    if not path.exists():
        return links, fields
    with open(path, encoding="utf-8") as f:
        for line in f:
            url, values, more = parse_state_line(line)
            if url is None:
                continue
            if values is None:
                links.setdefault(url, []).extend(more)
            else:
                links[url] = more
                fields[url] = {**fields.get(url, {}), **values}
    return links, fields


def read_state_links(path: Path) -> dict[str, list[str]]:
    """Stored article URL -> the read-also URLs it links to (see `read_state`)."""
    return read_state(path)[0]


def state_line(item, first_seen: str | None = None) -> str:
    """The state line of a written item: its URL, its fields (when the item is stamped: it has a
    `content_hash`; `first_seen`: when the article was first fetched, default this fetch) and
    its read-also URLs."""
    links = [link.get("url") for link in (item.get("read_also") or []) if isinstance(link, dict) and link.get("url")]
    fields = []
    if item.get("content_hash"):
        seen = item.get("crawled_at") or ""
        fields = [f"published_at={item.get('published_at') or ''}", f"first_seen={first_seen or seen}",
                  f"last_seen={seen}", f"content_hash={item['content_hash']}", f"revision={item.get('revision') or 1}"]
    return "\t".join(f.replace("\t", " ").replace("\n", " ") for f in [item["url"], *fields, *links]) + "\n"


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
        self.shared = None  # REDIS_URL without MongoDB: the state lines shared (newscrawler.distributed.state)
        self.feeds = None  # the feed exporter: which items reached the JSON lines file
        self.pending: list[str] = []  # stored, waiting for the feed file to be stored too
        self.profile = None
        self.recovered: list[dict] = []  # the last items of the feeds a killed run appended to
        # Revisits (newscrawler.fetch.revisits), on incremental runs only.
        self.schedule = revisits.schedule_from_settings(crawler.settings) if self.incremental else ()
        self.due: list[str] = []                   # to request after the spider's start requests
        self.revisiting: dict[str, Stored] = {}    # requested again, no item yet
        self.changed: dict[str, Stored] = {}       # their changed items, on their way to the feed
        self.touched: list[tuple[str, str, datetime]] = []  # unchanged, for MongoDB's last_seen
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
        fields: dict[str, dict] = {}
        if path is None:
            if self.incremental or self.resumed:  # a new job has written nothing yet
                fields = self._load_mongo(config)
            where = f"MongoDB {config.database}.{config.collection}"
        else:
            path = self.state_path = path
            self.links, fields = read_state(path)
            if self.incremental and self.settings.get("REDIS_URL"):  # workers sharing one crawl
                from newscrawler.distributed.state import SharedState  # noqa: PLC0415

                self.shared = SharedState.open(self.settings, spider.name)
                for line in self.shared.lines():  # what the other workers stored
                    url, values, more = parse_state_line(line)
                    if url is not None:
                        self.links[url] = more if values is not None or url not in self.links else self.links[url]
                        if values is not None:
                            fields[url] = {**fields.get(url, {}), **values}
            self.known = set(self.links)
            path.parent.mkdir(parents=True, exist_ok=True)
            resume.repair_lines(path)
            self.state_file = open(path, "a", encoding="utf-8", buffering=1)
            for item in self.recovered:  # written by a killed run just before it died
                stored = fields.get(item["url"])
                if item["url"] not in self.known:
                    self._remember(item)
                elif stored and item.get("content_hash") not in (None, stored.get("content_hash")):  # a revision
                    line = state_line(item, stored.get("first_seen"))
                    self._write_state(line)
                    fields[item["url"]] = parse_state_line(line)[1]
            self.feeds = self.crawler.get_extension(GuardedFeedExporter)
            if self.feeds is not None:
                self.feeds.when_closed(self._feeds_closed)
            where = f"{'state file' if self.incremental else 'JOBDIR list'} {path}"
        if path is not None or self.schedule:
            self.crawler.signals.connect(self.item_scraped, signals.item_scraped)
        self.crawler.stats.set_value("newscrawler/incremental/known", len(self.known))
        if self.schedule:
            self._plan_revisits(fields, getattr(spider, "host", None))
        if self.incremental:
            logger.info("incremental run: %d article URLs already stored (%s) will not be fetched%s",
                        len(self.known), where, f", but {len(self.due)} due for a revisit" if self.due else "")
        elif self.known:
            logger.info("resumed job: %d article URLs already written (%s) will not be fetched", len(self.known), where)

    def _plan_revisits(self, fields: dict[str, dict], host: str | None) -> None:
        """The stored articles (of the crawled host) due for a revisit (newscrawler.fetch.revisits)."""
        records = {url: Stored.of(**values) for url, values in fields.items()
                   if host is None or same_site(url, host)}
        self.due = revisits.due(records, self.schedule)
        self.revisiting = {url: records[url] for url in self.due}

    def _load_mongo(self, config) -> dict[str, dict]:
        from pymongo.errors import PyMongoError

        store = MongoStore(config).open()
        try:
            if self.schedule:
                self.links, fields = store.stored_articles()
            else:
                self.links, fields = store.known_links(), {}
            self.known = set(self.links)
            return fields
        except PyMongoError as exc:
            raise connect_error(config, exc) from None
        finally:
            store.close()

    def _remember(self, item) -> None:
        stored = self.changed.get(item["url"]) or self.revisiting.get(item["url"])
        self._write_state(state_line(item, iso(stored.first_seen) if stored is not None else None))

    def _write_state(self, line: str) -> None:
        url, _fields, links = parse_state_line(line)
        self.known.add(url)
        self.links[url] = links
        self.state_file.write(line)
        if self.shared is not None:
            self.shared.add(url, line)

    async def process_start(self, start):
        """The spider's start requests, then the stored articles due for a revisit."""
        async for request in start:
            yield request
        spider = self.crawler.spider
        due, self.due = self.due, []
        for url in due:
            self.crawler.stats.inc_value("newscrawler/revisit/requested")
            yield Request(url, callback=spider.parse, dont_filter=True,
                          meta={"newscrawler_kind": "article", revisits.META: True})

    def spider_closed(self, spider):
        if self.state_file is not None:
            self.state_file.close()
            self.state_file = None
        if self.touched:
            self._touch_mongo()
        if self.jobdir is not None:
            resume.close_jobdir(self.jobdir)

    def _touch_mongo(self) -> None:
        """MongoDB: the unchanged revisited articles were seen now (`last_seen`)."""
        config = MongoConfig.from_settings(self.settings)
        touched, self.touched = self.touched, []
        if config is None:
            return
        from pymongo.errors import PyMongoError

        store = MongoStore(config)
        try:
            store.open()
            store.touch(touched)
        except PyMongoError as exc:  # they are due again next run, that is all
            logger.warning("MongoDB: could not record the revisit of %d unchanged articles: %s", len(touched),
                           str(connect_error(config, exc)))
        finally:
            store.close()

    def item_scraped(self, item, response, spider):
        url = item.get("url")
        if not url:
            return
        revisit = url in self.changed
        if revisit:
            self.crawler.stats.inc_value("newscrawler/revisit/changed")
        if self.state_file is None or (url in self.known and not revisit):
            self.changed.pop(url, None)
            return
        feeds = self.feeds
        if feeds is not None and feeds.last_written is not item:  # not in the file: fetch it again next run
            self.changed.pop(url, None)
            return
        if feeds is None or feeds.per_item:  # the line is in the file already
            self._remember(item)
        else:
            self.known.add(url)  # a JSON array, XML, gzip...: only in the file once it is stored at the end
            stored = self.changed.get(url)
            self.pending.append(state_line(item, iso(stored.first_seen) if stored is not None else None))
        self.changed.pop(url, None)

    def _feeds_closed(self, ok: bool) -> None:
        if ok and self.pending:
            with open(self.state_path, "a", encoding="utf-8") as f:
                f.writelines(self.pending)
            for line in self.pending if self.shared is not None else ():
                self.shared.add(parse_state_line(line)[0], line)
        self.pending = []

    def _skip(self, request: Request) -> str | None:
        """The canonical URL of a stored article `request` asks for (skip it), else None. The
        render request of a page being revisited goes on."""
        if self.profile is None or not self.known:
            return None
        if request.meta.get("newscrawler_kind") != "article" and not self.profile.is_article_url(request.url):
            return None  # (an article request: a feed's or news sitemap's link, whatever its shape)
        try:
            url = canonical_url(request.url)
        except ValueError:
            return None
        if url in self.known:
            if url in self.revisiting and request.meta.get(META_REASON):
                return None
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

    def _revisited(self, item, url: str):
        """The item of a revisited article: None when its content is the stored one (counted,
        and the article recorded as fetched now), else the item, its `revision` one more."""
        stored = self.revisiting.pop(url)
        site = getattr(item, "_site", None) or self.profile
        if revisits.fresh_hash(item, getattr(site, "source_line", None)) != stored.content_hash:
            item["revision"] = stored.revision + 1
            self.changed[url] = stored
            return item
        self.crawler.stats.inc_value("newscrawler/revisit/unchanged")
        self._fetched(url, stored, item.get("read_also"))
        return None

    def _fetched(self, url: str, stored: Stored, read_also=None) -> None:
        """Record a revisit that stored nothing new as a fetch now (the state file's line, or
        MongoDB's `last_seen` at close), so the article is due again only at its next point."""
        now = datetime.now(timezone.utc).replace(microsecond=0)
        if self.state_file is not None:
            if read_also is None:
                read_also = [{"url": link} for link in self.links.get(url, ())]
            self._write_state(state_line({"url": url, "published_at": iso(stored.published_at) or None,
                                          "crawled_at": iso(now), "content_hash": stored.content_hash,
                                          "revision": stored.revision, "read_also": read_also},
                                         iso(stored.first_seen)))
        else:
            self.touched.append((url, stored.content_hash, now))

    def _revisit_failed(self, response) -> None:
        """A revisit answered with an HTTP error (an article removed: 404, 410): recorded as a
        fetch, else it would be due again on every run (newscrawler/revisit/failed). (A page
        that is no longer an article is fetched again at each run: its item may yet come, held
        for the host's chrome model.)"""
        if not response.meta.get(revisits.META):
            return
        try:
            url = canonical_url(response.url)
        except ValueError:
            return
        stored = self.revisiting.pop(url, None)
        if stored is not None:
            self.crawler.stats.inc_value("newscrawler/revisit/failed")
            self._fetched(url, stored)

    def process_spider_exception(self, response, exception):
        self._revisit_failed(response)  # an HTTP error (HttpErrorMiddleware's, handled further on)
        return None

    async def process_spider_output(self, response, result):
        async for r in result:
            if isinstance(r, Request):
                skipped = self._skip(r)
                if skipped is not None:
                    for instead in self._instead(r, skipped):
                        yield instead
                    continue
            elif is_item(r) and (self.known or self.revisiting):
                url = ItemAdapter(r).get("url")
                if url in self.revisiting:
                    r = self._revisited(r, url)
                    if r is None:
                        continue
                elif url in self.known:
                    self.crawler.stats.inc_value("newscrawler/incremental/already_written")
                    continue
            yield r
