"""Share rows (newscrawler.extract.boilerplate.is_share_row): removed on any page, whatever their markup."""

import pytest

from newscrawler.extract import extract_article
from newscrawler.extract.boilerplate import is_share_row, is_share_url
from newscrawler.html import parse_html
from tests.support.pages import article_file, page_html

ORIGIN = "http://127.0.0.1:8080"
PARA = "فقرة من نص الخبر تتحدث عن تطورات مهمة في المنطقة خلال الأسبوع الماضي وردود الفعل عليها. " * 2
FB = "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fsite.example%2Fnews%2F12345"
ROWS = {
    "label-and-one-link-in-a-p": f'<p class="Article_x9F2a"><span>شارك هذا المقال:</span> <a href="{FB}">فيسبوك</a></p>',
    "label-only-word": f'<div class="q1w2e3"><b>مشاركة</b> <a href="{FB}">f</a> '
                       '<a href="https://x.com/intent/post?url=u">x</a></div>',
    "icons-without-label": '<div class="css-1x2y3z"><a href="https://wa.me/?text=u"><svg></svg></a>'
                           '<a href="https://t.me/share/url?url=u"><i class="i"></i></a>'
                           '<a href="mailto:?subject=s&amp;body=u"></a></div>',
    "list-with-label": '<section class="S_row"><h4>شارك عبر</h4><ul><li><a href="https://api.whatsapp.com/send?text=u">'
                       'واتساب</a></li><li><a href="https://www.linkedin.com/shareArticle?mini=true&amp;url=u">'
                       'لينكدإن</a></li><li><a href="/print/12345">طباعة</a></li></ul></section>',
    "english-label": f'<p class="zz"><span>Share this article:</span> <a href="{FB}">Facebook</a> | '
                     '<a href="https://twitter.com/intent/tweet?url=u">Twitter</a></p>',
}


def article(*blocks: str) -> str:
    return ("<html><head><title>عنوان الخبر الرئيسي هنا - موقع</title></head><body><article>"
            "<h1>عنوان الخبر الرئيسي هنا</h1><div class='Story_body__a1b2'>" + "".join(blocks) +
            "</div></article></body></html>")


@pytest.mark.parametrize("row", ROWS, ids=list(ROWS))
def test_share_row_is_removed_on_a_single_generic_page(row):
    item = extract_article(article(f"<p>{PARA}</p>", f"<p>{PARA}ثانية</p>", ROWS[row]), "https://site.example/news/12345")
    assert item["body"] == f"{PARA.strip()}\n\n{PARA}ثانية"


@pytest.mark.parametrize("row", ROWS, ids=list(ROWS))
def test_share_row_is_removed_on_the_profiled_path(truth, row):
    art = next(a for a in truth["articles"] if a["listed"] and not a["needs_js"])
    html = page_html(article_file(art["url"]), ORIGIN)
    html = html.replace('<div class="post-content">', '<div class="post-content">' + ROWS[row], 1)
    html = html.replace("\n  </div>\n  <div class=\"share-row\">", ROWS[row] + "\n  </div>\n  <div class=\"share-row\">", 1)
    assert html.count(ROWS[row]) == 2
    item = extract_article(html, ORIGIN + art["url"])
    assert item["body"] == art["body"]


def test_paragraph_with_one_share_link_inline_is_prose_and_stays():
    inline = ('<p class="Article_x9F2a">وقال الوزير في تغريدة <a href="https://twitter.com/intent/tweet?text=t">'
              'شاركها</a> آلاف المستخدمين إن الحكومة ستعلن خطة جديدة الأسبوع المقبل.</p>')
    item = extract_article(article(f"<p>{PARA}</p>", inline), "https://site.example/news/12345")
    assert item["body"].split("\n\n")[1] == ("وقال الوزير في تغريدة شاركها آلاف المستخدمين إن الحكومة ستعلن "
                                             "خطة جديدة الأسبوع المقبل.")


def test_meta_row_with_a_date_and_share_icons_keeps_its_date():
    meta = f'<div class="meta_x"><time datetime="2024-05-06T10:00:00+03:00">٦ أيار ٢٠٢٤</time><a href="{FB}">f</a></div>'
    item = extract_article(article(meta, f"<p>{PARA}</p>", f"<p>{PARA}</p>"), "https://site.example/news/12345")
    assert item["published_at"] == "2024-05-06T10:00:00+03:00"
    root = parse_html(article(meta))
    assert not is_share_row(root.find(".//div[@class='meta_x']"))


def test_follow_links_are_not_share_links():
    for href in ("https://www.facebook.com/thelevantnews", "https://twitter.com/thelevantnews", "https://t.me/levant",
                 "https://wa.me/96170000000", "https://api.whatsapp.com/send?phone=96170000000",
                 "mailto:editor@site.example?subject=hi", "/share/12345", None, ""):
        assert not is_share_url(href), href
    for href in (FB, "https://twitter.com/intent/tweet?url=u", "https://x.com/intent/tweet?url=u", "whatsapp://send?text=u",
                 "https://telegram.me/share/url?url=u", "https://www.linkedin.com/sharing/share-offsite/?url=u",
                 "mailto:?body=u", "https://www.reddit.com/submit?url=u", "https://vk.com/share.php?url=u",
                 "https://pinterest.com/pin/create/button/?url=u"):
        assert is_share_url(href), href
