"""The evaluation corpus is what its generator makes, covers the styles and traps it is meant to, and is scored right."""

import filecmp
import json
from datetime import datetime
from zoneinfo import ZoneInfo

from evaluation.corpus import HERE, PAGES_DIR, TRUTH_FILE, write
from evaluation.evaluate import Score, date_right


def test_committed_pages_are_the_generator_output(tmp_path):
    doc = write(tmp_path)
    cmp = filecmp.dircmp(PAGES_DIR, tmp_path / "pages")
    diffs = cmp.left_only + cmp.right_only + cmp.diff_files
    assert not diffs, f"run `python -m evaluation.corpus` and commit: {diffs[:5]}"
    assert json.loads(TRUTH_FILE.read_text(encoding="utf-8")) == doc


def test_truth_covers_the_styles_and_is_well_formed():
    pages = json.loads(TRUTH_FILE.read_text(encoding="utf-8"))["pages"]
    assert len(pages) >= 60
    assert len({p["style"] for p in pages}) >= 6
    assert len({p["url"] for p in pages}) == len(pages)
    for p in pages:
        assert (HERE / p["file"]).is_file()
        assert p["title"] and p["body"] and "\n\n" in p["body"]
        published = datetime.fromisoformat(p["published_at"])
        assert published.utcoffset() == published.astimezone(ZoneInfo(p["timezone"])).utcoffset()
    assert {p["encoding"] for p in pages} >= {"utf-8", "cp1256"}
    assert any(p["charset_declared"] is None for p in pages)
    assert {"url", "printed", "jsonld"} <= {p["date_from"] for p in pages}


def test_windows_1256_pages_are_saved_in_that_encoding():
    pages = json.loads(TRUTH_FILE.read_text(encoding="utf-8"))["pages"]
    for p in (p for p in pages if p["encoding"] == "cp1256"):
        data = (HERE / p["file"]).read_bytes()
        text = data.decode("cp1256")
        assert p["title"] in text and "windows-1256" in text
        assert "&#" not in text  # honest: nothing that the encoding cannot hold


def test_scoring():
    s = Score()
    assert s.add(True, False, "a b c d".split(), "a b c e".split()) == 0.75
    assert s.add(False, True, [], "x y".split()) == 0.0
    title, date, day, p, r, f1, mf1 = s.row()
    assert (title, date, p) == (0.5, 0.5, 0.75)
    assert r == 3 / 6 and mf1 == 0.375
    truth = {"published_at": "2024-05-06T00:30:00+03:00", "timezone": "Asia/Riyadh"}
    assert date_right("2024-05-05T21:30:00+00:00", truth, calendar_day=False)
    assert not date_right("2024-05-06T00:30:00+00:00", truth, calendar_day=False)
    assert date_right("2024-05-06", truth, calendar_day=True)      # the day in the site's zone
    assert not date_right("2024-05-05", truth, calendar_day=True)  # the UTC day is not
    assert date_right("2024-05-05T22:00:00+00:00", truth, calendar_day=True)
    assert not date_right("2024-05-06T00:30:00", truth, calendar_day=True)  # no offset: not an instant
