"""Discovery files of the replica (issue 14): robots.txt Sitemap lines, a sitemap index of monthly
sitemaps (one gzipped), a Google News sitemap, RSS and Atom feeds, old archive articles that only
the sitemaps list, and the WordPress-like trailing-slash mode (links and 301s)."""

from __future__ import annotations

import gzip
import re
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import quote, unquote, urlsplit
from urllib.request import HTTPRedirectHandler, build_opener, urlopen

import lxml.etree
import lxml.html
import pytest

from replica.build import DEFAULT_OUT, FEED_SIZE, build
from replica.reskin import build_reskin
from replica.server import ReplicaServer

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
ATOM = "{http://www.w3.org/2005/Atom}"


def fetch(url: str) -> tuple[int, dict, bytes]:
    with urlopen(url) as resp:
        return resp.status, dict(resp.headers), resp.read()


def xml(url: str, gz: bool = False):
    status, headers, body = fetch(url)
    assert status == 200
    if gz:
        assert headers["Content-Type"] in ("application/x-gzip", "application/gzip")
        body = gzip.decompress(body)
    assert b"__ORIGIN__" not in body
    return headers["Content-Type"], lxml.etree.fromstring(body)


def path_of(url: str, origin: str) -> str:
    assert url.startswith(origin + "/"), url
    return unquote(urlsplit(url).path)


def monthly_sitemaps(origin: str) -> dict[str, list[tuple[str, str]]]:
    """sitemap path -> [(article path, lastmod)], read through the index."""
    ctype, index = xml(origin + "/sitemap_index.xml")
    assert ctype.startswith("application/xml") and index.tag == SM + "sitemapindex"
    out = {}
    for sm in index.iter(SM + "sitemap"):
        loc = sm.findtext(SM + "loc")
        assert re.match(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$", sm.findtext(SM + "lastmod"))
        _, urlset = xml(loc, gz=loc.endswith(".gz"))
        assert urlset.tag == SM + "urlset"
        out[path_of(loc, origin)] = [(path_of(u.findtext(SM + "loc"), origin), u.findtext(SM + "lastmod"))
                                     for u in urlset.iter(SM + "url")]
    return out


def test_robots_and_sitemaps_cover_every_article_once(replica, truth):
    origin = replica.url.rstrip("/")
    _, headers, robots = fetch(origin + "/robots.txt")
    robots = robots.decode()
    assert "Disallow: /archive" in robots and "Disallow: /search" in robots
    assert f"Sitemap: {origin}/sitemap_index.xml" in robots and f"Sitemap: {origin}/news-sitemap.xml" in robots
    maps = monthly_sitemaps(origin)
    assert list(maps) == truth["sitemaps"]
    assert sum(p.endswith(".xml.gz") for p in maps) == 1
    for path in maps:
        assert re.match(r"^/sitemaps/\d{4}-\d{2}\.xml(\.gz)?$", path)
    seen: dict[str, list[str]] = {}
    for sm, rows in maps.items():
        for url, mod in rows:
            seen.setdefault(url, []).append(sm)
    by_url = {a["url"]: a for a in truth["articles"]}
    assert set(seen) == set(by_url)
    for url, sms in seen.items():
        assert len(sms) == 1, (url, sms)
        assert sms[0][len("/sitemaps/"):len("/sitemaps/YYYY-MM")] == by_url[url]["published_at"][:7]
    for rows in maps.values():
        for url, mod in rows:
            assert mod == by_url[url]["lastmod"] == (by_url[url]["modified_at"] or by_url[url]["published_at"])


def test_news_sitemap_holds_the_last_two_days(replica, truth):
    origin = replica.url.rstrip("/")
    _, urlset = xml(origin + truth["news_sitemap"])
    newest = max(datetime.fromisoformat(a["published_at"]) for a in truth["articles"])
    want = {a["url"] for a in truth["articles"]
            if datetime.fromisoformat(a["published_at"]) >= newest - timedelta(days=2)}
    got = {}
    for u in urlset.iter(SM + "url"):
        news = u.find(NEWS + "news")
        assert news.findtext(f"{NEWS}publication/{NEWS}name") == "ليفانت نيوز"
        assert news.findtext(f"{NEWS}publication/{NEWS}language") == "ar"
        got[path_of(u.findtext(SM + "loc"), origin)] = (news.findtext(NEWS + "publication_date"), news.findtext(NEWS + "title"))
    assert set(got) == want and want
    by_url = {a["url"]: a for a in truth["articles"]}
    for url, (date, title) in got.items():
        assert (date, title) == (by_url[url]["published_at"], by_url[url]["title"])


def test_feeds(replica, truth):
    origin = replica.url.rstrip("/")
    feedable = [a for a in truth["articles"] if a["listed"] and not a["load_more"]][:FEED_SIZE]
    assert truth["feeds"] == ["/feed/", "/feed/atom/"]
    for path in ("/feed", "/feed/"):
        ctype, rss = xml(origin + path)
        assert ctype.startswith("application/rss+xml") and rss.tag == "rss" and rss.get("version") == "2.0"
    items = rss.findall("channel/item")
    assert [path_of(i.findtext("link"), origin) for i in items] == [a["url"] for a in feedable]
    for i, a in zip(items, feedable):
        assert i.findtext("title") == a["title"] and i.findtext("guid") == i.findtext("link")
        assert parsedate_to_datetime(i.findtext("pubDate")) == datetime.fromisoformat(a["published_at"])
        assert i.findtext("description")
    ctype, atom = xml(origin + "/feed/atom/")
    assert ctype.startswith("application/atom+xml") and atom.tag == ATOM + "feed"
    entries = atom.findall(ATOM + "entry")
    assert [path_of(e.find(ATOM + "link").get("href"), origin) for e in entries] == [a["url"] for a in feedable]
    for e, a in zip(entries, feedable):
        assert e.findtext(ATOM + "published") == a["published_at"] and e.findtext(ATOM + "updated") == a["lastmod"]


def test_every_page_links_the_feeds():
    for f in [DEFAULT_OUT / "index.html", DEFAULT_OUT / "about.html", next((DEFAULT_OUT / "article").glob("*.html"))]:
        head = lxml.html.fromstring(f.read_text(encoding="utf-8")).head
        types = {ln.get("type"): ln.get("href") for ln in head.xpath('link[@rel="alternate"]')}
        assert types == {"application/rss+xml": "__ORIGIN__/feed/", "application/atom+xml": "__ORIGIN__/feed/atom/"}


def test_archive_articles_are_in_the_sitemaps_only(truth):
    archive = [a for a in truth["articles"] if a["sitemap_only"]]
    assert len(archive) == 8 and not any(a["listed"] for a in archive)
    assert len({a["published_at"][:7] for a in archive}) == 8
    assert all(a["published_at"][:4] in ("2019", "2020") for a in archive)
    assert all(isinstance(a["sitemap_only"], bool) and a["lastmod"] for a in truth["articles"])
    pages = {f: f.read_text(encoding="utf-8") for f in DEFAULT_OUT.rglob("*") if f.suffix in (".html", ".json")}
    for a in archive:
        page = DEFAULT_OUT / "article" / (a["url"][len("/article/"):] + ".html")
        assert a["body"].split("\n\n")[0][:40] in page.read_text(encoding="utf-8")
        slug = a["url"][len("/article/"):]
        for f, text in pages.items():
            if f != page:
                assert slug not in text and quote(slug, safe="/,:?=&#-") not in text, (a["url"], f)
    for f in ("feed/index.xml", "feed/atom/index.xml", "news-sitemap.xml"):
        text = (DEFAULT_OUT / f).read_text(encoding="utf-8")
        assert not any(quote(a["url"], safe="/,:?=&#-") in text for a in archive)


class _NoRedirect(HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture(scope="module")
def slash_site(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("slash") / "site"
    return out, build(out, truth_file=out.parent / "truth.json", slash_links=True)


def test_slash_links_and_redirects(slash_site):
    site, truth = slash_site
    home = (site / "index.html").read_text(encoding="utf-8")
    hrefs = [h.split("?")[0].split("#")[0] for h in lxml.html.fromstring(home).xpath("//a/@href")]
    pages = [h for h in hrefs if h.startswith(("/section/", "/article/", "/about", "/contact", "/caricature"))]
    assert pages and all(h.endswith("/") for h in pages), [h for h in pages if not h.endswith("/")][:3]
    opener = build_opener(_NoRedirect)
    with ReplicaServer(site, slash_redirect=True) as srv:
        origin = srv.url.rstrip("/")
        art = quote(truth["articles"][0]["url"], safe="/,:-")
        for path, status, location in [
                ("/about", 301, "/about/"), ("/about/", 200, None), (art, 301, art + "/"), (art + "/", 200, None),
                ("/section/news?page=2", 301, "/section/news/?page=2"), ("/section/news/?page=2", 200, None),
                ("/feed", 301, "/feed/"), ("/feed/", 200, None), ("/", 200, None), ("/robots.txt", 200, None),
                ("/sitemap_index.xml", 200, None), (truth["sitemaps"][-1], 200, None), ("/nothing", 404, None)]:
            try:
                with opener.open(origin + path) as resp:
                    got, loc = resp.status, resp.headers.get("Location")
            except HTTPError as exc:
                got, loc = exc.code, exc.headers.get("Location")
            assert (got, loc) == (status, location), path
        maps = monthly_sitemaps(origin)
        assert all(url.endswith("/") for rows in maps.values() for url, _ in rows)
        _, rss = xml(origin + "/feed/")
        assert all(i.findtext("link").endswith("/") for i in rss.findall("channel/item"))


def test_default_build_has_no_slash_links():
    home = (DEFAULT_OUT / "index.html").read_text(encoding="utf-8")
    assert 'href="/about"' in home and 'href="/section/news"' in home


def test_reskin_carries_sitemaps_feeds_and_archive_articles(tmp_path):
    site = tmp_path / "skin"
    t = build_reskin(site, 3)
    archive = [a for a in t["articles"] if a["sitemap_only"]]
    assert 2 <= len(archive) <= 3 and not any(a["listed"] for a in archive)
    with ReplicaServer(site) as srv:
        origin = srv.url.rstrip("/")
        robots = fetch(origin + "/robots.txt")[2].decode()
        assert f"Sitemap: {origin}/sitemap_index.xml" in robots
        maps = monthly_sitemaps(origin)
        assert list(maps) == t["sitemaps"]
        urls = [u for rows in maps.values() for u, _ in rows]
        assert sorted(urls) == sorted(a["url"] for a in t["articles"])
        lastmods = {u: m for rows in maps.values() for u, m in rows}
        assert all(lastmods[a["url"]] == a["lastmod"] for a in t["articles"])
        for a in archive:
            status, _, body = fetch(origin + quote(a["url"], safe="/,:-"))
            assert status == 200 and a["title"] in body.decode()
        assert xml(origin + "/feed/")[1].tag == "rss"
        assert xml(origin + "/feed/atom/")[1].tag == ATOM + "feed"
        xml(origin + t["news_sitemap"])
