"""`scrapy search "QUERY" [-n 20] [--all] [--query]`: Arabic search of the articles stored in
MongoDB (newscrawler.search): documents matching the most query words first, then newest.
«الاسد» finds «الأسد», «المدرسه» finds «مدرسة» (see the README, "MongoDB").

Prints one line a hit: match count, publication date (the site's wall-clock date), URL, title.
`--query` prints the documented aggregation for mongosh instead of running it.

MongoDB settings as for a crawl (MONGO_URI, MONGO_DATABASE, MONGO_COLLECTION). Exit status:
0 (also when nothing matches); 2 an empty query, bad settings or unreachable server (one
`error: ...` line).
"""

from __future__ import annotations

import json
import sys

from scrapy.commands import ScrapyCommand

from newscrawler.errors import ConfigError
from newscrawler.search import query_words, search, search_pipeline
from newscrawler.storage.mongo import mongo_config_or_fail, with_store


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return '"QUERY" [-n N] [--all] [--query]'

    def short_desc(self) -> str:
        return "Search the articles stored in MongoDB (Arabic spelling variants, «ال» and proclitics folded)"

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument("-n", "--limit", type=int, default=20, metavar="N", help="hits to print (default 20)")
        parser.add_argument("--all", dest="require_all", action="store_true",
                            help="only documents that match every word of the query")
        parser.add_argument("--query", dest="print_query", action="store_true",
                            help="print the MongoDB aggregation (for mongosh) instead of running it")

    def run(self, args, opts):
        query = " ".join(args).strip()
        try:
            if not query_words(query):
                raise ConfigError("give a query with at least one word, e.g. scrapy search \"الاسد\"")
            if opts.limit < 1:
                raise ConfigError(f"-n must be at least 1, got {opts.limit}")
            if opts.print_query:
                print(json.dumps(search_pipeline(query, opts.limit, opts.require_all), ensure_ascii=False))
                return
            config = mongo_config_or_fail(self.settings)
            hits, legacy = with_store(config, lambda store: (
                search(store.collection, query, limit=opts.limit, require_all=opts.require_all),
                store.has_legacy_documents()))
        except ConfigError as exc:
            print(f"error: {exc}", file=sys.stderr)
            self.exitcode = 2
            return
        for h in hits:
            title = " ".join((h.title or "").split())  # one line a hit, four tab-separated columns
            print(f"{h.matches}\t{(h.published_at or '-')[:10]}\t{h.url}\t{title}")
        print(f"{len(hits)} hits for {query!r} in {config.database}.{config.collection}", file=sys.stderr)
        if legacy:  # written before documents had `search`: invisible to it until converted
            print(f"warning: {config.database}.{config.collection} holds documents of an earlier version, which "
                  "search cannot see: run scrapy mongo_upgrade once", file=sys.stderr)
        self.exitcode = 0
