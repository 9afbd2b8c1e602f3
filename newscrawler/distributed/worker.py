"""One worker of a crawl shared through Redis (newscrawler.distributed): its seeding, leases,
heartbeat, shared politeness, and its part of the crawl's summary.

- Seeding (`SeedOnce`): the spider's start requests (the start page, robots.txt and with it the
  sitemaps and feeds, the revisits of an incremental run) are made by the first worker only: it
  claims `:seed` (SET NX) and marks `:seeded` once they are in the frontier. Later workers
  skip them and take requests from the shared frontier.
- Leases (`Worker`): a request's lease (newscrawler.distributed.frontier) is released once the
  engine is done with it (its callback's requests are in the frontier, its items through the
  pipelines). A page whose item is still on its way to storage (held back for its host's
  chrome model, or in MongoDB's write buffer) is moved to `:held` instead, released once the
  item is stored. Every NEWSCRAWLER_REDIS_LEASE/3 seconds the worker renews its heartbeat and
  its leases and puts back the expired leases of any worker (one that was killed).
- Politeness (`SharedPoliteness`): one DOWNLOAD_DELAY and one CONCURRENT_REQUESTS_PER_DOMAIN per
  site for the whole crawl: a request waits for the site's next free time (a key per host,
  moved on by DOWNLOAD_DELAY by each request, atomically) and for one of the site's
  CONCURRENT_REQUESTS_PER_DOMAIN slots (a sorted set of slots that expire after
  DOWNLOAD_TIMEOUT, so a killed worker's slots come back).
- The end (`finish`, from `scrapy crawl`): the worker adds its counters to `:stats` and leaves
  `:workers`; the last one to leave (dead workers' heartbeats having expired) writes the crawl's
  summary and clears the crawl's keys.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
from datetime import datetime, timezone

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from newscrawler.distributed import SETTING, enabled, lease_seconds, masked
from newscrawler.distributed.frontier import LEASE, RedisScheduler, _Stopped

logger = logging.getLogger(__name__)


class Worker:
    def __init__(self, crawler):
        self.crawler = crawler
        self.settings = crawler.settings
        self.lease = lease_seconds(crawler.settings)
        self.error: str | None = None
        self.seeder = False
        self.held_pages: dict[str, str] = {}     # page URL -> lease, its item held by the chrome learner
        self.awaiting_store: dict[str, str] = {}  # item URL -> lease, in MongoDB's buffer
        self.heartbeat = None
        self.scheduler: RedisScheduler | None = None
        crawler._newscrawler_worker = self
        crawler.signals.connect(self.engine_started, signals.engine_started)
        crawler.signals.connect(self.spider_closed, signals.spider_closed)
        crawler.signals.connect(self.item_scraped, signals.item_scraped)
        crawler.signals.connect(self.item_dropped, signals.item_dropped)
        crawler.signals.connect(self.item_error, signals.item_error)
        self.mongo = None

    @classmethod
    def from_crawler(cls, crawler):
        if not enabled(crawler.settings):
            raise NotConfigured
        return cls(crawler)

    @property
    def worker_id(self) -> str:
        return self.scheduler.worker_id if self.scheduler is not None else "?"

    def engine_started(self):
        engine = self.crawler.engine
        scheduler = engine._slot.scheduler if engine._slot is not None else None
        if not isinstance(scheduler, RedisScheduler):
            return
        self.scheduler = scheduler
        self.keys = scheduler.keys
        if scheduler.failed is not None:  # Redis went away while the spider opened
            self._stop()
            return
        if self.crawler.spider is not None and hasattr(self.crawler.spider, "hold_entries"):
            self.crawler.spider.hold_entries = False  # a worker that dies must not take them with it
        server = scheduler.server
        try:
            pipe = server.pipeline(transaction=False)
            pipe.sadd(self.keys.workers, self.worker_id)
            pipe.set(self.keys.worker(self.worker_id), f"{socket.gethostname()}:{os.getpid()}",
                     px=int(self.lease * 1000))
            pipe.set(self.keys.started, datetime.now(timezone.utc).isoformat(timespec="seconds"), nx=True)
            scheduler._call(pipe.execute)
        except _Stopped:
            return
        logger.info("Redis worker %s on %s (frontier %s, lease %.0f s)", self.worker_id,
                    masked(self.settings.get(SETTING)), self.keys.prefix, self.lease)
        # The engine says the request is done here: its callback's requests are in the frontier,
        # its items through the pipelines.
        original = engine._remove_request

        def remove_request(result, request):
            try:
                self.request_done(request)
            finally:
                return original(result, request)
        engine._remove_request = remove_request
        self._hook_mongo()
        self.heartbeat = task.LoopingCall(self.beat)
        self.heartbeat.start(max(0.2, self.lease / 3), now=False)

    # --- leases --------------------------------------------------------------------------------

    def request_done(self, request) -> None:
        lease = request.meta.get(LEASE)
        if lease is None or self.scheduler is None or lease not in self.scheduler.leases:
            return
        if self._holds_item_of(request.url) or lease in self.awaiting_store.values():
            self.held_pages.setdefault(request.url, lease)
            self.scheduler.hold(lease)
            return
        self.scheduler.release(lease)

    def _holds_item_of(self, url: str) -> bool:
        chrome = getattr(self.crawler.spider, "chrome", None)
        held = getattr(chrome, "held", None) or {}
        return any(getattr(entry[0], "_page_url", None) == url for items in held.values() for entry in items)

    def item_scraped(self, item, response=None, spider=None):
        self._item_done(item, response, stored=True)

    def item_dropped(self, item, response=None, exception=None, spider=None):
        self._item_done(item, response, stored=False)

    def item_error(self, item, response=None, spider=None, failure=None):
        self._item_done(item, response, stored=False)

    def _item_done(self, item, response, stored: bool) -> None:
        """An item passed the pipelines (or was dropped): the lease of its page may go, or wait
        for MongoDB's write of it."""
        if self.scheduler is None:
            return
        page = getattr(item, "_page_url", None)
        lease = self.held_pages.pop(page, None) if page else None
        if lease is None and response is not None:
            lease = response.meta.get(LEASE)
        if lease is None:
            return
        url = item.get("url") if hasattr(item, "get") else None
        if stored and self.mongo is not None and url:
            self.awaiting_store[url] = lease
            if page:
                self.scheduler.hold(lease)
            return
        if page:  # a held item, released by another page: its own page is done now, once every
            # item_scraped handler (its feed line, the incremental state shared in Redis) has run;
            # a worker killed before that leaves the lease to be put back, never a line unshared
            from twisted.internet import reactor  # the running one (imported late: never installs one)

            reactor.callLater(0, self.scheduler.release, lease)

    def _hook_mongo(self) -> None:
        """With MongoDB, the lease of a page goes when its item is written (or spilled to the
        dead-letter file): the pipeline's batches are watched."""
        self.mongo = None
        try:
            from newscrawler.storage.mongo_pipeline import MongoPipeline
        except ImportError:
            return
        scraper = self.crawler.engine.scraper
        for pipe in getattr(getattr(scraper, "itemproc", None), "middlewares", ()):
            if isinstance(pipe, MongoPipeline) and hasattr(pipe, "_record"):
                self.mongo = pipe
                original = pipe._record

                def record(outcome, batch, _original=original):
                    try:
                        return _original(outcome, batch)
                    finally:
                        for doc in batch:
                            lease = self.awaiting_store.pop(doc.get("url") or doc.get("_id"), None)
                            if lease is not None and lease not in self.awaiting_store.values():
                                self.held_pages = {k: v for k, v in self.held_pages.items() if v != lease}
                                self.scheduler.release(lease)
                pipe._record = record

    def beat(self):
        scheduler = self.scheduler
        if scheduler is None or scheduler.failed is not None:
            return
        try:
            scheduler._call(scheduler.server.set, self.keys.worker(self.worker_id), "1",
                            px=int(self.lease * 1000), xx=False)
            scheduler.renew()
            scheduler.reclaim()
        except _Stopped:
            pass

    # --- Redis failing -------------------------------------------------------------------------

    def redis_failed(self, exc: Exception) -> None:
        url = self.settings.get(SETTING)
        reason = str(exc).replace(url, masked(url)).splitlines()[0] if str(exc) else type(exc).__name__
        self.error = f"redis: lost Redis at {masked(url)} ({reason}); the crawl was stopped, its frontier is " \
                     "still in Redis: start the workers again once it is back"
        logger.error(self.error)
        self._stop()

    def _stop(self) -> None:
        """Close the spider (once the engine runs: engine_started does it otherwise)."""
        engine = self.crawler.engine
        if engine is not None and engine.spider is not None and getattr(engine, "_slot", None) is not None \
                and engine._slot.closing is None and not getattr(self, "_stopping", False):
            from scrapy.utils.defer import _schedule_coro  # noqa: PLC0415

            self._stopping = True
            _schedule_coro(engine.close_spider_async(reason="redis_lost"))

    def spider_closed(self, spider, reason):
        if self.heartbeat is not None and self.heartbeat.running:
            self.heartbeat.stop()
        if self.scheduler is not None:  # (bench/bench_redis.py: round trips per page)
            self.crawler.stats.set_value("newscrawler/redis/round_trips", self.scheduler.round_trips)


class SeedOnce:
    """The spider's start requests, from the first worker only (see the module doc)."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        if not enabled(crawler.settings):
            raise NotConfigured
        return cls(crawler)

    async def process_start(self, start):
        worker = getattr(self.crawler, "_newscrawler_worker", None)
        scheduler = worker.scheduler if worker is not None else None
        if scheduler is None:
            async for request in start:
                yield request
            return
        keys = scheduler.keys
        try:
            claimed = scheduler._call(scheduler.server.set, keys.seed, scheduler.worker_id, nx=True)
        except _Stopped:
            return
        if not claimed:
            logger.info("Redis: joining the crawl %s (seeded by another worker)", keys.prefix)
            return
        worker.seeder = True
        logger.info("Redis: seeding the crawl %s", keys.prefix)
        async for request in start:
            yield request
        try:
            scheduler._call(scheduler.server.set, keys.seeded, "1")
        except _Stopped:
            pass


class SharedPoliteness:
    """One per-site delay and concurrency for all the workers (see the module doc)."""

    NEXT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local nxt = tonumber(redis.call('GET', KEYS[1]) or '0')
local at = math.max(now, nxt)
redis.call('SET', KEYS[1], at + tonumber(ARGV[1]), 'PX', tonumber(ARGV[1]) + 60000)
return at - now
"""
    SLOT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[3])
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]))
  return 1
end
return 0
"""
    SLOT_KEY = "newscrawler_slot"

    def __init__(self, crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.delay_ms = int(settings.getfloat("DOWNLOAD_DELAY") * 1000)
        self.per_site = settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")
        self.slot_ms = int((settings.getfloat("DOWNLOAD_TIMEOUT") + 30) * 1000)
        self.on = settings.getbool("NEWSCRAWLER_REDIS_POLITENESS", True)
        self.seq = 0
        crawler.signals.connect(self.request_left, signals.request_left_downloader)

    @classmethod
    def from_crawler(cls, crawler):
        if not enabled(crawler.settings):
            raise NotConfigured
        return cls(crawler)

    def _scheduler(self):
        worker = getattr(self.crawler, "_newscrawler_worker", None)
        return worker.scheduler if worker is not None else None

    async def process_request(self, request, spider=None):
        scheduler = self._scheduler()
        request.meta.pop(self.SLOT_KEY, None)  # a retry's or redirect's copy of its request's meta
        if not self.on or scheduler is None or request.url.startswith("data:"):
            return None
        from urllib.parse import urlsplit

        host = urlsplit(request.url).hostname or ""
        prefix = scheduler.keys.prefix
        if not hasattr(self, "_slot"):
            self._slot = scheduler.server.register_script(self.SLOT)
            self._next = scheduler.server.register_script(self.NEXT)
        if self.per_site > 0:
            self.seq += 1
            token = f"{scheduler.worker_id}:{self.seq}"
            pause = 0.005
            while True:
                try:
                    got = scheduler._call(self._slot, keys=[f"{prefix}:slots:{host}"],
                                          args=[self.per_site, self.slot_ms, token])
                except _Stopped:
                    return None
                if got:
                    break
                await asyncio.sleep(pause)
                pause = min(pause * 2, 0.25)
            request.meta[self.SLOT_KEY] = (f"{prefix}:slots:{host}", token)
        if self.delay_ms > 0:
            try:
                wait = scheduler._call(self._next, keys=[f"{prefix}:polite:{host}"], args=[self.delay_ms])
            except _Stopped:
                return None
            if wait > 0:
                await asyncio.sleep(wait / 1000)
        return None

    def request_left(self, request, spider=None):
        slot = request.meta.pop(self.SLOT_KEY, None)
        scheduler = self._scheduler()
        if slot is None or scheduler is None:
            return
        try:
            scheduler._call(scheduler.server.zrem, slot[0], slot[1])
        except _Stopped:
            pass


# --- the end of a worker, and of the crawl --------------------------------------------------

LEAVE = """
redis.call('SREM', KEYS[1], ARGV[1])
local left = 0
for _, w in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  if redis.call('EXISTS', ARGV[2] .. w) == 1 then left = left + 1 else redis.call('SREM', KEYS[1], w) end
end
return left
"""


LOST = "newscrawler/redis/lost/"


def lost_of(total: dict) -> dict:
    """The crawl's lost pages by reason, from finish()'s stats (counts; the URLs are in each worker's summary)."""
    return {k[len(LOST):]: {"count": int(v), "urls": []} for k, v in total.items() if k.startswith(LOST)}


def _numbers(stats: dict) -> dict:
    return {k: v for k, v in stats.items() if isinstance(v, (int, float)) and not isinstance(v, bool)
            and k != "elapsed_time_seconds"}


def finish(crawler, report: dict, stats: dict, exit_status: int):
    """At the end of `scrapy crawl`: add this worker's counters to the crawl's, leave, and when
    this worker is the last one of a crawl that is over, return the crawl's stats (and clear
    the crawl's keys). None otherwise (or when Redis is gone)."""
    worker = getattr(crawler, "_newscrawler_worker", None)
    scheduler = worker.scheduler if worker is not None else None
    if scheduler is None or scheduler.failed is not None:
        return None
    keys = scheduler.keys
    server = scheduler.server
    try:
        pipe = server.pipeline(transaction=True)
        for name, value in _numbers(stats).items():
            pipe.hincrbyfloat(keys.stats, name, value)
        for reason, lost in (report.get("lost") or {}).items():  # the pages lost, by reason (counts)
            pipe.hincrby(keys.stats, f"{LOST}{reason}", int(lost.get("count", 0)))
        pipe.hincrby(keys.stats, "newscrawler/redis/workers", 1)
        pipe.hincrby(keys.stats, "newscrawler/redis/failed_workers", 1 if exit_status else 0)
        pipe.delete(keys.worker(scheduler.worker_id))
        scheduler._call(pipe.execute)
        left = scheduler._call(server.eval, LEAVE, 1, keys.workers, scheduler.worker_id, keys.worker(""))
        if left or not scheduler.crawl_done() or stats.get("finish_reason") != "finished":
            return None
        pipe = server.pipeline(transaction=True)
        pipe.hgetall(keys.stats).get(keys.started)
        for k in keys.crawl_keys():
            pipe.delete(k)
        raw, started = scheduler._call(pipe.execute)[:2]
        for pattern in (f"{keys.prefix}:polite:*", f"{keys.prefix}:slots:*"):
            for k in server.scan_iter(pattern, count=1000):
                server.delete(k)
    except _Stopped:
        return None
    total = {k.decode(): float(v) for k, v in raw.items()}
    total = {k: int(v) if v == int(v) else v for k, v in total.items()}
    if started:
        begun = datetime.fromisoformat(started.decode())
        total["elapsed_time_seconds"] = (datetime.now(timezone.utc) - begun).total_seconds()
        total["start_time"] = begun
    total["finish_reason"] = "finished"
    return total


def write_crawl_summary(report: dict, feed_paths) -> list:
    written = []
    for path in feed_paths:
        target = path.with_name(path.name + ".crawl-summary.json")
        try:
            target.write_text(json.dumps(report, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")
            written.append(target)
        except OSError as exc:
            logger.error("could not write the crawl summary %s: %s", target, exc.strerror or exc)
    return written


