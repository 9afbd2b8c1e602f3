"""The crawl logic shared by site spiders: start URL checks, link following, extraction."""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from urllib.parse import urlsplit

import scrapy
from scrapy.http import TextResponse

from newscrawler.errors import ConfigError
from newscrawler.extract import NotAnArticle, extract_tree
from newscrawler.extract.dom import parse_html
from newscrawler.incremental import check_incremental
from newscrawler.items import ArticleItem
from newscrawler.links import discover_links
from newscrawler.pipelines import resolve_timezone
from newscrawler.sites import SiteProfile
from newscrawler.storage.mongo import check_mongo
from newscrawler.urls import InvalidURL, canonical_url, host_key

logger = logging.getLogger(__name__)


def check_start_url(value: str | None, default: str) -> str:
    """The start URL, canonical; a ConfigError that says what is wrong otherwise."""
    value = default if value is None else value.strip()
    try:
        return canonical_url(value)
    except (InvalidURL, ValueError):
        raise ConfigError(f"start_url must be an http(s) URL such as {default}, got {value!r}") from None


class ProfileSpider(scrapy.Spider):
    """A spider driven by a SiteProfile. Subclasses set `name` and `profile`."""

    profile: SiteProfile

    def __init__(self, start_url: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.start_url = check_start_url(start_url, self.profile.start_url)
        self.host = urlsplit(self.start_url).hostname
        self.allowed_domains = [host_key(self.host)]
        self.timezone = self.profile.timezone
        self.seen_urls: set[str] = {self.start_url}

    @classmethod
    def check_config(cls, spider_args: dict, settings) -> None:
        """Raise ConfigError for a bad spider argument or setting (called before the crawl)."""
        check_start_url(spider_args.get("start_url"), cls.profile.start_url)
        resolve_timezone(settings.get("NEWSCRAWLER_TIMEZONE"), cls.profile.timezone)
        check_incremental(settings)
        check_mongo(settings)  # last: it contacts the server

    async def start(self):
        yield scrapy.Request(self.start_url, callback=self.parse)

    def _inc(self, key: str) -> None:
        self.crawler.stats.inc_value(f"newscrawler/{key}")

    def parse(self, response):
        if not isinstance(response, TextResponse):
            self._inc("pages/not_html")
            return
        root = parse_html(response.text)
        if root is None:
            self._inc("pages/empty")
            return
        for url in discover_links(root, response.url, self.profile, self.host).all():
            # Most links were seen before (menus, tickers): skip them before building a
            # Request. Scrapy's dupefilter still guards (and persists with JOBDIR).
            if url not in self.seen_urls:
                self.seen_urls.add(url)
                yield scrapy.Request(url, callback=self.parse)
        if not self.profile.is_article_url(response.url):
            self._inc("pages/listing")
            return
        self._inc("pages/article")
        try:
            item = extract_tree(root, response.url, response.text[:4096])
        except NotAnArticle as exc:
            self._inc(f"extract_failed/{exc}")
            logger.warning("not an article (%s): %s", exc, response.url)
            return
        except Exception:  # noqa: BLE001 - a bad page must not stop the crawl
            self._inc("extract_failed/error")
            logger.exception("extraction failed: %s", response.url)
            return
        item["crawled_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
        yield ArticleItem(item)
