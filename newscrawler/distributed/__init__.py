"""Many crawl processes, on any number of machines, sharing one frontier in Redis (scrapy-redis).

On only when `REDIS_URL` is set (scrapy-redis's own setting name): `configure` (called by
`scrapy crawl`, newscrawler.commands.crawl) swaps in the Redis-backed scheduler and duplicate
filter (newscrawler.distributed.frontier, subclasses of scrapy-redis's) and adds the worker's
extension and middlewares (newscrawler.distributed.worker). Without it nothing here is used
and neither `redis` nor `scrapy_redis` is imported (this module imports them lazily).

Every key of a crawl starts with NEWSCRAWLER_REDIS_KEY (default `newscrawler:<spider>`):

- `:requests`   the frontier (scrapy-redis's priority queue, a sorted set of pickled requests);
- `:dupefilter` the fingerprints of every request made (canonical URLs, as without Redis);
- `:leases`, `:held`, `:lease-data`, `:lease-score`: requests a worker took and has not
  finished (sorted sets scored by lease expiry; `:held` for pages whose item is still on its
  way to storage), with what is needed to put them back;
- `:seed` (the worker that seeded), `:seeded`, `:started`;
- `:workers`, `:worker:<id>` (heartbeat, expires after the lease);
- `:stats` the crawl's counters, summed by every worker as it ends;
- `:polite:<host>`, `:slots:<host>`: the site's shared delay and concurrency.

The last worker to end clears them all (the next crawl starts afresh).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

from newscrawler.errors import ConfigError, number_setting

SETTING = "REDIS_URL"
DEFAULT_LEASE = 60.0


def enabled(settings) -> bool:
    return bool((settings.get(SETTING) or "").strip())


def masked(url: str) -> str:
    """The URL with its password (and user) replaced by ***."""
    try:
        parts = urlsplit(url)
        if parts.password is not None or parts.username:
            host = parts.hostname or ""
            if ":" in host:
                host = f"[{host}]"
            port = f":{parts.port}" if parts.port else ""
            user = parts.username if parts.password is not None and parts.username else ""
            netloc = f"{user}:***@{host}{port}" if parts.password is not None else f"***@{host}{port}"
            return urlunsplit(parts._replace(netloc=netloc))
        return url
    except ValueError:
        return re.sub(r"//[^@/]*@", "//***@", url)


def key_prefix(settings, spider_name: str) -> str:
    template = settings.get("NEWSCRAWLER_REDIS_KEY") or "newscrawler:%(name)s"
    return template % {"name": spider_name}


def lease_seconds(settings) -> float:
    return settings.getfloat("NEWSCRAWLER_REDIS_LEASE", DEFAULT_LEASE)


def client_params(settings) -> dict:
    """The Redis client's options: short timeouts (a Redis that stopped answering stops the
    crawl in seconds, not minutes), then scrapy-redis's REDIS_PARAMS as the user set them."""
    params = {"socket_timeout": 10, "socket_connect_timeout": 5}
    user = settings.getdict("REDIS_PARAMS") if settings.get("REDIS_PARAMS") else {}
    params.update({k: v for k, v in user.items() if k in ("socket_timeout", "socket_connect_timeout")})
    return params


def client(settings):
    """A redis.Redis on REDIS_URL (bytes replies)."""
    import redis

    return redis.Redis.from_url(settings.get(SETTING).strip(), **client_params(settings))


def check_redis(settings) -> None:
    """REDIS_URL parses and the server answers (ConfigError, password masked); the Redis
    settings of the project are in range. Nothing when REDIS_URL is not set."""
    number_setting(settings, "NEWSCRAWLER_REDIS_LEASE", DEFAULT_LEASE, low=1, must="a number of seconds >= 1")
    try:
        template = settings.get("NEWSCRAWLER_REDIS_KEY") or "newscrawler:%(name)s"
        template % {"name": "x"}
    except (TypeError, ValueError, KeyError):
        raise ConfigError(f"NEWSCRAWLER_REDIS_KEY: bad key template {template!r}") from None
    if not enabled(settings):
        return
    url = settings.get(SETTING).strip()
    shown = masked(url)
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a bad port
        ok = parts.scheme in ("redis", "rediss", "unix") and (parts.hostname or parts.scheme == "unix")
        if ok and parts.scheme != "unix" and parts.path not in ("", "/"):
            ok = parts.path.strip("/").isdigit()
    except ValueError:
        ok = False
    if not ok:
        raise ConfigError(f"REDIS_URL must look like redis://host:6379/0 (or rediss://, unix://), got {shown!r}")
    import redis

    try:
        server = client(settings)
        server.ping()
        server.close()
    except (redis.RedisError, OSError, ValueError) as exc:
        reason = str(exc).replace(url, shown).splitlines()[0] if str(exc) else type(exc).__name__
        raise ConfigError(f"REDIS_URL: cannot reach Redis at {shown}: {reason}") from None


def configure(settings) -> None:
    """Switch the crawl to the shared frontier (called at start, only when REDIS_URL is set)."""
    settings.set("SCHEDULER", "newscrawler.distributed.frontier.RedisScheduler", priority="cmdline")
    settings.set("DUPEFILTER_CLASS", "newscrawler.distributed.frontier.RedisCanonicalDupeFilter", priority="cmdline")
    settings.set("SCHEDULER_PERSIST", True, priority="cmdline")  # the last worker clears the crawl, not each
    settings.set("SCHEDULER_QUEUE_CLASS", "scrapy_redis.queue.PriorityQueue", priority="cmdline")
    settings.set("REDIS_PARAMS", client_params(settings), priority="cmdline")
    for name, store, value in (
            ("EXTENSIONS", "newscrawler.distributed.worker.Worker", 10),
            ("SPIDER_MIDDLEWARES", "newscrawler.distributed.worker.SeedOnce", 5),
            ("DOWNLOADER_MIDDLEWARES", "newscrawler.distributed.worker.SharedPoliteness", 990)):
        current = dict(settings.getdict(name))
        current[store] = value
        settings.set(name, current, priority="cmdline")
