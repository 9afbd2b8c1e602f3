"""Item processing steps as pure functions over an item dict.

Each pipeline in `newscrawler.items.pipelines` wraps exactly one of these: normalise text,
strip chrome, validate, dates, stamp (content hash and crawl time). `process_item` runs them
all in pipeline order; it is what `extract_article` returns.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timezone

from newscrawler.dates import parse_date
from newscrawler.items.text import normalise_line, normalise_text, strip_chrome


def normalise_item_text(item: dict) -> dict:
    """Documented text normalisation (newscrawler.items.text) on every text field."""
    item["body"] = normalise_text(item.get("body"))
    for key in ("title", "section", "source", "published_at_raw"):
        item[key] = normalise_line(item.get(key)) or None
    item["authors"] = [a for a in (normalise_line(x) for x in item.get("authors") or []) if a]
    item["tags"] = [t for t in (normalise_line(x) for x in item.get("tags") or []) if t]
    for img in item.get("images") or []:
        img["caption"] = normalise_line(img.get("caption")) or None
    for link in item.get("read_also") or []:
        link["title"] = normalise_line(link.get("title")) or None
    return item


def strip_chrome_item(item: dict, source_line: re.Pattern | None = None) -> dict:
    """Remove site chrome from the body; the site's source line (`source_line`, from its
    profile) found there fills `source`."""
    captions = [img.get("caption") for img in item.get("images") or [] if img.get("caption")]
    body, source = strip_chrome(item.get("body") or "", title=item.get("title"), captions=captions,
                                source_line=source_line)
    item["body"] = body
    if source and not item.get("source"):
        item["source"] = source
    return item


def invalid_reason(item: dict, required: tuple[str, ...] = ("url", "title", "body")) -> str | None:
    """Why an item cannot be kept (`missing_title`, ...), or None when it is valid."""
    for key in required:
        value = item.get(key)
        if not isinstance(value, str) or not value.strip():
            return f"missing_{key}"
    return None


PROSE_WORDS = 6  # a body without one line of this many words holds no sentence


def doomed_reason(item: dict, source_line: re.Pattern | None = None) -> str | None:
    """Why `item` is not the article it should be, from the pipelines' cleaning steps run on a
    copy, or None: `empty_body` (no body text at all), `chrome_only_body` (only chrome, which
    strip_chrome removes: the pipelines would drop it), `missing_title` (dropped too), or
    `no_prose` (what is left holds no sentence: a heading or a label where the body should
    be; kept by the pipelines). The spider renders an article page when it is not None."""
    raw_body = item.get("body")
    copy = {key: item.get(key) for key in ("url", "title", "body", "section", "source", "published_at_raw")}
    copy["images"] = [dict(img) for img in item.get("images") or []]
    reason = invalid_reason(strip_chrome_item(normalise_item_text(copy), source_line))
    if reason == "missing_body":
        return "chrome_only_body" if isinstance(raw_body, str) and raw_body.strip() else "empty_body"
    if reason is None and max(len(line.split()) for line in copy["body"].split("\n")) < PROSE_WORDS:
        return "no_prose"  # a heading or a label left where the body should be («أقسام الموقع»)
    return reason if reason == "missing_title" else None


def iso(dt: datetime | None) -> str | None:
    return dt.isoformat() if dt is not None else None


def normalise_dates_item(item: dict, tz: str | None, now: datetime | None = None) -> tuple[dict, list[str]]:
    """Parse `published_at_raw` and `modified_at` in the site's zone (relative dates from `now`,
    default the current time); return the failures."""
    failed = []
    raw = item.get("published_at_raw")
    item["published_at"] = iso(parse_date(raw, now=now, tz=tz)) if raw else None
    if raw and item["published_at"] is None:
        failed.append("published_at")
    mod = item.get("modified_at")
    if isinstance(mod, str) and mod:
        item["modified_at"] = iso(parse_date(mod, now=now, tz=tz))
        if item["modified_at"] is None:
            failed.append("modified_at")
    return item, failed


def content_hash(item: dict) -> str:
    data = f"{item.get('title') or ''}\n{item.get('body') or ''}".encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def stamp_item(item: dict, now: datetime | None = None) -> dict:
    """`content_hash` of title and body, and `crawled_at`: `now` (default the current time; a
    naive one is UTC) in UTC, unless the item carries its own. The only place it is set."""
    item["content_hash"] = content_hash(item)
    if not item.get("crawled_at"):
        now = now or datetime.now(timezone.utc)
        now = now.replace(tzinfo=timezone.utc) if now.tzinfo is None else now.astimezone(timezone.utc)
        item["crawled_at"] = now.isoformat(timespec="seconds")
    return item


def process_item(item: dict, tz: str | None, source_line: re.Pattern | None = None,
                 now: datetime | None = None, *, require_title: bool = True) -> dict | None:
    """All steps in pipeline order; None when the item is not valid. `now` is the crawl time
    (default the current time): it anchors relative dates and is the item's `crawled_at`.
    `require_title=False` keeps an item whose page names no title at all (title None):
    extract_article returns such a page's text; a crawl's ValidatePipeline drops it."""
    item = strip_chrome_item(normalise_item_text(item), source_line)
    if invalid_reason(item, ("url", "body") if not require_title else ("url", "title", "body")):
        return None
    item, _ = normalise_dates_item(item, tz, now)
    return stamp_item(item, now)
