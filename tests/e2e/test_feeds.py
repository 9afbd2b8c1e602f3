"""JSON lines output of scheduled runs: one file per run by default, or appending to one file."""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
import time

import pytest

from replica.demo import LOOPBACK_SETTINGS, crawl_command
from tests.support.crawl import ROOT, read_jsonl, run_crawl, stored_urls


def crawl_in(cwd, url, *extra):
    """`scrapy crawl levant` run from another directory (as cron or scrapyd would)."""
    env = dict(os.environ, SCRAPY_SETTINGS_MODULE="newscrawler.settings",
               PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "levant", "-a", f"start_url={url}",
                           *LOOPBACK_SETTINGS, *extra], cwd=cwd, env=env, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_one_file_per_run_by_default(replica, truth, tmp_path):
    crawl_in(tmp_path, replica.url)
    time.sleep(1.1)  # the file name has the run's start time to the second
    crawl_in(tmp_path, replica.url)
    files = sorted((tmp_path / "output").glob("levant-*.jsonl"))
    assert len(files) == 2, files
    for f in files:
        items = read_jsonl(f)
        assert len(items) == len(truth["articles"]) == len({i["url"] for i in items})


def test_append_to_one_file(replica, truth, tmp_path):
    out = tmp_path / "all.jsonl"
    crawl_in(tmp_path, replica.url, "-o", str(out))
    crawl_in(tmp_path, replica.url, "-o", str(out))
    assert len(read_jsonl(out)) == 2 * len(truth["articles"])
    assert not (tmp_path / "output").exists()


@pytest.mark.parametrize("how", ["-O", "-o", "NEWSCRAWLER_FEED"])
@pytest.mark.parametrize("where", ["under_a_file", "a_folder"])
def test_unwritable_feed_fails_at_start_with_one_line(how, where, replica, tmp_path):
    (tmp_path / "plain.txt").write_text("not a folder")
    (tmp_path / "folder.jsonl").mkdir()
    target = str(tmp_path / "plain.txt" / "x.jsonl") if where == "under_a_file" else str(tmp_path / "folder.jsonl")
    args = ["-s", f"NEWSCRAWLER_FEED={target}"] if how == "NEWSCRAWLER_FEED" else [how, target]
    cmd = [sys.executable, "-m", "scrapy", "crawl", "levant", "-a", f"start_url={replica.url}", *LOOPBACK_SETTINGS, *args]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 2, proc.stderr[-2000:]
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"error: feed {target}: "), proc.stderr[-2000:]
    assert replica.requests() == []


def test_feed_folder_is_created_at_start(replica, truth, tmp_path):
    out = tmp_path / "new" / "nested" / "levant.jsonl"
    proc = run_crawl(replica.url, out)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert len(read_jsonl(out)) == len(truth["articles"])


def _file_size_limit(size: int):
    def apply():  # in the crawl process only: every file it writes stops at `size` bytes
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    return apply


def test_a_feed_that_cannot_grow_stops_the_crawl_and_loses_nothing(replica, truth, tmp_path):
    state = tmp_path / "seen.txt"
    incremental = ["-s", "NEWSCRAWLER_INCREMENTAL=True", "-s", f"NEWSCRAWLER_STATE_FILE={state}"]
    first_out = tmp_path / "first.jsonl"
    proc = subprocess.run(crawl_command(replica.url, first_out, *incremental), cwd=ROOT, capture_output=True,
                          text=True, timeout=180, preexec_fn=_file_size_limit(60_000))
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert proc.stderr.strip().splitlines()[-1] == (
        f"error: feed: cannot write {first_out} (File too large); the crawl was stopped")
    first = read_jsonl(first_out)  # every line whole: the item that did not fit left nothing behind
    assert 0 < len(first) < len(truth["articles"])
    assert first_out.read_bytes().endswith(b"\n")
    # Only what reached the file is remembered, so the next run fetches the rest.
    assert set(stored_urls(state)) == {i["url"] for i in first}
    second_out = tmp_path / "second.jsonl"
    proc = run_crawl(replica.url, second_out, *incremental)
    assert proc.returncode == 0, proc.stderr[-2000:]
    urls = [i["url"] for i in first + read_jsonl(second_out)]
    assert len(urls) == len(set(urls))
    assert set(urls) == {replica.origin + a["url"] for a in truth["articles"]}


def test_feed_to_a_pipe(replica, truth):
    # Not a regular file: no seek, no probe at start; the items go down the pipe whole.
    cmd = crawl_command(replica.url, None, "-o", "/dev/stdout:jsonlines")
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-2000:]
    items = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert {i["url"] for i in items} == {replica.origin + a["url"] for a in truth["articles"]}


def test_a_json_array_feed_is_remembered_once_stored(replica, truth, tmp_path):
    state, out = tmp_path / "seen.txt", tmp_path / "all.json"
    proc = run_crawl(replica.url, out, "-s", "NEWSCRAWLER_INCREMENTAL=True", "-s", f"NEWSCRAWLER_STATE_FILE={state}")
    assert proc.returncode == 0, proc.stderr[-2000:]
    urls = {i["url"] for i in json.loads(out.read_text(encoding="utf-8"))}
    assert urls == {replica.origin + a["url"] for a in truth["articles"]}
    assert set(stored_urls(state)) == urls


def _gzip_incremental_crawl(replica, tmp_path, target: str, size_limit: int, *extra: str):
    """An incremental crawl into one gzip JSON lines feed (via FEEDS), with a file size limit."""
    feeds = json.dumps({target: {"format": "jsonlines",
                                 "postprocessing": ["scrapy.extensions.postprocessing.GzipPlugin"]}})
    state = tmp_path / "seen.txt"
    cmd = crawl_command(replica.url, None, "-s", f"FEEDS={feeds}", *extra,
                        "-s", "NEWSCRAWLER_INCREMENTAL=True", "-s", f"NEWSCRAWLER_STATE_FILE={state}")
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=180,
                          preexec_fn=_file_size_limit(size_limit))
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert stored_urls(state) == []  # nothing remembered
    return proc.stderr.strip().splitlines()


def test_a_compressed_feed_that_fails_is_not_remembered(replica, tmp_path):
    lines = _gzip_incremental_crawl(replica, tmp_path, str(tmp_path / "all.jsonl.gz"), 20_000)
    assert lines[-1].startswith("error: feed: cannot ")


def test_a_batch_file_that_fails_when_stored_stops_the_crawl(replica, tmp_path):
    # Gzip output reaches the file when a batch is stored (every 10 items, during the crawl).
    lines = _gzip_incremental_crawl(replica, tmp_path, str(tmp_path / "batch-%(batch_id)d.jsonl.gz"), 3_000,
                                    "-s", "FEED_EXPORT_BATCH_ITEM_COUNT=10")
    assert lines[-1].startswith("error: feed: cannot store ")
    assert any("Error storing jsonlines feed (10 items)" in line for line in lines)


def test_items_the_format_cannot_encode_make_the_run_fail(replica, tmp_path):
    proc = run_crawl(replica.url, tmp_path / "x.jsonl", "-s", "FEED_EXPORT_ENCODING=ascii")
    assert proc.returncode == 1, proc.stderr[-2000:]
    last = proc.stderr.strip().splitlines()[-1]
    assert re.fullmatch(r"error: feed: \d+ items could not be exported \(UnicodeEncodeError: .*\); see the log", last)
