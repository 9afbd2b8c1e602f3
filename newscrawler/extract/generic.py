"""The generic path: finding the article in markup no profile describes.

Used for hosts without a profile and for profiled pages whose selectors find nothing.
Evidence in order: JSON-LD / meta (newscrawler.extract.structured), `itemprop` microdata,
then a main-content heuristic: the block whose own paragraphs hold the most prose, with
link-heavy and boilerplate blocks discounted.
"""

from __future__ import annotations

import re

from newscrawler.dates import is_date_only
from newscrawler.extract.dom import css, text_of

# Containers whose class/id says "this is the article body" (WordPress, Drupal, tagDiv, ...).
BODY_HINT = re.compile(r"entry-content|post-content|article-body|article-content|articlebody|story-body|"
                       r"node__content|field--name-body|td-post-content|news-content|article__body|"
                       r"content-body|post-body|text-content|article-text|details-body|wysiwyg", re.I)
DATE_HINT = re.compile(r"date|time|publish|posted|meta|byline", re.I)
# A date in the URL path: /2024/05/06/, /2024-05-06-, /20240506/
URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/\-_.]|$)|"
                      r"/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=/)")
_CANDIDATES = css("article, main, section, div, td")


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
    """The element that holds the article text, or None."""
    hinted = [el for el in css("[itemprop=articleBody]")(root)]
    if hinted:
        return hinted[0]
    best, best_score = None, 0.0
    for el in _CANDIDATES(root):
        score = _own_text_score(el)
        if score <= 0:
            continue
        if BODY_HINT.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            score *= 1.5
        if score > best_score:
            best, best_score = el, score
    return best


def headline(root, title_hint: str | None):
    """The headline element: the <h1> (or itemprop=headline) that matches the known title."""
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
    return h1s[0] if len(h1s) == 1 else (h1s[0] if h1s else None)


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


def dates_near(head, limit: int = 12) -> list[str]:
    """Texts next to the headline that may be its date (<time>, date-ish or date-only elements).

    Searched in the headline's parent (the article header), elements after the headline
    first; the grandparent only when the parent has none. Never the page header, where a
    "today" widget lives (it precedes the headline and sits outside its parent).
    """
    if head is None or head.getparent() is None:
        return []
    scopes = [head.getparent()]
    if scopes[0].getparent() is not None:
        scopes.append(scopes[0].getparent())
    for scope in scopes:
        after, before, passed = [], [], False
        for el in scope.iter():
            if el is head:
                passed = True
                continue
            if not isinstance(el.tag, str) or el in head.iterancestors():
                continue
            found = _date_candidate(el)
            if found:
                (after if passed else before).append(found)
        if after or before:
            return (after + before)[:limit]
    return []


def url_date(url: str) -> str | None:
    m = URL_DATE.search(url)
    if not m:
        return None
    y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    return f"{y}-{int(mo):02d}-{int(d):02d}"
