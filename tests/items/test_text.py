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


@pytest.mark.parametrize("line", [
    "بقلم: مازن درويش", "بقلم مازن درويش", "إعداد: المحرر الاقتصادي", "كتب: خالد الحسن", "تحرير: قسم الأخبار",
    "قراءة في 3 دقائق", "⏱ 3 دقائق", "3 دقائق للقراءة", "مدة القراءة: ٤ دقائق", "وقت القراءة: 3 دقائق",
    "دقيقتان للقراءة", "آخر تحديث: السبت، ٦ آب ٢٠٢٢ ٤:٢٤ م", "تاريخ آخر تحديث: 15 نيسان 2023 - الساعة 10:42 صباحاً",
    "- إعلان -", "الإعلان", "إعلانات", "التسميات:", "قد يعجبك أيضاً", "الوسوم: سوريا، لبنان",
    "© جميع الحقوق محفوظة لموقع ليفانت نيوز 2026", "Copyright 2026 Example News",
    "حقوق النشر © 2026 ليفانت نيوز", "جميع الحقوق محفوظة لـ ليفانت نيوز", "حقوق الطبع والنشر محفوظة 2025",
    "الكلمات الدلالية: العراق", "كلمات مفتاحية: اللاجئين",
])
def test_article_furniture_lines_are_chrome(line):
    body, _ = strip_chrome(f"فقرة حقيقية من نص الخبر.\n\n{line}\n\nفقرة أخرى من النص.")
    assert body == "فقرة حقيقية من نص الخبر.\n\nفقرة أخرى من النص.", line


@pytest.mark.parametrize("line", [
    "كتب الرئيس رسالة مطولة إلى رئيس البرلمان يشرح فيها أسباب استقالته من منصبه بعد الأزمة",
    "وقال إن القراءة الأولى للمشروع تمت في 3 دقائق فقط، وهو ما أثار استغراب النواب والمراقبين",
    "أعلنت الحكومة عن تحديث خطتها الاقتصادية", "وتشير تقديرات إلى أن نحو 44 عائلة اضطرت إلى مغادرة منازلها.",
    "تحرير الأسعار أدى إلى ارتفاع كبير في تكاليف المعيشة خلال الأشهر الماضية في المدن الكبرى",
    "المزيد من التفاصيل لاحقاً حول هذا الموضوع المهم", "إعلان الحكومة جاء بعد ساعات من الاجتماع",
    "قضية حقوق النشر تعود إلى الواجهة في المحكمة العليا", "وقال إن حقوق الإنسان في 2024 تراجعت",
])
def test_prose_that_starts_like_furniture_stays(line):
    assert strip_chrome(line)[0] == line


def test_a_loader_left_in_a_script_filled_body_is_chrome():
    for line in ("جاري التحميل...", "يتم تحميل المحتوى…", "Loading..."):
        assert strip_chrome(line)[0] == "", line


def test_a_loader_with_diacritics_is_chrome():
    assert strip_chrome("جارٍ تحميل الخبر")[0] == ""
@pytest.mark.parametrize("line", ["شارك هذا المقال: فيسبوك", "شارك عبر: واتساب | تلغرام", "مشاركة", "شارك:",
                                  "Share this article: Facebook, Twitter", "شارك الخبر على فيسبوك"])
def test_strip_chrome_removes_share_rows_as_text(line):
    assert strip_chrome(f"الفقرة الأولى.\n\n{line}")[0] == "الفقرة الأولى."


@pytest.mark.parametrize("line", ["شارك المئات في المظاهرة أمس.", "مشاركة واسعة في الانتخابات المحلية",
                                  "شارك عبر الإنترنت آلاف الطلاب في الامتحان."])
def test_strip_chrome_keeps_sentences_that_start_like_a_share_label(line):
    assert strip_chrome(line)[0] == line


def test_a_reading_time_run_into_the_source_line_is_cut_off():
    body, source = strip_chrome('⏱ 3 دقائق ليفانت نيوز_ "أسوشيتد برس"\n\nنص الخبر كما نشر في الموقع اليوم.',
                                source_line=LEVANT.source_line)
    assert (body, source) == ("نص الخبر كما نشر في الموقع اليوم.", "أسوشيتد برس")
    assert strip_chrome("3 دقائق كانت كافية لإخلاء المبنى بالكامل.")[0] == "3 دقائق كانت كافية لإخلاء المبنى بالكامل."
