"""Each pipeline alone, built the way Scrapy builds it (from_crawler)."""

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from newscrawler.errors import ConfigError
from newscrawler.items.pipelines import (DedupePipeline, NormaliseDatesPipeline, NormaliseTextPipeline,
                                         StripChromePipeline, ValidatePipeline, resolve_timezone)
from newscrawler.items.schema import ArticleItem, new_item
from newscrawler.spiders.profiles import LevantSpider  # made from the levant profile


def crawler(settings=None):
    c = get_crawler(LevantSpider, settings_dict=settings or {})
    c.spider = c._create_spider()
    return c


def item(**kw):
    base = new_item(url="https://thelevantnews.com/article/x", title="عنوان", body="نص الخبر.")
    base.update(kw)
    return ArticleItem(base)


def test_normalise_text_pipeline():
    out = NormaliseTextPipeline().process_item(item(title=" عنوان\u200b ", body="أ\u00a0ب\n\n\n\nج", tags=[" وسم ", ""]))
    assert (out["title"], out["body"], out["tags"]) == ("عنوان", "أ ب\n\nج", ["وسم"])


def test_strip_chrome_pipeline_fills_source_and_keeps_read_also():
    ra = [{"url": "https://thelevantnews.com/article/y", "title": "آخر"}]
    out = StripChromePipeline.from_crawler(crawler()).process_item(item(body="ليفانت نيوز_ \"رويترز\"\n\nنص.\n\nاقرأ أيضاً: آخر", read_also=ra))
    assert out["body"] == "نص." and out["source"] == "رويترز" and out["read_also"] == ra


@pytest.mark.parametrize("field, reason", [("title", "missing_title"), ("body", "missing_body"), ("url", "missing_url")])
def test_validate_drops_and_counts_by_reason(field, reason):
    c = crawler()
    p = ValidatePipeline.from_crawler(c)
    with pytest.raises(DropItem):
        p.process_item(item(**{field: "  "}))
    assert c.stats.get_value(f"newscrawler/dropped/{reason}") == 1
    assert p.process_item(item())["title"] == "عنوان"


def test_dates_pipeline_uses_site_zone_and_counts_failures():
    c = crawler()
    p = NormaliseDatesPipeline.from_crawler(c)
    assert p.tz == "Europe/London"
    out = p.process_item(item(published_at_raw="june-6,-2024,-9:35-am", modified_at="2024-06-07T10:00:00+03:00"))
    assert out["published_at"] == "2024-06-06T09:35:00+01:00"
    assert out["modified_at"] == "2024-06-07T10:00:00+03:00"
    out = p.process_item(item(published_at_raw="كاريكاتير"))
    assert out["published_at"] is None
    assert c.stats.get_value("newscrawler/dates/unparsed_published_at") == 1


def test_dates_pipeline_setting_overrides_zone_and_rejects_unknown():
    p = NormaliseDatesPipeline.from_crawler(crawler({"NEWSCRAWLER_TIMEZONE": "Asia/Damascus"}))
    assert p.process_item(item(published_at_raw="june-6,-2024,-9:35-am"))["published_at"] == "2024-06-06T09:35:00+03:00"
    with pytest.raises(ConfigError):
        resolve_timezone("Nowhere/Land", None)


def test_dedupe_drops_second_copy_and_hashes():
    c = crawler()
    p = DedupePipeline.from_crawler(c)
    first = p.process_item(item())
    assert len(first["content_hash"]) == 64
    with pytest.raises(DropItem):
        p.process_item(item(title="عنوان آخر"))
    assert c.stats.get_value("newscrawler/dropped/duplicate") == 1
    assert p.process_item(item(url="https://thelevantnews.com/article/z"))["content_hash"] == first["content_hash"]
