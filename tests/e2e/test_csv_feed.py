"""CSV feeds (newscrawler.storage.csv) of a real crawl: `scrapy crawl levant -O out.csv`, read back
with the csv module and json.loads, beside the JSON lines file of the same crawl."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from newscrawler.items.schema import FIELDS, LIST_FIELDS
from replica.demo import LOOPBACK_SETTINGS
from tests.support.crawl import ROOT, read_jsonl, run_crawl

BOM = b"\xef\xbb\xbf"


@pytest.mark.parametrize("excel", [False, True])
def test_csv_feed_reads_back(excel, replica, truth, tmp_path):
    out, jsonl = tmp_path / "out.csv", tmp_path / "out.jsonl"
    extra = ["-O", str(jsonl)] + (["-s", "NEWSCRAWLER_CSV_EXCEL=True"] if excel else [])
    proc = run_crawl(replica.url, out, *extra)
    assert proc.returncode == 0, proc.stderr[-3000:]
    data = out.read_bytes()
    assert data.startswith(BOM) == excel and data.count(BOM) == (1 if excel else 0)
    assert not jsonl.read_bytes().startswith(BOM)  # the JSON lines feed is as it was

    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert table[0] == list(FIELDS)
    rows = [dict(zip(table[0], row)) for row in table[1:]]
    assert all(len(row) == len(FIELDS) for row in table)
    origin = replica.origin
    expected = {origin + a["url"]: a for a in truth["articles"]}
    assert len(rows) == len(expected) and {r["url"] for r in rows} == set(expected)

    items = {i["url"]: i for i in read_jsonl(jsonl)}
    for row in rows:
        a, item = expected[row["url"]], items[row["url"]]
        assert row["title"] == a["title"], row["url"]
        read_also = json.loads(row["read_also"])
        assert read_also == [{"url": origin + r["url"], "title": r["title"]} for r in a["read_also"]], row["url"]
        assert all(set(link) == {"url", "title"} for link in read_also)
        assert json.loads(row["tags"]) == a["tags"] and json.loads(row["authors"]) == a["authors"], row["url"]
        for name in FIELDS:  # every cell: the JSON lines value, as the CSV rule writes it
            value = item.get(name)
            if name in LIST_FIELDS:
                assert json.loads(row[name]) == value, (row["url"], name)
            elif value is None:
                assert row[name] == "", (row["url"], name)
            else:
                assert row[name] == str(value), (row["url"], name)
    assert any(json.loads(r["read_also"]) for r in rows) and any(json.loads(r["images"]) for r in rows)


def test_bad_excel_setting_fails_at_start_with_one_line(replica, tmp_path):
    cmd = [sys.executable, "-m", "scrapy", "crawl", "levant", "-a", f"start_url={replica.url}", *LOOPBACK_SETTINGS,
           "-O", str(tmp_path / "out.csv"), "-s", "NEWSCRAWLER_CSV_EXCEL=maybe"]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 2, proc.stderr[-2000:]
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert lines == ["error: NEWSCRAWLER_CSV_EXCEL must be True or False, got 'maybe'"], proc.stderr[-2000:]
    assert replica.requests() == [] and not (tmp_path / "out.csv").exists()
