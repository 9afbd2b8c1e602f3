"""The pages a run gave up on (newscrawler.lostpages); a whole crawl's are in tests/e2e/test_faults.py."""

from __future__ import annotations

from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from newscrawler.lostpages import MAX_LISTED, LostDownloadsMiddleware, LostPages
from newscrawler.runreport import summary, summary_lines


class Crawler:
    def __init__(self):
        self.lost = LostPages()

    def get_extension(self, cls):
        return self.lost


def test_the_last_attempt_s_failure_is_recorded_by_reason_with_the_first_url():
    crawler = Crawler()
    mw = LostDownloadsMiddleware(crawler)
    redirected = Request("http://x/b", meta={"redirect_urls": ["http://x/a"]})
    mw.process_response(redirected, HtmlResponse("http://x/b", status=410), None)
    mw.process_response(Request("http://x/ok"), HtmlResponse("http://x/ok", status=200), None)
    mw.process_response(Request("http://x/robots.txt"), HtmlResponse("http://x/robots.txt", status=404), None)
    mw.process_exception(Request("http://x/c"), TimeoutError("slow"), None)
    mw.process_exception(Request("http://x/d"), IgnoreRequest("robots.txt says no"), None)  # a choice, not a loss
    assert crawler.lost.report() == {"http/410": {"count": 1, "urls": ["http://x/a"]},
                                     "download/TimeoutError": {"count": 1, "urls": ["http://x/c"]}}


def test_urls_are_listed_up_to_a_cap_and_counted_whole_and_the_summary_says_them():
    lost = LostPages()
    for i in range(MAX_LISTED + 5):
        lost.record(f"http://x/{i}", "http/404")
    lost.item_dropped({"url": "http://x/item"})
    report = lost.report()
    assert report["http/404"]["count"] == MAX_LISTED + 5 and len(report["http/404"]["urls"]) == MAX_LISTED
    assert report["dropped"] == {"count": 1, "urls": ["http://x/item"]}
    lines = summary_lines(summary({"item_scraped_count": 3}, [], 0, report))
    assert "lost: http/404 105 (e.g. http://x/0), dropped 1 (e.g. http://x/item)" in lines


def test_the_extension_is_on_in_a_crawl():
    crawler = get_crawler(settings_dict={"EXTENSIONS": {"newscrawler.lostpages.LostPages": 0}})
    assert LostPages.from_crawler(crawler).report() == {}
