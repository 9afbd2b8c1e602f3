"""The report's figures, item by item: days in the site's zone, gaps, suspicious dates, missing
fields, top-k, and the JSON lines reader's malformed lines."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

from newscrawler.report.aggregate import NO_SECTION, Accumulator, TopCounter
from newscrawler.report.html import render
from newscrawler.report.sources import JsonLinesSource

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=timezone.utc)


def item(n: int, published_at, section="سياسة", **extra) -> dict:
    base = {"url": f"https://thelevantnews.com/article/{n}", "title": f"عنوان {n}", "body": "نص " * 100,
            "published_at": published_at, "section": section, "authors": ["ريم العلي"], "source": "رويترز",
            "tags": ["سوريا"]}
    base.update(extra)
    return base


def figures(items, zone="Europe/London", start=date(2019, 1, 1)) -> dict:
    acc = Accumulator(zone, start, NOW)
    for i in items:
        acc.add(i)
    return acc.result()


def test_gap_days_are_zero_never_left_out_and_flagged():
    f = figures([item(1, "2024-01-01T10:00:00+00:00"), item(2, "2024-01-04T10:00:00+00:00"),
                 item(3, "2024-01-04T11:00:00+00:00", section="اقتصاد")])
    assert f["per_day"] == {"2024-01-01": 1, "2024-01-02": 0, "2024-01-03": 0, "2024-01-04": 2}
    assert f["gaps"] == [{"from": "2024-01-02", "to": "2024-01-03", "days": 2}] and f["gap_days"] == 2
    assert f["per_section_day"]["اقتصاد"] == {"2024-01-01": 0, "2024-01-02": 0, "2024-01-03": 0, "2024-01-04": 1}
    assert f["per_section"] == {"سياسة": 2, "اقتصاد": 1}
    assert (f["first_day"], f["last_day"]) == ("2024-01-01", "2024-01-04")


def test_days_and_hours_are_the_sites_around_midnight():
    f = figures([
        item(1, "2024-06-06T23:30:00+00:00"),   # London summer time: 7 June, 00:30
        item(2, "2024-01-06T23:30:00+00:00"),   # winter: 6 January, 23:30
        item(3, "2024-06-06T00:30:00+03:00"),   # 5 June, 22:30 in London
        item(4, datetime(2024, 3, 30, 23, 59, 30)),  # a BSON date (naive UTC): 30 March 23:59 (GMT)
        item(5, "2024-03-31T00:30:00"),         # no offset: London wall-clock time
    ])
    days = {d for d, c in f["per_day"].items() if c}
    assert days == {"2024-06-07", "2024-01-06", "2024-06-05", "2024-03-30", "2024-03-31"}
    assert [h for h, c in enumerate(f["hours"]) for _ in range(c)] == [0, 0, 22, 23, 23]
    # The same items counted in Damascus (UTC+3 all year since 2022; +2/+3 before)
    f = figures([item(1, "2024-06-06T23:30:00+00:00"), item(2, "2024-01-06T20:59:00+00:00")], zone="Asia/Damascus")
    assert {d for d, c in f["per_day"].items() if c} == {"2024-06-07", "2024-01-06"}


def test_suspicious_dates_are_counted_apart_and_never_drawn():
    f = figures([
        item(1, "1970-01-01T00:00:00Z"),
        item(2, "1970-01-01T00:00:00+00:00", section=None),
        item(3, "2018-05-01T09:00:00+01:00"),       # before the site existed
        item(4, "2027-01-01T09:00:00+00:00"),       # in the future
        item(5, "غداً"),                             # not a date
        item(6, None),
        item(7, "2024-05-01T09:00:00+01:00"),
    ])
    assert f["dates"] == {"ok": 1, "missing": 1, "unparsed": 1, "future": 1, "before_site": 1, "epoch": 2}
    assert f["suspicious"] == {"future": 1, "before_site": 1, "epoch": 2, "unparsed": 1}
    assert f["per_day"] == {"2024-05-01": 1}
    assert f["total"] == 7 and f["missing"]["published_at"] == 1
    assert [x["url"] for x in f["suspicious_examples"]["epoch"]] == [
        "https://thelevantnews.com/article/1", "https://thelevantnews.com/article/2"]
    assert f["suspicious_examples"]["future"][0]["published_at"].startswith("2027-01-01")
    assert f["per_section"][NO_SECTION] == 1


def test_without_a_site_start_old_dates_are_plausible():
    f = figures([item(1, "2001-09-11T13:00:00+00:00")], start=None)
    assert f["per_day"] == {"2001-09-11": 1} and f["site_start"] is None


def test_missing_fields_top_lists_and_duplicates():
    items = [item(1, "2024-05-01T09:00:00+01:00", authors=[], source=None, tags=["سوريا", "لبنان"]),
             item(2, "2024-05-02T09:00:00+01:00", source="  ", title="", body=""),
             item(3, "2024-05-02T10:00:00+01:00", authors=["ريم العلي", "مازن درويش"]),
             item(3, "2024-05-02T10:00:00+01:00")]   # the same article again (a later feed): once
    f = figures(items)
    assert f["total"] == 3 and f["duplicates_skipped"] == 1
    assert f["missing"] == {"title": 1, "body": 1, "published_at": 0, "section": 0, "authors": 1, "source": 2, "tags": 0}
    assert f["missing_share"]["source"] == round(2 / 3, 4)
    assert f["top_sources"] == [["رويترز", 1]]
    assert f["top_authors"] == [["ريم العلي", 2], ["مازن درويش", 1]]
    assert f["top_tags"] == [["سوريا", 3], ["لبنان", 1]]
    bins = {b["from"]: b["count"] for b in f["body_length"]["bins"] if b["count"]}
    assert bins == {0: 1, 250: 2}  # "نص " * 100 = 300 characters


def test_the_90_day_average_trails():
    items = [item(n, f"2024-01-{n:02d}T12:00:00+00:00") for n in range(1, 11)]
    f = figures(items)
    assert list(f["average_90d"].values()) == [1.0] * 10
    f = figures([item(1, "2024-01-01T12:00:00+00:00"), item(2, "2024-01-03T12:00:00+00:00")])
    assert list(f["average_90d"].values()) == [1.0, 0.5, round(2 / 3, 3)]


def test_top_counter_stays_bounded():
    top = TopCounter(capacity=100)
    for n in range(1000):
        top.add("كثير")
        top.add(f"نادر {n}")
    assert len(top.counts) <= 100 and not top.exact
    assert top.top(1) == [["كثير", 1000]]


def test_run_summaries_become_the_history():
    acc = Accumulator("Europe/London", None, NOW)
    acc.add_run({"items": 97, "failures": {"http/404": 1, "extract/not_article": 2}, "seconds": 41.2,
                 "exit_status": 0, "healthy": True, "failed_checks": [], "finished_at": "2026-12-06T10:00:00+00:00"})
    acc.add_run({"items": 0, "failures": {}, "seconds": 3.0, "exit_status": 1, "healthy": False,
                 "failed_checks": ["0 articles, expected at least 1"],
                 "finished_at": datetime(2026, 12, 7, 10, 0)})
    runs = acc.result()["runs"]
    assert [(r["items"], r["failures"], r["exit_status"]) for r in runs] == [(97, 3, 0), (0, 0, 1)]
    assert runs[1]["finished_at"] == "2026-12-07T10:00:00+00:00"


def test_malformed_lines_are_counted_and_skipped(tmp_path):
    feed = tmp_path / "x.jsonl"
    good = json.dumps(item(1, "2024-05-01T09:00:00+01:00"), ensure_ascii=False).encode()
    feed.write_bytes(b"\n".join([good, b'{"url": "cut', b"[1, 2]", b"\xff\xfe not utf-8", b"", b"   ",
                                 json.dumps(item(2, None)).encode()]) + b"\n")
    source = JsonLinesSource(feed)
    source.check()
    items = list(source.items())
    assert [i["url"][-1] for i in items] == ["1", "2"]
    assert source.malformed == 3 and source.malformed_lines == [2, 3, 4] and source.lines == 5


def test_an_empty_report_says_so():
    page = render(figures([]), {"sources": ["empty.jsonl"], "malformed": {}, "site": "levant"})
    assert 'lang="ar" dir="rtl"' in page and "لا توجد مقالات" in page
    assert "Plotly" not in page  # nothing to draw, no library


def test_the_page_carries_its_charts_and_no_outside_reference():
    page = render(figures([item(1, "2024-05-01T09:00:00+01:00")]), {"sources": ["x"], "malformed": {}, "site": "levant"})
    for chart in ("chart-days", "chart-sections", "chart-hours", "chart-sources", "chart-tags", "chart-authors",
                  "chart-missing", "chart-body", "chart-dates"):
        assert f'id="{chart}"' in page
    assert "<script src=" not in page and "<link " not in page and "@import" not in page


def test_dates_at_the_calendars_edge_are_suspicious_never_a_crash():
    # a valid JSON line whose date cannot be moved to the site's zone (year 1 east of UTC,
    # year 9999 west of it): counted apart, the report goes on
    f = figures([item(1, "0001-01-01T00:00:00+03:00"), item(2, "9999-12-31T23:00:00-03:00"),
                 item(3, "2024-05-01T09:00:00+01:00")])
    assert f["dates"]["before_site"] == 1 and f["dates"]["future"] == 1 and f["per_day"] == {"2024-05-01": 1}
    assert figures([item(1, "0001-01-01T00:00:00+03:00")], start=None)["dates"]["unparsed"] == 1


def test_scraped_text_cannot_break_out_of_the_charts_script():
    # "<!--<script>" in a tag would put the HTML parser in the script's double-escaped state:
    # the closing </script> no longer closes it, and no chart is drawn
    f = figures([item(1, "2024-05-01T09:00:00+01:00", tags=["<!--<script>", "</script><b>x"])])
    page = render(f, {"sources": ["x"], "malformed": {}, "site": "levant"})
    charts = page[page.index("const CHARTS = "):]
    charts = charts[:charts.index("</script>")]
    assert "<" not in charts
    assert json.loads(charts[len("const CHARTS = "):charts.index(";\n")])["chart-tags"]["data"][0]["y"] == [
        "</script><b>x", "<!--<script>"]


def test_a_gzip_feed_damaged_inside_is_a_read_error_not_a_crash(tmp_path):
    import gzip
    import random

    import pytest

    from newscrawler.errors import ConfigError

    lines = [json.dumps(item(n, "2024-05-01T09:00:00+01:00", body=f"نص {random.Random(n).random()} " * 200),
                        ensure_ascii=False) for n in range(200)]
    data = bytearray(gzip.compress("\n".join(lines).encode()))
    for i in range(100, 500):   # the deflate stream garbled (zlib.error; later bytes: a CRC error)
        data[i] ^= 0x55
    feed = tmp_path / "levant.jsonl.gz"
    feed.write_bytes(bytes(data))
    source = JsonLinesSource(feed)
    with pytest.raises(ConfigError, match="cannot read .*levant.jsonl.gz"):
        source.check()
        list(source.items())
