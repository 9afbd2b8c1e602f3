"""Bare documents: pages that are nothing but their text.

The generic path judges a short page by what surrounds its text: a heading and one sentence in
a site's navigation, header and footer is a site page (an "about us", a stub), not an article.
A page with none of that — no navigation, no header or footer, no form, no list of links, only
its own text (an exported or printer-friendly article, a feed entry's HTML, a fragment saved to
a file) — has nothing around its text to be: its text is the document, however short.

`bare_document(root)` is that text (headings, paragraphs, list items, text between <br>s, in
page order) and the page's title, or None when the page has furniture, holds no text, or is an
error or blocking page (a server's "403 Forbidden", "Service Unavailable", a bot check, a soft
404), which are as bare as documents and never articles.

A crawl does not ask this (newscrawler.extract.core: `documents=False` in the spiders): it
reaches pages through a site's links, and a bare short page at a site's URL is a stub or an error
there (counted `not_article`). `extract_article` on a page it is handed does.
"""

from __future__ import annotations

import re

from newscrawler.html import blocks, css, text_of

# Site furniture and interaction: a page with any of these is not bare.
_FURNITURE = css("nav, header, footer, aside, form, menu, iframe, input, button, select, textarea, "
                 "[role=navigation], [role=banner], [role=contentinfo], [role=search]")
LINKS_MAX = 0.3  # a bare document's link text is at most this share of its text (more: a list of links)
ERROR_HEAD = 300  # characters of text an error page's message stands in (a document may quote one later)
_WORD = re.compile(r"[^\W\d_]{2}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_NOT_A_LINK = re.compile(r"^\s*(?:#|javascript:|$)", re.I)

# What servers, proxies and bot checks print in place of a page (title or text).
_ERROR = re.compile(
    r"\b(?:[45]\d\d\s+[A-Z][a-z]+|forbidden|access\s+denied|unauthori[sz]ed|not\s+found|bad\s+(?:gateway|request)|"
    r"service\s+(?:temporarily\s+)?unavailable|internal\s+server\s+error|gateway\s+time-?out|too\s+many\s+requests|"
    r"request\s+(?:rejected|blocked)|just\s+a\s+moment|attention\s+required|checking\s+your\s+browser|"
    r"captcha|are\s+you\s+a\s+robot|enable\s+(?:javascript|cookies)|index\s+of\s+/|it\s+works!|welcome\s+to\s+nginx|"
    r"under\s+construction|coming\s+soon|no\s+longer\s+available)\b|"
    r"تم\s+رفض\s+(?:الوصول|الطلب)|غير\s+مصرح|ممنوع\s+الوصول|الخدمة\s+غير\s+متاحة|خطأ\s+في\s+الخادم|"
    r"(?:الصفحة|الرابط|المحتوى|الخبر|المقال)\s+(?:المطلوبة?\s+)?(?:غير\s+(?:موجودة?|متوفرة?|متاحة?)|محذوفة?)|"
    r"لم\s+(?:يتم|نتمكن\s+من)\s+العثور|تعذر\s+العثور|قيد\s+الإنشاء|تحقق\s+من\s+أنك\s+لست\s+روبوت",
    re.IGNORECASE)


def is_text(text: str | None) -> bool:
    """Whether `text` reads as text: a word in it and no control character (bytes of a binary
    file decoded as a page's text have them)."""
    return bool(text) and bool(_WORD.search(text)) and not _CONTROL.search(text)


def _title(root) -> str | None:
    for sel in ("title", "h1"):
        found = css(sel)(root)
        text = text_of(found[0]) if found else ""
        if text:
            return text
    return None


def bare_document(root) -> tuple[str | None, str] | None:
    """(title, body) of a page that is nothing but its text, else None (see the module).
    `root` is the parsed page; the caller checks that its source was markup at all."""
    body_el = root.find(".//body")
    if body_el is None:
        body_el = root
    if _FURNITURE(body_el):
        return None
    title = _title(root)
    lines = (" ".join(line.split()) for b in blocks(body_el) for line in b.text.split("\n"))
    text = "\n\n".join(line for line in lines if line and line != title)  # the headline is not body
    if not is_text(text):
        return None
    links = [a for a in body_el.iter("a") if not _NOT_A_LINK.match(a.get("href") or "")]
    # A link's text, or, for a link with none (a card's overlay link, a linked picture), the text
    # of the element it stands in: all of it goes where the link goes.
    linked = sum(len(" ".join((text_of(a) or text_of(a.getparent())).split())) for a in links)
    if linked > LINKS_MAX * len(text):
        return None  # a list of links, a page of cards
    if _ERROR.search(f"{title or ''}\n{text[:ERROR_HEAD]}"):
        return None
    return title, text
