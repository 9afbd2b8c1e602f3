"""An offline replica of thelevantnews.com, built from what is known of the site
(docs/architecture.md, "The replica").

`replica.content` holds the articles (the single source of truth), `replica.build` renders
them to static pages plus `truth.json`, `replica.server` serves a built site on 127.0.0.1.
The built site also has what a CMS serves for discovery (robots.txt Sitemap lines, a sitemap
index of monthly sitemaps, a Google News sitemap, RSS and Atom feeds; see `replica.build`).
"""
