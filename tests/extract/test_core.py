"""extract_article on saved replica pages, the seed article, and pages it was not written for."""

import json

import pytest

from newscrawler.extract import NotAnArticle, extract_article, extract_raw
from tests.support.pages import SEED, article_file, page_html, rendered_article_html

ORIGIN = "http://127.0.0.1:8080"


def _articles():
    import json

    from replica.build import TRUTH_FILE
    return json.loads(TRUTH_FILE.read_text(encoding="utf-8"))["articles"]


@pytest.mark.parametrize("art", _articles(), ids=lambda a: a["variant"] + ":" + a["url"][9:30])
def test_replica_article_matches_truth(art):
    # Articles that need JavaScript as the browser leaves them (tests/e2e/test_rendering.py: plainly empty)
    item = extract_article(rendered_article_html(art["url"], ORIGIN), ORIGIN + art["url"])
    assert item is not None
    assert item["url"] == ORIGIN + art["url"]
    assert item["title"] == art["title"]
    assert item["body"] == art["body"]
    assert item["published_at"] == art["published_at"]
    assert item["modified_at"] == art["modified_at"]
    assert item["section"] == art["section"]
    assert item["source"] == art["source"]
    assert item["authors"] == art["authors"]
    assert item["tags"] == art["tags"]
    assert item["read_also"] == [{"url": ORIGIN + r["url"], "title": r["title"]} for r in art["read_also"]]
    assert item["images"][0]["caption"] == art["caption"]
    assert item["language"] == "ar"


def test_seed_article_word_for_word(truth):
    seed = next(a for a in truth["articles"] if "زعيم كوريا الشمالية" in a["title"])
    item = extract_article(page_html(article_file(seed["url"]), ORIGIN), ORIGIN + seed["url"])
    lines = SEED.read_text(encoding="utf-8").splitlines()
    body = lines[lines.index("زعيم كوريا الشمالية") + 1:lines.index('ليفانت نيوز_ "أسوشيتد برس"')]
    expected = [" ".join(ln.split()) for ln in body if ln.strip() and not ln.startswith("اقرأ أيضاً")]
    assert item["body"].split("\n\n") == expected
    assert item["source"] == "أسوشيتد برس"
    assert item["read_also"][0]["title"] == 'كيم جونغ أون في روسيا وواشنطن تحذّر من صفقة أسلحة "محتملة"'
    # No structured data on this page: the date comes from the URL, never from the widget.
    assert item["published_at_raw"] == "september-13,-2023,-4:20-pm"
    assert item["published_at"] == "2023-09-13T16:20:00+01:00"


def test_widget_is_never_the_publication_date():
    html = page_html("about.html").replace('<section class="static-page">', '<article><h1>عنوان</h1><div class="post-content">')
    html = html.replace("</section>", "</div></article>", 1)
    item = extract_article(html.replace("<p>ليفانت", "<p>" + "نص طويل. " * 40 + "ليفانت"),
                           "https://thelevantnews.com/article/no-date-here")
    assert item is not None and item["published_at"] is None and item["published_at_raw"] is None


def test_non_article_pages_give_none(truth):
    for rel, path in [("index.html", "/"), ("about.html", "/about"), ("caricature.html", "/caricature"),
                      ("section/news/page-1.html", "/section/news"),
                      (article_file(truth["soft_404_article"]), truth["soft_404_article"])]:
        assert extract_article(page_html(rel, ORIGIN), ORIGIN + path) is None, path
    with pytest.raises(NotAnArticle):
        extract_raw(page_html("about.html", ORIGIN), ORIGIN + "/about", strict=True)


GENERIC = """<html lang="ar"><head><meta charset="windows-1256"><title>موقع آخر - خبر</title></head><body>
<header><div class="date">الجمعة 22 نوفمبر 2024</div><nav><a href="/">الرئيسية</a></nav></header>
<div class="main"><h1>عنوان الخبر في موقع آخر</h1><span class="date">نشر في: 2023-05-04 10:30</span>
<p>الفقرة الأولى من الخبر تتحدث عن تطورات مهمة في المنطقة خلال الأسبوع الماضي وما تبعها من ردود فعل.</p>
<p>الفقرة الثانية تضيف تفاصيل أخرى حول الموضوع نفسه، وتنقل تصريحات المسؤولين المحليين والدوليين.</p>
<p>اقرأ أيضاً: <a href="/news/2">خبر آخر مرتبط</a></p>
<p>الفقرة الثالثة تختم الخبر بتوقعات المحللين لما قد يحدث في الأيام المقبلة على الصعيدين السياسي والاقتصادي.</p>
</div><footer><p>جميع الحقوق محفوظة</p></footer></body></html>"""


def test_generic_page_in_windows_1256_bytes():
    item = extract_article(GENERIC.encode("windows-1256"), "https://other.example/news/1")
    assert item is not None
    assert item["title"] == "عنوان الخبر في موقع آخر"
    assert item["body"].split("\n\n")[0].startswith("الفقرة الأولى")
    assert len(item["body"].split("\n\n")) == 3
    assert item["read_also"] == [{"url": "https://other.example/news/2", "title": "خبر آخر مرتبط"}]
    assert item["published_at"] == "2023-05-04T10:30:00+00:00"  # no site profile: UTC
    assert "جميع الحقوق" not in item["body"] and "الرئيسية" not in item["body"]


@pytest.mark.parametrize("junk", [b"", b"\x00\x01\x02\xff" * 100, "<html>", "<div>" * 5000, "plain text, no html",
                                  "<html><body><article><h1>x</h1></article></body></html>"])
def test_bad_input_returns_none_never_raises(junk):
    assert extract_article(junk, "https://thelevantnews.com/article/x") is None


def _js_articles():
    from replica.build import TRUTH_FILE
    return [a for a in json.loads(TRUTH_FILE.read_text(encoding="utf-8"))["articles"] if a["needs_js"]]


@pytest.mark.parametrize("art", _js_articles(), ids=lambda a: a["url"][9:30])
def test_js_article_is_empty_plainly_and_complete_once_its_script_ran(art):
    url = ORIGIN + art["url"]
    plain = page_html(article_file(art["url"]), ORIGIN)
    assert extract_article(plain, url) is None  # no body: nothing a peer could return
    assert extract_raw(plain, url)["body"] == ""  # what makes the spider render it (empty_body)
    rendered = rendered_article_html(art["url"], ORIGIN)
    assert rendered != plain and extract_article(rendered, url)["body"] == art["body"]


SHORT = """<html lang="ar"><head><meta charset="utf-8"><title>{title} | ليفانت نيوز</title></head><body>
<header><div class="d">الجمعة ٢٢ / نوفمبر / ٢٠٢٤</div><nav><a href="/">الرئيسية</a><a href="/section/news">أخبار</a></nav></header>
<main><div class="x7Gh2"><h1 class="a_k2">{title}</h1><div class="q9Zr">{body}</div></div></main>
<footer><p>جميع الحقوق محفوظة</p></footer></body></html>"""
SHORT_URL = "https://thelevantnews.com/article/خبر-قصير-عن-الطقسmarch-3,-2024,-9:15-am"


def test_short_article_at_an_article_url_is_kept_by_its_structure():
    body = ("<p>أعلنت الأرصاد الجوية عن موجة برد تضرب المنطقة اعتباراً من صباح الغد، مع توقعات بهطول أمطار غزيرة"
            " على المناطق الساحلية.</p><p>ودعت السلطات السكان إلى توخي الحذر على الطرقات.</p>")
    item = extract_article(SHORT.format(title="موجة برد تضرب المنطقة", body=body), SHORT_URL)
    assert item is not None and len(item["body"]) < 250
    assert item["title"] == "موجة برد تضرب المنطقة" and item["published_at"] == "2024-03-03T09:15:00+00:00"
    # Not at an article URL, or without a date anywhere: not enough to call it an article.
    assert extract_article(SHORT.format(title="موجة برد تضرب المنطقة", body=body),
                           "https://thelevantnews.com/section/news") is None
    assert extract_article(SHORT.format(title="موجة برد تضرب المنطقة", body=body),
                           "https://thelevantnews.com/article/خبر-قصير") is None


def test_short_soft_404s_and_listings_at_article_urls_are_still_rejected():
    gone = "<p>عذراً، الصفحة المطلوبة غير موجودة أو تم نقلها.</p>"
    assert extract_article(SHORT.format(title="خطأ", body=gone), SHORT_URL) is None
    cards = "".join(f'<div><a href="/article/خبر-{i}">عنوان خبر رقم {i} في القائمة</a></div>' for i in range(6))
    assert extract_article(SHORT.format(title="أخبار", body=cards), SHORT_URL) is None


def test_a_layout_whose_body_selector_matches_a_redesign_but_not_its_title_still_finds_the_headline():
    """A redesign that keeps `.entry-content` (the levant layout's body selector) but prints the
    headline in an <h3>: the headline, its section link and the title are found all the same."""
    html = ('<html lang="ar"><head><meta charset="utf-8"><title>خبر عن الاقتصاد » ليفانت نيوز</title></head><body>'
            '<div id="header"><h1 class="title"><a href="/">ليفانت نيوز</a></h1></div>'
            '<div class="post"><header><a class="post-labels" href="/economy/">اقتصاد</a>'
            '<h3 class="post-title">خبر عن الاقتصاد</h3></header><div class="post-body entry-content">'
            + "<p>فقرة من نص الخبر تتحدث عن تطورات الاقتصاد في المنطقة خلال العام الماضي.</p>" * 4
            + "</div></div></body></html>")
    item = extract_article(html, "https://thelevantnews.com/article/خبر-عن-الاقتصادmay-1,-2024,-10:00-am")
    assert item["title"] == "خبر عن الاقتصاد" and item["section"] == "اقتصاد"


def _titled(ld_headline: str | None, og: str | None, h1: str, title: str) -> str:
    ld = (f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", "headline": ld_headline}, ensure_ascii=False)}'
          "</script>") if ld_headline else ""
    meta = f'<meta property="og:title" content="{og}">' if og else ""
    body = "<p>" + "فقرة من نص الخبر تتحدث عن تطورات الأحداث في المدينة خلال الأيام الماضية. " * 4 + "</p>"
    return (f"<html><head><title>{title}</title>{ld}{meta}<meta property='og:site_name' content='المسار'></head>"
            f"<body><div class='ticker'><h2>خبر عاجل من الشريط الإخباري</h2></div><article><h1>{h1}</h1>"
            f"<div class='entry-content'>{body}{body}</div></article></body></html>")


def test_titles_html_entities_decoded_in_json_ld_and_meta():
    html = _titled("الرئيس يقول &quot;لا حل عسكرياً&quot; للأزمة", "الرئيس يقول &amp;quot;لا حل عسكرياً&amp;quot; للأزمة",
                   'الرئيس يقول "لا حل عسكرياً" للأزمة', 'الرئيس يقول "لا حل عسكرياً" للأزمة - المسار')
    assert extract_article(html, "https://masar.example/2024/10/03/x")["title"] == 'الرئيس يقول "لا حل عسكرياً" للأزمة'


@pytest.mark.parametrize("ld, og, title", [
    ("عنوان قديم للخبر نسيه محرك النشر", "وزير الخارجية يلتقي نظيره في عمان", "وزير الخارجية يلتقي نظيره في عمان | المسار"),
    (None, "خبر عاجل من الشريط الإخباري", "وزير الخارجية يلتقي نظيره في عمان - المسار"),
    ("وزير الخارجية يلتقي نظيره في عمان", None, "المسار"),
])
def test_title_by_agreement_with_the_page_when_sources_disagree(ld, og, title):
    h1 = "وزير الخارجية يلتقي نظيره في عمان"
    assert extract_article(_titled(ld, og, h1, title), "https://masar.example/2024/10/03/x")["title"] == h1


def test_a_headline_with_its_own_colon_keeps_it_when_the_site_name_is_cut():
    h1 = "المتحدث باسم الحكومة: لا حل عسكرياً لأزمة طرابلس"
    html = _titled(None, f"{h1} - المسار", f"<b>{h1}</b>", f"{h1} &#8211; المسار")
    assert extract_article(html, "https://masar.example/2024/10/03/x")["title"] == h1


def test_only_closed_entities_are_decoded_so_urls_keep_their_parameters():
    from newscrawler.extract.structured import unescape
    assert unescape(" الرئيس يقول &quot;لا&quot; &#8211; المسار ") == 'الرئيس يقول "لا" – المسار'
    assert unescape("https://x.example/a?id=1&copy=2&amp;b=3") == "https://x.example/a?id=1&copy=2&b=3"
