"""The dead-letter file: what MongoDB could not take, read back by `scrapy replay`."""

from __future__ import annotations

import json

from newscrawler.storage.deadletter import DeadLetter, read_dead_letter
from tests.support.items import sample_item


def test_dead_letter_roundtrip(tmp_path):
    dl = DeadLetter(tmp_path / "dl" / "x.jsonl")
    dl.spill([sample_item(1), sample_item(2)])
    with open(dl.path, "a", encoding="utf-8") as f:
        f.write("not json\n[1]\n\n")
    items, bad = read_dead_letter(dl.path)
    assert [i["url"] for i in items] == [sample_item(1)["url"], sample_item(2)["url"]] and bad == [3, 4]
    assert "خبر" in dl.path.read_text(encoding="utf-8")
    assert json.loads(dl.path.read_text(encoding="utf-8").splitlines()[0]) == sample_item(1)
