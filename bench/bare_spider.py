"""Reference spiders for bench_crawl.py: fetch a given list of URLs and extract nothing.

mode=bare   (default) the callback does nothing: Scrapy's own fetch cost.
mode=items  the callback yields one constant item per page, no parsing: what Scrapy's item
            path (spider output, the project's pipelines, the JSON lines feed) costs alone.
"""

import scrapy

ITEM = {"title": "عنوان ثابت", "body": "نص ثابت. " * 300, "published_at_raw": None, "images": [],
        "read_also": [], "tags": [], "authors": []}


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, urls_file: str, mode: str = "bare", **kwargs):
        super().__init__(**kwargs)
        self.mode = mode
        with open(urls_file, encoding="utf-8") as f:
            self.urls = [line.strip() for line in f if line.strip()]

    async def start(self):
        for url in self.urls:
            yield scrapy.Request(url, callback=self.parse)

    def parse(self, response):
        if self.mode == "items":
            yield dict(ITEM, url=response.url)
