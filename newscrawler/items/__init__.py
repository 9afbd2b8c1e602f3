"""The item and what happens to it after extraction.

`schema` declares the fields once (`ArticleItem`, `FIELDS`, `new_item`); `text` is the
documented text normalisation and the chrome patterns; `steps` are the processing steps as
pure functions over an item dict; `pipelines` wraps each step as one Scrapy item pipeline.
"""

from newscrawler.items.schema import FIELDS, ArticleItem, new_item

__all__ = ["ArticleItem", "FIELDS", "new_item"]
