"""Settings of incremental runs (newscrawler.fetch.incremental); the runs are in tests/e2e/test_incremental.py."""

from __future__ import annotations

import pytest

from newscrawler.errors import ConfigError
from newscrawler.fetch.incremental import check_incremental
from tests.support.settings import project_settings


def test_incremental_settings_are_checked():
    s = project_settings(NEWSCRAWLER_INCREMENTAL="maybe")
    with pytest.raises(ConfigError, match="NEWSCRAWLER_INCREMENTAL must be True or False"):
        check_incremental(s)
    s.set("NEWSCRAWLER_INCREMENTAL", "True")
    s.set("NEWSCRAWLER_STATE_FILE", "")
    with pytest.raises(ConfigError, match="NEWSCRAWLER_STATE_FILE"):
        check_incremental(s)


def test_a_skipped_stored_article_still_leads_to_the_articles_it_links_to(tmp_path):
    """Run 1 stored A (which links to B, stored, which links to C) but not C: run 2 skips A and B
    and fetches C, reachable only through them."""
    import asyncio
    from types import SimpleNamespace

    from scrapy import Request
    from scrapy.utils.test import get_crawler

    from newscrawler.fetch.incremental import IncrementalMiddleware, read_state_links, state_line
    from newscrawler.sites.generic import generic_profile

    site = "https://news.example"
    a, b, c = (f"{site}/2024/01/0{i}/story-{i}" for i in (1, 2, 3))
    state = tmp_path / "news-seen.txt"
    state.write_text(state_line({"url": a, "read_also": [{"url": b, "title": "ب"}]})
                     + state_line({"url": b, "read_also": [{"url": c, "title": "ج"}, {"url": a, "title": "أ"}]})
                     + f"{site}/2023/05/05/old-line-without-links\n", encoding="utf-8")
    assert read_state_links(state)[b] == [c, a]
    crawler = get_crawler(settings_dict={"NEWSCRAWLER_INCREMENTAL": True,
                                         "NEWSCRAWLER_STATE_FILE": str(tmp_path / "%(name)s-seen.txt")})
    middleware = IncrementalMiddleware.from_crawler(crawler)
    middleware.spider_opened(SimpleNamespace(name="news", profile=generic_profile(site + "/")))

    async def output():
        for url in (a, b, f"{site}/section/news"):
            yield Request(url, meta={"newscrawler_kind": "article"})

    async def collect():
        return [r.url async for r in middleware.process_spider_output(None, output())]

    assert asyncio.run(collect()) == [c, f"{site}/section/news"]  # C once, through A; B adds nothing new
    assert crawler.stats.get_value("newscrawler/incremental/skipped") == 2
    assert crawler.stats.get_value("newscrawler/incremental/links_followed") == 1
    middleware.spider_closed(None)
