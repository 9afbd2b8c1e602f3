"""Site profiles: everything site-specific, as data (hosts, link rules, selectors, time zone).

Spiders and extraction read a profile; adding a site means adding a module here, not code
in the spider. `profile_for(url, tree)` finds the profile of a page by host, or by the
page's own signature (so saved pages and the offline replica are recognised too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from newscrawler.urls import host_key, url_path


@dataclass(frozen=True)
class SiteProfile:
    name: str
    hosts: tuple[str, ...]
    start_url: str
    timezone: str
    # Link rules (regular expressions over the decoded URL path).
    article_path: re.Pattern
    # CSS selectors, tried in order.
    navigation: tuple[str, ...] = ("nav", "header .menu")
    pagination: tuple[str, ...] = (".pagination", "a[rel=next]", "nav.navigation")
    article_root: tuple[str, ...] = ("article",)
    title: tuple[str, ...] = ("h1",)
    content: tuple[str, ...] = ()
    section: tuple[str, ...] = ()
    printed_date: tuple[str, ...] = ("time",)
    authors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ("a[rel=tag]",)
    lead_image: tuple[str, ...] = ("figure",)
    # Removed from the content before its text is read.
    chrome: tuple[str, ...] = ()
    # Text that identifies the site's pages when the host does not (saved pages, replicas).
    signature: re.Pattern | None = None
    # Whether the URL timestamp is trusted before a date printed in the page.
    url_date_first: bool = True
    title_suffix: re.Pattern | None = None
    needs_javascript: bool = False
    extra: dict = field(default_factory=dict)

    def is_article_url(self, url: str) -> bool:
        return bool(self.article_path.search(url_path(url)))

    def owns_host(self, url: str) -> bool:
        try:
            return host_key(urlsplit(url).hostname or "") in self.hosts
        except ValueError:
            return False


def all_profiles() -> list[SiteProfile]:
    from newscrawler.sites.levant import PROFILE as LEVANT

    return [LEVANT]


def profile_for(url: str, html_head: str = "") -> SiteProfile | None:
    """The profile that owns `url`'s host, else the one whose signature `html_head` shows."""
    profiles = all_profiles()
    for p in profiles:
        if p.owns_host(url):
            return p
    for p in profiles:
        if p.signature is not None and p.signature.search(html_head):
            return p
    return None
