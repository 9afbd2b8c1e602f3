"""Link discovery: which links of a page a spider follows (a pure function, tested alone).

A page yields three kinds of links, all canonical and on the crawled host:
- sections: links of the navigation menu that are not articles (the spider discovers the
  sections this way; nothing is hard-coded);
- pages: pagination links (next, previous and numbered pages of a listing);
- articles: any link whose path matches the site profile's article rule, wherever it stands
  (listings, "read also" lines, tickers, "most read" boxes).
Footer pages, off-site links, assets and non-http links are never returned. With each section
link comes its anchor text (`Links.names`: the section's name); asked for a listing page,
`discover_links(listing=True)` also says which articles are the page's own list
(`Links.listed`: in its main block, outside asides, tickers and "most read" boxes).

The profile's selectors (`navigation`, `pagination`) are a first guess only: what the page's
structure shows is added to what they find, so a redesign with other class names and other
wrappers still gives its menu and its pagination.

- The menu is a group of at least three same-host links that are not articles, with short
  anchor texts (a list, or the children of one element), standing in the page's header region
  or in a `<nav>`, `<header>` or `role=navigation` element, never in its footer region. The
  regions come from the page's frame: the blocks before the one that holds the page's main
  content (`<main>`, the article, the headline) are its header, the blocks after it its footer
  (`page_regions`); `<footer>` and `role=contentinfo` are footer wherever they stand.
- Pagination: `rel=next`/`rel=prev` (on links and on `<link>` in the head), anchors that read
  «التالي», «السابق», «الصفحة التالية», », ›, "next" ..., a run of numbered links, and any
  link that differs from the page's own URL only by a page number (`?page=N`, `/page/N`,
  `/N`, `-N`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from newscrawler.extract.boilerplate import is_boilerplate
from newscrawler.html import css, select_all
from newscrawler.sites import SiteProfile
from newscrawler.urls import InvalidURL, URL_CACHE, canonical_url, request_url, same_site, url_path

ASSET = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|ico|css|js|pdf|mp3|mp4|webm|zip|rar|docx?|xlsx?)$", re.I)

MENU_MIN_LINKS = 3          # a menu has at least this many distinct section links
MAX_MENU_TEXT = 40          # characters of a menu item's text
MAX_MENU_WORDS = 5


@dataclass
class Links:
    sections: list[str] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    # The anchor text of each section link (the section's name as the menu prints it).
    names: dict[str, str] = field(default_factory=dict)
    # With discover_links(listing=True): the articles of the page's own list (its main region,
    # outside sidebars, tickers and "most read" boxes): the ones a section listing files there.
    listed: list[str] = field(default_factory=list)
    # The URL to request for a link the page writes otherwise than its canonical form (a
    # trailing slash, `www.`): newscrawler.urls.request_url. Absent: request the canonical URL.
    linked: dict[str, str] = field(default_factory=dict)

    def note(self, url: str, absolute: str) -> None:
        """Remember how the page writes the link to `url` (its first writing), when the
        request should keep it (a trailing slash, `www.`)."""
        if url != absolute and url not in self.linked:
            wire = request_url(url, absolute)
            if wire != url:
                self.linked[url] = wire

    def all(self) -> list[str]:
        return self.sections + self.pages + self.articles


@lru_cache(maxsize=URL_CACHE)
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


def _origin(base: str) -> str:
    return base[:base.find("/", base.find("//") + 2)] if base.count("/") >= 3 else base


def _absolute(href: str | None, base: str, origin: str) -> str | None:
    href = (href or "").strip()
    if not href or href.startswith(("javascript:", "mailto:", "tel:", "whatsapp:", "#")):
        return None
    if href.startswith("/") and not href.startswith("//") and "/." not in href:
        return origin + href  # root-relative: no need for a full urljoin
    return urljoin(base, href)


def _canonical(href: str | None, base: str, origin: str, host: str) -> str | None:
    absolute = _absolute(href, base, origin)
    return followable(absolute, host) if absolute is not None else None


def _canonical_links(anchors, base: str, host: str):
    origin = _origin(base)
    for a in anchors:
        url = _canonical(a.get("href"), base, origin, host)
        if url is not None:
            yield url


def _anchors(nodes):
    for node in nodes:
        if node.tag == "a":
            yield node
        else:
            yield from css("a[href]")(node)


# --- the page's regions ----------------------------------------------------------------------

_NOT_CONTENT = frozenset({"script", "style", "noscript", "template", "link", "meta", "svg", "iframe", "br", "hr"})
_MAIN_MARKERS = ("main", "article", "h1")
_MAIN_ROLES = css("[role=main]")


@dataclass
class Regions:
    """The page's frame: its header blocks (before the main content) and footer blocks (after)."""

    top: list = field(default_factory=list)
    bottom: list = field(default_factory=list)
    main: object | None = None

    def __post_init__(self):
        # Elements, not their id(): lxml's proxies live as long as someone holds them.
        self._top, self._bottom = set(self.top), set(self.bottom)

    def where(self, el) -> str | None:
        """"top", "bottom" or "main" for an element inside one of the frame's blocks, else None."""
        node = el
        while node is not None:
            if node in self._top:
                return "top"
            if node in self._bottom:
                return "bottom"
            if node is self.main:
                return "main"
            node = node.getparent()
        return None


def _main_marker(root):
    """The element that holds (or is) the page's main content: <main> or role=main, else the
    first <article>, else the first <h1> with text and no image (not a logo)."""
    for tag in _MAIN_MARKERS:
        for el in root.iter(tag):
            if tag == "h1" and (el.find(".//img") is not None or not "".join(el.itertext()).strip()):
                continue
            return el
        if tag == "main":
            found = _MAIN_ROLES(root)
            if found:
                return found[0]
    return None


def _size(el) -> int:
    return sum(1 for _ in el.iter())


def page_regions(root) -> Regions:
    """The header and footer blocks of a page, by structure: from <body>, through wrappers of
    a single child, to the level where the page splits into blocks; the block that holds the
    main content (`_main_marker`, else the largest block) separates the ones above it (header)
    from the ones below (footer). When the header is nested in the main block's wrapper the
    search goes on inside it."""
    body = root.find("body") if root.tag == "html" else root
    if body is None:
        return Regions()
    marker = _main_marker(body)
    path = {marker, *marker.iterancestors()} if marker is not None else set()
    top, bottom, main = [], [], None
    frame = body
    for _ in range(8):
        if frame is marker:
            break
        kids = [c for c in frame if isinstance(c.tag, str) and c.tag not in _NOT_CONTENT]
        if not kids:
            break
        if len(kids) == 1:
            frame = kids[0]
            continue
        if marker is not None:
            index = next((i for i, c in enumerate(kids) if c in path), None)
            if index is None:
                break
        else:
            sizes = [_size(c) for c in kids]
            index = sizes.index(max(sizes))
        top += kids[:index]
        bottom[:0] = kids[index + 1:]
        main = kids[index]
        if top:
            break
        frame = main
    return Regions(top, bottom, main)


_ROLES_NAV = frozenset({"navigation", "menubar", "menu", "banner"})
_ROLES_FOOTER = frozenset({"contentinfo"})


def _landmark(el) -> str | None:
    """"footer" or "nav" when `el` is inside a <footer> (role=contentinfo) or a <nav>, <header>
    (role=navigation, banner) element; the nearest one counts."""
    node = el
    while node is not None:
        tag = node.tag
        role = node.get("role") if isinstance(tag, str) else None
        if tag == "footer" or (role and role.lower() in _ROLES_FOOTER):
            return "footer"
        if tag in ("nav", "header") or (role and role.lower() in _ROLES_NAV):
            return "nav"
        node = node.getparent()
    return None


# --- groups of links -------------------------------------------------------------------------

_GROUP_TAGS = frozenset({"ul", "ol", "nav", "menu", "header", "footer", "aside", "main", "body", "html"})


def _group(a):
    """The element that groups a link with its siblings: its parent, above the wrappers around
    the link (an <li>, a <div> or <span> holding it and at most one other element, such as a
    sub-menu or an icon; at most three of them)."""
    item = a
    for _ in range(3):
        parent = item.getparent()
        if parent is None or parent.tag in _GROUP_TAGS or len(parent) > 2:
            break
        item = parent
    return item.getparent()


def _anchor_text(a) -> str:
    if len(a) == 0:  # the usual menu item: text only
        return " ".join((a.text or "").split())
    return " ".join("".join(a.itertext()).split())


def _short_text(text: str) -> bool:
    return 0 < len(text) <= MAX_MENU_TEXT and text.count(" ") < MAX_MENU_WORDS


# --- pagination ------------------------------------------------------------------------------

_PAGE_PARAMS = frozenset({"page", "paged", "pg", "p", "pagenum", "pageno", "page_no", "start", "offset"})
_PAGE_PATH = re.compile(r"(?:/page/?-?\d{1,5}|/\d{1,4}|(?<=[^/\d])-\d{1,3})/?$", re.I)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_NUMBER = re.compile(r"^\d{1,4}$")
_NEXT_WORDS = frozenset({
    "التالي", "التالية", "الصفحة التالية", "السابق", "السابقة", "الصفحة السابقة", "الأقدم", "الأحدث",
    "next", "next page", "previous", "prev", "previous page", "older", "newer", "older posts", "newer posts",
    "older entries", "newer entries",
})
_GLYPHS = frozenset({"»", "›", "«", "‹", ">", "<", ">>", "<<", "→", "←", "»»", "««"})


@lru_cache(maxsize=URL_CACHE)
def page_base(url: str) -> str:
    """`url` without its page number (`?page=N` and the like, `/page/N`, a last `/N` or `-N`):
    two URLs with the same base are pages of one listing."""
    parts = urlsplit(url)
    path = _PAGE_PATH.sub("", parts.path) or "/"
    query = parts.query
    if query:
        query = urlencode([(k, v) for k, v in parse_qsl(query, keep_blank_values=True)
                           if not (k.lower() in _PAGE_PARAMS and v.isdigit())])
    return urlunsplit((parts.scheme, parts.netloc, path.rstrip("/") or "/", query, ""))


_MARK_CHARS = "«»‹›<>→←-–—.… "


def _is_next_text(text: str) -> bool:
    if len(text) > 24:
        return False
    if text in _GLYPHS:
        return True
    words = text.strip(_MARK_CHARS).lower()  # "التالي »", "« السابق", "Next ›"
    return words in _NEXT_WORDS or (" " in words and " ".join(words.split()) in _NEXT_WORDS)


def listing_heading(root) -> str | None:
    """The name a listing page gives itself: its first <h1> when that is short (not a logo)."""
    marker = next((h for h in root.iter("h1") if h.find(".//img") is None), None)
    if marker is None:
        return None
    text = _anchor_text(marker)
    return text if _short_text(text) else None


# --- the function the spiders call -----------------------------------------------------------


def discover_links(root, page_url: str, profile: SiteProfile, host: str, *, listing: bool = False) -> Links:
    """Links to follow from a parsed page (see module doc). Order is kept, repeats removed.

    With `listing=True` also `Links.listed`, the articles of the page's own list.
    """
    links = Links()
    seen: set[str] = set()
    origin = _origin(page_url)
    try:
        own = canonical_url(page_url)
    except (InvalidURL, ValueError):
        own = page_url
    root_url = origin + "/"
    own_base = page_base(own)

    def add(bucket: list[str], url: str) -> bool:
        if url not in seen and url != own:
            seen.add(url)
            bucket.append(url)
            return True
        return False

    # One pass over the anchors: articles at once, the others kept for pagination and menus.
    others = []  # (anchor, url) of same-host links that are not articles
    article_anchors = []
    for a in root.iter("a"):
        absolute = _absolute(a.get("href"), page_url, origin)
        url = followable(absolute, host) if absolute is not None else None
        if url is None:
            continue
        links.note(url, absolute)
        if profile.is_article_url(url):
            add(links.articles, url)
            if listing:
                article_anchors.append((a, url))
        else:
            others.append((a, url))

    # Pagination: the profile's selectors, then rel=next/prev, next/previous texts, runs of
    # numbered links, and links that differ from this page by a page number only.
    for url in _canonical_links(_anchors(select_all(root, profile.pagination)), page_url, host):
        if not profile.is_article_url(url):
            add(links.pages, url)
    head = root.find("head")
    for el in (head.iter("link") if head is not None else ()):
        if {"next", "prev", "previous"} & set((el.get("rel") or "").lower().split()):
            url = _canonical(el.get("href"), page_url, origin, host)
            if url is not None and not profile.is_article_url(url):
                add(links.pages, url)
    texts: dict = {}     # anchor -> its text
    numbered: dict = {}  # group -> URLs of its numbered links
    groups: dict = {}    # group -> [(anchor, URL, text)] of its short-text links
    for a, url in others:
        text = texts[a] = _anchor_text(a)
        if url == own:
            continue
        rel = (a.get("rel") or "").lower()
        if ("next" in rel or "prev" in rel or _is_next_text(text)
                or (url != root_url and page_base(url) == own_base)):
            add(links.pages, url)
        elif text[:1].isdigit() and _NUMBER.match(text.translate(_DIGITS)):
            group = _group(a)
            numbered.setdefault(group, []).append(url)
        elif url != root_url and _short_text(text):
            group = _group(a)
            if group is not None:
                groups.setdefault(group, []).append((a, url, text))
    for urls in numbered.values():
        if len(urls) >= 2:  # a run of numbered links
            for url in urls:
                add(links.pages, url)

    # Sections: the profile's navigation selectors, then the menus the structure shows; never
    # what stands in the footer.
    menus = [(group, items) for group, items in groups.items()
             if len({url for _, url, _ in items}) >= MENU_MIN_LINKS]
    guessed = select_all(root, profile.navigation)
    regions = page_regions(root) if (menus or listing or guessed) else Regions()
    for node in guessed:
        if _landmark(node) == "footer" or regions.where(node) == "bottom":
            continue
        for a in _anchors((node,)):
            url = _canonical(a.get("href"), page_url, origin, host)
            if url is not None and add(links.sections, url):
                links.names[url] = texts.get(a) or _anchor_text(a)
    chosen = []
    for group, items in menus:
        landmark = _landmark(group)
        if landmark == "footer":
            continue
        where = regions.where(group)
        if where is None and regions.top:  # a group around the frame's blocks: each link where it stands
            items = [it for it in items if regions.where(it[0]) == "top" and _landmark(it[0]) != "footer"]
            if len({url for _, url, _ in items}) >= MENU_MIN_LINKS:
                chosen.append(items)
        elif where != "bottom" and (landmark == "nav" or where == "top"):
            chosen.append(items + _submenu_items(group, groups, items))
    if not chosen and not regions.top:  # no frame to go by: the first menu-like group, if not a footer
        chosen = [items + _submenu_items(group, groups, items) for group, items in menus[:1]
                  if _landmark(group) != "footer"]
    for items in chosen:
        for _, url, text in items:
            if add(links.sections, url):
                links.names[url] = text

    if listing:
        links.listed = _listed(article_anchors, regions)
    return links


def _submenu_items(group, groups: dict, items: list) -> list:
    """The short-text links of the groups nested in a menu's items: its sub-menus (a «المزيد»
    drop-down holding the sections that do not fit the bar)."""
    found, have = [], {url for _, url, _ in items}
    for other, its in groups.items():
        if other is group or other is None:
            continue
        if any(anc is group for anc in other.iterancestors()):
            found += [it for it in its if it[1] not in have]
    return found


_ASIDE_ROLES = frozenset({"complementary", "navigation", "banner", "contentinfo"})


def _listed(article_anchors, regions: Regions) -> list[str]:
    """The articles in the page's main region, outside asides, navigation and boilerplate blocks
    (most read, ticker, related ...: `newscrawler.extract.boilerplate`)."""
    verdict: dict = {}  # element -> whether the links under it are out of the list
    out, seen = [], set()
    main = regions.main
    for a, url in article_anchors:
        if url in seen:
            continue
        chain = []
        node, excluded = a.getparent(), None
        while node is not None and node is not main:
            known = verdict.get(node)
            if known is not None:
                excluded = known
                break
            chain.append(node)
            if not isinstance(node.tag, str):
                node = node.getparent()
                continue
            role = (node.get("role") or "").lower()
            if (node.tag in ("aside", "nav", "header", "footer") or role in _ASIDE_ROLES
                    or is_boilerplate(node)):
                excluded = True
                break
            node = node.getparent()
        if excluded is None:
            excluded = main is not None and node is not main  # outside the main block altogether
        for el in chain:
            verdict[el] = excluded
        if not excluded:
            seen.add(url)
            out.append(url)
    return out
