"""Levant News (ليفانت نيوز), thelevantnews.com: a London-based Arabic news site.

What is known of its pages is in DESIGN.md §1. Its CMS and class names are unknown, so the
selectors below are the replica's and the extraction falls back to structured data and
generic heuristics when they find nothing.

Time zone: Europe/London. The newsroom is in London and the URL timestamps
(`...june-6,-2024,-9:35-am`) carry no offset, so they are read as London wall-clock time.
"""

import re

from newscrawler.sites import SiteProfile

PROFILE = SiteProfile(
    name="levant",
    hosts=("thelevantnews.com",),
    start_url="https://thelevantnews.com/",
    timezone="Europe/London",
    # /article/<arabic-slug><month>-<d>,-<yyyy>,-<h>:<mm>-<am|pm> ; the date suffix is optional
    # so an article whose URL lacks it is still recognised.
    article_path=re.compile(r"^/article/[^/]+/?$"),
    navigation=("nav.main-menu", "header nav", "nav"),
    pagination=(".pagination", "a[rel=next]"),
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
    signature=re.compile(r"<title>[^<]*ليفانت نيوز[^<]*</title>|og:site_name\" content=\"ليفانت نيوز"),
    url_date_first=True,
    title_suffix=re.compile(r"\s*[|\-–]\s*ليفانت نيوز\s*$"),
)
