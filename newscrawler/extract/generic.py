"""The generic path: finding the article in markup no profile describes.

Used for hosts without a profile and for profiled pages whose selectors find nothing.
Evidence in order: JSON-LD / meta (newscrawler.extract.structured), `itemprop` microdata,
then a main-content heuristic: the block whose own paragraphs hold the most prose, with
link-heavy and boilerplate blocks discounted.
"""

from __future__ import annotations

import re

from lxml import etree

from newscrawler.dates import is_date_only
from newscrawler.html import css, text_of

# Containers whose class/id says "this is the article body" (WordPress, Drupal, tagDiv, ...).
BODY_HINT = re.compile(r"entry-content|post-content|article-body|article-content|articlebody|story-body|"
                       r"node__content|field--name-body|td-post-content|news-content|article__body|"
                       r"content-body|post-body|text-content|article-text|details-body|wysiwyg", re.I)
DATE_HINT = re.compile(r"date|time|publish|posted|meta|byline", re.I)
# A date in the URL path: /2024/05/06/, /2024-05-06-, /20240506/
URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/\-_.]|$)|"
                      r"/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=/)")
_CANDIDATES = css("article, main, section, div, td, span")
WRAPPER_DEPTH = 4  # levels of single-paragraph wrappers a paragraph's score climbs through


def _own_text_score(el) -> float:
    """Prose directly inside `el`: its <p> children (or its text lines when it has none)."""
    score = 0.0
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in ("p", "blockquote", "h2", "h3", "h4", "pre"):
            text = text_of(child)
            if len(text) < 25:
                continue
            links = sum(len(text_of(a)) for a in child.iter("a"))
            score += len(text) - 2 * links
        elif tag in ("div", "span") and len(child) == 0:
            text = (child.text or "").strip()
            if len(text) > 80:  # React front ends: paragraphs as childless divs
                score += len(text)
        if tag and child.tail and len(child.tail.strip()) > 80:  # text between <br>s
            score += len(child.tail.strip())
    if el.text and len(el.text.strip()) > 80:
        score += len(el.text.strip())
    return score


def main_content(root):
    """The element that holds the article text, or None.

    Blocks inside a labelled boilerplate box (newscrawler.extract.boilerplate) are never candidates.
    Each element scores the prose directly inside it (`_own_text_score`); a parent also gets
    the scores of its children that hold a single paragraph each (front ends that wrap every
    paragraph in its own <div>), so the container of all the paragraphs wins over one of them.
    """
    hinted = [el for el in css("[itemprop=articleBody]")(root)]
    if hinted:
        return hinted[0]
    from newscrawler.extract.boilerplate import labelled_boxes

    # Never a block inside a box that says what it is: a comment form («اترك رداً»), an author
    # box («عن الكاتب»), a related list (their own <p>s may be the only prose on a page whose
    # body a script inserts later). Class names are not enough here: CMSs put whole posts in
    # containers named "widget".
    excluded = {el for box in labelled_boxes(root) for el in box.iter()}  # elements: lxml proxies
    scores: dict = {}
    for el in _CANDIDATES(root):
        if el in excluded:
            continue
        own = _own_text_score(el)
        if own <= 0:
            continue
        scores[el] = scores.get(el, 0.0) + own
        # A one-paragraph wrapper passes its paragraph up, through as many wrappers as the
        # markup nests it in (<div><div><span>text</span></div></div>), to the container.
        node = el
        for _ in range(WRAPPER_DEPTH):
            parent = node.getparent()
            if parent is None or len([c for c in node if isinstance(c.tag, str)]) > 2:
                break
            scores[parent] = scores.get(parent, 0.0) + own
            node = parent
    best, best_score = None, 0.0
    for el, score in scores.items():
        if BODY_HINT.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            score *= 1.5
        if score > best_score:
            best, best_score = el, score
    return best


_HEADLINE_CANDIDATES = css("h1, h2, h3, [itemprop=headline], [itemprop=name], [class*=title], [class*=Title]")


def headline(root, title_hint: str | None, page_title: str | None = None):
    """The headline element.

    `title_hint` is a trusted title (JSON-LD headline, og:title): the element printing it wins.
    Else `page_title` (the <title>, site name and all): the longest heading-like element whose
    text is part of it (a blog's <h1> is often the blog's name, its post title an <h3>).
    Else the page's <h1>.
    """
    for el in css("[itemprop=headline]")(root):
        if text_of(el):
            return el
    h1s = [h for h in css("h1")(root) if text_of(h)]
    if title_hint:
        norm = " ".join(title_hint.split())
        for h in h1s:
            t = text_of(h)
            if t and (t in norm or norm.startswith(t) or t.startswith(norm)):
                return h
    if page_title:
        norm = " ".join(page_title.split())
        best, best_len = None, 0
        for el in _HEADLINE_CANDIDATES(root):
            if len(el) > 3:
                continue
            t = text_of(el)
            if len(t) > best_len and len(t) >= 8 and t in norm:
                best, best_len = el, len(t)
        if best is not None and (not h1s or best_len > len(text_of(h1s[0]))):
            return best
    return h1s[0] if h1s else None


def _date_candidate(el) -> str | None:
    if el.tag == "time":
        return el.get("datetime") or text_of(el)
    if len(el) > 3:
        return None
    text = text_of(el)
    if not 6 <= len(text) <= 120:
        return None
    if DATE_HINT.search(f"{el.get('class') or ''} {el.get('id') or ''}") or is_date_only(text):
        return text
    return None


def dates_near(head, limit: int = 12, levels: int = 4) -> list[str]:
    """Texts next to the headline that may be its date (<time>, date-ish or date-only elements).

    Searched in the headline's parent (the article header), elements after the headline
    first, then one level up at a time (up to `levels`) while nothing is found; boilerplate
    blocks (comments, related posts ...) are skipped. The page header, where a "today" widget
    lives, has been removed before this runs.
    """
    from newscrawler.extract.boilerplate import is_boilerplate

    scope = head.getparent() if head is not None else None
    for _ in range(levels):
        if scope is None or scope.tag in ("body", "html"):
            return []
        after, before, passed = [], [], False
        walker = etree.iterwalk(scope, events=("start",))
        for _, el in walker:
            if el is head:
                passed = True
                walker.skip_subtree()
                continue
            if not isinstance(el.tag, str) or el is scope:
                continue
            if is_boilerplate(el):
                walker.skip_subtree()
                continue
            found = _date_candidate(el)
            if found:
                (after if passed else before).append(found)
        if after or before:
            return (after + before)[:limit]
        scope = scope.getparent()
    return []


def url_date(url: str) -> str | None:
    m = URL_DATE.search(url)
    if not m:
        return None
    y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    return f"{y}-{int(mo):02d}-{int(d):02d}"
