"""A profile for any news site, made from its start URL (the `news` spider).

No selectors: extraction takes the generic path. Links are classified by shape: navigation
menus give sections, `rel=next`/pagination blocks give listing pages, and article-looking
URLs (a date in the path, a long slug, a numeric id, an /article/ or /news/ segment) give
articles. Listing-type paths (tag, category, author, page/N, search ...) are never articles.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from newscrawler.sites import SiteProfile
from newscrawler.urls import host_key

ARTICLE_PATH = re.compile(
    r"""^(?!/(?:tags?|category|categories|section|sections|author|authors|writers?|page|search|topics?|
              about|contact|privacy|terms|feed|rss|wp-content|wp-admin|wp-json|login|register|
              newsletter|video|videos|gallery|galleries)(?:/|$))
        (?!.*/page/\d+/?$)
        (?:.*/(?:19|20)\d\d/(?:0?[1-9]|1[0-2])/.+                  # /2024/05/06/slug, /2024/05/slug
          |.*/(?:article|articles|news|story|stories|post|posts|node|akhbar|details?)/[^/]+/?.*$
          |.*/[^/]*\d{5,}[^/]*/?$                                   # a long numeric id
          |.*/[^/]+(?:-[^/-]+){3,}/?$                               # a slug of 4 or more words
          |.*\.s?html?$)""",
    re.VERBOSE,
)


def generic_profile(start_url: str, timezone: str | None = None) -> SiteProfile:
    host = host_key(urlsplit(start_url).hostname or "")
    return SiteProfile(
        name="news",
        hosts=(host,),
        start_url=start_url,
        timezone=timezone or "UTC",
        article_path=ARTICLE_PATH,
        layouts=(),
        navigation=("nav", "header ul", "[role=navigation]", ".menu", "#menu", ".main-menu"),
        pagination=(".pagination", ".pager", ".nav-links", "a[rel=next]", ".page-numbers"),
        url_date_first=False,  # a date in the path (/2024/05/06/) has no time; a printed one may
    )
