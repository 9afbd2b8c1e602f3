"""The bare peer for bench_crawl.py: fetches a given list of URLs and extracts nothing."""

import scrapy


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, urls_file: str, **kwargs):
        super().__init__(**kwargs)
        with open(urls_file, encoding="utf-8") as f:
            self.urls = [line.strip() for line in f if line.strip()]

    async def start(self):
        for url in self.urls:
            yield scrapy.Request(url, callback=self.parse)

    def parse(self, response):
        return None
