"""Structured data of a page, parsed once: JSON-LD article and breadcrumb objects, <meta> tags."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field

from lxml import etree


ARTICLE_TYPES = frozenset({
    "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report",
    "SocialMediaPosting", "ScholarlyArticle",
})
# A JSON-LD script wrapped in CDATA (`//<![CDATA[ … //]]>`): the wrapper's two ends.
_CDATA_OPEN = re.compile(r"\s*(?://\s*)?<!\[CDATA\[")
_CDATA_CLOSE = re.compile(r"(?://\s*)?\]\]>\s*$")


def _strip_cdata(text: str) -> str:
    """The script's text without a CDATA wrapper (two anchored matches, not a scan of the text
    for either end: a regex with both would try them at every character of the JSON)."""
    opening = _CDATA_OPEN.match(text)
    if opening:
        text = text[opening.end():]
    return _CDATA_CLOSE.sub("", text) if "]]>" in text else text


@dataclass
class Structured:
    article: dict = field(default_factory=dict)       # the first JSON-LD article object
    breadcrumbs: list[dict] = field(default_factory=list)  # JSON-LD BreadcrumbList objects
    meta: dict[str, list[str]] = field(default_factory=dict)
    canonical: str | None = None
    lang: str | None = None

    def first(self, *keys: str) -> str | None:
        for k in keys:
            for v in self.meta.get(k, ()):
                if v and v.strip():
                    return unescape(v)
        return None

    def all(self, key: str) -> list[str]:
        return [unescape(v) for v in self.meta.get(key, ()) if v and v.strip()]


_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescape(text: str) -> str:
    """A value with HTML entities a CMS escaped once too often decoded (JSON-LD strings hold
    `&quot;` literally; a double-escaped <meta content> gives `&amp;quot;` → `&quot;`). Only
    entities closed by ";": a URL's `?a=1&copy=2` stays as it is."""
    text = text.strip()
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text).strip() if "&" in text else text


def _types(obj: dict) -> set[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return {t.rsplit("/", 1)[-1]}
    if isinstance(t, list):
        return {x.rsplit("/", 1)[-1] for x in t if isinstance(x, str)}
    return set()


def _walk(obj, depth: int = 0):
    """Yield every dict of a JSON-LD document (top level, lists, @graph), bounded in depth."""
    if depth > 6:
        return
    if isinstance(obj, list):
        for x in obj:
            yield from _walk(x, depth + 1)
    elif isinstance(obj, dict):
        yield obj
        if "@graph" in obj:
            yield from _walk(obj["@graph"], depth + 1)


# What parse_structured reads from the body as well as the head, in page order: elements with
# a `content` (<meta>, RDFa on any element) or a `datetime` (microdata dates), and microdata
# <abbr title>. Reached through the attribute axis: far cheaper in libxml2 than a test of every
# element (`descendant-or-self::*[...]`, which CSS selectors compile to).
_ATTRIBUTED = etree.XPath("descendant-or-self::*/@content/.. | descendant-or-self::*/@datetime/.."
                          " | descendant-or-self::abbr[@itemprop and @title]")  # within the element given


def parse_structured(root) -> Structured:
    s = Structured()
    scripts, links = [], []
    for el in root.iter("script", "link"):
        if el.tag == "script":
            if el.get("type") == "application/ld+json":
                scripts.append(el)
        elif el.get("rel") == "canonical" and el.get("href") is not None:
            links.append(el)
    metas, dates = [], []
    for el in _ATTRIBUTED(root):
        if el.get("content") is not None and (el.tag == "meta" or el.get("property") is not None):
            metas.append(el)  # meta[content], [property][content]
        if el.get("itemprop") is not None and (el.get("datetime") is not None
                                               or (el.tag == "abbr" and el.get("title") is not None)):
            dates.append(el)  # [itemprop][datetime], abbr[itemprop][title]
    for script in scripts:
        raw = _strip_cdata(script.text or "").strip()
        if not raw:
            continue
        try:
            doc = json.loads(raw)
        except ValueError:  # a CMS bug: the other evidence is used instead
            continue
        for obj in _walk(doc):
            types = _types(obj)
            if types & ARTICLE_TYPES and not s.article:
                s.article = obj
            if "BreadcrumbList" in types:
                s.breadcrumbs.append(obj)
            elif isinstance(obj.get("breadcrumb"), dict) and "BreadcrumbList" in _types(obj["breadcrumb"]):
                s.breadcrumbs.append(obj["breadcrumb"])  # WebPage.breadcrumb
    for m in metas:  # <meta>, and RDFa on any element
        names = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        for key in names.split():  # RDFa may give several: property="dc:date dc:created"
            s.meta.setdefault(key, []).append(m.get("content"))
    for el in dates:
        key = el.get("itemprop", "").strip().lower()
        value = el.get("datetime") or el.get("title")
        if key and value:
            s.meta.setdefault(key, []).append(value)
    if links:
        s.canonical = links[0].get("href").strip()
    s.lang = (root.get("lang") or root.get("xml:lang") or "").strip() or None
    return s


def jsonld_text(value) -> str | None:
    """A plain string out of a JSON-LD value (string, {'name': ...}, {'@value': ...} or list)."""
    if isinstance(value, str):
        return unescape(value) or None
    if isinstance(value, dict):
        return jsonld_text(value.get("name") or value.get("@value"))
    if isinstance(value, list) and value:
        return jsonld_text(value[0])
    return None


def jsonld_people(value) -> list[str]:
    """Names of Person authors (organisations are publishers, not authors)."""
    items = value if isinstance(value, list) else [value]
    names = []
    for it in items:
        if isinstance(it, str) and it.strip():
            names.append(it.strip())
        elif isinstance(it, dict) and "Organization" not in _types(it) and "NewsMediaOrganization" not in _types(it):
            name = jsonld_text(it.get("name"))
            if name:
                names.append(name)
    return names


def jsonld_keywords(value) -> list[str]:
    if isinstance(value, str):
        return [k.strip() for k in re.split(r"[,،]", value) if k.strip()]
    if isinstance(value, list):
        return [k.strip() for k in value if isinstance(k, str) and k.strip()]
    return []


def jsonld_images(value) -> list[tuple[str, str | None]]:
    items = value if isinstance(value, list) else [value]
    out = []
    for it in items:
        if isinstance(it, str):
            out.append((it, None))
        elif isinstance(it, dict) and isinstance(it.get("url"), str):
            out.append((it["url"], jsonld_text(it.get("caption"))))
    return out
