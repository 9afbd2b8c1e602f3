"""CSV feeds (newscrawler.storage.csv), exporter alone; the crawl that writes one is
tests/e2e/test_csv_feed.py."""

from __future__ import annotations

import csv
import io
import json
from types import SimpleNamespace

import pytest
from scrapy.utils.misc import build_from_crawler

from newscrawler.checks import check_crawl
from newscrawler.errors import ConfigError
from newscrawler.items.schema import FIELDS, ArticleItem
from newscrawler.sites.levant import PROFILE as LEVANT
from newscrawler.storage.csv import ArticleCsvItemExporter, check_csv_excel
from tests.support.settings import project_settings

BOM = b"\xef\xbb\xbf"

ARTICLE = dict(
    url="https://thelevantnews.com/article/سوريا-اليوم",
    title="مجلس الأمن يناقش \"الوضع\" في سوريا، اليوم",
    body="الفقرة الأولى، مع فاصلة.\n\nالفقرة الثانية; \"مقتبسة\"",
    published_at="2024-06-06T09:35:00+01:00",
    published_at_raw="نشر في: ٦ حزيران ٢٠٢٤",
    modified_at=None,
    section=None,
    tags=["سياسة", "سوريا، لبنان", 'قال "لا"'],
    authors=["أحمد, محمد"],
    source=None,
    images=[{"url": "https://thelevantnews.com/img/1.jpg", "caption": "صورة، مع \"علامات\""},
            {"url": "https://thelevantnews.com/img/2.jpg", "caption": None}],
    read_also=[{"url": "https://thelevantnews.com/article/آخر", "title": "خبر آخر"}],
    language="ar",
    crawled_at="2026-12-07T10:00:00+00:00",
    content_hash="ab" * 32,
    revision=1,
)


def export(*items, file=None, **kwargs) -> bytes:
    """The bytes written for `items` by an exporter built as the feed exporter builds it (the
    crawler: only its settings are read)."""
    file = file if file is not None else io.BytesIO()
    settings = project_settings(**kwargs.pop("settings", {}))
    exporter = build_from_crawler(ArticleCsvItemExporter, SimpleNamespace(settings=settings), file,
                                  encoding="utf-8", fields_to_export=None, **kwargs)
    exporter.start_exporting()
    for item in items:
        exporter.export_item(item)
    exporter.finish_exporting()
    return file.getvalue() if isinstance(file, io.BytesIO) else b""


def rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_every_field_reads_back():
    data = export(ArticleItem(ARTICLE))
    header, row = rows(data)
    assert header == list(FIELDS)
    cells = dict(zip(header, row))
    for name in ("tags", "authors", "images", "read_also"):  # one rule: JSON
        assert json.loads(cells[name]) == ARTICLE[name], name
    for name in ("modified_at", "section", "source"):  # None: an empty cell
        assert cells[name] == ""
    assert cells["title"] == ARTICLE["title"]
    assert cells["body"] == ARTICLE["body"]  # the blank line between paragraphs kept
    assert cells["url"] == ARTICLE["url"]
    assert cells["revision"] == "1"


def test_json_cells_are_compact_arabic_text():
    cells = dict(zip(*rows(export(ArticleItem(ARTICLE)))))
    assert cells["tags"] == '["سياسة","سوريا، لبنان","قال \\"لا\\""]'
    assert cells["read_also"] == '[{"url":"https://thelevantnews.com/article/آخر","title":"خبر آخر"}]'
    assert "\\u" not in cells["images"]


def test_empty_lists_missing_fields_and_dict_items():
    item = {"url": "https://x.example/a", "title": "عنوان", "tags": [], "images": []}  # a dict, most fields missing
    header, row = rows(export(item))
    assert header == list(FIELDS)
    cells = dict(zip(header, row))
    assert cells["tags"] == cells["images"] == "[]"
    assert cells["authors"] == cells["body"] == ""
    assert cells["title"] == "عنوان"


def test_header_without_items_and_once_per_file():
    assert rows(export()) == [list(FIELDS)]
    data = export(ArticleItem(ARTICLE), ArticleItem(ARTICLE, url="https://thelevantnews.com/b"))
    assert [r[0] for r in rows(data)] == ["url", ARTICLE["url"], "https://thelevantnews.com/b"]


def test_appending_to_a_file_adds_rows_only(tmp_path):
    path = tmp_path / "out.csv"
    for _ in range(2):  # `-o out.csv` twice: the storage opens the file for appending
        with open(path, "ab") as f:
            export(ArticleItem(ARTICLE), file=f, settings={"NEWSCRAWLER_CSV_EXCEL": True})
    data = path.read_bytes()
    assert data.startswith(BOM) and data.count(BOM) == 1
    table = rows(data)
    assert table[0] == list(FIELDS) and len(table) == 3 and table[1] == table[2]


def test_bom_only_with_the_setting():
    assert not export(ArticleItem(ARTICLE)).startswith(BOM)
    assert not export(ArticleItem(ARTICLE), settings={"NEWSCRAWLER_CSV_EXCEL": "False"}).startswith(BOM)
    with_bom = export(ArticleItem(ARTICLE), settings={"NEWSCRAWLER_CSV_EXCEL": "True"})
    assert with_bom.startswith(BOM) and with_bom.count(BOM) == 1
    assert with_bom[len(BOM):] == export(ArticleItem(ARTICLE))
    assert export(settings={"NEWSCRAWLER_CSV_EXCEL": True}).startswith(BOM + b"url,")  # no items: BOM and header


def test_bom_is_utf8_only():  # FEED_EXPORT_ENCODING=latin-1: no UTF-8 mark in a latin-1 file
    f = io.BytesIO()
    exporter = ArticleCsvItemExporter(f, encoding="latin-1", excel=True)
    exporter.start_exporting()
    exporter.finish_exporting()
    assert f.getvalue() == ",".join(FIELDS).encode() + b"\r\n"


@pytest.mark.parametrize("value, expected", [(True, True), ("True", True), ("1", True), ("false", False),
                                             ("0", False), (False, False)])
def test_setting_values(value, expected):
    assert check_csv_excel(project_settings(NEWSCRAWLER_CSV_EXCEL=value)) is expected
    assert check_csv_excel(project_settings()) is False


@pytest.mark.parametrize("value", ["maybe", "yes please", ""])
def test_bad_setting_is_a_config_error(value):
    with pytest.raises(ConfigError, match=rf"^NEWSCRAWLER_CSV_EXCEL must be True or False, got '{value}'$"):
        check_csv_excel(project_settings(NEWSCRAWLER_CSV_EXCEL=value))
    with pytest.raises(ConfigError, match=r"^NEWSCRAWLER_CSV_EXCEL must be True or False"):
        check_crawl("levant", LEVANT, {}, project_settings(NEWSCRAWLER_CSV_EXCEL=value))


def test_registered_for_csv_only():
    settings = project_settings()
    exporters = settings.getwithbase("FEED_EXPORTERS")
    assert exporters["csv"] == "newscrawler.storage.csv.ArticleCsvItemExporter"
    assert exporters["jsonlines"] == "scrapy.exporters.JsonLinesItemExporter"
    assert exporters["jsonl"] == "scrapy.exporters.JsonLinesItemExporter"
