"""The re-skin generator (replica/reskin.py): the replica's truth under other markup, one site
per seed, every choice reachable, the truth reachable by links, script bodies that render."""

from __future__ import annotations

import filecmp
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import quote, unquote, urljoin, urlsplit
from urllib.request import urlopen

import lxml.html
import pytest

from replica import reskin_text as T
from replica.build import TRUTH_FILE
from replica.reskin import (DATE_FORMS, JS_WAYS, LISTING_URLS, PAGER_STYLES, PARA_FORMS, build_reskin, chrome_pattern,
                            normalise, plan_reskin)
from replica.reskin_names import SCHEMES, WP_THEMES
from replica.server import ReplicaServer, resolve

ROOT = Path(__file__).resolve().parent.parent.parent
BUILT = range(1, 15)          # seeds built once for the module
PLANNED = range(1, 201)       # seeds whose choices are drawn (no rendering)
URL_SHAPE = re.compile(r"^/article/[^/]+(january|february|march|april|may|june|july|august|september|"
                       r"october|november|december)-\d{1,2},-\d{4},-\d{1,2}:\d{2}-(am|pm)$")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[int, tuple[Path, dict]]:
    root = tmp_path_factory.mktemp("reskins")
    return {seed: (root / str(seed), build_reskin(root / str(seed), seed)) for seed in BUILT}


@pytest.fixture(scope="module")
def replica_truth() -> dict:
    return {a["url"]: a for a in json.loads(TRUTH_FILE.read_text(encoding="utf-8"))["articles"]}


def page_of(site: Path, url: str) -> str:
    return resolve(site, url).read_text(encoding="utf-8")


def visible_text(html: str) -> str:
    """The page's text without its scripts (what a plain fetch shows a reader)."""
    root = lxml.html.fromstring(html)
    for el in root.xpath("//script|//style"):
        el.drop_tree()
    return normalise(root.text_content())


def test_same_seed_same_site(tmp_path):
    a = build_reskin(tmp_path / "a", 4242)
    b = build_reskin(tmp_path / "b", 4242)
    assert a == b
    cmp = filecmp.dircmp(tmp_path / "a", tmp_path / "b")
    stack, diffs = [cmp], []
    while stack:
        d = stack.pop()
        diffs += d.left_only + d.right_only + d.diff_files
        stack += d.subdirs.values()
    assert not diffs


def test_different_seeds_give_different_markup(built):
    homes = {(site / "index.html").read_text(encoding="utf-8") for site, _ in built.values()}
    assert len(homes) == len(built)
    assert len({t["skin"] for _, t in built.values()}) == len(built)
    # One article in two skins: the same truth, other markup.
    by_url: dict[str, list] = {}
    for site, t in built.values():
        for a in t["articles"]:
            by_url.setdefault(a["url"], []).append(site)
    url, sites = next((u, s) for u, s in by_url.items() if len(s) >= 2)
    assert page_of(sites[0], url) != page_of(sites[1], url)


def test_truth_is_the_replicas_under_other_markup(built, replica_truth):
    for seed, (_, t) in built.items():
        archive = [a for a in t["articles"] if a["sitemap_only"]]   # only the sitemaps list them
        assert 1 <= len(archive) <= 3 and all(replica_truth[a["url"]]["sitemap_only"] for a in archive)
        arts = [a for a in t["articles"] if not a["sitemap_only"]]
        assert 14 <= len(arts) <= 20, seed
        assert len({a["url"] for a in arts}) == len(arts)
        for a in arts:
            assert URL_SHAPE.match(a["url"]), a["url"]
            r = replica_truth[a["url"]]
            for k in ("title", "body", "published_at", "section", "source", "authors", "tags", "caption"):
                assert a[k] == r[k], (seed, a["url"], k)
            if not a["listed"]:
                assert not r["listed"], (seed, a["url"])   # read-also-only in the replica too
        names = [s["name"] for s in t["sections"]]
        assert 3 <= len(names) <= 4 and "سياسة" in names
        assert {a["section"] for a in arts} <= set(names)
        assert 1 <= sum(not a["listed"] for a in arts) <= 3
        assert 1 <= sum(a["needs_js"] for a in arts) <= 2
        assert len(t["listing_pages"]) == sum(s["pages"] for s in t["sections"]) > len(names)
        # "Background" paragraphs that wire stories repeat stay body text in several articles.
        paragraphs = Counter(p for a in arts for p in set(a["body"].split("\n\n")))
        assert max(paragraphs.values()) >= 2, seed
        assert t["skin"].startswith(f"seed={seed} ")


def test_every_choice_is_drawn_for_some_seed():
    seen: dict[str, set] = {k: set() for k in ("scheme", "para", "js", "date", "listing", "pager", "share", "jsonld")}
    for seed in PLANNED:
        skin, _, items, _ = plan_reskin(seed)
        seen["scheme"].add((skin.scheme, skin.theme))
        seen["para"].add(skin.para_form)
        seen["listing"].add(skin.listing)
        seen["pager"].add(skin.pager)
        seen["share"].add(skin.share_pos)
        seen["js"] |= {x.js_way for x in items if x.needs_js}
        seen["date"] |= {x.date_form for x in items}
        seen["jsonld"] |= {x.jsonld for x in items if x.jsonld}
    assert seen["scheme"] >= {(s, None) for s in SCHEMES if s != "wordpress"} | {("wordpress", t) for t in WP_THEMES}
    assert seen["para"] == set(PARA_FORMS)
    assert seen["js"] == set(JS_WAYS)
    assert seen["date"] == set(DATE_FORMS)
    assert seen["listing"] == set(LISTING_URLS)
    assert seen["pager"] == set(PAGER_STYLES)
    assert seen["share"] >= {"body-bottom", "body-top", "body-both", "after"}
    assert seen["jsonld"] == {"plain", "graph", "array"}


def test_chrome_labels_never_occur_in_a_true_body(replica_truth):
    """The labels the skins print as chrome are text no replica body holds (as whole words)."""
    text = "\n".join(normalise(a["body"]) for a in replica_truth.values())
    pools = [T.SHARE_LABELS, [t for _, texts in T.SHARE_NETWORKS.values() for t in texts], T.TAG_LABELS,
             T.READING_TIME, T.AD_LABELS, T.RELATED_INLINE, T.RELATED_AFTER, [x for p in T.PREV_NEXT for x in p],
             T.UPDATED, T.FOLLOW_LINES, T.COMMENT_HEADINGS, T.COMMENT_NOTES, T.COMMENTS, T.LOADERS, T.MOST_READ,
             T.TICKER_LABELS, T.COPY_LINK, T.PRINT, [x for p in T.NEWSLETTER for x in p], T.NEXT_LABELS[:3],
             [x for p in T.AUTHOR_BOX for x in p], T.DARK_MODE, [T.BLOGGER_LABELS, T.BLOGGER_FEEDS]]
    for pool in pools:
        for label in pool:
            label = label.replace("{n}", "3").replace("{d}", "").strip(" :-")
            if len(label) > 2:
                assert not chrome_pattern(label).search(text), label


def test_chrome_strings_are_in_no_true_body_and_hold_what_the_skin_printed(built):
    for seed, (site, t) in built.items():
        bodies = [normalise(a["body"]) for a in t["articles"]]
        strings = t["chrome_strings"]
        assert len(strings) >= 30, seed
        for s in strings:
            assert not any(chrome_pattern(s).search(b) for b in bodies), (seed, s)
        c = t["choices"]
        printed = [c["ad_label"] if "ad" in c["chrome_in"] else None,
                   c["tag_label"].strip() if "tags" in c["chrome_in"] + c["chrome_after"] else None,
                   c["share_label"] if c["scheme"] != "blogger" else None,
                   c["comment_heading"] if "comments" in c["chrome_after"] and c["scheme"] != "blogger" else None,
                   c["related_label"] if "related" in c["chrome_after"] else None,
                   T.FOLLOW_LINES[c["follow_line"]] if "follow" in c["chrome_in"] + c["chrome_after"] else None]
        for label in filter(None, printed):
            assert normalise(label) in strings, (seed, label)
        for page in (site / "article").glob("*.html"):   # the header's date widget, filled in per visit
            assert page.read_text(encoding="utf-8").count("__TODAY__") == 1


def test_pages_show_the_truth_in_the_articles_date_form(built):
    for seed, (site, t) in built.items():
        for a in t["articles"]:
            html = page_of(site, a["url"])
            text = visible_text(html)
            assert normalise(a["title"]) in text
            paragraphs = [normalise(p) for p in a["body"].split("\n\n")]
            if a["needs_js"]:   # the body is only there once a script has run
                assert not any(p in text for p in paragraphs), (seed, a["url"], a["js_way"])
            else:
                assert all(p in text for p in paragraphs), (seed, a["url"])
            iso = a["published_at"]
            structured = f'"datePublished": "{iso}"' in html
            machine = f'datetime="{iso}"' in html
            if a["date_form"] == "jsonld":
                assert structured, (seed, a["url"])
            elif a["date_form"] == "time":
                assert machine and not structured, (seed, a["url"])
            else:
                assert not structured and not machine and iso not in html, (seed, a["url"])


def links(html: str, base: str) -> list[str]:
    root = lxml.html.fromstring(html)
    return [urljoin(base, h) for h in root.xpath("//a/@href") if not h.startswith(("#", "mailto:", "javascript:"))]


def test_served_skin_reaches_every_article_and_listing_page_by_links(built):
    """Follow the static links from the home page (no scripts, robots.txt obeyed): every truth
    article and every listing page is reached; nothing served keeps a placeholder."""
    for seed in list(built)[:6]:
        site, t = built[seed]
        with ReplicaServer(site) as srv:
            origin = srv.url.rstrip("/")
            todo, seen_files, seen_urls, bad = [srv.url], set(), set(), []
            while todo:
                url = todo.pop()
                parts = urlsplit(url)
                key = unquote(parts.path).rstrip("/") + ("?" + parts.query if parts.query else "")
                if key in seen_urls or not url.startswith(origin) or parts.path.startswith(("/search", "/archive", "/print/")):
                    continue
                seen_urls.add(key)
                try:
                    with urlopen(quote(url, safe=":/?&=%,+-")) as resp:   # a browser encodes raw Arabic hrefs
                        html = resp.read().decode("utf-8")
                except Exception as exc:   # tag, author and a few footer pages are not part of the replica
                    if not parts.path.startswith(("/tag/", "/author/", "/video", "/privacy", "/terms", "/advertise")):
                        bad.append((url, exc))
                    continue
                assert "__ORIGIN__" not in html and "__TODAY__" not in html
                seen_files.add(resolve(site, parts.path + ("?" + parts.query if parts.query else "")))
                todo += [u.split("#")[0] for u in links(html, url)]
            assert not bad, bad[:3]
            for a in t["articles"]:   # the archive articles only the sitemaps list are linked from no page
                assert (resolve(site, a["url"]) in seen_files) != a["sitemap_only"], (seed, a["url"])
            for page in t["listing_pages"]:
                assert resolve(site, page) in seen_files, (seed, page)
            for a in t["articles"]:
                if a["js_way"] == "fetch":
                    key = re.search(r'fetch\("(/api/article/[^"]+)"|open\("GET", "([^"]+)"', page_of(site, a["url"]))
                    with urlopen(origin + (key.group(1) or key.group(2))) as resp:
                        assert json.loads(resp.read())


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(_chromium() is None, reason="no chromium on PATH")
def test_script_bodies_render_in_chromium(tmp_path):
    """Every way of inserting a body by script gives the truth's paragraphs in a browser."""
    from playwright.sync_api import sync_playwright

    cases = {}
    for seed in PLANNED:
        _, _, items, _ = plan_reskin(seed)
        for x in items:
            if x.needs_js and x.js_way not in cases:
                cases[x.js_way] = seed
        if len(cases) == len(JS_WAYS):
            break
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=_chromium())
        try:
            for way, seed in sorted(cases.items()):
                t = build_reskin(tmp_path / str(seed), seed)
                a = next(a for a in t["articles"] if a["js_way"] == way)
                paragraphs = [normalise(x) for x in a["body"].split("\n\n")]
                with ReplicaServer(tmp_path / str(seed)) as srv:
                    page = browser.new_page()
                    page.route(re.compile(r".*\.(jpg|png|css)$"), lambda route: route.abort())
                    page.goto(srv.url.rstrip("/") + quote(a["url"]))
                    page.wait_for_function("t => document.body.innerText.includes(t)", arg=a["body"].split("\n\n")[-1][:40],
                                           timeout=5000)
                    text = normalise(page.inner_text("body"))
                    page.close()
                assert all(p in text for p in paragraphs), (way, seed, a["url"])
        finally:
            browser.close()


def test_cli_builds_a_skin(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "replica.reskin", "--seed", "31", "--out", str(tmp_path / "s")],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "seed=31 " in proc.stdout and "articles" in proc.stdout
    truth = json.loads((tmp_path / "s" / "truth.json").read_text(encoding="utf-8"))
    assert truth["seed"] == 31 and (tmp_path / "s" / "index.html").is_file()


def _ambiguous_targets(site: Path) -> list[tuple[str, str]]:
    """(page, id) for each element a script looks up by id that more than one element has."""
    out = []
    for f in site.rglob("*.html"):
        html = f.read_text(encoding="utf-8")
        for target in set(re.findall(r'getElementById\("([^"]+)"\)', html)):
            if len(re.findall(rf'\sid="{re.escape(target)}"', html)) != 1:
                out.append((f.name, target))
    return out


def test_the_element_a_body_script_fills_is_the_only_one_with_its_id(built, tmp_path):
    """A script's getElementById must find the body container, as in a browser (seed 230980's
    ASP.NET skin once gave the header's details block and the body the same id)."""
    for seed, (site, _) in built.items():
        assert _ambiguous_targets(site) == [], seed
    build_reskin(tmp_path / "s", 230980)
    assert _ambiguous_targets(tmp_path / "s") == []
