"""Site profiles: everything site-specific, as data.

A profile names a site (hosts, start URL, time zone, link rules), its own text rules (the
title suffix, the source line it prints under its name, the date it glues into article URLs)
and lists its page layouts, newest first. Shared code keeps only what is true of news sites in
general; a rule of one site is a field of its profile, so a spider on another site never meets it. A layout is a set of CSS selectors for one version of the site's article markup,
with the dates it was seen in use, so that a redesign adds a layout instead of editing the old
one (the way fundus versions its parsers). Every layout has a saved page and its expected item
under `tests/fixtures/sites/<profile>/<layout>.html|.json`; a test fails if either is missing.

Adding a site = one module in this package defining `PROFILE`, plus those fixtures. The
module is found automatically, and a spider named after the profile is created for it
(`newscrawler.spiders.profiles`).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from newscrawler.urls import URL_CACHE, host_key, url_path


@dataclass(frozen=True)
class Layout:
    """CSS selectors for one version of a site's article pages (tried in order)."""

    name: str                                  # "v1", "v2" ...
    seen_from: str | None = None               # first day the layout is known in use (ISO date)
    seen_until: str | None = None              # last day, None while current
    article_root: tuple[str, ...] = ("article",)
    title: tuple[str, ...] = ("h1",)
    content: tuple[str, ...] = ()
    section: tuple[str, ...] = ()
    printed_date: tuple[str, ...] = ("time",)
    authors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ("a[rel=tag]",)
    lead_image: tuple[str, ...] = ("figure",)
    chrome: tuple[str, ...] = ()               # removed from the content before its text is read


@dataclass(frozen=True)
class SiteProfile:
    name: str
    hosts: tuple[str, ...]
    start_url: str
    timezone: str                              # IANA zone of dates printed without an offset
    article_path: re.Pattern                   # over the decoded URL path
    layouts: tuple[Layout, ...] = ()           # newest first
    navigation: tuple[str, ...] = ("nav", "header .menu")
    pagination: tuple[str, ...] = (".pagination", "a[rel=next]", "nav.navigation")
    signature: re.Pattern | None = None        # recognises saved pages and replicas off-host
    title_suffix: re.Pattern | None = None     # " | Site name" removed from <title>/og:title
    source_line: re.Pattern | None = None      # "<site>_ <agency>" line: group `source` (items.text)
    url_timestamp: re.Pattern | None = None    # a date glued into article URLs (see url_date)
    url_date_first: bool = True                # trust the URL date before a printed date
    needs_javascript: bool = False
    founded: str | None = None                 # first day the site published (ISO date): `scrapy report`
                                               # calls an earlier publication date suspicious

    def is_article_url(self, url: str) -> bool:
        return _matches_path(self.article_path, url)

    def url_date(self, url: str) -> str | None:
        """The raw date text this site glues into an article URL (the last `url_timestamp` match
        in the percent-decoded URL, before its query), or None."""
        if not isinstance(url, str):
            raise TypeError(f"url_date() expects str, got {type(url).__name__}")
        if self.url_timestamp is None:
            return None
        if "%" in url:
            url = unquote(url)
        for cut in ("?", "#"):
            pos = url.find(cut)
            if pos >= 0:
                url = url[:pos]
        last = None
        for m in self.url_timestamp.finditer(url):
            last = m
        return last.group(0) if last is not None else None

    def owns_host(self, url: str) -> bool:
        try:
            return host_key(urlsplit(url).hostname or "") in self.hosts
        except ValueError:
            return False


@lru_cache(maxsize=URL_CACHE)
def _matches_path(pattern: re.Pattern, url: str) -> bool:
    """Whether `pattern` matches the decoded path of `url` (cached: a crawl meets the same links
    on every page)."""
    return bool(pattern.search(url_path(url)))


@lru_cache(maxsize=1)
def all_profiles() -> tuple[SiteProfile, ...]:
    """Every `PROFILE` defined by a module of this package, by name."""
    found = []
    for mod in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{mod.name}")
        profile = getattr(module, "PROFILE", None)
        if isinstance(profile, SiteProfile):
            found.append(profile)
    return tuple(sorted(found, key=lambda p: p.name))


SIGNATURE_CHARS = 4096  # a site's signature is looked for in the first characters of a page


def profile_for(url: str, html_head: str = "") -> SiteProfile | None:
    """The profile that owns `url`'s host, else the one whose signature `html_head` (the first
    SIGNATURE_CHARS of the page) shows."""
    profiles = all_profiles()
    for p in profiles:
        if p.owns_host(url):
            return p
    for p in profiles:
        if p.signature is not None and p.signature.search(html_head):
            return p
    return None
