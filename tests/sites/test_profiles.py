"""Every layout of every site profile has a saved page and its expected item, and they agree."""

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from scrapy.spiderloader import SpiderLoader
from scrapy.utils.project import get_project_settings

from newscrawler.extract import extract_article
from newscrawler.extract.core import _pick_layout
from newscrawler.html import parse_html
from newscrawler.sites import all_profiles
from tests.support.pages import FIXTURES

SITES = FIXTURES / "sites"


LAYOUTS = [(p, layout) for p in all_profiles() for layout in p.layouts]


def test_there_are_profiles_with_layouts():
    assert LAYOUTS, "no site profile defines a layout"


@pytest.mark.parametrize("profile, layout", LAYOUTS, ids=lambda x: getattr(x, "name", ""))
def test_layout_has_saved_page_and_expected_item(profile, layout):
    page = SITES / profile.name / f"{layout.name}.html"
    expected = SITES / profile.name / f"{layout.name}.json"
    assert page.is_file(), f"missing saved page {page}"
    assert expected.is_file(), f"missing expected item {expected}"
    want = json.loads(expected.read_text(encoding="utf-8"))
    html = page.read_text(encoding="utf-8")
    # The saved page is really of this layout: its selectors, not a fallback, find the content.
    picked = _pick_layout(parse_html(html), profile)
    assert picked is not None and picked[0] is layout
    # "now" frozen at the crawl time the saved item records (its crawled_at).
    got = extract_article(html, want["url"], now=datetime.fromisoformat(want["crawled_at"]))
    assert got == want


@pytest.mark.parametrize("profile", all_profiles(), ids=lambda p: p.name)
def test_profile_is_valid_data(profile):
    ZoneInfo(profile.timezone)
    assert profile.owns_host(profile.start_url)
    names = [layout.name for layout in profile.layouts]
    assert len(names) == len(set(names)), f"{profile.name}: two layouts share a name"
    for layout in profile.layouts:
        assert layout.content, f"{profile.name}/{layout.name} has no content selector"


def test_every_profile_has_a_spider_of_its_name():
    names = set(SpiderLoader.from_settings(get_project_settings()).list())
    assert {p.name for p in all_profiles()} <= names
    assert "news" in names
