"""HTML parsing and DOM-to-text helpers (pure functions over lxml trees)."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree
from lxml.cssselect import CSSSelector
from w3lib.encoding import html_to_unicode

BLOCK_TAGS = frozenset("""p div section article main header footer aside nav h1 h2 h3 h4 h5 h6 li ul ol
dl dt dd blockquote pre figure figcaption table thead tbody tr td th hr address details summary""".split())
SKIP_TAGS = frozenset("script style noscript template iframe svg form button input select textarea object embed".split())


def _guess_encoding(data: bytes) -> str:
    """For pages that declare no charset: UTF-8 if the bytes are UTF-8, else windows-1256
    (the legacy encoding of Arabic web pages; it decodes any byte sequence)."""
    try:
        data[:200_000].decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < 199_990:  # not just a character cut at the sample's end
            return "cp1256"
    return "utf-8"


def decode_html(data: str | bytes, content_type: str | bytes | None = None) -> str:
    """Text of an HTML document. Bytes are decoded by BOM, then the Content-Type header's
    charset, then <meta> charset, then `_guess_encoding`; but bytes that are valid UTF-8 (and
    not all ASCII) are UTF-8 whatever a legacy charset declaration says."""
    if isinstance(data, str):
        return data
    if isinstance(content_type, bytes):
        content_type = content_type.decode("latin-1")
    data = bytes(data)
    encoding, text = html_to_unicode(content_type, data, auto_detect_fun=_guess_encoding)
    name = encoding.replace("-", "").replace("_", "").lower()
    if name not in ("utf8", "ascii", "usascii") and "16" not in name and "32" not in name and not data.isascii():
        # A page that declares a legacy charset (windows-1256, gb2312) but whose bytes are valid
        # UTF-8 was saved or served as UTF-8: legacy Arabic or Chinese text is never valid UTF-8.
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
    return text


MAX_HTML_CHARS = 8_000_000  # longer pages are cut here (a truncated page still yields its beginning)
MAX_BYTES_PER_CHAR = 4  # no encoding takes more for one character: bytes beyond the cut are not decoded


# What a PDF, an image, an archive or an office file starts with (whatever its Content-Type says).
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"Rar!",
                 b"\xd0\xcf\x11\xe0", b"7z\xbc\xaf", b"RIFF", b"OggS", b"ID3")


def looks_binary(data: bytes) -> bool:
    """Whether a response body is not a text page: a known binary signature, or NUL bytes in
    its first kilobyte (no HTML page in any encoding that news sites use has them; UTF-16 pages,
    which do, start with a byte-order mark)."""
    head = data[:1024]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return head.startswith(_BINARY_MAGIC) or b"\x00" in head


def page_text(data: str | bytes, content_type: str | bytes | None = None) -> tuple[str, bool]:
    """(text of a page, whether it was cut at MAX_HTML_CHARS). Bytes that could only hold
    characters beyond the cut are not even decoded."""
    cut = False
    max_bytes = MAX_HTML_CHARS * MAX_BYTES_PER_CHAR
    if isinstance(data, (bytes, bytearray)) and len(data) > max_bytes:
        data, cut = data[:max_bytes], True
    text = decode_html(data, content_type)
    if len(text) > MAX_HTML_CHARS:
        text, cut = text[:MAX_HTML_CHARS], True
    return text, cut


def parse_html(text: str):
    """An lxml HTML tree, or None when there is nothing to parse."""
    if not text or not text.strip():
        return None
    text = text.replace("\x00", "")
    try:
        # lxml.etree's parser, not lxml.html's: the same tree, without lxml.html's Python-level
        # element class lookup on every element touched (a tenth of an extraction's time).
        root = etree.fromstring(text, parser=_parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    return root


_PARSERS = threading.local()


def _parser() -> etree.HTMLParser:
    """One HTML parser per thread (a parser must not be shared between threads)."""
    parser = getattr(_PARSERS, "parser", None)
    if parser is None:
        parser = _PARSERS.parser = etree.HTMLParser(encoding=None, remove_comments=True, huge_tree=True)
    return parser


@lru_cache(maxsize=512)
def css(selector: str) -> CSSSelector:
    return CSSSelector(selector)


def select_first(root, selectors) -> object | None:
    for sel in selectors:
        found = css(sel)(root)
        if found:
            return found[0]
    return None


def select_all(root, selectors) -> list:
    for sel in selectors:
        found = css(sel)(root)
        if found:
            return found
    return []


def walk(el):
    """("start" | "end", element) over `el` and the elements under it, in document order;
    comments left out, and the inside of scripts, styles and the other SKIP_TAGS not entered
    (their own "end" still comes, for their tail)."""
    walker = etree.iterwalk(el, events=("start", "end"))
    for event, node in walker:
        if not isinstance(node.tag, str):
            continue
        if event == "start" and node.tag in SKIP_TAGS:
            walker.skip_subtree()
            continue
        yield event, node


def text_of(el) -> str:
    """All text under `el`, whitespace collapsed, without scripts and styles."""
    if el is None:
        return ""
    parts = []
    walker = etree.iterwalk(el, events=("start", "end"))  # walk()'s loop, inline: the hot path
    for event, node in walker:
        if not isinstance(node.tag, str):
            continue
        if event == "start":
            if node.tag in SKIP_TAGS:
                walker.skip_subtree()
                continue
            if node.tag == "br" or node.tag in BLOCK_TAGS:
                parts.append(" ")  # "السابق<br>عنوان", "<p>a</p><p>b</p>": two words, not one
            if node.text:
                parts.append(node.text)
        else:
            if node.tag in BLOCK_TAGS:
                parts.append(" ")
            if node is not el and node.tail:
                parts.append(node.tail)
    return " ".join("".join(parts).split())


_NEWLINES = re.compile(r"[\r\n]+")


def _one_line(text: str) -> str:
    """Line breaks in source text as a space (HTML's white space); the regex only when there is one."""
    return _NEWLINES.sub(" ", text) if "\n" in text or "\r" in text else text


@dataclass
class Block:
    text: str
    links: list[tuple[str, str]] = field(default_factory=list)  # (href, anchor text)
    # The block-level element the text stands in (the root for text directly inside it).
    el: object = field(default=None, compare=False, repr=False)

    def is_links_only(self) -> bool:
        """Nothing but link text (a list of headlines, "طباعة | أرسل لصديق"), never prose."""
        return bool(self.links) and _links_only(self.text, self.links)

    def prose(self) -> str:
        """The block's text without its lines that are only links (<br>-separated lists)."""
        if not self.links or "\n" not in self.text:
            return self.text
        return "\n".join(line for line in self.text.split("\n")
                         if not line.strip() or not _links_only(line, self.links))


def _links_only(text: str, links: list[tuple[str, str]]) -> bool:
    """Nothing but link text, or link text behind a short label ("الوسوم: <a>…</a> <a>…</a>",
    "<b>قد يعجبك أيضاً</b> <a>…</a>"): at most 3 words and 24 characters besides the links,
    which hold at least as much text."""
    whole = " ".join(text.split())
    if not whole:
        return False
    rest = whole
    for _, anchor in links:
        if anchor:
            rest = rest.replace(anchor, "")
    rest = " ".join(re.sub(r"[\W_]+", " ", rest).split())
    if not rest:
        return True
    linked = len(whole) - len(rest)
    return len(rest.split()) <= 3 and len(rest) <= 24 and linked >= len(rest)


_DISPLAY_BLOCK = re.compile(r"display\s*:\s*(?:block|flex|grid|list-item)", re.I)
# A block-level tag laid out inline (`style="display:inline-block"`, `-webkit-inline-box`: a
# badge or an icon a browser extension or a widget script set inside a sentence) does not end
# the line: the sentence around it reads as one, its link not left alone on a line of its own
# (which would go as a list of links).
_DISPLAY_INLINE = re.compile(r"display\s*:\s*(?:-webkit-)?inline", re.I)


def _laid_inline(node) -> bool:
    """A block-level element its style lays out inline (see _DISPLAY_INLINE) that holds no block
    of text: a badge, an icon (empty <div>s inside it at most). Blocks inside an inline-block
    box still stack as blocks (`display:inline-block; width:100%` wrapping paragraphs, a page
    builder's or a clearfix's habit): such a box is a block like any other."""
    style = node.get("style")
    if not (style and _DISPLAY_INLINE.search(style)):
        return False
    return not any(isinstance(d.tag, str) and d.tag in BLOCK_TAGS and "".join(d.itertext()).strip()
                   for d in node.iterdescendants())


def _among_blocks(node, seen: dict | None = None) -> bool:
    """Whether a sibling of `node` is a block-level element: the inline elements between them
    stand as lines of their own (CSS's anonymous blocks). `seen` caches the answer per parent."""
    parent = node.getparent()
    if parent is None:
        return False
    if seen is not None and parent in seen:
        return seen[parent]
    found = any(isinstance(sib.tag, str) and sib.tag in BLOCK_TAGS for sib in parent)
    if seen is not None:
        seen[parent] = found
    return found


def _blockish(node, seen: dict | None = None) -> bool:
    """An inline element laid out as a paragraph: `style="display:block"`, or set on a line of
    its own in the source (only whitespace with a line break before and after it), as CMSs and
    front ends print paragraphs made of <span>s, or touching nothing but other elements beside
    block-level siblings, as a script's insertAdjacentHTML leaves them (no whitespace at all).
    Spans inside a sentence never stand so."""
    if node.tag not in ("span", "font"):
        return False
    if _DISPLAY_BLOCK.search(node.get("style") or ""):
        return True
    prev = node.getprevious()
    before = prev.tail if prev is not None else node.getparent().text if node.getparent() is not None else None
    after = node.tail
    if before and before.strip():
        return False
    if not before and not after and _among_blocks(node, seen):
        return True  # "<section><span>⏱ 3 دقائق</span><span>آخر تحديث …</span><p>": a script's DOM
    if after and after.strip():  # text follows: only when the span ends its source line
        return "\n" in (before or "") and after.lstrip(" \t").startswith(("\n", "\r"))
    return "\n" in (before or "") + (after or "") and (before is not None or prev is None) \
        and (after is not None or node.getnext() is None)


def blocks(root) -> list[Block]:
    """Split `root` into text blocks at block-level elements and <br>, keeping each block's links
    and the block-level element it stands in (`Block.el`).

    Iterative (no recursion), so deeply nested pages cannot overflow the stack.
    """
    out: list[Block] = []
    text: list[str] = []
    links: list[tuple[str, str]] = []
    open_blocks = [root]  # the block-level elements the walk is inside, innermost last
    mixed: dict = {}  # parent -> whether it has block-level children (see _among_blocks)
    inline: list = []  # the block-level elements laid out inline the walk is inside (_laid_inline)

    def flush() -> None:
        joined = "".join(text)
        if joined.strip():
            out.append(Block(joined, list(links), open_blocks[-1]))
        text.clear()
        links.clear()

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, node in walker:
        tag = node.tag if isinstance(node.tag, str) else None
        if event == "start":
            if tag is None:
                continue
            if tag in SKIP_TAGS:
                walker.skip_subtree()
                continue
            if tag in BLOCK_TAGS and node is not root and (inline or _laid_inline(node)):
                inline.append(node)  # laid out inline, or inside an element that is: no line of its own
            elif not inline and (tag in BLOCK_TAGS or (
                    tag in ("span", "font") and node is not root and _blockish(node, mixed))):
                flush()
                if node is not root:
                    open_blocks.append(node)
            elif tag == "br":
                text.append("\n")
            elif tag == "a" and node.get("href"):
                links.append((node.get("href"), text_of(node)))
            if node.text:
                text.append(node.text if tag == "pre" else _one_line(node.text))
        else:
            if inline and inline[-1] is node:
                inline.pop()
            elif not inline and (tag in BLOCK_TAGS or (
                    tag in ("span", "font") and node is not root and _blockish(node, mixed))):
                flush()
                if node is not root:
                    open_blocks.pop()
            if node is not root and node.tail:
                text.append(_one_line(node.tail))
    flush()
    return out


def remove(elements) -> None:
    """Detach elements from their tree, keeping their tail text in place. A block element that
    stood between two texts leaves a line break, so that they do not run together ("3 دقائق"
    <div share row> "النص" must not become one line "3 دقائق النص")."""
    for el in elements:
        parent = el.getparent()
        if parent is None:
            continue
        if el.tail and el.tail.strip() and el.tag in BLOCK_TAGS:
            br = etree.Element("br")
            br.tail, el.tail = el.tail, None
            parent.replace(el, br)
            continue
        if el.tail:
            prev = el.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + el.tail
            else:
                parent.text = (parent.text or "") + el.tail
        parent.remove(el)
