"""The held-out corpus is what its generator makes, covers what it should, and non-articles are scored."""

import filecmp
import json
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import lxml.html

from evaluation.evaluate import Score
from evaluation.heldout.corpus import HERE, PAGES_DIR, TRUTH_FILE, write

MAIN_STYLES = {"wp-classic", "wp-news", "drupal", "nextjs", "portal", "legacy"}


def _pages():
    return json.loads(TRUTH_FILE.read_text(encoding="utf-8"))["pages"]


def test_committed_pages_are_the_generator_output(tmp_path):
    doc = write(tmp_path)
    cmp = filecmp.dircmp(PAGES_DIR, tmp_path / "pages")
    diffs = cmp.left_only + cmp.right_only + cmp.diff_files
    assert not diffs, f"run `python -m evaluation.heldout.corpus` and commit: {diffs[:5]}"
    assert json.loads(TRUTH_FILE.read_text(encoding="utf-8")) == doc


def test_size_styles_and_truth_form():
    pages = _pages()
    styles = {p["style"] for p in pages}
    assert len(pages) >= 60 and len(styles) >= 6
    assert not styles & MAIN_STYLES
    assert len({p["url"] for p in pages}) == len(pages)
    assert len({p["timezone"] for p in pages}) >= 6
    assert {p["encoding"] for p in pages} >= {"utf-8", "cp1256"}
    assert sum(not p["article"] for p in pages) >= 5
    for p in pages:
        assert (HERE / p["file"]).is_file()
        if not p["article"]:
            assert p["title"] is None and p["published_at"] is None and p["body"] == ""
            continue
        assert p["title"] and "\n\n" in p["body"]
        published = datetime.fromisoformat(p["published_at"])
        assert published.utcoffset() == published.astimezone(ZoneInfo(p["timezone"])).utcoffset()


def test_truth_text_is_on_the_page():
    """Title and every body line (table rows: every cell) are visible text of the page."""
    for p in (p for p in _pages() if p["article"]):
        text = (HERE / p["file"]).read_bytes().decode(p["encoding"])
        doc = lxml.html.fromstring(text)
        for el in doc.xpath("//script|//style"):
            el.drop_tree()
        visible = re.sub(r"\s+", " ", doc.text_content())
        assert p["title"] in visible, p["id"]
        for line in p["body"].split("\n\n"):
            assert line in visible or all(w in visible for w in line.split()), (p["id"], line)


def test_windows_1256_pages_are_saved_in_that_encoding():
    for p in (p for p in _pages() if p["encoding"] == "cp1256"):
        text = (HERE / p["file"]).read_bytes().decode("cp1256")
        assert p["title"] in text and "windows-1256" in text and "&#" not in text


def test_non_article_scoring():
    s = Score()
    s.add_nonarticle(True)
    s.add_nonarticle(False)
    assert (s.pages, s.nonarticles, s.rejection()) == (0, 2, 0.5)
    assert s.row()[0] == 0.0   # no article pages: rates are 0, not a division error
    assert Score().rejection() is None
