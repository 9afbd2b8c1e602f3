"""Article extraction: a pure function of (html, url), no Scrapy engine involved.

    extract_article(html, url) -> dict | None

Order of evidence for every field: structured data (JSON-LD, then <meta>), then the site
profile's selectors, then generic heuristics. The publication date is never read from the
page header (the Levant "today" widget): only from structured data, the URL timestamp or a
date printed inside the article.

`extract_raw` does the DOM work and is what the spiders call; the item pipelines then apply
`newscrawler.processing` (normalise text, strip chrome, validate, dates, hash). `extract_article`
is `extract_raw` followed by those same steps.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from urllib.parse import urljoin

from newscrawler.dates import find_url_date, parse_date
from newscrawler.extract.dom import (Block, blocks, css, decode_html, parse_html, remove, select_all,
                                     select_first, text_of)
from newscrawler.extract.structured import (Structured, jsonld_images, jsonld_keywords, jsonld_people,
                                            jsonld_text, parse_structured)
from newscrawler.processing import new_item, process_item
from newscrawler.sites import SiteProfile, profile_for
from newscrawler.text import is_read_also, normalise_line
from newscrawler.urls import InvalidURL, canonical_url, same_site

__all__ = ["extract_article", "extract_raw", "extract_tree", "NotAnArticle"]

PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                  "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "date")
MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified")
GENERIC_CHROME = ("header", "footer", "nav", "aside", ".sidebar", ".comments", "#comments", ".share",
                  ".social", ".related", ".newsletter", ".breadcrumb", ".most-read", ".ad", ".ads")
GENERIC_PRINTED_DATE = ("time[datetime]", "time", ".date", ".post-date", ".published", "[class*=date]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
MIN_GENERIC_CHARS = 250


class NotAnArticle(Exception):
    """Raised by extract_raw(strict=True) with the reason a page is not an article."""


def _absolute(href: str | None, base: str) -> str | None:
    if not href:
        return None
    try:
        return canonical_url(href, base=base)
    except (InvalidURL, ValueError):
        return None


def _strip_suffix(title: str | None, profile: SiteProfile | None) -> str | None:
    if title and profile and profile.title_suffix:
        title = profile.title_suffix.sub("", title)
    return title


def _generic_content(root):
    """The element holding the most paragraph text (classic main-content heuristic)."""
    best, best_score = None, 0
    for el in css("article, main, section, div")(root):
        score = sum(len(text_of(p)) for p in el if isinstance(p.tag, str) and p.tag == "p")
        if score > best_score:
            best, best_score = el, score
    return best


def _images(root, article, content, s: Structured, profile, base: str) -> list[dict]:
    found: list[tuple[str | None, str | None]] = []
    figures = select_all(article, profile.lead_image) if profile else []
    if content is not None:
        figures = list(figures) + css("figure")(content)
    for fig in figures:
        img = fig.find(".//img")
        if img is None:
            continue
        cap = fig.find(".//figcaption")
        found.append((img.get("src") or img.get("data-src"), text_of(cap) or None))
    if not found:
        for url, cap in jsonld_images(s.article.get("image")) if s.article else []:
            found.append((url, cap))
        if s.first("og:image"):
            found.append((s.first("og:image"), None))
    out, seen = [], set()
    for src, cap in found:
        url = _absolute(src, base)
        if url and url not in seen:
            seen.add(url)
            out.append({"url": url, "caption": cap})
    return out


def _published(s: Structured, article, url: str, profile: SiteProfile | None) -> str | None:
    """The raw text of the publication date: the first candidate that is a real date.

    `article` is the article element (or the main content): printed dates are only looked
    for inside it, never in the page header where the "today" widget lives.
    """
    candidates = []
    if s.article:
        candidates.append(jsonld_text(s.article.get("datePublished")))
    candidates += [s.first(k) for k in PUBLISHED_META]
    url_date = find_url_date(url)
    printed = []
    if article is not None:  # only inside the article: never the header widget
        for el in select_all(article, (profile.printed_date if profile else ()) + GENERIC_PRINTED_DATE):
            printed.append(el.get("datetime") or text_of(el))
    if profile is None or profile.url_date_first:
        candidates += [url_date] + printed
    else:
        candidates += printed + [url_date]
    for c in candidates:
        if c and parse_date(c) is not None:
            return c
    return None


def extract_raw(html: str | bytes, url: str, *, strict: bool = False) -> dict | None:
    """Fields of an article page before normalisation and chrome stripping, or None.

    With strict=True a page that is not an article raises NotAnArticle(reason) instead.
    """
    try:
        return _extract(html, url)[0]
    except NotAnArticle:
        if strict:
            raise
        return None


def _extract(html: str | bytes, url: str) -> tuple[dict, SiteProfile | None]:
    text = decode_html(html)
    root = parse_html(text)
    if root is None:
        raise NotAnArticle("empty")
    profile = profile_for(url, text[:4096])
    return _extract_tree(root, url, profile), profile


def extract_tree(root, url: str, html_head: str = "") -> dict:
    """extract_raw on an already parsed page (the spiders parse once for links and fields).

    Raises NotAnArticle(reason). The tree is modified (chrome removed): parse links first.
    """
    return _extract_tree(root, url, profile_for(url, html_head))


def _extract_tree(root, url: str, profile: SiteProfile | None) -> dict:
    def fail(reason: str):
        raise NotAnArticle(reason)

    s = parse_structured(root)
    base = url

    article = select_first(root, profile.article_root) if profile else None
    if article is None:
        article = select_first(root, ("article",))
    content = None
    if profile and profile.content:
        content = select_first(article if article is not None else root, profile.content)
    generic = content is None
    if generic:
        for el in select_all(root, GENERIC_CHROME) if article is None else ():
            remove([el])
        content = _generic_content(article if article is not None else root)
    if content is None:
        return fail("no_content")

    og_type = (s.first("og:type") or "").lower()
    is_article = bool(s.article) or og_type == "article" or not generic
    images = _images(root, article if article is not None else root, content, s, profile, base)

    # Body blocks: chrome elements and figures out first; read-also links captured.
    for sel in (profile.chrome if profile else ()):
        remove(css(sel)(content))
    remove(css("figure")(content))
    body_blocks: list[Block] = blocks(content)
    read_also, seen = [], set()
    for b in body_blocks:
        if is_read_also(normalise_line(b.text) or ""):
            for href, anchor in b.links:
                link = _absolute(href, base)
                if link and link not in seen:
                    seen.add(link)
                    read_also.append({"url": link, "title": anchor or None})
    body = "\n\n".join(b.text for b in body_blocks)
    if generic and not is_article and len(body) < MIN_GENERIC_CHARS:
        return fail("not_article")

    # Title: JSON-LD headline, the article's own heading, then meta and <title>.
    title = jsonld_text(s.article.get("headline")) if s.article else None
    if not title:
        h = select_first(article if article is not None else root, profile.title if profile else ("h1",))
        title = text_of(h) or None
    if not title:
        title = _strip_suffix(s.first("og:title", "twitter:title"), profile)
    if not title:
        t = root.find(".//title")
        title = _strip_suffix(text_of(t), profile) if t is not None else None

    section = jsonld_text(s.article.get("articleSection")) if s.article else None
    section = section or s.first("article:section")
    if not section and profile and profile.section:
        section = text_of(select_first(article if article is not None else root, profile.section)) or None

    authors = jsonld_people(s.article.get("author")) if s.article and s.article.get("author") else []
    if not authors and profile and profile.authors:
        authors = [re.sub(r"^\s*(?:بقلم|كتب|كتبت)\s*:?\s*", "", text_of(el))
                   for el in select_all(article if article is not None else root, profile.authors)]
    if not authors:
        authors = [a for a in s.all("author") if not a.startswith("http")]

    tags = jsonld_keywords(s.article.get("keywords")) if s.article else []
    tags = tags or s.all("article:tag")
    if not tags and profile:
        tags = [text_of(el) for el in select_all(article if article is not None else root, profile.tags)]

    canonical = url
    if s.canonical:
        candidate = _absolute(s.canonical, base)
        if candidate and same_site(candidate, _absolute(url, base) or url):
            canonical = candidate

    modified = jsonld_text(s.article.get("dateModified")) if s.article else None
    modified = modified or next((s.first(k) for k in MODIFIED_META if s.first(k)), None)

    lang = (s.lang or "").split("-")[0].lower() or None
    if not lang:
        sample = body[:2000]
        lang = "ar" if sample and len(_ARABIC.findall(sample)) > len(sample) / 3 else None

    try:
        item_url = canonical_url(canonical)
    except (InvalidURL, ValueError):
        return fail("bad_url")
    item = new_item(
        url=item_url, title=title, body=body,
        published_at_raw=_published(s, article if article is not None else content, url, profile), modified_at=modified,
        section=section, tags=tags, authors=authors, images=images, read_also=read_also,
        language=lang, crawled_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
    )
    return item


def timezone_for(url: str, html_head: str = "") -> str | None:
    """The time zone dates of this page are printed in (its site profile's), or None (UTC)."""
    profile = profile_for(url, html_head)
    return profile.timezone if profile else None


def extract_article(html: str | bytes, url: str) -> dict | None:
    """The article on a page as an item dict (DESIGN.md §3 fields), or None if it is not one."""
    try:
        raw, profile = _extract(html, url)
    except NotAnArticle:
        return None
    except Exception:  # noqa: BLE001 - contract: never raise on bad pages
        return None
    return process_item(raw, profile.timezone if profile else None)
