"""Revisits (newscrawler.fetch.revisits): the schedule, its setting, the state lines, and the
middleware's handling of a revisited article's item; the runs are in tests/e2e/test_revisits.py."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

import pytest

from newscrawler.errors import ConfigError
from newscrawler.fetch.revisits import DEFAULT, Stored, check_revisit, due, due_point, parse_schedule
from tests.support.settings import project_settings

H, D = timedelta(hours=1), timedelta(days=1)
PUB = datetime(2026, 12, 1, 8, 0, tzinfo=timezone.utc)


def stored(published=PUB, last=None, first=None, chash="h1", revision=1):
    return Stored(published, first or last, last, chash, revision)


def test_the_default_schedule_is_one_hour_one_day_seven_days():
    assert parse_schedule(DEFAULT) == (H, D, 7 * D)
    assert project_settings().get("NEWSCRAWLER_REVISIT") == DEFAULT
    assert parse_schedule(" 7d , 1h,1d,1h, 30m,2w ") == (30 * timedelta(minutes=1), H, D, 7 * D, 14 * D)
    assert parse_schedule(["1h", "1d"]) == (H, D)


@pytest.mark.parametrize("value", ["", "off", "OFF", " off ", None])
def test_an_empty_value_or_off_turns_revisits_off(value):
    assert parse_schedule(value) == ()
    s = project_settings(NEWSCRAWLER_REVISIT=value)
    check_revisit(s)


@pytest.mark.parametrize("value", ["1x", "h", "1", "-1h", "0h", "1h,,1d", "1.5h", "1h;1d", "off,1h", "soon"])
def test_bad_values_fail_with_one_line(value):
    with pytest.raises(ConfigError, match="NEWSCRAWLER_REVISIT must be ages after publication") as info:
        check_revisit(project_settings(NEWSCRAWLER_REVISIT=value))
    assert "\n" not in str(info.value)


def test_due_when_a_point_passed_after_the_last_fetch():
    schedule = parse_schedule(DEFAULT)
    first_crawl = stored(last=PUB + timedelta(minutes=30))
    # before the 1h point: not due; after it: due for it
    assert due_point(first_crawl, schedule, PUB + timedelta(minutes=59)) is None
    assert due_point(first_crawl, schedule, PUB + 2 * H) == PUB + H
    # fetched again after the 1h point: not due until the 1d point
    again = stored(last=PUB + 2 * H)
    assert due_point(again, schedule, PUB + 20 * H) is None
    assert due_point(again, schedule, PUB + 25 * H) == PUB + D
    # several points passed since the last fetch: one request, for the latest point
    assert due_point(first_crawl, schedule, PUB + 8 * D) == PUB + 7 * D
    # fetched after the last point: never due again
    assert due_point(stored(last=PUB + 7 * D + H), schedule, PUB + 365 * D) is None
    # first crawled long after publication (an archive): no point is ahead of the last fetch
    assert due_point(stored(last=PUB + 30 * D), schedule, PUB + 31 * D) is None


def test_without_published_at_the_first_fetch_is_the_reference():
    schedule = parse_schedule(DEFAULT)
    first = PUB
    s = Stored(None, first, first + timedelta(minutes=5), "h", 1)
    assert due_point(s, schedule, first + timedelta(minutes=50)) is None
    assert due_point(s, schedule, first + 90 * timedelta(minutes=1)) == first + H


def test_not_due_when_off_unknown_or_published_in_the_future():
    now = PUB + 2 * H
    late = stored(last=PUB + timedelta(minutes=1))
    assert due_point(late, (), now) is None                                   # revisits off
    assert due_point(stored(chash=None, last=PUB), parse_schedule(DEFAULT), now) is None  # old state line
    assert due_point(Stored(None, None, None, None), parse_schedule(DEFAULT), now) is None
    assert due_point(stored(published=now + D, last=now), parse_schedule(DEFAULT), now + H) is None


def test_due_lists_the_longest_waiting_first():
    schedule = parse_schedule(DEFAULT)
    now = PUB + 10 * D
    records = {"a": stored(published=PUB + 2 * D, last=PUB + 2 * D),           # 7d point passed
               "b": stored(published=PUB, last=PUB),                          # 7d point, earlier
               "c": stored(published=PUB + 9 * D + 23 * H, last=PUB + 9 * D + 23 * H),  # 1h point
               "d": stored(published=PUB, last=PUB + 8 * D)}                  # done
    assert due(records, schedule, now) == ["b", "a", "c"]


def test_state_lines_carry_the_fields_and_older_lines_are_read(tmp_path):
    from newscrawler.fetch.incremental import parse_state_line, read_state, state_line

    site = "https://news.example"
    item = {"url": f"{site}/a", "read_also": [{"url": f"{site}/b", "title": "ب"}], "published_at": "2026-12-01T10:00:00+02:00",
            "crawled_at": "2026-12-02T00:00:00+00:00", "content_hash": "abc", "revision": 1}
    line = state_line(item)
    assert line == (f"{site}/a\tpublished_at=2026-12-01T10:00:00+02:00\tfirst_seen=2026-12-02T00:00:00+00:00"
                    f"\tlast_seen=2026-12-02T00:00:00+00:00\tcontent_hash=abc\trevision=1\t{site}/b\n")
    assert parse_state_line(line)[2] == [f"{site}/b"]
    again = state_line({**item, "crawled_at": "2026-12-09T00:00:00+00:00", "content_hash": "def", "revision": 2,
                        "read_also": []}, first_seen="2026-12-02T00:00:00+00:00")
    state = tmp_path / "s.txt"
    state.write_text(f"{site}/old\t{site}/a\n" + line + again + f"{site}/old\t{site}/c\n", encoding="utf-8")
    links, fields = read_state(state)
    assert links == {f"{site}/old": [f"{site}/a", f"{site}/c"], f"{site}/a": []}
    assert fields == {f"{site}/a": {"published_at": "2026-12-01T10:00:00+02:00", "first_seen": "2026-12-02T00:00:00+00:00",
                                    "last_seen": "2026-12-09T00:00:00+00:00", "content_hash": "def", "revision": "2"}}
    s = Stored.of(**fields[f"{site}/a"])
    assert s.revision == 2 and s.published_at == datetime(2026, 12, 1, 8, tzinfo=timezone.utc)
    assert Stored.of().content_hash is None


def _middleware(tmp_path, site, state_text, **settings):
    from scrapy.utils.test import get_crawler

    from newscrawler.fetch.incremental import IncrementalMiddleware
    from newscrawler.sites.generic import generic_profile

    (tmp_path / "news-seen.txt").write_text(state_text, encoding="utf-8")
    crawler = get_crawler(settings_dict={"NEWSCRAWLER_INCREMENTAL": True,
                                         "NEWSCRAWLER_STATE_FILE": str(tmp_path / "%(name)s-seen.txt"), **settings})
    middleware = IncrementalMiddleware.from_crawler(crawler)
    spider = SimpleNamespace(name="news", profile=generic_profile(site + "/"), host="news.example",
                             parse=lambda response: None)
    crawler.spider = spider
    middleware.spider_opened(spider)
    return crawler, middleware


def test_due_articles_are_requested_after_the_start_requests_and_their_items_compared(tmp_path):
    from scrapy import Request

    from newscrawler.fetch.incremental import read_state, state_line
    from newscrawler.items.steps import content_hash

    site = "https://news.example"
    a, b, c, other = f"{site}/2024/01/01/a", f"{site}/2024/01/02/b", f"{site}/2024/01/03/c", "https://else.example/2024/01/01/x"
    old = datetime.now(timezone.utc) - 30 * D

    def stored_item(url, title, body):
        return {"url": url, "title": title, "body": body, "published_at": old.isoformat(),
                "crawled_at": (old + timedelta(minutes=30)).isoformat(timespec="seconds"),
                "content_hash": content_hash({"title": title, "body": body}), "revision": 1, "read_also": []}

    body = "نص الخبر الأول وهو طويل بما يكفي ليكون فقرة كاملة من المقال."
    text = "".join(state_line(stored_item(u, "عنوان", body)) for u in (a, b, other))
    text += state_line({**stored_item(c, "عنوان", body), "crawled_at": datetime.now(timezone.utc).isoformat()})  # fresh
    crawler, middleware = _middleware(tmp_path, site, text)
    assert middleware.due == [a, b]  # not c (fetched after every point), not another host's article

    async def start():
        yield Request(site + "/", meta={"newscrawler_kind": "home"})

    async def requests():
        return [r async for r in middleware.process_start(start())]

    out = asyncio.run(requests())
    assert [r.url for r in out] == [site + "/", a, b]
    assert all(r.dont_filter and r.meta == {"newscrawler_kind": "article", "newscrawler_revisit": True} for r in out[1:])
    assert crawler.stats.get_value("newscrawler/revisit/requested") == 2

    async def output():
        yield Request(a, meta={"newscrawler_kind": "article"})  # a listing's link: still skipped
        yield Request(a, meta={"newscrawler_kind": "article", "newscrawler_render_reason": "profile"})  # its render
        yield {"url": a, "title": "عنوان", "body": body, "read_also": []}           # unchanged
        yield {"url": b, "title": "عنوان", "body": body + " تحديث.", "read_also": []}  # changed
        yield {"url": b, "title": "عنوان", "body": body, "read_also": []}           # b again: already written
        yield {"url": c, "title": "عنوان", "body": body, "read_also": []}           # stored, not revisited

    async def collect():
        return [r async for r in middleware.process_spider_output(None, output())]

    got = asyncio.run(collect())
    assert [getattr(r, "url", None) or r["url"] for r in got] == [a, b]
    assert got[0].meta.get("newscrawler_render_reason") and got[1]["revision"] == 2
    assert crawler.stats.get_value("newscrawler/revisit/unchanged") == 1
    assert crawler.stats.get_value("newscrawler/incremental/already_written") == 2
    middleware.spider_closed(None)
    _links, fields = read_state(tmp_path / "news-seen.txt")
    assert datetime.fromisoformat(fields[a]["last_seen"]) > old + D  # recorded as fetched now: not due again
    assert fields[a]["first_seen"] == (old + timedelta(minutes=30)).isoformat(timespec="seconds")
    assert fields[b]["revision"] == "1"  # the changed item is recorded once it is in the feed


def test_revisits_off_requests_nothing(tmp_path):
    from newscrawler.fetch.incremental import state_line

    site = "https://news.example"
    old = (datetime.now(timezone.utc) - 30 * D).isoformat(timespec="seconds")
    line = state_line({"url": f"{site}/2024/01/01/a", "published_at": old, "crawled_at": old, "content_hash": "h"})
    _crawler, middleware = _middleware(tmp_path, site, line, NEWSCRAWLER_REVISIT="off")
    assert middleware.due == [] and middleware.schedule == ()
    middleware.spider_closed(None)


def test_a_revision_a_killed_run_wrote_last_is_recorded(tmp_path):
    """The feed's last line is a changed article's new version that the killed run had no time
    to record: the next run records it, so the article is not due for the same point again."""
    import json

    from newscrawler.fetch.incremental import read_state, state_line

    site = "https://news.example"
    a = f"{site}/2024/01/01/a"
    old = (datetime.now(timezone.utc) - 30 * D).isoformat(timespec="seconds")
    item = {"url": a, "published_at": old, "crawled_at": old, "content_hash": "h1", "revision": 1, "read_also": []}
    feed = tmp_path / "feed.jsonl"
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    feed.write_text(json.dumps({**item, "crawled_at": now, "content_hash": "h2", "revision": 2}) + "\n", encoding="utf-8")
    _crawler, middleware = _middleware(tmp_path, site, state_line(item),
                                       FEEDS={str(feed): {"format": "jsonlines"}})
    assert middleware.due == []
    middleware.spider_closed(None)
    fields = read_state(tmp_path / "news-seen.txt")[1][a]
    assert (fields["content_hash"], fields["revision"], fields["first_seen"], fields["last_seen"]) == ("h2", "2", old, now)


def test_the_start_checks_run_the_revisit_check():
    from newscrawler.checks import check_crawl
    from newscrawler.sites.levant import PROFILE as LEVANT

    with pytest.raises(ConfigError, match="NEWSCRAWLER_REVISIT"):
        check_crawl("levant", LEVANT, {"start_url": "http://127.0.0.1:1/"},
                    project_settings(NEWSCRAWLER_REVISIT="2x"))
