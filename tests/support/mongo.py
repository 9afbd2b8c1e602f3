"""MongoDB for the tests: a real server speaking the wire protocol, as a separate process.

`secantusd-py` (pip package secantusdb, test-only) on a free loopback port with a temporary
storage dir. When MONGO_URI is set in the environment, the `mongo` fixture also runs every
test against that server (in a throwaway database). Crawls get MongoDB only when a test
passes `-s MONGO_URI=...`: the variable is taken out of the environment for subprocesses
when this module is imported (by tests/conftest.py, before any test runs).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

from tests.support.servers import free_port

REAL_MONGO_URI = os.environ.pop("MONGO_URI", "")


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
