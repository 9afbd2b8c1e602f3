"""The levant profile's own rules: its source line and the date glued to its article URLs."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from newscrawler.dates import parse_date
from newscrawler.extract import extract_article
from newscrawler.items.text import parse_source_line
from newscrawler.sites.generic import generic_profile
from newscrawler.sites.levant import PROFILE as LEVANT


@pytest.mark.parametrize("line, source", [
    ('ليفانت نيوز_ "أسوشيتد برس"', "أسوشيتد برس"),
    ("ليفانت نيوز/ رصد", "رصد"),
    ("ليفانت نيوز - وكالات", "وكالات"),
    ("ليفانت نيوز_ «رويترز»", "رويترز"),
    ("ليفانت نيوز موقع إخباري مستقل مقره لندن", None),
])
def test_source_line(line, source):
    assert parse_source_line(line, LEVANT.source_line) == source


RAW_URL = "https://thelevantnews.com/article/في-ذكراها-الخامسة-ليفانت-نيوز-منبرنا-الضحوكjune-6,-2024,-9:35-am"


URLS = [
    (RAW_URL, "june-6,-2024,-9:35-am"),
    (quote(RAW_URL, safe=":/"), "june-6,-2024,-9:35-am"),
    (quote(RAW_URL, safe="/"), "june-6,-2024,-9:35-am"),
    ("https://thelevantnews.com/article/مونت-كارلو-الدولية-مدير-تحرير-ليفانت-فيjuly-17,-2022,-2:10-pm", "july-17,-2022,-2:10-pm"),
    ("https://thelevantnews.com/article/خبر-عاجلJune-6,-2024,-9:35-AM?utm_source=x#top", "June-6,-2024,-9:35-AM"),
    ("https://thelevantnews.com/article/خبر-december-25,-2023", "december-25,-2023"),
    ("https://thelevantnews.com/article/خبر-بلا-تاريخ", None),
    ("https://thelevantnews.com/", None),
    ("", None),
]


@pytest.mark.parametrize("url,expected", URLS)
def test_url_date(url, expected):
    assert LEVANT.url_date(url) == expected


def test_url_date_round_trip():
    raw = LEVANT.url_date(quote(RAW_URL, safe="/"))
    assert parse_date(raw, tz="Europe/London").isoformat() == "2024-06-06T09:35:00+01:00"


def test_url_date_type_error():
    with pytest.raises(TypeError):
        LEVANT.url_date(None)


OTHER_SITE = """<html lang="ar"><head><title>خبر في موقع آخر</title></head><body><article>
<h1>عنوان الخبر في موقع آخر</h1><p>ليفانت نيوز/ رصد</p>
<p>""" + "الفقرة الأولى من الخبر تتحدث عن تطورات مهمة في المنطقة خلال الأسبوع الماضي. " * 3 + """</p>
<p>""" + "الفقرة الثانية تضيف تفاصيل أخرى حول الموضوع نفسه وتنقل تصريحات المسؤولين. " * 3 + """</p>
</article></body></html>"""
GLUED = "/article/خبر-عاجل-في-موقع-آخرjune-6,-2024,-9:35-am"


def test_levant_rules_apply_to_levant_pages_only():
    """The same page at thelevantnews.com gets the Levant rules (source line, URL timestamp); on
    another host, with nothing on the page naming Levant News, it gets none of them."""
    levant = extract_article(OTHER_SITE, "https://thelevantnews.com" + GLUED)
    assert levant["source"] == "رصد" and "ليفانت نيوز" not in levant["body"]
    assert levant["published_at"] == "2024-06-06T09:35:00+01:00"
    other = extract_article(OTHER_SITE, "https://other.example" + GLUED)
    assert other["source"] is None and other["body"].startswith("ليفانت نيوز/ رصد")
    assert other["published_at_raw"] is None and other["published_at"] is None
    assert generic_profile("https://other.example/").url_date("https://other.example" + GLUED) is None


def test_signature_and_title_suffix_whatever_the_markup_of_the_head():
    from newscrawler.sites import profile_for
    from newscrawler.sites.levant import PROFILE

    for head in ('<title data-rh="true">خبر — ليفانت نيوز</title>', "<title>خبر | ليفانت نيوز</title>",
                 "<meta content='ليفانت نيوز' property='og:site_name'>",
                 '<meta property="og:site_name" content="ليفانت نيوز">'):
        assert profile_for("http://127.0.0.1:8080/article/x", head) is PROFILE, head
    assert profile_for("http://127.0.0.1:8080/article/x", "<title>موقع آخر</title>") is None
    for title in ("خبر » ليفانت نيوز", "خبر — ليفانت نيوز", "خبر | ليفانت نيوز", "خبر - ليفانت نيوز", "خبر :: ليفانت نيوز"):
        assert PROFILE.title_suffix.sub("", title) == "خبر", title
