"""Shared fixtures: the replica served on a free loopback port, its truth file, crawl runner."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import pytest

from replica.build import DEFAULT_OUT as SITE_DIR, TRUTH_FILE
from replica.demo import crawl_command
from replica.server import ReplicaServer, today_widget

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def truth() -> dict:
    return json.loads(TRUTH_FILE.read_text(encoding="utf-8"))


class Served:
    def __init__(self, server: ReplicaServer, log: Path):
        self.server, self.log = server, log

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def origin(self) -> str:
        return self.server.url.rstrip("/")

    def requests(self) -> list[tuple[str, int]]:
        """(decoded path with query, status) of every request served so far."""
        out = []
        for line in self.log.read_text(encoding="utf-8").splitlines():
            _method, path, status = line.split(" ")
            out.append((unquote(path), int(status)))
        return out


@pytest.fixture
def replica(tmp_path):
    """The bundled replica, served on 127.0.0.1:<free port> for one test."""
    log = tmp_path / "requests.log"
    with ReplicaServer(SITE_DIR, log) as server:
        yield Served(server, log)


@pytest.fixture(scope="module")
def replica_module(tmp_path_factory):
    """The replica served for a whole test module (one crawl, many assertions)."""
    log = tmp_path_factory.mktemp("replica") / "requests.log"
    with ReplicaServer(SITE_DIR, log) as server:
        yield Served(server, log)


def run_crawl(start_url: str | None, out: Path, *extra: str, spider: str = "levant",
              timeout: float = 180) -> subprocess.CompletedProcess:
    """The command a scheduler runs: `scrapy crawl <spider> -a start_url=... -O out`."""
    return subprocess.run(crawl_command(start_url, out, *extra, spider=spider), cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def page_html(rel: str, origin: str = "http://127.0.0.1:8080") -> str:
    """A saved replica page as the server would send it."""
    text = (SITE_DIR / rel).read_text(encoding="utf-8")
    return text.replace("__ORIGIN__", origin).replace("__TODAY__", today_widget())


def article_file(path: str) -> str:
    return "article/" + path[len("/article/"):] + ".html"


def rendered_article_html(path: str, origin: str = "http://127.0.0.1:8080") -> str:
    """A replica article as a browser leaves it once its script ran (the body a JS article
    loads from /api/article/<key> put in place); other articles as served."""
    html = page_html(article_file(path), origin)
    found = re.search(r'<div class="post-content" id="post-content" data-src="/api/article/(\w+)">.*?</div></div>',
                      html, flags=re.S)
    if found is None:
        return html
    api = json.loads((SITE_DIR / "api" / "article" / f"{found.group(1)}.json").read_text(encoding="utf-8"))
    return html[:found.start()] + f'<div class="post-content">{api["html"]}</div>' + html[found.end():]
