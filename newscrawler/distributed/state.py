"""Incremental state shared by the workers (REDIS_URL, NEWSCRAWLER_INCREMENTAL=True, no MongoDB):
the state file's lines (newscrawler.fetch.incremental) also go to a Redis hash,
`<NEWSCRAWLER_REDIS_KEY>:stored` (canonical URL -> its state line), which every worker reads at
start with its own file. With MongoDB the collection is the shared state already. The hash
outlives the crawl (the last worker leaves it): it is what the next crawl skips."""

from __future__ import annotations

import logging

from newscrawler.distributed import client, enabled, key_prefix, masked

logger = logging.getLogger(__name__)


class SharedState:
    def __init__(self, settings, spider_name: str):
        self.server = client(settings)
        self.key = f"{key_prefix(settings, spider_name)}:stored"
        self.url = settings.get("REDIS_URL")

    @classmethod
    def open(cls, settings, spider_name: str) -> "SharedState | None":
        return cls(settings, spider_name) if enabled(settings) else None

    def lines(self) -> list[str]:
        """Every stored article's state line."""
        return [v.decode("utf-8") for v in self.server.hvals(self.key)]

    def add(self, url: str, line: str) -> None:
        import redis

        try:
            self.server.hset(self.key, url, line)
        except redis.RedisError as exc:  # the worker's own file has it; the frontier reports Redis lost
            logger.warning("Redis %s: could not share the stored article %s: %s", masked(self.url), url, exc)
