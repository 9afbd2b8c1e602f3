import pytest

from newscrawler.urls import InvalidURL, canonical_url, same_site

ART = "https://thelevantnews.com/article/في-ذكراها-الخامسة-ليفانت-نيوز-منبرنا-الضحوكjune-6,-2024,-9:35-am"
ENC = ("https://thelevantnews.com/article/%D9%81%D9%8A-%D8%B0%D9%83%D8%B1%D8%A7%D9%87%D8%A7-"
       "%D8%A7%D9%84%D8%AE%D8%A7%D9%85%D8%B3%D8%A9-%D9%84%D9%8A%D9%81%D8%A7%D9%86%D8%AA-%D9%86%D9%8A%D9%88%D8%B2-"
       "%D9%85%D9%86%D8%A8%D8%B1%D9%86%D8%A7-%D8%A7%D9%84%D8%B6%D8%AD%D9%88%D9%83june-6,-2024,-9:35-am")


@pytest.mark.parametrize("variant", [
    ART,
    ENC,                                          # percent-encoded path
    ART + "/",                                    # trailing slash
    ART + "#comments",                            # fragment
    ART + "?utm_source=facebook&utm_medium=social&fbclid=abc",  # tracking parameters
    ART.replace("https://thelevantnews.com", "https://TheLevantNews.COM"),  # host case
    ART.replace("https://", "https://www."),      # www.
    ART.replace("https://thelevantnews.com", "HTTPS://thelevantnews.com:443"),  # scheme case, default port
    ENC.replace("%D9%81", "%d9%81") + "/?gclid=1#top",
])
def test_variants_share_one_canonical_url(variant):
    assert canonical_url(variant) == ART


@pytest.mark.parametrize("url, expected", [
    ("http://127.0.0.1:8080/section/news?page=2&utm_campaign=x", "http://127.0.0.1:8080/section/news?page=2"),
    ("http://example.com/a?b=2&a=1", "http://example.com/a?a=1&b=2"),   # sorted query
    ("http://example.com", "http://example.com/"),
    ("http://example.com//a//b/", "http://example.com/a/b"),
    ("http://example.com/a%2Fb", "http://example.com/a%2Fb"),          # an encoded slash stays encoded
    ("http://example.com/%FF%FE", "http://example.com/%FF%FE"),        # not UTF-8: kept as sent
    ("http://example.com:8080/", "http://example.com:8080/"),
    ("http://[::1]:8080/a/", "http://[::1]:8080/a"),                   # IPv6 keeps its brackets
    ("http://[::1]:80/", "http://[::1]/"),
])
def test_canonical_url_table(url, expected):
    assert canonical_url(url) == expected


def test_relative_links_resolve_against_base():
    assert canonical_url("../section/news/", base="http://x.com/article/a") == "http://x.com/section/news"
    assert canonical_url("?page=3", base="http://x.com/section/news?page=2") == "http://x.com/section/news?page=3"


@pytest.mark.parametrize("bad", ["", "ftp://x.com/", "thelevantnews.com", "http://", "javascript:void(0)", "http://x.com:99999/"])
def test_not_http_urls_raise(bad):
    with pytest.raises(InvalidURL):
        canonical_url(bad)


def test_same_site_ignores_case_and_www():
    assert same_site("https://WWW.thelevantnews.com/a", "thelevantnews.com")
    assert not same_site("https://twitter.com/thelevantnews", "thelevantnews.com")
    assert not same_site("https://thelevantnews.com.evil.org/", "thelevantnews.com")


@pytest.mark.parametrize("url, expected", [
    ("http://a.com:80/x", "http://a.com/x"), ("https://a.com:443/", "https://a.com/"),
    ("http://a.com:443/x", "http://a.com:443/x"), ("http://a.com/a/../b/./c", "http://a.com/b/c"),
    ("http://127.0.0.1:8080/article/خبر", "http://127.0.0.1:8080/article/خبر"),
])
def test_fast_path_agrees_with_full_rules(url, expected):
    assert canonical_url(url) == expected


def test_url_set_keeps_digests_and_answers_like_a_set():
    from newscrawler.urls import UrlSet

    urls = [f"https://thelevantnews.com/article/خبر-{i}" for i in range(2000)]
    seen = UrlSet(urls[:1000])
    assert len(seen) == 1000 and all(u in seen for u in urls[:1000]) and not any(u in seen for u in urls[1000:])
    seen.add(urls[0])
    assert len(seen) == 1000 and None not in seen
