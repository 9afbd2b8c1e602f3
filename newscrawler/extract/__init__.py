"""Article extraction: pure functions of (html, url), no Scrapy engine involved.

    extract_article(html, url) -> dict | None     the item, cleaned and dated (the contract)

Modules: `core` (orchestration: where the article is, its fields), `structured` (JSON-LD and
<meta>), `generic` (the main-content heuristic for markup no profile describes),
`boilerplate` (related, share, comment ... blocks recognised in the DOM), `chrome` (the
site's chrome learned from its pages: `extract_article(html, url, chrome=learn_chrome(pages))`).
"""

from newscrawler.extract.chrome import ChromeModel, learn_chrome
from newscrawler.extract.core import NotAnArticle, extract_article, extract_raw, extract_tree

__all__ = ["extract_article", "extract_raw", "extract_tree", "NotAnArticle", "learn_chrome", "ChromeModel"]
