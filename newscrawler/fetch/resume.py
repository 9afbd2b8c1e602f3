"""Resuming after any stop, `kill -9` included: what the stored-articles filter
(newscrawler.fetch.incremental) needs beyond its list of written articles.

The design: the crawl's *frontier* is never stored; it is found again. A resumed run starts
from the start page as a new one does, fetches the listing pages again (few, and they change
anyway), and skips every article the earlier runs wrote, following the read-also links those
articles had (kept with them) to the ones not written yet. So the only state a resume needs is
the list of written articles with their links, and that is appended line by line as items are
written, after the item is in the feed: a kill at any moment leaves it true, except for the one
item written last, which the feed's own last line recovers.

- JOBDIR: Scrapy keeps its request queue there (pickled request by request as the crawl goes,
  its index written only when the spider closes) and its seen set (in 8 kB blocks). After a
  kill both were incomplete and a resumed run fetched nothing (the start page was "seen");
  after a clean stop they were right but cost every request a pickling and a disk round trip.
  Neither is needed here, so neither is used: `MemoryScheduler` keeps the queue in memory and
  `RunDupeFilter` the seen set, with JOBDIR or without. JOBDIR holds the job's list of written
  articles (`newscrawler-written.txt`), its chrome model and Scrapy's spider state. A mark
  (`newscrawler.running`) is there while a run uses the folder: one left behind means the last
  run was killed, which is logged, and a queue or seen set an older version or another
  scheduler left is removed (`open_jobdir`).
- Feeds: a JSON lines file a killed run was appending to may end in a cut line; it is cut
  back to its last whole line (`repair_lines`) before the run appends to it, and that last
  whole item (written just before the kill, maybe not yet in the list) is added to the list
  (`last_item`).
"""

from __future__ import annotations

import glob
import json
import logging
import os
import shutil
from datetime import datetime, timezone
from pathlib import Path

from scrapy.core.scheduler import Scheduler
from scrapy.dupefilters import RFPDupeFilter

from newscrawler.storage.feeds import WHOLE_LINE_FORMATS, local_feed_path
from newscrawler.urls import canonical_url

logger = logging.getLogger(__name__)

MARK = "newscrawler.running"       # in JOBDIR while a run uses it
JOB = "newscrawler-job.json"       # in JOBDIR once a run has used it
JOURNAL = "newscrawler-written.txt"  # in JOBDIR: the articles this job wrote (without MongoDB)
SCRAPY_FRONTIER = ("requests.queue", "requests.seen")
TAIL_BYTES = 4 * 1024 * 1024       # a feed's last line is looked for in this many bytes


class MemoryScheduler(Scheduler):
    """Scrapy's scheduler with its queue in memory, JOBDIR or not (see the module doc)."""

    def __init__(self, dupefilter, jobdir=None, **kwargs):
        super().__init__(dupefilter, jobdir=None, **kwargs)


class CanonicalFingerprinter:
    """The crawl's request fingerprinter over the canonical URL (newscrawler.urls.canonical_url):
    a page requested as the site writes it (`/a/`, `www.`) and in its canonical form (`/a`: a
    stored article's read-also link, a revisit) is one page to the duplicate filter."""

    def __init__(self, fingerprinter):
        self.fingerprinter = fingerprinter

    def fingerprint(self, request) -> bytes:
        try:
            url = canonical_url(request.url)
        except ValueError:  # data: and other non-http URLs
            url = request.url
        return self.fingerprinter.fingerprint(request if url == request.url else request.replace(url=url))


class RunDupeFilter(RFPDupeFilter):
    """Scrapy's duplicate filter with its seen set in memory, JOBDIR or not (see the module
    doc), keyed by canonical URLs (CanonicalFingerprinter)."""

    @classmethod
    def from_crawler(cls, crawler):
        return cls(None, crawler.settings.getbool("DUPEFILTER_DEBUG"),
                   fingerprinter=CanonicalFingerprinter(crawler.request_fingerprinter))


def jobdir(settings) -> Path | None:
    value = (settings.get("JOBDIR") or "").strip()
    return Path(value) if value else None


def open_jobdir(path: Path) -> tuple[bool, bool]:
    """Mark JOBDIR as in use: (resumed, killed), whether an earlier run used the folder, and
    whether its mark was still there (it was killed). A request queue or seen set of Scrapy's
    found there (left by another scheduler) is removed: the run finds its frontier again."""
    path.mkdir(parents=True, exist_ok=True)
    mark, job = path / MARK, path / JOB
    killed, resumed = mark.exists(), job.exists() or mark.exists()
    removed = []
    for name in SCRAPY_FRONTIER:
        target = path / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
        else:
            continue
        removed.append(name)
    if killed:
        logger.warning("JOBDIR %s: the last run did not close (killed?); this run starts again from the start page, "
                       "skipping the articles already written", path)
    elif resumed:
        logger.info("JOBDIR %s: resuming the job from the start page, skipping the articles already written", path)
    if removed:
        logger.info("JOBDIR %s: Scrapy's request queue and seen set are not used (the frontier is found again): "
                    "removed %s", path, ", ".join(removed))
    if not job.exists():
        job.write_text(json.dumps({"started": datetime.now(timezone.utc).isoformat(timespec="seconds")}) + "\n",
                       encoding="utf-8")
    mark.write_text(f"{os.getpid()}\n", encoding="utf-8")
    return resumed, killed


def close_jobdir(path: Path) -> None:
    """The run closed (Scrapy has written its queue): remove the mark."""
    try:
        (path / MARK).unlink()
    except FileNotFoundError:
        pass


def repair_lines(path: Path) -> int:
    """Cut a file of lines back to its last whole line (a write cut by a kill); the bytes cut."""
    try:
        with open(path, "rb+") as f:
            size = f.seek(0, os.SEEK_END)
            if size == 0:
                return 0
            f.seek(size - 1)
            if f.read(1) == b"\n":
                return 0
            start = max(0, size - TAIL_BYTES)
            f.seek(start)
            tail = f.read()
            cut = tail.rfind(b"\n")
            keep = start + cut + 1 if cut >= 0 else (0 if start == 0 else size)
            if keep == size:  # a line longer than the tail: left alone
                return 0
            f.truncate(keep)
            return size - keep
    except FileNotFoundError:
        return 0


def last_item(path: Path) -> dict | None:
    """The last whole JSON line of a file, parsed (None: none, or not JSON)."""
    try:
        with open(path, "rb") as f:
            size = f.seek(0, os.SEEK_END)
            f.seek(max(0, size - TAIL_BYTES))
            tail = f.read()
    except FileNotFoundError:
        return None
    lines = tail.rstrip(b"\n").rsplit(b"\n", 1)
    if size > TAIL_BYTES and len(lines) < 2:
        return None  # the line does not fit the tail
    try:
        item = json.loads(lines[-1])
    except ValueError:
        return None
    return item if isinstance(item, dict) else None


def appended_feeds(settings, spider_name: str) -> list[Path]:
    """The local JSON lines feed files the run appends to: each `-o` file, and for a file a run
    (`%(time)s` in the name) the newest one there is."""
    paths = []
    for uri, options in settings.getdict("FEEDS").items():
        options = options or {}
        if options.get("format") not in WHOLE_LINE_FORMATS or options.get("postprocessing") or options.get("overwrite"):
            continue
        path = local_feed_path(uri, spider_name, pattern=True)
        if path is None:
            continue
        found = [Path(p) for p in glob.glob(str(path))] if glob.has_magic(str(path)) else [path]
        found = [p for p in found if p.is_file()]
        if found:
            paths.append(max(found, key=lambda p: p.stat().st_mtime))
    return paths
