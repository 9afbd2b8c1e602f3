"""The article's section, by evidence rather than by class name (pure functions over lxml trees).

Each source of evidence names the section (or a few candidates, the one it prefers first):

- structured data: JSON-LD `articleSection` (a string or a list), the last item of a JSON-LD
  `BreadcrumbList` before the article itself, the `article:section` meta;
- the breadcrumb trail: `itemtype=BreadcrumbList` microdata, or any small block whose first
  link goes to the home page (the host's root, or reads «الرئيسية» / Home) followed by one to
  three category links with separators between them (/ › » > ، ...), whatever its class;
- the profile's layout selectors (a site's own rule, when it is not the same element as a
  breadcrumb or header link already counted);
- the header link: a short same-host link right before or after the headline whose path
  looks like a listing (not an article, an author, a tag or a search page);
- the article's category link: `rel="category"` (what WordPress prints, "category tag"),
  in the article;
- the listing the crawl came through (the section name its menu link printed), when the caller
  knows it.

`choose_section` takes the name most sources agree on (compared without case, diacritics,
tatweel, hamza forms or a leading «ال»), a tie going to the most specific source in the order
above. One page's structured data counts once, however many of its fields name the section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from urllib.parse import urlsplit

from lxml import etree

from newscrawler.extract.boilerplate import is_share_url
from newscrawler.extract.structured import Structured, jsonld_text
from newscrawler.html import SKIP_TAGS, text_of
from newscrawler.urls import InvalidURL, URL_CACHE, canonical_url, host_key, url_path

SOURCES = ("structured", "breadcrumb", "layout", "header", "category", "listing")  # most specific first
MAX_SECTION_CHARS = 50
MAX_SECTION_WORDS = 6
HOME_WORDS = frozenset({"الرئيسية", "الرئيسيه", "الصفحة الرئيسية", "الرئيسة", "home", "homepage", "home page",
                        "accueil"})
# Between the links of a trail: separators only (a "|" or "-" row of links is a menu, not a trail).
_SEPARATOR_CHARS = r"\s/\\›»>‹«<،,:•·→←❯❮⟩⟨▸◂▶◀»"
_SEPARATORS = re.compile(rf"^[{_SEPARATOR_CHARS}]*$")
# Bars (| ¦ - –) separate the links of top and footer bars too («الرئيسية | من نحن | اتصل بنا»):
# they separate a trail only in a block that says it is one (aria-label="breadcrumb", its class).
_BAR_SEPARATORS = re.compile(rf"^[{_SEPARATOR_CHARS}|¦\-–—]*$")
# Paths of pages that are about a person, a tag or a search, never a section.
_NOT_SECTION_PATH = re.compile(r"/(?:author|authors|writer|writers|kuttab|user|users|profile|tags?|search|"
                               r"login|register|feed|rss|wp-content|print)(?:/|$)", re.I)
_CATEGORY_PATH = re.compile(r"/(?:category|categories|section|sections|cat|topics?)/", re.I)
_TRIM = re.compile(r"^[\s/\\|›»>‹«<،,:•·\-–—]+|[\s/\\|›»>‹«<،,:•·\-–—]+$")
_BREADCRUMB_MARK = re.compile(r"crumb|مسار", re.I)


@dataclass(frozen=True)
class Evidence:
    """What one source says the section is: its candidates, the one it prefers first."""

    source: str
    values: tuple[str, ...]


def clean_name(text: str | None) -> str | None:
    """A section name as printed (whitespace collapsed, separators around it cut), or None when
    it is empty or too long to be a section's name."""
    if not text:
        return None
    text = _TRIM.sub("", " ".join(text.split()))
    if not text or len(text) > MAX_SECTION_CHARS or text.count(" ") >= MAX_SECTION_WORDS:
        return None
    return text


_DIACRITICS = re.compile(r"[\u064b-\u065f\u0670\u0640]")  # harakat, superscript alef, tatweel
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})


def name_key(name: str) -> str:
    """What two names must share to be the same section: «الأخبار» = «أخبار», "News" = "news"."""
    key = _DIACRITICS.sub("", " ".join(name.split())).translate(_FOLD).casefold()
    return key[2:] if key.startswith("ال") and len(key) > 4 else key


def choose_section(evidence: list[Evidence]) -> str | None:
    """The name most sources agree on; a tie goes to the most specific source (SOURCES order),
    and within a source to the candidate it prefers."""
    votes: dict[str, list] = {}  # key -> [sources naming it, best (source rank, position), name]
    for ev in evidence:
        rank = SOURCES.index(ev.source) if ev.source in SOURCES else len(SOURCES)
        counted = set()
        for position, value in enumerate(ev.values):
            name = clean_name(value)
            if name is None:
                continue
            key = name_key(name)
            if key in counted:
                continue
            counted.add(key)
            entry = votes.get(key)
            if entry is None:
                votes[key] = [1, (rank, position), name]
            else:
                entry[0] += 1
                if (rank, position) < entry[1]:
                    entry[1], entry[2] = (rank, position), name
    if not votes:
        return None
    best = min(votes.values(), key=lambda e: (-e[0], e[1]))
    return best[2]


# --- links -----------------------------------------------------------------------------------


@lru_cache(maxsize=URL_CACHE)
def _resolve(link: str, page_url: str) -> tuple[str, str, str] | None:
    """(canonical URL, its host key, its decoded path) of a link on a page, or None (cached: the
    same menu and trail links stand on every page of a site)."""
    try:
        url = canonical_url(link.strip(), base=page_url)
    except (InvalidURL, ValueError):
        return None
    return url, host_key(urlsplit(url).hostname or ""), url_path(url)


def _is_home(link: str | None, name: str | None, page_url: str) -> bool:
    if name and " ".join(name.split()).casefold() in HOME_WORDS:
        return True
    target, page = _resolve(link, page_url) if link else None, _resolve(page_url, page_url)
    if target is None or page is None:
        return False
    return target[1] == page[1] and target[2] in ("/", "/index.html", "/index.php") and "?" not in target[0]


def _is_page(link: str | None, page_url: str, aliases=()) -> bool:
    """Whether `link` is the page itself (its URL, or one of the `aliases` it declares)."""
    target = _resolve(link, page_url) if link else None
    if target is None:
        return False
    page = _resolve(page_url, page_url)
    return (page is not None and target[0] == page[0]) or target[0] in aliases


def page_aliases(s: Structured, page_url: str) -> frozenset[str]:
    """The canonical URLs the page declares for itself (rel=canonical, og:url, JSON-LD url)."""
    declared = [s.canonical, s.first("og:url")]
    if s.article:
        declared += [s.article.get("url"), s.article.get("@id"), s.article.get("mainEntityOfPage")]
    out = set()
    for link in declared:
        if isinstance(link, dict):
            link = link.get("@id")
        found = _resolve(link, page_url) if isinstance(link, str) and link.strip() else None
        if found is not None:
            out.add(found[0])
    return frozenset(out)


# --- structured data -------------------------------------------------------------------------


def _names(value) -> list[str]:
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    text = jsonld_text(value)
    return [text] if text else []


def trail_sections(items: list[tuple[str | None, str | None]], page_url: str, *, aliases=(),
                   title: str | None = None) -> list[str]:
    """The categories of a breadcrumb trail [(name, link)], the most specific (last) first:
    without the home item in front and the article itself at the end (a link to the page or
    one of its `aliases`, its `title`, or a name too long for a section)."""
    items = [(n, link) for n, link in items if n or link]
    if items and _is_home(items[0][1], items[0][0], page_url):
        items = items[1:]
    title_key = name_key(title) if title else None
    while items and (_is_page(items[-1][1], page_url, aliases) or clean_name(items[-1][0]) is None
                     or (title_key is not None and name_key(items[-1][0]) == title_key)):
        items = items[:-1]
    return [n for n, _ in reversed(items) if clean_name(n)]


def _list_items(breadcrumb: dict) -> list[tuple[str | None, str | None]]:
    elements = breadcrumb.get("itemListElement")
    if isinstance(elements, dict):
        elements = [elements]
    if not isinstance(elements, list):
        return []
    entries = [e for e in elements if isinstance(e, dict)]

    def position(e):
        try:
            return int(e.get("position"))
        except (TypeError, ValueError):
            return 0

    if all(position(e) for e in entries):
        entries.sort(key=position)
    out = []
    for e in entries:
        item = e.get("item")
        name = jsonld_text(e.get("name"))
        link = None
        if isinstance(item, str):
            link = item
        elif isinstance(item, dict):
            name = name or jsonld_text(item.get("name"))
            link = item.get("@id") or item.get("url")
            link = link if isinstance(link, str) else None
        out.append((name, link))
    return out


def structured_evidence(s: Structured, page_url: str) -> Evidence | None:
    """JSON-LD articleSection, the JSON-LD breadcrumb's last category, the article:section meta."""
    values = _names(s.article.get("articleSection")) if s.article else []
    if s.breadcrumbs:
        aliases = page_aliases(s, page_url)
        title = (jsonld_text(s.article.get("headline")) if s.article else None) or s.first("og:title")
        for breadcrumb in s.breadcrumbs:
            values += trail_sections(_list_items(breadcrumb), page_url, aliases=aliases, title=title)[:1]
    values += s.all("article:section")[:1]
    return Evidence("structured", tuple(values)) if values else None


# --- the breadcrumb trail on the page --------------------------------------------------------

_GROUP_TAGS = frozenset({"ol", "ul", "nav", "header", "footer", "main", "article", "body", "html"})
MAX_TRAIL_LINKS = 6
MAX_TRAIL_TEXT = 300


def _microdata_trail(el, page_url: str, aliases=()) -> list[str]:
    items = []
    for item in el.iter():
        if not isinstance(item.tag, str) or "itemListElement" not in (item.get("itemprop") or ""):
            continue
        name = link = None
        for sub in item.iter():
            prop = sub.get("itemprop") if isinstance(sub.tag, str) else None
            if prop == "name" and name is None:
                name = sub.get("content") or text_of(sub)
            elif prop == "item" and link is None:
                link = sub.get("href") or sub.get("content") or sub.get("itemid")
                if name is None and sub.tag == "a" and not any(
                        (x.get("itemprop") == "name") for x in sub.iter() if isinstance(x.tag, str)):
                    name = text_of(sub)
        items.append((name, link))
    return trail_sections(items, page_url, aliases=aliases)


def _pieces(group):
    """The group's content in order: its links (elements) and the text between them (strings)."""
    out = []
    walker = etree.iterwalk(group, events=("start", "end"))
    for event, el in walker:
        if not isinstance(el.tag, str):
            continue
        if event == "start":
            if el is not group and el.tag == "a":
                out.append(el)
                walker.skip_subtree()
            elif el.tag in SKIP_TAGS:
                walker.skip_subtree()
            elif el.text:
                out.append(el.text)
        elif el is not group and el.tail:
            out.append(el.tail)
    return out


def _marked(el) -> bool:
    for node in (el, el.getparent()):
        if node is not None and _BREADCRUMB_MARK.search(
                f"{node.get('class') or ''} {node.get('id') or ''} {node.get('aria-label') or ''}"):
            return True
    return False


def _shape_trail(home, page_url: str, aliases=()):
    """(categories, block) of the trail that `home` (a link to the home page) starts, or None
    when the block around it is not shaped like a breadcrumb."""
    item = home
    for _ in range(3):  # above the wrappers that hold the home link alone (<li>, <span> ...)
        parent = item.getparent()
        if parent is None or parent.tag in _GROUP_TAGS or len(parent) != 1:
            break
        item = parent
    group = item.getparent()
    if group is None or next(islice(group.iter("a"), MAX_TRAIL_LINKS, None), None) is not None:
        return None  # more links than a trail has
    pieces = _pieces(group)
    links = [p for p in pieces if not isinstance(p, str)]
    if len(links) < 2 or links[0] is not home:
        return None
    start = pieces.index(home)
    if len(" ".join(p for p in pieces[:start] if isinstance(p, str)).strip()) > 20:  # "أنت هنا:" at most
        return None
    between, trail, separated = [], [], False
    separators = _BAR_SEPARATORS if _marked(group) else _SEPARATORS
    for p in pieces[start + 1:]:
        if isinstance(p, str):
            between.append(p)
            continue
        text = "".join(between)
        if not separators.match(text):
            return None  # words between links: not a trail
        separated = separated or bool(text.strip())
        between = []
        trail.append((text_of(p), p.get("href")))
    trailing = " ".join("".join(between).split())
    if separators.match(trailing):
        trailing = ""
    if len(trailing) > MAX_TRAIL_TEXT:
        return None
    categories = [(n, link) for n, link in trail if not _is_page(link, page_url, aliases)]
    if not 1 <= len(categories) <= 3:
        return None
    if not separated and not (len(categories) <= 2 and (trailing or _marked(group))):
        return None  # a row of links without separators is a menu, unless it ends on the page's title
    found = trail_sections(categories, page_url, aliases=aliases)
    return (found, group) if found else None


@dataclass
class Trail:
    """A breadcrumb trail found on the page: its sections (most specific first), its element."""

    sections: list[str]
    element: object


_HOME_HREFS = ("/", "/index.html", "/index.php", "./")


def _microdata_list(el):
    """The BreadcrumbList microdata element `el` stands in, if any (up to 4 levels up)."""
    for node in (el, *islice(el.iterancestors(), 4)):
        if "BreadcrumbList" in (node.get("itemtype") or ""):
            return node
    return None


def breadcrumb_trail(root, page_url: str, aliases=()) -> Trail | None:
    """The breadcrumb trail of the page (microdata, else by shape), or None; `aliases`: the
    canonical URLs the page declares for itself (`page_aliases`). Call it before page
    furniture is removed (trails often stand in a <nav>).

    One pass over the page's links: those to the home page (by their href, or by their own
    text, «الرئيسية» / Home) start the trails tried; a link marked `itemprop=item` leads to
    its BreadcrumbList microdata."""
    origin = page_url[:page_url.find("/", page_url.find("//") + 2)] if page_url.count("/") >= 3 else page_url
    other = origin.replace("https://", "http://", 1) if origin.startswith("https:") else origin.replace(
        "http://", "https://", 1)
    hrefs = {*_HOME_HREFS, origin, origin + "/", other, other + "/"}
    homes, microdata = [], None
    for a in root.iter("a"):
        if microdata is None and "item" in (a.get("itemprop") or ""):
            microdata = _microdata_list(a)
        href = a.get("href")
        if href is not None and href.strip() in hrefs:
            homes.append(a)
            continue
        text = a.text
        if text and len(text) < 40 and " ".join(text.split()).casefold() in HOME_WORDS:
            homes.append(a)
    if microdata is not None:
        found = _microdata_trail(microdata, page_url, aliases)
        if found:
            return Trail(found, microdata)
    for home in homes:
        found = _shape_trail(home, page_url, aliases)
        if found:
            return Trail(*found)
    return None


# --- the link next to the headline -----------------------------------------------------------


def _listing_like(href: str | None, page_url: str, is_article) -> bool:
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return False
    target, page = _resolve(href, page_url), _resolve(page_url, page_url)
    if target is None or page is None or target[1] != page[1] or target[0] == page[0]:
        return False
    url, _, path = target
    if path in ("", "/") or _NOT_SECTION_PATH.search(path) or path.count("/") > 4:
        return False
    return bool(_CATEGORY_PATH.search(path)) or not (is_article and is_article(url))


def _small(el) -> bool:
    return len(text_of(el)) <= 60


HEADER_LEVELS = 4  # how far up from the headline its neighbours are looked for
_NEIGHBOURS = 2     # elements on each side


def _neighbours(head, side: str) -> list:
    """The elements right before (or after) the headline in document order: its siblings on that
    side, else, when it is the first (last) child, its parent's, and so on up to the article."""
    node = head
    for _ in range(HEADER_LEVELS):
        near = []
        sib = node.getprevious() if side == "before" else node.getnext()
        while sib is not None and len(near) < _NEIGHBOURS:
            if isinstance(sib.tag, str) and sib.tag not in SKIP_TAGS:
                near.append(sib)
            sib = sib.getprevious() if side == "before" else sib.getnext()
        if near:
            return near
        node = node.getparent()
        if node is None or node.tag in ("body", "html", "article", "main"):
            break
    return []


def _edge(block, side: str, depth: int = 3):
    """`block`, then when it is large the elements at its edge next to the headline (its first
    children when it follows the headline, its last when it precedes it), down a few levels:
    a Drupal page prints the headline in a block of its own and the category link at the top
    of the <article> after it."""
    yield block
    node = block
    for _ in range(depth):
        if _small(node):
            return
        kids = [c for c in node if isinstance(c.tag, str) and c.tag not in SKIP_TAGS]
        if not kids:
            return
        edge = kids[0] if side == "after" else kids[-1]
        # At the edge in the text too: nothing printed between it and the headline (a link at
        # the end of a paragraph of prose is not the article's category).
        if (node.text or "").strip() if side == "after" else (edge.tail or "").strip():
            return
        node = edge
        yield node


def header_link(head, page_url: str, is_article=None):
    """The category link next to the headline `head`: in the elements right before it, then right
    after it (`_neighbours`), a short link to a same-host listing (`_listing_like`).
    `is_article(url)` is the site's article rule. Returns the <a> element, or None."""
    if head is None:
        return None
    for side in ("before", "after"):
        for block in (b for near in _neighbours(head, side) for b in _edge(near, side)):
            if not _small(block):
                continue
            # share buttons beside the category link (a header's share row) are not competitors
            anchors = [block] if block.tag == "a" else [a for a in block.iter("a") if not is_share_url(a.get("href"))]
            if len(anchors) > 2:
                continue
            for a in anchors:
                if clean_name(text_of(a)) and _listing_like(a.get("href"), page_url, is_article):
                    return a
    return None


_REL_CATEGORY = etree.XPath(".//a[contains(concat(' ', normalize-space(@rel), ' '), ' category ')]")


def section_evidence(s: Structured, trail: Trail | None, layout_el, head, page_url: str, is_article=None,
                     listing: str | None = None, scope=None) -> list[Evidence]:
    """Every source's evidence (see module doc), for choose_section. `layout_el` is what the
    profile's section selector found, `head` the headline element, `scope` the article element
    (for its rel=category links), `listing` the section name of the listing the crawl came
    through."""
    out = []
    structured = structured_evidence(s, page_url)
    if structured is not None:
        out.append(structured)
    crumbs = trail.element if trail is not None else None
    if trail is not None:
        out.append(Evidence("breadcrumb", tuple(trail.sections)))
    link = header_link(head, page_url, is_article)
    if link is not None and crumbs is not None and _within(link, crumbs):
        link = None  # the trail's own link: counted once
    if layout_el is not None and not (
            (link is not None and (_within(link, layout_el) or _within(layout_el, link)))
            or (crumbs is not None and _within(layout_el, crumbs))):
        out.append(Evidence("layout", (text_of(layout_el),)))
    if link is not None:
        out.append(Evidence("header", (text_of(link),)))
    if scope is not None:
        category = next((a for a in _REL_CATEGORY(scope) if a is not link and a is not layout_el), None)
        if category is not None and not (crumbs is not None and _within(category, crumbs)):
            out.append(Evidence("category", (text_of(category),)))
    if listing:
        out.append(Evidence("listing", (listing,)))
    return out


def _within(el, ancestor) -> bool:
    return el is ancestor or any(a is ancestor for a in el.iterancestors())
