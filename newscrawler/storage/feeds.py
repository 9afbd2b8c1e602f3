"""JSON lines files that lose nothing silently.

Scrapy's own feed export, when a file cannot be written, logs an error for every item, goes on
crawling, leaves a half-written last line and exits with status 0. Here instead:

- before the crawl, every local feed file (plain paths and `file://` URIs) must be writable:
  else one `error:` line and exit status 2 (`check_feed_targets`, called by `scrapy crawl`);
- a local JSON lines feed (no post-processing) is written item by item, each item whole or
  not at all (`WholeLinesFeedStorage`: one unbuffered write per item, cut back on failure), so
  the file never holds a broken line and each line is handed to the OS before the next item
  (it survives a killed crawl; not a power cut, there is no fsync);
- when a write fails (disk full, file size limit, the mount gone), the crawl stops at once
  and the items not written are counted (`newscrawler/feed/unsaved`); a feed that fails when
  it is stored (other formats, gzip post-processing, each batch of a batched feed) counts as
  failed too. Either way `scrapy crawl` ends with one `error:` line and exit status 1, and an
  incremental run remembers only the items that reached the file (`GuardedFeedExporter`, read
  by newscrawler.fetch.incremental), so the next run fetches the rest;
- an item the format cannot encode is skipped and counted, and the run exits 1 too.

Other schemes (s3://, ftp://, stdout:) keep Scrapy's storages, which report their own errors.
"""

from __future__ import annotations

import io
import logging
import os
import stat
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import unquote, urlsplit

from itemadapter import ItemAdapter
from scrapy.extensions.feedexport import FeedExporter, FileFeedStorage
from scrapy.utils.defer import deferred_from_coro

from newscrawler.errors import ConfigError

logger = logging.getLogger(__name__)

FEED_FAILED = "feed_failed"  # the close reason of a crawl whose feed could not be written
WHOLE_LINE_FORMATS = {"jsonlines", "jsonl", "jl"}


def uri_time(when: datetime | None = None) -> str:
    """The `%(time)s` of a feed URI, as Scrapy fills it in (UTC, `:` replaced by `-`)."""
    when = when or datetime.now(timezone.utc)
    return when.replace(microsecond=0).isoformat().replace(":", "-")


class _Params(dict):
    """URI parameters as Scrapy fills them (%(name)s, %(time)s, ...); any other is a stand-in."""

    missing = "x"

    def __missing__(self, key):
        return self.missing


def local_feed_path(uri: str, spider_name: str, pattern: bool = False) -> Path | None:
    """The file a local feed URI writes to, or None for a remote one. `pattern`: the glob
    pattern of the files of every run (`*` for %(time)s and any other parameter but the name)."""
    uri = str(uri)
    scheme = urlsplit(uri).scheme.lower()
    if scheme == "file":
        uri = unquote(urlsplit(uri).path)
    elif len(scheme) > 1:  # a one-letter scheme is a Windows drive
        return None
    params = _Params(name=spider_name, time=uri_time(), batch_time="x", batch_id=1)
    if pattern:
        params = _Params(name=spider_name)
        params.missing = "*"
    try:
        uri = uri % params
    except (TypeError, ValueError, KeyError):
        pass  # a literal % in the name: Scrapy keeps it as is too
    return Path(uri).expanduser()


def _nearest_existing(path: Path) -> Path:
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def check_feed_targets(feeds: dict, spider_name: str) -> None:
    """Raise ConfigError unless every local feed file can be written. Nothing is created: an
    existing file is opened for appending, else a temporary file is made and removed in the
    nearest folder that exists (Scrapy creates the missing ones when the feed opens)."""
    for uri in feeds:
        path = local_feed_path(uri, spider_name)
        if path is None:
            continue
        try:
            if path.exists():
                mode = path.stat().st_mode
                if stat.S_ISDIR(mode):
                    raise ConfigError(f"feed {uri}: {path} is a folder, not a file")
                if stat.S_ISREG(mode):  # pipes and devices (/dev/stdout) are left alone
                    with open(path, "ab"):
                        pass
                continue
            folder = _nearest_existing(path.parent)
            if not folder.is_dir():
                raise NotADirectoryError(20, "Not a directory", str(folder))
            with tempfile.TemporaryFile(dir=folder):  # root passes os.access; a real write does not lie
                pass
        except OSError as exc:
            raise ConfigError(f"feed {uri}: cannot write {path} ({exc.strerror or exc})") from None


class WholeLinesFile(io.FileIO):
    """A feed file without a buffer, whose every write lands whole or not at all."""

    def __init__(self, path: str, mode: str):
        super().__init__(path, mode)
        self._regular = stat.S_ISREG(os.fstat(self.fileno()).st_mode)  # pipes cannot seek

    def write(self, data) -> int:
        view = memoryview(data).cast("B")
        size = len(view)
        start = os.lseek(self.fileno(), 0, os.SEEK_END) if self._regular else None
        try:
            while view:
                view = view[super().write(view):]
        except OSError as exc:
            if start is not None:
                try:
                    os.ftruncate(self.fileno(), start)  # no half line left behind
                except OSError:
                    pass
            raise OSError(exc.errno, exc.strerror, self.name) from None
        return size


class WholeLinesFeedStorage(FileFeedStorage):
    """Scrapy's local file storage; JSON lines without post-processing go through WholeLinesFile."""

    def __init__(self, uri: str, *, feed_options: dict | None = None):
        super().__init__(uri, feed_options=feed_options)
        options = feed_options or {}
        self.whole_lines = options.get("format") in WHOLE_LINE_FORMATS and not options.get("postprocessing")

    def open(self, spider):
        if not self.whole_lines:
            return super().open(spider)
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        return WholeLinesFile(str(self.path), self.write_mode)


class GuardedFeedExporter(FeedExporter):
    """Scrapy's FeedExporter, stopping the crawl at the first item it cannot write and telling
    the rest of the crawl which items reached the files (see module doc)."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.failure: str | None = None    # why the feed could not be written
        self.last_written = None           # the last item every feed took without an error
        self._on_closed = []               # callables(ok: bool), once the files are stored
        self._closing = False
        self.item_error: str | None = None  # the first item that could not be exported, and why
        self.unexported = 0

    @property
    def per_item(self) -> bool:
        """Every feed holds an item as soon as it is exported (whole JSON lines files)."""
        return all(getattr(slot.storage, "whole_lines", False) for slot in self.slots)

    def when_closed(self, callback) -> None:
        self._on_closed.append(callback)

    def item_scraped(self, item, spider):
        stats = self.crawler.stats
        if self.failure is not None:
            stats.inc_value("newscrawler/feed/unsaved")
            return
        try:
            super().item_scraped(item, spider)
        except OSError as exc:  # the file is unusable: stop
            where = exc.filename or ", ".join(str(slot.uri) for slot in self.slots)
            self._fail(f"cannot write {where} ({exc.strerror or exc})")
            stats.inc_value("newscrawler/feed/unsaved")
            return
        except Exception as exc:  # noqa: BLE001 - this item only (a value the format cannot encode): go on
            stats.inc_value("newscrawler/feed/unsaved")
            self.unexported += 1
            if self.item_error is None:
                self.item_error = f"{type(exc).__name__}: {exc}"
                logger.error("feed: an item could not be exported (%s): %s; it is skipped, and the run will "
                             "exit with status 1", self.item_error, ItemAdapter(item).get("url"))
            return
        self.last_written = item

    def _fail(self, reason: str) -> None:
        self.failure = reason
        if self._closing:  # the crawl is over: nothing left to stop
            logger.error("feed: %s", reason)
            return
        logger.error("feed: %s; stopping the crawl (items not written are not remembered by incremental "
                     "runs, so the next run fetches them again)", reason)
        d = deferred_from_coro(self.crawler.engine.close_spider_async(reason=FEED_FAILED))
        d.addErrback(lambda f: logger.error("could not stop the crawl: %s", f.getErrorMessage()))

    def _failed_stores(self) -> int:
        stats = self.crawler.stats.get_stats()
        return sum(v for k, v in stats.items() if k.startswith("feedexport/failed_count/"))

    async def _close_slot(self, slot, spider):
        # Called for each full batch during the crawl and for every file at its end. Scrapy
        # logs a failed store and counts it; an error while finishing a file (a JSON array's
        # "]") it lets escape unlogged.
        failed = self._failed_stores()
        try:
            await super()._close_slot(slot, spider)
        except OSError as exc:
            logger.error("Error finishing %s feed in %s: %s", slot.format, slot.uri, exc)
            self.crawler.stats.inc_value(f"feedexport/failed_count/{type(slot.storage).__name__}")
        if self.failure is None and self._failed_stores() > failed:
            self._fail(f"cannot store {slot.uri} (see the log)")

    async def close_spider(self, spider):
        self._closing = True
        try:
            await super().close_spider(spider)
        finally:
            for callback in self._on_closed:
                callback(self.failure is None)
