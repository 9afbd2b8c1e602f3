"""Rendering only where needed: pages that need JavaScript, fetched again through Chromium.

Every page is fetched plainly first. A page is fetched a second time through scrapy-playwright
(Debian's Chromium) only when
- its site profile says the site needs JavaScript (`SiteProfile.needs_javascript`), reason `profile`;
- it is an article page (the profile's article URL, or a page whose structured data says it is
  one) whose finished item would not survive the item pipelines: the extraction raised
  NotAnArticle (reasons `empty`, `no_content`, `not_article`), or the item's body is empty
  (`empty_body`) or holds only chrome that the pipelines remove (`chrome_only_body`) or no
  sentence at all (`no_prose`: a heading or a label where the body should be), or it has no
  title (`missing_title`). The spider asks `newscrawler.items.steps.doomed_reason`, which runs
  the same cleaning steps as the pipelines on a copy of the item.
A non-HTML response (PDF, binary) is never rendered; a rendered page is never rendered again
(at most one render per URL, so no loops), and plain pages never start the browser: the
download handler (newscrawler.fetch.handler) hands plain requests to Scrapy's HTTP/1.1 handler
and starts Playwright and Chromium on the first page that needs them.

A rendered page is read once it has settled: the document is loaded, no fetch()/XHR that its
scripts started is in flight (counted by an init script, `TRACK_REQUESTS_JS`), and its text
has not changed for NEWSCRAWLER_RENDER_QUIET_MS; at most NEWSCRAWLER_RENDER_WAIT_MS. No
selector is waited for, so a redesign whose class names no profile knows renders the same.

Stats (README "JavaScript pages"): `newscrawler/render/total` pages that needed rendering,
`newscrawler/render/reason/<reason>` why, `newscrawler/render/rendered` pages the browser
returned, `newscrawler/render/failed/<cause>` those it could not (`no_browser`, `timeout`,
`browser_error`), or whose rendered page still gave no item (`still_empty`: empty or
chrome-only; `still_not_article`).

The browser settings are read here (`RenderConfig.from_settings`; settings.py holds the
defaults): `NEWSCRAWLER_CHROMIUM`, `NEWSCRAWLER_RENDER_WAIT_MS`, `NEWSCRAWLER_RENDER_QUIET_MS`,
`NEWSCRAWLER_DRIVER_HEAP_MB`;
scrapy-playwright reads its own `PLAYWRIGHT_*`.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass

import scrapy
from scrapy.exceptions import IgnoreRequest

from newscrawler.errors import ConfigError

logger = logging.getLogger(__name__)

DEBIAN_PACKAGE = "chromium"
CHROMIUM_NAMES = ("chromium", "chromium-browser")
# Why an article page's item would not survive the pipelines, when rendering may change that
# (NotAnArticle reasons, and newscrawler.items.steps.doomed_reason's). `bad_url` is not here:
# a browser cannot fix a URL.
RENDER_REASONS = frozenset({"empty", "no_content", "not_article", "empty_body", "chrome_only_body",
                            "missing_title", "no_prose"})
META_REASON = "newscrawler_render_reason"  # set on render requests: the page is being rendered

# Installed before any script of a rendered page runs: counts its fetch() and XHR in flight.
TRACK_REQUESTS_JS = """(() => {
  if (window.__ncPending !== undefined) return;
  window.__ncPending = 0;
  const done = () => { window.__ncPending = Math.max(0, window.__ncPending - 1); };
  if (window.fetch) {
    const fetch = window.fetch;
    window.fetch = function () {
      window.__ncPending++;
      return fetch.apply(this, arguments).then((r) => { setTimeout(done, 0); return r; },
                                               (e) => { done(); throw e; });
    };
  }
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function () {
    window.__ncPending++;
    this.addEventListener("loadend", () => setTimeout(done, 0));
    return send.apply(this, arguments);
  };
})();"""

# Waits (polling, never throwing) until the page has settled: loaded, no request of its scripts
# in flight, its text unchanged for `quiet` ms; or until `ms` have passed.
WAIT_SETTLED_JS = """async ([ms, quiet]) => {
  const deadline = Date.now() + ms;
  const size = () => (document.body ? document.body.innerText.length : 0);
  let last = size(), since = Date.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const n = size();
    const busy = (window.__ncPending || 0) > 0 || document.readyState !== "complete";
    if (n !== last || busy) { last = n; since = Date.now(); }
    else if (Date.now() - since >= quiet) return true;
    if (Date.now() >= deadline) return false;
  }
}"""


async def init_page(page, request) -> None:
    """`playwright_page_init_callback` of render requests (by dotted path, so a request stays
    serialisable): count the page's own requests from its first script on."""
    await page.add_init_script(TRACK_REQUESTS_JS)


class BrowserMissing(RuntimeError):
    """Chromium is not installed (or NEWSCRAWLER_CHROMIUM points to nothing)."""


class BrowserUnavailable(RuntimeError):
    """The browser failed to start earlier in this crawl (it is tried once)."""


class CrawlClosing(IgnoreRequest):
    """The crawl is closing (a CLOSESPIDER_* limit): no browser is started for the page."""


def find_chromium(setting: str | None) -> str | None:
    """The Chromium executable: the setting if it names one, else `chromium` on PATH, else None."""
    setting = (setting or "").strip()
    if setting:
        path = shutil.which(setting)
        return path if path and os.access(path, os.X_OK) else None
    for name in CHROMIUM_NAMES:
        path = shutil.which(name)
        if path:
            return path
    return None


def missing_browser_message(setting: str | None) -> str:
    where = f"NEWSCRAWLER_CHROMIUM={setting!r} is not an executable" if setting else "no `chromium` on PATH"
    return (f"pages that need JavaScript cannot be rendered: Chromium not found ({where}); "
            f"install the Debian package with `apt-get install -y {DEBIAN_PACKAGE}` or set "
            "NEWSCRAWLER_CHROMIUM to its path. Those pages are counted as "
            "newscrawler/render/failed/no_browser")


@dataclass(frozen=True)
class RenderConfig:
    chromium: str | None        # resolved executable; None = not installed
    chromium_setting: str       # what NEWSCRAWLER_CHROMIUM said ("" = search PATH)
    wait_ms: int                # how long a rendered page may take to settle
    driver_heap_mb: int = 64    # V8 old-space cap of Playwright's node driver (0 = node's default)
    quiet_ms: int = 500         # a page has settled when its text has not changed for this long

    @classmethod
    def from_settings(cls, settings) -> "RenderConfig":
        setting = settings.get("NEWSCRAWLER_CHROMIUM") or ""
        return cls(chromium=find_chromium(setting), chromium_setting=setting,
                   wait_ms=settings.getint("NEWSCRAWLER_RENDER_WAIT_MS", 5000),
                   driver_heap_mb=settings.getint("NEWSCRAWLER_DRIVER_HEAP_MB", 64),
                   quiet_ms=settings.getint("NEWSCRAWLER_RENDER_QUIET_MS", 500))


def check_rendering(settings) -> None:
    """Before the crawl: the rendering settings are whole numbers in range (ConfigError)."""
    for name, minimum in (("NEWSCRAWLER_RENDER_WAIT_MS", 1), ("NEWSCRAWLER_RENDER_QUIET_MS", 0),
                          ("NEWSCRAWLER_DRIVER_HEAP_MB", 0)):
        try:
            ok = settings.getint(name) >= minimum
        except ValueError:
            ok = False
        if not ok:
            raise ConfigError(f"{name} must be a whole number >= {minimum}, got {settings.get(name)!r}")


def is_rendered(response) -> bool:
    return bool(response.meta.get(META_REASON))


def render_reason(response, profile, *, article: bool, failure: str | None = None) -> str | None:
    """Why `response` (a plain fetch; None: a page known not to be rendered yet) must be rendered, or None.

    `article`: the page is an article page; `failure`: why its item would not survive the
    pipelines (a NotAnArticle reason or `doomed_reason`'s), None when it would. Already
    rendered pages never are again.
    """
    if response is not None and is_rendered(response):
        return None
    if profile is not None and profile.needs_javascript:
        return "profile"
    if article and failure in RENDER_REASONS:
        return "no_content" if failure == "empty" else failure
    return None


class Renderer:
    """The spider's side: builds render requests, counts them, reports failures once."""

    def __init__(self, crawler, config: RenderConfig):
        self.crawler = crawler  # crawler.stats exists only once the crawl starts
        self.config = config
        self._logged: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler) -> "Renderer":
        return cls(crawler, RenderConfig.from_settings(crawler.settings))

    def _inc(self, key: str) -> None:
        self.crawler.stats.inc_value(f"newscrawler/render/{key}")

    def _error_once(self, cause: str, message: str, *args) -> None:
        if cause not in self._logged:
            self._logged.add(cause)
            logger.error(message, *args)
        else:
            logger.debug(message, *args)

    def requests(self, response, reason: str, profile, callback, errback) -> list[scrapy.Request]:
        """The render request for `response` (or a URL; one), or none when no browser is installed.
        `callback` and `errback` are methods of the spider (the errback calls `failed`), so that
        JOBDIR can store the request (Scrapy keeps only requests whose callbacks are the spider's)."""
        self._inc("total")
        self._inc(f"reason/{reason}")
        if self.config.chromium is None:
            self._inc("failed/no_browser")
            self._error_once("no_browser", "%s", missing_browser_message(self.config.chromium_setting))
            return []
        return [self.request(getattr(response, "url", response), reason, profile, callback, errback)]

    def request(self, url: str, reason: str, profile, callback, errback) -> scrapy.Request:
        """A request that renders `url` in Chromium and reads it once it has settled.

        Not filtered as a duplicate (the plain fetch of the same URL came first); the page is
        closed by scrapy-playwright once its HTML is read (no `playwright_include_page`)."""
        return scrapy.Request(
            url, callback=callback, errback=errback, dont_filter=True,
            meta={"playwright": True, META_REASON: reason,
                  "playwright_page_init_callback": f"{__name__}.init_page",
                  "playwright_page_methods": [_page_method("evaluate", WAIT_SETTLED_JS,
                                                           [self.config.wait_ms, self.config.quiet_ms])]},
        )

    def rendered(self) -> None:
        """Count a page the browser returned."""
        self._inc("rendered")

    def still_failed(self, failure: str) -> None:
        """Count a rendered page whose item would still not survive the pipelines."""
        self._inc("failed/still_not_article" if failure == "not_article" else "failed/still_empty")

    def failed(self, failure) -> str:
        """Errback of render requests: count the cause, log it (once per cause), go on; the cause."""
        exc = failure.value
        text = f"{type(exc).__name__}: {exc}"
        if isinstance(exc, CrawlClosing):
            self._inc("failed/closing")
            return "closing"
        if isinstance(exc, BrowserMissing) or "Executable doesn't exist" in text:
            cause = "no_browser"
        elif "Timeout" in type(exc).__name__ or "Timeout" in text:
            cause = "timeout"
        else:
            cause = "browser_error"
        self._inc(f"failed/{cause}")
        url = failure.request.url if getattr(failure, "request", None) is not None else "?"
        self._error_once(cause, "rendering failed (%s) for %s: %s", cause, url, text.splitlines()[0][:300])
        return cause


def _page_method(name: str, *args):
    from scrapy_playwright.page import PageMethod

    return PageMethod(name, *args)
