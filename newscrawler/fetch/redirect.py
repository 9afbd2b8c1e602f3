"""Redirects that end nowhere are counted and said once, at INFO, with the URL.

Scrapy's RedirectMiddleware follows up to REDIRECT_MAX_TIMES (20) redirects and then drops the
request with a DEBUG line; a loop (A -> B -> A) runs the whole budget, or ends silently in the
duplicate filter. This subclass stops a loop at the first URL that comes round again and says
both cases at INFO with the URL the crawl asked for:
  - `newscrawler/redirect/loop`: the chain came back to a URL it had passed;
  - `newscrawler/redirect/too_long`: more than REDIRECT_MAX_TIMES redirects.
"""

from __future__ import annotations

import logging

from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.exceptions import IgnoreRequest

from newscrawler.lostpages import record_lost

logger = logging.getLogger(__name__)


class CountedRedirectMiddleware(RedirectMiddleware):
    def _redirect(self, redirected, request, reason):
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if redirected.url in chain:
            self._give_up("loop", chain[0], f"redirect loop back to {redirected.url} after {len(chain)} redirects")
        try:
            return super()._redirect(redirected, request, reason)
        except IgnoreRequest:
            self._give_up("too_long", chain[0], f"more than {self.max_redirect_times} redirects, last {request.url}")

    def _give_up(self, kind: str, url: str, why: str):
        stats = getattr(self.crawler, "stats", None)
        if stats is not None:
            stats.inc_value(f"newscrawler/redirect/{kind}")
        record_lost(self.crawler, url, f"redirect/{kind}")
        logger.info("gave up on %s: %s", url, why)
        raise IgnoreRequest(why)
