"""Link discovery on saved replica pages (newscrawler.discovery.links)."""

from dataclasses import replace
from urllib.parse import urlsplit

import pytest

from newscrawler.discovery.links import _canonical_links, discover_links, listing_heading
from newscrawler.html import css, parse_html
from newscrawler.sites.generic import generic_profile
from newscrawler.sites.levant import PROFILE
from tests.support.pages import SITE_DIR, article_file, page_html
from tests.support.scramble import scramble

ORIGIN = "http://127.0.0.1:8080"


def links_of(rel, url):
    return discover_links(parse_html(page_html(rel, ORIGIN)), url, PROFILE, "127.0.0.1")


def test_sections_come_from_the_navigation(truth):
    links = links_of("index.html", ORIGIN + "/")
    paths = [urlsplit(u).path for u in links.sections]
    assert paths == ["/section/news", "/section/politics", "/section/economy", "/section/opinion",
                     "/section/files", "/section/reports", "/caricature", "/archive"]
    assert not any(p in paths for p in ("/about", "/contact", "/privacy"))  # footer pages are not sections


def test_listing_pagination_and_article_links_are_canonical(truth):
    links = links_of("section/news/page-2.html", ORIGIN + "/section/news?page=2")
    assert ORIGIN + "/section/news?page=3" in links.pages
    assert ORIGIN + "/section/news" in links.pages
    listed_news = [a for a in truth["articles"] if a["section"] == "أخبار" and a["listed"]]
    on_page = {ORIGIN + a["url"] for a in listed_news}
    cards = [u for u in links.articles if u in on_page]
    assert len(cards) >= 8
    for u in links.articles:
        assert "#" not in u and "utm_" not in u and not u.endswith("/")
    assert ORIGIN + truth["missing_article"] in links.articles  # followed once, answered 404


def test_read_also_links_are_followed_and_offsite_dropped(truth):
    art = next(a for a in truth["articles"] if a["read_also"] and not a["listed"])
    links = links_of(article_file(art["url"]), ORIGIN + art["url"])
    for r in art["read_also"]:
        assert ORIGIN + r["url"] in links.articles
    everything = links.all()
    assert not [u for u in everything if "twitter" in u or "facebook" in u or "bbc" in u]
    assert not [u for u in everything if "/print/" in u or u.endswith((".jpg", ".png"))]


def test_other_hosts_are_never_returned():
    html = ('<html><body><nav><a href="https://other.org/section/x">x</a><a href="/section/y">y</a></nav>'
            '<a href="https://other.org/article/z">z</a><a href="mailto:a@b.c">m</a>'
            '<a href="javascript:void(0)">j</a><a href="/article/ok">ok</a></body></html>')
    links = discover_links(parse_html(html), "https://thelevantnews.com/", PROFILE, "thelevantnews.com")
    assert links.sections == ["https://thelevantnews.com/section/y"]
    assert links.articles == ["https://thelevantnews.com/article/ok"]


# --- menus and pagination by structure, whatever the class names -----------------------------

GENERIC = generic_profile("https://akhbar.example/")
SITE = "https://akhbar.example"


def generic_links(body: str, url: str = SITE + "/", head: str = "", **kw):
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    return discover_links(parse_html(html), url, GENERIC, "akhbar.example", **kw)


MENU = "".join(f'<div class="q{i}"><a href="/c/{s}">{n}</a></div>'
               for i, (s, n) in enumerate([("politics", "سياسة"), ("economy", "اقتصاد"), ("sport", "رياضة"),
                                           ("culture", "ثقافة"), ("world", "العالم")]))
FOOTER = ('<div class="f1"><div class="f2"><a href="/about">من نحن</a><a href="/contact">اتصل بنا</a>'
          '<a href="/privacy">سياسة الخصوصية</a><a href="/ads">أعلن معنا</a></div><p>جميع الحقوق محفوظة</p></div>')
CARDS = "".join(f'<div class="k"><a href="/2024/05/0{i}/story-{i}"><h2>خبر رقم {i} عن الأوضاع</h2></a><p>مقتطف</p></div>'
                for i in range(1, 7))


def test_menu_of_plain_divs_in_the_page_header_gives_the_sections():
    body = (f'<div class="a7"><div class="b3"><a href="/"><img src="/logo.png"></a><div class="c9">{MENU}</div></div></div>'
            f'<div class="m1"><div class="list">{CARDS}</div>'
            '<div class="s4"><h3>وسوم</h3><a href="/tag/a">أ</a><a href="/tag/b">ب</a><a href="/tag/c">ج</a></div></div>'
            f'{FOOTER}')
    links = generic_links(body)
    assert links.sections == [SITE + "/c/" + s for s in ("politics", "economy", "sport", "culture", "world")]
    assert links.names[SITE + "/c/economy"] == "اقتصاد"
    assert len(links.articles) == 6 and links.pages == []


def test_footer_links_are_not_sections_even_in_a_nav_or_without_a_footer_element():
    body = (f'<header><nav>{MENU}</nav></header><main><h1>الرئيسية</h1>{CARDS}</main>'
            f'<footer><nav><a href="/about">من نحن</a><a href="/contact">اتصل بنا</a><a href="/privacy">الخصوصية</a></nav></footer>')
    assert [u.rsplit("/", 1)[1] for u in generic_links(body).sections] == ["politics", "economy", "sport", "culture",
                                                                         "world"]
    body = f'<div><div>{MENU}</div></div><div><h1>عنوان</h1>{CARDS}</div>{FOOTER}'
    sections = generic_links(body).sections
    assert len(sections) == 5 and not [u for u in sections if u.endswith(("/about", "/contact", "/privacy", "/ads"))]


def test_menu_nested_in_the_main_wrapper_and_a_page_without_any_frame():
    body = f'<div id="app"><div class="x"><div class="hd">{MENU}</div><div class="mn"><h1>ع</h1>{CARDS}</div></div>{FOOTER}</div>'
    assert len(generic_links(body).sections) == 5
    assert len(generic_links(MENU + CARDS).sections) == 5  # no blocks at all: the first menu-like group


def test_profile_selectors_are_a_first_guess_unioned_with_the_structure():
    body = (f'<div class="top">{MENU}</div><div class="side-menu"><a href="/c/opinion">رأي</a></div>'
            f'<main><h1>ع</h1>{CARDS}</main>')
    html = f"<html><body>{body}</body></html>"
    profile = replace(GENERIC, navigation=(".side-menu",))
    links = discover_links(parse_html(html), SITE + "/", profile, "akhbar.example")
    assert links.sections[0] == SITE + "/c/opinion" and len(links.sections) == 6


LISTING = SITE + "/c/politics"


@pytest.mark.parametrize("pager, url, expected", [
    ('<div class="p"><a href="/c/politics?page=2">التالي »</a></div>', LISTING, ["/c/politics?page=2"]),
    ('<div class="p"><a href="/c/politics/more">الصفحة التالية</a></div>', LISTING, ["/c/politics/more"]),
    ('<div class="p"><a href="/archive/x">›</a></div>', LISTING, ["/archive/x"]),
    ('<div class="p"><a href="/c/politics/older">Next page</a></div>', LISTING, ["/c/politics/older"]),
    ('<div class="p"><span>١</span><a href="/list?n=2">٢</a><a href="/list?n=3">٣</a></div>', LISTING,
     ["/list?n=2", "/list?n=3"]),  # a run of numbered links, Arabic digits
    ('<a href="/c/politics/page/3/">3</a>', LISTING + "/page/2", ["/c/politics/page/3"]),  # only the page number differs
    ('<a href="/c/politics-3">المزيد</a>', LISTING + "-2", ["/c/politics-3"]),
    ('<a href="/c/politics?page=7&amp;sort=new">7</a>', LISTING + "?sort=new", ["/c/politics?page=7&sort=new"]),
    ('<a href="https://other.example/c/politics?page=2">التالي</a>', LISTING, []),  # never off the host
    ('<a href="/c/politics/feed.pdf">التالي</a>', LISTING, []),  # nor an asset
    ('<a href="/2024/05/09/story-9">التالي</a>', LISTING, []),  # an article is an article
])
def test_pagination_by_structure(pager, url, expected):
    links = generic_links(f'<div class="m">{CARDS}{pager}</div>', url)
    assert [u[len(SITE):] for u in links.pages] == expected


def test_rel_next_in_the_head_and_on_links():
    links = generic_links(CARDS + '<a rel="prev" href="/c/politics">السابق</a>', LISTING + "?page=2",
                          head='<link rel="next" href="/c/politics?page=3">')
    assert links.pages == [LISTING + "?page=3", LISTING]


def test_listed_articles_are_the_pages_own_list():
    ticker = ('<div class="t"><span>عاجل</span><ul><li><a href="/2024/01/01/breaking-one">خبر عاجل أول</a></li>'
              '<li><a href="/2024/01/02/breaking-two">خبر عاجل ثان</a></li></ul></div>')
    box = ('<div class="z"><h3>الأكثر قراءة</h3><ol><li><a href="/2024/02/01/popular-one">خبر شائع</a></li>'
           '<li><a href="/2024/02/02/popular-two">خبر شائع ثان</a></li></ol></div>')
    body = f'<div>{MENU}{ticker}</div><div><h1>سياسة</h1>{CARDS}{box}</div>{FOOTER}'
    links = generic_links(body, LISTING, listing=True)
    assert links.listed == [SITE + f"/2024/05/0{i}/story-{i}" for i in range(1, 7)]
    assert len(links.articles) == 10  # all of them are still followed
    assert generic_links(body, LISTING).listed == []  # only when asked


def test_listing_heading():
    assert listing_heading(parse_html("<html><body><h1><img src=/l.png></h1><h1> سياسة  </h1></body></html>")) == "سياسة"
    assert listing_heading(parse_html("<html><body><p>x</p></body></html>")) is None


# --- the replica with its class names hashed, its wrappers and landmarks changed -------------

def _replica_pages(truth):
    pages = [("index.html", ORIGIN + "/")]
    for f in sorted(SITE_DIR.glob("section/*/page-*.html")):
        n = int(f.stem.split("-")[1])
        pages.append((str(f.relative_to(SITE_DIR)), ORIGIN + f"/section/{f.parent.name}" + (f"?page={n}" if n > 1 else "")))
    pages += [(article_file(a["url"]), ORIGIN + a["url"]) for a in truth["articles"][::7]]
    return pages + [("about.html", ORIGIN + "/about"), ("caricature.html", ORIGIN + "/caricature")]


SCRAMBLES = [dict(seed=1), dict(seed=2, landmarks=False), dict(seed=3, rel=False), dict(seed=4, landmarks=False, rel=False)]


@pytest.mark.parametrize("variant", SCRAMBLES, ids=lambda v: "-".join(f"{k}={v[k]}" for k in v))
def test_rescrambled_replica_gives_the_same_menu_pagination_and_lists(truth, variant):
    home_sections = set(links_of("index.html", ORIGIN + "/").sections)
    assert len(home_sections) == 8
    for rel, url in _replica_pages(truth):
        html = page_html(rel, ORIGIN)
        want = discover_links(parse_html(html), url, PROFILE, "127.0.0.1", listing=True)
        got = discover_links(parse_html(scramble(html, **variant)), url, PROFILE, "127.0.0.1", listing=True)
        assert set(got.sections) == set(want.sections), rel
        assert set(got.sections) | set(got.pages) >= home_sections - {url}, rel  # a listing's own: a page of it
        assert not [u for u in got.sections if u.endswith(("/about", "/contact", "/privacy"))], rel
        assert set(got.pages) == set(want.pages), rel
        assert set(got.articles) == set(want.articles), rel
        assert got.listed == want.listed and got.names == want.names, rel
        if rel.startswith(("section/", "index")):  # the cards of the list, never the ticker's or the sidebar's
            cards = [u for u in _canonical_links(css(".post-card a")(parse_html(html)), url, "127.0.0.1")
                     if PROFILE.is_article_url(u)]
            assert want.listed == list(dict.fromkeys(cards)), rel


def test_sections_in_a_more_drop_down_of_the_menu_are_sections_too():
    """A menu bar whose last item «المزيد» opens a sub-menu: its sections are followed as well,
    with the levant profile (whose selectors match nothing here) as with the generic one."""
    menu = ('<div class="x1"><ul class="q7"><li><a href="/">الرئيسية</a></li><li><a href="/news/">أخبار</a></li>'
            '<li><a href="/economy/">اقتصاد</a></li><li><a href="/files/">ملفات</a></li>'
            '<li class="k2"><a href="#">المزيد</a><ul class="z9"><li><a href="/politics/">سياسة</a></li>'
            '<li><a href="/opinion/">رأي</a></li></ul></li></ul></div>')
    html = (f"<html><body>{menu}<main><h1>الرئيسية</h1><div><a href='/article/x-y-z'>خبر</a></div></main>"
            "<div class='f'><a href='/about'>من نحن</a><a href='/contact'>اتصل بنا</a><a href='/privacy'>الخصوصية</a></div>"
            "</body></html>")
    for profile in (PROFILE, generic_profile(SITE + "/")):
        found = {urlsplit(u).path for u in discover_links(parse_html(html), SITE + "/", profile,
                                                          urlsplit(SITE).hostname).sections}
        assert {"/news", "/economy", "/files", "/politics", "/opinion"} <= {p.rstrip("/") for p in found}, profile.name
        assert not {"/about", "/contact", "/privacy"} & found
