"""MongoDB storage pieces against a real server (secantusd-py; also $MONGO_URI when set)."""

from __future__ import annotations

import pytest

from newscrawler.errors import ConfigError
from newscrawler.storage.mongo import (MongoConfig, MongoStore, check_mongo, mask_uri, redact, safe_key,
                                       sanitize, write_with_retry)
from tests.support.items import sample_item
from tests.support.settings import project_settings


def store_for(mongo) -> MongoStore:
    config = MongoConfig.from_settings(project_settings(MONGO_URI=mongo.uri, MONGO_DATABASE=mongo.database))
    store = MongoStore(config).open()
    store.ensure_indexes()
    return store


@pytest.mark.parametrize("uri, masked", [
    ("mongodb://analyst:s3cret@db.example:27017/news?authSource=admin",
     "mongodb://analyst:***@db.example:27017/news?authSource=admin"),
    ("mongodb+srv://u:p%40ss@cluster0.example.net/", "mongodb+srv://u:***@cluster0.example.net/"),
    ("mongodb://db.example:27017", "mongodb://db.example:27017"),
    ("mongodb://onlyuser@db.example", "mongodb://onlyuser@db.example"),
    ("http://u:pw@x/", "http://u:***@x/"),
])
def test_mask_uri_hides_password_only(uri, masked):
    assert mask_uri(uri) == masked


def test_redact_removes_raw_and_decoded_password():
    uri = "mongodb://u:p%40ss@h"
    assert redact("auth failed for p@ss and p%40ss", uri) == "auth failed for *** and ***"


@pytest.mark.parametrize("kw, message", [
    ({"MONGO_URI": "http://db.example"}, "MONGO_URI is not a valid MongoDB URI"),
    ({"MONGO_URI": "mongodb://"}, "MONGO_URI is not a valid MongoDB URI"),
    ({"MONGO_URI": "mongodb://u:pw@h:1/?bogusOption=1"}, "Unknown option: bogusoption"),
    ({"MONGO_URI": "mongodb://h:1", "MONGO_BUFER_SIZE": "5"}, "unknown setting MONGO_BUFER_SIZE"),
    ({"MONGO_URI": "mongodb://h:1", "MONGO_BUFFER_SIZE": "lots"}, "MONGO_BUFFER_SIZE must be a number"),
    ({"MONGO_URI": "mongodb://h:1", "MONGO_BUFFER_SIZE": "0"}, "MONGO_BUFFER_SIZE must be at least 1"),
    ({"MONGO_URI": "mongodb://h:1", "MONGO_DATABASE": "a.b"}, "MONGO_DATABASE: invalid name"),
])
def test_bad_settings_fail_with_a_clear_message(kw, message):
    with pytest.raises(ConfigError, match=message) as exc:
        MongoConfig.from_settings(project_settings(**kw))
    assert "pw" not in str(exc.value)


def test_database_from_uri_path_then_default():
    assert MongoConfig.from_settings(project_settings(MONGO_URI="mongodb://h/news")).database == "news"
    assert MongoConfig.from_settings(project_settings(MONGO_URI="mongodb://h")).database == "newscrawler"
    c = MongoConfig.from_settings(project_settings(MONGO_URI="mongodb://h/news", MONGO_DATABASE="x", MONGO_COLLECTION="c"))
    assert (c.database, c.collection, c.history_collection) == ("x", "c", "c_revisions")


def test_safe_keys():
    assert safe_key("$where") == "\uff04where" and safe_key("a.b.c") == "a\uff0eb\uff0ec"
    assert safe_key("a$b") == "a$b" and safe_key("") == "_"
    assert sanitize({"$x": [{"y.z": 1}], "ok": "$not_a_key"}) == {"\uff04x": [{"y\uff0ez": 1}], "ok": "$not_a_key"}


def test_unreachable_server_is_a_config_error_without_password():
    with pytest.raises(ConfigError) as exc:
        check_mongo(project_settings(MONGO_URI="mongodb://analyst:TopSecret9@127.0.0.1:1/?serverSelectionTimeoutMS=300"))
    assert "mongodb://analyst:***@127.0.0.1:1" in str(exc.value)
    assert "TopSecret9" not in str(exc.value)


def test_indexes_analysts_need(mongo):
    store = store_for(mongo)
    info = store.collection.index_information()
    keys = {tuple(k for k, _ in v["key"]) for v in info.values()}
    assert keys == {("_id",), ("published_at",), ("section", "published_at"), ("source", "published_at"),
                    ("tags", "published_at"), ("last_seen",), ("search",)}
    assert "url_unique" not in info and ("url",) not in keys  # `_id` is the URL already
    store.close()


def test_upserts_are_idempotent_and_revisions_kept(mongo):
    store = store_for(mongo)
    items = [sample_item(i) for i in range(5)]
    r = store.write(items)
    assert (r.written, r.inserted, r.new_versions) == (5, 5, 5)
    r = store.write(items)  # the same items again (a replay): nothing new
    assert (r.written, r.inserted, r.changed) == (5, 0, 0)
    assert store.collection.count_documents({}) == 5
    assert all(d["revision"] == 1 for d in store.collection.find())

    changed = sample_item(2, body="نص معدل.", content_hash="h2-v2", crawled_at="2026-02-01T00:00:00+00:00")
    r = store.write([changed])
    assert (r.inserted, r.changed) == (0, 1)
    doc = store.collection.find_one({"_id": changed["url"]})
    assert doc["revision"] == 2 and doc["body"] == "نص معدل." and doc["content_hash"] == "h2-v2"
    assert doc["first_seen"].isoformat().startswith("2026-01-03") and doc["last_seen"].isoformat().startswith("2026-02-01")
    versions = list(store.history.find({"url": changed["url"]}).sort("first_seen", 1))
    assert [v["content_hash"] for v in versions] == ["h2", "h2-v2"]
    assert versions[0]["body"] == "نص الخبر 2."
    assert store.collection.count_documents({}) == 5
    # The document holds the item fields plus bookkeeping, nothing else.
    assert set(doc) == set(changed) | {"_id", "first_seen", "last_seen", "revision", "search", "published_at_offset",
                                       "modified_at_offset", "crawled_at_offset"}
    store.close()


def test_special_keys_and_values_stored_safely(mongo):
    store = store_for(mongo)
    item = sample_item(7, title="$title يبدأ بدولار", source="$where", images=[{"url": "x", "$caption": "a.b", "a.b": "$c"}],
                   tags=["$in", "a.b"])
    store.write([item])
    doc = store.collection.find_one({"_id": item["url"]})
    assert doc["title"] == "$title يبدأ بدولار" and doc["source"] == "$where" and doc["tags"] == ["$in", "a.b"]
    assert doc["images"] == [{"url": "x", "\uff04caption": "a.b", "a\uff0eb": "$c"}]
    store.close()


def test_retry_then_give_up(mongo):
    from pymongo.errors import AutoReconnect

    class Flaky:
        def __init__(self, fails):
            self.fails, self.calls = fails, 0

        def write(self, items):
            self.calls += 1
            if self.calls <= self.fails:
                raise AutoReconnect("connection closed")
            return "ok"

    sleeps = []
    assert write_with_retry(Flaky(2), [], 3, 0.5, sleep=sleeps.append) == "ok"
    assert sleeps == [0.5, 1.0]
    with pytest.raises(AutoReconnect):
        write_with_retry(Flaky(9), [], 2, 0.1, sleep=sleeps.append)
