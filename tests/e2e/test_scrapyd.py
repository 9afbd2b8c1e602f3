"""Scheduled runs through scrapyd: start a local scrapyd, deploy the project with
`scrapyd-deploy` (scrapy.cfg [deploy]), schedule `levant` through the HTTP API, see the items
arrive in scrapyd's items dir and in MongoDB."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.support.crawl import ROOT, read_jsonl
from tests.support.servers import free_port

BIN = Path(sys.executable).parent


def api(base: str, path: str, data: list[tuple[str, str]] | None = None) -> dict:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    with urllib.request.urlopen(base + path, data=body, timeout=30) as r:
        return json.loads(r.read().decode())


@pytest.fixture
def scrapyd(tmp_path):
    """scrapyd on 127.0.0.1:<free port>, its dirs under tmp_path; always stopped."""
    home = tmp_path / "scrapyd"
    home.mkdir()
    port = free_port()
    (home / "scrapyd.conf").write_text(f"""[scrapyd]
bind_address = 127.0.0.1
http_port = {port}
eggs_dir = {home}/eggs
logs_dir = {home}/logs
items_dir = {home}/items
dbs_dir = {home}/dbs
max_proc = 1
poll_interval = 0.2
""")
    log = open(home / "scrapyd.out", "w")
    proc = subprocess.Popen([str(BIN / "scrapyd")], cwd=home, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if api(base, "daemonstatus.json")["status"] == "ok":
                    break
            except OSError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline, (home / "scrapyd.out").read_text()
            time.sleep(0.2)
        yield base, home
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def test_deploy_schedule_and_items_arrive(scrapyd, replica, truth, mongo, tmp_path):
    base, home = scrapyd
    # Deploy from a copy of the project (scrapyd-deploy builds the egg in the project dir).
    project = tmp_path / "project"
    shutil.copytree(ROOT / "newscrawler", project / "newscrawler", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "setup.py", project)
    cfg = (ROOT / "scrapy.cfg").read_text() + f"\n[deploy:test]\nurl = {base}\nproject = newscrawler\n"
    (project / "scrapy.cfg").write_text(cfg)
    proc = subprocess.run([str(BIN / "scrapyd-deploy"), "test", "--version", "r1"], cwd=project,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert '"status": "ok"' in proc.stdout + proc.stderr
    assert "levant" in api(base, "listspiders.json?project=newscrawler")["spiders"]

    job = api(base, "schedule.json", [
        ("project", "newscrawler"), ("spider", "levant"), ("start_url", replica.url),
        ("setting", "DOWNLOAD_DELAY=0"), ("setting", "AUTOTHROTTLE_ENABLED=False"),
        ("setting", "CONCURRENT_REQUESTS_PER_DOMAIN=16"),
        ("setting", f"MONGO_URI={mongo.uri}"), ("setting", f"MONGO_DATABASE={mongo.database}")])
    assert job["status"] == "ok", job
    deadline = time.monotonic() + 120
    while True:
        jobs = api(base, "listjobs.json?project=newscrawler")
        if any(j["id"] == job["jobid"] for j in jobs["finished"]):
            break
        assert time.monotonic() < deadline, jobs
        time.sleep(0.3)

    expected = {replica.origin + a["url"] for a in truth["articles"]}
    log = next((home / "logs").rglob(f"{job['jobid']}.log")).read_text(encoding="utf-8")
    items = read_jsonl(next((home / "items").rglob(f"{job['jobid']}.jl")))
    assert {i["url"] for i in items} == expected, log[-3000:]
    assert {d["_id"] for d in mongo.db.articles.find({}, {"_id": 1})} == expected
