"""Running `scrapy crawl` the way a scheduler does, and reading what it wrote."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from replica.demo import crawl_command

ROOT = Path(__file__).resolve().parent.parent.parent  # the project


def run_crawl(start_url: str | None, out: Path, *extra: str, spider: str = "levant",
              timeout: float = 180) -> subprocess.CompletedProcess:
    """The command a scheduler runs: `scrapy crawl <spider> -a start_url=... -O out`."""
    return subprocess.run(crawl_command(start_url, out, *extra, spider=spider), cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def stored_urls(state: Path) -> list[str]:
    """The article URLs of an incremental state file (each line: a URL, then its read-also URLs,
    tab-separated)."""
    if not state.exists():
        return []
    return [line.split("\t")[0].strip() for line in state.read_text(encoding="utf-8").splitlines() if line.strip()]
