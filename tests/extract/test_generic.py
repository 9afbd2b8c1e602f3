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


# --- the classes of failure of issue 12, each on a small hand-written page -----------------------

P1 = "وقال المتحدث باسم الوزارة إن الخطة تشمل دعم المزارعين في المناطق الجنوبية خلال العام المقبل. " * 2
P2 = "وأضاف أن الحكومة ستعلن تفاصيل التمويل بعد اجتماع مجلس الوزراء المقرر الأسبوع المقبل في العاصمة. " * 2
P3 = "ويرى مراقبون أن الخطة تأتي في سياق أزمة اقتصادية متصاعدة تشهدها البلاد منذ سنوات عدة. " * 2
URL = "https://site.example/2024/01/03/gov-plan"


def _page(body: str, head: str = "") -> str:
    return (f"<html><head><title>الحكومة تعلن خطة جديدة | موقع</title>{head}</head><body>"
            f"<header><a href='/'>الرئيسية</a></header>{body}</body></html>")


def _paras(item) -> list[str]:
    return item["body"].split("\n\n") if item else []


def test_a_body_in_spans_or_between_brs_is_found():
    # the container is a <span>; the text stands in div>span>span; the text is between <br>s
    for body, paragraphs in ((f"<span class='b'><span>{P1}</span><br><br><span>{P2}</span><br><br><span>{P3}</span></span>", 3),
                             (f"<div><span><span>{P1}</span></span><span><span>{P2}</span></span></div>", 1),
                             (f"<div class='t'>{P1}<br><br>{P2}<br><br>{P3}</div>", 3)):
        item = extract_article(_page(f"<h1>الحكومة تعلن خطة جديدة</h1>{body}"), URL)
        assert item is not None, body
        assert len(_paras(item)) == paragraphs, body
        want = (P1 + P2 + P3) if paragraphs == 3 else (P1 + P2)
        assert " ".join(item["body"].split()) == " ".join(want.split()), body


def test_every_page_chrome_selector_is_removed_not_only_the_first():
    # a <header> is on the page: its footer's long disclosure and the aside must go too
    disclosure = "نحن نحصل على عمولة عند الشراء من خلال الروابط في هذا الموقع وفق سياسة الإفصاح. " * 12
    item = extract_article(_page(f"<h1>الحكومة تعلن خطة جديدة</h1><div class='c'><p>{P1}</p><p>{P2}</p></div>"
                                 f"<aside><p>{disclosure}</p></aside><footer><p>{disclosure}</p></footer>"), URL)
    assert _paras(item) == [P1.strip(), P2.strip()]


def test_the_first_article_element_is_not_taken_when_it_is_a_teaser_or_a_comment():
    teaser = (f"<nav class='more'><article class='card'><a href='/2024/01/01/x'><h3>خبر آخر</h3></a>"
              f"<p>{P3}</p></article></nav>")
    comment = f"<article class='comment-body'><p>{P3}{P3}{P3}</p></article>"
    for before in (teaser, comment):
        html = _page(f"{before}<div class='post'><h1>الحكومة تعلن خطة جديدة</h1>"
                     f"<div class='entry-content'><p>{P1}</p><p>{P2}</p></div></div>")
        assert _paras(extract_article(html, URL)) == [P1.strip(), P2.strip()], before


def test_a_body_split_across_sibling_parts_is_gathered_without_what_stands_between():
    related = "<div class='box'><a href='/2024/01/01/a'>خبر مرتبط أول في الموقع</a></div>"
    first, second = [P1, P2, P3], [P2[:150], P3[:150], P1[:150]]
    item = extract_article(_page(
        f"<h1>الحكومة تعلن خطة جديدة</h1><div class='w'>"
        f"<div class='part'><div>{''.join(f'<p>{p}</p>' for p in first)}</div></div>{related}"
        f"<div class='part'><div>{''.join(f'<p>{p}</p>' for p in second)}</div></div></div>"), URL)
    assert _paras(item) == [p.strip() for p in first + second]


def test_parts_are_gathered_when_the_headline_opens_the_first_and_a_short_part_is_made_like_it():
    # Medium-like: the <h1> stands inside the first part, figures between the parts, and the last
    # part is one short paragraph but made like the others (same tag and classes).
    figure = "<figure><img src='/a.jpg'><figcaption>صورة من الاجتماع</figcaption></figure>"
    first, second, third = [P1, P2, P3, P1, P2], [P3, P1], [P2[:70]]
    part = lambda paras, h="": f"<div class='n p'><div class='z'>{h}{''.join(f'<p>{x}</p>' for x in paras)}</div></div>"
    html = _page(f"<article><section>{part(first, '<h1>الحكومة تعلن خطة جديدة</h1>')}{figure}"
                 f"{part(second)}{figure}{part(third)}</section></article>"
                 f"<div class='n q'><div class='z'><p>{P3}</p></div></div>")
    assert _paras(extract_article(html, URL)) == [x.strip() for x in first + second + third]
    # a short sibling not made like the part (another class) is not taken on its size alone
    html = _page(f"<article><section>{part(first, '<h1>الحكومة تعلن خطة جديدة</h1>')}"
                 f"<div class='promo'><div><p>{P2[:120]}</p></div></div></section></article>")
    assert _paras(extract_article(html, URL)) == [x.strip() for x in first]


def test_a_part_written_as_a_definition_list_is_body():
    # a book-like body: sections, one of them mostly a <dl> of terms and their definitions
    sec = lambda inner: f"<section>{inner}</section>"
    terms = "".join(f"<dt>مصطلح {i}</dt><dd><p>{x}</p></dd>" for i, x in enumerate((P1, P2, P3)))
    html = _page(f"<main><h1>الحكومة تعلن خطة جديدة</h1>{sec(f'<p>{P1}</p><p>{P2}</p><p>{P3}</p>')}"
                 f"{sec(f'<p>{P3[:60]}</p><dl>{terms}</dl>')}{sec(f'<p>{P2}</p><p>{P1}</p><p>{P3}</p>')}</main>")
    body = " ".join(extract_article(html, URL)["body"].split())
    for x in (P1, P2, P3, P3[:60]):
        assert " ".join(x.split()) in body
    assert body.count(" ".join(P2.split())) == 3  # the <dd>'s P2 too


def test_nested_sections_are_one_body_and_a_heading_slug_is_not_a_box_name():
    # Sphinx-like documentation: div.section inside div.section, each id the slug of its heading,
    # one of them "sharing-...", another "related-..." (words of the text, not a share row's name)
    sec = lambda ident, h, inner: f"<div class='section' id='{ident}'><h2>{h}</h2>{inner}</div>"
    inner = (sec("sharing-with-a-single-developer", "Sharing with a single developer", f"<p>{P2}</p><p>{P3}</p>")
             + sec("related-work-and-other-tools", "Related work and other tools", f"<p>{P3}</p><p>{P1}</p>"))
    html = _page(f"<div class='body'><div class='section' id='gov-plan'><h1>الحكومة تعلن خطة جديدة</h1>"
                 f"<p>{P1}</p>{inner}</div></div>")
    assert _paras(extract_article(html, URL)) == [x.strip() for x in (P1, "Sharing with a single developer", P2, P3,
                                                                     "Related work and other tools", P3, P1)]
    # a box whose id names it (not its heading's words) is still a box
    box = f"<div id='share-this-post-box'><h2>Share this</h2><p>{P3}</p></div>"
    html = _page(f"<div class='post'><h1>الحكومة تعلن خطة جديدة</h1><p>{P1}</p><p>{P2}</p>{box}</div>")
    assert _paras(extract_article(html, URL)) == [P1.strip(), P2.strip()]


def test_a_logo_h1_that_the_title_prints_after_the_headline_is_not_the_headline():
    # a blog platform: <h1> logo (the platform), <h1> blog name, the post's title an <h2>;
    # og:title and <title> are "post @ blog :: platform"
    full = "الحكومة تعلن خطة جديدة للدعم @ مدونة أحمد :: منصة المدونات ::"
    html = (f"<html><head><title>{full}</title><meta property='og:title' content='{full}'></head><body>"
            f"<div class='top'><h1 class='logo'>منصة المدونات</h1></div><h1><a href='/'>مدونة أحمد</a></h1>"
            f"<div class='post'><h2><a href='/p/1'>الحكومة تعلن خطة جديدة للدعم</a></h2>"
            f"<div class='text'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div></body></html>")
    item = extract_article(html, URL)
    assert item["title"] == "الحكومة تعلن خطة جديدة للدعم"
    assert _paras(item) == [P1.strip(), P2.strip(), P3.strip()]


def test_a_one_word_h1_is_a_label_and_loses_to_a_title_of_several_words():
    # the page's only <h1> is the section's name; nothing else agrees with either candidate
    html = ("<html><head><title>الحكومة تعلن خطة جديدة للدعم | موقع الأخبار</title></head><body>"
            f"<h1>سياسة</h1><div class='text'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></body></html>")
    assert extract_article(html, URL)["title"] == "الحكومة تعلن خطة جديدة للدعم"
    # a headline of several words still wins its tie against the <title>
    html = html.replace("<h1>سياسة</h1>", "<h1>وزير المالية يستقيل</h1>")
    assert extract_article(html, URL)["title"] == "وزير المالية يستقيل"


def test_teaser_cards_made_alike_are_not_parts_of_a_body():
    # a section listing whose cards are a headline, a date and an empty overlay link: made alike,
    # but with no paragraph of their own they are not a body's parts (a listing, not an article)
    card = ("<div class='Card_teaser'><h3 class='Card_title'>{t}</h3><span class='Card_date'>الاثنين 20 كانون الثاني 2025"
            "</span><a class='Card_link' href='/article/{i}'></a></div>")
    titles = ["مقتل 28 مدنيين بقصف على ريف درعا في جنوب البلاد",
              "صندوق النقد الدولي: ارتفاع عدد النازحين في تونس إلى 62 ألفاً",
              "الأمم المتحدة: ارتفاع عدد النازحين في سوريا إلى 17 ألفاً"]
    html = ("<html><head><title>أخبار | موقع</title></head><body><h1>أخبار</h1><main><div class='Listing_grid'>"
            + "".join(card.format(t=t, i=i) for i, t in enumerate(titles)) + "</div></main></body></html>")
    assert extract_article(html, "https://site.example/news/news") is None


def test_a_listing_of_cards_is_not_gathered_into_an_article():
    excerpt = P1[:130]  # an excerpt is short: seven of them are an article's length, one is not
    cards = "".join(f"<div class='card'><a href='/2024/01/0{i}/s'>عنوان الخبر رقم {i} في الموقع</a><p>{excerpt}</p></div>"
                    for i in range(1, 8))
    assert extract_article(_page(f"<div class='list'>{cards}</div>"), "https://site.example/category/news") is None


def test_a_headers_run_of_meta_spans_is_not_a_body():
    # a script fills the body later: the header's date, views and update spans must not stand in
    meta = ("<div class='m'><span>نُشر بتاريخ: <time>٣ كانون الثاني ٢٠٢٣ - ٠٥:١٨ ص</time></span><span>5٬853 مشاهدة</span>"
            "<span>تاريخ آخر تحديث: ٥ كانون الثاني ٢٠٢٣ - ٠٤:١٨ ص</span></div>")
    html = _page(f"<article><header><h1>الحكومة تعلن خطة جديدة</h1>{meta}</header>"
                 "<div id='body-1'><div aria-busy='true'>جارٍ التحميل</div></div></article>",
                 head='<meta property="og:type" content="article">')
    item = extract_article(html, URL)
    assert item is None or not item["body"]


def test_a_body_made_of_lists_counts_but_a_list_of_teasers_does_not():
    items = "".join(f"<li>{p}</li>" for p in (P1, P2, P3))
    html = _page(f"<h1>الحكومة تعلن خطة جديدة</h1><div class='c'><p>{P1[:90]}</p><ul>{items}</ul><ul>{items}</ul></div>"
                 f"<div class='x'><p>{P2}</p></div>", head='<meta property="og:type" content="article">')
    assert len(_paras(extract_article(html, URL))) == 7
    teasers = "".join(f"<li><a href='/2024/01/0{i}/s'>عنوان الخبر رقم {i} في الموقع</a> {P1[:130]}</li>" for i in range(1, 8))
    assert extract_article(_page(f"<ul class='list'>{teasers}</ul>"), "https://site.example/category/news") is None


def test_json_ld_article_body_is_a_second_opinion_when_ours_is_cut_short():
    import json

    def page(article_body):
        ld = json.dumps({"@type": "NewsArticle", "headline": "الحكومة تعلن خطة جديدة", "articleBody": article_body},
                        ensure_ascii=False)
        return _page(f"<h1>الحكومة تعلن خطة جديدة</h1><div class='c'><p>{P1}</p></div>"
                     f"<div class='more'><a class='btn' href='#'>أكمل القراءة</a></div>",
                     head=f'<script type="application/ld+json">{ld}</script>')

    full = f"{P1}\n{P2}\n{P3}"
    assert _paras(extract_article(page(full), URL)) == [P1.strip(), P2.strip(), P3.strip()]
    html_body = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"
    assert _paras(extract_article(page(html_body), URL)) == [P1.strip(), P2.strip(), P3.strip()]
    # another text (a teaser, another article) never replaces ours
    assert _paras(extract_article(page(f"{P2}\n{P3}\n{P2}"), URL)) == [P1.strip()]


def test_what_the_page_does_not_show_is_not_body():
    hidden = ("<p hidden>نص مخفي في الصفحة لا يراه القارئ أبداً ولا يظهر في المتصفح على الإطلاق.</p>"
              "<p style='display: none'>نص آخر مخفي بالأسلوب المضمن في الصفحة ولا يظهر للقارئ.</p>"
              "<div aria-hidden='true'>نسخة مكررة مخفية عن قارئات الشاشة من فقرة في الصفحة.</div>")
    html = _page(f"<h1>الحكومة تعلن خطة جديدة</h1><div class='c'><p>{P1}</p>{hidden}<p>{P2}</p></div>")
    assert _paras(extract_article(html, URL)) == [P1.strip(), P2.strip()]


def test_microdata_body_is_the_element_with_text_not_a_meta():
    html = _page(f"<h1>الحكومة تعلن خطة جديدة</h1><meta itemprop='articleBody' content='مقتطف'>"
                 f"<div class='wrap'><aside><p>{P3}{P3}</p></aside></div>"
                 f"<div itemprop='description articleBody'><p>{P1}</p><p>{P2}</p></div>")
    assert _paras(extract_article(html, URL)) == [P1.strip(), P2.strip()]


def test_the_lead_in_the_headlines_section_opens_a_body_split_across_sections():
    # a page of sibling sections: the first one holds the headline and goes on with the lead
    # (a paragraph, a list of points), the next ones hold the rest
    points = "".join(f"<li><h2>نقطة</h2><p>{x[:120]}</p></li>" for x in (P2, P3))
    sec = lambda name, paras: f"<section class='{name}'><h2>تفاصيل</h2>{''.join(f'<p>{x}</p>' for x in paras)}</section>"
    html = _page(f"<main><section class='intro'><div class='c'><h1>الحكومة تعلن خطة جديدة</h1><p>{P1}</p>"
                 f"<div class='anim'><img src='/a.png'></div></div><ul class='pts'>{points}</ul>"
                 f"<div class='note'><p>{P3}</p></div></section>"
                 f"{sec('more', (P2, P3, P1))}{sec('last', (P3, P2, P1))}</main>")
    body = _paras(extract_article(html, URL))
    assert body[:5] == [P1.strip(), "نقطة", P2[:120].strip(), "نقطة", P3[:120].strip()]
    assert body[5:] == [P3.strip()] + ["تفاصيل", P2.strip(), P3.strip(), P1.strip()] + [
        "تفاصيل", P3.strip(), P2.strip(), P1.strip()]


def test_a_subheading_that_links_to_its_own_anchor_is_body_not_a_link_list():
    # Markdown/Sphinx permalinks: <h2 id=x><a href=#x>…</a></h2> is the section's title; a table
    # of contents (links to the anchors) and a heading linking to another page are link lists
    toc = "<ul class='toc'><li><a href='#one'>القسم الأول</a></li><li><a href='#two'>القسم الثاني</a></li></ul>"
    html = _page(f"<h1>الحكومة تعلن خطة جديدة</h1><div class='c'>{toc}<p>{P1}</p>"
                 f"<h2 id='one'><a class='toclink' href='#one'>القسم الأول</a></h2><p>{P2}</p>"
                 f"<h3 id='two'><a href='#two'>القسم الثاني</a></h3><p>{P3}</p>"
                 f"<h3><a href='/2024/01/01/other'>خبر آخر في الموقع</a></h3><p>{P1}</p>"
                 f"<section id='three'><h2>القسم الثالث<a class='headerlink' href='#three'>¶</a></h2><p>{P2}</p></section>"
                 # a tab's header points at another place on the page: a link, not a heading
                 f"<h3><a href='#tab2'>آخر الأخبار</a></h3><p>{P3}</p></div>")
    assert _paras(extract_article(html, URL)) == [P1.strip(), "القسم الأول", P2.strip(), "القسم الثاني", P3.strip(),
                                                  P1.strip(), "القسم الثالث¶", P2.strip(), P3.strip()]


def test_rows_of_timestamped_data_in_a_pre_are_body_not_datelines():
    # a <pre> printing a query's result: each row opens with a timestamp, then a code and a
    # count; a row is not a dateline (a line that is only a date), which still goes
    rows = "\n".join(f"2024-01-03 10:{m:02d}:00+00 │ {code} │ {n}" for m, code, n in
                     ((0, 200, 4084), (1, 404, 0), (2, 500, 12)))
    html = _page(f"<h1>الحكومة تعلن خطة جديدة</h1><div class='c'><p>{P1}</p>"
                 f"<p>نشر في: 3 يناير 2024 - 10:30</p><pre>{rows}</pre><p>{P2}</p></div>")
    body = extract_article(html, URL)["body"]
    assert "4084" in body and "│ 500 │ 12" in body
    assert "نشر في" not in body

def test_a_block_laid_out_inline_does_not_cut_its_sentence():
    # A badge a widget or browser extension set inside a sentence: a <div> styled inline
    # (-webkit-inline-box, inline-block), with blocks of its own inside. The sentence stays one
    # line: its link is not left alone on a line, to go as a list of links.
    badge = ("<div class='badge' style='cursor: pointer; display: -webkit-inline-box; width: 16px'>"
             "<div class='badge-inner'><div class='icon'></div></div></div>")
    cite = (f"<div class='note'>ونقلت الصحيفة عن المتحدث <a href='https://news.example/report'>تقرير الوزارة "
            f"السنوي</a>{badge}، وقال إن الأرقام ستنشر كاملة الأسبوع المقبل.</div>")  # (a <p> would end at the <div>)
    html = _page(f"<h1>الحكومة تعلن خطة جديدة</h1><div class='c'><p>{P1}</p>{cite}<p>{P2}</p></div>")
    assert _paras(extract_article(html, URL)) == [
        P1.strip(), "ونقلت الصحيفة عن المتحدث تقرير الوزارة السنوي، وقال إن الأرقام ستنشر كاملة الأسبوع المقبل.",
        P2.strip()]


def test_paragraphs_in_a_box_laid_out_inline_stay_paragraphs():
    # `display:inline-block; width:100%` around paragraphs and a list (a page builder's wrapper):
    # blocks inside an inline-block box still stack; nothing runs together
    box = (f"<div class='row' style='display:inline-block; width:100%'><p>{P2}</p>"
           "<ul><li>نقطة أولى في تفاصيل الخطة الجديدة للحكومة</li><li>نقطة ثانية في تفاصيل الخطة</li></ul></div>")
    html = _page(f"<h1>الحكومة تعلن خطة جديدة</h1><div class='c'><p>{P1}</p>{box}<p>{P3}</p></div>")
    assert _paras(extract_article(html, URL)) == [
        P1.strip(), P2.strip(), "نقطة أولى في تفاصيل الخطة الجديدة للحكومة", "نقطة ثانية في تفاصيل الخطة", P3.strip()]


def test_a_lead_part_before_the_wrapper_of_the_other_parts_is_body():
    # The body split at two levels: the lead part stands before a wrapper that holds the other
    # parts (with an ad between them). The lead joins the parts, at their head; a teaser section
    # after the wrapper does not.
    html = _page("<h1>الحكومة تعلن خطة جديدة</h1><div class='story'>"
                 f"<div class='block lead'><div class='text'><p>{P1}</p></div></div>"
                 f"<div class='wrap'><div class='block'><div class='text'><p>{P2}</p><p>{P2}</p><p>{P2}</p></div></div>"
                 "<div class='slot'>إعلان</div>"
                 f"<div class='block'><div class='text'><p>{P3}</p></div></div></div>"
                 f"<div class='more'><p>{P3.replace('مراقبون', 'محللون')}</p></div></div>")
    assert _paras(extract_article(html, URL)) == [P1.strip(), P2.strip(), P2.strip(), P2.strip(), P3.strip()]


def test_a_list_of_links_to_other_sites_in_the_body_is_its_citations():
    # A list item that is only a link (or a name and a link) to another site is a source the
    # text cites and stays; one to the site itself (its own headlines) or to a social network
    # (a follow row) goes, as any list of links.
    html = _page("<h1>الحكومة تعلن خطة جديدة</h1><div class='c'>"
                 f"<p>{P1}</p><h3>المصادر</h3><ul>"
                 "<li><a href='https://data.worldbank.example/report/2024'>تقرير البنك الدولي عن الزراعة في المنطقة</a></li>"
                 "<li>الوزارة <a href='https://agri.gov.example/plan'>نص الخطة كاملاً</a></li></ul>"
                 f"<p>{P2}</p><ul>"
                 "<li><a href='https://site.example/2024/01/02/wheat'>ارتفاع أسعار القمح عالمياً</a></li>"
                 "<li><a href='/2024/01/01/rain'>أمطار غزيرة في الجنوب</a></li>"
                 "<li><a href='https://www.facebook.com/site.example'>صفحتنا على فيسبوك</a></li></ul></div>",
                 head="<link rel='canonical' href='https://site.example/2024/01/03/gov-plan'>")
    assert _paras(extract_article(html, URL.replace("site.example", "mirror.example"))) == [
        P1.strip(), "المصادر", "تقرير البنك الدولي عن الزراعة في المنطقة", "الوزارة نص الخطة كاملاً", P2.strip()]


def test_a_subheading_linked_to_another_site_stays_a_widgets_title_does_not():
    # A review's subheadings link to the product's own site: text of the body. A player's or
    # a widget's linked title (no paragraph beside it) is not.
    html = _page("<h1>الحكومة تعلن خطة جديدة</h1><div class='c'>"
                 f"<p>{P1}</p><h3><a href='https://tractors.example/model-x'>الجرار الجديد (20 ألف دولار)</a></h3>"
                 f"<p>{P2}</p><div class='player'><h2><a href='https://video.example/v/1'>فيديو: حصاد القمح</a></h2>"
                 "<div class='screen'></div></div></div>")
    assert _paras(extract_article(html, URL)) == [P1.strip(), "الجرار الجديد (20 ألف دولار)", P2.strip()]
