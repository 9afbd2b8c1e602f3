"""The dead-letter file: items MongoDB did not take, one JSON object per line (the item fields,
exactly as in the JSON lines feed), appended and fsynced, so `scrapy replay FILE` can write
them later. Created only when something is spilled."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

from newscrawler.storage.feeds import uri_time


def dead_letter_path(template: str, spider_name: str, when: datetime | None = None) -> Path:
    """`template` with `%(name)s` (spider) and `%(time)s` (UTC, like Scrapy feed URIs) filled in."""
    return Path(template % {"name": spider_name, "time": uri_time(when)})


class DeadLetter:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.count = 0

    def spill(self, items: list[dict]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a", encoding="utf-8") as f:
            for item in items:
                f.write(json.dumps(item, ensure_ascii=False, default=str) + "\n")
            f.flush()
            os.fsync(f.fileno())
        self.count += len(items)


def read_dead_letter(path: Path) -> tuple[list[dict], list[int]]:
    """(items, numbers of the lines that are not a JSON object with a `url`)."""
    items, bad = [], []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                bad.append(n)
                continue
            if isinstance(obj, dict) and isinstance(obj.get("url"), str) and obj["url"]:
                items.append(obj)
            else:
                bad.append(n)
    return items, bad
