"""JSON lines files that lose nothing silently.

Scrapy's own feed export, when a file cannot be written, logs an error for every item, goes on
crawling, leaves a half-written last line and exits with status 0. Here instead:

- before the crawl, every local feed file (plain paths and `file://` URIs) must be writable:
  else one `error:` line and exit status 2 (`check_feed_targets`, called by `scrapy crawl`);
- during the crawl, each item is written whole or not at all (`WholeLinesFeedStorage`: one
  unbuffered write per item, cut back on failure), so the file never holds a broken line and
  what is in it is on disk before the next item, even if the process is killed;
- when a write fails (disk full, file size limit, the mount gone), the crawl stops at once,
  the items that could not be written are counted (`newscrawler/feed/unsaved`), incremental
  runs do not remember them (the next run fetches them again), and `scrapy crawl` ends with one
  `error:` line and exit status 1 (`GuardedFeedExporter`).

Other schemes (s3://, ftp://, ...) keep Scrapy's storages, which report their own errors.
"""

from __future__ import annotations

import io
import logging
import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import unquote, urlsplit

from scrapy.extensions.feedexport import FeedExporter, FileFeedStorage
from scrapy.utils.defer import deferred_from_coro

from newscrawler.errors import ConfigError

logger = logging.getLogger(__name__)

FEED_FAILED = "feed_failed"  # the close reason of a crawl whose feed could not be written


class _Params(dict):
    """URI parameters as Scrapy fills them (%(name)s, %(time)s, ...); any other is a stand-in."""

    def __missing__(self, key):
        return "x"


def local_feed_path(uri: str, spider_name: str) -> Path | None:
    """The file a local feed URI writes to, or None for a remote one."""
    uri = str(uri)
    scheme = urlsplit(uri).scheme.lower()
    if scheme == "file":
        uri = unquote(urlsplit(uri).path)
    elif len(scheme) > 1:  # a one-letter scheme is a Windows drive
        return None
    params = _Params(name=spider_name, time=datetime.now(timezone.utc).strftime("%Y-%m-%dT%H-%M-%S"),
                     batch_time="x", batch_id=1)
    try:
        uri = uri % params
    except (TypeError, ValueError, KeyError):
        pass  # a literal % in the name: Scrapy keeps it as is too
    return Path(uri).expanduser()


def check_feed_targets(feeds: dict, spider_name: str) -> None:
    """Raise ConfigError unless every local feed file can be created and written."""
    for uri in feeds:
        path = local_feed_path(uri, spider_name)
        if path is None:
            continue
        if path.is_dir():
            raise ConfigError(f"feed {uri}: {path} is a folder, not a file")
        folder = path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=folder):  # root passes os.access; a real write does not lie
                pass
            if path.exists():
                with open(path, "ab"):
                    pass
        except OSError as exc:
            raise ConfigError(f"feed {uri}: cannot write {path} ({exc.strerror or exc})") from None


class WholeLinesFile(io.RawIOBase):
    """A feed file opened without a buffer, whose every write lands whole or not at all."""

    def __init__(self, path: str, mode: str):
        super().__init__()
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in mode else os.O_TRUNC)
        self._fd = os.open(path, flags, 0o666)
        self.name = path

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def write(self, data) -> int:
        view = memoryview(data).cast("B")
        size = len(view)
        start = os.lseek(self._fd, 0, os.SEEK_END)
        try:
            while view:
                view = view[os.write(self._fd, view):]
        except OSError as exc:
            try:
                os.ftruncate(self._fd, start)  # no half line left behind
            except OSError:
                pass
            raise OSError(exc.errno, exc.strerror, self.name) from None
        return size

    def close(self) -> None:
        if not self.closed:
            os.close(self._fd)
        super().close()


class WholeLinesFeedStorage(FileFeedStorage):
    """Scrapy's local file storage, writing through WholeLinesFile."""

    def open(self, spider):
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        return WholeLinesFile(str(self.path), self.write_mode)


def feed_failure(stats) -> str | None:
    """Why this crawl's feed could not be written, or None."""
    return stats.get_value("newscrawler/feed/failed")


class GuardedFeedExporter(FeedExporter):
    """Scrapy's FeedExporter, stopping the crawl at the first item it cannot write."""

    def item_scraped(self, item, spider):
        stats = self.crawler.stats
        if feed_failure(stats):
            stats.inc_value("newscrawler/feed/unsaved")
            return
        try:
            super().item_scraped(item, spider)
        except Exception as exc:  # noqa: BLE001 - any failure: stop, keep count, tell the user
            where = getattr(exc, "filename", None) or ", ".join(str(slot.uri) for slot in self.slots)
            reason = f"cannot write {where} ({getattr(exc, 'strerror', None) or exc})"
            stats.set_value("newscrawler/feed/failed", reason)
            stats.inc_value("newscrawler/feed/unsaved")
            logger.error("feed: %s; stopping the crawl (items not written are not remembered by incremental "
                         "runs, so the next run fetches them again)", reason)
            deferred_from_coro(self.crawler.engine.close_spider_async(reason=FEED_FAILED))
