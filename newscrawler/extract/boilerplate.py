"""Boilerplate of Arabic news pages, recognised in the DOM (pure functions over lxml trees).

Two signals, used on both the profiled and the generic path:
- class/id names that news CMSs give to non-article blocks (related posts, share and follow
  bars, comments, newsletter, weather and prayer-time widgets, most-read lists, ads ...);
- the Arabic heading or label a block starts with (مواضيع ذات صلة، اخترنا لكم، الأكثر قراءة،
  إضافة تعليق جديد، مواقيت الصلاة، النشرة الإخبارية ...), whatever its markup.
Text-level chrome (read-also lines, source lines, lone captions) is newscrawler.items.text's job.
"""

from __future__ import annotations

import re

from lxml import etree

from newscrawler.html import SKIP_TAGS, remove

_NAME = re.compile(
    r"(?:^|[\s_-])(?:related|relatedposts|jp-relatedposts|yarpp|read-?more|readmore|more-news|"
    r"share|sharing|sharedaddy|social|follow|addtoany|a2a|comments?|comment-respond|disqus|"
    r"respond|newsletter|subscribe|subscription|mailchimp|weather|prayer|prayers|salat|"
    r"most-?read|most-?viewed|popular|trending|widget|sidebar|breadcrumbs?|tags?|tag-?links|"
    r"post-tags|author-?box|author-bio|advert|advertisement|ads?|ad-slot|banner|promo|sponsored|"
    r"outbrain|taboola|google-news|gnews|cookie|consent|pagination|nav-links|post-navigation|"
    r"print|byline-share|caricature|ticker|breaking|latest-news|recommended|twitter-tweet|"
    r"instagram-media|tiktok-embed|fb-post|embed|poll)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Labels a boilerplate block starts with (matched on the block's first ~40 characters).
_HEADING = re.compile(
    r"^\W{0,3}(?:مواضيع ذات صلة|موضوعات ذات صلة|أخبار ذات صلة|اخبار ذات صلة|مقالات ذات صلة|ذات صلة|"
    r"اخترنا لك|اخترنا لكم|قد يهمك|قد يعجبك|ننصحك بقراءة|مقالات مشابهة|أخبار متعلقة|اقرأ المزيد|اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|إقرأ أيضاً|شاهد أيضا|شاهد أيضاً|"
    r"الأكثر قراءة|الاكثر قراءة|الأكثر مشاهدة|الأكثر تداولا|الأكثر تداولاً|الأكثر شعبية|"
    r"إضافة تعليق جديد|اضافة تعليق جديد|أضف تعليقا|أضف تعليقاً|أضف تعليق|التعليقات|تعليقات|اترك تعليقا|"
    r"اترك تعليقاً|اترك رداً|اترك ردا|"
    r"مواقيت الصلاة|أوقات الصلاة|الطقس|حالة الطقس|درجات الحرارة|"
    r"النشرة الإخبارية|النشرة البريدية|اشترك في النشرة|اشترك في نشرتنا|اشترك الآن|"
    r"تابعونا|تابعنا|تابع آخر|تابعوا آخر|شارك هذا|شارك المقال|شارك الخبر|مشاركة|"
    r"الوسوم|الكلمات المفتاحية|كلمات دلالية|وسوم|آخر الأخبار|أحدث الأخبار|عاجل|"
    r"عن الكاتب|نبذة عن الكاتب|عن المؤلف|نبذة عن المؤلف|بطاقة الكاتب|مقالات الكاتب|المزيد للكاتب)"
)
_BLOCKS = ("div", "section", "aside", "ul", "ol", "nav", "footer", "form", "figure", "table", "dl", "blockquote")
_KEEP = re.compile(r"(?:^|[\s_-])(?:entry-content|post-content|article-body|article-content|"
                   r"story-body|node__content|field--name-body|td-post-content)(?:$|[\s_-])", re.I)


def _name(el) -> str:
    """The names a block's markup gives it: class, id, and the semantic test/component names
    front ends print where their classes are hashed (data-testid, data-component)."""
    return " ".join(filter(None, (el.get("class"), el.get("id"), el.get("data-testid"), el.get("data-component"))))


def label(el) -> str:
    """The first words of an element's text (cheaply: stops after ~60 characters)."""
    parts, size = [], 0
    for text in el.itertext():
        parts.append(text)
        size += len(text)
        if size > 60:
            break
    return " ".join("".join(parts).split())[:60]


# A box titled by a heading that is only a role: an author box («<h4>الكاتب</h4><strong>…»).
_BOX_TITLE = re.compile(r"^(?:الكاتب|الكاتبة|المؤلف|المؤلفة|كاتب المقال|عن الكاتب|نبذة عن الكاتب|"
                        r"about the author|author)\s*:?$", re.IGNORECASE)


def _labelled(el) -> bool:
    """The block starts with a boilerplate label, or its first heading names a role."""
    if _HEADING.match(label(el)):
        return True
    first = next((c for c in el if isinstance(c.tag, str)), None)
    return (first is not None and first.tag in ("h2", "h3", "h4", "h5", "h6", "strong", "b", "span", "div", "p")
            and bool(_BOX_TITLE.match(" ".join("".join(first.itertext()).split()))))


def is_boilerplate(el) -> bool:
    if not isinstance(el.tag, str):
        return False
    if el.tag in ("aside", "form", "nav"):
        return True
    if el.tag not in _BLOCKS:
        return False
    name = _name(el)
    if name.strip() and _NAME.search(name) and not _KEEP.search(name):
        return True
    return _labelled(el) and is_short(el)


def is_short(el) -> bool:
    """A block made mostly of links or short lines (a list of headlines, a form), not prose."""
    text = " ".join("".join(el.itertext()).split())
    if len(text) > 1500:
        return False
    link_text = sum(len(" ".join("".join(a.itertext()).split())) for a in el.iter("a"))
    paragraphs = [p for p in el.iter("p") if len("".join(p.itertext())) > 200]
    return link_text > 0.3 * len(text) or not paragraphs or len(text) < 300


def labelled_boxes(node) -> list:
    """The outermost blocks under `node` that start with a boilerplate label (_HEADING: «اترك رداً»,
    «عن الكاتب», «مواضيع ذات صلة» …) and are short (links, a form, a few lines), left in place."""
    found = []
    walker = etree.iterwalk(node, events=("start",))
    for _, el in walker:
        if el is node or not isinstance(el.tag, str):
            continue
        if el.tag in SKIP_TAGS and el.tag != "form":  # ASP.NET pages hold everything in one <form>
            walker.skip_subtree()
        elif el.tag in _BLOCKS and _labelled(el) and is_short(el):
            found.append(el)
            walker.skip_subtree()
    return found


def strip_boilerplate(node) -> list:
    """Remove boilerplate blocks under `node` (not `node` itself); return them (detached)."""
    doomed = []
    walker = etree.iterwalk(node, events=("start",))
    for _, el in walker:
        if el is node or not isinstance(el.tag, str):
            continue
        if el.tag in SKIP_TAGS:
            walker.skip_subtree()
        elif is_boilerplate(el):
            doomed.append(el)
            walker.skip_subtree()
    remove(doomed)
    return doomed
