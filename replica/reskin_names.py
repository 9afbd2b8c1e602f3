"""How each naming scheme of a re-skin names the elements of a page (`Names`).

A page element has a role ("body", "share", "pager_next" ...). A scheme turns the role into
the attributes real front ends print on it:

- `hashed`     Next.js / CSS modules: `ArticleBody_content__x7Yq2` (`[file]_[local]__[hash]`)
- `testid`     React with CSS-in-JS: `css-1q8k3zp e1q2w3e40` plus `data-testid="article-body"`
- `bem`        hand-written BEM front ends: `story__body`, `share-bar__link--facebook`
- `aspnet`     ASP.NET WebForms: `id="ctl00_ContentPlaceHolder1_lblNewsBody"`, legacy PascalCase classes
- `wordpress`  WordPress themes: Jannah (TieLabs), Newspaper (tagDiv), or a core/underscores theme
- `drupal`     Drupal 9/10: `node--type-article`, `field--name-body`, `block-system-breadcrumb-block`
- `blogger`    Blogger templates: `post-body entry-content`, `post-labels`, `blog-pager`

The class names of the WordPress, Drupal and Blogger maps are those the themes print; the
generated schemes draw their words from what such front ends use. None of this looks at
what the crawler selects.
"""

from __future__ import annotations

import base64
import hashlib
import re

SCHEMES = ("hashed", "testid", "bem", "aspnet", "wordpress", "drupal", "blogger")
WP_THEMES = ("jannah", "tagdiv", "core")

# role -> group (the CSS module / BEM block / user control it belongs to)
GROUPS = {
    "page": "Layout", "wrap": "Layout", "main": "Layout", "content_col": "Layout", "sidebar": "Layout",
    "header": "Header", "topbar": "Header", "today": "Header", "logo": "Header", "search": "Header",
    "nav": "Nav", "nav_list": "Nav", "nav_item": "Nav", "nav_link": "Nav", "submenu": "Nav",
    "mobile_nav": "Nav",
    "ticker": "Ticker", "ticker_label": "Ticker",
    "breadcrumb": "Breadcrumb", "crumb": "Breadcrumb",
    "article": "Article", "art_header": "Article", "category": "Article", "title": "Article",
    "meta": "Article", "date": "Article", "updated": "Article", "author": "Article",
    "reading_time": "Article", "views": "Article", "figure": "Article", "caption": "Article",
    "font_tools": "Article",
    "body": "Body", "body_wrap": "Body", "para": "Body", "text_block": "Body", "inline_figure": "Body",
    "loader": "Body",
    "share": "Share", "share_label": "Share", "share_link": "Share",
    "tags": "Tags", "tags_label": "Tags", "tag_link": "Tags",
    "related_inline": "Related", "related": "Related", "related_title": "Related", "related_item": "Related",
    "comments": "Comments", "comments_title": "Comments", "comment": "Comments", "comment_form": "Comments",
    "prevnext": "PrevNext", "prev": "PrevNext", "next": "PrevNext", "prevnext_label": "PrevNext",
    "ad": "Ad", "ad_label": "Ad",
    "follow": "Follow", "newsletter": "Follow",
    "author_box": "AuthorBox",
    "widget": "Widget", "widget_title": "Widget",
    "footer": "Footer", "footer_links": "Footer", "copyright": "Footer", "social": "Footer",
    "listing": "Listing", "listing_title": "Listing", "home_block": "Listing", "home_block_title": "Listing",
    "more_link": "Listing",
    "card": "Card", "card_title": "Card", "card_link": "Card", "card_excerpt": "Card", "card_date": "Card",
    "card_img": "Card", "card_category": "Card",
    "pager": "Pager", "pager_link": "Pager", "pager_current": "Pager", "pager_next": "Pager",
    "pager_prev": "Pager", "pager_info": "Pager",
    "static": "Static",
}
ROLES = tuple(GROUPS)

# Words front ends use for each role (camelCase; BEM and test ids turn them into kebab-case).
WORDS = {
    "page": ["wrapper", "page", "root", "app"], "wrap": ["container", "inner", "holder", "grid"],
    "main": ["main", "content", "primary"], "content_col": ["column", "col", "primary", "left"],
    "sidebar": ["sidebar", "aside", "rail", "secondary"],
    "header": ["header", "masthead", "root"], "topbar": ["topBar", "strip", "utility", "upper"],
    "today": ["date", "today", "currentDate", "dateNow"], "logo": ["logo", "brand"],
    "search": ["search", "searchForm"],
    "nav": ["nav", "navigation", "primary", "bar"], "nav_list": ["list", "items", "menu"],
    "nav_item": ["item", "entry", "li"], "nav_link": ["link", "anchor"], "submenu": ["dropdown", "submenu", "more"],
    "mobile_nav": ["drawer", "offCanvas", "mobileMenu"],
    "ticker": ["ticker", "breaking", "urgent"], "ticker_label": ["label", "badge", "tag"],
    "breadcrumb": ["breadcrumbs", "trail", "path", "crumbs"], "crumb": ["item", "crumb", "step"],
    "article": ["article", "story", "post", "detail"], "art_header": ["header", "head", "top"],
    "category": ["category", "section", "kicker", "label"], "title": ["title", "headline", "heading"],
    "meta": ["meta", "info", "details", "byline"], "date": ["date", "time", "published", "timestamp"],
    "updated": ["updated", "modified", "lastUpdate"], "author": ["author", "writer", "by"],
    "reading_time": ["readingTime", "readTime", "duration"], "views": ["views", "hits", "counter"],
    "figure": ["figure", "image", "media", "cover"], "caption": ["caption", "credit", "imageCaption"],
    "font_tools": ["tools", "fontSize", "actions"],
    "body": ["body", "content", "text", "richText", "articleBody"], "body_wrap": ["wrapper", "container", "inner"],
    "para": ["paragraph", "para", "text", "p"], "text_block": ["textBlock", "block", "segment"],
    "inline_figure": ["inlineImage", "embed", "picture"], "loader": ["loader", "spinner", "skeleton"],
    "share": ["share", "shareBar", "social", "actions"], "share_label": ["label", "title", "text"],
    "share_link": ["button", "link", "item", "btn"],
    "tags": ["tags", "keywords", "topics"], "tags_label": ["label", "title"], "tag_link": ["tag", "link", "chip"],
    "related_inline": ["inline", "readMore", "embedded"], "related": ["related", "more", "list"],
    "related_title": ["title", "heading"], "related_item": ["item", "card", "entry"],
    "comments": ["comments", "discussion", "responses"], "comments_title": ["title", "heading", "count"],
    "comment": ["comment", "item"], "comment_form": ["form", "reply"],
    "prevnext": ["nav", "pager", "siblings"], "prev": ["prev", "previous", "older"], "next": ["next", "newer"],
    "prevnext_label": ["label", "hint"],
    "ad": ["ad", "slot", "banner", "adUnit"], "ad_label": ["label", "title"],
    "follow": ["follow", "cta", "promo"], "newsletter": ["newsletter", "subscribe", "signup"],
    "author_box": ["bio", "box", "about"],
    "widget": ["widget", "box", "panel", "block"], "widget_title": ["title", "heading"],
    "footer": ["footer", "bottom", "root"], "footer_links": ["links", "menu", "nav"],
    "copyright": ["copyright", "rights", "legal"], "social": ["social", "follow", "icons"],
    "listing": ["list", "grid", "feed", "items"], "listing_title": ["title", "heading", "name"],
    "home_block": ["block", "section", "row"], "home_block_title": ["title", "heading"],
    "more_link": ["more", "seeAll", "viewAll"],
    "card": ["card", "item", "teaser", "tile"], "card_title": ["title", "headline", "heading"],
    "card_link": ["link", "anchor", "overlay"], "card_excerpt": ["excerpt", "summary", "lead"],
    "card_date": ["date", "time"], "card_img": ["image", "thumb", "media"], "card_category": ["category", "tag", "label"],
    "pager": ["pagination", "pager", "paging", "pages"], "pager_link": ["link", "page", "item"],
    "pager_current": ["current", "active", "selected"], "pager_next": ["next", "forward"],
    "pager_prev": ["prev", "back"], "pager_info": ["info", "count", "summary"],
    "static": ["page", "content"],
}

# CSS module file names (hashed) per group.
MODULES = {
    "Layout": ["Layout", "PageLayout", "Shell", "AppLayout"], "Header": ["Header", "SiteHeader", "Masthead"],
    "Nav": ["Navigation", "MainNav", "Menu", "NavBar"], "Ticker": ["Ticker", "BreakingNews", "UrgentBar"],
    "Breadcrumb": ["Breadcrumb", "Breadcrumbs", "Trail"], "Article": ["Article", "ArticleHeader", "Story", "NewsDetails"],
    "Body": ["ArticleBody", "RichText", "StoryBody", "Content"], "Share": ["ShareBar", "SocialShare", "ShareButtons"],
    "Tags": ["Tags", "TagList", "Keywords"], "Related": ["Related", "RelatedArticles", "ReadMore"],
    "Comments": ["Comments", "CommentSection", "Discussion"], "PrevNext": ["PrevNext", "ArticleNav", "Siblings"],
    "Ad": ["AdSlot", "Ad", "Advert"], "Follow": ["FollowCta", "Newsletter", "Promo"], "AuthorBox": ["AuthorBio", "AuthorCard"],
    "Widget": ["Widget", "Sidebar", "MostRead"], "Footer": ["Footer", "SiteFooter"], "Listing": ["Listing", "ArticleList", "Feed"],
    "Card": ["Card", "ArticleCard", "Teaser"], "Pager": ["Pagination", "Pager", "Paging"], "Static": ["StaticPage", "Page"],
}

# BEM blocks per group.
BLOCKS = {
    "Layout": ["layout", "page", "l-page", "site"], "Header": ["site-header", "masthead", "c-header", "top-header"],
    "Nav": ["primary-nav", "site-nav", "c-nav", "navbar", "main-nav"], "Ticker": ["ticker", "breaking-bar", "c-ticker"],
    "Breadcrumb": ["breadcrumbs", "c-breadcrumb", "trail"], "Article": ["story", "article", "news-article", "c-article", "article-page"],
    "Body": None,  # the article's block
    "Share": ["share-bar", "social-share", "c-share", "share-tools"], "Tags": ["tag-list", "c-tags", "keywords"],
    "Related": ["related", "c-related", "more-stories"], "Comments": ["comments", "c-comments", "discussion"],
    "PrevNext": ["story-nav", "post-nav", "c-siblings"], "Ad": ["ad-slot", "c-ad", "advert"],
    "Follow": ["follow-cta", "c-promo", "newsletter-cta"], "AuthorBox": ["author-bio", "c-author"],
    "Widget": ["widget", "c-widget", "rail-box"], "Footer": ["site-footer", "c-footer", "colophon"],
    "Listing": ["story-list", "c-feed", "archive"], "Card": ["story-card", "c-card", "teaser"],
    "Pager": ["pager", "c-pagination", "paging"], "Static": ["static-page", "c-page"],
}

# Elements whose text is what the role is (ASP.NET: a Label); the others are panels or links.
_ASP_LABELS = {"title", "date", "updated", "author", "reading_time", "views", "caption", "body", "today", "copyright",
               "card_title", "card_date", "card_excerpt", "listing_title", "pager_info"}
_ASP_LINKS = {"category", "logo", "nav_link", "tag_link", "share_link", "card_link", "more_link", "pager_link",
              "pager_next", "pager_prev", "prev", "next", "crumb"}
_ASP_HEADER = {"Header", "Nav", "Ticker"}
_ASP_FOOTER = {"Footer", "Widget"}
# Roles repeated on a page (an index makes their ASP.NET ids unique: rptNews_ctl03_hlTitle).
REPEATED = {"nav_item", "nav_link", "share_link", "tag_link", "related_item", "comment", "card", "card_title",
            "card_link", "card_excerpt", "card_date", "card_img", "card_category", "pager_link", "crumb", "widget",
            "widget_title", "home_block", "home_block_title", "more_link", "para", "text_block", "ad", "ad_label",
            "inline_figure", "related_inline"}
# Roles a React app marks with data-testid.
TESTID_ROLES = {"header", "nav", "today", "breadcrumb", "article", "category", "title", "date", "updated", "author",
                "reading_time", "figure", "body", "share", "share_link", "tags", "related_inline", "related", "comments",
                "prevnext", "ad", "follow", "newsletter", "footer", "listing", "card", "card_link", "pager",
                "pager_next", "pager_link", "sidebar", "widget", "ticker", "para"}
_GENERIC_WORDS = {"item", "link", "title", "label", "text", "list", "heading", "button", "btn", "date", "time", "info",
                  "meta", "box", "block", "body", "content", "header", "head", "top", "nav", "bar", "root", "more",
                  "image", "media", "next", "prev", "page", "current", "active", "p", "para", "entry", "anchor"}

_TESTID_PREFIX = {"Body": "article", "Layout": "page", "PrevNext": "article-nav", "AuthorBox": "author"}


def _h(*parts) -> bytes:
    return hashlib.sha256("/".join(map(str, parts)).encode()).digest()


def _pick(pool, *parts):
    return pool[int.from_bytes(_h(*parts)[:4], "big") % len(pool)]


def kebab(word: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"-\1", word).lower()


def pascal(word: str) -> str:
    return word[:1].upper() + word[1:]


# --- explicit maps (the themes' own class names) -------------------------------------------

JANNAH = {
    "page": 'id="tie-container" class="site tie-container"', "wrap": 'id="tie-wrapper"',
    "header": 'id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-below top-nav-active top-nav-above has-shadow"',
    "topbar": 'id="top-nav" class="has-date-components top-nav header-nav" aria-label="الشريط العلوي"',
    "today": 'class="topbar-today-date tie-icon"', "logo": 'id="logo" class="image-logo"',
    "search": 'id="search" class="search-bar menu-item custom-menu-link" aria-label="بحث"',
    "nav": 'id="main-nav" class="main-nav header-nav" aria-label="القائمة الرئيسية"',
    "nav_list": 'id="menu-main-menu" class="menu" role="menubar"',
    "nav_item": 'id="menu-item-{n}" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{n}"',
    "submenu": 'class="sub-menu menu-sub-content"', "mobile_nav": 'id="mobile-menu" class="side-aside normal-side dark-skin"',
    "ticker": 'class="breaking controls-is-active"', "ticker_label": 'class="breaking-title"',
    "breadcrumb": 'id="breadcrumb"', "main": 'id="content" class="site-content container"',
    "content_col": 'class="main-content tie-col-md-8 tie-col-xs-12" role="main"',
    "sidebar": 'class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="القائمة الجانبية الرئيسية"',
    "widget": 'id="posts-list-widget-{n}" class="container-wrapper widget posts-list"',
    "widget_title": 'class="widget-title the-global-title"',
    "article": 'id="the-post" class="container-wrapper post-content tie-standard"', "art_header": 'class="entry-header-outer"',
    "category": 'class="post-cat tie-cat-{n}"', "title": 'class="post-title entry-title"',
    "meta": 'class="single-post-meta post-meta clearfix"', "date": 'class="date meta-item tie-icon"',
    "updated": 'class="meta-item last-updated"', "author": 'class="meta-author"',
    "reading_time": 'class="meta-reading-time meta-item"', "views": 'class="meta-views meta-item"',
    "figure": 'class="single-featured-image"', "caption": 'class="single-caption-text"',
    "body": 'class="entry-content entry clearfix"', "inline_figure": 'class="wp-caption aligncenter"',
    "share": 'id="share-buttons-bottom" class="share-buttons share-buttons-bottom"',
    "share_label": 'class="share-title"', "share_link": 'class="{net}-share-btn large-share-button" rel="external noopener nofollow" target="_blank"',
    "tags": 'class="post-bottom-meta post-bottom-tags post-tags-modern"', "tags_label": 'class="post-bottom-meta-title"',
    "tag_link": 'rel="tag"', "related": 'id="related-posts" class="container-wrapper has-extra-post"',
    "related_title": 'class="mag-box-title the-global-title"', "related_item": 'class="related-item tie-standard"',
    "comments": 'id="comments" class="comments-area"', "comment_form": 'id="respond" class="comment-respond"',
    "comment": 'id="li-comment-{n}" class="comment byuser"',
    "prevnext": 'class="prev-next-post-nav container-wrapper media-overlay"', "prev": 'class="tie-col-xs-6 prev-next-post"',
    "next": 'class="tie-col-xs-6 prev-next-post"', "ad": 'class="stream-item stream-item-in-post stream-item-inline-post aligncenter"',
    "ad_label": 'class="stream-title"', "author_box": 'class="about-author container-wrapper about-author-single"',
    "footer": 'id="footer" class="site-footer dark-skin dark-widgetized-area"', "copyright": 'class="copyright-text copyright-text-first"',
    "footer_links": 'class="footer-menu"', "social": 'class="social-icons"',
    "listing": 'id="posts-container" class="posts-items"', "card": 'class="post-item tie-standard"',
    "card_title": 'class="post-title"', "card_excerpt": 'class="post-excerpt"', "card_date": 'class="date meta-item tie-icon"',
    "card_img": 'class="post-thumb"', "card_category": 'class="post-cat tie-cat-{n}"', "card_link": 'class="more-link button"',
    "listing_title": 'class="page-title"', "home_block": 'class="mag-box big-post-left-box"', "home_block_title": 'class="mag-box-title the-global-title"',
    "more_link": 'class="block-more-button"', "pager": 'class="pages-nav"', "pager_current": 'class="current"',
    "pager_link": 'class="pages-nav-item"', "pager_next": 'class="the-next-page"', "pager_prev": 'class="the-prev-page"',
    "loader": 'class="loader-overlay"', "follow": 'class="tie-follow-box"', "newsletter": 'class="newsletter-box"',
}
TAGDIV = {
    "page": 'id="td-outer-wrap" class="td-theme-wrap"', "wrap": 'class="td-container td-post-template-default"',
    "header": 'class="td-header-wrap td-header-style-1"', "topbar": 'class="td-header-top-menu-full td-container-wrap"',
    "today": 'class="td_data_time"', "logo": 'class="td-logo-wrap"', "search": 'class="td-search-wrapper"',
    "nav": 'id="td-header-menu" role="navigation"', "nav_list": 'id="menu-td-demo-header-menu-1" class="sf-menu"',
    "nav_item": 'class="menu-item menu-item-type-taxonomy menu-item-object-category td-menu-item td-normal-menu menu-item-{n}"',
    "submenu": 'class="sub-menu"', "mobile_nav": 'id="td-mobile-nav" class="td-menu-background"',
    "ticker": 'class="td-trending-now-wrapper"', "ticker_label": 'class="td-trending-now-title"',
    "breadcrumb": 'class="entry-crumbs"', "crumb": 'class="entry-crumb"', "main": 'class="td-main-content-wrap td-container-wrap"',
    "content_col": 'class="td-pb-span8 td-main-content" role="main"', "sidebar": 'class="td-pb-span4 td-main-sidebar" role="complementary"',
    "widget": 'class="td_block_wrap td_block_7 td-pb-border-top td_block_template_1"', "widget_title": 'class="td-block-title"',
    "article": 'id="post-{n}" class="post-{n} post type-post status-publish format-standard has-post-thumbnail"',
    "art_header": 'class="td-post-header"', "category": 'class="entry-category"', "title": 'class="entry-title"',
    "meta": 'class="td-module-meta-info"', "date": 'class="td-post-date"', "updated": 'class="td-post-modified-date"',
    "author": 'class="td-post-author-name"', "views": 'class="td-post-views"', "reading_time": 'class="td-post-read-time"',
    "figure": 'class="td-post-featured-image"', "caption": 'class="wp-caption-text"', "body": 'class="td-post-content tagdiv-type"',
    "inline_figure": 'class="wp-block-image size-large"',
    "share": 'class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1"', "share_label": 'class="td-social-but-text"',
    "share_link": 'class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-{net}"',
    "tags": 'class="td-post-source-tags"', "tags_label": 'class="td-tags-title"', "tag_link": 'rel="tag"',
    "related": 'class="td_block_wrap td_block_related_posts tdi_{n}_rand td_with_ajax_pagination td-pb-border-top"',
    "related_title": 'class="td-related-title td-block-title"', "related_item": 'class="td-related-span4"',
    "related_inline": 'class="td_block_wrap td_block_inline_text td-pb-border-top"',
    "comments": 'class="comments" id="comments"', "comment_form": 'id="respond" class="comment-respond"', "comment": 'class="comment"',
    "prevnext": 'class="td-block-row td-post-next-prev"', "prev": 'class="td-block-span6 td-post-prev-post"',
    "next": 'class="td-block-span6 td-post-next-post"', "prevnext_label": 'class="td-post-next-prev-content"',
    "ad": 'class="td-a-rec td-a-rec-id-content_inline"', "ad_label": 'class="td-adspot-title"',
    "author_box": 'class="author-box-wrap"', "footer": 'class="td-footer-wrapper td-container-wrap"',
    "copyright": 'class="td-sub-footer-copy"', "footer_links": 'class="td-sub-footer-menu"', "social": 'class="td-social-icons"',
    "listing": 'class="td-ss-main-content"', "card": 'class="td_module_10 td_module_wrap td-animation-stack"',
    "card_title": 'class="entry-title td-module-title"', "card_excerpt": 'class="td-excerpt"', "card_date": 'class="td-post-date"',
    "card_img": 'class="td-module-thumb"', "card_category": 'class="td-post-category"', "listing_title": 'class="entry-title td-page-title"',
    "home_block": 'class="td_block_wrap td_block_big_grid_fl"', "home_block_title": 'class="block-title"',
    "more_link": 'class="td-load-more-wrap"',
    "pager": 'class="page-nav td-pb-padding-side"', "pager_current": 'class="current"', "pager_link": 'class="page"',
    "pager_info": 'class="pages"', "pager_next": 'aria-label="next-page"', "pager_prev": 'aria-label="prev-page"',
    "loader": 'class="td-loader-gif td-loader-blocks-mod"', "follow": 'class="td-follow-cta"', "newsletter": 'class="td-newsletter"',
}
WPCORE = {
    "page": 'id="page" class="site"', "wrap": 'id="content" class="site-content"',
    "header": 'id="masthead" class="site-header" role="banner"', "topbar": 'class="header-top"',
    "today": 'class="header-date"', "logo": 'class="site-branding"', "search": 'class="search-form" role="search"',
    "nav": 'id="site-navigation" class="main-navigation" aria-label="القائمة الرئيسية"',
    "nav_list": 'id="primary-menu" class="menu nav-menu"', "nav_item": 'id="menu-item-{n}" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{n}"',
    "submenu": 'class="sub-menu"', "mobile_nav": 'class="mobile-navigation"',
    "ticker": 'class="breaking-news-ticker"', "ticker_label": 'class="ticker-title"',
    "breadcrumb": 'class="breadcrumbs" aria-label="مسار التنقل"', "main": 'id="primary" class="content-area"',
    "content_col": 'id="main" class="site-main"', "sidebar": 'id="secondary" class="widget-area" role="complementary"',
    "widget": 'id="recent-posts-{n}" class="widget widget_recent_entries"', "widget_title": 'class="widget-title"',
    "article": 'id="post-{n}" class="post-{n} post type-post status-publish format-standard has-post-thumbnail hentry"',
    "art_header": 'class="entry-header"', "category": 'class="cat-links"', "title": 'class="entry-title"',
    "meta": 'class="entry-meta"', "date": 'class="posted-on"', "updated": 'class="updated-on"', "author": 'class="byline"',
    "reading_time": 'class="rt-reading-time"', "views": 'class="post-views"', "figure": 'class="post-thumbnail"',
    "caption": 'class="wp-caption-text"', "body": 'class="entry-content"', "inline_figure": 'class="wp-block-image"',
    "share": 'class="sharedaddy sd-sharing-enabled"', "share_label": 'class="sd-title"',
    "share_link": 'class="share-{net} sd-button share-icon" rel="nofollow noopener noreferrer" target="_blank"',
    "tags": 'class="tags-links"', "tags_label": 'class="tags-title"', "tag_link": 'rel="tag"',
    "related": 'id="jp-relatedposts" class="jp-relatedposts"', "related_title": 'class="jp-relatedposts-headline"',
    "related_item": 'class="jp-relatedposts-post"', "related_inline": 'class="wp-block-group read-more-inline"',
    "comments": 'id="comments" class="comments-area"', "comment_form": 'id="respond" class="comment-respond"',
    "comment": 'id="comment-{n}" class="comment even thread-even depth-1"',
    "prevnext": 'class="navigation post-navigation" aria-label="مقالات"', "prev": 'class="nav-previous"', "next": 'class="nav-next"',
    "prevnext_label": 'class="meta-nav"', "ad": 'class="code-block code-block-{n}"', "ad_label": 'class="ad-label"',
    "author_box": 'class="author-info"', "footer": 'id="colophon" class="site-footer" role="contentinfo"',
    "copyright": 'class="site-info"', "footer_links": 'class="footer-navigation"', "social": 'class="social-navigation"',
    "listing": 'class="archive-posts"', "card": 'id="post-{n}" class="post-{n} post type-post status-publish format-standard hentry"',
    "card_title": 'class="entry-title"', "card_excerpt": 'class="entry-summary"', "card_date": 'class="entry-date published"',
    "card_img": 'class="post-thumbnail"', "card_category": 'class="cat-links"', "card_link": 'class="more-link"',
    "listing_title": 'class="page-title"', "home_block": 'class="wp-block-group home-section"',
    "home_block_title": 'class="wp-block-heading"', "more_link": 'class="wp-block-button__link"',
    "pager": 'class="navigation pagination" aria-label="المقالات"', "pager_current": 'class="page-numbers current" aria-current="page"',
    "pager_link": 'class="page-numbers"', "pager_next": 'class="next page-numbers"', "pager_prev": 'class="prev page-numbers"',
    "loader": 'class="wp-block-loading"', "follow": 'class="wp-block-buttons follow-us"', "newsletter": 'class="wp-block-jetpack-subscriptions"',
}
DRUPAL = {
    "page": 'class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas', "wrap": 'class="layout-container"',
    "header": 'class="site-header" role="banner"', "topbar": 'class="region region-secondary-menu"',
    "today": 'class="block block-block-content block-block-content-date"', "logo": 'id="block-sitebranding" class="block block-system block-system-branding-block"',
    "search": 'class="search-block-form block block-search" role="search"',
    "nav": 'role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main"',
    "nav_list": 'class="menu menu--level-1"', "nav_item": 'class="menu__item menu__item--link menu__item--level-1"',
    "nav_link": 'class="menu__link menu__link--link menu__link--level-1"', "submenu": 'class="menu menu--level-2"',
    "mobile_nav": 'class="mobile-nav-wrapper"', "ticker": 'class="block block-views block-views-blockbreaking-news-block-1"',
    "ticker_label": 'class="block__title"',
    "breadcrumb": 'class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"', "crumb": 'class="breadcrumb__item"',
    "main": 'role="main" class="main-content"', "content_col": 'class="region region-content"',
    "sidebar": 'class="region region-sidebar" role="complementary"', "widget": 'class="block block-views block-views-blockmost-read-block-{n}"',
    "widget_title": 'class="block__title"', "article": 'data-history-node-id="{n}" role="article" about="/node/{n}" class="node node--type-article node--promoted node--view-mode-full"',
    "art_header": 'class="node__header"', "category": 'class="field field--name-field-section field--type-entity-reference field--label-hidden field__item"',
    "title": 'class="page-title"', "meta": 'class="node__meta"', "date": 'class="field field--name-created field--type-created field--label-hidden"',
    "updated": 'class="field field--name-changed field--type-changed"', "author": 'class="field field--name-uid field--type-entity-reference"',
    "reading_time": 'class="field field--name-field-reading-time"', "views": 'class="statistics-counter"',
    "figure": 'class="field field--name-field-image field--type-image field--label-hidden field__item"',
    "caption": 'class="field field--name-field-image-caption"',
    "body": 'class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"',
    "inline_figure": 'class="embedded-entity align-center"', "share": 'class="block block-better-social-sharing-buttons"',
    "share_label": 'class="block__title"', "share_link": 'class="social-sharing-buttons__button share-{net}" rel="noopener" target="_blank"',
    "tags": 'class="field field--name-field-tags field--type-entity-reference field--label-inline"',
    "tags_label": 'class="field__label"', "tag_link": 'hreflang="ar"', "related": 'class="block block-views block-views-blockrelated-content-block-1"',
    "related_title": 'class="block__title"', "related_item": 'class="views-row"', "related_inline": 'class="paragraph paragraph--type--related-content"',
    "comments": 'class="field field--name-comment field--type-comment field--label-above comment-wrapper"',
    "comments_title": 'class="comment-section__title"', "comment_form": 'class="comment-comment-form comment-form"',
    "comment": 'role="article" data-comment-user-id="0" class="comment js-comment by-anonymous"',
    "prevnext": 'class="block block-entity-pager"', "prev": 'class="entity-pager-item entity-pager-prev"',
    "next": 'class="entity-pager-item entity-pager-next"', "ad": 'class="block block-dfp block-dfp-ad-{n}"',
    "ad_label": 'class="dfp-tag-label"', "author_box": 'class="field field--name-field-author-bio"',
    "footer": 'class="site-footer" role="contentinfo"', "copyright": 'class="block block-block-content block-copyright"',
    "footer_links": 'class="menu menu--footer"', "social": 'class="block block-social-media-links"',
    "listing": 'class="view view-taxonomy-term view-id-taxonomy_term view-display-id-page_1"',
    "card": 'class="views-row"', "card_title": 'class="node__title"', "card_excerpt": 'class="field field--name-body field--type-text-with-summary"',
    "card_date": 'class="field field--name-created"', "card_img": 'class="field field--name-field-image"',
    "card_category": 'class="field field--name-field-section"', "listing_title": 'class="page-title"',
    "home_block": 'class="block block-views block-views-blockfront-section-block-{n}"', "home_block_title": 'class="block__title"',
    "more_link": 'class="more-link"', "pager": 'class="pager" role="navigation" aria-labelledby="pagination-heading"',
    "pager_current": 'class="pager__item is-active"', "pager_link": 'class="pager__item"', "pager_next": 'class="pager__item pager__item--next"',
    "pager_prev": 'class="pager__item pager__item--previous"', "pager_info": 'class="pager__summary"',
    "loader": 'class="ajax-progress ajax-progress-throbber"', "follow": 'class="paragraph paragraph--type--cta"',
    "newsletter": 'class="block block-simplenews block-simplenews-subscription-block"',
}
BLOGGER = {
    "page": 'class="content"', "wrap": 'class="content-outer"', "header": 'class="header-outer"',
    "topbar": 'class="header-inner"', "today": 'class="date-outer"', "logo": 'class="header section" id="header"',
    "search": 'class="widget BlogSearch" id="BlogSearch1"', "nav": 'class="tabs-outer"',
    "nav_list": 'class="widget PageList" id="PageList1"', "nav_item": 'class="overflowable-item"',
    "submenu": 'class="overflow-popup"', "mobile_nav": 'class="centered-top-container sticky"',
    "ticker": 'class="widget FeaturedPost" id="FeaturedPost1"', "ticker_label": 'class="title"',
    "breadcrumb": 'class="breadcrumbs"', "main": 'class="main-outer"', "content_col": 'class="main section" id="main"',
    "sidebar": 'class="sidebar section" id="sidebar-right-1"', "widget": 'class="widget PopularPosts" data-version="1" id="PopularPosts{n}"',
    "widget_title": 'class="title"', "article": 'class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting"',
    "art_header": 'class="post-header"', "category": 'class="post-labels"', "title": 'class="post-title entry-title" itemprop="name"',
    "meta": 'class="post-header-line-1"', "date": 'class="post-timestamp"', "updated": 'class="post-updated"',
    "author": 'class="post-author vcard"', "reading_time": 'class="reading-time"', "views": 'class="post-views"',
    "figure": 'class="separator"', "caption": 'class="tr-caption"', "body": 'class="post-body entry-content float-container" id="post-body-{n}" itemprop="description articleBody"',
    "inline_figure": 'class="tr-caption-container"', "share": 'class="post-share-buttons goog-inline-block"',
    "share_label": 'class="share-button-link-text"', "share_link": 'class="goog-inline-block share-button sb-{net}" target="_blank"',
    "tags": 'class="post-labels"', "tags_label": 'class="labels-title"', "tag_link": 'rel="tag"',
    "related": 'class="related-posts"', "related_title": 'class="related-title"', "related_item": 'class="related-post"',
    "comments": 'class="comments" id="comments"', "comments_title": 'class="comments-title"', "comment_form": 'class="comment-form"',
    "comment": 'class="comment" id="c{n}"', "prevnext": 'class="blog-pager" id="blog-pager"',
    "prev": 'class="blog-pager-older-link"', "next": 'class="blog-pager-newer-link"', "ad": 'class="widget AdSense" id="AdSense{n}"',
    "ad_label": 'class="adsense-label"', "author_box": 'class="widget Profile" id="Profile1"',
    "footer": 'class="footer-outer"', "copyright": 'class="widget Attribution" id="Attribution1"',
    "footer_links": 'class="widget LinkList" id="LinkList1"', "social": 'class="social-links"',
    "listing": 'class="blog-posts hfeed container"', "card": 'class="post-outer-container"',
    "card_title": 'class="post-title entry-title"', "card_excerpt": 'class="post-snippet snippet-container"',
    "card_date": 'class="byline post-timestamp"', "card_img": 'class="snippet-thumbnail"', "card_category": 'class="byline post-labels"',
    "card_link": 'class="jump-link flat-button"', "listing_title": 'class="blog-title"', "home_block": 'class="widget Blog" id="Blog{n}"',
    "home_block_title": 'class="title"', "more_link": 'class="blog-pager-older-link"',
    "pager": 'class="blog-pager container" id="blog-pager"', "pager_next": 'class="blog-pager-older-link flat-button ripple"',
    "pager_prev": 'class="blog-pager-newer-link flat-button ripple"', "pager_link": 'class="blog-pager-link"',
    "pager_current": 'class="blog-pager-current"', "loader": 'class="loading"', "follow": 'class="widget FollowByEmail" id="FollowByEmail1"',
    "newsletter": 'class="widget FollowByEmail" id="FollowByEmail1"',
}
EXPLICIT = {("wordpress", "jannah"): JANNAH, ("wordpress", "tagdiv"): TAGDIV, ("wordpress", "core"): WPCORE,
            ("drupal", None): DRUPAL, ("blogger", None): BLOGGER}
# Prefix of the classes a plugin or an editor adds on those platforms (roles their maps lack).
PLUGIN_PREFIX = {("wordpress", "jannah"): "tie-", ("wordpress", "tagdiv"): "td-", ("wordpress", "core"): "wp-block-",
                 ("drupal", None): "paragraph--type--", ("blogger", None): ""}


class Names:
    """role -> attribute text (leading space included) for one skin's naming scheme."""

    def __init__(self, scheme: str, seed: int, theme: str | None = None):
        if scheme not in SCHEMES:
            raise ValueError(f"unknown scheme {scheme!r}")
        self.scheme, self.seed, self.theme = scheme, seed, theme
        self._base: dict[str, str] = {}
        used: set[str] = set()
        for role in ROLES:
            name, salt = self._make(role), 0
            while name in used and scheme in ("hashed", "bem", "testid", "aspnet"):  # two roles, one word: keep them apart
                salt += 1
                name = self._make(role, salt)
            used.add(name)
            self._base[role] = name
        if scheme == "aspnet":
            self.placeholder = _pick(["ContentPlaceHolder1", "cphMain", "MainContent", "cphBody"], seed, "ph")
            self.header_uc = _pick(["ucHeader", "Header1", "ctlHeader"], seed, "uc")
            self.legacy_classes = int.from_bytes(_h(seed, "css")[:1], "big") % 2 == 0

    # How a generated name is made for a role.
    def _make(self, role: str, salt: int = 0) -> str:
        group, seed = GROUPS[role], self.seed
        word = _pick(WORDS[role], seed, role, salt)
        if self.scheme == "hashed":
            module = _pick(MODULES[group], seed, group)
            digest = base64.b64encode(_h(seed, role, salt, "css")).decode()[:5].replace("+", "_").replace("/", "-")
            return f"{module}_{word}__{digest}"
        if self.scheme == "testid":
            digest = hashlib.sha256(f"{seed}/{role}/{salt}".encode()).hexdigest()
            alnum = "".join(c if c.isalpha() else "abcdefghij"[int(c)] for c in digest[:7])
            return f"css-{alnum[:1]}{digest[1:7]}"
        if self.scheme == "bem":
            block = BLOCKS[group] and _pick(BLOCKS[group], seed, group)
            if block is None:
                block = _pick(BLOCKS["Article"], seed, "Article")
            if role == group.lower() and group != "Body":
                return block
            return f"{block}__{kebab(word)}" + (f"-{salt}" if salt > 2 else "")
        if self.scheme == "aspnet":
            return pascal(word) + (str(salt) if salt > 2 else "")
        return word

    def __call__(self, role: str, i: int | None = None, **fmt) -> str:
        """The attributes of an element of `role` (`i`: its index among repeated siblings;
        `fmt`: values for an explicit map's placeholders, e.g. net="facebook", n=12)."""
        s = self.scheme
        if s in ("wordpress", "drupal", "blogger"):
            key = (s, self.theme if s == "wordpress" else None)
            attrs = EXPLICIT[key].get(role)
            if attrs is None:
                prefix = PLUGIN_PREFIX[key]
                attrs = f'class="{prefix}{kebab(WORDS[role][0])}"'
            values = {"n": 100 + (i or 0), "net": "share"}
            values.update(fmt)
            return " " + attrs.format(**values)
        base = self._base[role]
        if s == "hashed":
            mod = ""
            if "net" in fmt:  # a second module class: ShareBar_facebook__Ab3xZ
                module = base.split("_", 1)[0]
                digest = base64.b64encode(_h(self.seed, role, fmt["net"])).decode()[:5].replace("+", "_").replace("/", "-")
                mod = f" {module}_{fmt['net']}__{digest}"
            return f' class="{base}{mod}"'
        if s == "bem":
            mod = ""
            if "net" in fmt:
                mod = f" {base}--{fmt['net']}"
            elif role in ("pager_current",):
                mod = f" {base}--active"
            return f' class="{base}{mod}"'
        if s == "testid":
            out = f' class="{base} e{base[4:8]}0"'
            if role in TESTID_ROLES:
                tid = kebab(_pick(WORDS[role], self.seed, role, "tid"))
                if tid in _GENERIC_WORDS:  # "title" alone says little: "card-title", "article-title"
                    tid = f"{_TESTID_PREFIX.get(GROUPS[role], kebab(GROUPS[role]))}-{tid}"
                out += f' data-testid="{tid}"'
                if "net" in fmt:
                    out = out[:-1] + f'-{fmt["net"]}"'
            return out
        # aspnet: a server control id, maybe a legacy CSS class
        group = GROUPS[role]
        kind = "lbl" if role in _ASP_LABELS else "hl" if role in _ASP_LINKS else "pnl" if role.endswith("box") else "div"
        owner = self.header_uc if group in _ASP_HEADER else "ucFooter" if group in _ASP_FOOTER else self.placeholder
        ctrl = f"{kind}{pascal(base)}{pascal(group) if group not in ('Article', 'Body', 'Layout') else ''}"
        body_ctrl = _pick(["lblNewsBody", "lblBody", "divDetails", "lblDetails"], self.seed, "aspbody")
        if role == "body":
            ctrl = body_ctrl
        elif ctrl == body_ctrl:  # ids are unique on a page: a script's getElementById finds the body
            ctrl += pascal(role)
        elif role == "title":
            ctrl = _pick(["lblTitle", "lblNewsTitle", "lblHeadline"], self.seed, "asptitle")
        if i is not None and role in REPEATED:
            rpt = "rpt" + pascal(group)
            ident = f"ctl00_{owner}_{rpt}_ctl{i:02d}_{ctrl}"
        else:
            ident = f"ctl00_{owner}_{ctrl}"
        css = f' class="{pascal(group)}{pascal(base)}"' if self.legacy_classes else ""
        if "net" in fmt:
            css = f' class="share-{fmt["net"]}"'
        return f' id="{ident}"{css}'
