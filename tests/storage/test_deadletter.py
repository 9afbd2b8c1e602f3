"""The dead-letter file: what MongoDB could not take, read back by `scrapy replay`."""

from __future__ import annotations

import json

from newscrawler.items.schema import new_item
from newscrawler.storage.deadletter import DeadLetter, read_dead_letter


def article(n: int, **kw) -> dict:
    item = new_item(url=f"https://thelevantnews.com/article/خبر-{n}", title=f"عنوان {n}", body=f"نص الخبر {n}.",
                    section="أخبار", tags=["سوريا"], crawled_at="2026-01-0%dT10:00:00+00:00" % (1 + n % 9),
                    content_hash=f"h{n}")
    item.update(kw)
    return item


def test_dead_letter_roundtrip(tmp_path):
    dl = DeadLetter(tmp_path / "dl" / "x.jsonl")
    dl.spill([article(1), article(2)])
    with open(dl.path, "a", encoding="utf-8") as f:
        f.write("not json\n[1]\n\n")
    items, bad = read_dead_letter(dl.path)
    assert [i["url"] for i in items] == [article(1)["url"], article(2)["url"]] and bad == [3, 4]
    assert "خبر" in dl.path.read_text(encoding="utf-8")
    assert json.loads(dl.path.read_text(encoding="utf-8").splitlines()[0]) == article(1)
