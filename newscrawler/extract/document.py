"""Bare documents: pages that are nothing but their text.

The generic path judges a short page by what surrounds its text: a heading and one sentence in
a site's navigation, header and footer is a site page (an "about us", a stub), not an article.
A page with none of that — no navigation, no header or footer, no form, no list of links, only
its own text (an exported or printer-friendly article, a feed entry's HTML, a fragment saved to
a file) — has nothing around its text to be: its text is the document, however short.

`bare_document(root, titles)` is that text (headings, paragraphs, list items, text between <br>s,
in page order; the page's headline not repeated), or None when the page has furniture, holds no text, or is an
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

# A soft 404 ("المحتوى غير متوفر", "الصفحة غير موجودة", "Page not found"): a short page that says
# so is not an article, whatever its structure (newscrawler.extract.core uses it too).
GONE = re.compile(
    r"(?:المحتوى|الصفحة|الخبر|المقال|المقالة|الرابط|الموضوع|المادة)\s+(?:المطلوبة?\s+)?"
    r"(?:غير\s+(?:متوفرة?|موجودة?|متاحة?)|لم\s+(?:تعد|يعد)\s+متاحة?|محذوفة?)|"
    r"لم\s+(?:يتم|نتمكن\s+من)\s+العثور|تعذر\s+العثور|\b404\b|not\s+found|no\s+longer\s+available",
    re.IGNORECASE)

# What servers, proxies, bot checks, walls and broken pages print in place of a page (in its
# title or the start of its text): none is a document, however bare.
_ERROR = re.compile(
    # status lines and server pages
    r"(?-i:\b[45]\d\d\s+[A-Z][a-z]+)|\b(?:forbidden|access\s+(?:is\s+)?denied|access\s+to\s+this\s+page|"
    r"unauthori[sz]ed|bad\s+(?:gateway|request)|service\s+(?:temporarily\s+)?unavailable|"
    r"internal\s+server\s+error|gateway\s+time-?out|too\s+many\s+requests|rate[\s-]+limit|"
    r"request\s+(?:rejected|blocked|unsuccessful)|index\s+of\s+/|it\s+works!|welcome\s+to\s+nginx|"
    r"error\s+establishing|fatal\s+error|warning:\s|account\s+(?:has\s+been\s+)?suspended|"
    r"domain\s+(?:is\s+)?(?:for\s+sale|parked)|under\s+(?:construction|maintenance)|coming\s+soon|"
    r"(?:can'?t|cannot|could\s+not|couldn'?t)\s+be\s+found|oops|page\s+(?:has\s+)?moved|redirect(?:ing|ed)?\b|"
    # bot checks and walls (a cookie wall's, a login's, a paywall's text)
    r"just\s+a\s+moment|attention\s+required|checking\s+(?:your\s+browser|if\s+the\s+site)|captcha|"
    r"are\s+you\s+a\s+(?:robot|human)|(?:enable|turn\s+on)\s+(?:javascript|cookies)|"
    r"javascript\s+(?:is\s+)?(?:disabled|required)|(?:log|sign)\s*in\s+to|subscribers?\s+only|"
    r"(?:accept|we\s+use)\s+cookies|cookie\s+(?:policy|settings|consent))\b|"
    r"\{\{|\{%|<\?php|"  # a template or code left unfilled
    r"تم\s+رفض\s+(?:الوصول|الطلب)|الوصول\s+(?:مرفوض|ممنوع|محظور)|ممنوع\s+الوصول|غير\s+مصرح|غير\s+مسموح|"
    r"الخدمة\s+غير\s+متاحة|خطأ\s+في\s+الخادم|حدث\s+خطأ|خطأ\s*[45]\d\d|تحت\s+الصيانة|قيد\s+(?:الإنشاء|الصيانة)|"
    r"(?:الصفحة|الرابط|المحتوى)\s+(?:التي|الذي)\s+(?:تبحث|طلبت)|تم\s+حذف|انتهت\s+صلاحية|لا\s+توجد\s+نتائج|"
    r"تسجيل\s+الدخول|سجّ?ل\s+دخولك|للمشتركين|اشترك\s+(?:الآن|للمتابعة)|ملفات\s+تعريف\s+الارتباط|"
    r"تحقق\s+من\s+أنك\s+(?:لست\s+روبوت|إنسان)",
    re.IGNORECASE)
# A title that is a status code ("404", "خطأ 404", "Error 503").
_CODE_TITLE = re.compile(r"^\W*(?:(?:error|خطأ|رمز\s+الخطأ)\W*)?[45]\d\d\b", re.IGNORECASE)


def is_text(text: str | None) -> bool:
    """Whether `text` reads as text: a word in it and no control character (bytes of a binary
    file decoded as a page's text have them)."""
    return bool(text) and bool(_WORD.search(text)) and not _CONTROL.search(text)


def bare_document(root, titles=()) -> str | None:
    """The body of a page that is nothing but its text, else None (see the module). `root` is
    the parsed page (the caller checks that its source was markup at all); `titles` are the
    texts the page names itself by (its <title>, <h1>, og:title): a line that is one of them is
    the headline, not body, and an error page's message may stand in any of them."""
    body_el = next(root.iter("body"), None)
    if body_el is None:
        body_el = root
    if _FURNITURE(body_el):
        return None
    heads = {" ".join(t.split()) for t in titles if t}
    lines = (" ".join(line.split()) for b in blocks(body_el) for line in b.text.split("\n"))
    text = "\n\n".join(line for line in lines if line and line not in heads)
    if not is_text(text):
        return None
    links = [a for a in body_el.iter("a") if not _NOT_A_LINK.match(a.get("href") or "")]
    # A link's text, or, for a link with none (a card's overlay link, a linked picture), the text
    # of the element it stands in: all of it goes where the link goes.
    linked = sum(len(" ".join((text_of(a) or text_of(a.getparent())).split())) for a in links)
    if linked > LINKS_MAX * len(text):
        return None  # a list of links, a page of cards
    said = "\n".join([*heads, text[:ERROR_HEAD]])
    if _ERROR.search(said) or GONE.search(said) or any(_CODE_TITLE.match(t) for t in heads):
        return None
    return text
