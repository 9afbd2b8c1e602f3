"""The replica has the shape of the real site (sections, pagination, articles reachable only
by read-also links, metadata variants), and the committed pages are what the generator makes."""

import filecmp
import json
import re
from urllib.parse import unquote
from urllib.request import urlopen

import pytest

from replica.build import DEFAULT_OUT, TRUTH_FILE, build

URL_SHAPE = re.compile(r"^/article/[^/]+(january|february|march|april|may|june|july|august|september|"
                       r"october|november|december)-\d{1,2},-\d{4},-\d{1,2}:\d{2}-(am|pm)$")


def test_committed_site_is_the_generator_output(tmp_path):
    truth = build(tmp_path / "site", truth_file=tmp_path / "truth.json")
    cmp = filecmp.dircmp(DEFAULT_OUT, tmp_path / "site")
    stack, diffs = [cmp], []
    while stack:
        d = stack.pop()
        diffs += d.left_only + d.right_only + d.diff_files
        stack += d.subdirs.values()
    assert not diffs, f"run `make replica` and commit: {diffs[:5]}"
    assert json.loads(TRUTH_FILE.read_text(encoding="utf-8")) == truth


def test_truth_has_the_shape_of_the_site(truth):
    arts = truth["articles"]
    assert len(arts) >= 80
    assert all(URL_SHAPE.match(a["url"]) for a in arts)
    assert sum(not a["listed"] for a in arts) >= 3
    assert {a["section"] for a in arts} >= {"أخبار", "سياسة", "اقتصاد", "رأي", "ملفات"}
    variants = {a["variant"] for a in arts}
    assert {"jsonld", "og", "url-only", "printed"} <= variants
    assert len({a["title"] for a in arts}) == len(arts)


def test_read_also_spellings_and_seed_present():
    pages = "".join(p.read_text(encoding="utf-8") for p in (DEFAULT_OUT / "article").glob("*.html"))
    for label in ("اقرأ أيضاً:", "إقرأ أيضا:", "شاهد أيضاً:"):
        assert label in pages
    seed = (DEFAULT_OUT.parent / "seed" / "levant-article.txt").read_text(encoding="utf-8")
    for para in seed.splitlines()[7:12]:
        if para.strip():
            assert para.strip().replace('"', "&quot;") in pages


@pytest.mark.parametrize("path, status", [("/", 200), ("/section/news?page=4", 200), ("/section/news?page=9", 404),
                                          ("/robots.txt", 200), ("/about", 200), ("/nothing/here", 404)])
def test_server_routes(replica, path, status):
    try:
        with urlopen(replica.url.rstrip("/") + path) as resp:
            got = resp.status
            body = resp.read().decode("utf-8")
    except Exception as exc:  # HTTPError carries the status
        got, body = exc.code, ""
    assert got == status
    assert "__ORIGIN__" not in body and "__TODAY__" not in body
    assert [unquote(p) for p, _ in replica.requests()] == [path]


def test_widget_shows_visit_day_not_publication_day(replica, truth):
    from replica.server import today_widget
    with urlopen(replica.url) as resp:
        assert today_widget() in resp.read().decode("utf-8")
    days = {a["published_at"][:10] for a in truth["articles"]}
    from datetime import date
    assert date.today().isoformat() not in days


def test_server_serves_a_page_of_its_own_for_a_query(tmp_path):
    """Folder-per-path sites may hold `<path>/index@<query>.html` (re-skins: `?page=2`, `?id=3&page=2`):
    parameters in any order, tracking ones ignored; an unknown query keeps the old behaviour."""
    from replica.server import query_file, query_key, resolve

    (tmp_path / "politics").mkdir()
    (tmp_path / "politics" / "index.html").write_text("page 1", encoding="utf-8")
    (tmp_path / query_file("/politics", "page=2")).write_text("page 2", encoding="utf-8")
    (tmp_path / "Section.aspx").mkdir()
    (tmp_path / query_file("/Section.aspx", query_key("page=2&id=7"))).write_text("7/2", encoding="utf-8")
    assert query_key("page=2&id=7&utm_source=x") == "id=7&page=2"
    assert query_key("q=../../etc") == ""
    assert resolve(tmp_path, "/politics?page=2").read_text() == "page 2"
    assert resolve(tmp_path, "/politics/?utm_source=x&page=2").read_text() == "page 2"
    assert resolve(tmp_path, "/politics?page=9").read_text() == "page 1"
    assert resolve(tmp_path, "/politics").read_text() == "page 1"
    assert resolve(tmp_path, "/Section.aspx?page=2&id=7").read_text() == "7/2"
    assert resolve(tmp_path, "/Section.aspx?id=7") is None
