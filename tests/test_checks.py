"""Start-up checks (newscrawler.checks), called alone; `scrapy crawl` runs them in
tests/e2e/test_start_checks.py."""

import pytest

from newscrawler.checks import check_crawl, check_known_settings, check_setting_types, check_start_url, valid_host
from newscrawler.errors import ConfigError
from newscrawler.sites.levant import PROFILE as LEVANT
from tests.support.settings import project_settings


def test_start_url_default_given_or_required():
    assert check_start_url(None, LEVANT.start_url, "levant") == "https://thelevantnews.com/"
    assert check_start_url(" https://WWW.Example.com/x/?utm_source=a ", None, "news") == "https://example.com/x"
    with pytest.raises(ConfigError, match=r"^the news spider needs -a start_url=URL"):
        check_start_url(None, None, "news")
    with pytest.raises(ConfigError, match=r"^the news spider needs -a start_url=URL"):
        check_start_url("  ", None, "news")
    with pytest.raises(ConfigError, match=r"^start_url must be an http\(s\) URL such as https://thelevantnews.com/, got ''$"):
        check_start_url("", LEVANT.start_url, "levant")
    with pytest.raises(ConfigError, match=r"such as https://example.com/, got 'ftp://x'"):
        check_start_url("ftp://x", None, "news")


def test_unknown_project_setting_is_named():
    check_known_settings(project_settings(NEWSCRAWLER_TIMEZONE="Asia/Damascus"))
    with pytest.raises(ConfigError, match=r"^unknown setting NEWSCRAWLER_TIMEZON \(known: "):
        check_known_settings(project_settings(NEWSCRAWLER_TIMEZON="Asia/Damascus"))


@pytest.mark.parametrize("site, args, kw, message", [
    (LEVANT, {"start_url": "ftp://x"}, {}, "start_url must be an http(s) URL"),
    (LEVANT, {"start_url": "http://exa mple.com/"}, {}, "start_url must be an http(s) URL"),
    (LEVANT, {"strat_url": "http://x.example/"}, {}, "unknown argument -a strat_url=… for the levant spider (known: start_url"),
    (LEVANT, {}, {"CONCURRENT_REQUESTS": "abc"}, "CONCURRENT_REQUESTS must be a whole number, got 'abc'"),
    (LEVANT, {}, {"DOWNLOAD_DELAY": "x"}, "DOWNLOAD_DELAY must be a number, got 'x'"),
    (None, {}, {}, "the news spider needs"),
    (LEVANT, {}, {"NEWSCRAWLER_TIMEZONE": "Mars/Olympus"}, "NEWSCRAWLER_TIMEZONE: unknown time zone"),
    (LEVANT, {}, {"NEWSCRAWLER_RENDER_WAIT_MS": "soon"}, "NEWSCRAWLER_RENDER_WAIT_MS must be a whole number"),
    (LEVANT, {}, {"NEWSCRAWLER_INCREMENTAL": "maybe"}, "NEWSCRAWLER_INCREMENTAL must be True or False"),
    (LEVANT, {}, {"NEWSCRAWLER_INCREMENTAL": "True", "FEEDS": {"/tmp/x.jsonl": {"format": "jsonlines", "overwrite": True}}},
     "-O (overwrite) with NEWSCRAWLER_INCREMENTAL=True would replace /tmp/x.jsonl"),
    (LEVANT, {}, {"NEWSCRAWLER_LEARN_CHROME": "sometimes"}, "NEWSCRAWLER_LEARN_CHROME must be True or False"),
    (LEVANT, {}, {"MONGO_URI": "http://not-mongo"}, "MONGO_URI is not a valid MongoDB URI"),
    (LEVANT, {}, {"FEEDS": {"/proc/no/such/dir/x.jsonl": {"format": "jsonlines"}}}, "feed /proc/no/such/dir/x.jsonl: cannot write"),
])
def test_check_crawl_reports_the_first_problem(site, args, kw, message):
    with pytest.raises(ConfigError) as exc:
        check_crawl("news" if site is None else site.name, site, args, project_settings(**kw))
    assert str(exc.value).startswith(message), str(exc.value)


def test_check_crawl_passes_good_settings(tmp_path):
    check_crawl("levant", LEVANT, {"start_url": "http://127.0.0.1:1/"},
                project_settings(FEEDS={str(tmp_path / "out.jsonl"): {"format": "jsonlines"}}))


def test_host_names_and_addresses():
    for host in ("example.com", "news.example.co.uk", "localhost", "127.0.0.1", "::1", "موقع.com", "my_host.example"):
        assert valid_host(host), host
    for host in ("exa mple.com", "-bad.com", "bad-.com", "a..b", "", None, "x" * 64 + ".com"):
        assert not valid_host(host), host


def test_scrapy_settings_parse_as_their_types():
    check_setting_types(project_settings(DOWNLOAD_DELAY="0.5", CONCURRENT_REQUESTS="8", ROBOTSTXT_OBEY="False",
                                         DOWNLOAD_TIMEOUT="30"))
    with pytest.raises(ConfigError, match=r"^ROBOTSTXT_OBEY must be True or False, got 'maybe'$"):
        check_setting_types(project_settings(ROBOTSTXT_OBEY="maybe"))
    with pytest.raises(ConfigError, match=r"^CONCURRENT_REQUESTS must be a whole number, got '1.5'$"):
        check_setting_types(project_settings(CONCURRENT_REQUESTS="1.5"))
    check_setting_types(project_settings(LOG_LEVEL="INFO"))
    for level in ("VERBOSE", "info"):  # Python's logging knows the upper-case names only
        with pytest.raises(ConfigError, match=r"^LOG_LEVEL must be one of CRITICAL, ERROR, WARNING, INFO, DEBUG"):
            check_setting_types(project_settings(LOG_LEVEL=level))


def test_discovery_arguments_and_the_sitemap_cap_are_checked():
    from newscrawler.checks import check_discovery

    check_discovery({"discover": "nav,feeds", "since": "2024-01-01"}, project_settings(), "Europe/London")
    for args, settings, words in [({"since": "2024-13-01"}, {}, "since= must be a day"),
                                  ({"until": "x"}, {}, "until= must be a day"),
                                  ({"since": "2024-06-02", "until": "2024-06-01"}, {}, "is after"),
                                  ({"discover": "rss"}, {}, "discover= takes"),
                                  ({}, {"NEWSCRAWLER_SITEMAP_MAX_BYTES": "lots"}, "NEWSCRAWLER_SITEMAP_MAX_BYTES"),
                                  ({}, {"NEWSCRAWLER_SITEMAP_MAX_BYTES": 0}, "positive")]:
        with pytest.raises(ConfigError, match=words):
            check_discovery(args, project_settings(**settings), "UTC")
