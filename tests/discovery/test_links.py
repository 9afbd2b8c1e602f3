"""Link discovery on saved replica pages (newscrawler.discovery.links)."""

from urllib.parse import urlsplit

from newscrawler.discovery.links import discover_links
from newscrawler.html import parse_html
from newscrawler.sites.levant import PROFILE
from tests.support.pages import article_file, page_html

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
