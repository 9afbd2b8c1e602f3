"""Lists loaded by script from a JSON endpoint ("load more" buttons, infinite scroll).

A page declares its endpoint in an attribute (`data-endpoint="/api/section/x?page=1"`); the
script behind the button fetches it and the pages after it. Rather than render the page and
click the button until it disappears (a browser, one round trip per click, and a page that
grows with every click), the crawler follows the endpoint itself: one small JSON request per
list page, no browser. From each JSON document it takes
- article links: every string in it that is a same-site URL matching the article rule;
- further pages: every same-site URL on the endpoint's own path (`next`, `next_page_url`, ...).
Both are pure functions, tested alone; the spider only turns their URLs into requests.
"""

from __future__ import annotations

import json
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from newscrawler.discovery.links import Links, followable
from newscrawler.html import css
from newscrawler.sites import SiteProfile
from newscrawler.urls import canonical_url, url_path

ENDPOINT_ATTRIBUTES = ("data-endpoint", "data-api-url", "data-load-more-url")
_SELECT = css(", ".join(f"[{a}]" for a in ENDPOINT_ATTRIBUTES))


def discover_endpoints(root, page_url: str, host: str, html: str | None = None) -> list[str]:
    """Same-site JSON endpoints a page declares for its script-loaded lists, in order.

    `html`, the page's text, if given, lets pages without any such attribute skip the tree walk.
    """
    if html is not None and not any(attr in html for attr in ENDPOINT_ATTRIBUTES):
        return []
    out: list[str] = []
    for el in _SELECT(root):
        for attr in ENDPOINT_ATTRIBUTES:
            value = (el.get(attr) or "").strip()
            if value:
                url = followable(urljoin(page_url, value), host)
                if url and url not in out:
                    out.append(url)
    return out


def _strings(doc):
    if isinstance(doc, str):
        yield doc
    elif isinstance(doc, dict):
        for value in doc.values():
            yield from _strings(value)
    elif isinstance(doc, list):
        for value in doc:
            yield from _strings(value)


def endpoint_links(text: str, endpoint_url: str, profile: SiteProfile, host: str) -> Links:
    """Article links and further endpoint pages in a JSON list document (see module doc).

    Not JSON, or JSON without links: empty Links.
    """
    links = Links()
    try:
        doc = json.loads(text)
    except ValueError:
        return links
    own_path = url_path(endpoint_url)
    for value in _strings(doc):
        value = value.strip()
        if not value or " " in value or not (value.startswith(("/", "http://", "https://"))):
            continue
        absolute = urljoin(endpoint_url, value)
        url = followable(absolute, host)
        if url is None:
            continue
        links.note(url, absolute)  # requested as the list writes it
        if profile.is_article_url(url):
            bucket = links.articles
        elif url_path(url) == own_path and url != endpoint_url:
            bucket = links.pages
        else:
            continue
        if url not in bucket:
            bucket.append(url)
    for url in _all_pages(doc, endpoint_url, host):  # the total is known: fetch every page at once
        if url not in links.pages:
            links.pages.append(url)
    return links


_PAGE_COUNT_KEYS = ("pages", "total_pages", "totalPages", "last_page", "lastPage", "page_count", "num_pages")
MAX_ENDPOINT_PAGES = 1000


def _all_pages(doc, endpoint_url: str, host: str) -> list[str]:
    """When a paged endpoint says how many pages it has (`"pages": 12`), all of their URLs:
    walking "next" links one by one would make the crawl wait for each page in turn."""
    if not isinstance(doc, dict):
        return []
    total = next((doc[k] for k in _PAGE_COUNT_KEYS if isinstance(doc.get(k), int)), None)
    parts = urlsplit(endpoint_url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    if not total or not any(k == "page" for k, _ in query):
        return []
    out, own = [], canonical_url(endpoint_url)
    for n in range(1, min(total, MAX_ENDPOINT_PAGES) + 1):
        q = urlencode([(k, str(n) if k == "page" else v) for k, v in query])
        url = followable(urlunsplit(parts._replace(query=q)), host)
        if url and url != own:
            out.append(url)
    return out
