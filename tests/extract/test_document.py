"""Bare documents: a page that is nothing but its text is taken whatever its length; a short
page among a site's furniture, an error page, a list of links, or text that is not text are not."""

import pytest

from newscrawler.extract import extract_article, extract_tree
from newscrawler.extract.document import bare_document
from newscrawler.html import parse_html

URL = "https://example.org/notes/brief.html"
SENTENCE = "أعلنت وزارة الصحة افتتاح مستشفى جديد في المدينة يخدم عشرات الآلاف من السكان."


def test_a_short_page_that_is_only_its_text_is_a_document():
    html = f"<html><head><title>مستشفى جديد</title></head><body><div><div>{SENTENCE}</div></div></body></html>"
    item = extract_article(html, URL)
    assert item["title"] == "مستشفى جديد" and item["body"] == SENTENCE
    assert item["language"] == "ar" and item["content_hash"] and item["crawled_at"]


def test_a_documents_headings_list_items_and_lines_are_its_paragraphs():
    html = ("<html><head><title>Notes</title></head><body><h2>First case</h2><ol><li><p>One point made here.</p></li>"
            "</ol><a href='javascript:void(0)'><p>abc</p>def<br>ghi</a></body></html>")
    assert extract_article(html, URL)["body"].split("\n\n") == ["First case", "One point made here.", "abc", "def", "ghi"]


def test_the_headline_printed_again_is_not_the_body():
    html = f"<html><head><title>مستشفى جديد</title></head><body><h1>مستشفى جديد</h1><p>{SENTENCE}</p></body></html>"
    assert extract_article(html, URL)["body"] == SENTENCE
    assert extract_article("<html><body><article><h1>x</h1></article></body></html>", URL) is None


def test_a_documents_title_is_its_headline_without_the_sites_name():
    html = (f"<html><head><title>مستشفى جديد في المدينة - موقع الأخبار</title></head><body>"
            f"<h1>مستشفى جديد في المدينة</h1><p>{SENTENCE}</p><svg><title>شعار</title></svg></body></html>")
    item = extract_article(html, URL)
    assert item["title"] == "مستشفى جديد في المدينة" and item["body"] == SENTENCE
    html = f"<html><body><svg><title>شعار</title></svg><p>{SENTENCE}</p></body></html>"  # an icon's title is none
    assert extract_article(html, URL)["title"] is None


def test_a_page_without_any_title_keeps_its_text_with_title_none():
    para = "<p>" + SENTENCE * 3 + "</p>"
    item = extract_article(f"<html><body>{para * 3}</body></html>", URL)
    assert item["title"] is None and item["body"].count("\n\n") == 2
    assert extract_article(f"<html><body><p>{SENTENCE}</p></body></html>", URL)["title"] is None


@pytest.mark.parametrize("furniture", [
    "<nav><a href='/'>الرئيسية</a></nav>", "<header>موقع الأخبار</header>", "<footer>جميع الحقوق محفوظة</footer>",
    "<aside>الأكثر قراءة</aside>", "<form><input name='q'></form>", "<div role='navigation'>أقسام</div>",
])
def test_a_short_page_among_site_furniture_is_not_an_article(furniture):
    html = f"<html><head><title>من نحن</title></head><body>{furniture}<h1>من نحن</h1><p>{SENTENCE}</p></body></html>"
    assert extract_article(html, URL) is None


@pytest.mark.parametrize("html", [
    # Apache's and nginx's own error pages, a CDN's bot check, a proxy's, a CMS's soft 404
    "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\"><html><head><title>404 Not Found</title></head><body>"
    "<h1>Not Found</h1><p>The requested URL was not found on this server.</p></body></html>",
    "<html><head><title>403 Forbidden</title></head><body><center><h1>403 Forbidden</h1></center><hr>"
    "<center>nginx</center></body></html>",
    "<html><head><title>Just a moment...</title></head><body><div>Checking if the site connection is secure</div>"
    "</body></html>",
    "<html><head><title>Service Unavailable</title></head><body><p>The server is temporarily unable to service "
    "your request.</p></body></html>",
    "<html><head><title>Access Denied</title></head><body><h1>Access Denied</h1>You don't have permission to access "
    "this page. Reference #18.2f</body></html>",
    "<html><head><title>خطأ</title></head><body><p>الصفحة المطلوبة غير موجودة.</p></body></html>",
    "<html><head><title>موقع الأخبار</title></head><body><p>تم رفض الوصول إلى هذه الصفحة.</p></body></html>",
    # soft 404s in the wordings the article rules know, and status codes as titles
    "<html><head><title>404</title></head><body><h1>المقالة غير متوفرة</h1><p>ربما تم نقلها.</p></body></html>",
    "<html><body><h1>هذا الموضوع لم يعد متاحاً</h1></body></html>",
    "<html><head><title>خطأ 404</title></head><body><p>نعتذر منك.</p></body></html>",
    "<html><head><title>الموقع</title></head><body><p>الصفحة التي تبحث عنها غير موجودة.</p></body></html>",
    # walls and broken pages with no form or button: login, paywall, cookies, a template, PHP
    "<html><head><title>الموقع</title></head><body><p>يجب عليك تسجيل الدخول لمشاهدة هذا المحتوى.</p>"
    "<a href='/login'>دخول</a></body></html>",
    "<html><head><title>تقرير</title></head><body><p>هذا المحتوى حصري للمشتركين فقط.</p></body></html>",
    "<html><head><title>News</title></head><body><p>We use cookies to improve your experience.</p>"
    "<a href='#' onclick='accept()'>Accept</a> <a href='#'>Reject</a></body></html>",
    "<html><head><title>{{ title }}</title></head><body><p>{{ body }}</p></body></html>",
    "<html><head><title>Site</title></head><body><div>Error establishing a database connection</div></body></html>",
    "<html><head><title>الموقع</title></head><body><p>الموقع تحت الصيانة، عد لاحقاً.</p></body></html>",
])
def test_error_and_blocking_pages_are_not_documents(html):
    assert extract_article(html, URL) is None


def test_a_number_at_the_start_of_a_document_is_not_a_status_line():
    html = ("<html><head><title>Evacuation</title></head><body><p>450 people were moved from the valley "
            "overnight, officials said.</p></body></html>")
    assert extract_article(html, URL)["body"].startswith("450 people")


def test_a_list_of_links_or_of_cards_is_not_a_document():
    links = "".join(f"<p><a href='/a/{i}'>عنوان الخبر رقم {i} في الموقع</a></p>" for i in range(4))
    assert extract_article(f"<html><head><title>أخبار</title></head><body>{links}</body></html>", URL) is None
    cards = "".join(f"<div><h3>عنوان الخبر رقم {i} في الموقع</h3><a href='/a/{i}'></a></div>" for i in range(4))
    assert extract_article(f"<html><head><title>أخبار</title></head><body>{cards}</body></html>", URL) is None
    # a link inside a sentence is a document's own
    html = f"<html><head><title>ملاحظة</title></head><body><p>{SENTENCE} <a href='/x'>التفاصيل</a></p></body></html>"
    assert extract_article(html, URL)["body"].endswith("التفاصيل")


@pytest.mark.parametrize("junk", ["plain text, no markup at all", b"\x00\x01\x02\xff" * 100,
                                  "<html><body>\x01\x02\x03 \x04</body></html>", "<html><body> 12 / 34 </body></html>"])
def test_what_is_not_text_or_not_markup_is_not_a_document(junk):
    assert extract_article(junk, URL) is None


def test_a_crawl_does_not_take_bare_pages():
    # the spiders judge a page by its site (extract_tree): a bare short page at a site's URL is a stub
    from newscrawler.extract import NotAnArticle
    root = parse_html(f"<html><head><title>من نحن</title></head><body><h1>من نحن</h1><p>{SENTENCE}</p></body></html>")
    assert bare_document(root) is not None
    with pytest.raises(NotAnArticle):
        extract_tree(root, "https://site.example/news/100008", None)
