"""The generic path on markup it was not written for (hand-written pages in CMS styles)."""

import pytest

from newscrawler.extract import extract_article
from tests.support.pages import FIXTURES

PAGES = FIXTURES / "generic"


CASES = {
    "wordpress": dict(
        url="https://alwadi.example/2024/03/12/farmers-plan/", encoding="utf-8",
        title="الحكومة تعلن خطة جديدة لدعم المزارعين في الجنوب",
        published_at="2024-03-12T08:15:00+02:00",
        first="أعلنت الحكومة اليوم عن خطة جديدة", last="على أن تبدأ أولى الدفعات الشهر المقبل.", paragraphs=3,
        read_also=[{"url": "https://alwadi.example/2024/03/10/wheat-prices", "title": "ارتفاع أسعار القمح عالمياً"}],
        authors=["أحمد السيد"], section="اقتصاد"),
    "drupal": dict(
        url="https://madina.example/culture/book-fair-opens", encoding="windows-1256",
        title="افتتاح معرض الكتاب الدولي بمشاركة 40 دولة",
        published_at="2024-11-07T10:30:00+00:00",
        first="افتتح وزير الثقافة صباح اليوم", last="لكتب الأطفال واليافعين.", paragraphs=3, read_also=[]),
    "nextjs": dict(
        url="https://shamnet.example/syria/123458", encoding="utf-8",
        title="مقتل ثلاثة أشخاص في انهيار مبنى قديم بحلب",
        published_at="2024-09-17T14:20:00+00:00",
        first="انهار مبنى سكني قديم", last="أو إخلائها.", paragraphs=3, read_also=[]),
}


BOILERPLATE = ["مواضيع ذات صلة", "شارك هذا", "تويتر", "أضف تعليق", "إضافة تعليق", "الأكثر قراءة", "النشرة", "الطقس",
               "مواقيت الصلاة", "Google News", "جميع الحقوق", "اخترنا لكم", "أخبار ذات صلة", "الوسوم", "ندوة عن",
               "منذ 3 ساعات", "نشر بتاريخ", "نوفمبر 2024", "رويترز", "بقلم", "لن يتم نشر"]


@pytest.mark.parametrize("name", CASES)
def test_generic_page(name):
    case = CASES[name]
    html = (PAGES / f"{name}.html").read_text(encoding="utf-8").encode(case["encoding"])
    item = extract_article(html, case["url"])
    assert item is not None
    assert item["title"] == case["title"]
    assert item["published_at"] == case["published_at"], item["published_at_raw"]
    paras = item["body"].split("\n\n")
    assert paras[0].startswith(case["first"]) and paras[-1].endswith(case["last"]), item["body"]
    assert len(paras) == case["paragraphs"], item["body"]
    for junk in BOILERPLATE:
        assert junk not in item["body"], junk
    assert item["read_also"] == case["read_also"]
    for key in ("authors", "section"):
        if key in case:
            assert item[key] == case[key]


def test_read_also_box_gives_its_links_and_leaves_the_body():
    html = ("<html><body><article><h1>عنوان الخبر الرئيسي هنا</h1><div class='entry-content'>"
            "<p>" + "فقرة أولى من نص الخبر تتحدث عن أمور مهمة. " * 5 + "</p>"
            "<div class='box'><h3>اقرأ أيضاً</h3><ul><li><a href='/a/1'>خبر أول مرتبط</a></li>"
            "<li><a href='/a/2'>خبر ثان مرتبط</a></li></ul></div>"
            "<p>" + "فقرة ثانية من نص الخبر تكمل القصة بتفاصيل أخرى. " * 5 + "</p></div></article></body></html>")
    item = extract_article(html, "https://site.example/news/12345")
    assert item["read_also"] == [{"url": "https://site.example/a/1", "title": "خبر أول مرتبط"},
                                 {"url": "https://site.example/a/2", "title": "خبر ثان مرتبط"}]
    assert len(item["body"].split("\n\n")) == 2 and "مرتبط" not in item["body"]


@pytest.mark.parametrize("wrap", ["<div><span>{}</span></div>", "<div class='x'><div><span style='font-size:14pt'>{}</span></div></div>",
                                  "<section><div><div><p>{}</p></div></div></section>"])
def test_paragraphs_nested_in_wrappers_count_for_their_container(wrap):
    """Each paragraph in its own nest of wrappers: the container of all of them is the body,
    not the wrapper of its longest paragraph."""
    paras = [f"الفقرة رقم {i} من نص الخبر تتحدث عن تطورات الأحداث في المدينة خلال الأيام الماضية." * (1 + i % 2)
             for i in range(6)]
    html = ("<html><body><article><h1>عنوان الخبر الرئيسي هنا</h1><div data-x='body'>"
            + "".join(wrap.format(p) for p in paras) + "</div></article></body></html>")
    item = extract_article(html, "https://site.example/news/12345")
    assert item["body"].split("\n\n") == paras


PARA = "فقرة من نص الخبر تتحدث عن تطورات الأحداث في المدينة خلال الأيام الماضية. " * 3


@pytest.mark.parametrize("leak", [
    "<div class='m'>2min</div>",                                        # a bare reading time
    "<p>الحكومة تعلن خطة جديدة</p>",                                      # the headline again
    "<div class='pn'><a href='/2024/01/02/a'>السابق<br>وزير المالية يستقيل بعد أزمة الموازنة</a> "
    "<a href='/2024/01/04/b'>التالي<br>افتتاح معرض الكتاب في العاصمة بمشاركة واسعة</a></div>",  # previous/next
    "<div><span>المقال السابق</span> <a href='/2024/01/02/a'>وزير المالية يستقيل بعد أزمة الموازنة</a></div>",
])
def test_arabic_leaks_stay_out_of_the_generic_body(leak):
    html = (f"<html><head><title>الحكومة تعلن خطة جديدة | موقع</title></head><body><div class='wrap'>"
            f"<h1>الحكومة تعلن خطة جديدة</h1><div class='c1'>{leak}<p>{PARA}</p><p>{PARA}</p><p>{PARA}</p>"
            f"{leak}</div></div></body></html>")
    item = extract_article(html, "https://site.example/2024/01/03/gov-plan")
    assert item["body"] == "\n\n".join([PARA.strip()] * 3)
