"""Items for storage tests: complete (every field), distinct per number."""

from __future__ import annotations

from newscrawler.items.schema import new_item


def sample_item(n: int, **fields) -> dict:
    """Item number `n` (its own URL, title, body, content_hash and crawl day), with `fields` set."""
    item = new_item(url=f"https://thelevantnews.com/article/خبر-{n}", title=f"عنوان {n}", body=f"نص الخبر {n}.",
                    section="أخبار", tags=["سوريا"], crawled_at="2026-01-0%dT10:00:00+00:00" % (1 + n % 9),
                    content_hash=f"h{n}")
    item.update(fields)
    return item
