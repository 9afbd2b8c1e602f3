"""Sitemaps and feeds as pure functions (newscrawler.discovery.sitemaps): the documents real
CMSs serve, Google News fields, gzip (and gzip bombs), broken XML, streaming."""

import gzip
import time
import tracemalloc
from datetime import datetime, timezone

import pytest
from scrapy.utils.sitemap import Sitemap

from newscrawler.discovery.sitemaps import (feed_links, inflate, parse_hint_date, read_feed, read_sitemap,
                                            robots_sitemaps)
from newscrawler.html import parse_html

NEWS = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
 <url><loc>https://site.test/article/%D8%AE%D8%A8%D8%B1-1</loc>
  <news:news><news:publication><news:name>ليفانت نيوز</news:name><news:language>ar</news:language></news:publication>
   <news:publication_date>2024-06-06T09:35:00+01:00</news:publication_date>
   <news:title>خبر &amp; تقرير</news:title></news:news></url>
 <url><loc>https://site.test/article/b</loc><lastmod>2024-06-07</lastmod></url>
</urlset>""".encode()

INDEX = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://site.test/sitemaps/2024-05.xml.gz</loc><lastmod>2024-05-31</lastmod></sitemap>
<sitemap><loc>https://site.test/sitemaps/2024-06.xml</loc></sitemap></sitemapindex>"""


def test_scrapys_sitemap_loses_the_news_publication_date_ours_keeps_it():
    scrapy_entry = next(iter(Sitemap(NEWS)))
    assert "publication_date" not in str(scrapy_entry)  # a grandchild of <url>: Scrapy keeps direct children only
    listing = read_sitemap(NEWS)
    assert listing.kind == "urlset"
    first, second = list(listing.entries)
    assert first.url == "https://site.test/article/%D8%AE%D8%A8%D8%B1-1"
    assert first.published == datetime(2024, 6, 6, 8, 35, tzinfo=timezone.utc)
    assert first.title == "خبر & تقرير"
    assert second.published is None and second.modified == datetime(2024, 6, 7)  # no offset: the site's time
    assert not listing.malformed


def test_an_index_lists_sitemaps():
    listing = read_sitemap(INDEX)
    assert listing.kind == "sitemapindex"
    assert [e.url for e in listing.entries] == ["https://site.test/sitemaps/2024-05.xml.gz",
                                                "https://site.test/sitemaps/2024-06.xml"]


def test_gzip_is_inflated_whatever_the_name_and_a_bomb_is_cut_at_the_cap():
    xml, cut = inflate(gzip.compress(NEWS), 1 << 20)
    assert xml == NEWS and not cut
    bomb = gzip.compress(b"<urlset>" + b" " * (64 << 20), 1)  # 64 MB of spaces in 300 kB
    t = time.perf_counter()
    tracemalloc.start()
    xml, cut = inflate(bomb, 4 << 20)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert cut and len(xml) == 4 << 20
    assert peak < 20 << 20 and time.perf_counter() - t < 2
    xml, cut = inflate(b"x" * 100, 10)
    assert cut and xml == b"x" * 10
    assert inflate(b"\x1f\x8bnot gzip", 100) == (b"", False)


def test_broken_xml_keeps_the_entries_before_the_fault_and_says_so():
    cut = NEWS[:NEWS.index(b"<url><loc>https://site.test/article/b") + 30]
    listing = read_sitemap(cut)
    urls = [e.url for e in listing.entries]
    assert urls[0].endswith("%D8%AE%D8%A8%D8%B1-1")
    assert listing.malformed


@pytest.mark.parametrize("body", [b"", b"<html><body>Not found</body></html>", b"\x00\x01garbage", b"{\"json\": 1}"])
def test_what_is_not_a_sitemap(body):
    listing = read_sitemap(body)
    assert listing.kind == "" and list(listing.entries) == []


def test_a_big_sitemap_streams():
    n = 20_000
    body = (b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + b"".join(b"<url><loc>https://site.test/article/a%d</loc><lastmod>2024-01-01</lastmod></url>" % i
                       for i in range(n)) + b"</urlset>")
    tracemalloc.start()
    count = sum(1 for _ in read_sitemap(body).entries)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == n
    assert peak < len(body)  # entries cleared as read: far less than a tree of 20,000 <url>s


RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>ليفانت نيوز</title>
<link>https://site.test/</link>
<item><title>خبر أول</title><link>https://site.test/article/a</link><pubDate>Thu, 06 Jun 2024 09:35:00 +0100</pubDate></item>
<item><title>بلا تاريخ</title><link> https://site.test/article/b </link></item>
<item><title>بلا رابط</title></item>
</channel></rss>""".encode()

ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>
<entry><title>a</title><link rel="alternate" href="https://site.test/article/a"/><link rel="enclosure" href="https://site.test/a.mp3"/>
<published>2024-06-06T09:35:00Z</published><updated>2024-06-08T00:00:00Z</updated></entry>
<entry><title>b</title><link href="https://site.test/article/b"/><updated>2024-06-09T00:00:00+03:00</updated></entry></feed>"""


def test_rss_items_with_their_dates():
    listing = read_feed(RSS)
    assert listing.kind == "rss"
    entries = list(listing.entries)
    assert [e.url for e in entries] == ["https://site.test/article/a", "https://site.test/article/b"]
    assert entries[0].published == datetime(2024, 6, 6, 8, 35, tzinfo=timezone.utc)
    assert entries[1].published is None


def test_atom_entries_with_their_dates():
    entries = list(read_feed(ATOM).entries)
    assert [e.url for e in entries] == ["https://site.test/article/a", "https://site.test/article/b"]
    assert entries[0].published.year == 2024 and entries[0].modified.day == 8
    assert entries[1].published is None and entries[1].modified is not None


def test_what_is_not_a_feed():
    assert read_feed(b"<html><body>x</body></html>").kind == ""
    assert read_feed(b"").kind == ""
    listing = read_feed(RSS[:RSS.index(b"<item><title>\xd8\xa8\xd9\x84\xd8\xa7 \xd8\xaa")])
    assert [e.url for e in listing.entries] == ["https://site.test/article/a"]


def test_feed_links_of_a_page_head():
    root = parse_html('<html><head><link rel="alternate" type="application/rss+xml" href="/feed/">'
                      '<link rel="alternate" type="application/atom+xml" href="https://site.test/feed/atom/">'
                      '<link rel="alternate" hreflang="en" href="/en/"><link rel="stylesheet" href="/a.css">'
                      '</head><body><p>x</p></body></html>')
    assert feed_links(root) == ["/feed/", "https://site.test/feed/atom/"]


def test_robots_sitemap_lines():
    text = ("User-agent: *\nDisallow: /search\nSitemap: https://site.test/sitemap_index.xml\nsitemap: /news.xml\n"
            "Sitemap: https://site.test]/bad.xml\n")  # a bracket that is no IPv6 address: passed over
    assert robots_sitemaps(text.encode(), "https://site.test/robots.txt") == ["https://site.test/sitemap_index.xml",
                                                                     "https://site.test/news.xml"]


@pytest.mark.parametrize("text,expected", [
    ("2024-06-06", datetime(2024, 6, 6)),
    ("2024-07-31T22:30:00", datetime(2024, 7, 31, 22, 30)),  # local time: read in the site's zone later
    ("0001-01-01T00:00:00+03:00", None), ("9999-12-31T23:00:00Z", None), ("Fri, 31 Dec 9999 23:00:00 -0500", None),
    ("2024-06-06T09:35:00Z", datetime(2024, 6, 6, 9, 35, tzinfo=timezone.utc)),
    ("Thu, 06 Jun 2024 09:35:00 GMT", datetime(2024, 6, 6, 9, 35, tzinfo=timezone.utc)),
    ("yesterday", None), ("", None), (None, None)])
def test_hint_dates(text, expected):
    assert parse_hint_date(text) == expected


def test_a_feed_given_as_a_sitemap_is_read_as_a_feed():
    listing = read_sitemap(RSS)
    assert listing.kind == "rss"
    assert [e.url for e in listing.entries] == ["https://site.test/article/a", "https://site.test/article/b"]
