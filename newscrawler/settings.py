"""Scrapy settings for newscrawler: polite defaults for real sites.

Per-run choices go on the command line (`-s NAME=VALUE`, `-a start_url=...`); secrets only
come from the environment. Every project setting starts with NEWSCRAWLER_.
"""

import os

BOT_NAME = "newscrawler"
SPIDER_MODULES = ["newscrawler.spiders"]
NEWSPIDER_MODULE = "newscrawler.spiders"

# Politeness for real sites. The demo and tests relax these on loopback with -s.
ROBOTSTXT_OBEY = True
USER_AGENT = "newscrawler/0.1 (+https://github.com/newscrawler/newscrawler; Arabic news archive crawler)"
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 2
# Retries wait as long as a 429 or 503's Retry-After asks, up to this many seconds
# (newscrawler.fetch.retry, in Scrapy's RetryMiddleware's place).
NEWSCRAWLER_RETRY_AFTER_MAX = 60.0
DOWNLOADER_MIDDLEWARES = {"newscrawler.lostpages.LostDownloadsMiddleware": 50,  # the pages lost, for the summary
                          "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
                          "newscrawler.fetch.retry.RetryAfterMiddleware": 550,
                          "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
                          "newscrawler.fetch.compression.CountedHttpCompressionMiddleware": 590,
                          "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
                          "newscrawler.fetch.redirect.CountedRedirectMiddleware": 600}
# No news page is near this: a bigger body, or a compressed one that inflates past it (a "gzip
# bomb"), is given up and counted (newscrawler/oversize/decompressed). Scrapy's default: 1 GiB.
DOWNLOAD_MAXSIZE = 32 * 1024 * 1024
DOWNLOAD_WARNSIZE = 8 * 1024 * 1024
# A sitemap or feed (newscrawler.discovery.sitemaps) is read up to this many bytes, inflated
# when it is gzip (a gzip bomb costs this, no more); the rest is cut and counted
# (newscrawler/discovery/sitemap/cut). The sitemaps protocol allows 50 MB.
NEWSCRAWLER_SITEMAP_MAX_BYTES = 50 * 1024 * 1024
COOKIES_ENABLED = False
# Scrapy starts CONCURRENT_ITEMS asyncio workers for every callback's output (default 100).
# A news page yields one item and a few requests, and the pipelines are synchronous, so
# 8 loses nothing and saves ~100 task creations per page (measured: bench/bench_crawl.py).
CONCURRENT_ITEMS = 8
TELNETCONSOLE_ENABLED = False

# Feeds: UTF-8, so Arabic stays readable (no \u escapes). Local files are written item by
# item, whole or not at all, and a write that fails stops the crawl (newscrawler.storage.feeds).
FEED_EXPORT_ENCODING = "utf-8"
FEED_STORAGES = {"": "newscrawler.storage.feeds.WholeLinesFeedStorage", "file": "newscrawler.storage.feeds.WholeLinesFeedStorage"}
EXTENSIONS = {"scrapy.extensions.feedexport.FeedExporter": None, "newscrawler.storage.feeds.GuardedFeedExporter": 0,
              "newscrawler.runreport.StartPageWatch": 0, "newscrawler.lostpages.LostPages": 0}
# CSV (`-o out.csv`, newscrawler.storage.csv): every list or dict field (tags, authors, images,
# read_also) is one cell of compact JSON, None an empty cell, the columns the item fields in order.
FEED_EXPORTERS = {"csv": "newscrawler.storage.csv.ArticleCsvItemExporter"}
# True: CSV files start with a UTF-8 byte-order mark, so Excel opens the Arabic right. Default:
# plain UTF-8, what other tools expect.
NEWSCRAWLER_CSV_EXCEL = False
# Health checks of a run (newscrawler.runreport): a failed one makes `scrapy crawl` exit 1.
NEWSCRAWLER_HEALTH_START_PAGE = True       # the start URL answered below 400 and stayed on its host
NEWSCRAWLER_HEALTH_MIN_ITEMS = 1           # articles out (or already stored); 0 = no check
NEWSCRAWLER_HEALTH_DEAD_LETTER = True      # no item in MongoDB's dead-letter file
NEWSCRAWLER_HEALTH_MAX_FAILED_SHARE = 0.5  # article pages that gave no article; 1 = no check

# One pipeline per concern, in this order (newscrawler.items.pipelines; MongoDB last, below).
ITEM_PIPELINES = {
    "newscrawler.items.pipelines.NormaliseTextPipeline": 100,
    "newscrawler.items.pipelines.StripChromePipeline": 200,
    "newscrawler.items.pipelines.ValidatePipeline": 300,
    "newscrawler.items.pipelines.NormaliseDatesPipeline": 400,
    "newscrawler.discovery.backfill.DateRangePipeline": 450,  # -a since= / -a until=
    "newscrawler.items.pipelines.DedupePipeline": 500,
}

# The zone in which dates without an offset are read; empty = the spider's site profile zone
# (Europe/London for levant).
NEWSCRAWLER_TIMEZONE = ""

LOG_LEVEL = "INFO"

# The site's chrome learned from the site (newscrawler.spiders.chrome): blocks printed at the
# same place on many pages of a host leave the bodies. On by default; False only to measure it.
NEWSCRAWLER_LEARN_CHROME = True

# Pages that need JavaScript (newscrawler.fetch; README "JavaScript pages"): rendered by
# scrapy-playwright on Debian's Chromium, only when a plain fetch comes back empty or the site
# profile says so. The handler below serves plain requests itself and starts the browser on
# the first page that needs it. Scrapy 2.19's default reactor is the asyncio one it needs.
NEWSCRAWLER_CHROMIUM = ""            # path to Chromium; empty = `chromium` on PATH
NEWSCRAWLER_RENDER_WAIT_MS = 5000    # how long a rendered page may take to settle
NEWSCRAWLER_RENDER_QUIET_MS = 500    # settled: no request of its scripts in flight, text unchanged this long
NEWSCRAWLER_DRIVER_HEAP_MB = 64      # heap cap of Playwright's node driver (flat memory); 0 = none
DOWNLOAD_HANDLERS = {
    "http": "newscrawler.fetch.handler.RenderingDownloadHandler",
    "https": "newscrawler.fetch.handler.RenderingDownloadHandler",
}
PLAYWRIGHT_BROWSER_TYPE = "chromium"
PLAYWRIGHT_LAUNCH_OPTIONS = {        # executable_path comes from NEWSCRAWLER_CHROMIUM / PATH
    "headless": True,
    "timeout": 30000,
    "args": ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
}
PLAYWRIGHT_ABORT_REQUEST = "newscrawler.fetch.handler.abort_request"  # no images, fonts, media
PLAYWRIGHT_MAX_CONTEXTS = 1
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = 4
PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT = 20000  # ms

# `scrapy crawl` checks spider arguments and settings before starting (newscrawler.checks).
COMMANDS_MODULE = "newscrawler.commands"
# Scrapy's remote-control server runs code sent to it; a scheduled crawler does not need it.
REMOTE_CONTROL_ENABLED = False

# --- MongoDB (newscrawler.storage.mongo*, README "MongoDB"): on when MONGO_URI is set. -------
# The URI may hold a password: it comes from the environment (or -s), never from this file,
# and is masked (mongodb://user:***@host) wherever it is printed.
MONGO_URI = os.environ.get("MONGO_URI", "")
MONGO_DATABASE = ""              # empty: the URI's database, else "newscrawler"
MONGO_COLLECTION = "articles"
MONGO_HISTORY_COLLECTION = ""    # empty: "<MONGO_COLLECTION>_revisions"
MONGO_BUFFER_SIZE = 100          # items per unordered bulk write
MONGO_FLUSH_SECONDS = 2.0        # and at least this often
MONGO_TIMEOUT = 5.0              # seconds to reach the server (per attempt)
MONGO_RETRY_TIMES = 3            # retries of a failed write, backoff doubling from:
MONGO_RETRY_BACKOFF = 0.5
MONGO_DEAD_LETTER = "output/dead-letter/%(name)s-%(time)s.jsonl"  # replay: scrapy replay FILE
ITEM_PIPELINES["newscrawler.storage.mongo_pipeline.MongoPipeline"] = 800

# --- Incremental runs (newscrawler.fetch.incremental): skip article pages already stored. ---
NEWSCRAWLER_INCREMENTAL = False
NEWSCRAWLER_STATE_FILE = "state/%(name)s-seen.txt"  # used when MONGO_URI is not set
# Incremental runs fetch stored articles again this long after publication (newscrawler.fetch.revisits):
# ages m/h/d/w, comma-separated; "" or "off": never.
NEWSCRAWLER_REVISIT = "1h,1d,7d"
# Resuming (README "Stopping and resuming"): the frontier is found again, never stored, so the
# request queue and the seen set stay in memory even with JOBDIR (newscrawler.fetch.resume).
SCHEDULER = "newscrawler.fetch.resume.MemoryScheduler"
DUPEFILTER_CLASS = "newscrawler.fetch.resume.RunDupeFilter"
SPIDER_MIDDLEWARES = {"newscrawler.fetch.incremental.IncrementalMiddleware": 950,
                      # once a CLOSESPIDER_* limit is reached: no new requests, no item past the count
                      "newscrawler.fetch.limits.CloseToLimitMiddleware": 960}

# --- Many workers, one crawl (newscrawler.distributed, README "Many workers: Redis"): on when
# REDIS_URL is set (scrapy-redis's name; from the environment or -s; its password is masked
# wherever it is printed). Every `scrapy crawl` with the same REDIS_URL shares one frontier,
# seen set, per-site delay and concurrency; without it no Redis module is even imported.
REDIS_URL = os.environ.get("REDIS_URL", "")
NEWSCRAWLER_REDIS_KEY = "newscrawler:%(name)s"  # the crawl's keys start with this (%(name)s: spider)
NEWSCRAWLER_REDIS_LEASE = 60.0       # seconds: a killed worker's requests go back to the frontier after this
NEWSCRAWLER_REDIS_POLITENESS = True  # DOWNLOAD_DELAY and CONCURRENT_REQUESTS_PER_DOMAIN per site, not per worker

# JSON lines: `scrapy crawl` without -o/-O (and without FEEDS) writes one file per run here
# (feed URI parameters: %(name)s, %(time)s); `-o FILE` appends to one file, `-O FILE`
# overwrites it. Empty: no default feed.
NEWSCRAWLER_FEED = "output/%(name)s-%(time)s.jsonl"
