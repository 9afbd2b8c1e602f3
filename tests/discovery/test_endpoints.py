"""Script-loaded lists: endpoints a page declares and the links of their JSON pages (newscrawler.discovery.endpoints)."""

from __future__ import annotations

import json

from newscrawler.discovery.endpoints import discover_endpoints, endpoint_links
from newscrawler.html import parse_html
from newscrawler.sites.levant import PROFILE

ORIGIN = "http://127.0.0.1:8080"


def test_endpoints_declared_by_a_page():
    root = parse_html('<div id="l" data-endpoint="/api/section/reports?page=1"></div>'
                      '<div data-api-url="https://other.example/api"></div><a href="/x">x</a>')
    assert discover_endpoints(root, ORIGIN + "/section/reports", "127.0.0.1") == [ORIGIN + "/api/section/reports?page=1"]
    assert discover_endpoints(parse_html("<p>x</p>"), ORIGIN + "/", "127.0.0.1", "<p>x</p>") == []


def test_links_from_a_json_list_page():
    art = "/article/تقرير-عن-الكهرباءjanuary-8,-2024,-3:06-pm"
    doc = {"page": 1, "articles": [{"url": art, "title": "تقرير"}, {"url": "https://other.example" + art},
                                    {"url": "/static/x.jpg"}, {"url": art + "?utm_source=x"}],
           "links": {"next": "/api/section/reports?page=2", "self": "/api/section/reports?page=1"},
           "label": "/not a url"}
    links = endpoint_links(json.dumps(doc), ORIGIN + "/api/section/reports?page=1", PROFILE, "127.0.0.1")
    assert links.articles == [ORIGIN + art]
    assert links.pages == [ORIGIN + "/api/section/reports?page=2"]
    assert endpoint_links("<html>not json</html>", ORIGIN + "/api/x", PROFILE, "127.0.0.1").all() == []


def test_paged_json_endpoint_with_a_known_total_yields_every_page_at_once():
    from newscrawler.discovery.endpoints import endpoint_links

    doc = ('{"page": 1, "pages": 4, "next": "/api/section/x?page=2", '
           '"articles": [{"url": "/article/a-b-c-d"}]}')
    links = endpoint_links(doc, ORIGIN + "/api/section/x?page=1", PROFILE, "127.0.0.1")
    assert links.pages == [ORIGIN + f"/api/section/x?page={n}" for n in (2, 3, 4)]
    assert links.articles == [ORIGIN + "/article/a-b-c-d"]
