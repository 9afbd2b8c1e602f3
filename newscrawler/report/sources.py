"""Where the report's items come from: JSON lines feeds, or a MongoDB collection, read as a stream.

`open_source(arg, settings)` gives a `JsonLinesSource` (a path; `.gz` is read through gzip) or a
`MongoSource` (a `mongodb://` or `mongodb+srv://` URI: the database and collection from the
settings, as for a crawl: MONGO_DATABASE, else the URI's database, else `newscrawler`;
MONGO_COLLECTION). Each is checked when opened (`check()`: the file can be read, the server
answers), so bad input stops the report before anything is written, with a ConfigError whose
message is the one line the command prints.

`items()` yields one item dict at a time: a JSON lines file line by line (a line that is not a
JSON object is counted in `malformed`, its number kept in `malformed_lines`, and skipped),
MongoDB through a cursor in batches, with a projection of only the fields the report reads (not
the images, read-also links, search tokens, hashes). MongoDB documents are turned back
into items by `newscrawler.storage.mongo.document_to_item` when the storage module has it (BSON
dates); dates are read either way (ISO strings or datetimes: newscrawler.report.aggregate).

`runs()` yields the run summaries: the `<feed>.summary.json` beside a feed
(newscrawler.runreport; `finished_at` is the file's modification time), or the documents of
the `runs` collection of the MongoDB database.
"""

from __future__ import annotations

import gzip
import json
import zlib
from datetime import datetime, timezone
from pathlib import Path

from newscrawler.errors import ConfigError

BATCH = 2000
SERVER_SILENCE_MS = 300_000    # a MongoDB that answers nothing for 5 minutes while we read is gone
MAX_LINE_NUMBERS = 20          # malformed line numbers kept per file
# The MongoDB fields the report reads (and the offset the storage keeps beside a BSON date:
# newscrawler.storage.mongo.OFFSET_SUFFIX); the rest (images, read-also links, search tokens,
# hashes) never leaves the server. An inclusion projection: also the fastest on the test server.
REPORT_FIELDS = ("url", "title", "body", "published_at", "section", "source", "authors", "tags")


def mongo_projection() -> dict:
    from newscrawler.storage import mongo

    fields = dict.fromkeys(REPORT_FIELDS, 1)
    suffix = getattr(mongo, "OFFSET_SUFFIX", None)
    if suffix:
        fields["published_at" + suffix] = 1
    fields["_id"] = 0
    return fields


def is_mongo_uri(arg: str) -> bool:
    return arg.lower().startswith(("mongodb://", "mongodb+srv://"))


def open_source(arg: str, settings):
    source = MongoSource(arg, settings) if is_mongo_uri(arg) else JsonLinesSource(Path(arg))
    source.check()
    return source


class JsonLinesSource:
    def __init__(self, path: Path):
        self.path = path
        self.name = str(path)
        self.lines = 0
        self.malformed = 0
        self.malformed_lines: list[int] = []

    def _open(self):
        return gzip.open(self.path, "rb") if self.path.suffix == ".gz" else open(self.path, "rb")

    def check(self) -> None:
        if not self.path.exists():
            raise ConfigError(f"no such file: {self.path}")
        if self.path.is_dir():
            raise ConfigError(f"cannot read {self.path}: it is a folder (give JSON lines files, or a mongodb:// URI)")
        try:
            with self._open() as f:
                f.read(1)
        except (OSError, EOFError, zlib.error) as exc:
            raise ConfigError(f"cannot read {self.path}: {getattr(exc, 'strerror', None) or exc}") from None

    def items(self):
        try:
            with self._open() as f:
                for number, line in enumerate(f, 1):
                    if not line.strip():
                        continue
                    self.lines += 1
                    try:
                        item = json.loads(line)
                    except ValueError:  # also invalid UTF-8
                        item = None
                    if not isinstance(item, dict):
                        self.malformed += 1
                        if len(self.malformed_lines) < MAX_LINE_NUMBERS:
                            self.malformed_lines.append(number)
                        continue
                    yield item
        except (OSError, EOFError, zlib.error) as exc:  # zlib.error: a .gz damaged inside
            raise ConfigError(f"cannot read {self.path}: {getattr(exc, 'strerror', None) or exc}") from None

    def runs(self):
        path = self.path.with_name(self.path.name + ".summary.json")
        try:
            run = json.loads(path.read_text(encoding="utf-8"))
            finished = datetime.fromtimestamp(path.stat().st_mtime, timezone.utc).isoformat(timespec="seconds")
        except (OSError, ValueError):
            return
        if isinstance(run, dict):
            yield {**run, "finished_at": run.get("finished_at") or finished, "where": path.name}

    def close(self) -> None:
        pass


class MongoSource:
    def __init__(self, uri: str, settings):
        from newscrawler.storage.mongo import MongoConfig

        given = settings.copy()
        given.set("MONGO_URI", uri, priority="cmdline")
        self.config = MongoConfig.from_settings(given)   # ConfigError: a bad URI or setting
        self.name = f"{self.config.masked_uri} ({self.config.database}.{self.config.collection})"
        self.client = None
        self.lines = self.malformed = 0
        self.malformed_lines: list[int] = []

    def check(self) -> None:
        """The server answers a ping within MONGO_TIMEOUT (unless the URI sets its own
        serverSelectionTimeoutMS). Reads then wait as long as the server needs: a slow server
        reading out a large collection is slow, not gone. So no socket timeout, and the driver's
        monitor (whose checks wait connectTimeoutMS, and which cancels the read in progress when
        one times out) gives a server that answers nothing SERVER_SILENCE_MS; the test server,
        one Python process, answers no check while it builds a large first batch."""
        from pymongo import MongoClient
        from pymongo.errors import PyMongoError

        from newscrawler.storage.mongo import check_uri, connect_error

        ms = int(self.config.timeout * 1000)
        given = {k.lower() for k in check_uri(self.config.uri).get("options", {})}
        timeouts = {k: v for k, v in (("serverSelectionTimeoutMS", ms),
                                      ("connectTimeoutMS", max(ms, SERVER_SILENCE_MS)))
                    if k.lower() not in given}
        try:
            self.client = MongoClient(self.config.uri, appname="newscrawler-report", tz_aware=True, **timeouts)
            self.client.admin.command("ping")
            self.collection = self.client[self.config.database][self.config.collection]
        except PyMongoError as exc:
            self.close()
            raise connect_error(self.config, exc) from None

    def _converter(self):
        from newscrawler.storage import mongo

        convert = getattr(mongo, "document_to_item", None)
        if convert is None:
            return lambda doc: doc

        def safe(doc):
            try:
                item = convert(doc)
            except Exception:  # noqa: BLE001 - a document it cannot take is read as stored
                return doc
            return item if isinstance(item, dict) else doc
        return safe

    def items(self):
        from pymongo.errors import PyMongoError

        from newscrawler.storage.mongo import connect_error

        convert = self._converter()
        try:
            for doc in self.collection.find({}, mongo_projection(), batch_size=BATCH):
                self.lines += 1
                yield convert(doc)
        except PyMongoError as exc:
            raise connect_error(self.config, exc) from None

    def runs(self):
        from pymongo.errors import PyMongoError

        from newscrawler.runreport import RUNS_COLLECTION

        try:
            for doc in self.client[self.config.database][RUNS_COLLECTION].find({}, {"lost": 0}):
                doc.pop("_id", None)
                yield {**doc, "where": f"{self.config.database}.{RUNS_COLLECTION}"}
        except PyMongoError:
            return

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
