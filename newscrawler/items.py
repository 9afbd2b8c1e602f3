"""The article item: the fields of DESIGN.md §3, declared so a misspelt field fails loudly."""

import scrapy


class ArticleItem(scrapy.Item):
    """One article. JSON lines line = MongoDB document. See README "Item schema"."""

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
