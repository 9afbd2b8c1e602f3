"""Saved pages: the replica's as the server sends them, and the fixtures."""

from __future__ import annotations

import json
import re
from pathlib import Path

from replica.build import DEFAULT_OUT as SITE_DIR
from replica.server import today_widget

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED = Path(__file__).resolve().parent.parent.parent / "replica" / "seed" / "levant-article.txt"


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
