"""End to end: hostile responses at article URLs (a gzip bomb, a redirect loop, an endless chain
of redirects) cost bounded memory and time, are counted, and lose nothing else."""

from __future__ import annotations

import gzip
import re
import subprocess
import sys
from http.server import BaseHTTPRequestHandler

from replica.demo import crawl_command
from tests.support.crawl import ROOT, read_jsonl
from tests.support.servers import handler_server, send

PARA = "وقال المتحدث باسم الوزارة إن الخطة تشمل دعم المزارعين في المناطق الجنوبية خلال العام المقبل. " * 4
GOOD, BOMB = "/2024/01/05/plan", "/2024/01/06/bomb"
HOME = (f"<html><head><title>موقع</title></head><body><ul><li><a href='{GOOD}'>خطة جديدة</a></li>"
        f"<li><a href='{BOMB}'>خبر آخر</a></li></ul></body></html>")
PAGE = (f"<html lang='ar'><head><title>الحكومة تعلن خطة جديدة | موقع</title>"
        f"<meta property='og:type' content='article'></head><body><article><h1>الحكومة تعلن خطة جديدة</h1>"
        f"<div class='c'><p>{PARA}</p><p>{PARA}</p></div></article></body></html>")
INFLATED = 512 * 1024 * 1024  # half a gigabyte of zeros, in 8 gzip members of 64 MiB (about 0.5 MB sent)


def _bomb() -> bytes:
    """One gzip member that inflates to 64 MiB (past the 32 MiB cap)."""
    return gzip.compress(b"<html><body>" + b"\0" * (64 * 1024 * 1024), compresslevel=9)


class Handler(BaseHTTPRequestHandler):
    bomb = b""

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802 - stdlib name
        if self.path == "/":
            send(self, 200, HOME)
        elif self.path == GOOD:
            send(self, 200, PAGE)
        elif self.path == BOMB:
            send(self, 200, Handler.bomb * (INFLATED // (64 * 1024 * 1024)), {"Content-Encoding": "gzip"})
        else:
            send(self, 404)


def test_gzip_bomb_is_cut_counted_and_costs_bounded_memory(tmp_path):
    Handler.bomb = _bomb()
    out = tmp_path / "items.jsonl"
    with handler_server(Handler) as url:
        cmd = crawl_command(url + "/", out, "-s", "LOG_LEVEL=INFO", spider="news")
        # the crawl's own peak RSS (not this test process's other children)
        wrapper = ("import resource, subprocess, sys; p = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
                   "sys.stdout.write(p.stderr); print('exit', p.returncode); "
                   "print('maxrss_kb', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
        proc = subprocess.run([sys.executable, "-c", wrapper, *cmd], cwd=ROOT, capture_output=True, text=True, timeout=180)
    log = proc.stdout
    assert "exit 0" in log, log[-3000:]
    assert [item["title"] for item in read_jsonl(out)] == ["الحكومة تعلن خطة جديدة"]
    assert re.search(r"'newscrawler/oversize/decompressed': 1\b", log), log[-3000:]
    rss_mb = int(re.search(r"maxrss_kb (\d+)", log).group(1)) / 1024
    assert rss_mb < 300, rss_mb
    print(f"peak RSS of the crawl: {rss_mb:.0f} MB")


LOOP, CHAIN = "/2024/01/07/loop", "/2024/01/08/chain"


class RedirectHandler(Handler):
    def do_GET(self):  # noqa: N802 - stdlib name
        if self.path == "/":
            return send(self, 200, f"<html><body><a href='{GOOD}'>خطة</a> <a href='{LOOP}-a'>حلقة</a> "
                                   f"<a href='{CHAIN}-0'>سلسلة</a></body></html>")
        if self.path.startswith(LOOP):
            return send(self, 302, headers={"Location": f"{LOOP}-b" if self.path.endswith("-a") else f"{LOOP}-a"})
        if self.path.startswith(CHAIN):
            return send(self, 302, headers={"Location": f"{CHAIN}-{int(self.path.rsplit('-', 1)[1]) + 1}"})
        return super().do_GET()


def test_redirect_loops_and_endless_chains_are_counted_and_said_once(tmp_path):
    out = tmp_path / "items.jsonl"
    with handler_server(RedirectHandler) as url:
        proc = subprocess.run(crawl_command(url + "/", out, "-s", "LOG_LEVEL=INFO", spider="news"), cwd=ROOT,
                              capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert [item["title"] for item in read_jsonl(out)] == ["الحكومة تعلن خطة جديدة"]
    log = proc.stderr
    assert re.search(r"'newscrawler/redirect/loop': 1\b", log) and re.search(r"'newscrawler/redirect/too_long': 1\b", log), log[-3000:]
    said = [line for line in log.splitlines() if "gave up on" in line]
    assert len(said) == 2 and all(" INFO: " in line for line in said), said
    assert any(f"{LOOP}-a: redirect loop back to" in line for line in said), said
    assert any(f"{CHAIN}-0: more than 20 redirects" in line for line in said), said
