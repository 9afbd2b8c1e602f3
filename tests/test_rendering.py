"""Rendering only where needed (newscrawler.fetch.rendering) and script-loaded lists (newscrawler.discovery.endpoints)."""

from __future__ import annotations

import json
import stat
import time
from types import SimpleNamespace

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.settings import Settings
from scrapy.statscollectors import MemoryStatsCollector

from newscrawler import settings as project_settings
from newscrawler.discovery.endpoints import discover_endpoints, endpoint_links
from newscrawler.extract import extract_article, extract_raw
from newscrawler.fetch.handler import abort_request, driver_node_options
from newscrawler.fetch.rendering import META_REASON, RenderConfig, Renderer, find_chromium, render_reason
from newscrawler.html import parse_html
from newscrawler.sites.levant import PROFILE
from tests.conftest import article_file, page_html, read_jsonl, rendered_article_html, run_crawl

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


@pytest.mark.parametrize("current, heap, expected", [
    ("", 64, "--max-old-space-size=64"),
    ("--trace-warnings", 64, "--trace-warnings --max-old-space-size=64"),
    ("--max-old-space-size=512", 64, "--max-old-space-size=512"),  # the user's own cap is kept
    ("", 0, ""),
])
def test_driver_heap_cap(current, heap, expected):
    assert driver_node_options(current, heap) == expected


def test_browser_settings_in_one_place():
    s = Settings()
    s.setmodule(project_settings)
    opts = s.getdict("PLAYWRIGHT_LAUNCH_OPTIONS")
    assert opts["headless"] is True and "executable_path" not in opts  # from NEWSCRAWLER_CHROMIUM / PATH
    for flag in ("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic"):
        assert flag in opts["args"]
    assert s["PLAYWRIGHT_ABORT_REQUEST"] == "newscrawler.fetch.handler.abort_request"
    assert 1 <= s.getint("PLAYWRIGHT_MAX_PAGES_PER_CONTEXT") <= 8 and s.getint("PLAYWRIGHT_MAX_CONTEXTS") == 1
    assert 0 < s.getint("PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT") <= 60000
    assert s["TWISTED_REACTOR"] == "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
    assert set(s.getdict("DOWNLOAD_HANDLERS")) == {"http", "https"}


@pytest.mark.parametrize("kind, blocked", [("image", True), ("font", True), ("media", True),
                                           ("document", False), ("script", False), ("fetch", False),
                                           ("xhr", False), ("stylesheet", False)])
def test_abort_request_blocks_images_fonts_media(kind, blocked):
    assert abort_request(SimpleNamespace(resource_type=kind)) is blocked


def response(url=ORIGIN + "/article/x", rendered=False):
    meta = {META_REASON: "empty_body"} if rendered else {}
    return HtmlResponse(url, body=b"<html></html>", request=Request(url, meta=meta))


JS_PROFILE = SimpleNamespace(needs_javascript=True)


@pytest.mark.parametrize("profile, article, empty, rendered, reason", [
    (PROFILE, True, "empty_body", False, "empty_body"),
    (PROFILE, True, "no_content", False, "no_content"),
    (PROFILE, True, "empty", False, "no_content"),
    (PROFILE, True, "not_article", False, None),       # a real non-article page: rendering won't help
    (PROFILE, True, None, False, None),                # a plain page with a body is never rendered
    (PROFILE, False, "empty_body", False, None),       # listings are not articles
    (PROFILE, True, "empty_body", True, None),         # rendered once, never again (no loops)
    (JS_PROFILE, False, None, False, "profile"),       # the profile says the site needs JavaScript
    (JS_PROFILE, True, None, True, None),
])
def test_render_reason(profile, article, empty, rendered, reason):
    assert render_reason(response(rendered=rendered), profile, article=article, empty=empty) == reason


def crawler_stub():
    stub = SimpleNamespace(settings=Settings())
    stub.stats = MemoryStatsCollector(stub)
    return stub


def test_render_request_is_unfiltered_playwright_with_a_wait(tmp_path):
    crawler = crawler_stub()
    renderer = Renderer(crawler, RenderConfig(chromium=str(fake_executable(tmp_path)), chromium_setting="", wait_ms=700))
    [req] = renderer.requests(response(), "empty_body", PROFILE, callback=print)
    assert req.dont_filter and req.meta["playwright"] and req.meta[META_REASON] == "empty_body"
    assert not req.meta.get("playwright_include_page")  # scrapy-playwright closes the page
    [method] = req.meta["playwright_page_methods"]
    assert method.method == "evaluate" and method.args[1] == [list(PROFILE.layouts[0].content), 700]
    assert req.errback == renderer.failed
    assert crawler.stats.get_value("newscrawler/render/total") == 1
    assert crawler.stats.get_value("newscrawler/render/reason/empty_body") == 1


def test_no_browser_counts_failed_and_logs_one_error(caplog):
    crawler = crawler_stub()
    renderer = Renderer(crawler, RenderConfig(chromium=None, chromium_setting="", wait_ms=700))
    for _ in range(3):
        assert renderer.requests(response(), "empty_body", PROFILE, callback=print) == []
    errors = [r for r in caplog.records if r.levelname == "ERROR"]
    assert len(errors) == 1 and "apt-get install -y chromium" in errors[0].getMessage()
    assert crawler.stats.get_value("newscrawler/render/failed/no_browser") == 3


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


def test_endpoints_declared_by_a_page():
    root = parse_html('<div id="l" data-endpoint="/api/section/reports?page=1"></div>'
                      '<div data-api-url="https://other.example/api"></div><a href="/x">x</a>')
    assert discover_endpoints(root, ORIGIN + "/section/reports", "127.0.0.1") == [ORIGIN + "/api/section/reports?page=1"]
    assert discover_endpoints(parse_html("<p>x</p>"), ORIGIN + "/", "127.0.0.1", "<p>x</p>") == []


def test_links_from_a_json_list_page():
    art = "/article/تقرير-عن-الكهرباءjanuary-8,-2024,-3:06-pm"
    doc = {"page": 1, "articles": [{"url": art, "title": "تقرير"}, {"url": "https://other.example" + art},
                                    {"url": "/static/x.jpg"}, {"url": art + "?utm_source=x"}],
           "links": {"next": "/api/section/reports?page=2", "self": "/api/section/reports?page=1"},
           "label": "/not a url"}
    links = endpoint_links(json.dumps(doc), ORIGIN + "/api/section/reports?page=1", PROFILE, "127.0.0.1")
    assert links.articles == [ORIGIN + art]
    assert links.pages == [ORIGIN + "/api/section/reports?page=2"]
    assert endpoint_links("<html>not json</html>", ORIGIN + "/api/x", PROFILE, "127.0.0.1").all() == []


def test_without_a_browser_the_crawl_goes_on_and_reports_it_once(replica, truth, tmp_path):
    out = tmp_path / "levant.jsonl"
    proc = run_crawl(replica.url, out, "-s", "LOG_LEVEL=INFO", "-s", f"NEWSCRAWLER_CHROMIUM={tmp_path / 'no-chromium'}",
                     timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    errors = [ln for ln in proc.stderr.splitlines() if "] ERROR:" in ln]
    assert len(errors) == 1, errors
    assert "apt-get install -y chromium" in errors[0] and "NEWSCRAWLER_CHROMIUM" in errors[0]
    js = [a for a in truth["articles"] if a["needs_js"]]
    assert f"'newscrawler/render/failed/no_browser': {len(js)}" in proc.stderr
    assert "Starting download handler" not in proc.stderr  # no Playwright driver was started
    got = {i["url"] for i in read_jsonl(out)}
    assert got == {replica.origin + a["url"] for a in truth["articles"] if not a["needs_js"]}


def test_a_browser_that_fails_to_start_counts_pages_failed_and_the_crawl_goes_on(replica, truth, tmp_path):
    broken = tmp_path / "chromium"
    broken.write_text("#!/bin/sh\necho 'cannot start' >&2\nexit 1\n")
    broken.chmod(0o755)
    out = tmp_path / "levant.jsonl"
    proc = run_crawl(replica.url, out, "-s", "LOG_LEVEL=INFO", "-s", f"NEWSCRAWLER_CHROMIUM={broken}", timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    errors = [ln for ln in proc.stderr.splitlines() if "] ERROR:" in ln]
    assert len(errors) == 1 and "rendering failed (browser_error)" in errors[0], errors
    js = [a for a in truth["articles"] if a["needs_js"]]
    assert f"'newscrawler/render/failed/browser_error': {len(js)}" in proc.stderr
    assert len(read_jsonl(out)) == len(truth["articles"]) - len(js)


def test_a_browser_that_hangs_at_start_is_given_up_and_never_hangs_the_crawl(replica, truth, tmp_path):
    hanging = tmp_path / "chromium"
    hanging.write_text("#!/bin/sh\nexec sleep 600\n")
    hanging.chmod(0o755)
    out = tmp_path / "levant.jsonl"
    started = time.monotonic()
    proc = run_crawl(replica.url, out, "-s", "LOG_LEVEL=INFO", "-s", f"NEWSCRAWLER_CHROMIUM={hanging}",
                     "-s", 'PLAYWRIGHT_LAUNCH_OPTIONS={"headless": true, "timeout": 3000}', timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert time.monotonic() - started < 60  # one launch attempt (3 s), not one per page
    errors = [ln for ln in proc.stderr.splitlines() if "] ERROR:" in ln]
    assert len(errors) == 1 and "rendering failed (timeout)" in errors[0], errors
    js = [a for a in truth["articles"] if a["needs_js"]]
    assert f"'newscrawler/render/failed/timeout': {len(js)}" in proc.stderr
    assert len(read_jsonl(out)) == len(truth["articles"]) - len(js)


def test_a_crawl_that_meets_no_javascript_page_never_starts_the_browser(tmp_path):
    """Chromium installed, a site with no page that needs JavaScript: no driver, no browser."""
    from replica.build import build
    from replica.server import ReplicaServer

    assert find_chromium("") is not None  # `make test` installs it: the browser could start
    site_truth = build(tmp_path / "site", truth_file=tmp_path / "truth.json", js_articles=0)
    assert not any(a["needs_js"] for a in site_truth["articles"])
    out = tmp_path / "levant.jsonl"
    with ReplicaServer(tmp_path / "site") as server:
        proc = run_crawl(server.url, out, "-s", "LOG_LEVEL=INFO", timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Starting download handler" not in proc.stderr and "playwright/" not in proc.stderr
    assert "newscrawler/render/" not in proc.stderr
    assert len(read_jsonl(out)) == len(site_truth["articles"])
