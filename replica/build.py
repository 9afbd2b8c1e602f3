"""Render the replica site and its truth file from `replica.content`.

    python -m replica.build [--out DIR] [--scale N] [--slash-links]

Pages hold two placeholders the server fills per request: `__ORIGIN__` (scheme://host:port of
the request, so absolute links stay on the replica) and `__TODAY__` (the header date widget,
which like the real site's shows the day of the visit, never the publication date).

Discovery files, as a WordPress-like CMS serves them (`__ORIGIN__` filled in by the server too):

* `robots.txt`: the Disallow lines plus `Sitemap: __ORIGIN__/sitemap_index.xml` and
  `Sitemap: __ORIGIN__/news-sitemap.xml`.
* `/sitemap_index.xml`: a sitemap index of monthly sitemaps `/sitemaps/YYYY-MM.xml`, one per
  month with articles, each listing every article published that month (absolute,
  percent-encoded URLs; `<lastmod>` = modified_at or published_at). The oldest month is served
  gzipped only, `/sitemaps/YYYY-MM.xml.gz` (stored as the template `YYYY-MM.xml.gz.tmpl`; the
  server fills it and compresses it per request).
* `/news-sitemap.xml`: a Google News sitemap of the articles of the last NEWS_SITEMAP_DAYS days
  counting back from the newest article's publication (deterministic, not the wall clock).
* `/feed/` (RSS 2.0, file `feed/index.xml`) and `/feed/atom/` (Atom 1.0, `feed/atom/index.xml`):
  the latest FEED_SIZE listed articles. Every HTML page's <head> links both.
* The ARCHIVE_ARTICLES old articles (2019-2020, `replica.content`) have pages like the others but
  only the sitemaps list them (truth `sitemap_only`); the number is fixed at every --scale.

Truth: every article record has `sitemap_only` and `lastmod` (the sitemap's value); the top level
has `sitemap_index`, `sitemaps` (paths of the monthly sitemaps), `news_sitemap`, `feeds` and
`slash_links` (whether the pages link with trailing slashes; truth URLs never have one).

`--slash-links` (build(slash_links=True)) writes every internal link to sections, pages and
articles with a trailing slash, sitemaps and feeds included, as WordPress does; serve such a
build with `ReplicaServer(..., slash_redirect=True)` (`python -m replica.server --slash-redirect`).
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
from datetime import datetime, timedelta
from email.utils import format_datetime
from html import escape
from pathlib import Path
from urllib.parse import quote

from replica.content import (LOAD_MORE_PAGE_SIZE, LOAD_MORE_SECTION, MONTHS_AR, PAGE_SIZE, SITE_TZ, Article,
                             build_site_model)

HERE = Path(__file__).parent
DEFAULT_OUT = HERE / "site"
TRUTH_FILE = HERE / "truth.json"

MISSING_ARTICLE = "/article/خبر-محذوف-من-الأرشيفjanuary-5,-2023,-3:15-pm"
SOFT_404_ARTICLE = "/article/محتوى-غير-متوفرmarch-2,-2024,-11:00-am"
OFFSITE_LINKS = [
    ("https://twitter.com/thelevantnews", "تويتر"),
    ("https://www.facebook.com/thelevantnews", "فيسبوك"),
    ("https://www.youtube.com/@thelevantnews", "يوتيوب"),
]
ROBOTS_DISALLOW = """User-agent: *
Disallow: /archive
Disallow: /print/
Disallow: /search
"""
SITEMAP_INDEX = "/sitemap_index.xml"
NEWS_SITEMAP = "/news-sitemap.xml"
RSS_FEED = "/feed/"
ATOM_FEED = "/feed/atom/"
FEED_SIZE = 20
NEWS_SITEMAP_DAYS = 2
SITE_NAME = "ليفانت نيوز"
SITEMAP_LINES = f"\nSitemap: __ORIGIN__{SITEMAP_INDEX}\nSitemap: __ORIGIN__{NEWS_SITEMAP}\n"
ROBOTS_TXT = ROBOTS_DISALLOW + SITEMAP_LINES
FEED_LINKS = (f'<link rel="alternate" type="application/rss+xml" title="{SITE_NAME} &raquo; الخلاصة" href="__ORIGIN__{RSS_FEED}">\n'
              f'<link rel="alternate" type="application/atom+xml" title="{SITE_NAME} &raquo; خلاصة Atom" href="__ORIGIN__{ATOM_FEED}">\n')


def robots_txt(extra_disallow: str = "") -> str:
    """robots.txt: the Disallow lines (plus `extra_disallow` lines), then the Sitemap lines."""
    return ROBOTS_DISALLOW + extra_disallow + SITEMAP_LINES

# Text of every piece of site chrome: none of it may ever appear in an article body.
CHROME_STRINGS = [
    "الوضع المظلم", "Logo", "عاجل", "الأكثر قراءة", "كاريكاتير", "النشرة الإخبارية",
    "اشترك في قائمتنا البريدية للحصول على التحديثات الجديدة!", "شارك المقال", "طباعة",
    "جميع الحقوق محفوظة", "من نحن", "اتصل بنا", "إعلان", "googletag",
]


_SLASH = False   # build(slash_links=True): internal links end with "/" (set only while building)


def _href(path: str, encoded: bool = False) -> str:
    return quote(path, safe="/,:?=&#-") if encoded else path


def _link(path: str) -> str:
    """An internal page path as the site links it: with a trailing slash in slash-links builds."""
    return path if not _SLASH or path.endswith("/") else path + "/"


def page(title: str, main: str, ticker: list[Article], most_read: list[Article], sections,
         head_extra: str = "") -> str:
    nav = "".join(f'<li><a href="{_link("/section/" + s)}">{escape(n)}</a></li>' for s, n, _ in sections)
    nav += f'<li><a href="{_link("/caricature")}">كاريكاتير</a></li><li><a href="/archive/">الأرشيف</a></li>'
    tick = "".join(f'<li><a href="{_href(_link(a.path))}">{escape(a.title)}</a></li>' for a in ticker)
    most = "".join(
        f'<li><a href="{_href(_link(a.path))}?utm_source=most_read&amp;utm_medium=sidebar">{escape(a.title)}</a></li>'
        for a in most_read)
    social = "".join(f'<a href="{u}" rel="noopener">{escape(n)}</a>' for u, n in OFFSITE_LINKS)
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<link rel="stylesheet" href="/static/site.css">
{FEED_LINKS}{head_extra}</head>
<body class="rtl">
<header class="site-header">
  <div class="top-bar">
    <button class="theme-toggle" type="button">الوضع المظلم</button>
    <div class="header-date">__TODAY__</div>
  </div>
  <a class="site-logo" href="/"><img src="/static/logo.png" alt="Logo"></a>
  <nav class="main-menu"><ul>{nav}</ul></nav>
  <form class="search" action="/search"><input name="q" placeholder="بحث"></form>
  <div class="news-ticker"><span class="ticker-label">عاجل</span><ul>{tick}</ul></div>
</header>
<main class="site-main">
{main}
<aside class="sidebar">
  <div class="most-read"><h3>الأكثر قراءة</h3><ol>{most}</ol></div>
</aside>
<section class="caricature-block"><h3>كاريكاتير</h3><a href="{_link("/caricature")}"><img src="/static/caricature/latest.jpg" alt="كاريكاتير"></a></section>
</main>
<footer class="site-footer">
  <div class="newsletter"><h3>النشرة الإخبارية</h3><p>اشترك في قائمتنا البريدية للحصول على التحديثات الجديدة!</p>
    <form action="/newsletter" method="post"><input type="email" name="email"><button>اشترك</button></form></div>
  <ul class="footer-links"><li><a href="{_link("/about")}">من نحن</a></li><li><a href="{_link("/contact")}">اتصل بنا</a></li><li><a href="{_link("/privacy")}">سياسة الخصوصية</a></li></ul>
  <div class="social">{social}</div>
  <p class="copyright">جميع الحقوق محفوظة © ليفانت نيوز</p>
</footer>
</body>
</html>
"""


def _iso(dt) -> str:
    return dt.isoformat()


def structured_data(a: Article, authors: list[str]) -> str:
    url = "__ORIGIN__" + _href(_link(a.path), encoded=True)
    news = {
        "@type": "NewsArticle", "headline": a.title, "datePublished": _iso(a.published),
        "articleSection": a.section_name, "mainEntityOfPage": url,
        "image": ["__ORIGIN__/static/images/" + a.key + ".jpg"],
        "author": ([{"@type": "Person", "name": n} for n in authors]
                   or [{"@type": "Organization", "name": "ليفانت نيوز"}]),
        "publisher": {"@type": "Organization", "name": "ليفانت نيوز",
                      "logo": {"@type": "ImageObject", "url": "__ORIGIN__/static/logo.png"}},
        "inLanguage": "ar",
    }
    if a.modified:
        news["dateModified"] = _iso(a.modified)
    if a.tags:
        news["keywords"] = ", ".join(a.tags)
    og = (f'<meta property="og:site_name" content="ليفانت نيوز">\n'
          f'<meta property="og:type" content="article">\n'
          f'<meta property="og:title" content="{escape(a.title)} | ليفانت نيوز">\n'
          f'<meta property="og:url" content="{url}">\n'
          f'<meta property="og:image" content="__ORIGIN__/static/images/{a.key}.jpg">\n'
          f'<meta property="article:published_time" content="{_iso(a.published)}">\n'
          f'<meta property="article:section" content="{escape(a.section_name)}">\n'
          + "".join(f'<meta property="article:tag" content="{escape(t)}">\n' for t in a.tags))
    canonical = f'<link rel="canonical" href="{url}">\n'
    if a.variant == "jsonld":
        doc = {"@context": "https://schema.org", **news}
        return canonical + og + f'<script type="application/ld+json">{json.dumps(doc, ensure_ascii=False)}</script>\n'
    if a.variant == "jsonld-graph":
        doc = {"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "name": "ليفانت نيوز", "url": "__ORIGIN__/"},
            {"@type": "WebPage", "@id": url, "name": a.title + " | ليفانت نيوز"},
            news]}
        return canonical + f'<script type="application/ld+json">{json.dumps(doc, ensure_ascii=False)}</script>\n'
    if a.variant == "jsonld-broken":
        # A CMS plugin bug: invalid JSON (trailing comma). The date must then come from the URL.
        return (canonical + '<script type="application/ld+json">{"@context": "https://schema.org", '
                f'"@type": "NewsArticle", "headline": {json.dumps(a.title, ensure_ascii=False)}, }}</script>\n')
    if a.variant == "og":
        return canonical + og
    return ""  # printed / url-only: no structured data at all


def article_page(a: Article, model: dict, latest: list[Article], most_read: list[Article]) -> str:
    by_key = model["by_key"]
    raw = a.raw_paragraphs or a.paragraphs
    blocks = [f"<p>{escape(p)}</p>" for p in raw]
    # Insert read-also lines (from the highest position down so indexes stay valid).
    for pos, label, target_key, deco in sorted(a.read_also, key=lambda r: r[0], reverse=True):
        t = by_key[target_key]
        style = len(t.title) % 2
        lab = f"<strong>{escape(label)}</strong>" if style else escape(label)
        blocks.insert(pos, f'<p>{lab} <a href="{_href(_link(t.path), encoded=bool(style))}{deco}">{escape(t.title)}</a></p>')
    n = int(a.key[1:]) if a.key[1:].isdigit() else 0
    if n % 4 == 0 and len(blocks) > 3:
        blocks.insert(2, f'<figure class="inline-image"><img src="/static/images/{a.key}-2.jpg" alt="">'
                         f"<figcaption>{escape(a.caption)}</figcaption></figure>")
    if n % 5 == 2:
        blocks.insert(len(blocks) // 2, '<div class="ad-slot">إعلان<script>googletag.cmd.push(function(){});</script></div>')
        blocks.insert(1, "<p>&nbsp;</p>")
    if a.source_line:
        src = f"<p>{escape(a.source_line)}</p>"
        if a.source_at_top:
            blocks.insert(0, f"<p><strong>{escape(a.source_line)}</strong></p>")
        else:
            blocks.append(src)
    share = (f'<div class="share-row"><span>شارك المقال</span> '
             f'<a href="https://www.facebook.com/sharer/sharer.php?u=__ORIGIN__{_href(_link(a.path), True)}">فيسبوك</a> '
             f'<a href="https://twitter.com/intent/tweet?url=__ORIGIN__{_href(_link(a.path), True)}">تويتر</a> '
             f'<a href="/print{_href(_link(a.path))}">طباعة</a></div>')
    meta = []
    if a.printed_date:
        meta.append(f'<span class="post-date">{escape(a.printed_date)}</span>')
    for name in a.authors:
        meta.append(f'<span class="post-author">بقلم: <a href="{_link("/author/" + escape(name))}">{escape(name)}</a></span>')
    tags = "".join(f'<a href="{_link("/tag/" + escape(t))}" rel="tag">{escape(t)}</a>' for t in a.tags)
    content = f"""  <div class="post-content">
{chr(10).join('    ' + b for b in blocks)}
  </div>"""
    if a.needs_js:  # the HTML holds an empty body; a script inserts it after load
        content = js_body(a)
    main = f"""<article class="post-single">
  <div class="post-category"><a href="/section/{a.section}/">{escape(a.section_name)}</a></div>
  <h1 class="post-title">{escape(a.title)}</h1>
  <div class="post-meta">{''.join(meta)}</div>
  <figure class="post-image"><img src="/static/images/{a.key}.jpg" alt="{escape(a.title)}"><figcaption>{escape(a.caption)}</figcaption></figure>
{content}
  {share}
  <div class="post-tags">{tags}</div>
</article>"""
    ticker = [a] + [x for x in latest[:3] if x is not a][:2]
    return page(f"{a.title} | ليفانت نيوز", main, ticker, most_read, model["sections"],
                head_extra=structured_data(a, a.authors))


def article_blocks_html(a: Article, model: dict) -> str:
    """The body HTML of an article page (what a JS article's API returns)."""
    page_html = article_page(Article(**{**a.__dict__, "needs_js": False}), model, [], [])
    start = page_html.index('<div class="post-content">') + len('<div class="post-content">')
    return page_html[start:page_html.index("\n  </div>", start)] + "\n  "


def js_body(a: Article) -> str:
    """An empty body plus the script that fetches and inserts it (one page waits 400 ms first)."""
    delay = 400 if int(a.key[1:]) % 3 == 0 else 0
    return f"""  <div class="post-content" id="post-content" data-src="/api/article/{a.key}"><div class="loader" aria-busy="true"></div></div>
  <script>
  setTimeout(function () {{
    var box = document.getElementById("post-content");
    fetch(box.getAttribute("data-src")).then(function (r) {{ return r.json(); }})
      .then(function (data) {{ box.innerHTML = data.html; }});
  }}, {delay});
  </script>"""


def load_more_page(section, model, latest, most_read) -> str:
    """A section whose list a script loads from a JSON endpoint, page by page ("load more")."""
    slug, name, _ = section
    main = f"""<section class="section-listing"><h1 class="section-title">{escape(name)}</h1>
<div class="post-list" id="post-list" data-endpoint="/api/section/{slug}?page=1"></div>
<button class="load-more" id="load-more" type="button">تحميل المزيد</button>
<script>
(function () {{
  var list = document.getElementById("post-list"), button = document.getElementById("load-more");
  var next = list.getAttribute("data-endpoint");
  function load() {{
    if (!next) return;
    fetch(next).then(function (r) {{ return r.json(); }}).then(function (data) {{
      data.articles.forEach(function (a) {{
        var card = document.createElement("div"), link = document.createElement("a"), h = document.createElement("h2");
        card.className = "post-card"; link.href = a.url; h.textContent = a.title;
        link.appendChild(h); card.appendChild(link); list.appendChild(card);
      }});
      next = data.next;
      if (!next) button.remove();
    }});
  }}
  button.addEventListener("click", load);
  load();
}})();
</script></section>"""
    return page(f"{name} | ليفانت نيوز", main, latest[:3], most_read, model["sections"])


def load_more_api(section, items: list[Article]) -> dict[str, str]:
    """/api/section/<slug>?page=N as files: {"page", "pages", "articles": [{url, title, date}], "next"}."""
    slug = section[0]
    pages = max(1, -(-len(items) // LOAD_MORE_PAGE_SIZE))
    files = {}
    for p in range(1, pages + 1):
        chunk = items[(p - 1) * LOAD_MORE_PAGE_SIZE:p * LOAD_MORE_PAGE_SIZE]
        doc = {"page": p, "pages": pages,
               "articles": [{"url": _link(a.path), "title": a.title, "date": a.published.date().isoformat()}
                            for a in chunk],
               "next": f"/api/section/{slug}?page={p + 1}" if p < pages else None}
        files[f"api/section/{slug}/page-{p}.json"] = json.dumps(doc, ensure_ascii=False)
    return files


def card(a: Article, href_suffix: str = "") -> str:
    d = a.published
    if _SLASH and href_suffix == "/":
        href_suffix = ""
    return (f'<div class="post-card"><a href="{_href(_link(a.path))}{href_suffix}"><h2>{escape(a.title)}</h2></a>'
            f'<p class="excerpt">{escape(a.paragraphs[0][:120])}…</p>'
            f'<span class="card-date">{d.day} {MONTHS_AR[d.month - 1]} {d.year}</span></div>')


def listing_page(section, page_no: int, pages: int, items: list[Article], model, latest, most_read,
                 extra_cards: str = "") -> str:
    slug, name, _ = section
    suffixes = ["", "#comments", "?utm_source=section_page", "", "/"]
    cards = "".join(card(a, suffixes[i % len(suffixes)]) for i, a in enumerate(items)) + extra_cards
    links = []
    first = _link(f"/section/{slug}")
    if page_no > 1:
        prev = first if page_no == 2 else f"{first}?page={page_no - 1}"
        links.append(f'<a class="prev" rel="prev" href="{prev}">« السابق</a>')
    for p in range(1, pages + 1):
        href = first if p == 1 else f"{first}?page={p}"
        links.append(f'<span class="current">{p}</span>' if p == page_no else f'<a href="{href}">{p}</a>')
    if page_no < pages:
        links.append(f'<a class="next" rel="next" href="{first}?page={page_no + 1}">التالي »</a>')
    main = (f'<section class="section-listing"><h1 class="section-title">{escape(name)}</h1>'
            f'<div class="post-list">{cards}</div><nav class="pagination">{"".join(links)}</nav></section>')
    title = f"{name} | ليفانت نيوز" + (f" - صفحة {page_no}" if page_no > 1 else "")
    return page(title, main, latest[:3], most_read, model["sections"])


def static_page(title: str, body: str, model, latest, most_read) -> str:
    main = f'<section class="static-page"><h1>{escape(title)}</h1><p>{escape(body)}</p></section>'
    return page(f"{title} | ليفانت نيوز", main, latest[:3], most_read, model["sections"])


def truth_record(a: Article, by_key) -> dict:
    ra = []
    for _, _, target_key, _ in sorted(a.read_also, key=lambda r: r[0]):
        t = by_key[target_key]
        ra.append({"url": t.path, "title": t.title})
    return {
        "url": a.path, "title": a.title, "body": "\n\n".join(a.paragraphs),
        "published_at": a.published.isoformat(), "section": a.section_name, "source": a.source,
        "authors": a.authors, "tags": a.tags, "read_also": ra, "listed": a.listed,
        "variant": a.variant, "caption": a.caption,
        "modified_at": a.modified.isoformat() if a.modified else None,
        "needs_js": a.needs_js, "load_more": a.load_more,
        "sitemap_only": a.sitemap_only, "lastmod": lastmod(a).isoformat(),
    }


# --- discovery: sitemaps and feeds -------------------------------------------------------------


def lastmod(a: Article) -> datetime:
    """What the sitemaps write as an article's <lastmod>: its modification, else its publication."""
    return a.modified or a.published


def _xml(text: str) -> str:
    return escape(text, quote=True)


def _abs(path: str, slash: bool = False) -> str:
    """An absolute, percent-encoded URL of a site path (as the pages' canonical links print it)."""
    if slash and not path.endswith("/"):
        path += "/"
    return "__ORIGIN__" + _href(path, encoded=True)


def _urlset(rows: list[tuple[str, datetime]]) -> str:
    body = "".join(f"<url><loc>{_xml(loc)}</loc><lastmod>{mod.isoformat()}</lastmod></url>\n" for loc, mod in rows)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + body + "</urlset>\n")


def discovery_files(entries: list[tuple[Article, datetime]], feed_articles: list[Article], *,
                    slash: bool = False) -> tuple[dict[str, str], dict]:
    """Sitemap index, monthly sitemaps (the oldest month gzipped), Google News sitemap, RSS and
    Atom feeds. `entries`: every article with the lastmod to print; `feed_articles`: the
    articles the feeds may hold (newest first; the feeds take FEED_SIZE of them). Returns the
    files ({relative path: text}) and the truth fields naming them."""
    files: dict[str, str] = {}
    months: dict[str, list[tuple[Article, datetime]]] = {}
    for a, mod in sorted(entries, key=lambda e: e[0].published, reverse=True):
        months.setdefault(a.published.strftime("%Y-%m"), []).append((a, mod))
    gz_month = min(months)
    sitemaps, index_rows = [], []
    for month in sorted(months, reverse=True):
        rows = [(_abs(a.path, slash), mod) for a, mod in months[month]]
        path = f"/sitemaps/{month}.xml" + (".gz" if month == gz_month else "")
        files[path[1:] + (".tmpl" if month == gz_month else "")] = _urlset(rows)
        sitemaps.append(path)
        index_rows.append((path, max(mod for _, mod in months[month])))
    files[SITEMAP_INDEX[1:]] = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(f"<sitemap><loc>__ORIGIN__{p}</loc><lastmod>{mod.isoformat()}</lastmod></sitemap>\n"
                  for p, mod in index_rows)
        + "</sitemapindex>\n")

    newest = max(a.published for a, _ in entries)
    recent = sorted((a for a, _ in entries if a.published >= newest - timedelta(days=NEWS_SITEMAP_DAYS)),
                    key=lambda a: a.published, reverse=True)
    files[NEWS_SITEMAP[1:]] = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
        + "".join(f"<url><loc>{_xml(_abs(a.path, slash))}</loc><news:news><news:publication>"
                  f"<news:name>{SITE_NAME}</news:name><news:language>ar</news:language></news:publication>"
                  f"<news:publication_date>{a.published.isoformat()}</news:publication_date>"
                  f"<news:title>{_xml(a.title)}</news:title></news:news></url>\n" for a in recent)
        + "</urlset>\n")

    mods = dict((a.key, mod) for a, mod in entries)
    items = feed_articles[:FEED_SIZE]
    built = max(mods.get(a.key, a.published) for a in items)
    rss_items = "".join(
        f"<item>\n<title>{_xml(a.title)}</title>\n<link>{_xml(_abs(a.path, slash))}</link>\n"
        f'<guid isPermaLink="true">{_xml(_abs(a.path, slash))}</guid>\n'
        f"<pubDate>{format_datetime(a.published)}</pubDate>\n<category>{_xml(a.section_name)}</category>\n"
        + "".join(f"<dc:creator>{_xml(n)}</dc:creator>\n" for n in a.authors)
        + f"<description>{_xml(a.paragraphs[0])}</description>\n</item>\n" for a in items)
    files["feed/index.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        f"<channel>\n<title>{SITE_NAME}</title>\n"
        f'<atom:link href="__ORIGIN__{RSS_FEED}" rel="self" type="application/rss+xml"/>\n'
        f"<link>__ORIGIN__/</link>\n<description>موقع إخباري مستقل</description>\n<language>ar</language>\n"
        f"<lastBuildDate>{format_datetime(built)}</lastBuildDate>\n{rss_items}</channel>\n</rss>\n")
    entries_xml = "".join(
        f"<entry>\n<title>{_xml(a.title)}</title>\n"
        f'<link rel="alternate" type="text/html" href="{_xml(_abs(a.path, slash))}"/>\n'
        f"<id>{_xml(_abs(a.path, slash))}</id>\n<published>{a.published.isoformat()}</published>\n"
        f"<updated>{mods.get(a.key, a.published).isoformat()}</updated>\n"
        + "".join(f"<author><name>{_xml(n)}</name></author>\n" for n in a.authors)
        + f'<category term="{_xml(a.section_name)}"/>\n'
        f'<summary type="text">{_xml(a.paragraphs[0])}</summary>\n</entry>\n' for a in items)
    files["feed/atom/index.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">\n'
        f"<title>{SITE_NAME}</title>\n<subtitle>موقع إخباري مستقل</subtitle>\n<id>__ORIGIN__/</id>\n"
        f'<link rel="self" type="application/atom+xml" href="__ORIGIN__{ATOM_FEED}"/>\n'
        f'<link rel="alternate" type="text/html" href="__ORIGIN__/"/>\n'
        f"<updated>{built.isoformat()}</updated>\n<author><name>{SITE_NAME}</name></author>\n"
        f"{entries_xml}</feed>\n")
    truth = {"sitemap_index": SITEMAP_INDEX, "sitemaps": sitemaps, "news_sitemap": NEWS_SITEMAP,
             "feeds": [RSS_FEED, ATOM_FEED]}
    return files, truth


def gzip_bytes(data: bytes) -> bytes:
    """gzip as the server sends a `.xml.gz` (no timestamp: the same bytes every time)."""
    return gzip.compress(data, mtime=0)


def build(out: Path = DEFAULT_OUT, scale: int = 1, truth_file: Path | None = TRUTH_FILE, extra: int = 0,
          js_articles: int | None = None, slash_links: bool = False) -> dict:
    """Render the site into `out`; `extra` > 0 adds newer articles (see build_site_model);
    `js_articles` overrides how many articles need JavaScript; `slash_links` writes every
    internal link to sections, pages and articles with a trailing slash (WordPress style)."""
    global _SLASH
    _SLASH = slash_links
    try:
        return _build(Path(out), scale, truth_file, extra, js_articles, slash_links)
    finally:
        _SLASH = False


def _build(out: Path, scale: int, truth_file: Path | None, extra: int, js_articles: int | None,
           slash_links: bool) -> dict:
    model = build_site_model(scale=scale, extra=extra,
                             **({} if js_articles is None else {"js_articles": js_articles}))
    articles: list[Article] = model["articles"]
    by_key = model["by_key"]
    listed = [a for a in articles if a.listed]
    listed = [a for a in listed if not a.load_more]  # those are listed by the JSON endpoint only
    latest = listed
    most_read = sorted(listed, key=lambda a: len(a.title))[:5]
    if out.exists():
        shutil.rmtree(out)
    (out / "article").mkdir(parents=True)
    files: dict[str, str] = {}

    home_cards = "".join(card(a) for a in listed[:12])
    home_cards += ('<div class="post-card external"><a href="https://www.bbc.com/arabic/articles/c0000000">'
                   '<h2>من مصادر أخرى: تقرير عن اللاجئين</h2></a></div>')
    files["index.html"] = page("ليفانت نيوز | الرئيسية",
                               f'<section class="home"><div class="post-list">{home_cards}</div></section>',
                               latest[:3], most_read, model["sections"])
    for section in model["sections"]:
        slug = section[0]
        if section == LOAD_MORE_SECTION:
            files[f"section/{slug}/page-1.html"] = load_more_page(section, model, latest, most_read)
            files.update(load_more_api(section, [a for a in articles if a.load_more]))
            continue
        items = [a for a in listed if a.section == slug]
        pages = max(1, -(-len(items) // PAGE_SIZE))
        for p in range(1, pages + 1):
            extra = ""
            if slug == "news" and p == 2:
                extra = (f'<div class="post-card"><a href="{_link(MISSING_ARTICLE)}"><h2>خبر حذف من الموقع</h2></a></div>')
            if slug == "economy" and p == 1:
                extra = (f'<div class="post-card"><a href="{_link(SOFT_404_ARTICLE)}"><h2>تقرير اقتصادي</h2></a></div>'
                         f'<div class="post-card"><a href="__ORIGIN__{_href(items[0].path, True)}/?utm_source=twitter&amp;utm_campaign=share#top">'
                         f"<h2>{escape(items[0].title)}</h2></a></div>")
            files[f"section/{slug}/page-{p}.html"] = listing_page(
                section, p, pages, items[(p - 1) * PAGE_SIZE:p * PAGE_SIZE], model, latest, most_read, extra)
    for a in articles:
        files["article/" + a.path[len("/article/"):] + ".html"] = article_page(a, model, latest, most_read)
        if a.needs_js:
            files[f"api/article/{a.key}.json"] = json.dumps({"html": article_blocks_html(a, model)},
                                                            ensure_ascii=False)
    files["article/" + SOFT_404_ARTICLE[len("/article/"):] + ".html"] = static_page(
        "المحتوى غير متوفر", "عذراً، هذا المحتوى غير متوفر حالياً.", model, latest, most_read)
    caric = "".join(f'<figure><img src="/static/caricature/{i}.jpg" alt="كاريكاتير"><figcaption>كاريكاتير العدد {i}</figcaption></figure>'
                    for i in range(1, 6))
    files["caricature.html"] = page("كاريكاتير | ليفانت نيوز",
                                    f'<section class="caricature-page"><h1>كاريكاتير</h1>{caric}</section>',
                                    latest[:3], most_read, model["sections"])
    files["about.html"] = static_page("من نحن", "ليفانت نيوز موقع إخباري مستقل مقره لندن.", model, latest, most_read)
    files["contact.html"] = static_page("اتصل بنا", "للتواصل مع فريق التحرير عبر البريد الإلكتروني.", model, latest, most_read)
    files["privacy.html"] = static_page("سياسة الخصوصية", "نحترم خصوصية زوارنا.", model, latest, most_read)
    files["robots.txt"] = ROBOTS_TXT
    discovery, discovery_truth = discovery_files([(a, lastmod(a)) for a in articles], listed, slash=slash_links)
    files.update(discovery)
    for rel, text in files.items():
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    truth = {
        "site_timezone": str(SITE_TZ),
        "missing_article": MISSING_ARTICLE,
        "soft_404_article": SOFT_404_ARTICLE,
        "disallowed_prefixes": ["/archive", "/print/", "/search"],
        "offsite_links": [u for u, _ in OFFSITE_LINKS] + ["https://www.bbc.com/arabic/articles/c0000000"],
        "non_article_pages": ["/about", "/contact", "/privacy", "/caricature"],
        "chrome_strings": CHROME_STRINGS,
        **discovery_truth,
        "slash_links": slash_links,
        "articles": [truth_record(a, by_key) for a in articles],
    }
    if truth_file is not None:
        truth_file.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return truth


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--scale", type=int, default=1)
    ap.add_argument("--truth", type=Path, default=None)
    ap.add_argument("--extra", type=int, default=0, help="add N newer articles")
    ap.add_argument("--slash-links", action="store_true",
                    help="link sections, pages and articles with a trailing slash (WordPress style)")
    args = ap.parse_args()
    truth_file = args.truth or (TRUTH_FILE if args.out == DEFAULT_OUT else args.out / "truth.json")
    truth = build(args.out, args.scale, truth_file, extra=args.extra, slash_links=args.slash_links)
    print(f"built {len(truth['articles'])} articles into {args.out}")


if __name__ == "__main__":
    main()
