"""The processing steps as pure functions (newscrawler.items.steps)."""

from datetime import datetime, timedelta, timezone

from newscrawler.items.schema import new_item
from newscrawler.items.steps import content_hash, normalise_dates_item, process_item, stamp_item

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=timezone(timedelta(hours=3)))


def test_stamp_sets_hash_and_crawled_at_once():
    item = stamp_item(new_item(url="https://x.example/a", title="عنوان", body="نص."), NOW)
    assert item["content_hash"] == content_hash(item) and len(item["content_hash"]) == 64
    assert item["crawled_at"] == "2025-03-01T09:00:00+00:00"  # in UTC
    later = stamp_item(dict(item), NOW + timedelta(days=1))
    assert later["crawled_at"] == item["crawled_at"]  # an item keeps the time it was crawled
    assert stamp_item(new_item(), datetime(2025, 3, 1, 12, 0))["crawled_at"] == "2025-03-01T12:00:00+00:00"


def test_relative_dates_count_from_now():
    item, failed = normalise_dates_item(new_item(published_at_raw="منذ 3 ساعات"), "Asia/Damascus", NOW)
    assert item["published_at"] == "2025-03-01T09:00:00+03:00" and failed == []


def test_process_item_runs_every_step_or_drops():
    raw = new_item(url="https://x.example/a", title=" عنوان\u200b ", body="نص الخبر.\n\n\n\nاقرأ أيضاً: آخر",
                   published_at_raw="2024-05-06 10:30")
    item = process_item(raw, "Asia/Damascus", now=NOW)
    assert item["title"] == "عنوان" and item["body"] == "نص الخبر."
    assert item["published_at"] == "2024-05-06T10:30:00+03:00"
    assert item["crawled_at"] == "2025-03-01T09:00:00+00:00"
    assert process_item(new_item(url="https://x.example/a", title="عنوان", body="  "), None) is None


def test_doomed_reason_runs_the_pipelines_cleaning_on_a_copy():
    from newscrawler.items.steps import doomed_reason
    from newscrawler.sites.levant import PROFILE

    ok = new_item(url="https://x.test/a", title="عنوان", body="فقرة من نص الخبر الحقيقي كما نشره الموقع.")
    assert doomed_reason(ok) is None
    assert doomed_reason(new_item(url="https://x.test/a", title="عنوان", body="  \n ")) == "empty_body"
    chrome = "شارك المقال\n\nاقرأ أيضاً: خبر آخر\n\nليفانت نيوز_ وكالات"
    item = new_item(url="https://x.test/a", title="عنوان", body=chrome)
    assert doomed_reason(item, PROFILE.source_line) == "chrome_only_body"
    assert item["body"] == chrome and item.get("source") is None  # the item itself is untouched
    assert doomed_reason(new_item(url="https://x.test/a", title=" ", body="نص")) == "missing_title"


def test_a_body_without_a_sentence_is_no_prose():
    from newscrawler.items.steps import doomed_reason

    assert doomed_reason(new_item(url="https://x.test/a", title="عنوان", body="أقسام الموقع")) == "no_prose"
    assert doomed_reason(new_item(url="https://x.test/a", title="عنوان",
                                  body="أعلنت الحكومة اليوم عن خطة جديدة للنقل")) is None
