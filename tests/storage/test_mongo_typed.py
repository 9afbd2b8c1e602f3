"""Typed MongoDB documents: BSON dates with their offsets, `document_to_item`, the upgrade of
documents an earlier version wrote, and the search index (real server: secantusd-py; also
$MONGO_URI when set)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from newscrawler.search import search
from newscrawler.storage.mongo import (INDEXES, document_to_item, item_to_document, iso_date, typed_date)
from tests.storage.test_mongo import store_for
from tests.support.items import sample_item

UTC = timezone.utc


@pytest.mark.parametrize("text, utc, offset, rebuilt", [
    ("2024-06-06T09:35:00+01:00", datetime(2024, 6, 6, 8, 35, tzinfo=UTC), "+01:00", None),
    ("2024-11-22T23:30:00+03:00", datetime(2024, 11, 22, 20, 30, tzinfo=UTC), "+03:00", None),
    ("2024-01-05T10:00:00-05:30", datetime(2024, 1, 5, 15, 30, tzinfo=UTC), "-05:30", None),
    ("2026-01-02T10:00:00+00:00", datetime(2026, 1, 2, 10, 0, tzinfo=UTC), "+00:00", None),
    ("2026-01-02T10:00:00Z", datetime(2026, 1, 2, 10, 0, tzinfo=UTC), "+00:00", "2026-01-02T10:00:00+00:00"),
    ("2024-06-06T09:35:00", datetime(2024, 6, 6, 9, 35, tzinfo=UTC), "+00:00", "2024-06-06T09:35:00+00:00"),
])
def test_dates_typed_utc_with_offset_kept(text, utc, offset, rebuilt):
    value, off = typed_date(text)
    assert value == utc and value.utcoffset() == timedelta(0) and off == offset
    # the wall-clock time as printed is rebuilt from the two (no offset was UTC)
    assert iso_date(value, off) == (rebuilt or text)


def test_missing_and_unreadable_dates_kept():
    assert typed_date(None) == (None, None) and typed_date("") == (None, None)
    assert typed_date("yesterday") == ("yesterday", None)
    assert iso_date("yesterday", None) == "yesterday" and iso_date(None, "+01:00") is None
    # a fraction as the item wrote it (datetime.isoformat: six digits)
    assert iso_date(datetime(2024, 6, 6, 8, 35, 0, 123000, tzinfo=UTC), "+01:00") == "2024-06-06T09:35:00.123000+01:00"
    # a BSON date at the calendar's edge that its offset would push past it: given in UTC
    assert iso_date(datetime(9999, 12, 31, 23, tzinfo=UTC), "+03:00") == "9999-12-31T23:00:00+00:00"


@pytest.mark.parametrize("published_at", [
    "2024-06-06T09:35:00+05:30", "2024-06-06T09:35:00-03:00", "2024-06-06T09:35:00.123000+03:00",
    "2024-06-06T09:35:00.500000-03:00", "2024-06-06T09:35:00+05:30:15", None, "yesterday",
    # out of the calendar once shifted to UTC: kept as the text it is, never a crash (scrapy replay)
    "0001-01-01T00:00:00+03:00", "9999-12-31T23:00:00-03:00",
])
def test_documents_round_trip_through_bson(published_at):
    import bson

    item = sample_item(3, published_at=published_at, modified_at="2024-06-07T01:00:00.250000+03:00",
                       crawled_at="2026-12-07T12:00:00+00:00")
    stored = bson.decode(bson.encode(item_to_document(item)), codec_options=bson.CodecOptions(tz_aware=True))
    assert document_to_item(stored) == item


def test_document_round_trips_to_the_item():
    item = sample_item(3, title="الأسد في المدرسة", published_at="2024-06-06T09:35:00+01:00",
                       modified_at="2024-06-07T01:00:00+03:00", revision=2)
    doc = item_to_document(item)
    assert doc["published_at"] == datetime(2024, 6, 6, 8, 35, tzinfo=UTC) and doc["published_at_offset"] == "+01:00"
    assert doc["modified_at_offset"] == "+03:00" and doc["crawled_at_offset"] == "+00:00"
    assert {"اسد", "مدرسه"} <= set(doc["search"])
    assert document_to_item({**doc, "_id": item["url"], "first_seen": 1, "last_seen": 2}) == item
    assert list(document_to_item(doc)) == list(item)  # the item's field order


def test_stored_dates_answer_datetime_ranges(mongo):
    store = store_for(mongo)
    items = [sample_item(i, published_at=f"2024-06-{10 + i:02d}T23:30:00+03:00") for i in range(5)]
    store.write(items)
    june_12 = {"$gte": datetime(2024, 6, 12, tzinfo=UTC), "$lt": datetime(2024, 6, 13, tzinfo=UTC)}
    # 2024-06-11T23:30+03:00 is 20:30 UTC on the 11th; 2024-06-12T23:30+03:00 is 20:30 UTC on the 12th
    found = list(store.collection.find({"published_at": june_12}))
    assert [d["_id"] for d in found] == [items[2]["url"]]
    assert document_to_item(found[0])["published_at"] == "2024-06-12T23:30:00+03:00"
    assert store.collection.count_documents({"published_at": {"$gte": datetime(2024, 6, 1, tzinfo=UTC)}}) == 5
    assert store.collection.count_documents({"crawled_at": {"$type": "date"}}) == 5
    assert not store.has_legacy_documents()  # no warning at the next crawl's start
    # history documents have typed dates too
    assert store.history.count_documents({"published_at": {"$type": "date"}, "published_at_offset": "+03:00"}) == 5
    # an incremental run reads them back (revisits compare datetimes)
    _, fields = store.stored_articles()
    assert fields[items[0]["url"]]["published_at"] == datetime(2024, 6, 10, 20, 30, tzinfo=UTC)
    store.close()


def legacy_document(item: dict) -> dict:
    """A document as the version before typed dates wrote it: the item's strings, no search."""
    return {**item, "_id": item["url"], "first_seen": datetime(2026, 1, 1, tzinfo=UTC),
            "last_seen": datetime(2026, 1, 1, tzinfo=UTC), "revision": 1}


def test_upgrade_converts_old_documents_once(mongo):
    store = store_for(mongo)
    items = [sample_item(i, title=f"الأسد {i}", published_at="2024-06-06T09:35:00+01:00") for i in range(7)]
    items[6]["published_at"] = "not a date"
    store.collection.insert_many([legacy_document(i) for i in items])
    store.history.insert_many([{"_id": f"{i['url']}#{i['content_hash']}", "url": i["url"],
                                "published_at": i["published_at"], "modified_at": None} for i in items])
    store.collection.create_index([("url", 1)], name="url_unique", unique=True)
    assert store.has_legacy_documents()
    r = store.upgrade(batch_size=3)
    assert (r.articles, r.articles_converted, r.history, r.history_converted) == (7, 7, 7, 7)
    assert r.indexes_dropped == ["url_unique"] and r.unreadable_dates == 2
    assert set(store.collection.index_information()) == {"_id_", *INDEXES}
    doc = store.collection.find_one({"_id": items[0]["url"]})
    assert doc["published_at"] == datetime(2024, 6, 6, 8, 35, tzinfo=UTC) and doc["published_at_offset"] == "+01:00"
    assert doc["crawled_at"].tzinfo is not None and "اسد" in doc["search"]
    assert document_to_item(doc) == {**items[0], "revision": 1}
    assert store.collection.find_one({"_id": items[6]["url"]})["published_at"] == "not a date"
    assert [h.url for h in search(store.collection, "الاسد", limit=3)] == [i["url"] for i in items[:3]]
    # idempotent: nothing more to do (the unreadable date stays text and is only counted)
    r = store.upgrade()
    assert (r.articles_converted, r.history_converted, r.indexes_dropped, r.indexes_created) == (0, 0, [], [])
    store.close()


def test_a_second_upgrade_keeps_the_offsets_beside_an_unreadable_date(mongo):
    # the document stays "legacy" for its text date: every run reads it again, and must not
    # take the offset of its other, typed dates for UTC
    store = store_for(mongo)
    item = sample_item(1, published_at="not a date", modified_at="2024-06-06T09:35:00-03:00",
                       crawled_at="2026-12-07T15:00:00+00:00")
    store.collection.insert_one(legacy_document(item))
    store.history.insert_one({"_id": f"{item['url']}#{item['content_hash']}", "url": item["url"],
                              "published_at": "not a date", "modified_at": item["modified_at"]})
    for run in range(3):
        r = store.upgrade()
        assert (r.articles_converted, r.history_converted) == ((1, 1) if run == 0 else (0, 0))
        doc = store.collection.find_one({"_id": item["url"]})
        assert doc["modified_at_offset"] == "-03:00" and document_to_item(doc) == {**item, "revision": 1}
        assert store.history.find_one({})["modified_at_offset"] == "-03:00"
    store.close()


def test_search_ranks_by_words_matched_then_newest(mongo):
    store = store_for(mongo)
    store.write([
        sample_item(1, title="بشار الأسد في دمشق", body="نص.", published_at="2024-01-01T10:00:00+02:00"),
        sample_item(2, title="الاسد", body="وفي المدرسة", published_at="2024-03-01T10:00:00+02:00"),
        sample_item(3, title="مدرسة", body="لا شيء آخر", published_at="2024-02-01T10:00:00+02:00"),
        sample_item(4, title="خبر آخر", body="لا صلة له", published_at="2024-04-01T10:00:00+02:00"),
    ])
    hits = search(store.collection, "الاسد المدرسه")
    assert [(h.url[-1], h.matches) for h in hits] == [("2", 2), ("3", 1), ("1", 1)]
    assert hits[0].published_at == "2024-03-01T10:00:00+02:00" and hits[0].title == "الاسد"
    assert [h.url[-1] for h in search(store.collection, "الأسد مدرسة", require_all=True)] == ["2"]
    assert [h.url[-1] for h in search(store.collection, "والأسد", limit=1)] == ["2"]
    assert search(store.collection, "غير موجود") == []
    # the documented aggregation gives the same order
    from newscrawler.search import search_pipeline
    agg = list(store.collection.aggregate(search_pipeline("الاسد المدرسه")))
    assert [(d["_id"][-1], d["matches"]) for d in agg] == [("2", 2), ("3", 1), ("1", 1)]
    store.close()
