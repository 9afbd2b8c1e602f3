"""MongoDB storage, free of Scrapy: settings, URI checks and masking, documents, upserts.

One document per article, `_id` = canonical URL. Documents hold the item fields
(newscrawler.items.schema), typed, plus bookkeeping:

- `published_at`, `modified_at`, `crawled_at` are BSON dates (UTC), each with
  `<field>_offset` beside it: the UTC offset the item's ISO string carried ("+03:00", null
  when the date is null), so the wall-clock time as printed can be rebuilt
  (`document_to_item` gives the item back with ISO strings, as in the JSON lines feed),
- `search`: the Arabic search forms of the title's and body's words (newscrawler.search),
  under a multikey index,
- `first_seen`, `last_seen` (BSON dates, from the items' `crawled_at`, so replaying an old
  item gives the same document as writing it live),
- `revision`: 1 for the first content seen, +1 each time `content_hash` changes,
- every distinct content version also goes to the history collection
  (`<collection>_revisions`, `_id` = `<url>#<content_hash>`; canonical URLs have no fragment;
  dates typed the same way).

Documents written before dates were typed (strings, no `search`) are converted in place by
`scrapy mongo_upgrade` (`MongoStore.upgrade`).

Incremental runs read what is stored (`known_links`; with revisits `stored_articles`, which
adds `published_at`, `first_seen`, `last_seen`, `content_hash`, `revision`) and move the
`last_seen` of revisited articles found unchanged (`touch`; never written as items).

Writes are pipeline-style upserts whose values are wrapped in `$literal`, so scraped strings
such as `"$title"` are stored as text, never read as field paths; keys that MongoDB treats
specially are rewritten by `safe_key` (leading `$` -> U+FF04 `＄`, `.` -> U+FF0E `．`).
Every write is an idempotent upsert keyed by URL: replaying the same items twice changes nothing.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable, Iterable
from urllib.parse import unquote

from newscrawler.errors import ConfigError

# Every MONGO_* setting the project knows; any other MONGO_* name is a typo and fails at start.
MONGO_SETTINGS = {
    "MONGO_URI", "MONGO_DATABASE", "MONGO_COLLECTION", "MONGO_HISTORY_COLLECTION",
    "MONGO_BUFFER_SIZE", "MONGO_FLUSH_SECONDS", "MONGO_TIMEOUT", "MONGO_RETRY_TIMES",
    "MONGO_RETRY_BACKOFF", "MONGO_DEAD_LETTER",
}
DEFAULT_DATABASE = "newscrawler"
# Indexes analysts and reports query by (besides `_id`, the canonical URL): name -> (keys, unique).
# A compound index also serves its first field alone (section, source, tags).
INDEXES = {
    "published_at": ([("published_at", -1)], False),
    "section_published_at": ([("section", 1), ("published_at", -1)], False),
    "source_published_at": ([("source", 1), ("published_at", -1)], False),
    "tags_published_at": ([("tags", 1), ("published_at", -1)], False),
    "last_seen": ([("last_seen", -1)], False),
    "search": ([("search", 1)], False),
}
# Indexes of earlier versions that the ones above replace (`url_unique` duplicated `_id`);
# `scrapy mongo_upgrade` drops them.
OBSOLETE_INDEXES = ("url_unique", "section", "tags")
HISTORY_INDEXES = {"url_first_seen": ([("url", 1), ("first_seen", 1)], False)}
# Fields copied into a history (revision) document.
HISTORY_FIELDS = ("url", "content_hash", "title", "body", "published_at", "modified_at", "section",
                  "tags", "authors", "source")
# Item fields stored as BSON dates (UTC), each with `<field>_offset` beside it.
DATE_FIELDS = ("published_at", "modified_at", "crawled_at")
OFFSET_SUFFIX = "_offset"
SEARCH_FIELD = "search"
# Stored beside the item fields (not item fields): never given back by `document_to_item`.
EXTRA_FIELDS = ("_id", "first_seen", "last_seen", SEARCH_FIELD) + tuple(f + OFFSET_SUFFIX for f in DATE_FIELDS)

_USERINFO = re.compile(r"^(mongodb(?:\+srv)?://)([^@/?#]*)@", re.IGNORECASE)


def mask_uri(uri: str) -> str:
    """The URI with its password replaced by `***` (user name and hosts kept)."""
    uri = uri or ""
    m = _USERINFO.match(uri)
    if not m:
        # Not a well-formed mongodb URI: hide anything that looks like user:password@.
        return re.sub(r"(//[^:/@\s]*):[^@\s]*@", r"\1:***@", uri)
    user = m.group(2).split(":", 1)[0]
    return f"{m.group(1)}{user}:***@{uri[m.end():]}" if ":" in m.group(2) else uri


def uri_password(uri: str) -> str | None:
    m = _USERINFO.match(uri or "")
    if not m or ":" not in m.group(2):
        return None
    return m.group(2).split(":", 1)[1] or None


def redact(text: str, uri: str) -> str:
    """`text` with the URI's password (raw or percent-decoded) replaced by `***`."""
    text = str(text)
    password = uri_password(uri)
    if password:
        for secret in {password, unquote(password)}:
            if secret:
                text = text.replace(secret, "***")
    return text


def check_uri(uri: str) -> dict:
    """Parse a MongoDB URI strictly (unknown options fail); a ConfigError says what is wrong."""
    from pymongo import uri_parser
    from pymongo.errors import PyMongoError

    try:
        return uri_parser.parse_uri(uri, warn=False)
    except (PyMongoError, ValueError) as exc:
        reason = redact(exc, uri).replace(" Refer to docstring.", "").rstrip(". ")
        raise ConfigError(f"MONGO_URI is not a valid MongoDB URI ({reason}): {mask_uri(uri)}") from None


@dataclass(frozen=True)
class MongoConfig:
    uri: str
    database: str
    collection: str
    history_collection: str
    buffer_size: int = 100
    flush_seconds: float = 2.0
    timeout: float = 5.0
    retry_times: int = 3
    retry_backoff: float = 0.5
    dead_letter: str = "output/dead-letter/%(name)s-%(time)s.jsonl"

    @property
    def masked_uri(self) -> str:
        return mask_uri(self.uri)

    @classmethod
    def from_settings(cls, settings) -> "MongoConfig | None":
        """The configuration, None when MONGO_URI is empty; ConfigError for bad values."""
        unknown = sorted(k for k in settings if str(k).startswith("MONGO_") and k not in MONGO_SETTINGS)
        if unknown:
            raise ConfigError(f"unknown setting {', '.join(unknown)} (known: {', '.join(sorted(MONGO_SETTINGS))})")
        uri = (settings.get("MONGO_URI") or "").strip()
        if not uri:
            return None
        parsed = check_uri(uri)

        def number(name, kind, minimum):
            try:
                value = settings.getint(name) if kind is int else settings.getfloat(name)
            except (TypeError, ValueError):
                raise ConfigError(f"{name} must be a number, got {settings.get(name)!r}") from None
            if value < minimum:
                raise ConfigError(f"{name} must be at least {minimum}, got {value}")
            return value

        collection = (settings.get("MONGO_COLLECTION") or "articles").strip()
        database = (settings.get("MONGO_DATABASE") or "").strip() or parsed.get("database") or DEFAULT_DATABASE
        for name, value in (("MONGO_DATABASE", database), ("MONGO_COLLECTION", collection)):
            if not re.fullmatch(r"[^$/\\. \"\x00]+" if name == "MONGO_DATABASE" else r"[^$\x00]+", value) \
                    or value.startswith("system."):
                raise ConfigError(f"{name}: invalid name {value!r}")
        return cls(
            uri=uri, database=database, collection=collection,
            history_collection=(settings.get("MONGO_HISTORY_COLLECTION") or "").strip() or f"{collection}_revisions",
            buffer_size=number("MONGO_BUFFER_SIZE", int, 1),
            flush_seconds=number("MONGO_FLUSH_SECONDS", float, 0.01),
            timeout=number("MONGO_TIMEOUT", float, 0.05),
            retry_times=number("MONGO_RETRY_TIMES", int, 0),
            retry_backoff=number("MONGO_RETRY_BACKOFF", float, 0),
            dead_letter=(settings.get("MONGO_DEAD_LETTER") or cls.dead_letter).strip(),
        )


# --- documents ---------------------------------------------------------------------------

def safe_key(key) -> str:
    """A field name MongoDB stores as is: leading `$` -> `＄`, `.` -> `．`, NUL dropped."""
    key = str(key).replace("\x00", "")
    if key.startswith("$"):
        key = "\uff04" + key[1:]
    return key.replace(".", "\uff0e") or "_"


def sanitize(value):
    """Recursively make every key safe (values are left alone; writes wrap them in $literal)."""
    if isinstance(value, dict):
        return {safe_key(k): sanitize(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [sanitize(v) for v in value]
    return value


def seen_time(item: dict) -> datetime:
    """When the item was fetched (its `crawled_at`, UTC), or now."""
    raw = item.get("crawled_at")
    if isinstance(raw, str):
        try:
            dt = datetime.fromisoformat(raw)
            return (dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)
        except ValueError:
            pass
    return datetime.now(timezone.utc)


def format_offset(delta: timedelta | None) -> str | None:
    """A UTC offset as ISO 8601 writes it: "+03:00", "-05:30", "+00:00"."""
    if delta is None:
        return None
    sign = "-" if delta < timedelta(0) else "+"
    seconds = int(abs(delta).total_seconds())
    hh, rest = divmod(seconds, 3600)
    mm, ss = divmod(rest, 60)
    return f"{sign}{hh:02d}:{mm:02d}" + (f":{ss:02d}" if ss else "")


def parse_offset(text: str | None) -> timezone | None:
    """The zone of an offset written by `format_offset`, None when not one."""
    m = re.fullmatch(r"([+-])(\d{2}):(\d{2})(?::(\d{2}))?", text or "")
    if not m:
        return None
    delta = timedelta(hours=int(m.group(2)), minutes=int(m.group(3)), seconds=int(m.group(4) or 0))
    return timezone(-delta if m.group(1) == "-" else delta)


def typed_date(value) -> tuple[object, str | None]:
    """An item's ISO 8601 date -> (BSON-ready UTC datetime, its offset "+03:00"). A date
    without an offset is taken as UTC. None stays (None, None); a value that is not an ISO
    date is kept as it is, with no offset (documents never lose what the item said)."""
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, str) and value.strip():
        try:
            dt = datetime.fromisoformat(value.strip())
        except ValueError:
            return value, None
    else:
        return (None, None) if value in (None, "") else (value, None)
    if dt.tzinfo is None or dt.utcoffset() is None:
        dt = dt.replace(tzinfo=timezone.utc)
    offset = format_offset(dt.utcoffset())
    try:
        utc = dt.astimezone(timezone.utc)
    except OverflowError:  # year 1 or 9999 shifted past the calendar's edge: kept as it is
        return value, None
    # BSON dates hold milliseconds.
    return utc.replace(microsecond=utc.microsecond // 1000 * 1000), offset


def iso_date(value, offset: str | None = None):
    """A stored date back as the item's ISO 8601 string, at its stored offset (the wall-clock
    time as printed): `iso_date(datetime(2024, 6, 6, 8, 35, tzinfo=utc), "+01:00")` ->
    "2024-06-06T09:35:00+01:00" (a fraction as `isoformat` writes it: ".123000"; BSON dates keep
    milliseconds). A naive datetime is UTC; no offset: UTC. Anything that is not a datetime
    (None, an old string) is returned unchanged."""
    if not isinstance(value, datetime):
        return value
    dt = value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)
    try:
        dt = dt.astimezone(parse_offset(offset) or timezone.utc)
    except OverflowError:
        dt = dt.astimezone(timezone.utc)
    # As the item had it (`datetime.isoformat()`: seconds, or six digits of fraction).
    return dt.isoformat()


def typed_dates(item: dict) -> dict:
    """`DATE_FIELDS` of `item` as BSON dates and their `<field>_offset` (only those present)."""
    out = {}
    for field in DATE_FIELDS:
        if field in item:
            out[field], out[field + OFFSET_SUFFIX] = typed_date(item[field])
    return out


def item_to_document(item: dict) -> dict:
    """The stored form of an item's fields (without `_id` and bookkeeping): keys made safe,
    dates typed with their offsets, and `search`."""
    from newscrawler.search import document_terms

    doc = sanitize(dict(item))
    doc.pop("_id", None)
    doc.update(typed_dates(item))
    doc[SEARCH_FIELD] = document_terms(item.get("title"), item.get("body"))
    return doc


def document_to_item(doc: dict) -> dict:
    """A stored article (or history) document back as an item dict, as the JSON lines feed
    has it: dates as ISO 8601 strings at their original offset; `_id`, `first_seen`,
    `last_seen`, `search` and the offsets left out. Documents not yet upgraded (string dates)
    come back as they are."""
    from newscrawler.items.schema import FIELDS

    item = {k: v for k, v in doc.items() if k not in EXTRA_FIELDS}
    for field in DATE_FIELDS:
        if field in item:
            item[field] = iso_date(item[field], doc.get(field + OFFSET_SUFFIX))
    order = {name: i for i, name in enumerate(FIELDS)}
    return dict(sorted(item.items(), key=lambda kv: order.get(kv[0], len(order))))


def _lit(value):
    return {"$literal": value}


def upsert_op(item: dict):
    """One idempotent upsert of an article document (pipeline update, values as $literal)."""
    from pymongo import UpdateOne

    doc = item_to_document(item)
    url, chash, seen = item["url"], item.get("content_hash"), seen_time(item)
    stage = {k: _lit(v) for k, v in doc.items()}
    stage.update({
        "revision": {"$cond": [{"$eq": ["$content_hash", _lit(chash)]}, "$revision",
                               {"$add": [{"$ifNull": ["$revision", 0]}, 1]}]},
        "first_seen": {"$min": ["$first_seen", _lit(seen)]},
        "last_seen": {"$max": ["$last_seen", _lit(seen)]},
    })
    return UpdateOne({"_id": url}, [{"$set": stage}], upsert=True)


def history_op(item: dict):
    """One idempotent upsert of this content version into the history collection."""
    from pymongo import UpdateOne

    seen = seen_time(item)
    fields = {k: item.get(k) for k in HISTORY_FIELDS}
    version = sanitize(fields)
    version.update(typed_dates(fields))
    return UpdateOne({"_id": f"{item['url']}#{item.get('content_hash')}"},
                     {"$setOnInsert": version, "$min": {"first_seen": seen}, "$max": {"last_seen": seen}},
                     upsert=True)


@dataclass
class WriteResult:
    written: int = 0       # items the server acknowledged
    inserted: int = 0      # new articles
    new_versions: int = 0  # new content versions (new articles + changed ones)
    failed: list = None    # [(item, reason)] the server refused (not retried)

    @property
    def changed(self) -> int:
        return max(0, self.new_versions - self.inserted)


@dataclass
class UpgradeResult:
    articles: int = 0             # article documents in the collection
    articles_converted: int = 0   # of them, updated (dates typed and/or `search` built)
    history: int = 0
    history_converted: int = 0
    unreadable_dates: int = 0     # text dates that are not ISO 8601: left as they are
    indexes_dropped: list = None
    indexes_created: list = None


class MongoStore:
    """A pymongo client bound to one collection (and its history). Blocking calls."""

    def __init__(self, config: MongoConfig):
        self.config = config
        self.client = None

    def open(self) -> "MongoStore":
        from pymongo import MongoClient

        ms = int(self.config.timeout * 1000)
        given = {k.lower() for k in check_uri(self.config.uri).get("options", {})}
        # MONGO_TIMEOUT, unless the URI sets its own timeouts.
        timeouts = {k: v for k, v in (("serverSelectionTimeoutMS", ms), ("connectTimeoutMS", ms),
                                      ("socketTimeoutMS", max(ms, 30_000))) if k.lower() not in given}
        # Acknowledged only once journaled, so a server crash loses no write we counted as done
        # (unless the URI chooses its own write concern).
        if not given & {"journal", "w"}:
            timeouts["journal"] = True
        self.client = MongoClient(self.config.uri, appname="newscrawler", tz_aware=True, **timeouts)
        db = self.client[self.config.database]
        self.collection = db[self.config.collection]
        self.history = db[self.config.history_collection]
        return self

    def ping(self) -> None:
        self.client.admin.command("ping")

    def ensure_indexes(self) -> None:
        for target, indexes in ((self.collection, INDEXES), (self.history, HISTORY_INDEXES)):
            for name, (keys, unique) in indexes.items():
                target.create_index(keys, name=name, unique=unique)

    def known_links(self) -> dict[str, list[str]]:
        """Stored article URL -> the read-also URLs it links to."""
        return {d["_id"]: [r.get("url") for r in (d.get("read_also") or []) if isinstance(r, dict) and r.get("url")]
                for d in self.collection.find({}, {"_id": 1, "read_also.url": 1})}

    # What an incremental run's revisits need of a stored article (newscrawler.fetch.revisits).
    REVISIT_FIELDS = ("published_at", "first_seen", "last_seen", "content_hash", "revision")

    def stored_articles(self) -> tuple[dict[str, list[str]], dict[str, dict]]:
        """Stored article URL -> its read-also URLs, and URL -> its REVISIT_FIELDS."""
        links, fields = {}, {}
        projection = {"_id": 1, "read_also.url": 1, **{k: 1 for k in self.REVISIT_FIELDS}}
        for d in self.collection.find({}, projection):
            links[d["_id"]] = [r.get("url") for r in (d.get("read_also") or []) if isinstance(r, dict) and r.get("url")]
            fields[d["_id"]] = {k: d.get(k) for k in self.REVISIT_FIELDS}
        return links, fields

    def touch(self, seen: list[tuple[str, str, datetime]]) -> None:
        """Articles fetched again whose content was unchanged: (url, content_hash, when) moves
        `last_seen` on, in the document and in that version's history document."""
        from pymongo import UpdateOne

        if not seen:
            return
        self.collection.bulk_write([UpdateOne({"_id": url, "content_hash": chash}, {"$max": {"last_seen": when}})
                                    for url, chash, when in seen], ordered=False)
        self.history.bulk_write([UpdateOne({"_id": f"{url}#{chash}"}, {"$max": {"last_seen": when}})
                                 for url, chash, when in seen], ordered=False)

    def write(self, items: list[dict]) -> WriteResult:
        """Upsert the items (unordered bulk writes). Network trouble raises; refused items
        (e.g. a document too large) come back in `failed`."""
        from pymongo.errors import BulkWriteError

        result = WriteResult(failed=[])
        if not items:
            return result
        good = list(items)
        try:
            res = self.collection.bulk_write([upsert_op(i) for i in items], ordered=False)
            result.inserted = res.upserted_count
        except BulkWriteError as exc:
            details = exc.details
            if details.get("writeConcernErrors"):
                raise
            bad = {e["index"]: e.get("errmsg", "write error") for e in details.get("writeErrors", [])}
            result.failed = [(items[i], msg) for i, msg in sorted(bad.items())]
            good = [it for i, it in enumerate(items) if i not in bad]
            result.inserted = details.get("nUpserted", 0)
        if good:
            try:
                res = self.history.bulk_write([history_op(i) for i in good], ordered=False)
                result.new_versions = res.upserted_count
            except BulkWriteError as exc:
                if exc.details.get("writeConcernErrors"):
                    raise
                result.new_versions = exc.details.get("nUpserted", 0)
        result.written = len(good)
        return result

    # Documents an earlier version wrote: a date stored as text, or no `search`.
    LEGACY_FILTER = {"$or": [*({f: {"$type": "string"}} for f in DATE_FIELDS),
                             {SEARCH_FIELD: {"$exists": False}}]}
    HISTORY_LEGACY_FILTER = {"$or": [{f: {"$type": "string"}} for f in ("published_at", "modified_at")]}

    def has_legacy_documents(self) -> bool:
        """Whether some stored article was written by an earlier version (run mongo_upgrade).
        Every such document lacks `search`; asked of the `search` index alone (cheap)."""
        return self.collection.find_one({SEARCH_FIELD: {"$exists": False}}, {"_id": 1}) is not None

    def upgrade(self, batch_size: int = 500, dry_run: bool = False,
                progress: Callable[[str, int, int], None] | None = None) -> "UpgradeResult":
        """Convert documents written by earlier versions in place: text dates -> BSON dates
        with `<field>_offset`, `search` built, in the articles and the history collection;
        then drop OBSOLETE_INDEXES and create INDEXES. Idempotent (a second run finds nothing
        to do); batched (`batch_size` documents a bulk write). `dry_run`: count only."""
        from pymongo import UpdateOne

        result = UpgradeResult()
        for name, coll, legacy, article in (("articles", self.collection, self.LEGACY_FILTER, True),
                                            ("history", self.history, self.HISTORY_LEGACY_FILTER, False)):
            total = coll.estimated_document_count()
            ids = [d["_id"] for d in coll.find(legacy, {"_id": 1})]
            fields = DATE_FIELDS if article else ("published_at", "modified_at")
            projection = {f: 1 for f in (*fields, *(f + OFFSET_SUFFIX for f in fields),
                                         *(("title", "body", SEARCH_FIELD) if article else ()))}
            done = 0
            for start in range(0, len(ids), batch_size):
                chunk = ids[start:start + batch_size]
                ops = []
                for doc in coll.find({"_id": {"$in": chunk}}, projection):
                    update = {}
                    for field in fields:
                        if field not in doc:
                            continue
                        raw = doc[field]
                        if isinstance(raw, str):
                            value, offset = typed_date(raw)
                            if value is not None and not isinstance(value, datetime):
                                result.unreadable_dates += 1
                                continue  # not an ISO date: left as the text it is
                            update[field], update[field + OFFSET_SUFFIX] = value, offset
                        elif field + OFFSET_SUFFIX not in doc:
                            # typed already (or null) but no offset: a BSON date is UTC. A date
                            # typed with its offset is never touched (the document may be here
                            # for another field's unreadable text, on every run).
                            update[field + OFFSET_SUFFIX] = typed_date(raw)[1]
                    if article and SEARCH_FIELD not in doc:
                        from newscrawler.search import document_terms
                        update[SEARCH_FIELD] = document_terms(doc.get("title"), doc.get("body"))
                    if update:
                        ops.append(UpdateOne({"_id": doc["_id"]}, {"$set": update}))
                if ops and not dry_run:
                    coll.bulk_write(ops, ordered=False)
                done += len(ops)
                if progress:
                    progress(name, min(start + batch_size, len(ids)), len(ids))
            if article:
                result.articles, result.articles_converted = total, done
            else:
                result.history, result.history_converted = total, done
        existing = set(self.collection.index_information())
        result.indexes_dropped = [n for n in OBSOLETE_INDEXES if n in existing]
        result.indexes_created = [n for n in INDEXES if n not in existing]
        if not dry_run:
            for name in result.indexes_dropped:
                self.collection.drop_index(name)
            self.ensure_indexes()
        return result

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None


def connect_error(config: MongoConfig, exc: Exception) -> ConfigError:
    reason = str(exc)
    for tail in (", Timeout:", " (configured timeouts", ", full error:"):
        reason = reason.split(tail)[0]
    reason = redact(reason, config.uri)
    return ConfigError(f"MONGO_URI: cannot use MongoDB at {config.masked_uri} "
                       f"(database {config.database!r}): {reason}")


def check_mongo(settings, indexes: bool = True) -> MongoConfig | None:
    """Before the crawl: the settings are valid and the server answers (ping + indexes;
    `indexes=False`: ping only, for commands that read or make their own)."""
    config = MongoConfig.from_settings(settings)
    if config is None:
        return None
    with_store(config, lambda store: (store.ping(), indexes and store.ensure_indexes()))
    return config


def with_store(config: MongoConfig, work: Callable[["MongoStore"], object]):
    """`work(store)` on a MongoStore of `config`, closed after; a MongoDB failure comes out as
    the ConfigError connect_error words (one line for the user, the password masked)."""
    from pymongo.errors import PyMongoError

    store = MongoStore(config)
    try:
        store.open()
        return work(store)
    except PyMongoError as exc:
        raise connect_error(config, exc) from None
    finally:
        store.close()


def mongo_config_or_fail(settings) -> MongoConfig:
    """check_mongo (settings valid, server answers; no index made), with MONGO_URI required:
    for the commands that only read or convert what a crawl stored."""
    config = check_mongo(settings, indexes=False)
    if config is None:
        raise ConfigError("MONGO_URI is not set (environment or -s MONGO_URI=...)")
    return config


def write_with_retry(store: MongoStore, items: list[dict], retry_times: int, backoff: float,
                     sleep: Callable[[float], None] = time.sleep,
                     on_retry: Callable[[int, Exception], None] | None = None) -> WriteResult:
    """`store.write(items)`, retried `retry_times` times with exponential backoff on errors
    (upserts are idempotent, so a batch half-applied before a failure is safe to resend).
    Raises the last error when every attempt failed."""
    from pymongo.errors import PyMongoError

    attempt = 0
    while True:
        try:
            return store.write(items)
        except PyMongoError as exc:
            if attempt >= retry_times:
                raise
            attempt += 1
            if on_retry:
                on_retry(attempt, exc)
            sleep(backoff * 2 ** (attempt - 1))


def batches(items: Iterable[dict], size: int) -> Iterable[list[dict]]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
