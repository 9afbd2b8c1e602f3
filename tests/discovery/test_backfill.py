"""Backfill by date and the discovery argument: what decides before a page is fetched."""

from datetime import date, datetime, timezone

import pytest
from scrapy.exceptions import DropItem

from newscrawler.discovery import SOURCES, parse_discover
from newscrawler.discovery.backfill import DateRange, DateRangePipeline, listing_exhausted, parse_day, url_date
from newscrawler.errors import ConfigError
from newscrawler.sites.generic import generic_profile
from newscrawler.sites.levant import PROFILE as LEVANT
from newscrawler.urls import request_url

JUNE = DateRange.from_args("2024-06-01", "2024-06-30", "Europe/London")
L = "https://thelevantnews.com/article/"


@pytest.mark.parametrize("value", ["2024-13-01", "2024-02-30", "yesterday", "06/06/2024", "2024-6-1", "20240601"])
def test_a_bad_day_is_a_config_error(value):
    with pytest.raises(ConfigError, match="YYYY-MM-DD"):
        parse_day(value, "since")


def test_range_arguments():
    assert DateRange.from_args(None, None, "UTC") is None
    assert DateRange.from_args("2024-06-01", None, "UTC").until is None
    assert DateRange.from_args(None, " 2024-06-30 ", "UTC").until == date(2024, 6, 30)
    with pytest.raises(ConfigError, match="after"):
        DateRange.from_args("2024-07-01", "2024-06-30", "UTC")


def test_days_are_the_sites_days_inclusive():
    # 23:30 UTC on 31 May is 00:30 on 1 June in London (BST)
    assert JUNE.holds(datetime(2024, 5, 31, 23, 30, tzinfo=timezone.utc))
    assert not JUNE.holds(datetime(2024, 5, 31, 22, 30, tzinfo=timezone.utc))
    assert JUNE.holds(datetime(2024, 6, 30, 22, 59, tzinfo=timezone.utc))
    assert not JUNE.holds(datetime(2024, 6, 30, 23, 0, tzinfo=timezone.utc))


def test_what_rules_a_link_out_before_fetching():
    inside, before, after = L + "خبرjune-6,-2024,-9:35-am", L + "خبرmay-6,-2024,-9:35-am", L + "خبرjuly-1,-2024,-1:00-am"
    assert not JUNE.rules_out(inside, LEVANT)
    assert JUNE.rules_out(before, LEVANT) and JUNE.rules_out(after, LEVANT)
    undated = L + "خبر-بلا-تاريخ"
    assert not JUNE.rules_out(undated, LEVANT)
    # a publication date the link came with decides first
    assert JUNE.rules_out(undated, LEVANT, published=datetime(2024, 7, 2, tzinfo=timezone.utc))
    assert not JUNE.rules_out(before, LEVANT, published=datetime(2024, 6, 2, tzinfo=timezone.utc))
    # a lastmod only rules out what was last modified before `since`, by more than two days (a
    # UTC day, a post scheduled after its last edit)
    assert JUNE.rules_out(undated, LEVANT, modified=datetime(2024, 5, 1, tzinfo=timezone.utc))
    assert not JUNE.rules_out(undated, LEVANT, modified=datetime(2024, 5, 30, tzinfo=timezone.utc))
    assert not JUNE.rules_out(undated, LEVANT, modified=datetime(2024, 8, 1, tzinfo=timezone.utc))
    # a date without an offset is the site's local time
    riyadh = DateRange.from_args(None, "2024-07-31", "Asia/Riyadh")
    assert not riyadh.rules_out(undated, LEVANT, published=datetime(2024, 7, 31, 22, 30))
    generic = generic_profile("https://site.test/")
    assert JUNE.rules_out("https://site.test/2024/05/30/a-b-c-d", generic)
    assert not JUNE.rules_out("https://site.test/2024/06/30/a-b-c-d", generic)


def test_url_dates():
    assert url_date(L + "خبرjune-6,-2024,-9:35-am", LEVANT) == datetime(2024, 6, 6, 8, 35, tzinfo=timezone.utc)
    assert url_date("https://site.test/news/2023/1/9/x", generic_profile("https://site.test/")).date() == date(2023, 1, 9)
    assert url_date(L + "خبر", LEVANT) is None


def test_a_listing_is_exhausted_when_all_its_dates_are_before_since():
    old = [L + "aapril-1,-2024,-1:00-am", L + "bmay-31,-2024,-1:00-pm"]
    assert listing_exhausted(old, JUNE, LEVANT)
    assert not listing_exhausted(old + [L + "cjune-1,-2024,-1:00-am"], JUNE, LEVANT)
    assert not listing_exhausted(old + [L + "undated"], JUNE, LEVANT)  # cannot tell: page on
    assert not listing_exhausted([], JUNE, LEVANT)
    assert not listing_exhausted(old, DateRange.from_args(None, "2024-06-30", "UTC"), LEVANT)


class _Stats:
    def __init__(self):
        self.values = {}

    def inc_value(self, key):
        self.values[key] = self.values.get(key, 0) + 1


class _Crawler:
    def __init__(self, rng):
        self.spider = type("S", (), {"date_range": rng})()
        self.stats = _Stats()


def test_the_pipeline_keeps_only_the_range():
    crawler = _Crawler(JUNE)
    pipe = DateRangePipeline.from_crawler(crawler)
    item = {"url": "u", "published_at": "2024-06-06T09:35:00+01:00"}
    assert pipe.process_item(item) is item
    for value in ("2024-07-06T09:35:00+01:00", None, "not a date"):
        with pytest.raises(DropItem):
            pipe.process_item({"url": "u", "published_at": value})
    assert crawler.stats.values == {"newscrawler/backfill/out_of_range_fetched": 1, "newscrawler/backfill/undated": 2}
    free = DateRangePipeline.from_crawler(_Crawler(None))
    assert free.process_item({"published_at": None}) == {"published_at": None}


def test_discover_argument():
    assert parse_discover(None) == parse_discover("all") == frozenset(SOURCES)
    assert parse_discover("sitemaps") == {"sitemaps"}
    assert parse_discover(" Nav , feeds ") == {"nav", "feeds"}
    for bad in ("sitemap", "nav,rss", ","):
        with pytest.raises(ConfigError, match="nav, sitemaps, feeds"):
            parse_discover(bad)


@pytest.mark.parametrize("url,linked,expected", [
    ("https://a.test/x", "https://a.test/x/", "https://a.test/x/"),
    ("https://a.test/x", "https://www.a.test/x", "https://www.a.test/x"),
    ("https://a.test/x?p=2", "https://a.test/x/?p=2&utm_source=t#c", "https://a.test/x/?p=2"),
    ("https://a.test/x", "https://a.test/x?utm_source=t", "https://a.test/x"),
    ("https://a.test/", "https://a.test/", "https://a.test/"),
])
def test_request_url_keeps_the_sites_slash_and_host(url, linked, expected):
    assert request_url(url, linked) == expected


@pytest.mark.parametrize("url,skipped", [
    ("https://x.test/sitemaps/2024-06.xml", False), ("https://x.test/sitemaps/2024-05.xml", False),  # next to it: the slack
    ("https://x.test/sitemaps/2024-04.xml.gz", True), ("https://x.test/sitemap-2024_08.xml", True),
    ("https://x.test/sitemap/2024/04.xml", True), ("https://x.test/sitemap.xml?yyyy=2024&mm=3", True),
    ("https://x.test/sitemap.xml?yyyy=2024&mm=6", False),
    # not a month alone: decides nothing
    ("https://x.test/sitemap-2024-05-15.xml", False), ("https://x.test/sitemap-2024-05-15_2024-06-15.xml", False),
    ("https://x.test/sitemap.xml?from=2019-01-01&to=2024-12-31", False), ("https://x.test/post-sitemap12345.xml", False),
    ("https://x.test/" + "2019-10-" * 2000 + "/x", False),
])
def test_monthly_sitemaps_are_skipped_by_their_names(url, skipped):
    assert JUNE.rules_out_sitemap(url) is skipped


def test_a_month_next_to_the_range_is_kept_for_the_slack():
    july = DateRange.from_args("2024-07-01", "2024-07-31", "UTC")
    assert not july.rules_out_sitemap("https://x.test/sitemaps/2024-06.xml")  # a UTC month may hold 1 July
    assert not july.rules_out_sitemap("https://x.test/sitemaps/2024-08.xml")
    assert july.rules_out_sitemap("https://x.test/sitemaps/2024-05.xml")
