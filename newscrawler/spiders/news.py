"""`scrapy crawl news -a start_url=URL`: any Arabic news site, no profile needed.

Uses the site's profile if one exists for the host, else a generic profile
(newscrawler.sites.generic): sections from the navigation, pagination, article-looking
links; every fetched page that looks like an article (by URL, or by its own structured data)
goes through the same extraction and pipelines as `levant`. On a host without a profile, a
page that shows a known site's signature (a mirror or replica of that site) is extracted
with that site's profile, as `extract_article` does, and its item gets that site's rules.
"""

from __future__ import annotations

from newscrawler.checks import check_start_url
from newscrawler.sites import SIGNATURE_CHARS, SiteProfile, profile_for
from newscrawler.sites.generic import generic_profile
from newscrawler.spiders.base import ProfileSpider


class NewsSpider(ProfileSpider):
    name = "news"

    def __init__(self, start_url: str | None = None, **kwargs):
        url = check_start_url(start_url, None, self.name)  # no site of its own: the URL is required
        self.profile = profile_for(url) or generic_profile(url)
        super().__init__(start_url=url, **kwargs)

    def page_site(self, url: str, text: str) -> SiteProfile:
        # The host's profile when it has one (that is self.profile), else a signature's, else generic.
        return profile_for(url, text[:SIGNATURE_CHARS]) or self.profile

    def is_article_page(self, url: str, root) -> bool:
        if self.profile.is_article_url(url):
            return True
        # Unknown URL shapes: the page's own structured data may say it is an article.
        for meta in root.iterfind(".//meta[@property='og:type']"):
            if (meta.get("content") or "").strip().lower() == "article":
                return True
        return any('"NewsArticle"' in (s.text or "") or '"Article"' in (s.text or "")
                   for s in root.iterfind(".//script[@type='application/ld+json']"))
