"""The crawl's learned chrome without a crawl (newscrawler.spiders.chrome.ChromeLearner): items
held until their host's model is ready, released judged by it, the models kept with the state."""

import json
import pickle

from scrapy.statscollectors import MemoryStatsCollector

from newscrawler.extract import extract_tree
from newscrawler.html import parse_html
from newscrawler.items.schema import ArticleItem
from newscrawler.spiders.chrome import ChromeLearner, chrome_state_path
from tests.support import reskin
from tests.support.settings import project_settings

SITE = "https://midan.example"


class FakeCrawler:
    def __init__(self):
        self.settings = project_settings()
        self.stats = MemoryStatsCollector(self)

    def get(self, key):
        return self.stats.get_value(f"newscrawler/chrome/{key}")


def crawl(learner, pages):
    """What the spider does with each article page; the items it may yield, in order."""
    out = []
    for html, path, _ in pages:
        seen = learner.page_pass(SITE + path)
        item = ArticleItem(extract_tree(parse_html(html), SITE + path, None, chrome=seen))
        out += list(learner.take(SITE + path, item, seen))
    return out


def test_first_pages_held_until_the_model_is_ready_then_as_clean_as_the_rest():
    crawler = FakeCrawler()
    learner = ChromeLearner(crawler)
    pages = reskin.pages()[:20]
    assert crawl(learner, pages[:11]) == [] and learner.holding()
    out = crawl(learner, pages[11:])
    assert [i["url"] for i in out] == [SITE + p for _, p, _ in pages]
    assert [i["body"] for i in out] == [a["body"] for _, _, a in pages]
    assert crawler.get("buffered") == 12 and not learner.holding()
    # The model removes the app, channel and about boxes (and the letter where it is); the
    # reading-time line is a chrome line of the text rules (items.text.META_LINE), gone before.
    assert crawler.get("paragraphs_removed") == sum(3 + (2 if i % 3 else 0) for i in range(20))


def test_idle_release_of_a_short_crawl_and_no_hold_when_the_crawl_may_be_cut_short():
    learner = ChromeLearner(FakeCrawler())
    pages = reskin.pages()[:6]
    assert crawl(learner, pages) == []
    out = list(learner.release_all())
    assert [i["body"] for i in out] == [a["body"] for _, _, a in pages]
    eager = ChromeLearner(FakeCrawler(), hold=False)
    assert len(crawl(eager, pages)) == 6


def test_a_page_met_twice_is_learned_once():
    learner = ChromeLearner(FakeCrawler())
    html, path, _ = reskin.pages()[0]
    crawl(learner, [(html, path, None)] * 3)
    assert learner.models["midan.example"].seen == 1 and learner.pages == 1


def test_models_saved_and_read_beside_the_incremental_state_file(tmp_path, caplog):
    settings = project_settings(NEWSCRAWLER_INCREMENTAL=True, NEWSCRAWLER_STATE_FILE=f"{tmp_path}/st/%(name)s-seen.txt")
    path = chrome_state_path(settings, "news")
    assert path == tmp_path / "st" / "news-chrome.json"
    assert chrome_state_path(project_settings(), "news") is None
    learner = ChromeLearner(FakeCrawler(), path)
    crawl(learner, reskin.pages()[:15])
    learner.spider_closed(spider=None)
    assert json.loads(path.read_text(encoding="utf-8"))["hosts"]["midan.example"]["seen"] == 15
    again = ChromeLearner(FakeCrawler(), path)
    again.load()
    assert again.models["midan.example"].ready
    assert again.models["midan.example"].chrome_templates() == learner.models["midan.example"].chrome_templates()
    path.write_text("{not json", encoding="utf-8")
    broken = ChromeLearner(FakeCrawler(), path)
    broken.load()
    assert broken.models == {} and "not read" in caplog.text


def test_models_and_held_items_kept_in_jobdir_state():
    state = {}
    learner = ChromeLearner(FakeCrawler())
    learner.attach(state)
    pages = reskin.pages()[:14]
    crawl(learner, pages[:5])
    resumed_state = pickle.loads(pickle.dumps(state, protocol=4))  # what JOBDIR keeps
    resumed = ChromeLearner(FakeCrawler())
    resumed.attach(resumed_state)
    assert resumed.models["midan.example"].seen == 5 and resumed.holding()
    out = crawl(resumed, pages[5:])
    assert [i["body"] for i in out] == [a["body"] for _, _, a in pages]
