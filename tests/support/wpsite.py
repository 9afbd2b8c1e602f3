"""A small WordPress-style Arabic news site for the `news` spider's end-to-end test.

Built into a folder (one index.html per path) and served by replica.server. Its articles
are the truth: the generic spider must find exactly them, with the right fields.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

CATEGORIES = [("politics", "سياسة"), ("economy", "اقتصاد"), ("culture", "ثقافة")]
SENTENCES = [
    "قال مسؤولون محليون إن الأوضاع تشهد تحسناً تدريجياً بعد أسابيع من التوتر في المنطقة.",
    "وأشار التقرير إلى أن عدد المستفيدين من البرنامج تجاوز عشرة آلاف شخص خلال العام الماضي.",
    "ويرى خبراء أن الإجراءات الجديدة قد تسهم في خفض الأسعار على المدى المتوسط إذا طبقت بحزم.",
    "وأكدت مصادر مطلعة أن المفاوضات ستستأنف الأسبوع المقبل في العاصمة بحضور ممثلين عن الأطراف كافة.",
    "ولفت الباحثون إلى أهمية الحفاظ على التراث الثقافي في المدن القديمة التي تضررت خلال السنوات الأخيرة.",
    "وطالبت منظمات المجتمع المدني بمزيد من الشفافية في إدارة الموارد العامة ونشر البيانات بانتظام.",
]
TZ = ZoneInfo("Africa/Cairo")
PER_PAGE = 3


def _page(title: str, main: str) -> str:
    nav = "".join(f'<li><a href="/category/{c}/">{escape(n)}</a></li>' for c, n in CATEGORIES)
    return f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="UTF-8"><title>{escape(title)} – مرصد الأخبار</title>
<meta property="og:site_name" content="مرصد الأخبار"></head><body>
<header class="site-header"><div class="today">الاثنين 25 نوفمبر 2024</div><a href="/">مرصد الأخبار</a>
<nav class="main-navigation"><ul>{nav}</ul></nav></header>
<main>{main}</main>
<aside class="widget-area"><section class="widget"><h2>الأكثر قراءة</h2></section></aside>
<footer><a href="/about/">من نحن</a> <a href="/tag/news/">أخبار</a> <a href="https://twitter.com/marsad">تويتر</a></footer>
</body></html>"""


def build(out: Path, n_articles: int = 12) -> list[dict]:
    out = Path(out)
    articles = []
    start = datetime(2024, 1, 5, 9, 0, tzinfo=TZ)
    for i in range(n_articles):
        cat, cat_name = CATEGORIES[i % len(CATEGORIES)]
        when = start + timedelta(days=9 * i, hours=i)
        title = f"{cat_name}: تقرير رقم {i + 1} عن تطورات الأوضاع في المنطقة"
        slug = f"report-{i + 1}-on-the-situation"
        path = f"/{when:%Y/%m/%d}/{slug}/"
        paras = [SENTENCES[(i + k) % len(SENTENCES)] for k in range(3 + i % 3)]
        articles.append({"url": path.rstrip("/"), "title": title, "category": cat, "section": cat_name,
                         "published_at": when.isoformat(), "body": "\n\n".join(paras), "paragraphs": paras,
                         "jsonld": i % 2 == 0, "home": i >= n_articles - 3})
    for a in articles:
        ld = ""
        if a["jsonld"]:
            ld = ('<script type="application/ld+json">' + json.dumps({
                "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                "datePublished": a["published_at"], "articleSection": a["section"]}, ensure_ascii=False) + "</script>")
        dt = datetime.fromisoformat(a["published_at"])
        printed = f'<time class="entry-date" datetime="{dt.isoformat()}">{dt.day} {dt.month} {dt.year}</time>'
        body = "".join(f"<p>{escape(p)}</p>" for p in a["paragraphs"])
        related = (f'<div class="jp-relatedposts"><h3>مواضيع ذات صلة</h3>'
                   f'<a href="{articles[0]["url"]}/">{escape(articles[0]["title"])}</a></div>')
        main = (f'<article class="post"><header class="entry-header"><h1 class="entry-title">{escape(a["title"])}</h1>'
                f'<div class="entry-meta">{printed}</div></header><div class="entry-content">{body}{related}</div></article>'
                f'<div id="comments"><h3>أضف تعليقاً</h3></div>')
        html = _page(a["title"], main).replace("</head>", ld + "</head>")
        _write(out, a["url"], html)
    for cat, cat_name in CATEGORIES:
        items = [a for a in articles if a["category"] == cat]
        pages = -(-len(items) // PER_PAGE)
        for p in range(1, pages + 1):
            cards = "".join(f'<h2 class="entry-title"><a href="{a["url"]}/">{escape(a["title"])}</a></h2>'
                            for a in items[(p - 1) * PER_PAGE:p * PER_PAGE])
            nav = f'<a class="next page-numbers" href="/category/{cat}/page/{p + 1}/">التالي</a>' if p < pages else ""
            path = f"/category/{cat}/" if p == 1 else f"/category/{cat}/page/{p}/"
            _write(out, path, _page(cat_name, f'<h1>{escape(cat_name)}</h1>{cards}<nav class="navigation pagination">{nav}</nav>'))
    home = "".join(f'<h2><a href="{a["url"]}/">{escape(a["title"])}</a></h2>' for a in articles if a["home"])
    _write(out, "/", _page("الرئيسية", home))
    _write(out, "/about/", _page("من نحن", "<h1>من نحن</h1><p>موقع إخباري مستقل يغطي أخبار المنطقة العربية منذ سنوات طويلة، ويقدم تقارير وتحليلات معمقة.</p>"))
    _write(out, "/tag/news/", _page("أخبار", "<h1>أخبار</h1>"))
    (out / "robots.txt").write_text("User-agent: *\nDisallow: /wp-admin/\n", encoding="utf-8")
    return articles


def _write(out: Path, path: str, html: str) -> None:
    target = out / path.strip("/") / "index.html" if path.strip("/") else out / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(html, encoding="utf-8")
