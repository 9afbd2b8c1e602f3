"""Bad pages in a crawl: each is skipped or best-effort, counted in the stats, never fatal."""

import re

import pytest

from replica.server import ReplicaServer
from tests.support.crawl import read_jsonl, run_crawl

PARA = "<p>" + "تواصلت الاحتجاجات في المدينة لليوم الثالث على التوالي وسط انتشار أمني كثيف. " * 4 + "</p>"


GOOD = ("<html><head><title>{t}</title></head><body><article><h1>{t}</h1>"
        "<time datetime='2024-05-06T10:00:00+03:00'>6 أيار 2024</time>" + PARA * 3 + "</article></body></html>")


PAGES = {
    "/news/100001": GOOD.format(t="خبر سليم أول").encode(),
    "/news/100002": ("<html><body><article><h1>خبر بترميز عربي قديم دون إعلان</h1>" + PARA * 3
                     + "</article></body></html>").encode("cp1256"),
    "/news/100003": b"",
    "/news/100004": bytes(range(256)) * 400,
    "/news/100005": ("<html><body><article><h1>عنوان</h1>" + "<div>" * 10000 + PARA + "</div>" * 10000
                     + "</article></body></html>").encode(),
    "/news/100006": GOOD.format(t="خبر طويل جداً").replace("</article>", PARA * 12000 + "</article>").encode(),
    "/news/100007": GOOD.format(t="خبر مقطوع").encode()[:900],
    "/news/100008": "<html><body><h1>من نحن</h1><p>صفحة قصيرة.</p></body></html>".encode(),
}


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    site = tmp_path_factory.mktemp("badsite")
    links = "".join(f'<a href="{p}">رابط</a>' for p in PAGES)
    (site / "index.html").write_text(f"<html><body><nav>{links}</nav></body></html>", encoding="utf-8")
    for path, data in PAGES.items():
        (site / path.strip("/")).mkdir(parents=True)
        (site / path.strip("/") / "index.html").write_bytes(data)
    log = site.parent / "requests.log"
    with ReplicaServer(site, log_path=log) as server:
        out = site.parent / "bad.jsonl"
        proc = run_crawl(server.url, out, "-s", "LOG_LEVEL=INFO", spider="news", timeout=240)
    requests = [line.split()[1] for line in log.read_text(encoding="utf-8").splitlines()]
    yield {"proc": proc, "items": {i["url"].rsplit("/", 1)[1]: i for i in read_jsonl(out)}, "requests": requests}


def stat(log: str, key: str) -> int:
    m = re.search(rf"'{re.escape(key)}': (\d+)", log)
    return int(m.group(1)) if m else 0


def test_crawl_finishes_and_keeps_the_good_pages(crawl):
    assert crawl["proc"].returncode == 0, crawl["proc"].stderr[-2000:]
    items = crawl["items"]
    assert items["100001"]["title"] == "خبر سليم أول"
    assert items["100002"]["title"] == "خبر بترميز عربي قديم دون إعلان"  # windows-1256, undeclared
    assert items["100006"]["title"] == "خبر طويل جداً" and len(items["100006"]["body"]) > 1_000_000
    assert items["100007"]["title"] == "خبر مقطوع"  # truncated: best effort
    assert "100008" not in items


def test_each_bad_case_is_counted(crawl):
    log = crawl["proc"].stderr
    failed = sum(stat(log, k) for k in re.findall(r"'(newscrawler/extract_failed/[a-z_]+)'", log))
    # Empty, binary and not-an-article pages fail. The 10,000-deep page has no content for
    # lxml; it is then rendered (it might need JavaScript) and Chromium's parser, which
    # flattens deep nesting, yields it best-effort.
    assert stat(log, "newscrawler/extract_failed/empty") == 1
    assert stat(log, "newscrawler/extract_failed/not_html") == 1  # binary bytes at an article URL
    assert stat(log, "newscrawler/pages/not_html") == 1
    fetches = [p.rstrip("/") for p in crawl["requests"]]
    assert fetches.count("/news/100004") == 1 and fetches.count("/news/100003") == 1  # neither is ever rendered
    assert fetches.count("/news/100008") == 2  # not an article at an article URL: rendered once
    assert failed == 3 + ("100005" not in crawl["items"])
    assert failed + len(crawl["items"]) == len(PAGES)
    assert stat(log, "newscrawler/pages/article") == len(PAGES)
    assert log.count("not an article") == failed  # each logged once
