"""End to end: crawls whose pages need JavaScript, with no browser, a broken one, a hanging one, or none needed."""

from __future__ import annotations

import time

from newscrawler.fetch.rendering import find_chromium
from tests.support.crawl import read_jsonl, run_crawl


def test_without_a_browser_the_crawl_goes_on_and_reports_it_once(replica, truth, tmp_path):
    out = tmp_path / "levant.jsonl"
    proc = run_crawl(replica.url, out, "-s", "LOG_LEVEL=INFO", "-s", f"NEWSCRAWLER_CHROMIUM={tmp_path / 'no-chromium'}",
                     timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    errors = [ln for ln in proc.stderr.splitlines() if "] ERROR:" in ln]
    assert len(errors) == 1, errors
    assert "apt-get install -y chromium" in errors[0] and "NEWSCRAWLER_CHROMIUM" in errors[0]
    js = [a for a in truth["articles"] if a["needs_js"]]
    assert f"'newscrawler/render/failed/no_browser': {len(js) + 1}" in proc.stderr  # and the soft 404
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
    assert f"'newscrawler/render/failed/browser_error': {len(js) + 1}" in proc.stderr  # and the soft 404
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
    assert f"'newscrawler/render/failed/timeout': {len(js) + 1}" in proc.stderr  # and the soft 404
    assert len(read_jsonl(out)) == len(truth["articles"]) - len(js)


def test_a_crawl_that_meets_no_javascript_page_never_starts_the_browser(tmp_path):
    """Chromium installed, a site with no page that needs JavaScript: no driver, no browser."""
    from replica.build import build
    from replica.server import ReplicaServer

    assert find_chromium("") is not None  # `make test` installs it: the browser could start
    site_truth = build(tmp_path / "site", truth_file=tmp_path / "truth.json", js_articles=0)
    assert not any(a["needs_js"] for a in site_truth["articles"])
    # The soft 404 at an article URL is not an article: that would be rendered once, in case a
    # script fills it. Here it answers 404, like the deleted article.
    from tests.support.pages import article_file

    (tmp_path / "site" / article_file(site_truth["soft_404_article"])).unlink()
    out = tmp_path / "levant.jsonl"
    with ReplicaServer(tmp_path / "site") as server:
        proc = run_crawl(server.url, out, "-s", "LOG_LEVEL=INFO", timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Starting download handler" not in proc.stderr and "playwright/" not in proc.stderr
    assert "newscrawler/render/" not in proc.stderr
    assert len(read_jsonl(out)) == len(site_truth["articles"])


CHROME_ONLY = """<html lang="ar"><head><meta charset="utf-8"><title>{title}</title>
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{title}",
 "datePublished": "2024-05-06T10:00:00+03:00"}}</script></head><body>
<div class="k3x"><h1>{title}</h1><div class="b7q" id="b"><p>اشترك في قائمتنا البريدية للحصول على التحديثات الجديدة!</p>
<p>جاري التحميل...</p></div></div>
<script>setTimeout(function () {{ document.getElementById("b").innerHTML = {body}; }}, 300);</script>
</body></html>"""


def test_an_article_whose_static_body_is_only_chrome_is_rendered_once(tmp_path):
    """The decision is taken on the finished item: a body the pipelines would empty (only chrome)
    is rendered, and the rendered page gives the script's body."""
    import json

    from replica.server import ReplicaServer

    site = tmp_path / "site"
    body = "".join(f"<p>الفقرة {n} من نص الخبر الذي يضيفه السكربت بعد تحميل الصفحة في المتصفح.</p>" for n in range(1, 4))
    path = "news/2024/05/06/khabar-yadaf-bil-script"
    (site / path).mkdir(parents=True)
    (site / path / "index.html").write_text(
        CHROME_ONLY.format(title="خبر يضاف بالسكربت", body=json.dumps(body, ensure_ascii=False)), encoding="utf-8")
    (site / "index.html").write_text(f'<html><body><nav><a href="/{path}">خبر</a></nav></body></html>',
                                     encoding="utf-8")
    out = tmp_path / "news.jsonl"
    with ReplicaServer(site) as server:
        proc = run_crawl(server.url, out, "-s", "LOG_LEVEL=INFO", spider="news", timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "'newscrawler/render/reason/chrome_only_body': 1" in proc.stderr
    assert "'newscrawler/render/total': 1" in proc.stderr and "render/failed" not in proc.stderr
    [item] = read_jsonl(out)
    assert item["body"].split("\n\n")[0].startswith("الفقرة 1 من نص الخبر") and "شارك المقال" not in item["body"]
