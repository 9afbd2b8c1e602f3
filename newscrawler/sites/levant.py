"""Levant News (ليفانت نيوز), thelevantnews.com: a London-based Arabic news site.

What is known of its pages (docs/architecture.md, "The replica"): a "today" date widget in
the header, the headline, a source line (`ليفانت نيوز_ "أسوشيتد برس"`), read-also lines, and
article URLs with the publication time glued to the slug. Its CMS and class names are unknown
(nobody here has seen its HTML), so layout v1 describes the offline replica, and extraction
falls back to structured data and generic heuristics when these selectors find nothing.

Time zone: Europe/London. The newsroom is in London and the URL timestamps
(`...june-6,-2024,-9:35-am`) carry no offset, so they are read as London wall-clock time.
"""

import re

from newscrawler.items.text import source_line_pattern
from newscrawler.sites import Layout, SiteProfile

V1 = Layout(
    name="v1",
    seen_from=None,  # unknown: the real markup has not been seen; this is the replica's
    article_root=("article.post-single", "article"),
    title=("h1.post-title", "article h1"),
    content=("div.post-content", ".entry-content", ".article-body"),
    section=(".post-category a", ".breadcrumb a:last-child"),
    printed_date=(".post-meta .post-date", ".post-date", "article time"),
    authors=(".post-meta .post-author a", ".post-author"),
    tags=(".post-tags a", "a[rel=tag]"),
    lead_image=("figure.post-image",),
    chrome=(".share-row", ".ad-slot", ".post-tags", ".related", ".most-read", ".newsletter",
            ".caricature-block"),
)

PROFILE = SiteProfile(
    name="levant",
    hosts=("thelevantnews.com",),
    start_url="https://thelevantnews.com/",
    timezone="Europe/London",
    # /article/<arabic-slug><month>-<d>,-<yyyy>,-<h>:<mm>-<am|pm>; the date suffix is not
    # required, so an article whose URL lacks it is still recognised.
    article_path=re.compile(r"^/article/[^/]+/?$"),
    layouts=(V1,),
    navigation=("nav.main-menu", "header nav", "nav"),
    pagination=(".pagination", "a[rel=next]"),
    # The site's name in the <title> (with or without attributes: data-rh, data-react-helmet) or
    # in og:site_name (either attribute order, either quote).
    signature=re.compile(r"<title[^>]*>[^<]*ليفانت\s*نيوز[^<]*</title>"
                         r"|og:site_name[\"'][^>]*content=[\"']\s*ليفانت\s*نيوز"
                         r"|content=[\"']\s*ليفانت\s*نيوز\s*[\"'][^>]*og:site_name"),
    title_suffix=re.compile(r"\s*(?:[|\-–—»«:•·/]{1,2}|>>)\s*ليفانت\s*نيوز\s*$"),
    # "ليفانت نيوز_ "أسوشيتد برس"", "ليفانت نيوز/ رصد", "ليفانت نيوز - وكالات"
    source_line=source_line_pattern("ليفانت نيوز"),
    # The publication time glued to the slug: ...الضحوكjune-6,-2024,-9:35-am (London wall-clock time).
    url_timestamp=re.compile(
        r"(january|february|march|april|may|june|july|august|september|october|november|december"
        r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
        r"-([0-9]{1,2}),?-([0-9]{4})(?:,?-([0-9]{1,2}):([0-9]{2})-?([ap]m))?(?![0-9])",
        re.IGNORECASE,
    ),
    url_date_first=True,
    # The site started publishing in 2019 (its oldest archived articles: February 2019).
    founded="2019-01-01",
)
