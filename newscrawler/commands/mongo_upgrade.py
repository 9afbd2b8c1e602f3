"""`scrapy mongo_upgrade`: convert, once, the MongoDB documents an earlier version wrote.

Earlier versions stored `published_at`, `modified_at` and `crawled_at` as ISO strings, had no
`search` terms, and kept a `url_unique` index that duplicated `_id`. This command rewrites
such documents in place (dates -> BSON dates in UTC with `<field>_offset`; `search` built from
title and body; the history collection's dates too), drops the obsolete indexes and creates
the current ones (storage.mongo.INDEXES). Idempotent: a second run converts nothing. Batched
(`--batch-size`, default 500 documents a bulk write). `--dry-run` counts without writing.

(The name: Scrapy names a command after its module, and a module name cannot hold a hyphen.)

MongoDB settings as for a crawl (MONGO_URI from the environment or `-s MONGO_URI=...`,
MONGO_DATABASE, MONGO_COLLECTION). Exit status: 0 done; 2 bad settings or unreachable server
(one `error: ...` line).
"""

from __future__ import annotations

import sys

from scrapy.commands import ScrapyCommand

from newscrawler.errors import ConfigError
from newscrawler.storage.mongo import mongo_config_or_fail, with_store


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "[--dry-run] [--batch-size N]"

    def short_desc(self) -> str:
        return "Convert MongoDB documents of earlier versions (text dates, no search terms) in place, once"

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument("--dry-run", action="store_true", help="count what would change, write nothing")
        parser.add_argument("--batch-size", type=int, default=500, metavar="N",
                            help="documents per bulk write (default 500)")

    def run(self, args, opts):
        try:
            if args:
                raise ConfigError(f"unexpected argument {args[0]!r} (usage: scrapy mongo_upgrade {self.syntax()})")
            if opts.batch_size < 1:
                raise ConfigError(f"--batch-size must be at least 1, got {opts.batch_size}")
            config = mongo_config_or_fail(self.settings)
            r = with_store(config, lambda store: store.upgrade(batch_size=opts.batch_size, dry_run=opts.dry_run))
        except ConfigError as exc:
            print(f"error: {exc}", file=sys.stderr)
            self.exitcode = 2
            return
        where = f"{config.database}.{config.collection} at {config.masked_uri}"
        verb = "would convert" if opts.dry_run else "converted"
        print(f"{where}: {verb} {r.articles_converted} of {r.articles} articles and "
              f"{r.history_converted} of {r.history} history documents ({config.history_collection})")
        print(f"indexes: {'would drop' if opts.dry_run else 'dropped'} {', '.join(r.indexes_dropped) or 'none'}; "
              f"{'would create' if opts.dry_run else 'created'} {', '.join(r.indexes_created) or 'none'}")
        if r.unreadable_dates:
            print(f"{r.unreadable_dates} dates are not ISO 8601 and were left as text", file=sys.stderr)
        self.exitcode = 0
