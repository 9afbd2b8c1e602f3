"""Boilerplate of Arabic news pages, recognised in the DOM (pure functions over lxml trees).

Three signals, used on both the profiled and the generic path:
- class/id names that news CMSs give to non-article blocks (related posts, share and follow
  bars, comments, newsletter, weather and prayer-time widgets, most-read lists, ads ...);
- the Arabic heading or label a block starts with (مواضيع ذات صلة، اخترنا لكم، الأكثر قراءة،
  إضافة تعليق جديد، مواقيت الصلاة، النشرة الإخبارية ...), whatever its markup;
- share rows: a block of any tag whose links mostly go to share URLs (Facebook's sharer,
  Twitter/X intents, WhatsApp, Telegram, LinkedIn, e-mail ...), with at most a share label
  besides (شارك، مشاركة، شارك عبر، Share), whatever its class names (`is_share_row`). A
  paragraph that merely holds such a link inline is prose, and stays.
Text-level chrome (read-also lines, source lines, lone captions) is newscrawler.items.text's job;
blocks that repeat at the same place on many pages of a host are newscrawler.extract.chrome's.
"""

from __future__ import annotations

import re

from lxml import etree

from newscrawler.html import SKIP_TAGS, remove
from newscrawler.items.text import SHARE_LABEL, SHARE_NETWORKS

_NAME = re.compile(
    r"(?:^|[\s_-])(?:related|relatedposts|jp-relatedposts|yarpp|read-?more|readmore|more-news|"
    r"share|sharing|sharedaddy|social|follow|addtoany|a2a|comments?|comment-respond|disqus|discussion|"
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
    r"اترك تعليقاً|اترك رداً|اترك ردا|شاركنا رأيك|شاركونا آراءكم|رأيك يهمنا|أضف رأيك|اكتب تعليقك|أرسل تعليقك|"
    r"مواقيت الصلاة|أوقات الصلاة|الطقس|حالة الطقس|درجات الحرارة|"
    r"النشرة الإخبارية|النشرة البريدية|اشترك في النشرة|اشترك في نشرتنا|اشترك الآن|"
    r"تابعونا|تابعنا|تابع آخر|تابعوا آخر|شارك هذا|شارك المقال|شارك الخبر|مشاركة|"
    r"الوسوم|الكلمات المفتاحية|كلمات دلالية|وسوم|آخر الأخبار|أحدث الأخبار|عاجل|"
    r"عن الكاتب|نبذة عن الكاتب|عن المؤلف|نبذة عن المؤلف|بطاقة الكاتب|مقالات الكاتب|المزيد للكاتب)"
)
_BLOCKS = ("div", "section", "aside", "ul", "ol", "nav", "footer", "form", "figure", "table", "dl", "blockquote")
_KEEP = re.compile(r"(?:^|[\s_-])(?:entry-content|post-content|article-body|article-content|"
                   r"story-body|node__content|field--name-body|td-post-content)(?:$|[\s_-])", re.I)


# Links that share the page they stand on (the page's URL in their query), per network.
_SHARE_URL = re.compile(
    r"(?:^|[/.])(?:facebook\.com/(?:sharer|share(?:\.php|\?)|dialog/(?:share|feed|send))|"
    r"(?:twitter|x)\.com/(?:intent/(?:tweet|post)|share)|"
    r"(?:api|web)\.whatsapp\.com/send/?\?(?:.*&)?text=|wa\.me/\d*/?\?(?:.*&)?text=|"
    r"(?:t|telegram)\.me/share|linkedin\.com/(?:sharearticle|sharing/share|cws/share)|"
    r"pinterest\.[a-z.]+/pin/create|reddit\.com/submit|vk\.com/share\.php|tumblr\.com/(?:widgets/)?share|"
    r"getpocket\.com/(?:save|edit)|addtoany\.com/(?:share|add_to)|line\.me/r/msg|bsky\.app/intent|"
    r"threads\.(?:net|com)/intent|news\.ycombinator\.com/submitlink|plus\.google\.com/share|"
    r"connect\.ok\.ru/offer|sharethis\.com/share)|"
    r"^(?:whatsapp://send|tg://msg|viber://forward|fb-messenger://share|mailto:\s*\?|sms:\s*\?(?:.*&)?body=)",
    re.IGNORECASE,
)
_SHARE_HINT = ("share", "intent", "whatsapp", "wa.me", "t.me", "telegram", "mailto:", "submit", "pin/", "msg",
               "viber:", "sms:", "offer", "save", "edit", "add_to")
# What may stand in a share row besides its links: the label and the networks' names.
_SHARE_WORDS = re.compile(rf"{SHARE_LABEL}|{SHARE_NETWORKS}", re.IGNORECASE)
_WORD_CHARS = re.compile(r"[\W_]+")
MAX_SHARE_ROW_CHARS = 300


def is_share_url(href: str | None) -> bool:
    """A link that shares a page on a social network or by e-mail (not a link to a profile)."""
    if not href:
        return False
    low = href.lower()
    return any(h in low for h in _SHARE_HINT) and bool(_SHARE_URL.search(href.strip()))


def is_share_row(el) -> bool:
    """A block made of share links, with at most a share label besides (see module doc).

    At least half of its links go to share URLs, and its text outside links is nothing but a
    share label and the networks' names (a date, a byline or a sentence keeps it).
    """
    if not isinstance(el.tag, str) or el.tag in SKIP_TAGS or el.tag == "a":
        return False
    links = [a for a in el.iter("a") if a.get("href")]
    share = sum(1 for a in links if is_share_url(a.get("href")))
    if not share or 2 * share < len(links) or el.find(".//time") is not None:
        return False
    text = " ".join(label_text(el, MAX_SHARE_ROW_CHARS + 1).split())
    if len(text) > MAX_SHARE_ROW_CHARS:
        return False
    for a in links:
        anchor = " ".join("".join(a.itertext()).split())
        if anchor:
            text = text.replace(anchor, " ", 1)
    return len(_WORD_CHARS.sub("", _SHARE_WORDS.sub(" ", text))) <= 2


def _share_candidates(node) -> set:
    """The elements under `node` that hold a share link (only they can be share rows)."""
    found: set = set()
    for a in node.iter("a"):
        if is_share_url(a.get("href")):
            for up in a.iterancestors():
                if up is node or up in found:
                    break
                found.add(up)
    return found


_SLUG_SEP = re.compile(r"[\W_]+")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _heading_slug(el, ident: str) -> bool:
    """`ident` is the slug of the heading that opens `el` (Sphinx, Markdown and CMS heading
    anchors: <div class="section" id="sharing-with-a-single-developer"><h2>Sharing with a single
    developer</h2>): words of the document, not the name of a component."""
    if ident.count("-") < 2:
        return False
    for child in el[:3]:
        if isinstance(child.tag, str) and child.tag in _HEADINGS:
            words = [w for w in _SLUG_SEP.split("".join(child.itertext()).lower()) if w]
            parts = [w for w in _SLUG_SEP.split(ident.lower()) if w]
            return len(parts) >= 3 and parts == words[:len(parts)]  # the heading's words (a long one cut short)
    return False


def _name(el) -> str:
    """The names a block's markup gives it: class, id (unless it is its heading's slug), and the
    semantic test/component names front ends print where their classes are hashed
    (data-testid, data-component)."""
    ident = el.get("id")
    if ident and _heading_slug(el, ident):
        ident = None
    return " ".join(filter(None, (el.get("class"), ident, el.get("data-testid"), el.get("data-component"))))


def label_text(el, limit: int) -> str:
    """The element's text up to about `limit` characters (cheaply: stops there)."""
    parts, size = [], 0
    for text in el.itertext():
        parts.append(text)
        size += len(text)
        if size > limit:
            break
    return "".join(parts)


def label(el) -> str:
    """The first words of an element's text (cheaply: stops after ~60 characters)."""
    return " ".join(label_text(el, 60).split())[:60]


# A box titled by a heading that is only a role: an author box («<h4>الكاتب</h4><strong>…»).
_BOX_TITLE = re.compile(r"^(?:الكاتب|الكاتبة|المؤلف|المؤلفة|كاتب المقال|عن الكاتب|نبذة عن الكاتب|"
                        r"about the author|author)\s*:?$", re.IGNORECASE)


def _labelled(el) -> bool:
    """The block starts with a boilerplate label, or its first heading names a role. A label
    that belongs to a box of links or a form met first inside the block (a share row or a
    follow row at the top of an article body, however deep) labels that box, not the block."""
    if _HEADING.match(label(el)):
        node = el
        while not (node.text or "").strip():
            first = next((c for c in node if isinstance(c.tag, str)), None)
            if first is None:
                break
            if (first.tag in _BLOCKS and _HEADING.match(label(first))
                    and (len(first.findall(".//a")) >= 2 or first.find(".//input") is not None)):
                return False
            node = first
        return True
    first = next((c for c in el if isinstance(c.tag, str)), None)
    return (first is not None and first.tag in ("h2", "h3", "h4", "h5", "h6", "strong", "b", "span", "div", "p")
            and bool(_BOX_TITLE.match(" ".join("".join(first.itertext()).split()))))


def named_boilerplate(el) -> bool:
    """The element's names say it is a box (comments, related, share ...)."""
    name = _name(el)
    return bool(name.strip() and _NAME.search(name) and not _KEEP.search(name))


# An <article> that is a reader's comment or a related post; only these names, since CMSs
# print the article's own tags and category in its classes (WordPress and Ghost: "tag-syria").
_NOT_THE_ARTICLE = re.compile(r"(?:^|[\s_-])(?:comments?|reply|replies|respond|related|relatedposts)(?:$|[\s_-])", re.I)


def is_comment_or_related(article) -> bool:
    """An <article> element that is a reader's comment (`<article class="comment-body">`) or a
    related post, not the page's article."""
    return bool(_NOT_THE_ARTICLE.search(_name(article)))


def is_boilerplate(el) -> bool:
    if not isinstance(el.tag, str):
        return False
    if el.tag in ("aside", "form", "nav"):
        return True
    if el.tag not in _BLOCKS:
        return False
    if named_boilerplate(el):
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


def strip_boilerplate(node, keep=None) -> list:
    """Remove boilerplate blocks and share rows under `node` (not `node` itself); return them
    (detached). `keep` (the generic path's best block) and the blocks that hold it stay,
    whatever their names say."""
    doomed = []
    share = _share_candidates(node)
    walker = etree.iterwalk(node, events=("start",))
    for _, el in walker:
        if el is node or not isinstance(el.tag, str):
            continue
        if el.tag in SKIP_TAGS:
            walker.skip_subtree()
        elif is_boilerplate(el) or (el in share and is_share_row(el)):
            if keep is not None and el.tag not in ("aside", "form", "nav") and (
                    el is keep or keep in el.iterdescendants()):
                continue  # "read-more-content", "widget": names of boxes on the body's best part
            doomed.append(el)
            walker.skip_subtree()
    remove(doomed)
    return doomed
