"""The end of a run: its health checks, its exit status and a summary a person reads in seconds.

`scrapy crawl` (newscrawler.commands.crawl) asks this module, once the crawl is over, whether
the run did its job; it exits 1 when a check fails (0 when all hold; 2 is for bad arguments and
settings, before anything is fetched: newscrawler.checks). The checks, each a setting:

- `NEWSCRAWLER_HEALTH_START_PAGE` (True): the start URL was fetched, answered below 400 and
  stayed on its host (a 404, a refused connection, a redirect to another site all fail);
- `NEWSCRAWLER_HEALTH_MIN_ITEMS` (1): at least this many articles came out, counting those an
  incremental run skipped as already stored (0: no check);
- `NEWSCRAWLER_HEALTH_DEAD_LETTER` (True): no item went to MongoDB's dead-letter file;
- `NEWSCRAWLER_HEALTH_MAX_FAILED_SHARE` (0.5): at most this share of the article pages failed
  to give an article (`newscrawler/extract_failed/*`), once there are 5 of them (1: no check);
- the feed: a feed file that could not be written always fails the run (newscrawler.storage.feeds).

Scrapy's own `closespider` extension stops a crawl on counts and time, but says nothing about
whether the run did its job, and spidermon (monitor suites, actions) is a framework of its own
for what needs five checks over the stats; neither sets the exit status. So this is a small
pure function over the crawl's stats (`health`), a signal handler that remembers the start
page's answer (`StartPageWatch`) and the summary (`summary`, `write_summary`).

The summary goes to the log (INFO), as JSON beside each local feed file
(`<feed>.summary.json`) and, with MongoDB on, into the `runs` collection of its database
(`record_run`: one document a run, written last; an unreachable server is logged, and does not
change the exit status, which the dead-letter check already decides).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from scrapy import signals

from newscrawler.errors import ConfigError, number_setting
from newscrawler.urls import host_key

logger = logging.getLogger(__name__)

KIND = "newscrawler_kind"  # Request.meta key of the spiders (newscrawler.spiders.base.KIND)
MIN_ARTICLE_PAGES = 5      # the failed-share check needs this many article pages
STATE_KEY = "newscrawler_start_page"  # in spider.state (JOBDIR): the start page's answer


@dataclass
class HealthSettings:
    start_page: bool = True
    min_items: int = 1
    dead_letter: bool = True
    max_failed_share: float = 0.5


def check_health(settings) -> HealthSettings:
    """The health-check settings, or ConfigError naming the one that does not parse."""
    def flag(name: str) -> bool:
        try:
            return settings.getbool(name, True)
        except ValueError:
            raise ConfigError(f"{name} must be True or False, got {settings.get(name)!r}") from None

    min_items = number_setting(settings, "NEWSCRAWLER_HEALTH_MIN_ITEMS", 1, whole=True, low=0,
                               must="a whole number >= 0")
    share = number_setting(settings, "NEWSCRAWLER_HEALTH_MAX_FAILED_SHARE", 0.5, low=0, high=1,
                           must="a number from 0 to 1")
    return HealthSettings(flag("NEWSCRAWLER_HEALTH_START_PAGE"), min_items,
                          flag("NEWSCRAWLER_HEALTH_DEAD_LETTER"), share)


@dataclass
class StartPage:
    """What the start request came back with (None: nothing came back), and where a redirect of
    it pointed (a redirect off the site is dropped before any answer comes back)."""
    url: str | None = None
    status: int | None = None
    final_url: str | None = None
    redirected_to: str | None = None


class StartPageWatch:
    """Extension: remembers the start page's answer (the response to the request marked `home`)."""

    def __init__(self):
        self.start = StartPage()

    @classmethod
    def from_crawler(cls, crawler):
        watch = cls()
        crawler.signals.connect(watch.response_received, signal=signals.response_received)
        crawler.signals.connect(watch.response_downloaded, signal=signals.response_downloaded)
        return watch

    def response_downloaded(self, response, request, spider=None):
        location = response.headers.get(b"Location")
        if request.meta.get(KIND) == "home" and self.start.status is None and location and 300 <= response.status < 400:
            self.start.url = self.start.url or (request.meta.get("redirect_urls") or [request.url])[0]
            self.start.redirected_to = urljoin(response.url, location.decode("latin-1"))

    def response_received(self, response, request, spider=None):
        if request.meta.get(KIND) == "home" and self.start.status is None:
            first = (request.meta.get("redirect_urls") or [request.url])[0]
            self.start = StartPage(first, response.status, response.url, self.start.redirected_to)
            state = getattr(spider, "state", None)
            if isinstance(state, dict):  # JOBDIR: a resumed run does not fetch it again
                state[STATE_KEY] = vars(self.start).copy()

    def start_page(self, spider) -> StartPage:
        """This run's answer, else the one a run of the same JOBDIR got before it."""
        state = getattr(spider, "state", None)
        if self.start.status is None and isinstance(state, dict) and isinstance(state.get(STATE_KEY), dict):
            return StartPage(**state[STATE_KEY])
        return self.start


def _host(url: str) -> str:
    return host_key(urlsplit(url).hostname or "")


def _sum(stats: dict, prefix: str) -> int:
    return sum(v for k, v in stats.items() if k.startswith(prefix) and isinstance(v, (int, float)))


def _by(stats: dict, prefix: str) -> dict:
    return {k[len(prefix):]: v for k, v in sorted(stats.items()) if k.startswith(prefix) and isinstance(v, (int, float))}


def health(stats: dict, start: StartPage, start_url: str | None, checks: HealthSettings,
           feed_failure: str | None = None) -> list[str]:
    """The checks that failed, each as a sentence (empty: the run is healthy)."""
    failed = []
    if checks.start_page:
        if start.status is None and start.redirected_to and start_url and _host(start.redirected_to) != _host(start_url):
            failed.append(f"the start URL {start.url or start_url} led to another host ({start.redirected_to})")
        elif start.status is None:
            failed.append(f"the start URL {start_url} was not fetched")
        elif start.status >= 400:
            failed.append(f"the start URL {start.url} answered {start.status}")
        elif start_url and _host(start.final_url or "") != _host(start_url):
            failed.append(f"the start URL {start.url} led to another host ({start.final_url})")
    # A crawl stopped on purpose (Ctrl-C, SIGTERM: Scrapy's "shutdown") did not finish: what it
    # did not reach is not a failure (JOBDIR resumes it).
    stopped = stats.get("finish_reason") == "shutdown"
    items = stats.get("item_scraped_count", 0)
    kept = items + stats.get("newscrawler/incremental/skipped", 0)
    if checks.min_items and kept < checks.min_items and not stopped:
        failed.append(f"{items} articles, expected at least {checks.min_items}")
    dead = stats.get("newscrawler/mongo/dead_letter", 0)
    if checks.dead_letter and dead:
        failed.append(f"{dead} items went to the dead-letter file (scrapy replay FILE loads them)")
    pages = stats.get("newscrawler/pages/article", 0)
    bad = _sum(stats, "newscrawler/extract_failed/")
    if (checks.max_failed_share < 1 and pages >= MIN_ARTICLE_PAGES and bad > checks.max_failed_share * pages
            and not stopped):
        failed.append(f"{bad} of {pages} article pages gave no article (more than "
                      f"{checks.max_failed_share:.0%})")
    if feed_failure:
        failed.append(f"feed: {feed_failure}")
    return failed


def _not_failures(stats: dict, status: str) -> int:
    """Answers with this status that lose nothing: a robots.txt, sitemap or feed the site does not
    have (Scrapy's robots.txt check, the crawl's discovery probes)."""
    return (stats.get(f"robotstxt/response_status_count/{status}", 0)
            + stats.get(f"newscrawler/discovery/absent/{status}", 0))


def summary(stats: dict, failed: list[str], exit_status: int, lost: dict | None = None) -> dict:
    """The run in a few numbers (see module doc); `lost`: the pages given up on, by reason
    (newscrawler.lostpages)."""
    return {
        "exit_status": exit_status,
        "healthy": not failed,
        "failed_checks": failed,
        "items": stats.get("item_scraped_count", 0),
        "new": stats.get("newscrawler/mongo/inserted"),
        "updated": stats.get("newscrawler/mongo/changed"),
        "already_stored": stats.get("newscrawler/incremental/skipped", 0),
        "pages": _by(stats, "newscrawler/pages/"),
        "listings": _by(stats, "newscrawler/listing/"),
        "found": _by(stats, "newscrawler/discovery/found/"),   # article links first found, by source
        "backfill": _by(stats, "newscrawler/backfill/"),
        "failures": {**{f"extract/{k}": v for k, v in _by(stats, "newscrawler/extract_failed/").items()},
                     **{f"http/{k}": n for k, v in _by(stats, "downloader/response_status_count/").items()
                        if k[:1] in "45" and (n := v - _not_failures(stats, k)) > 0},
                     **{f"download/{k.rsplit('.', 1)[-1]}": v
                        for k, v in _by(stats, "downloader/exception_type_count/").items()},
                     **{f"redirect/{k}": v for k, v in _by(stats, "newscrawler/redirect/").items()},
                     **({"oversize": stats["newscrawler/oversize/decompressed"]}
                        if stats.get("newscrawler/oversize/decompressed") else {}),
                     **({"dead_letter": stats["newscrawler/mongo/dead_letter"]}
                        if stats.get("newscrawler/mongo/dead_letter") else {})},
        "lost": lost or {},
        "rendered": stats.get("newscrawler/render/rendered", 0),
        "seconds": round(stats.get("elapsed_time_seconds", 0) or 0, 1),
        "finish_reason": stats.get("finish_reason"),
    }


def summary_lines(report: dict) -> list[str]:
    """The summary for the log: a handful of lines."""
    def counts(d: dict) -> str:
        return ", ".join(f"{k} {v}" for k, v in d.items()) or "none"

    stored = ""
    if report["new"] is not None:
        stored = f" ({report['new']} new, {report['updated'] or 0} updated)"
    lines = [
        f"run {'healthy' if report['healthy'] else 'UNHEALTHY'}, exit status {report['exit_status']}, "
        f"{report['seconds']} s, finished: {report['finish_reason']}",
        f"items: {report['items']}{stored}; already stored (skipped): {report['already_stored']}; "
        f"rendered pages: {report['rendered']}",
        f"pages: {counts(report['pages'])}",
        f"articles found through: {counts(report.get('found', {}))}"
        + (f"; backfill: {counts(report['backfill'])}" if report.get("backfill") else ""),
        f"failures: {counts(report['failures'])}",
        "lost: " + (", ".join(f"{reason} {v['count']} (e.g. {v['urls'][0]})" if v["urls"] else f"{reason} {v['count']}"
                              for reason, v in report.get("lost", {}).items()) or "nothing"),
    ]
    lines += [f"failed check: {c}" for c in report["failed_checks"]]
    return lines


RUNS_COLLECTION = "runs"


def record_run(report: dict, config, spider_name: str, start_url: str | None, stats: dict) -> bool:
    """Insert the run's summary into the `runs` collection (MongoConfig `config`); whether it was."""
    from newscrawler.storage.mongo import MongoStore, redact

    store = MongoStore(config)
    try:
        store.open()
        store.client[config.database][RUNS_COLLECTION].insert_one(
            {**report, "spider": spider_name, "start_url": start_url,
             "started_at": stats.get("start_time"), "finished_at": stats.get("finish_time")})
        return True
    except Exception as exc:  # noqa: BLE001 - the run is over: say it, lose nothing else
        logger.error("could not record the run in %s.%s at %s: %s", config.database, RUNS_COLLECTION,
                     config.masked_uri, redact(str(exc), config.uri))
        return False
    finally:
        store.close()


def write_summary(report: dict, feed_paths: list[Path]) -> list[Path]:
    """`<feed>.summary.json` beside each local feed file; the paths written."""
    written = []
    for path in feed_paths:
        target = path.with_name(path.name + ".summary.json")
        try:
            target.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            written.append(target)
        except OSError as exc:
            logger.error("could not write the run summary %s: %s", target, exc.strerror or exc)
    return written


# Failures a crawl meets on the network, which its log says in one line without a traceback: the
# traceback adds nothing to "Connection refused" but sixty lines a person must read past.
_NETWORK_FAILURES = ("CannotResolveHostError", "DownloadCancelledError", "DownloadConnectionRefusedError",
                     "DownloadFailedError", "DownloadTimeoutError", "ResponseDataLossError")


class OneLineNetworkFailures(logging.Filter):
    """A logging filter: records of network failures keep their message, lose their traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if exc is not None and (type(exc).__name__ in _NETWORK_FAILURES
                                or type(exc).__module__.startswith(("twisted.internet.error", "twisted.web._newclient"))):
            record.exc_info, record.exc_text = None, None
        return True


def quiet_network_tracebacks() -> None:
    """Install OneLineNetworkFailures on the loggers that print download failures."""
    for name in ("scrapy.core.scraper", "scrapy.downloadermiddlewares.robotstxt"):
        log = logging.getLogger(name)
        if not any(isinstance(f, OneLineNetworkFailures) for f in log.filters):
            log.addFilter(OneLineNetworkFailures())
