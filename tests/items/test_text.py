"""Text normalisation and chrome stripping (newscrawler.items.text)."""

import pytest

from newscrawler.items.text import normalise_line, normalise_text, strip_chrome
from newscrawler.sites.levant import PROFILE as LEVANT


def test_normalise_text_cleans_invisible_and_spaces_only():
    raw = "\u00a0 أعلن\u200b  الرئيسُ\u200f\u00a0اليومَ \n\n\n\n  ثم\u200cقال \ufeff"
    assert normalise_text(raw) == "أعلن الرئيسُ اليومَ\n\nثم\u200cقال"


@pytest.mark.parametrize("text", ["ـــالله", "إِنَّ", "ﻻ", "أإآءؤئ", "٠١٢٣٤٥٦٧٨٩", "كيم جونغ أون: \"لهذا السبب جئنا\""])
def test_arabic_letters_are_untouched(text):
    assert normalise_text(text) == text
    assert normalise_line(text) == text


def test_strip_chrome_removes_read_also_source_widget_and_captions():
    body = "\n\n".join([
        "ليفانت نيوز/ رصد", "الفقرة الأولى.", "اقرأ أيضاً: عنوان آخر", "إقرأ أيضا: ثالث",
        "شاهد أيضاً: فيديو", "صورة تعبيرية", "الأربعاء ٢٥ / نوفمبر / ٢٠٢٦", "كاريكاتير", "النشرة الإخبارية",
        "اشترك في قائمتنا البريدية للحصول على التحديثات الجديدة!", "العنوان", "تعليق الصورة", "نشر في: 5 أيار 2024",
        "الفقرة الأخيرة.",
    ])
    clean, source = strip_chrome(body, title="العنوان", captions=["تعليق الصورة"], source_line=LEVANT.source_line)
    assert clean == "الفقرة الأولى.\n\nالفقرة الأخيرة."
    assert source == "رصد"


def test_strip_chrome_keeps_paragraphs_that_merely_mention_chrome_words():
    body = "قال إن الكاريكاتير فن مهم.\n\nوأضاف: اقرأوا التاريخ أيضاً."
    assert strip_chrome(body)[0] == body


@pytest.mark.parametrize("line", ["شارك هذا المقال: فيسبوك", "شارك عبر: واتساب | تلغرام", "مشاركة", "شارك:",
                                  "Share this article: Facebook, Twitter", "شارك الخبر على فيسبوك"])
def test_strip_chrome_removes_share_rows_as_text(line):
    assert strip_chrome(f"الفقرة الأولى.\n\n{line}")[0] == "الفقرة الأولى."


@pytest.mark.parametrize("line", ["شارك المئات في المظاهرة أمس.", "مشاركة واسعة في الانتخابات المحلية",
                                  "شارك عبر الإنترنت آلاف الطلاب في الامتحان."])
def test_strip_chrome_keeps_sentences_that_start_like_a_share_label(line):
    assert strip_chrome(line)[0] == line
