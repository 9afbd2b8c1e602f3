"""newscrawler.distributed alone: the REDIS_URL check, the settings it switches, the frontier's
scripts (leases put back, the crawl's end) on a real redis-server."""

from __future__ import annotations

import pytest

from newscrawler import distributed
from newscrawler.errors import ConfigError
from tests.support.settings import project_settings


@pytest.mark.parametrize("url, shown", [
    ("redis://user:pw@host:6379/0", "redis://user:***@host:6379/0"),
    ("redis://:pw@host:6379/0", "redis://:***@host:6379/0"),
    ("redis://host:6379/1", "redis://host:6379/1"),
    ("rediss://u:p@[::1]:6380/0", "rediss://u:***@[::1]:6380/0"),
])
def test_masked(url, shown):
    assert distributed.masked(url) == shown


@pytest.mark.parametrize("url", ["localhost:6379", "redis://:pw@host:port/0", "redis://host:6379/db",
                                 "http://host:6379/0", "redis://"])
def test_malformed_url_is_a_config_error_with_the_password_masked(url):
    with pytest.raises(ConfigError) as exc:
        distributed.check_redis(project_settings(REDIS_URL=url))
    assert "pw" not in str(exc.value) and "REDIS_URL" in str(exc.value)


def test_unreachable_redis_is_a_config_error(tmp_path):
    from tests.support.servers import free_port

    with pytest.raises(ConfigError, match=r"cannot reach Redis at redis://:\*\*\*@127.0.0.1"):
        distributed.check_redis(project_settings(REDIS_URL=f"redis://:secret@127.0.0.1:{free_port()}/0"))


@pytest.mark.parametrize("name, value", [("NEWSCRAWLER_REDIS_LEASE", "0"), ("NEWSCRAWLER_REDIS_LEASE", "abc"),
                                         ("NEWSCRAWLER_REDIS_KEY", "x:%(nme)s")])
def test_bad_settings(name, value):
    with pytest.raises(ConfigError, match=name):
        distributed.check_redis(project_settings(**{name: value}))


def test_without_redis_url_nothing_changes():
    s = project_settings()
    assert not distributed.enabled(s)
    distributed.check_redis(s)  # no error, no connection
    assert s.get("SCHEDULER") == "newscrawler.fetch.resume.MemoryScheduler"


def test_configure_swaps_the_frontier_and_adds_the_worker():
    s = project_settings(REDIS_URL="redis://127.0.0.1:6379/0")
    distributed.configure(s)
    assert s.get("SCHEDULER") == "newscrawler.distributed.frontier.RedisScheduler"
    assert s.get("DUPEFILTER_CLASS") == "newscrawler.distributed.frontier.RedisCanonicalDupeFilter"
    assert "newscrawler.distributed.worker.Worker" in s.getdict("EXTENSIONS")
    assert "newscrawler.storage.feeds.GuardedFeedExporter" in s.getdict("EXTENSIONS")  # kept
    assert "newscrawler.fetch.incremental.IncrementalMiddleware" in s.getdict("SPIDER_MIDDLEWARES")
    assert "newscrawler.distributed.worker.SeedOnce" in s.getdict("SPIDER_MIDDLEWARES")


def test_leases_expire_back_into_the_frontier_and_the_crawl_ends_when_none_is_out(redis_server):
    """The scripts as a worker calls them: pop leases, an expired lease goes back, release ends it."""
    from newscrawler.distributed.frontier import POP, RECLAIM, RELEASE, Keys

    r = redis_server.client()
    k = Keys("t")
    pop, reclaim, release = r.register_script(POP), r.register_script(RECLAIM), r.register_script(RELEASE)
    r.zadd(k.requests, {b"a": 0, b"b": 1})
    lease_keys = [k.requests, k.leases, k.lease_data, k.lease_score]
    assert pop(keys=lease_keys, args=["w1:1", 1]) == b"a"      # a lease of 1 ms: expires at once
    assert pop(keys=lease_keys, args=["w2:1", 60_000]) == b"b"
    assert pop(keys=lease_keys, args=["w2:2", 60_000]) is None
    import time

    time.sleep(0.01)
    assert reclaim(keys=[*lease_keys, k.held]) == 1             # w1 died: a is back, b still leased
    assert r.zrange(k.requests, 0, -1, withscores=True) == [(b"a", 0.0)]
    assert release(keys=[k.leases, k.held, k.lease_data, k.lease_score], args=["w2:1"]) == 1
    assert r.zcard(k.leases) == 0 and r.hlen(k.lease_data) == 0  # nothing out: the crawl may end
    assert release(keys=[k.leases, k.held, k.lease_data, k.lease_score], args=["w2:1"]) == 0


def test_incremental_state_is_shared_through_redis_and_outlives_the_crawl(redis_server):
    from newscrawler.distributed.frontier import Keys
    from newscrawler.distributed.state import SharedState

    settings = project_settings(REDIS_URL=redis_server.url)
    one, two = SharedState.open(settings, "levant"), SharedState.open(settings, "levant")
    one.add("https://x.example/a/1", "https://x.example/a/1\tcontent_hash=ab\thttps://x.example/a/2\n")
    assert two.lines() == ["https://x.example/a/1\tcontent_hash=ab\thttps://x.example/a/2\n"]
    assert one.key not in Keys("newscrawler:levant").crawl_keys()  # not cleared with the crawl
    assert SharedState.open(project_settings(), "levant") is None


def test_the_sites_delay_and_concurrency_are_one_for_all_workers(redis_server):
    """SharedPoliteness's scripts: CONCURRENT_REQUESTS_PER_DOMAIN slots shared by every worker
    (expiring, so a dead worker's come back), one DOWNLOAD_DELAY schedule per site."""
    from newscrawler.distributed.worker import SharedPoliteness

    r = redis_server.client()
    slot, nxt = r.register_script(SharedPoliteness.SLOT), r.register_script(SharedPoliteness.NEXT)
    got = [slot(keys=["p:slots:h"], args=[2, 60_000, f"w{i}:1"]) for i in range(3)]  # three workers, 2 slots
    assert got == [1, 1, 0]
    r.zrem("p:slots:h", "w0:1")                                         # one request left the downloader
    assert slot(keys=["p:slots:h"], args=[2, 60_000, "w2:1"]) == 1
    assert slot(keys=["p:slots:h2"], args=[1, 1, "w0:2"]) == 1          # a slot of 1 ms: expires
    import time

    time.sleep(0.01)
    assert slot(keys=["p:slots:h2"], args=[1, 1, "w1:2"]) == 1
    waits = [nxt(keys=["p:polite:h"], args=[500]) for _ in range(3)]  # DOWNLOAD_DELAY=0.5 s, 3 workers at once
    assert waits[0] == 0 and 450 <= waits[1] <= 500 and 950 <= waits[2] <= 1000
