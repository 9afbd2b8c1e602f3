"""Shared fixtures: the replica served on a free loopback port, its truth file, crawl runner."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import pytest

from replica.build import DEFAULT_OUT as SITE_DIR
from replica.build import TRUTH_FILE
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


# --- MongoDB (issue 5): a real server speaking the wire protocol, as a separate process. ---
# `secantusd-py` (pip package secantusdb, test-only) on a free loopback port with a temporary
# storage dir. When MONGO_URI is set in the environment, the `mongo` fixture also runs every
# test against that server (in a throwaway database). Crawls get MongoDB only when a test
# passes `-s MONGO_URI=...`: the variable is taken out of the environment for subprocesses.

import os  # noqa: E402
import shutil  # noqa: E402
import socket  # noqa: E402
import time  # noqa: E402
import uuid  # noqa: E402

REAL_MONGO_URI = os.environ.pop("MONGO_URI", "")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class MongoTestServer:
    """secantusd-py on 127.0.0.1:port with storage in `storage`; kill() and start() again keep both."""

    def __init__(self, storage: Path, port: int | None = None):
        self.storage, self.port, self.proc = Path(storage), port or free_port(), None
        self.log = self.storage.parent / f"{self.storage.name}.log"

    @property
    def uri(self) -> str:
        return f"mongodb://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30) -> "MongoTestServer":
        exe = shutil.which("secantusd-py", path=str(Path(sys.executable).parent)) or shutil.which("secantusd-py")
        assert exe, "secantusd-py not installed (pip install -r requirements-dev.txt)"
        self.storage.mkdir(parents=True, exist_ok=True)
        with open(self.log, "a") as log:
            self.proc = subprocess.Popen([exe, "--host", "127.0.0.1", "--port", str(self.port),
                                          "--storage-path", str(self.storage)], stdout=log, stderr=subprocess.STDOUT)
        import pymongo

        deadline = time.monotonic() + timeout
        while True:
            try:
                with pymongo.MongoClient(self.uri, serverSelectionTimeoutMS=300) as c:
                    c.admin.command("ping")
                return self
            except pymongo.errors.PyMongoError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"secantusd-py did not start: {self.log.read_text()[-2000:]}")
                time.sleep(0.1)

    def kill(self) -> None:
        """The server goes away at once (SIGKILL), as in a crash."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
        self.proc = None


@pytest.fixture
def mongo_server(tmp_path):
    """A secantusd-py of this test's own (for tests that kill and restart it)."""
    server = MongoTestServer(tmp_path / "mongo-data").start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def _shared_mongo_server(tmp_path_factory):
    server = MongoTestServer(tmp_path_factory.mktemp("mongo") / "data").start()
    try:
        yield server
    finally:
        server.stop()


class MongoTarget:
    """A server URI and a database no other test uses (dropped afterwards)."""

    def __init__(self, uri: str, kind: str):
        import pymongo

        self.uri, self.kind = uri, kind
        self.database = f"nc_test_{uuid.uuid4().hex[:12]}"
        self.client = pymongo.MongoClient(uri, serverSelectionTimeoutMS=5000, tz_aware=True)
        self.db = self.client[self.database]

    def settings(self, collection: str = "articles") -> list[str]:
        """`-s` options for a crawl or replay that writes here."""
        return ["-s", f"MONGO_URI={self.uri}", "-s", f"MONGO_DATABASE={self.database}",
                "-s", f"MONGO_COLLECTION={collection}"]

    def close(self) -> None:
        self.client.drop_database(self.database)
        self.client.close()


MONGO_KINDS = ["secantus"] + (["env"] if REAL_MONGO_URI else [])


def mongo_target(request, kind: str) -> MongoTarget:
    """A MongoTarget on the suite's secantusd-py ("secantus") or the MONGO_URI server ("env")."""
    uri = request.getfixturevalue("_shared_mongo_server").uri if kind == "secantus" else REAL_MONGO_URI
    target = MongoTarget(uri, kind)
    request.addfinalizer(target.close)
    return target


@pytest.fixture(params=MONGO_KINDS)
def mongo(request):
    """MongoDB for one test: the suite's secantusd-py, and the MONGO_URI server when set."""
    return mongo_target(request, request.param)
