"""Rendering only where needed: pages that need JavaScript, fetched again through Chromium.

Every page is fetched plainly first. A page is fetched a second time through scrapy-playwright
(Debian's Chromium) only when
- its site profile says the site needs JavaScript (`SiteProfile.needs_javascript`), reason `profile`;
- it is an article URL whose extraction came back empty: a body container with no text
  (reason `empty_body`) or no article content at all (`no_content`).
A rendered page is never rendered again (at most one render per URL, so no loops), and plain
pages never start the browser: the download handler (newscrawler.fetch.handler) hands plain
requests to Scrapy's HTTP/1.1 handler and starts Playwright and Chromium on the first page
that needs them.

Stats (README "JavaScript pages"): `newscrawler/render/total` pages that needed rendering,
`newscrawler/render/reason/<reason>` why, `newscrawler/render/rendered` pages the browser
returned, `newscrawler/render/failed/<cause>` those it could not (`no_browser`, `timeout`,
`browser_error`, `still_empty`).

The browser settings are read here (`RenderConfig.from_settings`; settings.py holds the
defaults): `NEWSCRAWLER_CHROMIUM`, `NEWSCRAWLER_RENDER_WAIT_MS`, `NEWSCRAWLER_DRIVER_HEAP_MB`;
scrapy-playwright reads its own `PLAYWRIGHT_*`.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass

import scrapy

from newscrawler.errors import ConfigError

logger = logging.getLogger(__name__)

DEBIAN_PACKAGE = "chromium"
CHROMIUM_NAMES = ("chromium", "chromium-browser")
# NotAnArticle reasons that mean "nothing there yet" (a script may fill it), unlike
# `not_article` (a real page that is not an article: rendering would not change that).
EMPTY_REASONS = frozenset({"empty", "no_content"})
META_REASON = "newscrawler_render_reason"  # set on render requests: the page is being rendered

# Waits (polling, never throwing) until one of the selectors holds text, or `ms` have passed.
WAIT_FOR_TEXT_JS = """async ([selectors, ms]) => {
  const deadline = Date.now() + ms;
  for (;;) {
    for (const sel of selectors) {
      const el = document.querySelector(sel);
      if (el && el.innerText && el.innerText.trim()) return true;
    }
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}"""


class BrowserMissing(RuntimeError):
    """Chromium is not installed (or NEWSCRAWLER_CHROMIUM points to nothing)."""


class BrowserUnavailable(RuntimeError):
    """The browser failed to start earlier in this crawl (it is tried once)."""


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
    wait_ms: int                # how long a rendered page may take to fill its content
    driver_heap_mb: int = 64    # V8 old-space cap of Playwright's node driver (0 = node's default)

    @classmethod
    def from_settings(cls, settings) -> "RenderConfig":
        setting = settings.get("NEWSCRAWLER_CHROMIUM") or ""
        return cls(chromium=find_chromium(setting), chromium_setting=setting,
                   wait_ms=settings.getint("NEWSCRAWLER_RENDER_WAIT_MS", 5000),
                   driver_heap_mb=settings.getint("NEWSCRAWLER_DRIVER_HEAP_MB", 64))


def check_rendering(settings) -> None:
    """Before the crawl: the rendering settings are whole numbers in range (ConfigError)."""
    for name, minimum in (("NEWSCRAWLER_RENDER_WAIT_MS", 1), ("NEWSCRAWLER_DRIVER_HEAP_MB", 0)):
        try:
            ok = settings.getint(name) >= minimum
        except ValueError:
            ok = False
        if not ok:
            raise ConfigError(f"{name} must be a whole number >= {minimum}, got {settings.get(name)!r}")


def is_rendered(response) -> bool:
    return bool(response.meta.get(META_REASON))


def render_reason(response, profile, *, article: bool, empty: str | None = None) -> str | None:
    """Why `response` (a plain fetch) must be rendered, or None.

    `article`: the URL is an article URL; `empty`: the extraction's emptiness (`empty_body`,
    or a NotAnArticle reason). Already rendered pages never are again.
    """
    if is_rendered(response):
        return None
    if profile is not None and profile.needs_javascript:
        return "profile"
    if article and empty in ({"empty_body"} | EMPTY_REASONS):
        return "empty_body" if empty == "empty_body" else "no_content"
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

    def requests(self, response, reason: str, profile, callback) -> list[scrapy.Request]:
        """The render request for `response` (one), or none when no browser is installed."""
        self._inc("total")
        self._inc(f"reason/{reason}")
        if self.config.chromium is None:
            self._inc("failed/no_browser")
            self._error_once("no_browser", "%s", missing_browser_message(self.config.chromium_setting))
            return []
        return [self.request(response.url, reason, profile, callback)]

    def request(self, url: str, reason: str, profile, callback) -> scrapy.Request:
        """A request that renders `url` in Chromium and waits until the content holds text.

        Not filtered as a duplicate (the plain fetch of the same URL came first); the page is
        closed by scrapy-playwright once its HTML is read (no `playwright_include_page`)."""
        selectors = [sel for layout in (profile.layouts if profile else ()) for sel in (layout.content or layout.article_root)]
        selectors = selectors or ["article", "main"]
        return scrapy.Request(
            url, callback=callback, errback=self.failed, dont_filter=True,
            meta={"playwright": True, META_REASON: reason,
                  "playwright_page_methods": [_page_method("evaluate", WAIT_FOR_TEXT_JS,
                                                           [selectors, self.config.wait_ms])]},
        )

    def rendered(self) -> None:
        """Count a page the browser returned."""
        self._inc("rendered")

    def still_empty(self) -> None:
        """Count a rendered page whose extraction still found nothing."""
        self._inc("failed/still_empty")

    def failed(self, failure) -> None:
        """Errback of render requests: count the cause, log it (once per cause), go on."""
        exc = failure.value
        text = f"{type(exc).__name__}: {exc}"
        if isinstance(exc, BrowserMissing) or "Executable doesn't exist" in text:
            cause = "no_browser"
        elif "Timeout" in type(exc).__name__ or "Timeout" in text:
            cause = "timeout"
        else:
            cause = "browser_error"
        self._inc(f"failed/{cause}")
        url = failure.request.url if getattr(failure, "request", None) is not None else "?"
        self._error_once(cause, "rendering failed (%s) for %s: %s", cause, url, text.splitlines()[0][:300])


def _page_method(name: str, *args):
    from scrapy_playwright.page import PageMethod

    return PageMethod(name, *args)
