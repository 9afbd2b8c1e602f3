"""The re-skin checker (evaluation/reskins.py) scores a feed the way its docstring says: the
truth itself passes, and each kind of mistake fails its own check with an example."""

from __future__ import annotations

import copy

import pytest

from evaluation.reskins import CHECKS, Result, f1, score, totals
from replica.reskin import build_reskin

ORIGIN = "http://127.0.0.1:9"


@pytest.fixture(scope="module")
def skin(tmp_path_factory):
    site = tmp_path_factory.mktemp("skin")
    return site, build_reskin(site, 77)


def perfect(truth):
    items = [{"url": ORIGIN + a["url"], "title": a["title"], "body": a["body"], "published_at": a["published_at"],
              "published_at_raw": a["published_at"], "section": a["section"]} for a in truth["articles"]]
    requests = [(p, 200) for p in ["/"] + truth["listing_pages"]]
    return items, requests


def scored(site, truth, items, requests) -> Result:
    return score(truth, items, requests, site, ORIGIN, Result(77, "levant"))


def test_the_truth_passes(skin):
    site, truth = skin
    r = scored(site, truth, *perfect(truth))
    assert r.passed, r.line()
    assert "pass" in r.line()


def test_each_mistake_fails_its_own_check(skin):
    site, truth = skin
    items, requests = perfect(truth)
    bad = copy.deepcopy(items)
    a0, a1, a2, a3, a4 = bad[:5]
    bad.append(dict(a0))                                   # twice
    bad.remove(bad[5])                                     # missing
    bad.append({**a1, "url": ORIGIN + "/about"})           # not an article of the truth
    a1["title"] += " | ليفانت نيوز"
    a2["published_at"] = "2020-01-01T00:00:00+00:00"
    a3["section"] = None
    a4["body"] = a4["body"][: len(a4["body"]) // 2]
    chrome = truth["chrome_strings"][0]
    bad[6]["body"] += "\n\n" + chrome
    r = scored(site, truth, bad, requests[:-1])
    assert set(r.failures) == set(CHECKS) - {"crawl"}, r.line()
    assert r.failures["once"][0] == 2 and r.failures["listing"][0] == 1
    assert chrome in r.failures["chrome"][1][0]
    assert "expected" in r.failures["title"][1][0] and "F1" in r.failures["body"][1][0]
    text = r.line(examples=9)
    assert text.startswith("seed 77") and "FAIL" in text and truth["listing_pages"][-1] in text
    assert "levant: 0/1 seeds pass" in totals([r])


def test_body_f1_is_over_word_multisets():
    assert f1("أ ب ج د", "أ ب ج د") == 1.0
    assert f1("أ ب ج د", "") == 0.0
    assert round(f1("أ ب ج د", "أ ب ج د هـ"), 3) == round(2 * 0.8 * 1.0 / 1.8, 3)
    assert f1("أ\u00a0ب", "أ ب\u200b") == 1.0   # the documented normalisation first
