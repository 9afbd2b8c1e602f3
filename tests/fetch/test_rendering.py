"""The render decision and render requests (newscrawler.fetch.rendering)."""

from __future__ import annotations

import pickle
import stat
from types import SimpleNamespace

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.settings import Settings
from scrapy.statscollectors import MemoryStatsCollector

from newscrawler.fetch.rendering import META_REASON, RenderConfig, Renderer, find_chromium, render_reason
from newscrawler.sites.levant import PROFILE

ORIGIN = "http://127.0.0.1:8080"


def fake_executable(directory, name="chromium"):
    path = directory / name
    path.write_text("#!/bin/sh\nexit 0\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def test_chromium_from_setting_or_path(tmp_path, monkeypatch):
    exe = fake_executable(tmp_path)
    assert find_chromium(str(exe)) == str(exe)
    assert find_chromium(str(tmp_path / "missing")) is None          # a setting is never second-guessed
    monkeypatch.setenv("PATH", str(tmp_path))
    assert find_chromium("") == str(exe)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert find_chromium("") is None
    cfg = RenderConfig.from_settings(Settings({"NEWSCRAWLER_CHROMIUM": str(exe), "NEWSCRAWLER_RENDER_WAIT_MS": 100}))
    assert (cfg.chromium, cfg.wait_ms) == (str(exe), 100)


def response(url=ORIGIN + "/article/x", rendered=False):
    meta = {META_REASON: "empty_body"} if rendered else {}
    return HtmlResponse(url, body=b"<html></html>", request=Request(url, meta=meta))


JS_PROFILE = SimpleNamespace(needs_javascript=True)


@pytest.mark.parametrize("profile, article, failure, rendered, reason", [
    (PROFILE, True, "empty_body", False, "empty_body"),
    (PROFILE, True, "chrome_only_body", False, "chrome_only_body"),  # nothing left after the pipelines' cleaning
    (PROFILE, True, "missing_title", False, "missing_title"),
    (PROFILE, True, "no_content", False, "no_content"),
    (PROFILE, True, "empty", False, "no_content"),
    (PROFILE, True, "not_article", False, "not_article"),  # NotAnArticle at an article URL: rendered once
    (PROFILE, True, "bad_url", False, None),           # a browser cannot fix that
    (PROFILE, True, None, False, None),                # an item that survives is never rendered
    (PROFILE, False, "empty_body", False, None),       # listings are not articles
    (PROFILE, True, "empty_body", True, None),         # rendered once, never again (no loops)
    (JS_PROFILE, False, None, False, "profile"),       # the profile says the site needs JavaScript
    (JS_PROFILE, True, None, True, None),
])
def test_render_reason(profile, article, failure, rendered, reason):
    assert render_reason(response(rendered=rendered), profile, article=article, failure=failure) == reason


def crawler_stub():
    stub = SimpleNamespace(settings=Settings())
    stub.stats = MemoryStatsCollector(stub)
    return stub


def test_render_request_is_unfiltered_playwright_with_a_wait(tmp_path):
    crawler = crawler_stub()
    renderer = Renderer(crawler, RenderConfig(chromium=str(fake_executable(tmp_path)), chromium_setting="", wait_ms=700))
    [req] = renderer.requests(response(), "empty_body", PROFILE, callback=print, errback=repr)
    assert req.dont_filter and req.meta["playwright"] and req.meta[META_REASON] == "empty_body"
    assert not req.meta.get("playwright_include_page")  # scrapy-playwright closes the page
    [method] = req.meta["playwright_page_methods"]
    assert method.method == "evaluate" and method.args[1] == [700, 500]  # settled: wait at most, quiet for
    assert req.meta["playwright_page_init_callback"] == "newscrawler.fetch.rendering.init_page"  # a path: serialisable
    assert req.errback is repr
    assert crawler.stats.get_value("newscrawler/render/total") == 1
    assert crawler.stats.get_value("newscrawler/render/reason/empty_body") == 1


def test_no_browser_counts_failed_and_logs_one_error(caplog):
    crawler = crawler_stub()
    renderer = Renderer(crawler, RenderConfig(chromium=None, chromium_setting="", wait_ms=700))
    for _ in range(3):
        assert renderer.requests(response(), "empty_body", PROFILE, callback=print, errback=repr) == []
    errors = [r for r in caplog.records if r.levelname == "ERROR"]
    assert len(errors) == 1 and "apt-get install -y chromium" in errors[0].getMessage()
    assert crawler.stats.get_value("newscrawler/render/failed/no_browser") == 3


def test_a_spider_s_render_request_can_be_kept_in_jobdir(tmp_path):
    """JOBDIR keeps a request only when its callback and errback are the spider's methods."""
    from scrapy.utils.request import request_from_dict
    from scrapy.utils.test import get_crawler

    from newscrawler.spiders.profiles import LevantSpider

    crawler = get_crawler(LevantSpider, {"NEWSCRAWLER_CHROMIUM": str(fake_executable(tmp_path))})
    spider = LevantSpider.from_crawler(crawler)
    [req] = spider.renderer.requests(response(), "empty_body", spider.profile, spider.parse, spider.render_failed)
    again = request_from_dict(pickle.loads(pickle.dumps(req.to_dict(spider=spider), protocol=4)), spider=spider)
    assert again.callback == spider.parse and again.errback == spider.render_failed
    assert again.meta["playwright_page_methods"][0].args[1] == [5000, 500]
