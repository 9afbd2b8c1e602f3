"""JSON lines output of scheduled runs: one file per run by default, or appending to one file."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from replica.demo import LOOPBACK_SETTINGS
from tests.conftest import ROOT, read_jsonl


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
