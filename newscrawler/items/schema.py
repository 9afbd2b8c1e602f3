"""The article item, declared once: its fields, the Scrapy item, and a blank item dict.

One item = one JSON lines line = one MongoDB document. The field names are a contract with
code outside this repository (README "What an item looks like"); keep them.
"""

from __future__ import annotations

import scrapy


class ArticleItem(scrapy.Item):
    """One article. A misspelt field fails loudly (KeyError) instead of vanishing."""

    url = scrapy.Field()               # canonical absolute URL (IRI: Arabic path readable)
    title = scrapy.Field()
    body = scrapy.Field()              # plain text, paragraphs separated by one blank line
    published_at = scrapy.Field()      # ISO 8601 with offset, or None
    published_at_raw = scrapy.Field()  # the text the date was read from
    modified_at = scrapy.Field()       # ISO 8601 with offset, or None
    section = scrapy.Field()
    tags = scrapy.Field()              # [str]
    authors = scrapy.Field()           # [str] (people; the publisher is not an author)
    source = scrapy.Field()            # agency/source line, e.g. "أسوشيتد برس"
    images = scrapy.Field()            # [{"url", "caption"}]
    read_also = scrapy.Field()         # [{"url", "title"}]
    language = scrapy.Field()          # e.g. "ar"
    crawled_at = scrapy.Field()        # UTC, ISO 8601
    content_hash = scrapy.Field()      # sha256 of title + body
    revision = scrapy.Field()          # int: 1 for an article's first version, n+1 each time a revisit
                                       # (newscrawler.fetch.revisits) finds its content changed

    # Not a field (never exported or stored): the site profile the spider extracted the item
    # with, for the pipelines that apply a site's rules (the source line). None: not known.
    _site = None


FIELDS: tuple[str, ...] = tuple(ArticleItem.fields)  # in declaration order
LIST_FIELDS = ("tags", "authors", "images", "read_also")
# Set by the crawl, not by extraction (DedupePipeline; a revisit): not in `new_item`, so
# `extract_article` gives what it always gave.
CRAWL_FIELDS = ("revision",)


def new_item(**values) -> dict:
    """An item dict with every extracted field (not CRAWL_FIELDS): lists empty, the rest None,
    then `values`."""
    item = dict.fromkeys(f for f in FIELDS if f not in CRAWL_FIELDS)
    item.update({name: [] for name in LIST_FIELDS})
    item.update(values)
    return item
