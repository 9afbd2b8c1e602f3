"""The end of a run: health checks and summary as pure functions (newscrawler.runreport);
`scrapy crawl` exit statuses end to end in tests/e2e/test_exit_status.py."""

import json

import pytest

from newscrawler.errors import ConfigError
from newscrawler.runreport import HealthSettings, StartPage, check_health, health, summary, summary_lines, write_summary
from tests.support.settings import project_settings

URL = "https://news.example/"
GOOD = StartPage(URL, 200, URL)
STATS = {"item_scraped_count": 40, "newscrawler/pages/article": 42, "newscrawler/pages/listing": 6,
         "newscrawler/extract_failed/not_article": 2, "downloader/response_status_count/200": 49,
         "downloader/response_status_count/404": 1, "elapsed_time_seconds": 12.34, "finish_reason": "finished"}


def test_a_good_run_is_healthy():
    assert health(STATS, GOOD, URL, HealthSettings()) == []


@pytest.mark.parametrize("start, stats, expected", [
    (StartPage(), STATS, "the start URL https://news.example/ was not fetched"),
    (StartPage(URL, 404, URL), STATS, "the start URL https://news.example/ answered 404"),
    (StartPage(URL, 200, "https://parked.example/"), STATS, "the start URL https://news.example/ led to another host"),
    (StartPage(URL, redirected_to="https://parked.example/"), STATS,   # the off-site redirect was dropped
     "the start URL https://news.example/ led to another host (https://parked.example/)"),
    (GOOD, {**STATS, "item_scraped_count": 0}, "0 articles, expected at least 1"),
    (GOOD, {**STATS, "newscrawler/mongo/dead_letter": 3}, "3 items went to the dead-letter file"),
    (GOOD, {**STATS, "newscrawler/extract_failed/not_article": 30}, "30 of 42 article pages gave no article"),
])
def test_each_check_says_what_failed(start, stats, expected):
    failed = health(stats, start, URL, HealthSettings())
    assert len(failed) == 1 and failed[0].startswith(expected), failed


def test_checks_can_be_turned_off_and_stored_articles_count():
    off = HealthSettings(start_page=False, min_items=0, dead_letter=False, max_failed_share=1)
    bad = {**STATS, "item_scraped_count": 0, "newscrawler/mongo/dead_letter": 3,
           "newscrawler/extract_failed/not_article": 42}
    assert health(bad, StartPage(), URL, off) == []
    # an incremental run that finds nothing new is healthy: its articles are stored already
    assert health({**STATS, "item_scraped_count": 0, "newscrawler/incremental/skipped": 40}, GOOD, URL,
                  HealthSettings()) == []


def test_a_crawl_stopped_on_purpose_is_not_short_of_articles():
    stopped = {**STATS, "item_scraped_count": 0, "finish_reason": "shutdown"}
    assert health(stopped, GOOD, URL, HealthSettings()) == []
    assert health({**stopped, "finish_reason": "finished"}, GOOD, URL, HealthSettings()) != []


def test_health_settings_are_checked():
    assert check_health(project_settings()) == HealthSettings()
    assert check_health(project_settings(NEWSCRAWLER_HEALTH_MIN_ITEMS="0")).min_items == 0
    for name, value, message in [("NEWSCRAWLER_HEALTH_MIN_ITEMS", "many", "a whole number >= 0"),
                                 ("NEWSCRAWLER_HEALTH_MAX_FAILED_SHARE", "2", "a number from 0 to 1"),
                                 ("NEWSCRAWLER_HEALTH_START_PAGE", "perhaps", "True or False")]:
        with pytest.raises(ConfigError, match=f"^{name} must be {message}"):
            check_health(project_settings(**{name: value}))


def test_summary_in_a_few_lines_and_as_json(tmp_path):
    report = summary(STATS, [], 0)
    assert report["items"] == 40 and report["pages"] == {"article": 42, "listing": 6}
    assert report["failures"] == {"extract/not_article": 2, "http/404": 1}
    lines = summary_lines(report)
    assert lines[0].startswith("run healthy, exit status 0, 12.3 s") and len(lines) == 6 and lines[-1] == "lost: nothing"
    feed = tmp_path / "levant.jsonl"
    feed.write_text("")
    (written,) = write_summary(report, [feed])
    assert written.name == "levant.jsonl.summary.json" and json.loads(written.read_text())["items"] == 40


def test_missing_robots_sitemaps_and_feeds_are_not_failures():
    stats = {"downloader/response_status_count/404": 14, "downloader/response_status_count/500": 1,
             "robotstxt/response_status_count/404": 1, "newscrawler/discovery/absent/404": 11}
    assert summary(stats, [], 0)["failures"] == {"http/404": 2, "http/500": 1}  # two real pages lost
    stats["downloader/response_status_count/404"] = 12
    assert summary(stats, [], 0)["failures"] == {"http/500": 1}
