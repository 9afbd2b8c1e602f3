"""The HTML layer (newscrawler.html): decoding, cutting oversized pages, parsing."""

from newscrawler import html
from newscrawler.html import blocks, decode_html, page_text, parse_html


def test_undeclared_charset_is_utf8_or_windows_1256():
    text = "<p>خبر عاجل</p>"
    assert decode_html(text.encode("utf-8")) == text
    assert decode_html(text.encode("cp1256")) == text
    assert decode_html(text.encode("cp1256"), "text/html; charset=windows-1256") == text


def test_oversized_page_is_cut_and_says_so(monkeypatch):
    monkeypatch.setattr(html, "MAX_HTML_CHARS", 10)
    assert page_text("<p>ok</p>") == ("<p>ok</p>", False)
    assert page_text("<p>" + "x" * 20 + "</p>") == ("<p>" + "x" * 7, True)
    assert page_text(b"<p>" + b"x" * 40) == ("<p>" + "x" * 7, True)
    # Only the characters count: 10 two-byte letters are not cut, whatever their bytes.
    assert page_text(("ب" * 10).encode("utf-8")) == ("ب" * 10, False)
    assert page_text(("ب" * 10).encode("utf-16")) == ("ب" * 10, False)


def test_nothing_to_parse_is_none():
    assert parse_html("") is None and parse_html("  \n ") is None
    assert parse_html("<p>نص</p>").find(".//p").text == "نص"


def test_binary_bodies_are_not_pages():
    from newscrawler.html import looks_binary

    for data in (b"%PDF-1.7\n%\xe2\xe3", b"\x89PNG\r\n\x1a\n", b"\x1f\x8b\x08\x00", b"PK\x03\x04zip",
                 b"GIF89a", b"<html>\x00\x01binary</html>"):
        assert looks_binary(data), data
    for data in ("<!DOCTYPE html><html lang=ar><p>نص</p>".encode(), "<p>نص</p>".encode("cp1256"),
                 "\ufeff<p>نص</p>".encode("utf-16"), b""):
        assert not looks_binary(data), data


def test_spans_set_as_paragraphs_are_blocks_and_inline_spans_are_not():
    from newscrawler.html import blocks

    root = parse_html('<div>\n<span class="x">الفقرة الأولى.</span>\n<span style="display:block">الفقرة الثانية.</span>'
                      '<span style="display: block">الثالثة.</span>\n<p>نص <span>داخل</span> <span>الجملة</span> هنا.</p></div>')
    assert [b.text.strip() for b in blocks(root.find(".//div"))] == [
        "الفقرة الأولى.", "الفقرة الثانية.", "الثالثة.", "نص داخل الجملة هنا."]


def test_spans_a_script_set_beside_paragraphs_are_lines_of_their_own():
    from newscrawler.html import blocks

    # insertAdjacentHTML leaves no whitespace between the elements it inserts
    root = parse_html('<section><span>⏱ 3 دقائق</span><span>آخر تحديث - الأحد 21 يناير 2024</span>'
                      '<p>النص.</p></section><p><span>كلمة</span><span>أخرى</span></p>')
    assert [b.text for b in blocks(root.find(".//section"))] == [
        "⏱ 3 دقائق", "آخر تحديث - الأحد 21 يناير 2024", "النص."]
    # spans in a paragraph of their own, without blocks beside them, stay one line
    assert [b.text for b in blocks(root.findall(".//p")[1])] == ["كلمةأخرى"]


def test_removing_a_block_between_two_texts_keeps_them_apart():
    from newscrawler.html import blocks, css, remove

    root = parse_html('<div><span>٣ دقائق للقراءة</span><div class="share"><a href="#">فيسبوك</a></div>'
                      'نص الفقرة الأولى.<br>ثم الثانية.</div>')
    content = root.find(".//div")
    remove(css("div.share")(content))
    assert [line.strip() for b in blocks(content) for line in b.text.split("\n")] == [
        "٣ دقائق للقراءة", "نص الفقرة الأولى.", "ثم الثانية."]


def test_a_short_label_before_links_is_a_link_line():
    from newscrawler.html import blocks

    root = parse_html('<div><p><b>قد يعجبك أيضاً</b> <a href="/a">عنوان خبر آخر في الموقع</a></p>'
                      '<p>وقال الوزير في <a href="/b">مقابلة</a> إن الحكومة ستعلن خطتها قريباً.</p></div>')
    a, b = blocks(root.find(".//div"))
    assert a.is_links_only() and not b.is_links_only()
def test_blocks_know_the_element_they_stand_in():
    root = parse_html("<div id=c>lead <p class=a>one <b>bold</b><br>two</p>tail<div><span>three</span></div></div>")
    content = root.find(".//div[@id='c']")
    found = [(b.text, b.el.tag if b.el is not content else "content") for b in blocks(content)]
    assert found == [("lead ", "content"), ("one bold\ntwo", "p"), ("tail", "content"), ("three", "div")]


def test_valid_utf8_wins_over_a_legacy_charset_declaration():
    page = '<html><head><meta charset="windows-1256"></head><body><p>نص عربي</p></body></html>'
    assert "نص عربي" in decode_html(page.encode("utf-8"))  # saved as UTF-8, declaration left as it was
    assert "نص عربي" in decode_html(page.encode("cp1256"))  # what it declares
    assert "نص عربي" in decode_html(page.encode("utf-8"), "text/html; charset=windows-1256")
    chinese = '<html><head><meta charset="gb2312"></head><body><p>新电脑</p></body></html>'
    assert "新电脑" in decode_html(chinese.encode("gb2312")) and "新电脑" in decode_html(chinese.encode("utf-8"))
