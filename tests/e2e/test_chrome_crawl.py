"""The learned chrome in crawls (newscrawler.spiders.chrome): `scrapy crawl news` on a re-skin of
the replica whose bodies hold chrome no list names (tests/support/reskin.py). The first pages
come out as clean as the rest, a crawl of a few pages loses no item, and the model is kept with
the crawl's state: incremental runs and JOBDIR."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import time

import pytest

from replica.demo import crawl_command
from replica.server import ReplicaServer
from tests.support import reskin
from tests.support.crawl import ROOT, read_jsonl, run_crawl
from tests.support.servers import Served


def stats(log: str) -> dict[str, int]:
    return {k: int(v) for k, v in re.findall(r"'(newscrawler/chrome/[^']+)': (\d+)", log)}


@pytest.fixture
def reskinned(tmp_path):
    """The re-skinned site, served; `build(n)` re-renders it with its first n articles."""
    site = tmp_path / "site"
    log = tmp_path / "requests.log"
    state = {"truth": reskin.build(site)}
    with ReplicaServer(site, log) as server:
        served = Served(server, log)
        served.truth = lambda: state["truth"]

        def build(n=None):
            state["truth"] = reskin.build(site, n=n)
        served.build = build
        yield served


def removed_per_page(i: int) -> int:
    """Chrome blocks of re-skinned page i that reach the model: the app, channel and about boxes,
    and the letter where it is (the reading-time line is a chrome line of the text rules)."""
    return 3 + (2 if i % 3 else 0)


def check_bodies(items, site):
    exp = {site.origin + a["url"]: a for a in site.truth()}
    assert sorted(i["url"] for i in items) == sorted(exp)
    for item in items:
        assert item["body"] == exp[item["url"]]["body"], item["url"]
        assert item["title"] == exp[item["url"]]["title"]


def test_news_on_a_reskin_every_body_clean_first_pages_included(reskinned, tmp_path):
    out = tmp_path / "news.jsonl"
    proc = run_crawl(reskinned.url, out, "-s", "LOG_LEVEL=INFO", spider="news")
    assert proc.returncode == 0, proc.stderr[-3000:]
    check_bodies(read_jsonl(out), reskinned)
    s = stats(proc.stderr)
    n = len(reskinned.truth())
    assert s["newscrawler/chrome/pages"] == n
    assert s["newscrawler/chrome/buffered"] == 12
    assert s["newscrawler/chrome/blocks_learned"] >= 5
    assert s["newscrawler/chrome/paragraphs_removed"] == sum(removed_per_page(i) for i in range(n))
    assert "chrome learned on 127.0.0.1 over" in proc.stderr


def test_crawl_of_fewer_pages_than_the_model_waits_for_loses_no_item(reskinned, tmp_path):
    reskinned.build(8)
    out = tmp_path / "few.jsonl"
    proc = run_crawl(reskinned.url, out, "-s", "LOG_LEVEL=INFO", spider="news")
    assert proc.returncode == 0, proc.stderr[-3000:]
    check_bodies(read_jsonl(out), reskinned)  # released when the crawl went idle, judged by 8 pages
    assert stats(proc.stderr)["newscrawler/chrome/buffered"] == 8


def test_switched_off_the_bodies_keep_the_chrome(reskinned, tmp_path):
    reskinned.build(8)
    out = tmp_path / "off.jsonl"
    proc = run_crawl(reskinned.url, out, "-s", "LOG_LEVEL=INFO", "-s", "NEWSCRAWLER_LEARN_CHROME=False", spider="news")
    assert proc.returncode == 0, proc.stderr[-3000:]
    items = read_jsonl(out)
    assert len(items) == 8 and all(reskin.ABOUT in i["body"] for i in items)
    assert not stats(proc.stderr)


def test_incremental_run_starts_with_the_learned_model(reskinned, tmp_path):
    settings = ["-s", "NEWSCRAWLER_INCREMENTAL=True", "-s", f"NEWSCRAWLER_STATE_FILE={tmp_path}/state/%(name)s-seen.txt",
                "-s", "LOG_LEVEL=INFO"]
    reskinned.build(30)
    proc = run_crawl(reskinned.url, tmp_path / "run1.jsonl", *settings, spider="news")
    assert proc.returncode == 0, proc.stderr[-3000:]
    saved = json.loads((tmp_path / "state" / "news-chrome.json").read_text(encoding="utf-8"))
    assert saved["hosts"]["127.0.0.1"]["seen"] == 30

    reskinned.build(36)
    proc = run_crawl(reskinned.url, tmp_path / "run2.jsonl", *settings, spider="news")
    assert proc.returncode == 0, proc.stderr[-3000:]
    items = read_jsonl(tmp_path / "run2.jsonl")
    assert len(items) == 6
    exp = {reskinned.origin + a["url"]: a for a in reskinned.truth()}
    assert all(i["body"] == exp[i["url"]]["body"] for i in items)
    s = stats(proc.stderr)
    assert "newscrawler/chrome/buffered" not in s  # the model was ready from the start
    assert s["newscrawler/chrome/pages"] == 6
    assert json.loads((tmp_path / "state" / "news-chrome.json").read_text(encoding="utf-8"))["hosts"]["127.0.0.1"]["seen"] == 36


def test_jobdir_crawl_stopped_while_items_are_held_resumes_with_model_and_items(tmp_path):
    """Ctrl-C before the model is ready: the held items and the model go into JOBDIR's state;
    the resumed crawl releases them, clean, and every article is written once."""
    site = tmp_path / "site"
    truth = reskin.build(site, n=24)
    log = tmp_path / "requests.log"
    with ReplicaServer(site, log, latency=0.25) as server:
        served = Served(server, log)
        served.truth = lambda: truth
        jobdir = ["-s", f"JOBDIR={tmp_path}/job", "-s", "LOG_LEVEL=INFO", "-s", "CONCURRENT_REQUESTS=2"]
        first = subprocess.Popen(crawl_command(server.url, tmp_path / "a.jsonl", *jobdir, spider="news"), cwd=ROOT,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while sum(p.startswith("/news/") for p, _ in served.requests()) < 5 and time.monotonic() < deadline:
            time.sleep(0.05)
        first.send_signal(signal.SIGINT)
        _, err1 = first.communicate(timeout=60)
        assert first.returncode == 0, err1[-3000:]
        held = stats(err1).get("newscrawler/chrome/held_at_close", 0)
        assert held >= 3, err1[-3000:]
        assert "kept in JOBDIR's state" in err1
        proc = run_crawl(server.url, tmp_path / "b.jsonl", *jobdir, spider="news")
        assert proc.returncode == 0, proc.stderr[-3000:]
        items = read_jsonl(tmp_path / "a.jsonl") + read_jsonl(tmp_path / "b.jsonl")
        check_bodies(items, served)
