"""`scrapy crawl levant [-a start_url=URL]`: Levant News, or any copy of it (the replica).

The spider only decides which links to follow (newscrawler.links) and hands article pages
to newscrawler.extract; it holds no selectors of its own (they live in the site profile).
"""

from __future__ import annotations

from newscrawler.sites.levant import PROFILE
from newscrawler.spiders.base import ProfileSpider


class LevantSpider(ProfileSpider):
    name = "levant"
    profile = PROFILE
