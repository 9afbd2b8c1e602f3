"""Link discovery: which links of a page a spider follows (a pure function, tested alone).

A page yields three kinds of links, all canonical and on the crawled host:
- sections: links in the navigation menu that are not articles (the spider discovers the
  sections this way; nothing is hard-coded);
- pages: pagination links (next/numbered pages of a listing);
- articles: any link whose path matches the site profile's article rule, wherever it stands
  (listings, "read also" lines, tickers, "most read" boxes).
Footer pages, off-site links, assets and non-http links are never returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urljoin

from newscrawler.html import css, select_all
from newscrawler.sites import SiteProfile
from newscrawler.urls import InvalidURL, canonical_url, same_site, url_path

ASSET = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|ico|css|js|pdf|mp3|mp4|webm|zip|rar|docx?|xlsx?)$", re.I)


@dataclass
class Links:
    sections: list[str] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)

    def all(self) -> list[str]:
        return self.sections + self.pages + self.articles


@lru_cache(maxsize=65536)
def followable(absolute: str, host: str) -> str | None:
    """The canonical form of an absolute link if it may be followed, else None (cached:
    menus, tickers and sidebars repeat the same links on every page)."""
    try:
        url = canonical_url(absolute)
    except (InvalidURL, ValueError):
        return None
    if same_site(url, host) and not ASSET.search(url_path(url)):
        return url
    return None


def _canonical_links(anchors, base: str, host: str):
    origin = base[:base.find("/", base.find("//") + 2)] if base.count("/") >= 3 else base
    for a in anchors:
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "mailto:", "tel:", "whatsapp:", "#")):
            continue
        if href.startswith("/") and not href.startswith("//") and "/." not in href:
            absolute = origin + href  # root-relative: no need for a full urljoin
        else:
            absolute = urljoin(base, href)
        url = followable(absolute, host)
        if url is not None:
            yield url


def _anchors(nodes):
    for node in nodes:
        if node.tag == "a":
            yield node
        else:
            yield from css("a[href]")(node)


def discover_links(root, page_url: str, profile: SiteProfile, host: str) -> Links:
    """Links to follow from a parsed page (see module doc). Order is kept, repeats removed."""
    links = Links()
    seen: set[str] = set()

    def add(bucket: list[str], url: str) -> None:
        if url not in seen:
            seen.add(url)
            bucket.append(url)

    for url in _canonical_links(css("a[href]")(root), page_url, host):
        if profile.is_article_url(url):
            add(links.articles, url)
    for url in _canonical_links(_anchors(select_all(root, profile.pagination)), page_url, host):
        add(links.pages, url)
    for url in _canonical_links(_anchors(select_all(root, profile.navigation)), page_url, host):
        add(links.sections, url)
    return links
