"""Fixtures: the replica served on a free loopback port, its truth file, MongoDB servers.

Helpers the tests share are modules of tests/support/.
"""

from __future__ import annotations

import json

import pytest

from replica.build import DEFAULT_OUT as SITE_DIR
from replica.build import TRUTH_FILE
from replica.server import ReplicaServer
from tests.support.mongo import MONGO_KINDS, MongoTestServer, mongo_target
from tests.support.redis import RedisTestServer
from tests.support.servers import Served


@pytest.fixture(scope="session")
def truth() -> dict:
    return json.loads(TRUTH_FILE.read_text(encoding="utf-8"))


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


@pytest.fixture(params=MONGO_KINDS)
def mongo(request):
    """MongoDB for one test: the suite's secantusd-py, and the MONGO_URI server when set."""
    return mongo_target(request, request.param)


@pytest.fixture
def redis_server(tmp_path):
    """Debian's redis-server of this test's own, on a free loopback port, persistence off."""
    server = RedisTestServer(tmp_path / "redis").start()
    try:
        yield server
    finally:
        server.stop()
