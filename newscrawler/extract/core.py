"""Article extraction, orchestrated: where the article is on a page, and each of its fields.

    extract_article(html, url) -> dict | None   the item, cleaned and dated (outside checks call it)
    extract_raw(html, url) -> dict | None       the fields as found, before the item steps
    extract_tree(root, url, profile) -> dict    extract_raw on a parsed page: what the spiders call
                                                (section_hint=: the section of the listing it came through)

Each takes an optional `chrome=`: the host's learned chrome model (newscrawler.extract.chrome),
whose blocks are then left out of the body; without it, extraction is the same as before.

The site profile (newscrawler.sites) is the crawl's (`extract_tree`), or else the one of the
URL's host or of the signature the page shows. Order of evidence for every field: structured
data (JSON-LD, <meta>, itemprop), then the profile's layout selectors, then generic heuristics
(newscrawler.extract.generic); the section alone is chosen by agreement among its sources
(newscrawler.extract.sections). Boilerplate blocks (related, comments, share, newsletter,
weather, prayer times ...) are removed on both paths. The publication date is never read
from the page header (the "today" widget) nor invented: structured data, meta, the date the
site's URLs carry, or the date printed next to the headline.

In a crawl the item pipelines then apply `newscrawler.items.steps` (normalise text, strip
chrome, validate, dates, hash and crawl time); `extract_article` applies the same steps itself.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice
from datetime import datetime, timezone
from urllib.parse import urlsplit

from lxml import etree

from newscrawler.dates import parse_date
from newscrawler.extract import generic
from newscrawler.extract.boilerplate import is_comment_or_related, label, strip_boilerplate
from newscrawler.extract.chrome import ChromeModel, ChromePass, apply_chrome
from newscrawler.extract.document import GONE, bare_document, is_text
from newscrawler.extract.sections import breadcrumb_trail, choose_section, page_aliases, section_evidence
from newscrawler.extract.structured import (Structured, jsonld_images, jsonld_keywords, jsonld_people,
                                            jsonld_text, parse_structured)
from newscrawler.html import blocks, css, page_text, parse_html, remove, select_all, select_first, text_of
from newscrawler.items.schema import new_item
from newscrawler.items.steps import process_item
from newscrawler.items.text import is_read_also, normalise_line
from newscrawler.sites import SIGNATURE_CHARS, Layout, SiteProfile, profile_for
from newscrawler.sites.generic import ARTICLE_PATH
from newscrawler.urls import InvalidURL, canonical_url, host_key, same_site, url_path

__all__ = ["extract_article", "extract_raw", "extract_tree", "NotAnArticle"]

PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                  "publish-date", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date",
                  "parsely-pub-date", "date")
MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified")
# Page furniture removed before the generic heuristic looks for the article.
PAGE_CHROME = ("header", "footer", "nav", "aside", "[role=navigation]", "[role=banner]",
               "[role=contentinfo]", "[role=complementary]")
_HIDDEN = etree.XPath(
    "//body//*[@hidden or @aria-hidden='true' or contains(translate(@style, ' ', ''), 'display:none')"
    " or contains(translate(@style, ' ', ''), 'visibility:hidden')]")
GENERIC = Layout(name="generic", lead_image=("figure",),
                 printed_date=("abbr[title][class*=publish]", "time[datetime]", "time", "[class*=created]",
                               "[class*=publish]", "[class*=date]", "[class*=Date]"))
_ARABIC = re.compile(r"[\u0600-\u06ff]")
MIN_GENERIC_CHARS = 250


# Hosts of social networks and messengers: a link there is a profile, a post or a share, never
# a citation (_cites_elsewhere).
_NETWORK_HOST = re.compile(
    r"(?:^|\.)(?:(?:facebook|fb|twitter|x|instagram|youtube|tiktok|whatsapp|linkedin|snapchat|pinterest|"
    r"telegram|threads|reddit|discord|tumblr|vk|soundcloud|spotify|twitch)\.(?:com|net|org|me|gg)|bsky\.app|"
    r"youtu\.be|t\.me|wa\.me|t\.co|discord\.gg|(?:news|play)\.google\.com|(?:apps|podcasts)\.apple\.com)$", re.I)


class NotAnArticle(Exception):
    """Raised by extract_raw(strict=True) with the reason a page is not an article."""


def _absolute(href: str | None, base: str) -> str | None:
    if not href:
        return None
    try:
        return canonical_url(href, base=base)
    except (InvalidURL, ValueError):
        return None


_TITLE_SEPARATOR = re.compile(r"\s+(?:[|\-–—:»«•·/]{1,2}|>>)\s+|(?<=\S):\s+")


def _strip_suffix(title: str | None, profile: SiteProfile | None, site_name: str | None) -> str | None:
    """A <title>/og:title without the site name ("… | ليفانت نيوز", "الموقع - …"); the
    headline itself is kept as written, its own colons and dashes included."""
    if not title:
        return title
    if profile and profile.title_suffix:
        return profile.title_suffix.sub("", title)
    seps = list(_TITLE_SEPARATOR.finditer(title))
    if not seps:
        return title
    first, last = title[:seps[0].start()].strip(), title[seps[-1].end():].strip()
    if site_name:
        name = site_name.strip()
        if last == name:
            return title[:seps[-1].start()].strip() or title
        if first == name:
            return title[seps[0].end():].strip() or title
        return title
    # No site name known: the site's part is a short one at either end.
    rest_end, rest_start = title[:seps[-1].start()].strip(), title[seps[0].end():].strip()
    if last and len(rest_end) >= 2 * len(last):
        return rest_end
    if first and len(rest_start) >= 2 * len(first):
        return rest_start
    return title


def _title_key(title: str) -> str:
    return " ".join(title.split()).casefold()


def _titles_agree(a: str, b: str) -> bool:
    """Two keys name the same headline: equal, or one holds the other (a <title> that kept
    the site's name, a JSON-LD headline cut at 110 characters)."""
    return a == b or (min(len(a), len(b)) >= 10 and (a in b or b in a))


def choose_title(candidates: list[str | None]) -> str | None:
    """The title by agreement: `candidates` are the JSON-LD headline, the page's headline
    element, og:title and the <title> (site names stripped), in that order of trust. The one
    most of the others agree with wins, ties to the most trusted, so that a JSON-LD headline
    or an og:title that says something else than the page (a stale SEO title, another
    article's) loses to the page. None when there is none."""
    found = [c for c in candidates if c]
    if len(found) <= 1:
        return found[0] if found else None
    keys = [_title_key(c) for c in found]
    votes = [sum(1 for j, k in enumerate(keys) if j != i and _titles_agree(key, k)) for i, key in enumerate(keys)]
    # A single word is a label (the section's, the site's), not a headline: on a tie it loses
    # to a candidate of several words.
    label = [len(key.split()) < 2 for key in keys]
    return found[max(range(len(found)), key=lambda i: (votes[i], not label[i], -i))]


def _element_with_text(root, text: str):
    """The innermost element whose whole text is `text` (a headline set in <b> or <font>)."""
    norm = " ".join(text.split())
    found = None
    for el in css("b, strong, font, span, div, td, h2, h3, p")(root):
        if len(el) <= 2 and text_of(el) == norm:
            found = el
            break
    return found


def _pick_layout(root, profile: SiteProfile | None):
    """(layout, article element, content element) of the first layout that finds content."""
    if profile is not None:
        for layout in profile.layouts:
            article = select_first(root, layout.article_root)
            content = select_first(article if article is not None else root, layout.content) if layout.content else None
            if content is not None:
                return layout, article, content
    return None


def _images(scope, content, s: Structured, layout: Layout, base: str) -> list[dict]:
    found: list[tuple[str | None, str | None]] = []
    figures = list(select_all(scope, layout.lead_image))
    if content is not None:
        figures += [f for f in css("figure")(content) if f not in figures]
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


_MODIFIED = re.compile(r"modif|updat|edited|تحديث|تعديل|محدث", re.IGNORECASE)
_PUBLISHED = re.compile(r"publish|entry-date|post-date|pubdate", re.IGNORECASE)
# "… آخر تحديث: …": what follows is the modification date, not the publication date.
_UPDATE_MARK = re.compile(r"(?:آخر|اخر)\s+تحديث|تم\s+التحديث|محدث|تحديث\s*:|updated|last modified", re.IGNORECASE)


def _printed_dates(scope, selectors) -> list[str]:
    """Dates printed in the article, by selector priority; modification dates left out."""
    found, seen = [], set()
    for sel in selectors:
        for el in css(sel)(scope):
            if id(el) in seen:
                continue
            seen.add(id(el))
            marks = " ".join(filter(None, (el.get("class"), el.get("itemprop"), el.get("id"))))
            parent = el.getparent()
            if parent is not None:
                marks += " " + (parent.get("class") or "")
            if _MODIFIED.search(marks) and not _PUBLISHED.search(marks):
                continue  # "entry-date updated" is WordPress's published date; "modified" is not
            value = el.get("datetime") or el.get("content") or (el.get("title") if el.tag == "abbr" else None)
            text = value or text_of(el)
            if text:
                found.append(text)
    return found


def _update_notes(content) -> list:
    """Short elements inside the body that its markup marks as the modification date (class,
    id or itemprop: updated, modified, dateModified, تحديث …), e.g. a `<span class="last-update">`
    set inline before the first paragraph, where the text rules cannot see it as a line."""
    found = []
    for el in content.iter():
        if el is content or not isinstance(el.tag, str) or len(el) > 3:
            continue
        marks = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("itemprop"))))
        if marks and _MODIFIED.search(marks) and not _PUBLISHED.search(marks) and len(text_of(el)) <= 120:
            found.append(el)
    return found


def _before_update(text: str) -> str | None:
    """The part of a date text before an "updated" mark; None when it starts with one."""
    m = _UPDATE_MARK.search(text)
    if m is None:
        return text
    return text[:m.start()].strip() or None


def _is_relative(text: str) -> bool:
    """A date that depends on when the page is read ("منذ 3 ساعات", "أمس")."""
    a = parse_date(text, now=datetime(2000, 1, 1, tzinfo=timezone.utc))
    b = parse_date(text, now=datetime(2010, 1, 1, tzinfo=timezone.utc))
    return a != b


def _published(s: Structured, printed: list[str], url: str, profile: SiteProfile | None) -> str | None:
    """The raw text of the publication date: the first candidate that is a real date.

    Relative dates ("منذ 3 ساعات") come last: they are only as good as the crawl time.
    """
    candidates = []
    if s.article:
        candidates.append(jsonld_text(s.article.get("datePublished")))
    candidates += [s.first(k) for k in PUBLISHED_META]
    from_url = (profile.url_date(url) if profile is not None else None) or generic.url_date(url)
    url_date_first = profile.url_date_first if profile is not None else False
    candidates += ([from_url] + printed) if url_date_first else (printed + [from_url])
    relative = None
    for c in candidates:
        c = _before_update(c) if c else None
        if c and len(c) < 200 and parse_date(c) is not None:
            if not _is_relative(c):
                return c
            relative = relative or c
    return relative


def extract_raw(html: str | bytes, url: str, *, strict: bool = False,
                chrome: ChromeModel | ChromePass | None = None, documents: bool = True) -> dict | None:
    """Fields of an article page before normalisation and chrome stripping, or None.

    With strict=True a page that is not an article raises NotAnArticle(reason) instead.
    `documents`: a bare document (newscrawler.extract.document) counts, as in extract_article.
    """
    try:
        return _extract(html, url, chrome, documents=documents)[0]
    except NotAnArticle:
        if strict:
            raise
        return None


_MARKUP = re.compile(r"<(?:html|body|head|title|p|div|h[1-6]|article|main|section|ol|ul|span)\b", re.I)


def _extract(html: str | bytes, url: str, chrome=None, section_hint: str | None = None, *,
             documents: bool = False) -> tuple[dict, SiteProfile | None]:
    """extract_tree on a page's bytes. With `documents`, a page the article rules turn down as
    short or contentless is still taken when it is a bare document (newscrawler.extract.document)."""
    text, _ = page_text(html)
    root = parse_html(text)
    if root is None:
        raise NotAnArticle("empty")
    profile = profile_for(url, text[:SIGNATURE_CHARS])
    try:
        return _extract_tree(root, url, profile, chrome=chrome, section_hint=section_hint), profile
    except NotAnArticle as e:
        if not documents or e.args[0] not in ("no_content", "not_article") or not _MARKUP.search(text):
            raise  # plain text is not an HTML document
        item = _bare_item(parse_html(text), url, profile)  # a fresh tree: the first was cleaned
        if item is None:
            raise
        return item, profile


def _bare_item(root, url: str, profile: SiteProfile | None) -> dict | None:
    """The item of a bare document (newscrawler.extract.document), or None. Its title is chosen
    as an article's is, among its <h1>, og:title and <title> (less the site's name)."""
    s = parse_structured(root)
    h1 = next((text_of(h) for h in root.iter("h1") if text_of(h)), None)
    t = next((x for x in root.iter("title") if not any(a.tag == "svg" for a in x.iterancestors())), None)
    page_title = text_of(t) if t is not None else None
    og_title = s.first("og:title", "twitter:title")
    site_name = s.first("og:site_name")
    body = bare_document(root, [h1, og_title, page_title])
    if body is None:
        return None
    title = choose_title([h1, _strip_suffix(og_title, profile, site_name), _strip_suffix(page_title, profile, site_name)])
    try:
        item_url = canonical_url(url)
    except (InvalidURL, ValueError):
        raise NotAnArticle("bad_url") from None
    lang = (s.lang or "").split("-")[0].split("_")[0].lower() or None
    if not lang and len(_ARABIC.findall(body)) > len(body) / 3:
        lang = "ar"
    return new_item(url=item_url, title=title or None, body=body,
                    published_at_raw=_published(s, [], url, profile), language=lang)


def extract_tree(root, url: str, profile: SiteProfile | None, *,
                 chrome: ChromeModel | ChromePass | None = None, section_hint: str | None = None) -> dict:
    """extract_raw on an already parsed page, by the rules of `profile` (the crawl's site; the
    spiders parse each page once, for its links and its fields). With `chrome`, the blocks the
    host's learned model calls chrome leave the body (a ChromePass also records the page's
    blocks and how many were removed, for the caller to learn from).

    `section_hint` is the section of the listing the crawl found the page through (the name its
    menu link printed): one more piece of evidence for `section`, never needed when the page
    itself names its section (newscrawler.extract.sections).

    Raises NotAnArticle(reason). The tree is modified (chrome removed): parse links first.
    """
    return _extract_tree(root, url, profile, chrome=chrome, section_hint=section_hint)


def _inside(el, ancestor) -> bool:
    """`el` is `ancestor` or below it (walks up: cheaper than scanning the subtree)."""
    return el is ancestor or any(a is ancestor for a in el.iterancestors())


def _article_block(scope, head, content):
    """The element that holds the whole article: `scope` when it is an <article> or holds the
    headline, else the nearest element holding both the headline and the body (a page without
    <article> whose category line stands after the body, outside the body's container)."""
    if scope.tag == "article" or head is None or _inside(head, scope):
        return scope
    for el in content.iterancestors():
        if el.tag in ("body", "html"):
            break
        if _inside(head, el):
            return el
    return scope


def _main_article(root, head):
    """The page's <article> (or Article microdata element): the one holding the headline, else
    the only one; never a comment (`<article class="comment-body">`) or a teaser card. None when
    the page has several and none holds the headline (a listing, a page of cards)."""
    found = [a for a in css("article, [itemtype*=Article]")(root)
             if not is_comment_or_related(a) and not generic.is_card(a)]
    found = [a for a in found if not any(_inside(a, b) for b in found if b is not a)]  # outermost
    if head is not None:
        holding = next((a for a in found if _inside(head, a)), None)
        if holding is not None:
            return holding
    return found[0] if len(found) == 1 else None


def _locate(root, s: Structured, profile: SiteProfile | None):
    """(layout, scope, content, head, profiled, best): where the article, its body and headline are.

    `scope` is the article element (or the best stand-in), `content` the body container,
    `head` the headline element, `best` the generic path's best-scoring block in `content`
    (None on a profile's layout). The profile's layouts are tried first, then the generic path.
    """
    jsonld_title = jsonld_text(s.article.get("headline")) if s.article else None
    t = next(root.iter("title"), None)
    page_title = text_of(t) if t is not None else None
    picked = _pick_layout(root, profile)
    if picked is not None:
        layout, article, content = picked
        scope = article if article is not None else root
        head = select_first(scope, layout.title)
        if head is None:  # the layout's body selector matched a redesign; its title selector did not
            head = generic.headline(scope, jsonld_title or s.first("og:title"), page_title)
        return layout, scope, content, head, True, None
    head = generic.headline(root, jsonld_title or s.first("og:title"), page_title)
    if head is None and page_title:  # the element that prints the <title>'s headline part
        guess = _strip_suffix(page_title, profile, s.first("og:site_name"))
        head = _element_with_text(root, guess) if guess else None
    # Page furniture out, keeping whatever holds the headline, anything inside an <article>, and
    # a <header>/<footer> inside <main> or a <section>: the header or footer of that part of the
    # page (an article's category line, «القسم: أخبار»), not of the page.
    # What the page does not show: the `hidden` attribute, inline display:none or
    # visibility:hidden, aria-hidden (a modal's text, a collapsed mobile menu, a duplicate).
    remove([el for el in _HIDDEN(root) if head is None or not _inside(head, el)])
    remove([el for el in css(", ".join(PAGE_CHROME))(root)  # every selector's hits, in page order
            if (head is None or not _inside(head, el))
            and not any(a.tag == "article" or (el.tag in ("header", "footer") and a.tag in ("main", "section"))
                        for a in el.iterancestors())])
    article = _main_article(root, head)
    content, best = generic.find_body(article, head) if article is not None else (None, None)
    if content is None:
        content, best = generic.find_body(root, head)
    if content is None:
        raise NotAnArticle("no_content")
    scope = article if article is not None else (head.getparent() if head is not None else content)
    if scope is None or not _inside(content, scope):
        scope = content
    return GENERIC, scope, content, head, False, best


def _add_links(links, base: str, into: list, seen: set) -> None:
    for href, anchor in links:
        link = _absolute(href, base)
        if link and link not in seen:
            seen.add(link)
            into.append({"url": link, "title": anchor or None})


def _read_also_links(blocks_, base: str, into: list, seen: set) -> None:
    """Links of the read-also lines ("اقرأ أيضاً: <a>…</a>") among the body's blocks."""
    for b in blocks_:
        if is_read_also(normalise_line(b.text) or ""):
            _add_links(b.links, base, into, seen)


def _article_by_structure(url: str, profile: SiteProfile | None, head, body_blocks, printed) -> bool:
    """A short page that is an article all the same: at an article URL of its site's profile,
    with a headline, a date (in the URL or printed by the headline) and a content container of
    prose, which is not a list of links (a listing) and does not say it is gone (a soft 404)."""
    if profile is None or not profile.is_article_url(url) or head is None:
        return False
    headline = text_of(head)
    if not headline:
        return False
    if not (profile.url_date(url) or generic.url_date(url) or printed):
        return False
    prose = [b for b in body_blocks if not b.is_links_only()]
    if not prose or len(prose) < len(body_blocks) - len(prose):
        return False
    return not GONE.search(headline + "\n" + "\n".join(b.text for b in prose))


STRUCTURED_MIN = 200   # characters of JSON-LD articleBody worth a second opinion
LONGER = 1.5           # the second opinion is taken when it is this much longer than ours ...
AGREE = 0.8            # ... and holds this share of our words (ours is a cut of it, not other text)


def structured_body(value) -> str | None:
    """The text of a JSON-LD `articleBody` (plain text, or HTML that some CMSs put there), its
    paragraphs separated by blank lines; None when absent or short."""
    text = jsonld_text(value)
    if not text or len(text) < STRUCTURED_MIN:
        return None
    if "<" in text and ">" in text:
        root = parse_html(f"<div>{text}</div>")
        paras = [b.text for b in blocks(root)] if root is not None else []
    else:
        paras = re.split(r"\n\s*\n|\n", text)
    paras = [" ".join(p.split()) for p in paras]
    return "\n\n".join(p for p in paras if p) or None


def second_opinion(body: str, other: str | None) -> str:
    """Our body, or `other` (another extraction of the same article: the page's JSON-LD
    articleBody) when they agree that ours is cut short: `other` is LONGER times as long and
    holds AGREE of our words. Any other disagreement keeps ours (the structured copy may be a
    teaser, or another article's)."""
    if not other:
        return body
    ours, theirs = body.split(), other.split()
    if len(theirs) < LONGER * len(ours):
        return body
    if ours:
        shared = sum((Counter(ours) & Counter(theirs)).values())
        if shared < AGREE * len(ours):
            return body
    return other


def _own_hosts(url: str, s: Structured) -> set[str]:
    """The site's hosts: the page's, and the ones its canonical link and og:url name (a copy
    of a page saved or served elsewhere still says whose it is)."""
    hosts = set()
    for u in (url, _absolute(s.canonical, url), _absolute(s.first("og:url"), url)):
        host = urlsplit(u).hostname if u else None
        if host:
            hosts.add(host_key(host))
    return hosts


_CITING = ("li", "h2", "h3", "h4", "h5", "h6")  # list items and subheadings (a product or a paper reviewed)


def _cites_elsewhere(block, url: str, own: set[str]) -> bool:
    """A list item or a subheading of the body that is only a link, to another site: a
    reference, a source, a bug, a product or a paper the text cites (a blog's list of fixes, a
    wiki's "see also", a review's linked subheadings), not the site's own headlines, sections
    and tags (related lists, which go as links). Nor a link to a social network or a
    messenger (a profile, a post: a follow row)."""
    el = block.el
    if el is None or getattr(el, "tag", None) not in _CITING:
        return False
    if el.tag != "li" and el.getparent() is not None and el.getparent().find("p") is None:
        return False  # a heading among the body's paragraphs, not a widget's (a player's title)
    for href, _ in block.links:
        link = _absolute(href, url)
        host = host_key(urlsplit(link).hostname or "") if link else ""
        if not host or host in own or _NETWORK_HOST.search(host):
            return False
    return True


def _generic_article_url(url: str) -> bool:
    return bool(ARTICLE_PATH.search(url_path(url)))


_SUBHEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _anchored_heading(block) -> bool:
    """A subheading whose text is a link to its own place on the page (`<h2 id="x"><a href="#x">
    …</a></h2>`: the permalinks Markdown, Sphinx and blog engines print on every section title):
    the body's subheading, not a link list, though it is nothing but link text."""
    el = block.el
    if el is None or el.tag not in _SUBHEADINGS or not block.links:
        return False
    # the ids the heading's own place has: its own, its children's (an anchor inside it), its
    # section's (Sphinx, Markdown: <section id="x"><h2>… <a href="#x">¶</a>)
    own = {x.get("id") for x in el.iter() if x.get("id")}
    own.update(a.get("id") for a in islice(el.iterancestors(), 2) if a.get("id"))
    own.update(x.get("name") for x in el.iter("a") if x.get("name"))
    # never another place's: a tab's or an accordion's header (<h3><a href="#tab2">)
    return all((href or "").strip()[1:] in own and (href or "").strip().startswith("#") for href, _ in block.links)


def _extract_tree(root, url: str, profile: SiteProfile | None, *, chrome=None,
                  section_hint: str | None = None) -> dict:
    s = parse_structured(root)
    trail = breadcrumb_trail(root, url, page_aliases(s, url))  # before page furniture (a <nav> trail) goes
    layout, scope, content, head, profiled, best = _locate(root, s, profile)
    og_type = (s.first("og:type") or "").lower()
    is_article = bool(s.article) or og_type == "article" or profiled
    images = _images(scope, content, s, layout, url)

    # Fields read from the markup before it is cleaned (tag and author boxes are boilerplate).
    section = choose_section(section_evidence(
        s, trail, select_first(scope, layout.section) if layout.section else None, head, url,
        profile.is_article_url if profile is not None else _generic_article_url, listing=section_hint,
        scope=_article_block(scope, head, content)))
    authors = jsonld_people(s.article.get("author")) if s.article and s.article.get("author") else []
    if not authors and layout.authors:
        authors = [re.sub(r"^\s*(?:بقلم|كتب|كتبت)\s*:?\s*", "", text_of(el)) for el in select_all(scope, layout.authors)]
    if not authors:
        authors = [a for a in s.all("author") if not a.startswith("http")]
    tags = jsonld_keywords(s.article.get("keywords")) if s.article else []
    tags = tags or s.all("article:tag")
    if not tags and profiled:
        tags = [text_of(el) for el in select_all(scope, layout.tags)]

    # Chrome and boilerplate out of the article (so a related post's date is never taken;
    # read-also boxes give up their links first), then its printed dates, then the body.
    read_also: list[dict] = []
    seen: set[str] = set()
    for sel in layout.chrome:
        remove(css(sel)(content))
    removed = strip_boilerplate(scope, best)
    if not _inside(content, scope):
        removed += strip_boilerplate(content, best)
    for box in removed:  # a read-also box: its links are the article's read_also
        if is_read_also(label(box)):
            _add_links(((a.get("href"), text_of(a)) for a in box.iter("a")), url, read_also, seen)
    printed = _printed_dates(scope, layout.printed_date)
    if not profiled:
        printed += generic.dates_near(head)
    remove(css("figure")(content))  # captions are in `images`
    remove(_update_notes(content))  # "آخر تحديث: …" set inline in the body: not body text
    body_blocks = blocks(content)
    _read_also_links(body_blocks, url, read_also, seen)
    # Read-also lines stay for StripChrome (it also sees pipeline-only items); link lists go,
    # but for list items and subheadings that cite another site (_cites_elsewhere).
    all_blocks = body_blocks
    kept_blocks, own = [], None
    for b in body_blocks:
        if b.is_links_only() and not _anchored_heading(b):
            own = own if own is not None else _own_hosts(url, s)
            if not _cites_elsewhere(b, url, own):
                continue
        kept_blocks.append(b)
    body_blocks = kept_blocks
    if chrome is not None:  # the host's learned chrome out (its source line stays: it fills `source`)
        body_blocks = apply_chrome(chrome, content, body_blocks, profile.source_line if profile else None)
    body = "\n\n".join(b.prose() for b in body_blocks)
    if not profiled and s.article:
        body = second_opinion(body, structured_body(s.article.get("articleBody")))
    if (not profiled and not is_article and len(body) < MIN_GENERIC_CHARS
            and not _article_by_structure(url, profile, head, all_blocks, printed)):
        raise NotAnArticle("not_article")

    site_name = s.first("og:site_name")
    t = next(root.iter("title"), None)
    title = choose_title([jsonld_text(s.article.get("headline")) if s.article else None,
                          text_of(head) or None if head is not None else None,
                          _strip_suffix(s.first("og:title", "twitter:title"), profile, site_name),
                          _strip_suffix(text_of(t), profile, site_name) if t is not None else None])

    canonical = url
    if s.canonical:
        candidate = _absolute(s.canonical, url)
        if candidate and same_site(candidate, _absolute(url, url) or url):
            canonical = candidate
    try:
        item_url = canonical_url(canonical)
    except (InvalidURL, ValueError):
        raise NotAnArticle("bad_url") from None

    modified = jsonld_text(s.article.get("dateModified")) if s.article else None
    modified = modified or next((s.first(k) for k in MODIFIED_META if s.first(k)), None)
    lang = (s.lang or "").split("-")[0].split("_")[0].lower() or None
    if not lang:
        sample = body[:2000]
        lang = "ar" if sample and len(_ARABIC.findall(sample)) > len(sample) / 3 else None
    return new_item(
        url=item_url, title=title, body=body,
        published_at_raw=_published(s, printed, url, profile), modified_at=modified,
        section=section, tags=tags, authors=authors, images=images, read_also=read_also,
        language=lang,
    )


def extract_article(html: str | bytes, url: str, *, tz: str | None = None,
                    now: datetime | None = None, chrome: ChromeModel | None = None,
                    section_hint: str | None = None) -> dict | None:
    """The article on a page as an item dict (every item field), or None if it is not one.

    The site profile is the one of `url`'s host, else the one whose signature the page shows.
    Dates printed without an offset are read in `tz` (an IANA zone) when given, else in the
    site profile's zone, else UTC — the same rule as `scrapy crawl news -s NEWSCRAWLER_TIMEZONE=`.
    `now` is the crawl time (default the current time): the item's `crawled_at`, and what
    relative dates ("منذ 3 ساعات") count from. `chrome` is the host's learned chrome model
    (newscrawler.extract.chrome.learn_chrome): the blocks it calls chrome leave the body.
    `section_hint`: the section of the listing the page was found through, as for `extract_tree`.
    """
    try:
        raw, profile = _extract(html, url, chrome, section_hint, documents=True)
    except NotAnArticle:
        return None
    except Exception:  # noqa: BLE001 - contract: never raise on bad pages
        return None
    if not raw.get("title") and not is_text(raw.get("body")):
        return None  # a page that names no title is kept for its text, when it is text
    if profile is None:
        return process_item(raw, tz, now=now, require_title=False)
    return process_item(raw, tz or profile.timezone, profile.source_line, now, require_title=False)
