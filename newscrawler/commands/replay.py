"""`scrapy replay FILE [FILE ...]`: write dead-letter items (or any JSON lines feed of items)
into MongoDB. Idempotent: every item is an upsert keyed by its URL, so replaying a file twice,
or a file whose items partly reached MongoDB, leaves one document per article.

MongoDB settings as for a crawl (MONGO_URI from the environment or `-s MONGO_URI=...`).
Exit status: 0 all written; 1 some lines unreadable or items refused; 2 bad settings,
unreachable server or missing file (one `error: ...` line).
"""

from __future__ import annotations

import sys
from pathlib import Path

from scrapy.commands import ScrapyCommand

from newscrawler.errors import ConfigError
from newscrawler.storage.deadletter import read_dead_letter
from newscrawler.storage.mongo import (MongoStore, batches, check_mongo, connect_error, redact,
                                       write_with_retry)


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "FILE [FILE ...]"

    def short_desc(self) -> str:
        return "Write items from dead-letter (JSON lines) files into MongoDB, idempotently"

    def run(self, args, opts):
        if not args:
            print("error: give at least one dead-letter file (see MONGO_DEAD_LETTER)", file=sys.stderr)
            self.exitcode = 2
            return
        try:
            config = check_mongo(self.settings)
            if config is None:
                raise ConfigError("MONGO_URI is not set (environment or -s MONGO_URI=...)")
            missing = [a for a in args if not Path(a).is_file()]
            if missing:
                raise ConfigError(f"no such file: {', '.join(missing)}")
        except ConfigError as exc:
            print(f"error: {exc}", file=sys.stderr)
            self.exitcode = 2
            return
        from pymongo.errors import PyMongoError

        store = MongoStore(config).open()
        status = 0
        try:
            for name in args:
                items, bad = read_dead_letter(Path(name))
                written = inserted = changed = refused = 0
                for batch in batches(items, config.buffer_size):
                    result = write_with_retry(store, batch, config.retry_times, config.retry_backoff)
                    written += result.written
                    inserted += result.inserted
                    changed += result.changed
                    refused += len(result.failed)
                    for item, reason in result.failed:
                        print(f"refused {item.get('url')}: {redact(reason, config.uri)[:200]}", file=sys.stderr)
                print(f"{name}: {written} items written to {config.database}.{config.collection} at "
                      f"{config.masked_uri} ({inserted} new, {changed} changed, "
                      f"{written - inserted - changed} already stored)")
                if bad:
                    print(f"{name}: {len(bad)} unreadable lines skipped (line {', '.join(map(str, bad[:10]))})",
                          file=sys.stderr)
                if bad or refused:
                    status = 1
        except PyMongoError as exc:
            print(f"error: {connect_error(config, exc)}", file=sys.stderr)
            status = 2
        finally:
            store.close()
        self.exitcode = status
