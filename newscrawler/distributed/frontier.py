"""The shared frontier: scrapy-redis's scheduler and duplicate filter, with leases.

- `RedisCanonicalDupeFilter`: scrapy-redis's Redis set of fingerprints, the fingerprints the
  crawl uses without Redis (canonical URLs: newscrawler.fetch.resume.CanonicalFingerprinter).
- `RedisScheduler`: scrapy-redis's scheduler (its priority queue, its serializer), plus
  * one round trip per new request: the fingerprint is added and the request pushed by one
    script (`ENQUEUE`);
  * a lease per request taken: popped and recorded as leased (with its data and priority) by
    one script (`POP`); released once the page is done (newscrawler.distributed.worker); a
    lease not renewed (its worker died) expires and any worker puts it back (`RECLAIM`);
  * the crawl is over only when the shared queue is empty and no lease is out anywhere
    (`has_pending_requests` says True until then, so no worker's spider goes idle while
    another may still find links); an empty queue is asked again after a pause growing from
    10 ms to 1 s, never in a tight loop;
  * requests to `data:` URLs (the spider's own signals to itself: release what it holds)
    stay in the process: they mean something only to it.
Redis failing is reported to the worker (one `error:` line, exit 1) and the crawl stopped.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections import deque

from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler

from newscrawler.distributed import key_prefix, lease_seconds
from newscrawler.fetch.resume import CanonicalFingerprinter

logger = logging.getLogger(__name__)

LEASE = "newscrawler_lease"  # Request.meta: the lease of a request taken from Redis

ENQUEUE = """
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""

POP = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local r = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #r == 0 then return false end
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, 0)
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[2]), ARGV[1])
redis.call('HSET', KEYS[3], ARGV[1], r[1])
redis.call('HSET', KEYS[4], ARGV[1], r[2])
return r[1]
"""

RELEASE = """
local n = redis.call('ZREM', KEYS[1], ARGV[1]) + redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('HDEL', KEYS[3], ARGV[1])
redis.call('HDEL', KEYS[4], ARGV[1])
return n
"""

HOLD = """
local s = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not s then return 0 end
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('ZADD', KEYS[2], s, ARGV[1])
return 1
"""

RENEW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local n = 0
for i = 2, #ARGV do
  n = n + redis.call('ZADD', KEYS[1], 'XX', 'CH', now + tonumber(ARGV[1]), ARGV[i])
  n = n + redis.call('ZADD', KEYS[2], 'XX', 'CH', now + tonumber(ARGV[1]), ARGV[i])
end
return n
"""

RECLAIM = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local n = 0
for _, set in ipairs({KEYS[2], KEYS[5]}) do
  local ids = redis.call('ZRANGEBYSCORE', set, '-inf', now, 'LIMIT', 0, 1000)
  for _, id in ipairs(ids) do
    local data = redis.call('HGET', KEYS[3], id)
    if data then
      redis.call('ZADD', KEYS[1], redis.call('HGET', KEYS[4], id) or 0, data)
      n = n + 1
    end
    redis.call('HDEL', KEYS[3], id)
    redis.call('HDEL', KEYS[4], id)
    redis.call('ZREM', set, id)
  end
end
return n
"""


class Keys:
    def __init__(self, prefix: str):
        self.prefix = prefix
        self.requests = f"{prefix}:requests"
        self.dupefilter = f"{prefix}:dupefilter"
        self.leases = f"{prefix}:leases"
        self.held = f"{prefix}:held"
        self.lease_data = f"{prefix}:lease-data"
        self.lease_score = f"{prefix}:lease-score"
        self.seed = f"{prefix}:seed"
        self.seeded = f"{prefix}:seeded"
        self.started = f"{prefix}:started"
        self.workers = f"{prefix}:workers"
        self.stats = f"{prefix}:stats"

    def worker(self, worker_id: str) -> str:
        return f"{self.prefix}:worker:{worker_id}"

    def crawl_keys(self) -> list[str]:
        return [self.requests, self.dupefilter, self.leases, self.held, self.lease_data, self.lease_score,
                self.seed, self.seeded, self.started, self.workers, self.stats]


class RedisCanonicalDupeFilter(RFPDupeFilter):
    """scrapy-redis's shared seen set, fingerprints of canonical URLs (as without Redis)."""

    fingerprinter = None

    @classmethod
    def from_spider(cls, spider):
        df = super().from_spider(spider)
        df.key = Keys(key_prefix(spider.settings, spider.name)).dupefilter
        df.fingerprinter = CanonicalFingerprinter(spider.crawler.request_fingerprinter)
        return df

    def request_fingerprint(self, request):
        return self.fingerprinter.fingerprint(request).hex()

    def close(self, reason=""):
        """The seen set is the crawl's, not this worker's: kept (the last worker clears it)."""


class RedisScheduler(Scheduler):
    MIN_PAUSE, MAX_PAUSE = 0.01, 1.0

    @classmethod
    def from_crawler(cls, crawler):
        scheduler = cls.from_settings(crawler.settings)
        scheduler.stats = crawler.stats
        scheduler.crawler = crawler
        scheduler.lease_ms = int(lease_seconds(crawler.settings) * 1000)
        scheduler.worker_id = f"{uuid.uuid4().hex[:10]}"
        scheduler.local = deque()
        scheduler.pause = cls.MIN_PAUSE
        scheduler.quiet_until = 0.0       # the queue was empty: not asked again before this
        scheduler.done_cache = (0.0, False)
        scheduler.leases = {}             # lease id -> request URL, this worker's
        scheduler.seq = 0
        scheduler.failed = None           # the Redis error that stopped the crawl
        scheduler.round_trips = 0
        return scheduler

    def open(self, spider):
        import redis

        try:
            super().open(spider)  # (it asks Redis the queue's length, for its log line)
        except (redis.RedisError, OSError) as exc:
            self.redis_failed(exc)  # the worker stops the crawl once the engine runs
        self.keys = Keys(key_prefix(spider.settings, spider.name))
        self.queue.key = self.keys.requests
        server = self.server
        self._enqueue = server.register_script(ENQUEUE)
        self._pop = server.register_script(POP)
        self._release = server.register_script(RELEASE)
        self._hold = server.register_script(HOLD)
        self._renew = server.register_script(RENEW)
        self._reclaim = server.register_script(RECLAIM)

    def close(self, reason):
        """The frontier is the crawl's: kept in Redis (see the module doc)."""

    # --- Redis failing ----------------------------------------------------------------------

    def redis_failed(self, exc: Exception) -> None:
        if self.failed is None:
            self.failed = exc
            worker = getattr(self.crawler, "_newscrawler_worker", None)
            if worker is not None:
                worker.redis_failed(exc)

    def _call(self, fn, *args, **kwargs):
        import redis

        if self.failed is not None:
            raise _Stopped()
        self.round_trips += 1
        try:
            return fn(*args, **kwargs)
        except (redis.RedisError, OSError) as exc:
            self.redis_failed(exc)
            raise _Stopped() from exc

    # --- the queue ----------------------------------------------------------------------------

    def enqueue_request(self, request):
        lease = request.meta.pop(LEASE, None)
        if request.url.startswith("data:"):
            self.local.append(request)
            if lease is not None:
                self.release(lease)
            return True
        try:
            score = -request.priority
            data = self.queue._encode_request(request)
            if request.dont_filter:
                self._call(self.server.execute_command, "ZADD", self.keys.requests, score, data)
            else:
                fp = self.df.request_fingerprint(request)
                if not self._call(self._enqueue, keys=[self.keys.dupefilter, self.keys.requests],
                                  args=[fp, score, data]):
                    self.df.log(request, self.spider)
                    if lease is not None:
                        self.release(lease)
                    return False
        except _Stopped:
            return False
        self.stats.inc_value("scheduler/enqueued/redis")
        self.quiet_until = 0.0
        if lease is not None:  # a retry or redirect of a leased request: back in the frontier, done
            self.release(lease)
        return True

    def next_request(self):
        if self.local:
            return self.local.popleft()
        now = time.monotonic()
        if now < self.quiet_until or self.failed is not None:
            return None
        self.seq += 1
        lease = f"{self.worker_id}:{self.seq}"
        try:
            data = self._call(self._pop, keys=[self.keys.requests, self.keys.leases, self.keys.lease_data,
                                               self.keys.lease_score], args=[lease, self.lease_ms])
        except _Stopped:
            return None
        if data is None:
            self.quiet_until = now + self.pause
            self._wake(self.pause)
            self.pause = min(self.pause * 2, self.MAX_PAUSE)
            return None
        self.pause = self.MIN_PAUSE
        request = self.queue._decode_request(data)
        request.meta[LEASE] = lease
        self.leases[lease] = request.url
        self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def _wake(self, delay: float) -> None:
        """Have the engine ask again in `delay` seconds (one such call pending at a time; the
        engine's own `nextcall` stays free for the responses that come meanwhile)."""
        if getattr(self, "_waking", None) is not None:
            return
        from scrapy.utils.asyncio import call_later  # noqa: PLC0415

        def wake():
            self._waking = None
            slot = getattr(self.crawler.engine, "_slot", None)
            if slot is not None:
                slot.nextcall.schedule()
        self._waking = call_later(delay, wake)

    def has_pending_requests(self):
        """True while the crawl (not only this worker) may still have work: requests in the
        shared queue or leased by any worker. Asked of Redis at most every pause."""
        if self.local:
            return True
        if self.failed is not None:
            return False
        now = time.monotonic()
        checked, done = self.done_cache
        if now - checked < self.pause:
            return not done
        try:
            done = self.crawl_done()
        except _Stopped:
            return False
        self.done_cache = (now, done)
        if not done:
            self._wake(self.pause)
            self.pause = min(self.pause * 2, self.MAX_PAUSE)
        return not done

    def crawl_done(self) -> bool:
        pipe = self.server.pipeline(transaction=True)
        pipe.zcard(self.keys.requests).zcard(self.keys.leases).exists(self.keys.seeded)
        queued, leased, seeded = self._call(pipe.execute)
        return not queued and not leased and bool(seeded)

    def __len__(self):
        try:
            return self._call(self.server.zcard, self.keys.requests) + len(self.local)
        except _Stopped:
            return len(self.local)

    # --- leases ------------------------------------------------------------------------------

    def release(self, lease: str) -> None:
        if self.leases.pop(lease, None) is None:
            return
        try:
            if not self._call(self._release, keys=[self.keys.leases, self.keys.held, self.keys.lease_data,
                                                   self.keys.lease_score], args=[lease]):
                self.stats.inc_value("newscrawler/redis/lease_lost")  # expired and put back meanwhile
        except _Stopped:
            pass

    def hold(self, lease: str) -> None:
        """The page is done but its item is not stored yet: its lease no longer keeps the crawl
        open, and still puts the page back if this worker dies first."""
        if lease in self.leases:
            try:
                self._call(self._hold, keys=[self.keys.leases, self.keys.held], args=[lease])
            except _Stopped:
                pass

    def renew(self) -> None:
        if self.leases:
            self._call(self._renew, keys=[self.keys.leases, self.keys.held], args=[self.lease_ms, *self.leases])

    def reclaim(self) -> int:
        n = self._call(self._reclaim, keys=[self.keys.requests, self.keys.leases, self.keys.lease_data,
                                            self.keys.lease_score, self.keys.held])
        if n:
            self.stats.inc_value("newscrawler/redis/requeued", n)
            logger.warning("put back %d requests whose worker stopped renewing their lease (killed?)", n)
            self.quiet_until = 0.0
        return n


class _Stopped(Exception):
    """Redis failed; the worker has been told."""
