"""`scrapy crawl`, with the start-up checks first (newscrawler.checks): a bad argument or
setting is printed as one line (`error: ...`) and the command exits with status 2, before any
page is fetched. Without -o/-O/FEEDS, items go to one JSON lines file per run
(NEWSCRAWLER_FEED). A crawl stopped because its feed could not be written, or one whose items
the feed format could not encode, exits with status 1 and one `error:` line; so does a crawl
whose health checks fail (newscrawler.runreport: one `error: run: …` line each). At the end,
the run's summary goes to the log and beside each local feed file (`<feed>.summary.json`).
"""

from __future__ import annotations

import logging
import sys
from dataclasses import replace
from pathlib import Path
from urllib.parse import unquote, urlsplit

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.spiderloader import get_spider_loader

from newscrawler import distributed
from newscrawler.checks import check_crawl
from newscrawler.errors import ConfigError
from newscrawler.lostpages import LostPages
from newscrawler.runreport import (StartPage, StartPageWatch, check_health, health, quiet_network_tracebacks,
                                   record_run, summary, summary_lines, write_summary)
from newscrawler.storage.feeds import GuardedFeedExporter
from newscrawler.storage.mongo import MongoConfig

logger = logging.getLogger("newscrawler.run")


class Command(ScrapyCrawl):
    def _create_crawler(self, spidercls):
        self._crawler = super()._create_crawler(spidercls)
        return self._crawler

    def run(self, args, opts):
        self._crawler = None
        super().run(args, opts)
        try:
            feeds = self._crawler.get_extension(GuardedFeedExporter) if self._crawler is not None else None
        except RuntimeError:  # the crawl never started (Scrapy has reported why)
            feeds = None
        if feeds is not None and feeds.failure:  # some items could not be saved
            print(f"error: feed: {feeds.failure}; the crawl was stopped", file=sys.stderr)
            self.exitcode = 1
        elif feeds is not None and feeds.item_error:
            print(f"error: feed: {feeds.unexported} items could not be exported ({feeds.item_error}); "
                  "see the log", file=sys.stderr)
            self.exitcode = 1
        self._report(feeds)

    def _report(self, feeds) -> None:
        """The health checks, the exit status and the summary (newscrawler.runreport)."""
        crawler = self._crawler
        stats = crawler.stats.get_stats() if crawler is not None and crawler.stats is not None else {}
        if not stats or not stats.get("start_time"):
            return  # the crawl never started (Scrapy has said why)
        try:
            watch = crawler.get_extension(StartPageWatch)
        except (KeyError, RuntimeError):
            watch = None
        start = watch.start_page(crawler.spider) if watch is not None else StartPage()
        checks = check_health(crawler.settings)
        worker = getattr(crawler, "_newscrawler_worker", None)  # REDIS_URL: one worker of a shared crawl
        if worker is not None:  # the start page is the seeder's to fetch; the items, the crawl's to count
            checks = replace(checks, start_page=checks.start_page and worker.seeder, min_items=0)
            if worker.error:  # Redis went away: that one line says why the run stopped
                print(f"error: {worker.error}", file=sys.stderr)
                self.exitcode = 1
        failed = [] if worker is not None and worker.error else health(
            stats, start, getattr(crawler.spider, "start_url", None), checks)
        for check in failed:
            print(f"error: run: {check}", file=sys.stderr)
        if failed:
            self.exitcode = 1
        try:
            lost = crawler.get_extension(LostPages)
        except (KeyError, RuntimeError):
            lost = None
        report = summary(stats, failed + ([f"feed: {feeds.failure or feeds.item_error}"]
                                          if feeds is not None and (feeds.failure or feeds.item_error) else []),
                         self.exitcode or 0, lost.report() if lost is not None else None)
        for line in summary_lines(report):
            logger.info(line)
        write_summary(report, _local_feed_paths(feeds))
        config = MongoConfig.from_settings(crawler.settings)
        if config is not None:
            record_run(report, config, crawler.spider.name if crawler.spider else "",
                       getattr(crawler.spider, "start_url", None), stats)
        if worker is not None:
            self._crawl_report(crawler, report, stats, feeds, config)

    def _crawl_report(self, crawler, report, stats, feeds, config) -> None:
        """REDIS_URL: the last worker to end writes the summary of the whole crawl."""
        from newscrawler.distributed.worker import finish, lost_of, write_crawl_summary

        total = finish(crawler, report, stats, self.exitcode or 0)
        if total is None:
            return
        checks = check_health(crawler.settings)
        failed = health(total, StartPage(), None, replace(checks, start_page=False))
        crawl = summary(total, failed, 1 if failed or total.get("newscrawler/redis/failed_workers") else 0,
                        lost_of(total))
        crawl["workers"] = total.get("newscrawler/redis/workers", 0)
        for line in summary_lines(crawl):
            logger.info("crawl (all workers): %s", line)
        for check in failed:
            print(f"error: crawl: {check}", file=sys.stderr)
        if failed:
            self.exitcode = 1
        write_crawl_summary(crawl, _local_feed_paths(feeds))
        if config is not None:
            record_run({**crawl, "crawl": True}, config, crawler.spider.name if crawler.spider else "",
                       getattr(crawler.spider, "start_url", None), total)


    def process_options(self, args, opts):
        super().process_options(args, opts)
        if len(args) != 1:
            return  # Scrapy's own usage error follows
        try:
            spidercls = get_spider_loader(self.settings).load(args[0])
        except KeyError:
            return  # Scrapy reports the unknown spider itself
        default_feed = (self.settings.get("NEWSCRAWLER_FEED") or "").strip()
        if default_feed and not (opts.output or opts.overwrite_output or self.settings.getdict("FEEDS")):
            # One JSON lines file per run (-o/-O or FEEDS replace it).
            self.settings.set("FEEDS", {default_feed: {"format": "jsonlines"}}, priority="cmdline")
        try:
            check_crawl(spidercls.name, getattr(spidercls, "profile", None), dict(opts.spargs), self.settings)
        except ConfigError as exc:
            print(f"error: {exc}", file=sys.stderr)
            sys.exit(2)
        if distributed.enabled(self.settings):  # REDIS_URL: one worker of a crawl shared through Redis
            distributed.configure(self.settings)
        quiet_network_tracebacks()


def _local_feed_paths(feeds) -> list[Path]:
    paths = []
    for slot in getattr(feeds, "slots", []) if feeds is not None else []:
        uri = str(slot.uri)
        parts = urlsplit(uri)
        if parts.scheme in ("", "file") or len(parts.scheme) == 1:  # a path (C:\ on Windows too)
            path = Path(unquote(parts.path) if parts.scheme == "file" else uri)
            if path.exists():
                paths.append(path)
    return paths
