"""End to end: `scrapy report` over a crawl of the replica, from JSON lines and from MongoDB,
checked against the truth file, then looked at in headless Chromium with the network blocked
(no console error, every chart drew coloured marks in the screenshot); and bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.support.crawl import ROOT, run_crawl
from tests.support.mongo import MongoTarget
from tests.support.servers import free_port

CHARTS = ("chart-days", "chart-sections", "chart-hours", "chart-sources", "chart-tags", "chart-authors",
          "chart-missing", "chart-body", "chart-dates", "chart-runs")


def report(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scrapy", "report", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


def report_here(capsys, *args: str) -> subprocess.CompletedProcess:
    """`scrapy report ARGS` in this process (the same command line, without a second's start-up):
    for the many bad-option cases."""
    from scrapy.cmdline import execute

    capsys.readouterr()
    try:
        execute(["scrapy", "report", *args])
        code = 0
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(args, code, out, err)


def one_error_line(proc) -> str:
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert proc.returncode == 2 and len(lines) == 1 and lines[0].startswith("error: "), (proc.returncode, proc.stderr)
    return lines[0]


@pytest.fixture(scope="module")
def crawl(replica_module, _shared_mongo_server, tmp_path_factory):
    """One crawl of the replica into a JSON lines feed and MongoDB at once."""
    target = MongoTarget(_shared_mongo_server.uri, "secantus")
    out = tmp_path_factory.mktemp("report") / "levant.jsonl"
    proc = run_crawl(replica_module.url, out, *target.settings())
    assert proc.returncode == 0, proc.stderr[-3000:]
    yield {"feed": out, "mongo": target}
    target.close()


def expected(truth: dict) -> dict:
    """What the truth file implies, worked out here from the truth alone."""
    zone = ZoneInfo(truth["site_timezone"])
    arts = truth["articles"]
    days = Counter(datetime.fromisoformat(a["published_at"]).astimezone(zone).date() for a in arts)
    first, last = min(days), max(days)
    per_day = {(first + timedelta(n)).isoformat(): days.get(first + timedelta(n), 0)
               for n in range((last - first).days + 1)}
    missing = {f: sum(1 for a in arts if a[f] in (None, "", [])) for f in
               ("title", "body", "published_at", "section", "authors", "source", "tags")}
    return {"total": len(arts), "per_section": dict(Counter(a["section"] for a in arts)), "per_day": per_day,
            "missing": missing}


def check_against_truth(figures: dict, truth: dict) -> None:
    exp = expected(truth)
    assert figures["total"] == exp["total"]
    assert figures["per_section"] == exp["per_section"]
    assert figures["per_day"] == exp["per_day"]
    assert figures["missing"] == exp["missing"]
    assert figures["gap_days"] == sum(1 for c in exp["per_day"].values() if c == 0) > 0
    assert figures["dates"]["ok"] == exp["total"] and sum(figures["suspicious"].values()) == 0
    assert sum(figures["hours"]) == exp["total"] and figures["malformed"] == 0
    sources = Counter(a["source"] for a in truth["articles"] if a["source"])
    assert dict(map(tuple, figures["top_sources"])) == dict(sources.most_common(20))


@pytest.fixture(scope="module")
def json_report(crawl, tmp_path_factory):
    out = tmp_path_factory.mktemp("json-report") / "report.html"
    proc = report(str(crawl["feed"]), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"{out}: 105 articles, 6 sections"), proc.stdout
    return out


def test_report_from_json_lines_equals_truth(json_report, truth):
    figures = json.loads(json_report.with_suffix(".json").read_text(encoding="utf-8"))
    check_against_truth(figures, truth)
    (run,) = figures["runs"]   # from levant.jsonl.summary.json
    assert (run["items"], run["exit_status"]) == (105, 0)


def test_report_from_mongodb_equals_truth(crawl, truth, tmp_path):
    out = tmp_path / "mongo.html"
    mongo = crawl["mongo"]
    proc = report(mongo.uri, "-s", f"MONGO_DATABASE={mongo.database}", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    figures = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    check_against_truth(figures, truth)
    (run,) = figures["runs"]   # the `runs` collection
    assert (run["items"], run["exit_status"], run["spider"]) == (105, 0, "levant") and run["finished_at"]


def test_the_page_opens_offline_without_errors_and_every_chart_has_marks(json_report, truth, tmp_path):
    from tests.report.browser import look

    page = json_report.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="ar" dir="rtl">' in page
    seen = look(json_report, tmp_path / "report.png")
    assert seen.errors == [] and seen.blocked == []
    assert set(seen.charts) == set(CHARTS)
    for chart, got in seen.charts.items():
        box = got["box"]
        assert box["w"] > 300 and box["h"] > 200, (chart, box)
        assert got["coloured"] > 500, (chart, got)   # bars, lines, markers in the screenshot
    for section in expected(truth)["per_section"]:
        assert section in seen.text
    assert (tmp_path / "report.png").stat().st_size > 50_000


def test_malformed_lines_are_counted_and_skipped(crawl, tmp_path):
    lines = crawl["feed"].read_bytes().splitlines()
    feed = tmp_path / "broken.jsonl"
    feed.write_bytes(b"\n".join(lines[:10] + [b'{"url": "https://thelevantnews.com/article/x", "tit', b"\xff\xfe"]
                                + lines[10:20]) + b"\n")
    proc = report(str(feed), "-o", str(tmp_path / "r.html"))
    assert proc.returncode == 0, proc.stderr
    assert "20 articles" in proc.stdout and "2 malformed lines skipped" in proc.stdout
    figures = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert figures["total"] == 20 and figures["malformed"] == 2
    assert figures["malformed_lines"] == {str(feed): [11, 12]}
    assert "أسطر تالفة" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_an_empty_source_gives_a_report_that_says_so(tmp_path):
    feed = tmp_path / "empty.jsonl"
    feed.write_text("")
    proc = report(str(feed), "-o", str(tmp_path / "r.html"))
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    assert "no articles in the source" in proc.stdout
    assert "لا توجد مقالات" in (tmp_path / "r.html").read_text(encoding="utf-8")
    figures = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert (figures["total"], figures["per_section"], figures["per_day"]) == (0, {}, {})


def test_a_missing_file_is_one_line_and_exit_2(tmp_path):
    proc = report(str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "r.html"))
    assert one_error_line(proc) == f"error: no such file: {tmp_path / 'nope.jsonl'}"
    assert not (tmp_path / "r.html").exists()


def test_an_unreadable_source_is_one_line_and_exit_2(tmp_path):
    proc = report(str(tmp_path), "-o", str(tmp_path / "r.html"))
    assert "it is a folder" in one_error_line(proc)
    locked = tmp_path / "locked.jsonl"
    locked.write_text("{}\n")
    locked.chmod(0)
    if os.geteuid() != 0:   # root reads it anyway
        assert "Permission denied" in one_error_line(report(str(locked), "-o", str(tmp_path / "r.html")))
    assert not (tmp_path / "r.html").exists()


def test_an_unreachable_mongodb_is_one_line_and_exit_2(tmp_path):
    uri = f"mongodb://analyst:Hunter2pw@127.0.0.1:{free_port()}/news"
    proc = report(uri, "-s", "MONGO_TIMEOUT=0.5", "-o", str(tmp_path / "r.html"), timeout=60)
    line = one_error_line(proc)
    assert line.startswith("error: MONGO_URI: cannot use MongoDB at mongodb://analyst:***@127.0.0.1:")
    assert "Hunter2pw" not in proc.stderr and not (tmp_path / "r.html").exists()


def test_bad_options_and_outputs_are_one_line_and_exit_2(tmp_path, capsys):
    feed = tmp_path / "x.jsonl"
    feed.write_text("")
    out = str(tmp_path / "r.html")
    assert "--site-start" in one_error_line(report_here(capsys, str(feed), "--site-start", "2019-13-01", "-o", out))
    assert "unknown time zone" in one_error_line(report_here(capsys, str(feed), "--timezone", "Mars/Olympus", "-o", out))
    assert "no site profile 'nope'" in one_error_line(report_here(capsys, str(feed), "--site", "nope", "-o", out))
    assert "is a folder" in one_error_line(report_here(capsys, str(feed), "-o", str(tmp_path)))
    assert "give a JSON lines file" in one_error_line(report_here(capsys))
    assert "not a valid MongoDB URI" in one_error_line(report_here(capsys, "mongodb://x:y@", "-o", out))
    gz = tmp_path / "bad.jsonl.gz"
    gz.write_text("not gzip")
    assert "cannot read" in one_error_line(report_here(capsys, str(gz), "-o", out))
    assert not (tmp_path / "r.html").exists()


def test_the_report_never_overwrites_a_feed_given(tmp_path, capsys):
    # a JSON lines feed named .json: report.json beside `-o feed.html` would be written over it
    feed = tmp_path / "feed.json"
    feed.write_text('{"url": "https://x/1", "title": "t", "published_at": null}\n', encoding="utf-8")
    before = feed.read_bytes()
    for out in ("feed.html", "feed.json"):
        line = one_error_line(report_here(capsys, str(feed), "-o", str(tmp_path / out)))
        assert "would overwrite its source" in line and str(feed) in line
    assert feed.read_bytes() == before and not (tmp_path / "feed.html").exists()


def test_a_feed_given_twice_is_read_once(tmp_path, capsys):
    feed = tmp_path / "levant.jsonl"
    feed.write_text('{"url": "https://x/1", "title": "t", "published_at": "2024-05-01T09:00:00+01:00"}\n',
                    encoding="utf-8")
    (tmp_path / "levant.jsonl.summary.json").write_text(json.dumps({"items": 1, "exit_status": 0, "seconds": 2}))
    proc = report_here(capsys, str(feed), str(tmp_path / "." / "levant.jsonl"), "-o", str(tmp_path / "r.html"))
    assert proc.returncode == 0, proc.stderr
    figures = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert figures["total"] == 1 and len(figures["runs"]) == 1 and figures["sources"] == [str(feed)]
