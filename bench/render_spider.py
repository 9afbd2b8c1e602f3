"""The spider bench_render.py runs: renders each URL of a list through newscrawler.fetch.rendering
(the same request the crawl builds for a page that needs JavaScript) and extracts the article."""

import scrapy

from newscrawler.extract import NotAnArticle, extract_tree
from newscrawler.fetch.rendering import Renderer
from newscrawler.html import parse_html
from newscrawler.sites.levant import PROFILE


class RenderBenchSpider(scrapy.Spider):
    name = "render_bench"

    def __init__(self, urls_file: str, **kwargs):
        super().__init__(**kwargs)
        with open(urls_file, encoding="utf-8") as f:
            self.urls = [line.strip() for line in f if line.strip()]

    async def start(self):
        renderer = Renderer.from_crawler(self.crawler)
        for url in self.urls:
            yield renderer.request(url, "bench", PROFILE, self.parse)

    def parse(self, response):
        try:
            item = extract_tree(parse_html(response.text), response.url, PROFILE)
        except NotAnArticle:
            item = {}
        ok = bool((item.get("body") or "").strip())
        self.crawler.stats.inc_value("bench/body_ok" if ok else "bench/body_empty")
        self.crawler.stats.inc_value("bench/latency_ms", int(response.meta.get("download_latency", 0) * 1000))
