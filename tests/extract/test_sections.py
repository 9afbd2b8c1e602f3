"""The article's section by evidence (newscrawler.extract.sections), alone and through extract_article."""

from __future__ import annotations

import json

import pytest

from newscrawler.extract import extract_article, extract_raw
from newscrawler.extract.sections import (Evidence, breadcrumb_trail, choose_section, header_link, name_key,
                                          structured_evidence, trail_sections)
from newscrawler.extract.structured import parse_structured
from newscrawler.html import parse_html
from tests.support.pages import rendered_article_html
from tests.support.scramble import scramble

SITE = "https://akhbar.example"
URL = SITE + "/2024/05/06/talks-resume-in-geneva"
ORIGIN = "http://127.0.0.1:8080"


def test_choose_by_agreement_then_by_the_most_specific_source():
    assert choose_section([Evidence("structured", ("أخبار",)), Evidence("header", ("سياسة",)),
                           Evidence("listing", ("سياسة",))]) == "سياسة"
    assert choose_section([Evidence("breadcrumb", ("سوريا", "سياسة")), Evidence("header", ("سياسة",))]) == "سياسة"
    assert choose_section([Evidence("structured", ("أخبار",)), Evidence("breadcrumb", ("سياسة",))]) == "أخبار"  # a tie
    assert choose_section([Evidence("listing", ("سياسة",)), Evidence("header", ("اقتصاد",))]) == "اقتصاد"
    assert choose_section([Evidence("breadcrumb", ("سوريا", "سياسة"))]) == "سوريا"  # the trail's last category
    assert choose_section([Evidence("header", ("  الأخبار ",)), Evidence("listing", ("أخبار",)),
                           Evidence("structured", ("اقتصاد",))]) == "الأخبار"
    assert choose_section([Evidence("header", ("عنوان طويل جداً لا يمكن أن يكون اسم قسم في أي موقع إخباري",))]) is None
    assert choose_section([]) is None


def test_names_compare_without_case_hamza_tatweel_or_the_article():
    assert name_key("الأخبار") == name_key("أخبار") == name_key("اخبـار")
    assert name_key("News") == name_key("news")
    assert name_key("رياضة") != name_key("سياسة")


def _structured(ld: dict, meta: str = "") -> list[str]:
    html = (f'<html><head><script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>{meta}'
            "</head><body></body></html>")
    ev = structured_evidence(parse_structured(parse_html(html)), URL)
    return list(ev.values) if ev else []


def test_structured_data_article_section_breadcrumb_list_and_meta():
    assert _structured({"@type": "NewsArticle", "articleSection": ["سياسة", "سوريا"]}) == ["سياسة", "سوريا"]
    crumbs = {"@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 3, "name": "محادثات جنيف تستأنف الأسبوع المقبل", "item": URL},
        {"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": SITE + "/"},
        {"@type": "ListItem", "position": 2, "item": {"@id": SITE + "/category/politics/", "name": "سياسة"}}]}
    assert _structured({"@graph": [{"@type": "WebPage", "breadcrumb": crumbs}]}) == ["سياسة"]
    assert _structured(crumbs) == ["سياسة"]
    assert _structured({"@type": "NewsArticle"}, '<meta property="article:section" content="اقتصاد">') == ["اقتصاد"]
    assert trail_sections([("Home", "/"), ("World", "/world"), ("Europe", "/world/europe")], URL) == ["Europe", "World"]
    # The article itself at the end, under the URL it declares or its (short) headline: not a section.
    aliased = {"@type": "BreadcrumbList", "itemListElement": [
        {"position": 1, "name": "الرئيسية", "item": SITE + "/"}, {"position": 2, "name": "سياسة", "item": SITE + "/politics"},
        {"position": 3, "name": "قمة جنيف", "item": SITE + "/amp/geneva"}]}
    assert _structured({"@graph": [aliased, {"@type": "NewsArticle", "headline": "قمة جنيف"}]}) == ["سياسة"]
    assert _structured(aliased, f'<link rel="canonical" href="{SITE}/amp/geneva">') == ["سياسة"]


TRAILS = [
    # the case: a trail under a class name nobody told us about
    ('<div class="x1f3"><a href="/">الرئيسية</a> / <a href="/category/politics">سياسة</a></div>', ["سياسة"]),
    ('<p class="k"><a href="https://akhbar.example">Home</a> › <a href="/world">World</a> › '
     '<a href="/world/europe">Europe</a> › Talks resume</p>', ["Europe", "World"]),
    ('<ol class="q"><li><a href="/">الرئيسية</a></li><li><a href="/c/5">اقتصاد</a></li>'
     '<li>محادثات جنيف تستأنف الأسبوع المقبل</li></ol>', ["اقتصاد"]),  # CSS separators, ends on the title
    ('<div><span><span><a href="/"><i class="icon-home"></i></a></span></span> » <span><a href="/sport">رياضة</a></span>'
     ' » <span>عنوان</span></div>', ["رياضة"]),  # a house icon, wrappers
    ('<ol itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope '
     'itemtype="https://schema.org/ListItem"><a itemprop="item" href="/"><span itemprop="name">Home</span></a></li>'
     '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" '
     'href="/culture"><span itemprop="name">ثقافة</span></a></li></ol>', ["ثقافة"]),  # microdata
    ('<div class="c8e1" aria-label="breadcrumb"><a href="/">الرئيسية</a><span> | </span>'
     '<a href="/section/files">ملفات</a></div>', ["ملفات"]),  # bars, in a block that says it is a trail
]
NOT_TRAILS = [
    '<ul class="m"><li><a href="/">الرئيسية</a></li><li><a href="/a">أ</a></li><li><a href="/b">ب</a></li>'
    '<li><a href="/c">ج</a></li><li><a href="/d">د</a></li></ul>',  # the menu
    '<div class="top"><a href="/">الرئيسية</a> | <a href="/about">من نحن</a> | <a href="/contact">اتصل بنا</a></div>',
    '<div class="h"><a href="/"><img src="/logo.png"></a><a href="/a">أ</a><a href="/b">ب</a></div>',  # a logo and links
    '<p>عاد إلى <a href="/">الرئيسية</a> بعد أن قرأ <a href="/news">الأخبار</a> في الصباح الباكر كعادته.</p>',
]


@pytest.mark.parametrize("html, sections", TRAILS)
def test_breadcrumb_trail_by_shape_whatever_its_class(html, sections):
    trail = breadcrumb_trail(parse_html(f"<html><body>{html}<h1>عنوان</h1></body></html>"), URL)
    assert trail is not None and trail.sections == sections


@pytest.mark.parametrize("html", NOT_TRAILS)
def test_menus_bars_and_prose_are_not_trails(html):
    assert breadcrumb_trail(parse_html(f"<html><body>{html}<h1>عنوان</h1></body></html>"), URL) is None


HEADERS = [
    ('<div class="k"><a href="/category/politics/">سياسة</a></div><h1>عنوان</h1>', "سياسة"),
    ('<div><div><h1>عنوان</h1></div></div><div class="m"><a href="/economy">اقتصاد</a> | 6 مايو 2024</div>', "اقتصاد"),
    ('<h1>عنوان</h1><div class="m"><a href="/author/ali">علي حسن</a></div>', None),  # an author, not a section
    ('<h1>عنوان</h1><div class="m"><a href="/tag/geneva">جنيف</a></div>', None),
    ('<h1>عنوان</h1><p>' + "فقرة من الخبر فيها رابط " * 4 + '<a href="/economy">اقتصاد</a></p>', None),  # prose
    ('<div><a href="/2024/05/01/other-story-here">خبر آخر</a></div><h1>عنوان</h1>', None),  # an article
    # Drupal: the headline in a page-title block, the category link at the top of the node after it.
    ('<div class="blk"><h1><span>عنوان</span></h1></div><div class="node"><header><a href="/economy">اقتصاد</a>'
     '<div class="meta">كتب - فريق التحرير</div></header>' + "<p>" + "فقرة من نص الخبر. " * 20 + "</p></div>", "اقتصاد"),
    # ... with a share row of icon links in that header: share links do not compete with it
    ('<div class="blk"><h1>عنوان</h1></div><div class="node"><header><a href="/economy">اقتصاد</a>'
     '<div class="s"><span>مشاركة:</span><a href="https://www.facebook.com/sharer.php?u=x"></a>'
     '<a href="https://twitter.com/share?url=x"></a><a href="https://t.me/share/url?url=x"></a></div></header>'
     + "<p>" + "فقرة من نص الخبر. " * 20 + "</p></div>", "اقتصاد"),
]


@pytest.mark.parametrize("html, name", HEADERS)
def test_category_link_next_to_the_headline(html, name):
    from newscrawler.sites.generic import generic_profile
    root = parse_html(f"<html><body><article>{html}</article></body></html>")
    link = header_link(root.find(".//h1"), URL, generic_profile(URL).is_article_url)
    assert ("".join(link.itertext()) if link is not None else None) == name


PARAGRAPHS = "".join(f"<p>{'فقرة من نص الخبر تتحدث عن تطورات المفاوضات في جنيف وما تبعها. ' * 3}</p>" for _ in range(3))


def page(head: str = "", before: str = "", after: str = "") -> str:
    return (f'<html lang="ar"><head><title>محادثات جنيف تستأنف - أخبار</title>{head}</head><body>'
            '<div class="h9"><a href="/c/politics">سياسة</a><a href="/c/economy">اقتصاد</a><a href="/c/sport">رياضة</a></div>'
            f'<div class="w1">{before}<div class="a2"><h1>محادثات جنيف تستأنف الأسبوع المقبل</h1>{after}'
            f'<div class="b3">{PARAGRAPHS}</div></div></div><div class="f0"><a href="/about">من نحن</a></div></body></html>')


def test_extract_article_finds_the_section_the_page_shows():
    trail = '<div class="zz"><a href="/">الرئيسية</a> / <a href="/c/politics">سياسة</a></div>'
    item = extract_article(page(before=trail), URL)
    assert item is not None and item["section"] == "سياسة"
    # The crawl's listing agrees: the same; it is only one more witness.
    assert extract_article(page(before=trail), URL, section_hint="سياسة")["section"] == "سياسة"
    # JSON-LD says one thing, the trail and the header link another: the majority.
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "articleSection": "أخبار"}</script>'
    kicker = '<div class="kk"><a href="/c/politics">سياسة</a></div>'
    assert extract_raw(page(head=ld, before=trail), URL)["section"] == "أخبار"  # a tie: structured data first
    assert extract_raw(page(head=ld, before=trail + kicker), URL)["section"] == "سياسة"


def test_the_listing_hint_names_the_section_only_when_the_page_does_not():
    assert extract_article(page(), URL)["section"] is None
    assert extract_article(page(), URL, section_hint="رياضة")["section"] == "رياضة"
    kicker = '<div class="kk"><a href="/c/economy">اقتصاد</a></div>'
    assert extract_article(page(before=kicker), URL, section_hint="رياضة")["section"] == "اقتصاد"


def test_wordpress_category_link():
    footer = '<div class="ft">التصنيفات: <a href="/category/culture/" rel="category tag">ثقافة</a></div>'
    html = page(after="<div class=\"meta\">6 مايو 2024</div>").replace("</div></div><div class=\"f0\">",
                                                                        f"</div>{footer}</div><div class=\"f0\">")
    assert extract_raw(html.replace("<div class=\"w1\">", "<article class=\"w1\">").replace(
        "</div></div><div class=\"f0\">", "</div></article><div class=\"f0\">"), URL)["section"] == "ثقافة"


def test_a_category_line_in_the_footer_of_an_article_without_article_element():
    """ASP.NET-style markup: no <article>, the headline in a <header>, the body in a container
    of its own, the category line in a <footer> inside <main> after the body; a related list
    below with other posts' category links."""
    para = "<p>" + "فقرة من نص الخبر تتحدث عن تطورات الأحداث في المدينة خلال الأيام الماضية. " * 3 + "</p>"
    html = ("<html><body><header><ul><li><a href='/'>الرئيسية</a></li><li><a href='/section/news'>أخبار</a></li>"
            "<li><a href='/section/politics'>سياسة</a></li></ul></header><main><div id='ctl00_d'>"
            "<header id='ctl00_h'><h1>وزير الخارجية يلتقي نظيره في عمان</h1></header>"
            "<figure><img src='/a.jpg'><figcaption>صورة تعبيرية</figcaption></figure>"
            f"<div class='inner'><div><div id='ctl00_body'>{para}{para}</div></div></div>"
            "<footer class='entry-footer'><span>القسم: <a href='/section/news' rel='category tag'>أخبار</a></span></footer>"
            "</div><section><h3>اقرأ المزيد</h3><div><h3><a href='/2024/01/01/x'>خبر آخر</a></h3>"
            "<a href='/section/politics' rel='category tag'>سياسة</a></div></section></main>"
            "<footer><p>© 2026 الموقع</p></footer></body></html>")
    assert extract_raw(html, URL)["section"] == "أخبار"


def _articles():
    from replica.build import TRUTH_FILE
    return json.loads(TRUTH_FILE.read_text(encoding="utf-8"))["articles"]


@pytest.mark.parametrize("seed, landmarks", [(11, True), (12, False)])
def test_rescrambled_replica_articles_keep_their_section(seed, landmarks):
    """Replica articles with their class names hashed, extra wrappers and (second case) no
    landmark elements: the profile's selectors find nothing, the evidence still does."""
    for art in _articles():
        html = scramble(rendered_article_html(art["url"], ORIGIN), seed, landmarks=landmarks, rel=landmarks)
        raw = extract_raw(html, ORIGIN + art["url"])
        assert raw is not None and raw["section"] == art["section"], art["url"]
