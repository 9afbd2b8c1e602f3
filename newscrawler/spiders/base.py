"""The spider every site shares: which links to follow, and which pages to extract or render.

A page's links come from newscrawler.discovery, its item from newscrawler.extract, the decision
to fetch it again through Chromium from newscrawler.fetch.rendering, the host's learned chrome
and the items held back for it from newscrawler.spiders.chrome; the spider only turns
URLs into requests and counts what it met (stats `newscrawler/pages/*`,
`newscrawler/extract_failed/*`). Its arguments and the settings are checked before the crawl
(newscrawler.checks).

Every request says why it was made (`Request.meta[KIND]`): the start page (`home`), a menu
link (`section`), a listing's next or numbered page (`pagination`), an article link
(`article`), a JSON list (`endpoint`); listing pages are counted by it
(`newscrawler/listing/<kind>`). A section request carries the section's name as its menu link
printed it (`meta[SECTION]`), its pages inherit it, and so do the articles its list shows:
extraction takes it as one more piece of evidence for the item's `section`. An article first
found on a page without a section (the home page, a read-also line) has no such name, unless
a section listing shows it before it is extracted (`listed_in`): section pages are fetched
before the other links (a higher priority) for that reason, and only they, so that the
pagination of long listings does not keep articles waiting. A start page without any
section link is logged as a warning: the crawl will only see what that page links to.
"""

from __future__ import annotations

import logging
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import TextResponse

from newscrawler.checks import check_start_url
from newscrawler.discovery import parse_discover
from newscrawler.discovery.backfill import DateRange, listing_exhausted
from newscrawler.discovery.endpoints import discover_endpoints, endpoint_links
from newscrawler.discovery.links import discover_links, followable, listing_heading
from newscrawler.discovery.sitemaps import (FEED_PATHS, SITEMAP_PATHS, feed_links, inflate, read_feed, read_sitemap,
                                            robots_sitemaps)
from newscrawler.extract import NotAnArticle, extract_tree
from newscrawler.fetch.rendering import Renderer, is_rendered, render_reason
from newscrawler.html import looks_binary, page_text, parse_html
from newscrawler.items.schema import ArticleItem
from newscrawler.items.steps import doomed_reason
from newscrawler.lostpages import record_lost
from newscrawler.sites import SiteProfile
from newscrawler.spiders.chrome import ChromeLearner
from newscrawler.urls import UrlSet, canonical_url, host_key, request_url

logger = logging.getLogger(__name__)

KIND = "newscrawler_kind"        # Request.meta: why the page was requested (home, section, pagination ...)
SECTION = "newscrawler_section"  # Request.meta: the section name of the listing that led to the page
SOURCE = "newscrawler_source"    # Request.meta of an article request: where it was found (stats)
PROBE = "newscrawler_probe"      # Request.meta: a usual place that may not exist (a 404 loses nothing)
LISTING_KINDS = ("home", "section", "pagination")
SECTION_PRIORITY = 1             # menu links before the rest: their names reach the home page's articles first
ENTRY_PRIORITY = -1              # a shared frontier: sitemaps' and feeds' articles after the listings
MAX_SITEMAPS = 10_000        # sitemaps a crawl reads at most (50,000 URLs each: half a billion)
MAX_LINK_CHARS = 2048        # the sitemaps protocol's limit on a URL


def _origin(url: str) -> str:
    """scheme://host[:port] of an absolute URL."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class ProfileSpider(scrapy.Spider):
    """A spider driven by a SiteProfile. Subclasses set `name` and `profile` (a spider of any
    site, `news`, leaves the class's `profile` None and picks one per run)."""

    profile: SiteProfile | None = None
    chrome: ChromeLearner | None = None  # the hosts' learned chrome; None: NEWSCRAWLER_LEARN_CHROME=False
    MAX_RELEASE_REQUESTS = 3
    # Whether a sitemap's or feed's articles wait in this process until the navigation is done;
    # False on a shared frontier (newscrawler.distributed): they go to it at ENTRY_PRIORITY.
    hold_entries = True

    def __init__(self, start_url: str | None = None, discover: str | None = None, since: str | None = None,
                 until: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.start_url = check_start_url(start_url, self.profile.start_url, self.name)
        # requested as given (its trailing slash, `www.`), known by its canonical form
        self.start_request_url = request_url(self.start_url, (start_url or "").strip() or self.start_url)
        self.host = urlsplit(self.start_url).hostname
        self.allowed_domains = [host_key(self.host)]
        self.timezone = self.profile.timezone
        self.discover = parse_discover(discover)   # nav, sitemaps, feeds (-a discover=)
        self.date_range = DateRange.from_args(since, until, self.timezone)  # -a since= / -a until=
        self.sitemap_cap = 50 * 1024 * 1024  # NEWSCRAWLER_SITEMAP_MAX_BYTES, set in from_crawler
        self.seen_urls = UrlSet([self.start_url])  # every URL requested (digests: flat memory)
        # Articles a section listing shows that were requested before it, from a page without a
        # section (the home page, a read-also line): their section name, until extracted.
        self.listed_in: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.renderer = Renderer.from_crawler(crawler)  # pages that need JavaScript
        spider.sitemap_cap = crawler.settings.getint("NEWSCRAWLER_SITEMAP_MAX_BYTES")
        spider.chrome = ChromeLearner.from_crawler(crawler, spider.name)
        spider.release_requests = 0
        # Whether pages' navigation is followed: "on", "off" (not a source), or "waiting": a
        # backfill goes by the sitemaps (complete and dated) when the site has them, so the
        # navigation (the home page's, held) waits until they are read (spider_idle).
        spider.nav = "off" if "nav" not in spider.discover else (
            "waiting" if spider.date_range is not None and "sitemaps" in spider.discover else "on")
        spider.held_home = None
        spider.sitemap_articles = 0     # article entries of (non-news) sitemaps, in the range or not
        # Articles sitemaps and feeds list, while the navigation is followed: requested once it
        # is done (spider_idle), those it did not reach (URLs only: a sitemap's million entries
        # cost their text, not a million requests in the frontier meanwhile).
        spider.held_entries = []
        spider.sitemaps_requested = 0
        crawler.signals.connect(spider.spider_idle, signal=signals.spider_idle)
        return spider

    def is_article_page(self, url: str, root) -> bool:
        """Whether a fetched page should go through extraction (the profile's URL rule)."""
        return self.profile.is_article_url(url)

    def page_site(self, url: str, text: str) -> SiteProfile:
        """The site profile a page is extracted with: the spider's own (`news` overrides it)."""
        return self.profile

    async def start(self):
        if self.chrome is not None:
            self.chrome.attach(getattr(self, "state", None))  # JOBDIR's, set when the spider opened
        if self.date_range is not None:
            logger.info("backfill: articles published from %s (days in %s)", self.date_range, self.timezone)
        # The home page, whatever the sources: its menus (nav), its feeds' <link>s (feeds), and
        # the health check that the site answered.
        yield scrapy.Request(self.start_request_url, callback=self.parse, meta={KIND: "home"})
        if "sitemaps" in self.discover:
            yield scrapy.Request(_origin(self.start_request_url) + "/robots.txt", callback=self.parse_robots, errback=self.robots_failed,
                                 dont_filter=True, meta={KIND: "robots", PROBE: True, "dont_obey_robotstxt": True})

    def spider_idle(self):
        """Before the crawl ends: a backfill's navigation, when the sitemaps listed no article;
        the articles sitemaps and feeds listed that the navigation did not reach; items still
        held back for their host's chrome model."""
        if self.nav == "waiting":
            if self.sitemap_articles:
                logger.info("backfill: the site's sitemaps list its articles; its navigation is not followed")
                self.nav, self.held_home = "off", None
            else:
                logger.info("backfill: no sitemap lists the site's articles; following its navigation")
                self.nav = "on"
                if self.held_home is not None:
                    self.crawler.engine.crawl(scrapy.Request("data:,", callback=self.release_nav, dont_filter=True))
                    raise DontCloseSpider
        if self.held_entries:
            self.crawler.engine.crawl(scrapy.Request("data:,", callback=self.release_entries, dont_filter=True))
            raise DontCloseSpider
        if self.chrome is None:
            return
        self.chrome.attach(getattr(self, "state", None))
        if self.chrome.holding() and self.release_requests < self.MAX_RELEASE_REQUESTS:
            self.release_requests += 1
            self.crawler.engine.crawl(scrapy.Request("data:,", callback=self.release_held, dont_filter=True))
            raise DontCloseSpider

    def release_nav(self, response):
        """The navigation of a backfill's home page, held until the sitemaps were read."""
        home, self.held_home = self.held_home, None
        if home is not None:
            yield from self._nav(*home)

    def _nav(self, root, response, kind: str, section: str | None, text: str):
        """Requests for a page's navigation links and script-loaded lists."""
        yield from self._follow_links(root, response, kind, section)
        yield from self._follow(discover_endpoints(root, response.url, self.host, text),  # script-loaded lists
                                self.parse_endpoint, "endpoint", section)

    def release_held(self, response):
        yield from self._released(self.chrome.release_all())

    def _released(self, items):
        """Items the chrome learner lets go. A held item was judged before its host's model had
        learned: if the model now leaves its body empty (only the site's chrome, e.g. the empty
        container of a body a script inserts, beside an author box), its page is rendered once
        instead, as it would have been had the model been ready."""
        for item in items:
            url = getattr(item, "_page_url", None)
            if url is not None and not getattr(item, "_rendered", True):
                site = getattr(item, "_site", None)
                failure = doomed_reason(item, site.source_line if site is not None else None)
                reason = render_reason(None, self.profile, article=True, failure=failure) if failure else None
                if reason is not None:
                    requests = self.renderer.requests(url, reason, self.profile, self.parse, self.render_failed)
                    for request in requests:  # requested for the same reason as the page was
                        request.meta.update(getattr(item, "_page_meta", {}))
                    if requests:
                        yield from requests
                        continue
            yield item

    def _inc(self, key: str) -> None:
        self.crawler.stats.inc_value(f"newscrawler/{key}")

    def _follow(self, urls, callback, kind: str, section=None, linked=None, source: str | None = None,
                in_range: bool = False):
        """Requests for the URLs not seen before. Most links were (menus, tickers): skipping
        them here saves building a Request; Scrapy's dupefilter still guards. `section` is the
        section name each request carries: one for all, or a function of the URL. `linked`:
        the URL to request for a link the page writes otherwise (newscrawler.urls.request_url).
        An article (`source`: where it was found, counted) outside a backfill's date range by
        its URL is not requested (`in_range`: the caller decided that already, from the dates a
        sitemap or feed gave)."""
        priority = SECTION_PRIORITY if kind == "section" else 0
        for url in urls:
            if url not in self.seen_urls:
                if source is not None and not in_range and self._ruled_out(url):
                    continue
                self.seen_urls.add(url)
                name = section(url) if callable(section) else section
                meta = {KIND: kind, SECTION: name} if name else {KIND: kind}
                if source is not None:
                    meta[SOURCE] = source
                    self._inc(f"discovery/found/{source}")
                yield scrapy.Request(linked.get(url, url) if linked else url, callback=callback,
                                     priority=priority, meta=meta)

    def _ruled_out(self, url: str, published=None, modified=None) -> bool:
        """Whether a backfill rules this article out before fetching it (newscrawler.discovery.backfill)."""
        if self.date_range is None or not self.date_range.rules_out(url, self.profile, published, modified):
            return False
        self.seen_urls.add(url)  # each link counted once
        self._inc("backfill/skipped")
        return True

    def _listing_section(self, root, response, kind: str) -> str | None:
        """The section name of a listing page: what its menu link printed (carried by the
        request, and from a section to its pages), else its heading; None for other pages."""
        if kind not in LISTING_KINDS:
            return None
        section = response.meta.get(SECTION)
        if kind == "section" and not section:
            section = listing_heading(root)  # reached without a menu text
        return section

    def _follow_links(self, root, response, kind: str, section: str | None):
        """Requests for the links of a page (newscrawler.discovery.links); a listing's section
        name goes to its pages and to the articles of its own list."""
        links = discover_links(root, response.url, self.profile, self.host, listing=bool(section))
        if kind == "home" and not links.sections and (is_rendered(response) or not self.profile.needs_javascript):
            logger.warning("no section link found on the start page %s: the crawl only follows the links "
                           "it shows (check the site's menu markup)", canonical_url(response.url))
        source = "listing" if kind in LISTING_KINDS else "readalso" if kind == "article" else "other"
        yield from self._follow(links.sections, self.parse, "section", links.names.get, links.linked)
        if self.date_range is not None and kind in LISTING_KINDS and listing_exhausted(
                links.listed or links.articles, self.date_range, self.profile):
            self._inc("backfill/listing_stopped")  # newest first: its next pages are older still
        else:
            yield from self._follow(links.pages, self.parse, "pagination", section, links.linked)
        if section and links.listed:
            listed = set(links.listed)
            for url in links.listed:
                if url in self.seen_urls:  # requested without this name: kept until it is extracted
                    self.listed_in.setdefault(url, section)
            yield from self._follow(links.articles, self.parse, "article",
                                    lambda url: section if url in listed else None, links.linked, source)
        else:
            yield from self._follow(links.articles, self.parse, "article", None, links.linked, source)

    def _section_hint(self, response) -> str | None:
        """The section name of the listing an article was found through (or shown by later)."""
        if self.listed_in:
            later = self.listed_in.pop(canonical_url(response.url), None)
            if later and not response.meta.get(SECTION):
                response.meta[SECTION] = later  # and a render request of the page keeps it
        return response.meta.get(SECTION)

    def _render_instead(self, response, *, article: bool, failure: str | None = None):
        """The render requests for `response` when it needs JavaScript (newscrawler.fetch.rendering),
        else None. An empty list: it needed rendering but no browser is installed."""
        reason = render_reason(response, self.profile, article=article, failure=failure)
        if not reason:
            return None
        requests = self.renderer.requests(response, reason, self.profile, self.parse, self.render_failed)
        for request in requests:  # the rendered page was requested for the same reason
            request.meta.update({k: response.meta[k] for k in (KIND, SECTION) if k in response.meta})
        return requests

    def render_failed(self, failure):
        """Errback of render requests (a spider method: JOBDIR stores such requests). A page met
        while the crawl closes at a CLOSESPIDER_* limit, before a browser started, is requested
        again: the scheduler keeps it (a JOBDIR job renders it when it goes on)."""
        cause = self.renderer.failed(failure)
        request = getattr(failure, "request", None)
        if request is None:
            return None
        if cause == "closing":
            return [request.replace(dont_filter=True)]
        record_lost(self.crawler, canonical_url(request.url), f"render/{cause}")
        return None

    def _not_article(self, response, reason: str) -> None:
        self._inc(f"extract_failed/{reason}")
        record_lost(self.crawler, canonical_url(response.url), f"extract/{reason}")
        logger.warning("not an article (%s): %s", reason, canonical_url(response.url))

    def parse(self, response):
        if not isinstance(response, TextResponse) or looks_binary(response.body):
            self._inc("pages/not_html")  # a PDF or an image: never parsed, never rendered
            if self.profile.is_article_url(response.url):
                self._inc("pages/article")
                self._not_article(response, "not_html")
            return
        rendered = is_rendered(response)
        if rendered:
            self.renderer.rendered()
        # Our decoding, not response.text: a page with no declared charset is UTF-8 or
        # windows-1256 here, never Scrapy's cp1252 guess.
        text, cut = page_text(response.body, response.headers.get("Content-Type"))
        if cut:
            self._inc("pages/truncated")
        root = parse_html(text)
        if root is None:
            if self.profile.is_article_url(response.url):  # no document: no script to run either
                self._inc("pages/article")
                self._not_article(response, "empty")
            else:
                self._inc("pages/empty")
            return
        kind = response.meta.get(KIND, "other")
        section = self._listing_section(root, response, kind)
        if kind == "home" and "feeds" in self.discover:
            yield from self._feeds_of(root, response)
        if self.nav == "on":
            yield from self._nav(root, response, kind, section, text)
        elif self.nav == "waiting" and kind == "home":
            self.held_home = (root, response, kind, section, text)
        article = self.is_article_page(response.url, root)
        render = self._render_instead(response, article=article)
        if render is not None:  # the site needs JavaScript: this plain fetch only served its links
            yield from render
            return
        if not article:
            self._inc("pages/listing")
            self._inc(f"listing/{kind if kind in LISTING_KINDS else 'other'}")
            return
        if not rendered:
            self._inc("pages/article")
        site = self.page_site(response.url, text)
        seen = self.chrome.page_pass(response.url) if self.chrome is not None else None
        try:
            item = extract_tree(root, response.url, site, chrome=seen, section_hint=self._section_hint(response))
        except NotAnArticle as exc:
            item, failure = None, str(exc)
        except Exception:  # noqa: BLE001 - a bad page must not stop the crawl
            self._inc("extract_failed/error")
            record_lost(self.crawler, canonical_url(response.url), "extract/error")
            logger.exception("extraction failed: %s", canonical_url(response.url))
            return
        else:  # the decision is taken on the finished item: would it survive the pipelines?
            failure = doomed_reason(item, site.source_line)
        if failure is not None:
            render = self._render_instead(response, article=True, failure=failure)
            if render is not None:  # not there without JavaScript: fetch it through the browser
                yield from render
                return
            if rendered:
                self.renderer.still_failed(failure)
            if item is None:
                self._not_article(response, failure)
                return
        # An item that will not survive still goes on: the pipelines drop and count it.
        article = ArticleItem(item)
        article._site = site  # the pipelines apply this site's rules
        if self.chrome is None:
            yield article
        else:  # the host's model learns from the page; its first items wait until it is ready
            article._page_url, article._rendered = response.url, rendered
            article._page_meta = {k: response.meta[k] for k in (KIND, SECTION) if k in response.meta}
            yield from self._released(self.chrome.take(response.url, article, seen))

    def parse_endpoint(self, response):
        """A JSON list page (see newscrawler.discovery.endpoints): its articles and its next pages."""
        if not isinstance(response, TextResponse):
            self._inc("pages/not_json")
            return
        self._inc("pages/endpoint")
        self._inc("listing/endpoint")
        links = endpoint_links(response.text, response.url, self.profile, self.host)
        section = response.meta.get(SECTION)  # the listing's that declared it: its articles are that section's
        yield from self._follow(links.pages, self.parse_endpoint, "endpoint", section, links.linked)
        yield from self._follow(links.articles, self.parse, "article", section, links.linked, "endpoint")

    # --- sitemaps and feeds (newscrawler.discovery.sitemaps) ---------------------------------

    def _link(self, url: str, base: str) -> tuple[str, str] | None:
        """A sitemap's or feed's link on the crawled host: (canonical URL, URL to request), or
        None. Relative links are resolved against the document; an `http:` link on an `https:`
        site (a CMS plugin's slip) is taken in the site's scheme, so it is one page with the
        navigation's link to it; a link over 2,048 characters (the sitemaps limit) is no link."""
        if len(url) > MAX_LINK_CHARS:
            return None
        try:
            absolute = urljoin(base, url.strip())
        except ValueError:  # "http://[", a bracket that is no IPv6 address
            return None
        key = followable(absolute, self.host)
        if key is None:
            return None
        scheme = self.start_url[:self.start_url.index(":")]
        if not key.startswith(scheme + ":"):
            key, absolute = scheme + key[key.index(":"):], scheme + absolute[absolute.index(":"):]
        return key, request_url(key, absolute)

    def _probe(self, url: str, base: str, callback, kind: str, probe: bool):
        """A request for a sitemap or feed, once a crawl; `probe`: a usual place that may not exist."""
        link = self._link(url, base)
        if link is None:
            self._inc(f"discovery/{kind}/offsite")  # listed on another host: never followed
            return None
        key, wire = link
        if key in self.seen_urls:
            return None  # an index that lists itself, or a sitemap listed twice
        if kind == "sitemap":
            if self.sitemaps_requested >= MAX_SITEMAPS:
                self._inc("discovery/sitemap/too_many")  # a trap: an index of endless indexes
                return None
            self.sitemaps_requested += 1
        self.seen_urls.add(key)
        meta = {KIND: kind, PROBE: True} if probe else {KIND: kind}
        # the cap is NEWSCRAWLER_SITEMAP_MAX_BYTES, not DOWNLOAD_MAXSIZE (a sitemap may be 50 MB)
        meta["download_maxsize"] = max(self.sitemap_cap, self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
        return scrapy.Request(wire, callback=callback, meta=meta, errback=self.probe_failed if probe else None)

    def probe_failed(self, failure):
        """A usual place of a sitemap or feed the site does not have (404 ...): counted, quiet."""
        request = getattr(failure, "request", None)
        kind = request.meta.get(KIND, "sitemap") if request is not None else "sitemap"
        self._absent(kind, failure)

    def _absent(self, kind: str, failure) -> None:
        """Count a missing robots.txt, sitemap or feed, by its HTTP status
        (`newscrawler/discovery/absent/<status>`: the summary does not list these as failures)."""
        self._inc(f"discovery/{kind}/absent")
        response = getattr(getattr(failure, "value", None), "response", None)
        if response is not None:
            self._inc(f"discovery/absent/{response.status}")

    def _usual_sitemaps(self, url: str) -> list:
        origin = _origin(url)
        return [r for r in (self._probe(origin + p, url, self.parse_sitemap, "sitemap", probe=True)
                            for p in SITEMAP_PATHS) if r is not None]

    def parse_robots(self, response):
        """robots.txt: its `Sitemap:` lines, else (or when none of them is on the site) the
        usual places of a sitemap."""
        found = robots_sitemaps(response.body, response.url)
        self.crawler.stats.set_value("newscrawler/discovery/sitemap/in_robots", len(found))
        requests = [r for r in (self._probe(url, response.url, self.parse_sitemap, "sitemap", probe=False)
                                for url in found) if r is not None]
        return requests or self._usual_sitemaps(response.url)

    def robots_failed(self, failure):
        """robots.txt could not be fetched: the usual places of a sitemap are tried."""
        request = getattr(failure, "request", None)
        self._absent("robots", failure)
        return self._usual_sitemaps(request.url) if request is not None else []

    def _entries(self, response, kind: str, reader):
        """The entries of a sitemap or feed response (`reader`: read_sitemap or read_feed), as
        they are read, with the listing's kind first; nothing for a missing one. The body is
        inflated and capped first; what is cut, broken or not a sitemap/feed is counted."""
        if response.status >= 400:
            self._inc(f"discovery/{kind}/absent")
            return
        self._inc(f"pages/{kind}")
        xml, cut = inflate(response.body, self.sitemap_cap)
        if cut:
            self._inc(f"discovery/{kind}/cut")
            logger.warning("%s over NEWSCRAWLER_SITEMAP_MAX_BYTES (%d bytes), read up to the cap: %s",
                           kind, self.sitemap_cap, response.url)
        listing = reader(xml)
        if not listing.kind:
            if not response.meta.get(PROBE):  # a usual place that holds something else: not a fault
                self._inc(f"discovery/{kind}/malformed")
                logger.warning("not a %s: %s", kind, response.url)
            return
        self._inc(f"discovery/{kind}/read")
        for entry in listing.entries:
            self._inc(f"discovery/{kind}/entries")
            yield listing.kind, entry
        if listing.malformed:
            self._inc(f"discovery/{kind}/malformed")
            logger.warning("malformed %s (its entries before the fault were read): %s", kind, response.url)

    def parse_sitemap(self, response):
        """A sitemap index (its sitemaps, any depth), a urlset (its article URLs, with the dates
        that decide a backfill before fetching), or a feed given as a sitemap."""
        for kind, entry in self._entries(response, "sitemap", read_sitemap):
            if kind == "sitemapindex":
                if self.date_range is not None and self.date_range.rules_out_sitemap(entry.url, entry.modified):
                    self._inc("backfill/sitemaps_skipped")
                    continue
                request = self._probe(entry.url, response.url, self.parse_sitemap, "sitemap", probe=False)
                if request is not None:
                    yield request
            else:
                yield from self._entry(entry, response.url, "sitemap", news=entry.published is not None)

    def _entry(self, entry, base: str, source: str, news: bool = False):
        """The request for an article a sitemap or feed lists: on the crawled host, an article
        by the profile's rule (a news sitemap or a feed lists articles only), in the backfill's
        range. A sitemap's article (not a news sitemap's, whose two days say nothing of the
        archive) tells a backfill that the sitemaps list the site's articles."""
        link = self._link(entry.url, base)
        if link is None:
            self._inc(f"discovery/{source}/offsite")
            return
        url, wire = link
        if not (news or source == "feed" or self.profile.is_article_url(url)):
            return
        if source == "sitemap" and not news:
            self.sitemap_articles += 1
        if url in self.seen_urls or self._ruled_out(url, entry.published, entry.modified):
            return
        if self.nav == "on" and self.hold_entries:  # the listings first: their section name reaches the article
            self.held_entries.append((url, wire, source))
            return
        for request in self._follow((url,), self.parse, "article", None, {url: wire}, source, in_range=True):
            # a shared frontier (REDIS_URL) holds nothing in a worker that may die: after the listings
            yield request if self.hold_entries or self.nav != "on" else request.replace(priority=ENTRY_PRIORITY)

    def release_entries(self, response):
        """The articles sitemaps and feeds listed that the navigation did not reach."""
        held, self.held_entries = self.held_entries, []
        for url, wire, source in held:
            yield from self._follow((url,), self.parse, "article", None, {url: wire}, source, in_range=True)

    def _feeds_of(self, root, response):
        """The feeds a page's head announces, else the usual places of a feed."""
        hrefs = feed_links(root)
        urls = hrefs or [_origin(response.url) + path for path in FEED_PATHS]
        for url in urls:
            request = self._probe(url, response.url, self.parse_feed, "feed", probe=not hrefs)
            if request is not None:
                yield request

    def parse_feed(self, response):
        """An RSS or Atom feed: its articles, with their dates."""
        for _kind, entry in self._entries(response, "feed", read_feed):
            yield from self._entry(entry, response.url, "feed")
