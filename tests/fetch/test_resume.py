"""Resuming after a kill (newscrawler.fetch.resume); the killed crawls are in tests/e2e/test_resume.py."""

from __future__ import annotations

import json
import os

from newscrawler.fetch.resume import MARK, appended_feeds, close_jobdir, last_item, open_jobdir, repair_lines
from tests.support.settings import project_settings


def test_a_cut_last_line_is_removed_and_whole_lines_are_kept(tmp_path):
    f = tmp_path / "items.jsonl"
    f.write_bytes(b'{"url": "a"}\n{"url": "b"}\n{"url": "c", "bo')
    assert repair_lines(f) == len(b'{"url": "c", "bo')
    assert f.read_bytes() == b'{"url": "a"}\n{"url": "b"}\n'
    assert repair_lines(f) == 0 and last_item(f) == {"url": "b"}
    f.write_bytes(b'{"url": "only", "cut')
    assert repair_lines(f) > 0 and f.read_bytes() == b"" and last_item(f) is None
    assert repair_lines(tmp_path / "missing.jsonl") == 0 and last_item(tmp_path / "missing.jsonl") is None


def test_a_jobdir_says_whether_the_job_ran_before_and_was_killed_and_keeps_no_frontier(tmp_path):
    job = tmp_path / "job"
    assert open_jobdir(job) == (False, False) and (job / MARK).exists()  # a new job
    (job / "requests.queue").mkdir()  # Scrapy's, left by another scheduler
    (job / "requests.queue" / "p0").write_text("x")
    (job / "requests.seen").write_text("abc\n")
    (job / "spider.state").write_bytes(b"state")
    (job / "newscrawler-written.txt").write_text("http://x/a\n")
    assert open_jobdir(job) == (True, True)  # the mark was left: killed
    assert not (job / "requests.queue").exists() and not (job / "requests.seen").exists()
    assert (job / "spider.state").exists() and (job / "newscrawler-written.txt").exists()
    close_jobdir(job)
    assert not (job / MARK).exists()
    assert open_jobdir(job) == (True, False)  # a clean stop


def test_the_scheduler_and_the_duplicate_filter_keep_nothing_in_jobdir(tmp_path):
    from scrapy import Request
    from scrapy.utils.test import get_crawler

    from newscrawler.fetch.resume import MemoryScheduler, RunDupeFilter

    crawler = get_crawler(settings_dict={"JOBDIR": str(tmp_path / "job")})
    seen = RunDupeFilter.from_crawler(crawler)
    assert seen.file is None and not seen.request_seen(Request("http://x/a")) and seen.request_seen(Request("http://x/a"))
    scheduler = MemoryScheduler(seen, jobdir=str(tmp_path / "job"))
    assert scheduler.dqdir is None
    assert not (tmp_path / "job" / "requests.seen").exists() and not (tmp_path / "job" / "requests.queue").exists()


def test_the_feeds_a_run_appends_to(tmp_path):
    old, new = tmp_path / "levant-2026-01-01T00-00-00.jsonl", tmp_path / "levant-2026-01-02T00-00-00.jsonl"
    old.write_text(json.dumps({"url": "a"}) + "\n")
    new.write_text(json.dumps({"url": "b"}) + "\n")
    os.utime(old, (1, 1))
    s = project_settings(FEEDS={str(tmp_path / "%(name)s-%(time)s.jsonl"): {"format": "jsonlines"},
                                str(tmp_path / "all.jsonl"): {"format": "jsonlines"},
                                str(tmp_path / "over.jsonl"): {"format": "jsonlines", "overwrite": True},
                                str(tmp_path / "x.json"): {"format": "json"}})
    (tmp_path / "all.jsonl").write_text("")
    (tmp_path / "over.jsonl").write_text("")
    (tmp_path / "x.json").write_text("[]")
    assert appended_feeds(s, "levant") == [new, tmp_path / "all.jsonl"]


def test_the_duplicate_filter_knows_a_page_by_its_canonical_url():
    from scrapy import Request
    from scrapy.utils.test import get_crawler

    from newscrawler.fetch.resume import RunDupeFilter

    dupes = RunDupeFilter.from_crawler(get_crawler())
    assert not dupes.request_seen(Request("https://www.x.test/a/?utm_source=t"))
    assert dupes.request_seen(Request("https://x.test/a"))  # the same page, as a stored link writes it
    assert not dupes.request_seen(Request("https://x.test/b"))
    assert not dupes.request_seen(Request("data:,"))
