"""`scrapy crawl news -a start_url=URL`: any Arabic news site, no profile needed.

Uses the site's profile if one exists for the host, else a generic profile
(newscrawler.sites.generic): sections from the navigation, pagination, article-looking
links; every fetched page that looks like an article (by URL, or by its own structured data)
goes through the same extraction and pipelines as `levant`.
"""

from __future__ import annotations

from newscrawler.errors import ConfigError
from newscrawler.sites import profile_for
from newscrawler.sites.generic import generic_profile
from newscrawler.spiders.base import ProfileSpider, check_start_url


class NewsSpider(ProfileSpider):
    name = "news"

    def __init__(self, start_url: str | None = None, **kwargs):
        if not start_url:
            raise ConfigError("the news spider needs -a start_url=URL (the site's home page)")
        url = check_start_url(start_url, "https://example.com/")
        self.profile = profile_for(url) or generic_profile(url)
        super().__init__(start_url=url, **kwargs)

    @classmethod
    def check_config(cls, spider_args: dict, settings) -> None:
        if not spider_args.get("start_url"):
            raise ConfigError("the news spider needs -a start_url=URL (the site's home page)")
        check_start_url(spider_args["start_url"], "https://example.com/")
        cls.check_settings(settings, None)  # no site zone: the generic profile's

    def is_article_page(self, url: str, root) -> bool:
        if self.profile.is_article_url(url):
            return True
        # Unknown URL shapes: the page's own structured data may say it is an article.
        for meta in root.iterfind(".//meta[@property='og:type']"):
            if (meta.get("content") or "").strip().lower() == "article":
                return True
        return any('"NewsArticle"' in (s.text or "") or '"Article"' in (s.text or "")
                   for s in root.iterfind(".//script[@type='application/ld+json']"))
