"""`MongoPipeline`: stores items in MongoDB after the processing pipelines (order 800).

On only when MONGO_URI is set (environment or `-s`); `NotConfigured` otherwise. Items are
buffered and upserted in unordered bulk writes, flushed when MONGO_BUFFER_SIZE items are
waiting, every MONGO_FLUSH_SECONDS, and at close. Writes run in a thread (the crawl goes on
meanwhile; items wait only when more than MAX_PENDING_BATCHES batches queue), one batch at
a time, in order. A failed write is retried MONGO_RETRY_TIMES times with
exponential backoff (MONGO_RETRY_BACKOFF, doubling); then the batch is spilled to the
dead-letter file (MONGO_DEAD_LETTER) for `scrapy replay`. While MongoDB stays away, later
batches get one attempt each, so the crawl is slowed down as little as possible.

Documents are `storage.mongo.item_to_document` of the items (typed dates with their offsets,
`search` terms); a collection that still holds documents of an earlier version gets a warning
naming `scrapy mongo_upgrade`.

Stats: newscrawler/mongo/{written,inserted,changed,retries,dead_letter}.
"""

from __future__ import annotations

import logging

from itemadapter import ItemAdapter
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import task
from twisted.internet.defer import DeferredList, DeferredLock
from twisted.internet.threads import deferToThread

from newscrawler.storage.deadletter import DeadLetter, dead_letter_path
from newscrawler.storage.mongo import MongoConfig, MongoStore, connect_error, redact, write_with_retry

logger = logging.getLogger(__name__)


class MongoPipeline:
    def __init__(self, crawler, config: MongoConfig):
        self.crawler = crawler
        self.stats = crawler.stats
        self.config = config
        self.buffer: list[dict] = []
        self.lock = DeferredLock()
        self.store: MongoStore | None = None
        self.timer = None
        self.dead_letter: DeadLetter | None = None
        self.degraded = False  # the last batch failed: no retries until a write succeeds
        self.pending: set = set()  # batches handed to the writer thread, not yet done

    @classmethod
    def from_crawler(cls, crawler):
        config = MongoConfig.from_settings(crawler.settings)
        if config is None:
            raise NotConfigured  # no message: Scrapy would log a warning on every crawl
        return cls(crawler, config)

    async def open_spider(self):
        name = getattr(self.crawler.spider, "name", "crawl")
        self.dead_letter = DeadLetter(dead_letter_path(self.config.dead_letter, name))
        from pymongo.errors import PyMongoError  # imported only when MongoDB is on

        self.store = MongoStore(self.config).open()
        try:  # `scrapy crawl` made them in its start check; other entry points need them too
            await maybe_deferred_to_future(deferToThread(self.store.ensure_indexes))
            legacy = await maybe_deferred_to_future(deferToThread(self.store.has_legacy_documents))
        except PyMongoError as exc:
            raise connect_error(self.config, exc) from None
        if legacy:
            logger.warning("MongoDB: %s.%s holds documents of an earlier version (dates as text, no search "
                           "terms); convert them once with: scrapy mongo_upgrade", self.config.database,
                           self.config.collection)
        logger.info("MongoDB: storing articles in %s.%s at %s", self.config.database,
                    self.config.collection, self.config.masked_uri)
        self.timer = task.LoopingCall(self._timed_flush)
        self.timer.start(self.config.flush_seconds, now=False)

    # Batches may queue behind the one being written; beyond this the crawl waits (backpressure).
    MAX_PENDING_BATCHES = 2

    async def process_item(self, item):
        self.buffer.append(ItemAdapter(item).asdict())
        if len(self.buffer) >= self.config.buffer_size:
            d = self._start_flush()
            if len(self.pending) > self.MAX_PENDING_BATCHES:
                await maybe_deferred_to_future(d)
        return item

    async def close_spider(self):
        if self.timer is not None and self.timer.running:
            self.timer.stop()
        await self.flush()
        if self.store is not None:
            self.store.close()
        if self.dead_letter is not None and self.dead_letter.count:
            logger.error("MongoDB: %d items could not be stored and are in %s; after MongoDB is back, "
                         "run: scrapy replay %s", self.dead_letter.count, self.dead_letter.path,
                         self.dead_letter.path)

    def _timed_flush(self):
        if self.buffer:
            self._start_flush()

    def _start_flush(self):
        """Hand the buffer to the writer (one batch at a time, in order); returns its Deferred."""
        batch, self.buffer = self.buffer, []
        d = self.lock.run(self._write_batch, batch)
        self.pending.add(d)

        def done(result):
            self.pending.discard(d)
            return result
        return d.addBoth(done)

    async def flush(self) -> None:
        """Write what is buffered and wait until every pending batch is done."""
        if self.buffer:
            self._start_flush()
        if self.pending:
            await maybe_deferred_to_future(DeferredList(list(self.pending)))

    def _write_batch(self, batch: list[dict]):
        d = deferToThread(self._write_blocking, batch)
        d.addCallback(self._record, batch)
        return d

    def _write_blocking(self, batch: list[dict]):
        """In a thread: write with retries; on final failure spill to the dead-letter file."""
        retries = []

        def on_retry(attempt, exc):
            retries.append(attempt)
            logger.warning("MongoDB write of %d items failed (attempt %d of %d): %s", len(batch), attempt,
                           self.config.retry_times + 1, redact(exc, self.config.uri)[:300])

        try:
            result = write_with_retry(self.store, batch, 0 if self.degraded else self.config.retry_times,
                                      self.config.retry_backoff, on_retry=on_retry)
        except Exception as exc:  # noqa: BLE001 - any failure: keep the items
            self.dead_letter.spill(batch)
            self.degraded = True
            logger.error("MongoDB unreachable at %s (%s); spilled %d items to %s",
                         self.config.masked_uri, redact(type(exc).__name__, self.config.uri),
                         len(batch), self.dead_letter.path)
            return None, len(retries), len(batch)
        self.degraded = False
        spilled = 0
        if result.failed:
            self.dead_letter.spill([item for item, _ in result.failed])
            spilled = len(result.failed)
            for item, reason in result.failed:
                logger.error("MongoDB refused %s (%s); spilled to %s", item.get("url"),
                             redact(reason, self.config.uri)[:200], self.dead_letter.path)
        return result, len(retries), spilled

    def _record(self, outcome, batch):
        result, retries, spilled = outcome
        inc = self.stats.inc_value
        if retries:
            inc("newscrawler/mongo/retries", retries)
        if spilled:
            inc("newscrawler/mongo/dead_letter", spilled)
        if result is not None:
            inc("newscrawler/mongo/written", result.written)
            inc("newscrawler/mongo/inserted", result.inserted)
            if result.changed:
                inc("newscrawler/mongo/changed", result.changed)
        return outcome
