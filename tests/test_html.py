"""The HTML layer (newscrawler.html): decoding, cutting oversized pages, parsing."""

from newscrawler import html
from newscrawler.html import decode_html, page_text, parse_html


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
