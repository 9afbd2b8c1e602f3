"""Sitemaps and feeds: the lists a site keeps of its own articles (pure functions, tested alone).

- Sitemaps (sitemaps.org): `Sitemap:` lines of robots.txt, else the usual places
  (`SITEMAP_PATHS`); an index lists sitemaps (nested to any depth), a urlset lists pages with
  their `<lastmod>`; Google News sitemaps add `<news:publication_date>` and `<news:title>`.
  Parsing reuses Scrapy's `scrapy.utils.sitemap.Sitemap` (a streaming `iterparse` that clears
  each entry once read, entities never resolved), extended by `NewsSitemap`: Scrapy keeps only
  the direct children of `<url>`, so `news:publication_date`, a grandchild, was lost
  (tests/discovery/test_sitemaps.py shows it).
- Feeds: RSS 2.0 `<item>` (`<link>`, `<pubDate>`) and Atom `<entry>` (`<link href>`,
  `<published>`/`<updated>`), found from `<link rel="alternate">` in a page's head, else the
  usual paths (`FEED_PATHS`).

Every entry is an `Entry`: the URL as listed, and the dates that can decide a backfill before the
page is fetched (`published`: a publication date; `modified`: a lastmod/updated date, which is
never before the publication). Bodies are capped before parsing (`inflate`): a gzip sitemap is
inflated up to the cap and cut there (a gzip bomb costs the cap, not its size); malformed XML
gives the entries read before the fault and says it was malformed.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from io import BytesIO
from typing import Iterator

import lxml.etree
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

SITEMAP_PATHS = ("/sitemap.xml", "/sitemap_index.xml", "/news-sitemap.xml", "/wp-sitemap.xml", "/sitemap.xml.gz")
FEED_PATHS = ("/feed/", "/rss", "/rss.xml", "/feed.xml", "/atom.xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml")

__all__ = ["Entry", "Listing", "SITEMAP_PATHS", "FEED_PATHS", "robots_sitemaps", "inflate", "read_sitemap",
           "read_feed", "feed_links", "parse_hint_date"]


@dataclass(frozen=True, slots=True)
class Entry:
    url: str                              # as listed (absolute)
    published: datetime | None = None     # news:publication_date, pubDate, published
    modified: datetime | None = None      # lastmod, updated
    title: str | None = None              # news:title, a feed item's title


@dataclass
class Listing:
    """What one sitemap or feed gave: its kind, then its entries as they are read (a generator:
    a sitemap of 50,000 URLs is never held as a list). `malformed` is set once the entries are
    read if the document was cut or broken (the entries before the fault still count)."""

    kind: str                             # "urlset", "sitemapindex", "rss", "atom", or "" (not one)
    entries: Iterator[Entry]
    malformed: bool = False


def robots_sitemaps(body: bytes, base_url: str) -> list[str]:
    """The `Sitemap:` URLs of a robots.txt body, absolute (Scrapy's reader, a line at a time:
    a line it cannot resolve, such as `Sitemap: https://x.com]/s.xml`, is passed over)."""
    found = []
    for line in body.splitlines():
        if line.lstrip().lower().startswith(b"sitemap:"):
            try:
                found += sitemap_urls_from_robots(line.lstrip(), base_url=base_url)
            except ValueError:
                continue
    return found


class BodyTooLarge(Exception):
    """A body over the cap once inflated (cut there)."""


def inflate(body: bytes, cap: int) -> tuple[bytes, bool]:
    """The XML of a sitemap or feed body: gzip inflated when it is gzip (by its magic number,
    whatever the URL or header says), at most `cap` bytes. Returns (xml, cut): `cut` when the
    body or its inflated form was over the cap (what is returned is its first `cap` bytes)."""
    if body[:2] == b"\x1f\x8b":
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out = d.decompress(body, cap + 1)
        except zlib.error:
            return b"", False  # not gzip after all: nothing to read
        if len(out) > cap:
            return out[:cap], True
        return out, False
    if len(body) > cap:
        return body[:cap], True
    return body, False


def parse_hint_date(text: str | None) -> datetime | None:
    """A W3C/ISO date (sitemaps, Atom) or an RFC 822 date (RSS); naive when the text has no
    offset (the site's local time); None when it is not one."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        try:
            dt = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if dt is None or not 1900 <= dt.year <= 2200:
        return None  # 0001-01-01 (a .NET MinValue), 9999-12-31: no date, and no overflow later
    return dt  # without an offset it stays naive: read in the site's zone (backfill.DateRange.day)


def _local(tag) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


class NewsSitemap(Sitemap):
    """Scrapy's Sitemap, keeping the Google News fields nested in `<news:news>` too."""

    __slots__ = ()

    def _process_sitemap_element(self, elem):
        news = {}
        for child in elem:
            if _local(child.tag) == "news":
                for el in child.iter():
                    name = _local(el.tag)
                    if name in ("publication_date", "title") and el.text:
                        news[name] = el.text.strip()
        d = super()._process_sitemap_element(elem)
        if d is not None:
            d.pop("news", None)
            d.update({f"news_{k}": v for k, v in news.items()})
        return d


def read_sitemap(xml: bytes) -> Listing:
    """The entries of a sitemap or sitemap index (see Listing). kind "" when the document is
    not a sitemap (an HTML error page at /sitemap.xml, an empty body)."""
    try:
        sitemap = NewsSitemap(xml)
    except (lxml.etree.XMLSyntaxError, StopIteration, ValueError):
        return Listing("", iter(()), malformed=bool(xml.strip()))
    if sitemap.type in ("rss", "RDF", "feed"):
        return read_feed(xml)  # a feed given as a sitemap (search engines take those too)
    if sitemap.type not in ("urlset", "sitemapindex"):
        return Listing("", iter(()), malformed=True)
    listing = Listing(sitemap.type, iter(()))

    def entries():
        try:
            for d in sitemap:
                loc = (d.get("loc") or "").strip()
                if loc:
                    yield Entry(loc, parse_hint_date(d.get("news_publication_date")),
                                parse_hint_date(d.get("lastmod")), d.get("news_title"))
        except lxml.etree.XMLSyntaxError:
            listing.malformed = True
        if any(e.level >= lxml.etree.ErrorLevels.ERROR for e in sitemap.xmliter.error_log):
            listing.malformed = True

    listing.entries = entries()
    return listing


def _text(el, name: str) -> str | None:
    for child in el:
        if _local(child.tag) == name:
            return (child.text or "").strip() or None
    return None


def read_feed(xml: bytes) -> Listing:
    """The entries of an RSS 2.0 or Atom feed (see Listing), streamed: each item is cleared
    once read. kind "" when the document is not a feed."""
    parser = lxml.etree.iterparse(BytesIO(xml), events=("start", "end"), recover=True, resolve_entities=False,
                                  remove_comments=True, remove_pis=True, no_network=True, huge_tree=False)
    try:
        _, root = next(parser)
    except (lxml.etree.XMLSyntaxError, StopIteration):
        return Listing("", iter(()), malformed=bool(xml.strip()))
    kind = {"rss": "rss", "RDF": "rss", "feed": "atom"}.get(_local(root.tag), "")
    if not kind:
        return Listing("", iter(()), malformed=True)
    listing = Listing(kind, iter(()))

    def entries():
        try:
            for event, el in parser:
                if event != "end" or _local(el.tag) not in ("item", "entry"):
                    continue
                url = None
                if kind == "rss":
                    url = _text(el, "link") or None
                    published, modified = parse_hint_date(_text(el, "pubDate") or _text(el, "date")), None
                else:
                    for link in el:
                        if _local(link.tag) == "link" and (link.get("rel") or "alternate") == "alternate":
                            url = (link.get("href") or "").strip() or None
                            break
                    published = parse_hint_date(_text(el, "published") or _text(el, "issued"))
                    modified = parse_hint_date(_text(el, "updated"))
                title = _text(el, "title")
                el.clear()
                while el.getprevious() is not None:
                    del el.getparent()[0]
                if url:
                    yield Entry(url, published, modified, title)
        except lxml.etree.XMLSyntaxError:
            listing.malformed = True
        if any(e.level >= lxml.etree.ErrorLevels.ERROR for e in parser.error_log):
            listing.malformed = True

    listing.entries = entries()
    return listing


def feed_links(root) -> list[str]:
    """The hrefs of a page's `<link rel="alternate">` feeds (RSS, Atom), as written."""
    head = root.find("head") if root is not None else None
    out = []
    for el in (head.iter("link") if head is not None else ()):
        rel = (el.get("rel") or "").lower().split()
        if "alternate" in rel and (el.get("type") or "").strip().lower() in FEED_TYPES:
            href = (el.get("href") or "").strip()
            if href and href not in out:
                out.append(href)
    return out
