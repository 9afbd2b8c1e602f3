"""The evaluation corpus: Arabic article pages in the markup of common news CMSs, with truth.

    python -m evaluation.corpus [--out DIR]      # writes DIR/pages/*.html and DIR/truth.json

Deterministic (seeded): the same code always writes the same bytes, and a test checks that the
committed pages are this generator's output. Text comes from the Levant replica's pools
(`replica.content`), the markup from what the CMSs below actually print. Every site is fictional
(the host names included); each has its own time zone, recorded per page in the truth.

Styles (one fictional site each):
- `wp-classic`  WordPress classic theme: `article.post`, `h1.entry-title`, `div.entry-content`,
                `time.entry-date`, Yoast JSON-LD `@graph` on some pages, Jetpack share and related
                posts ("مواضيع ذات صلة"), comments ("أضف تعليقاً"); some pages show no date at all,
                the only one being in the permalink (`/2024/05/06/slug/`).
- `wp-news`     WordPress news theme (tagDiv Newspaper-like): `td-post-content`, "اقرأ أيضاً" boxes
                mid-body, "تابع آخر أخبار … على Google News", a "today" date in the top bar;
                some `article:published_time` without an offset (site-zone wall-clock time).
- `drupal`      Drupal 9/10 Olivero-like: `node__content`, `field--name-body`, `field--name-created`
                printed in Levantine month names, RDFa `dc:created` on some, published comments and
                the "إضافة تعليق جديد" form.
- `nextjs`      Next.js front end: `<div id="__next">`, hashed `css-…` class names, paragraphs in
                unnamed divs, `__NEXT_DATA__` holding the article, JSON-LD only on some pages.
- `portal`      Custom portal: header weather widget, prayer times (مواقيت الصلاة), a "today" widget,
                "الأكثر قراءة" / "اخترنا لكم" sidebars, newsletter box, image credits ("(رويترز)",
                "تصوير: …"); no structured data, the date printed next to the headline.
- `legacy`      Old hand-written PHP site: table layout, `<font>`, `<br><br>` paragraphs,
                windows-1256 declared only in `<meta>` (bytes saved in that encoding) or no
                charset at all (UTF-8); dates printed with Arabic-Indic digits and `م`.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

from replica.content import (ARABIC_DIGITS, CITIES, HEADLINES, MONTHS_AR, MONTHS_LEVANT, SENTENCES,
                             WEEKDAYS_AR, _fill)

HERE = Path(__file__).resolve().parent
PAGES_DIR = HERE / "pages"
TRUTH_FILE = HERE / "truth.json"
SEED = 4404
PER_STYLE = 11
# The day the pages were "captured": what every "today" widget shows. Never a publication date.
CAPTURE_DAY = datetime(2026, 11, 25)

SITES = {
    "wp-classic": ("https://www.almasar-press.com", "المسار برس", "Asia/Beirut"),
    "wp-news": ("https://www.nile-akhbar.com", "أخبار النيل", "Africa/Cairo"),
    "drupal": ("https://www.alrai-alhurr.com", "الرأي الحر", "Asia/Amman"),
    "nextjs": ("https://www.alkhabar-now.com", "الخبر الآن", "Asia/Riyadh"),
    "portal": ("https://www.sawt-almadina.com", "صوت المدينة", "Asia/Beirut"),
    "legacy": ("http://www.rafidain-news.net", "أخبار الرافدين", "Asia/Baghdad"),
}
CATEGORIES = ["news", "politics", "economy"]
SECTION_NAMES = {"news": "أخبار", "politics": "سياسة", "economy": "اقتصاد"}
SUBHEADS = ["تفاصيل إضافية", "ردود الفعل", "خلفية الأحداث", "مخاوف متزايدة", "ماذا بعد؟"]
AUTHORS = ["محمد العبدالله", "سارة يوسف", "أحمد منصور", "نور الهدى سليم", "عمر الخطيب", "رنا حداد"]
COMMENTERS = ["أبو خالد", "مواطن", "سامي", "ام محمد", "قارئ من حلب"]
COMMENTS = ["كلام صحيح مئة بالمئة، الأوضاع تزداد سوءاً يوماً بعد يوم.",
            "أين المسؤولون من كل هذا؟ نريد حلولاً حقيقية لا وعوداً.",
            "شكراً على التغطية المميزة والمتابعة المستمرة.",
            "الله يفرجها على الناس، الوضع لم يعد يحتمل."]
CREDITS = ["(رويترز)", "(أ ف ب)", "تصوير: {name}", "(أرشيفية)", "المصدر: وكالة الأنباء الرسمية"]
PHOTOGRAPHERS = ["علي حسن", "كريم الشامي", "ليلى مراد"]
WEATHER = ["{city} 24° غائم جزئياً", "{city} 31° مشمس", "{city} 12° أمطار خفيفة"]


@dataclass
class Page:
    id: str
    style: str
    url: str
    timezone: str
    title: str
    published: datetime | None     # aware, in the site zone
    date_from: str                 # where a correct extractor finds the date
    paragraphs: list[str]
    html: str
    encoding: str = "utf-8"        # how the bytes are saved
    charset_declared: str | None = "utf-8"

    @property
    def file(self) -> str:
        return f"{self.id}.html"

    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def truth(self) -> dict:
        return {
            "id": self.id, "file": "pages/" + self.file, "style": self.style, "url": self.url,
            "timezone": self.timezone, "title": self.title,
            "published_at": self.published.isoformat() if self.published else None,
            "date_from": self.date_from, "encoding": self.encoding,
            "charset_declared": self.charset_declared, "body": self.body(),
        }

    def data(self) -> bytes:
        return self.html.encode(self.encoding, errors="xmlcharrefreplace")


# --- shared text -------------------------------------------------------------------------------

def _article_text(rng: random.Random, cat: str, *, subheads: bool) -> tuple[str, list[tuple[str, str]]]:
    """A headline and its body as [(kind, text)], kind 'p' or 'h2'."""
    title = _fill(rng, rng.choice(HEADLINES[cat]))
    blocks = []
    for i in range(rng.randint(4, 8)):
        if subheads and i in (2, 5):
            blocks.append(("h2", rng.choice(SUBHEADS)))
        sents = rng.sample(SENTENCES[cat], rng.randint(2, 3))
        blocks.append(("p", " ".join(_fill(rng, s) for s in sents)))
    return title, blocks


def _paras(blocks) -> list[str]:
    return [t for _, t in blocks]


def _related(rng: random.Random, n: int) -> list[str]:
    return [_fill(rng, rng.choice(HEADLINES[rng.choice(CATEGORIES)])) for _ in range(n)]


def _pub(rng: random.Random, tz: ZoneInfo) -> datetime:
    start = datetime(2023, 1, 5, 0, 0, tzinfo=tz)
    minutes = rng.randrange(int((datetime(2025, 10, 1, tzinfo=tz) - start).total_seconds() // 60))
    dt = (start + timedelta(minutes=minutes)).astimezone(tz)
    return dt.replace(second=0, microsecond=0)


def _slug(text: str, words: int = 6) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text).split()[:words])


def _en_slug(rng: random.Random) -> str:
    words = ["syria", "lebanon", "iraq", "economy", "talks", "protest", "fuel", "prices", "aid", "summit",
             "election", "bread", "power", "crisis", "border", "refugees"]
    return "-".join(rng.sample(words, 3)) + f"-{rng.randint(1000, 99999)}"


def _ar(text: str) -> str:
    return text.translate(ARABIC_DIGITS)


def printed(dt: datetime, form: int) -> str:
    """The date an article prints next to its headline, in forms Arabic sites use."""
    h12 = dt.hour % 12 or 12
    if form == 0:   # Levantine months, Arabic-Indic digits, ص/م
        return _ar(f"نشر في: {dt.day} {MONTHS_LEVANT[dt.month - 1]} {dt.year} - "
                   f"{h12:02d}:{dt.minute:02d} {'ص' if dt.hour < 12 else 'م'}")
    if form == 1:   # Egyptian months, era suffix م, 12-hour clock with م for PM
        return (f"{WEEKDAYS_AR[dt.weekday()]}، {dt.day} {MONTHS_AR[dt.month - 1]} {dt.year}م "
                f"{h12}:{dt.minute:02d} {'ص' if dt.hour < 12 else 'م'}")
    if form == 2:   # numeric, day first
        return f"تاريخ النشر: {dt.day:02d}/{dt.month:02d}/{dt.year} - {dt.hour:02d}:{dt.minute:02d}"
    if form == 3:   # combined Levantine/Egyptian month names, Arabic-Indic digits
        return _ar(f"{WEEKDAYS_AR[dt.weekday()]} {dt.day} {MONTHS_LEVANT[dt.month - 1]}/{MONTHS_AR[dt.month - 1]} "
                   f"{dt.year} الساعة {dt.hour:02d}:{dt.minute:02d}")
    raise ValueError(form)


def today_widget(form: int) -> str:
    d = CAPTURE_DAY
    if form == 0:
        return f"{WEEKDAYS_AR[d.weekday()]}، {d.day} {MONTHS_AR[d.month - 1]} {d.year}"
    return _ar(f"{WEEKDAYS_AR[d.weekday()]} {d.day} {MONTHS_LEVANT[d.month - 1]} {d.year}")


def _jsonld(doc: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(doc, ensure_ascii=False)}</script>'


def _news_article(title, url, dt, site, author=None, iso=None) -> dict:
    doc = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
           "mainEntityOfPage": url, "datePublished": iso or dt.isoformat(),
           "publisher": {"@type": "Organization", "name": site}, "inLanguage": "ar"}
    if author:
        doc["author"] = {"@type": "Person", "name": author}
    return doc


# --- WordPress classic theme ---------------------------------------------------------------------

def wp_classic(rng: random.Random, i: int) -> Page:
    origin, site, tzname = SITES["wp-classic"]
    tz = ZoneInfo(tzname)
    cat = CATEGORIES[i % 3]
    title, blocks = _article_text(rng, cat, subheads=i % 3 == 1)
    dt = _pub(rng, tz)
    author = rng.choice(AUTHORS)
    slug = _slug(title)
    url = f"{origin}/{dt:%Y/%m/%d}/{slug}/"
    variant = ["yoast", "time", "url-only", "yoast", "time-og", "url-only"][i % 6]
    iso = dt.isoformat()
    head = [f'<title>{escape(title)} &#8211; {site}</title>',
            f'<link rel="canonical" href="{url}" />',
            f'<meta property="og:title" content="{escape(title)} - {site}" />',
            f'<meta property="og:site_name" content="{site}" />']
    if variant == "yoast":
        head.append('<meta property="og:type" content="article" />')
        head.append(f'<meta property="article:published_time" content="{iso}" />')
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url},
             "author": {"name": author, "@id": origin + "/#/schema/person/1"},
             "headline": title, "datePublished": iso, "dateModified": (dt + timedelta(hours=2)).isoformat(),
             "mainEntityOfPage": {"@id": url}, "wordCount": 300, "articleSection": [SECTION_NAMES[cat]],
             "inLanguage": "ar"},
            {"@type": "WebPage", "@id": url, "url": url, "name": f"{title} - {site}",
             "datePublished": iso, "breadcrumb": {"@id": url + "#breadcrumb"}},
            {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": origin + "/"},
                {"@type": "ListItem", "position": 2, "name": title}]},
            {"@type": "WebSite", "@id": origin + "/#website", "url": origin + "/", "name": site},
        ]}
        head.append(f'<script type="application/ld+json" class="yoast-schema-graph">'
                    f'{json.dumps(graph, ensure_ascii=False)}</script>')
    if variant == "time-og":
        head.append('<meta property="og:type" content="article" />')
        head.append(f'<meta property="article:published_time" content="{iso}" />')
    date_from = {"yoast": "jsonld", "time": "time", "time-og": "meta", "url-only": "url"}[variant]
    if variant == "url-only":
        dt = dt.replace(hour=0, minute=0)
    meta = ""
    if variant != "url-only":
        meta = (f'<div class="entry-meta"><span class="posted-on">نُشر في <a href="{url}" rel="bookmark">'
                f'<time class="entry-date published" datetime="{iso}">{dt.day} {MONTHS_AR[dt.month - 1]} {dt.year}</time>'
                f'<time class="updated" datetime="{(dt + timedelta(hours=2)).isoformat()}">{dt.day} '
                f'{MONTHS_AR[dt.month - 1]} {dt.year}</time></a></span>'
                f'<span class="byline"> بواسطة <span class="author vcard"><a class="url fn n" href="{origin}/author/'
                f'{i}/">{author}</a></span></span></div>')
    else:
        meta = (f'<div class="entry-meta"><span class="byline">بواسطة <span class="author vcard">'
                f'<a class="url fn n" href="{origin}/author/{i}/">{author}</a></span></span></div>')
    credit = rng.choice(CREDITS).format(name=rng.choice(PHOTOGRAPHERS))
    content = []
    for k, (kind, text) in enumerate(blocks):
        if k == 1:
            content.append(f'<figure class="wp-block-image size-large"><img src="{origin}/wp-content/uploads/'
                           f'{dt:%Y/%m}/img{i}.jpg" alt="" class="wp-image-{900 + i}"/><figcaption class="wp-element-caption">'
                           f'{escape(rng.choice(CITIES))} {credit}</figcaption></figure>')
        content.append(f"<{kind}>{escape(text)}</{kind}>" if kind == "h2" else f"<p>{escape(text)}</p>")
    related = _related(rng, 3)
    rel_html = "".join(f'<div class="jp-relatedposts-post jp-relatedposts-post{n}"><h4 class="jp-relatedposts-post-title">'
                       f'<a class="jp-relatedposts-post-a" href="{origin}/2024/01/0{n + 1}/rel-{n}/">{escape(t)}</a></h4>'
                       f'<p class="jp-relatedposts-post-date">{n + 2} يناير 2024</p>'
                       f'<p class="jp-relatedposts-post-context">في &quot;{SECTION_NAMES[cat]}&quot;</p></div>'
                       for n, t in enumerate(related))
    comments = rng.sample(COMMENTS, 2)
    comment_html = "".join(
        f'<li id="comment-{i}{n}" class="comment even thread-even depth-1"><article class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{rng.choice(COMMENTERS)}</b>'
        f' <span class="says">قال:</span></div><div class="comment-metadata"><a href="{url}#comment-{i}{n}">'
        f'<time datetime="2025-02-0{n + 1}T10:00:00+02:00">{n + 1} فبراير 2025 الساعة 10:00 ص</time></a></div>'
        f'</footer><div class="comment-content"><p>{escape(c)}</p></div>'
        f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#">رد</a></div></article></li>'
        for n, c in enumerate(comments))
    html = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{chr(10).join(head)}
<link rel='stylesheet' id='twentyseventeen-style-css' href='{origin}/wp-content/themes/twentyseventeen/style.css' media='all' />
<script src="{origin}/wp-includes/js/jquery/jquery.min.js" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-{4100 + i} single-format-standard rtl">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">تخطي إلى المحتوى</a>
<header id="masthead" class="site-header" role="banner">
<div class="site-branding"><p class="site-title"><a href="{origin}/" rel="home">{site}</a></p>
<p class="site-description">أخبار لبنان والعالم العربي</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="top-menu" class="menu">
<li class="menu-item"><a href="{origin}/">الرئيسية</a></li>
<li class="menu-item"><a href="{origin}/category/news/">أخبار</a></li>
<li class="menu-item"><a href="{origin}/category/politics/">سياسة</a></li>
<li class="menu-item"><a href="{origin}/category/economy/">اقتصاد</a></li></ul></nav>
</header>
<div class="site-content-contain"><div id="content" class="site-content"><div class="wrap">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{4100 + i}" class="post-{4100 + i} post type-post status-publish format-standard has-post-thumbnail hentry category-{cat}">
<header class="entry-header">
{meta}
<h1 class="entry-title">{escape(title)}</h1>
</header>
<div class="entry-content">
{chr(10).join(content)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">
<h3 class="sd-title">شارك هذا:</h3><div class="sd-content"><ul>
<li class="share-twitter"><a class="share-twitter sd-button" href="{url}?share=twitter" target="_blank"><span>انقر للمشاركة على X (فتح في نافذة جديدة)</span></a></li>
<li class="share-facebook"><a class="share-facebook sd-button" href="{url}?share=facebook" target="_blank"><span>فيسبوك</span></a></li>
<li class="share-end"></li></ul></div></div></div>
<div id='jp-relatedposts' class='jp-relatedposts' ><h3 class="jp-relatedposts-headline"><em>مواضيع ذات صلة</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-visual">{rel_html}</div></div>
</div>
<footer class="entry-footer"><span class="cat-tags-links"><span class="cat-links">التصنيفات: <a href="{origin}/category/{cat}/" rel="category tag">{SECTION_NAMES[cat]}</a></span></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="مقالات"><h2 class="screen-reader-text">تصفّح المقالات</h2>
<div class="nav-links"><div class="nav-previous"><a href="{origin}/2023/01/01/prev/" rel="prev"><span class="screen-reader-text">المقالة السابقة</span> {escape(related[0])}</a></div></div></nav>
<div id="comments" class="comments-area">
<h2 class="comments-title">تعليقان على &ldquo;{escape(title)}&rdquo;</h2>
<ol class="comment-list">{comment_html}</ol>
<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">{'أضف تعليقاً' if i % 2 else 'إضافة تعليق جديد'} <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">إلغاء الرد</a></small></h3>
<form action="{origin}/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes">لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ <span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">التعليق</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق" /></p>
</form></div></div>
</main></div>
<aside id="secondary" class="widget-area" aria-label="الشريط الجانبي">
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">الأكثر قراءة</h2>
<ul>{"".join(f'<li><a href="{origin}/2024/02/1{n}/popular-{n}/">{escape(t)}</a></li>' for n, t in enumerate(_related(rng, 4)))}</ul></section>
</aside>
</div></div></div>
<footer id="colophon" class="site-footer"><div class="site-info">جميع الحقوق محفوظة © {site} 2025 | <a href="https://wordpress.org/">مدعوم من ووردبريس</a></div></footer>
</div>
<script src="{origin}/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js"></script>
</body>
</html>
"""
    return Page(f"wp-classic-{i:02d}", "wp-classic", url, tzname, title, dt, date_from, _paras(blocks), html)


# --- WordPress news theme (tagDiv Newspaper-like) -------------------------------------------------

def wp_news(rng: random.Random, i: int) -> Page:
    origin, site, tzname = SITES["wp-news"]
    tz = ZoneInfo(tzname)
    cat = CATEGORIES[(i + 1) % 3]
    title, blocks = _article_text(rng, cat, subheads=i % 4 == 2)
    dt = _pub(rng, tz)
    author = rng.choice(AUTHORS)
    url = f"{origin}/{_en_slug(rng)}/"
    variant = ["jsonld", "og-naive", "og", "time-only", "jsonld"][i % 5]
    iso = dt.isoformat()
    head = [f"<title>{escape(title)} - {site}</title>",
            f'<meta property="og:title" content="{escape(title)}" />',
            '<meta property="og:type" content="article" />',
            f'<meta property="og:url" content="{url}" />']
    if variant == "jsonld":
        head.append(_jsonld(_news_article(title, url, dt, site, author)))
        head.append(f'<meta property="article:published_time" content="{iso}" />')
    elif variant == "og":
        head.append(f'<meta property="article:published_time" content="{iso}" />')
    elif variant == "og-naive":  # the site's wall-clock time, no offset
        head.append(f'<meta property="article:published_time" content="{dt:%Y-%m-%dT%H:%M:%S}" />')
    date_from = {"jsonld": "jsonld", "og": "meta", "og-naive": "meta (no offset)", "time-only": "time"}[variant]
    time_attr = iso if variant != "og-naive" else f"{dt:%Y-%m-%dT%H:%M:%S}"
    read_also = _related(rng, 3)
    content = []
    for k, (kind, text) in enumerate(blocks):
        if kind == "h2":
            content.append(f"<h2>{escape(text)}</h2>")
        else:
            content.append(f"<p>{escape(text)}</p>")
        if k == 1:
            label = ["اقرأ أيضاً:", "إقرأ أيضا:", "شاهد أيضاً:"][i % 3]
            content.append(f'<p><strong>{label}</strong> <a href="{origin}/{_en_slug(rng)}/">{escape(read_also[0])}</a></p>')
        if k == 3:
            content.append(f'<div class="td_block_wrap tdb_single_related td-pb-border-top"><div class="td-block-title-wrap">'
                           f'<h4 class="td-block-title"><span>اقرأ أيضاً</span></h4></div><div class="td_block_inner">'
                           + "".join(f'<div class="td_module_flex"><h3 class="entry-title td-module-title"><a href="{origin}/'
                                     f'{_en_slug(rng)}/">{escape(t)}</a></h3></div>' for t in read_also[1:])
                           + "</div></div>")
    content.append(f'<p><a href="https://news.google.com/publications/CAAqBwgKMM{i}" target="_blank" rel="noopener">'
                   f'تابع آخر أخبار {site} على Google News</a></p>')
    credit = rng.choice(CREDITS).format(name=rng.choice(PHOTOGRAPHERS))
    html = f"""<!doctype html >
<html lang="ar" dir="rtl">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
{chr(10).join(head)}
<link rel='stylesheet' href='{origin}/wp-content/plugins/td-composer/legacy/Newspaper/style.css' type='text/css' media='all' />
</head>
<body class="post-template-default single single-post postid-{7700 + i} single-format-standard td-standard-pack global-block-template-1 td-full-layout rtl" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1">
<div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu">
<div class="top-bar-style-1"><div class="td-header-sp-top-menu">
<div class="td_data_time"><div>{today_widget(0)}</div></div>
<div class="menu-top-container"><ul id="menu-top" class="top-header-menu"><li><a href="{origin}/about/">من نحن</a></li><li><a href="{origin}/contact/">اتصل بنا</a></li></ul></div>
</div></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full"><div class="td-header-sp-logo"><a class="td-main-logo" href="{origin}/"><img src="{origin}/logo.png" alt="{site}"/><span class="td-visual-hidden">{site}</span></a></div></div>
<div class="td-header-menu-wrap-full"><div id="td-header-menu" role="navigation"><ul id="menu-main" class="sf-menu">
<li><a href="{origin}/category/news/">أخبار مصر</a></li><li><a href="{origin}/category/world/">عربي ودولي</a></li><li><a href="{origin}/category/economy/">اقتصاد</a></li><li><a href="{origin}/category/sport/">رياضة</a></li></ul></div></div>
</div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a href="{origin}/">الرئيسية</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a href="{origin}/category/{cat}/">{SECTION_NAMES[cat]}</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-{7700 + i}" class="post-{7700 + i} post type-post status-publish format-standard" itemscope itemtype="https://schema.org/Article">
<div class="td-post-header">
<ul class="td-category"><li class="entry-category"><a href="{origin}/category/{cat}/">{SECTION_NAMES[cat]}</a></li></ul>
<header class="td-post-title">
<h1 class="entry-title">{escape(title)}</h1>
<div class="td-module-meta-info">
<div class="td-post-author-name"><div class="td-author-by">بواسطة</div> <a href="{origin}/author/{i}/">{author}</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{time_attr}" >{dt.day} {MONTHS_AR[dt.month - 1]}، {dt.year}</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{7700 + i}">{rng.randint(100, 9000)}</span></div>
</div>
</header>
</div>
<div class="td-post-sharing-top"><div class="td-post-sharing td-ps-bg td-ps-notext"><div class="td-post-sharing-visible">
<a class="td-social-sharing-button td-social-facebook" href="https://www.facebook.com/sharer.php?u={url}"><div class="td-social-but-text">فيسبوك</div></a>
<a class="td-social-sharing-button td-social-twitter" href="https://twitter.com/intent/tweet?url={url}"><div class="td-social-but-text">تويتر</div></a>
<a class="td-social-sharing-button td-social-whatsapp" href="https://api.whatsapp.com/send?text={url}"><div class="td-social-but-text">واتساب</div></a>
</div></div></div>
<div class="td-post-featured-image"><figure><a href="{origin}/wp-content/uploads/img{i}.jpg" data-caption="{escape(credit)}"><img class="entry-thumb" src="{origin}/wp-content/uploads/img{i}.jpg" alt="" title="{escape(title)}"/></a><figcaption class="wp-caption-text">{escape(credit)}</figcaption></figure></div>
<div class="td-post-content tagdiv-type">
{chr(10).join(content)}
</div>
<footer>
<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>الوسوم</span></li><li><a href="{origin}/tag/t{i}/">{SECTION_NAMES[cat]}</a></li></ul></div>
<div class="td-post-sharing-bottom"><div class="td-post-sharing-classic"><span>شارك</span></div></div>
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>المقال السابق</span><a href="{origin}/{_en_slug(rng)}/">{escape(read_also[2])}</a></div></div></div>
</footer>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">اترك تعليقاً</h3>
<form action="{origin}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="التعليق:" id="comment" name="comment" cols="45" rows="8"></textarea></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق" /></p></form></div></div>
</article>
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<div class="td_block_wrap td_block_7"><div class="td-block-title-wrap"><h4 class="block-title"><span>الأكثر قراءة</span></h4></div>
<div class="td_block_inner">{"".join(f'<div class="td_module_6 td_module_wrap"><h3 class="entry-title td-module-title"><a href="{origin}/{_en_slug(rng)}/">{escape(t)}</a></h3><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2025-10-0{n + 1}T09:00:00+03:00">{n + 1} أكتوبر، 2025</time></span></div>' for n, t in enumerate(_related(rng, 4)))}</div></div>
</div></div>
</div></div></div>
<div class="td-footer-wrapper td-footer-container td-container-wrap"><div class="td-pb-row"><div class="td-pb-span12"><div class="footer-text-wrap">{site}: موقع إخباري مصري مستقل</div></div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-sub-footer-copy">© جميع الحقوق محفوظة لـ {site} 2025</div></div>
</div>
<script type="text/javascript" src="{origin}/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js" id="td-site-min-js"></script>
</body>
</html>
"""
    return Page(f"wp-news-{i:02d}", "wp-news", url, tzname, title, dt, date_from, _paras(blocks), html)


# --- Drupal ----------------------------------------------------------------------------------------

def drupal(rng: random.Random, i: int) -> Page:
    origin, site, tzname = SITES["drupal"]
    tz = ZoneInfo(tzname)
    cat = CATEGORIES[(i + 2) % 3]
    title, blocks = _article_text(rng, cat, subheads=i % 3 == 0)
    dt = _pub(rng, tz)
    author = rng.choice(AUTHORS)
    nid = 20000 + i * 37
    url = f"{origin}/node/{nid}" if i % 4 == 3 else f"{origin}/{SECTION_NAMES[cat]}/{_slug(title, 12)}"
    variant = ["rdfa", "printed", "og", "printed", "rdfa-naive"][i % 5]
    iso = dt.isoformat()
    head = [f"<title>{escape(title)} | {site}</title>",
            f'<link rel="canonical" href="{url}" />',
            f'<link rel="shortlink" href="{origin}/node/{nid}" />',
            '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />']
    if variant == "og":
        head += ['<meta property="og:type" content="article" />',
                 f'<meta property="og:title" content="{escape(title)}" />',
                 f'<meta property="article:published_time" content="{iso}" />']
    date_from = {"rdfa": "rdfa", "printed": "printed", "og": "meta", "rdfa-naive": "rdfa (no offset)"}[variant]
    printed_text = f"{WEEKDAYS_AR[dt.weekday()]}، {dt.day} {MONTHS_LEVANT[dt.month - 1]} {dt.year} - {dt.hour:02d}:{dt.minute:02d}"
    rdfa = ""
    if variant == "rdfa":
        rdfa = f' property="dc:date dc:created" content="{iso}" datatype="xsd:dateTime"'
    elif variant == "rdfa-naive":
        rdfa = f' property="dc:date dc:created" content="{dt:%Y-%m-%dT%H:%M:%S}" datatype="xsd:dateTime"'
    body_html = "\n".join(f"<{k}>{escape(t)}</{k}>" for k, t in blocks)
    credit = rng.choice(CREDITS).format(name=rng.choice(PHOTOGRAPHERS))
    comments = rng.sample(COMMENTS, 2)
    comments_html = "".join(
        f'<article data-comment-user-id="0" id="comment-{nid + n}" class="comment js-comment by-anonymous">'
        f'<span class="hidden" data-comment-timestamp="17000000{n}"></span>'
        f'<div class="comment__meta"><span class="comment__author">{rng.choice(COMMENTERS)} (غير متحقق)</span>'
        f'<span class="comment__time">{n + 3} شباط 2025 - 09:1{n}</span></div>'
        f'<div class="comment__content"><h3><a href="/comment/{nid + n}#comment-{nid + n}" class="permalink" rel="bookmark">'
        f'{escape(c[:18])}</a></h3><div class="clearfix text-formatted field field--name-comment-body field--type-text-long '
        f'field--label-hidden field__item"><p>{escape(c)}</p></div></div></article>'
        for n, c in enumerate(comments))
    html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  xsd: http://www.w3.org/2001/XMLSchema# ">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
{chr(10).join(head)}
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_a1b2c3.css" />
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">تجاوز إلى المحتوى الرئيسي</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper"><div id="page">
<header class="site-header" role="banner">
<div class="region region--header"><div id="block-olivero-site-branding" class="site-branding">
<div class="site-branding__inner"><a href="/" rel="home" class="site-branding__logo"><img src="/logo.svg" alt="الرئيسية" /></a>
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="الرئيسية" rel="home">{site}</a></div></div></div></div></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">القائمة الرئيسية</h2>
<ul class="menu primary-nav__menu"><li class="primary-nav__menu-item"><a href="/" class="primary-nav__menu-link">الرئيسية</a></li>
<li class="primary-nav__menu-item"><a href="/{SECTION_NAMES['news']}" class="primary-nav__menu-link">محليات</a></li>
<li class="primary-nav__menu-item"><a href="/{SECTION_NAMES['politics']}" class="primary-nav__menu-link">سياسة</a></li></ul></nav>
</header>
<div id="main-wrapper" class="layout-main-wrapper layout-container">
<div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="region region--breadcrumb"><nav class="breadcrumb" role="navigation"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/">الرئيسية</a></li><li class="breadcrumb__item"><a href="/{SECTION_NAMES[cat]}">{SECTION_NAMES[cat]}</a></li></ol></nav></div>
<div class="region region--content-above"><div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span property="schema:name" class="field field--name-title field--type-string field--label-hidden">{escape(title)}</span></h1>
</div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div data-drupal-messages-fallback class="hidden messages-list"></div>
<div id="block-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="{nid}" about="/node/{nid}" typeof="schema:Article" class="node node--type-article node--promoted node--view-mode-full">
<span property="schema:name" content="{escape(title)}" class="hidden"></span>
<header class="">
<div class="node__meta">
<span class="node__author-image"></span>
<div><span>بواسطة <span rel="schema:author" class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" about="/user/{i + 5}" typeof="schema:Person" property="schema:name" datatype="">{author}</span></span></span>
<span class="field field--name-created field--type-created field--label-hidden"{rdfa}>{printed_text}</span></div>
</div>
</header>
<div class="node__content">
<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/{dt:%Y-%m}/img{i}.jpg" alt="{escape(credit)}" typeof="foaf:Image" /></div>
<div class="field field--name-field-image-caption field--type-string field--label-hidden field__item">{escape(credit)}</div>
<div property="schema:text" class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body_html}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix">
<h3 class="field__label">الوسوم</h3>
<ul class="links field__items"><li><a href="/taxonomy/term/{i + 11}" property="schema:about" hreflang="ar">{SECTION_NAMES[cat]}</a></li><li><a href="/taxonomy/term/4" property="schema:about" hreflang="ar">الأردن</a></li></ul>
</div>
<section data-drupal-selector="comments" class="comments">
<h2 class="comments__title">التعليقات</h2>
{comments_html}
<div class="comment-form__title-wrapper"><h2 class="comment-form__title">إضافة تعليق جديد</h2></div>
<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{nid}/comment" method="post" id="comment-form" accept-charset="UTF-8">
<div class="js-form-item form-item"><label for="edit-name" class="form-item__label">اسمك</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text form-element form-element--type-text" /></div>
<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper"><div class="js-form-item form-item"><label for="edit-comment-body-0-value" class="form-item__label js-form-required form-required">التعليق</label><div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required form-element form-element--type-textarea form-element--api-textarea" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required"></textarea></div></div></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="حفظ" class="button button--primary js-form-submit form-submit" /></div>
</form>
</section>
</div>
</article>
</div></div>
</div></div>
<div class="social-bar"><div class="social-bar__inner"><div class="rotate"><div id="block-olivero-syndicate" role="complementary" class="block block-node block-node-syndicate-block"><div class="block__content"><a href="/rss.xml" class="feed-icon">اشترك في التلقيم RSS</a></div></div></div></div></div>
</div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top"><div class="block block-system block-system-powered-by-block"><span>مدعوم من <a href="https://www.drupal.org">دروبال</a></span></div></div>
<div class="region region--footer-bottom"><p>جميع الحقوق محفوظة © {site}</p></div></div></footer>
</div></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/{nid}","currentLanguage":"ar"}},"pluralDelimiter":"\\u0003"}}</script>
</body>
</html>
"""
    return Page(f"drupal-{i:02d}", "drupal", url, tzname, title, dt, date_from, _paras(blocks), html)


# --- Next.js / React -------------------------------------------------------------------------------

def _hash_class(rng: random.Random) -> str:
    return "css-" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6))


def nextjs(rng: random.Random, i: int) -> Page:
    origin, site, tzname = SITES["nextjs"]
    tz = ZoneInfo(tzname)
    cat = CATEGORIES[i % 3]
    title, blocks = _article_text(rng, cat, subheads=False)
    dt = _pub(rng, tz)
    author = rng.choice(AUTHORS)
    article_id = 880000 + i * 131
    url = f"{origin}/{cat}/{article_id}/{_slug(title, 4)}"
    variant = ["jsonld", "next-only", "next-only", "jsonld", "og", "next-only"][i % 6]
    utc = dt.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    c = {k: _hash_class(rng) for k in ("root", "wrap", "hdr", "h1", "meta", "date", "body", "p", "box", "side", "li")}
    head = [f"<title>{escape(title)} | {site}</title>",
            f'<meta name="description" content="{escape(blocks[0][1][:120])}"/>',
            f'<meta property="og:title" content="{escape(title)} | {site}"/>',
            f'<meta property="og:site_name" content="{site}"/>']
    if variant == "jsonld":
        head.append(_jsonld(_news_article(title, url, dt, site, author, iso=utc)))
    if variant == "og":
        head.append('<meta property="og:type" content="article"/>')
        head.append(f'<meta property="article:published_time" content="{utc}"/>')
    date_from = {"jsonld": "jsonld", "og": "meta", "next-only": "__NEXT_DATA__ / printed"}[variant]
    shown = printed(dt, 1 if i % 2 else 3)
    paras = "".join(f'<div><p class="{c["p"]}">{escape(t)}</p></div>' if n % 2 else f'<p class="{c["p"]}">{escape(t)}</p>'
                    for n, (_, t) in enumerate(blocks))
    read_also = _related(rng, 2)
    box = (f'<div class="{c["box"]}"><span>اقرأ أيضاً</span><div><a href="/{cat}/{article_id - 7}/x">'
           f'{escape(read_also[0])}</a></div><div><a href="/{cat}/{article_id - 9}/y">{escape(read_also[1])}</a></div></div>')
    mid = len(blocks) // 2
    parts = paras.split("</p>")
    # insert the read-also box after the middle paragraph
    body_html = "</p>".join(parts[:mid]) + "</p>" + box + "</p>".join(parts[mid:]) if mid else paras
    most = _related(rng, 4)
    next_data = {"props": {"pageProps": {"article": {
        "id": article_id, "title": title, "slug": _slug(title, 4), "section": {"slug": cat, "name": SECTION_NAMES[cat]},
        "publishedAt": utc, "updatedAt": utc, "author": {"name": author},
        "body": "".join(f"<p>{escape(t)}</p>" for _, t in blocks),
        "image": {"url": f"https://cdn.alkhabar-now.com/images/{article_id}.jpg", "caption": "(رويترز)"}},
        "mostRead": [{"title": t, "id": article_id - 100 - n} for n, t in enumerate(most)]},
        "__N_SSP": True}, "page": "/[section]/[id]/[slug]", "query": {"section": cat, "id": str(article_id)},
        "buildId": "Xk2p9Qw7Lm3", "isFallback": False, "gssp": True, "locale": "ar", "scriptLoader": []}
    nd = json.dumps(next_data, ensure_ascii=False).replace("</", "<\\/")
    html = (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head>'
            + ('<meta charset="utf-8"/>' if i % 5 != 4 else "")
            + '<meta name="viewport" content="width=device-width"/>' + "".join(head)
            + f'<link rel="preload" href="/_next/static/css/a1b2c3d4e5.css" as="style"/>'
            f'<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>'
            f'<script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script></head>'
            f'<body><div id="__next"><div class="{c["root"]}"><header class="{c["hdr"]}"><a href="/"><img alt="{site}" src="/logo.svg"/></a>'
            f'<nav><a href="/news">أخبار</a><a href="/politics">سياسة</a><a href="/economy">اقتصاد</a><a href="/sport">رياضة</a></nav>'
            f'<div>{today_widget(0)}</div></header>'
            f'<main class="{c["wrap"]}"><div><div><a href="/{cat}">{SECTION_NAMES[cat]}</a></div>'
            f'<h1 class="{c["h1"]}">{escape(title)}</h1>'
            f'<div class="{c["meta"]}"><span>{author}</span><span class="{c["date"]}">{shown}</span></div>'
            f'<div><img alt="" src="https://cdn.alkhabar-now.com/images/{article_id}.jpg"/><span>(رويترز)</span></div>'
            f'<div class="{c["body"]}">{body_html}</div>'
            f'<div><button>مشاركة</button><button>نسخ الرابط</button></div></div>'
            f'<div class="{c["side"]}"><h2>الأكثر قراءة</h2>'
            + "".join(f'<div class="{c["li"]}"><a href="/{cat}/{article_id - 100 - n}/z"><span>{n + 1}</span><h3>{escape(t)}</h3></a></div>'
                      for n, t in enumerate(most))
            + f'</div></main><footer><div>تابعونا على</div><div>© {site} 2025</div></footer></div></div>'
            f'<script id="__NEXT_DATA__" type="application/json">{nd}</script></body></html>')
    return Page(f"nextjs-{i:02d}", "nextjs", url, tzname, title, dt, date_from, _paras(blocks), html,
                charset_declared="utf-8" if i % 5 != 4 else None)


# --- Custom portal with widgets ------------------------------------------------------------------

def portal(rng: random.Random, i: int) -> Page:
    origin, site, tzname = SITES["portal"]
    tz = ZoneInfo(tzname)
    cat = CATEGORIES[(i + 1) % 3]
    title, blocks = _article_text(rng, cat, subheads=i % 4 == 1)
    dt = _pub(rng, tz)
    url_dated = i % 4 == 3
    date_from = "url" if url_dated else "printed"
    if url_dated:
        dt = dt.replace(hour=0, minute=0)
        url = f"{origin}/{dt:%Y/%m/%d}/{_slug(title, 5)}"
    else:
        url = f"{origin}/article/{60000 + i * 53}"
    shown = "" if url_dated else f'<div class="article-date">{printed(dt, [0, 1, 2, 3][i % 4])}</div>'
    credit = ["(رويترز)", f"تصوير: {rng.choice(PHOTOGRAPHERS)}", "(أ ف ب)"][i % 3]
    weather = rng.choice(WEATHER).format(city=rng.choice(["بيروت", "طرابلس", "صيدا", "زحلة"]))
    para_html = []
    for n, (k, t) in enumerate(blocks):
        para_html.append(f"<{k}>{escape(t)}</{k}>" if k == "h2" else f"<p>{escape(t)}</p>")
        if n == 0:
            para_html.append(f'<div class="inline-img"><img src="/uploads/{i}.jpg" alt=""><span class="credit">{credit}</span></div>')
        if n == 2 and i % 2:
            para_html.append(f'<p class="read-more">اقرأ المزيد: <a href="/article/{59000 + i}">{escape(_related(rng, 1)[0])}</a></p>')
    chosen = _related(rng, 3)
    most = _related(rng, 5)
    html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{site} | {escape(title)}</title>
<meta name="keywords" content="{SECTION_NAMES[cat]}, لبنان, أخبار">
<link rel="stylesheet" href="/assets/css/main.css?v=3.2">
</head>
<body>
<div class="topbar">
  <div class="today">{today_widget(1)}</div>
  <div class="weather-widget"><i class="wi wi-day-cloudy"></i> {weather}</div>
  <div class="prayer-times"><strong>مواقيت الصلاة</strong> <span>الفجر 04:32</span> <span>الشروق 05:58</span> <span>الظهر 11:36</span> <span>العصر 14:41</span> <span>المغرب 17:05</span> <span>العشاء 18:22</span></div>
  <div class="currency">الدولار: 89,500 ل.ل</div>
</div>
<div class="header"><a href="/" class="logo"><img src="/assets/img/logo.png" alt="{site}"></a>
<ul class="menu"><li><a href="/section/local">محليات</a></li><li><a href="/section/arab">عربي ودولي</a></li><li><a href="/section/economy">اقتصاد</a></li><li><a href="/section/opinion">مقالات</a></li></ul></div>
<div class="breaking"><span>عاجل</span> <a href="/article/{61000 + i}">{escape(most[0])}</a></div>
<div class="container">
<div class="col-main">
  <div class="article-head">
    <a class="cat-label" href="/section/{cat}">{SECTION_NAMES[cat]}</a>
    <h1>{escape(title)}</h1>
    {shown}
  </div>
  <div class="share-bar"><span>شارك:</span> <a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a> <a href="#">تلغرام</a></div>
  <div class="main-image"><img src="/uploads/main-{i}.jpg" alt=""><p class="caption">{escape(rng.choice(CITIES))} {credit}</p></div>
  <div class="article-text">
{chr(10).join(para_html)}
  </div>
  <div class="follow-box">تابعونا على <a href="https://t.me/x">تلغرام</a> و<a href="https://news.google.com/x">Google News</a></div>
  <div class="chosen"><h3>اخترنا لكم</h3><ul>{"".join(f'<li><a href="/article/{62000 + n}">{escape(t)}</a></li>' for n, t in enumerate(chosen))}</ul></div>
</div>
<div class="col-side">
  <div class="box most-read-box"><h3>الأكثر قراءة</h3><ol>{"".join(f'<li><a href="/article/{63000 + n}">{escape(t)}</a></li>' for n, t in enumerate(most))}</ol></div>
  <div class="box newsletter"><h3>النشرة البريدية</h3><p>اشترك في نشرتنا البريدية ليصلك أهم الأخبار يومياً</p><form><input type="email" placeholder="البريد الإلكتروني"><button>اشترك</button></form></div>
</div>
</div>
<div class="footer"><p>جميع الحقوق محفوظة © {site} 2025</p><p><a href="/about">من نحن</a> | <a href="/contact">اتصل بنا</a></p></div>
</body>
</html>
"""
    return Page(f"portal-{i:02d}", "portal", url, tzname, title, dt, date_from, _paras(blocks), html)


# --- Legacy hand-written PHP site ----------------------------------------------------------------

def legacy(rng: random.Random, i: int) -> Page:
    origin, site, tzname = SITES["legacy"]
    tz = ZoneInfo(tzname)
    cat = CATEGORIES[(i + 2) % 3]
    title, blocks = _article_text(rng, cat, subheads=False)
    dt = _pub(rng, tz)
    enc_variant = ["cp1256-meta", "cp1256-http-equiv", "none-utf8", "cp1256-meta"][i % 4]
    url_dated = i % 5 == 2
    if url_dated:
        dt = dt.replace(hour=0, minute=0)
        url = f"{origin}/{dt:%Y/%m/%d}/{_en_slug(rng)}.html"
        date_line = ""
        date_from = "url"
    else:
        url = f"{origin}/news.php?id={31000 + i * 17}"
        date_line = None  # chosen below: windows-1256 has no Arabic-Indic digits
        date_from = "printed"
    if enc_variant == "cp1256-meta":
        charset_tag, encoding, declared = '<meta charset="windows-1256">', "cp1256", "windows-1256"
    elif enc_variant == "cp1256-http-equiv":
        charset_tag = '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1256">'
        encoding, declared = "cp1256", "windows-1256"
    else:
        charset_tag, encoding, declared = "", "utf-8", None
    if date_line is None:
        date_line = printed(dt, [1, 2][i % 2] if encoding == "cp1256" else [0, 3][i % 2])
    if i % 3 == 1:   # odd markup: paragraphs opened and never closed
        body = "\n".join("<P class=text>" + escape(t) for _, t in blocks)
    else:
        body = "<P align=justify class=text>\n" + "<br><br>\n".join(escape(t) for _, t in blocks) + "\n</P>"
    widget = today_widget(0 if encoding == "cp1256" else 1)
    credit = ["(رويترز)", f"تصوير: {rng.choice(PHOTOGRAPHERS)}"][i % 2]
    html = f"""<HTML dir=rtl>
<HEAD>
{charset_tag}
<TITLE>{site} - {escape(title)}</TITLE>
<LINK href="style.css" type=text/css rel=stylesheet>
</HEAD>
<BODY bgColor=#ffffff leftMargin=0 topMargin=0>
<TABLE width=780 align=center border=0 cellPadding=0 cellSpacing=0>
<TR><TD class=top><IMG src="images/logo.gif" alt="{site}"> <FONT color=#999999 size=2>{widget}</FONT></TD></TR>
<TR><TD class=menu><A href="index.php">الرئيسية</A> | <A href="cat.php?id=1">أخبار العراق</A> | <A href="cat.php?id=2">عربي ودولي</A> | <A href="cat.php?id=3">اقتصاد</A> | <A href="archive.php">الأرشيف</A></TD></TR>
<TR><TD>
<TABLE width="100%" border=0><TR>
<TD vAlign=top width=180 class=side>
<B>الأكثر قراءة</B><BR>
{"<BR>".join(f'<A href="news.php?id={30000 + n}">{escape(t)}</A>' for n, t in enumerate(_related(rng, 4)))}
<BR><BR><B>مواقيت الصلاة - بغداد</B><BR>الفجر 04:51<BR>الظهر 11:58<BR>المغرب 17:01
</TD>
<TD vAlign=top class=content>
<FONT class=title size=5 color=#990000><B>{escape(title)}</B></FONT><BR>
{f'<FONT size=2 color=#666666>{date_line}</FONT><BR>' if date_line else ''}
<IMG src="uploads/{i}.jpg" width=400><BR><FONT size=1>{credit}</FONT><BR><BR>
{body}
<BR><A href="print.php?id={31000 + i}">طباعة</A> | <A href="send.php?id={31000 + i}">أرسل لصديق</A>
<BR><BR><B>أخبار ذات صلة</B><BR>
{"<BR>".join(f'<A href="news.php?id={32000 + n}">{escape(t)}</A>' for n, t in enumerate(_related(rng, 2)))}
</TD></TR></TABLE>
</TD></TR>
<TR><TD class=footer align=center>جميع الحقوق محفوظة لـ {site} &copy; 2005-2025</TD></TR>
</TABLE>
</BODY>
</HTML>
"""
    return Page(f"legacy-{i:02d}", "legacy", url, tzname, title, dt, date_from, _paras(blocks), html,
                encoding=encoding, charset_declared=declared)


STYLES = {"wp-classic": wp_classic, "wp-news": wp_news, "drupal": drupal, "nextjs": nextjs,
          "portal": portal, "legacy": legacy}


def build_corpus(seed: int = SEED, per_style: int = PER_STYLE) -> list[Page]:
    pages = []
    for n, (style, make) in enumerate(STYLES.items()):
        rng = random.Random(seed * 100 + n)
        pages += [make(rng, i) for i in range(per_style)]
    return pages


def truth_document(pages: list[Page]) -> dict:
    return {
        "about": "Evaluation corpus for newscrawler.extract: generated by evaluation/corpus.py (fictional sites). "
                 "published_at is what a correct extractor outputs: the instant, in the site's zone; a date "
                 "given without an offset is that zone's wall-clock time; a date only in the URL is 00:00 that day.",
        "capture_day": CAPTURE_DAY.date().isoformat(),
        "sites": {s: {"origin": o, "name": n, "timezone": z} for s, (o, n, z) in SITES.items()},
        "pages": [p.truth() for p in pages],
    }


def write_corpus(out: Path, pages: list, doc: dict) -> dict:
    """Write `pages` (objects with .file and .data()) to out/pages/ and `doc` to out/truth.json."""
    pages_dir = out / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    for old in pages_dir.glob("*.html"):
        old.unlink()
    for p in pages:
        (pages_dir / p.file).write_bytes(p.data())
    (out / "truth.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return doc


def run_cli(description: str, default_out: Path, write_fn, argv=None) -> None:
    """`python -m <corpus module> [--out DIR]`: write the corpus, print what was written."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--out", type=Path, default=default_out, help="directory for pages/ and truth.json")
    args = ap.parse_args(argv)
    doc = write_fn(args.out)
    styles: dict[str, int] = {}
    for p in doc["pages"]:
        styles[p["style"]] = styles.get(p["style"], 0) + 1
    print(f"wrote {len(doc['pages'])} pages to {args.out / 'pages'}: "
          + ", ".join(f"{s} {n}" for s, n in styles.items()))


def write(out: Path = HERE) -> dict:
    pages = build_corpus()
    return write_corpus(out, pages, truth_document(pages))


def main(argv=None) -> None:
    run_cli(__doc__.splitlines()[0], HERE, write, argv)


if __name__ == "__main__":
    main()
