"""The item's fields are the contract outside checks rely on: exactly these, in this order."""

from newscrawler.items import FIELDS, ArticleItem, new_item

CONTRACT = ("url", "title", "body", "published_at", "published_at_raw", "modified_at", "section", "tags",
            "authors", "source", "images", "read_also", "language", "crawled_at", "content_hash")
# Set by the crawl, never by extraction: `extract_article` and `new_item` give the contract above.
CRAWL_ONLY = ("revision",)


def test_item_declares_exactly_the_contract_fields():
    assert tuple(ArticleItem.fields) == FIELDS == CONTRACT + CRAWL_ONLY


def test_new_item_has_every_field_lists_empty():
    item = new_item(url="https://x.example/a", title="عنوان")
    assert tuple(item) == CONTRACT
    assert item["title"] == "عنوان" and item["body"] is None
    assert item["tags"] == item["authors"] == item["images"] == item["read_also"] == []
    assert new_item()["tags"] is not new_item()["tags"]  # no list shared between items
