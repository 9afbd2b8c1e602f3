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


def test_blocks_know_the_element_they_stand_in():
    root = parse_html("<div id=c>lead <p class=a>one <b>bold</b><br>two</p>tail<div><span>three</span></div></div>")
    content = root.find(".//div[@id='c']")
    found = [(b.text, b.el.tag if b.el is not content else "content") for b in blocks(content)]
    assert found == [("lead ", "content"), ("one bold\ntwo", "p"), ("tail", "content"), ("three", "div")]
