"""Markup the code was not written for: a seeded rewrite of a page's class names and wrappers.

`scramble(html, seed)` renames every class and id to a hash (as CSS modules do: the same name
gives the same hash within one seed), wraps elements in extra <div>s and links in extra
<span>s; with `landmarks=False` the page loses its landmark elements and roles too (<nav>,
<header>, <footer>, <aside>, <main>, <section> become <div>), with `rel=False` its rel
attributes. What the page says (text, links, structured data) stays as it was, so discovery
and extraction must find the same sections, menu and pagination on it.
"""

from __future__ import annotations

import hashlib
import random
import shutil
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from newscrawler.html import parse_html

LANDMARKS = ("nav", "header", "footer", "aside", "main", "section")
_BLOCKS = frozenset(("div", "section", "nav", "header", "footer", "aside", "main", "article", "ul", "ol",
                     "figure", "form", "h1", "h2", "h3"))
_INLINE_PARENTS = frozenset(("p", "a", "span", "b", "strong", "em", "i", "h1", "h2", "h3", "h4", "li", "td",
                             "figcaption", "time", "small", "label", "button"))


def _hash(seed: int, name: str) -> str:
    return "_" + hashlib.sha1(f"{seed}:{name}".encode()).hexdigest()[:7]


def scramble(html: str, seed: int, *, landmarks: bool = True, rel: bool = True, wrap: float = 0.35,
             wrap_seed: int | None = None) -> str:
    """`html` rewritten (see module doc): class names by `seed`, wrappers by `wrap_seed` (default `seed`)."""
    root = parse_html(html)
    rng = random.Random(seed if wrap_seed is None else wrap_seed)
    body = root.find("body")
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.get("class"):
            el.set("class", " ".join(_hash(seed, c) for c in el.get("class").split()))
        if el.get("id"):
            el.set("id", _hash(seed, el.get("id")))
        if not landmarks:
            if el.tag in LANDMARKS:
                el.tag = "div"
            if "role" in el.attrib:
                del el.attrib["role"]
        if not rel and "rel" in el.attrib and el.tag != "link":
            del el.attrib["rel"]
    if not rel:
        for link in root.iter("link"):
            if "next" in (link.get("rel") or "") or "prev" in (link.get("rel") or ""):
                link.getparent().remove(link)
    targets = [el for el in body.iter() if isinstance(el.tag, str) and el is not body]
    for el in targets:
        parent = el.getparent()
        if parent is None or parent.tag in _INLINE_PARENTS and el.tag != "a":
            continue
        if el.tag in _BLOCKS and parent.tag not in _INLINE_PARENTS and rng.random() < wrap:
            tag = "div"
        elif el.tag == "a" and rng.random() < wrap:
            tag = "span"
        else:
            continue
        for _ in range(rng.randint(1, 2)):
            wrapper = etree.Element(tag, {"class": _hash(seed, f"w{rng.random()}")})
            parent.replace(el, wrapper)
            wrapper.append(el)  # the element's tail stays with it: move it to the wrapper
            wrapper.tail, el.tail = el.tail, None
            parent = wrapper
    return lxml_html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>")


def scramble_site(src: Path, dst: Path, seed: int, **options) -> Path:
    """A copy of a built site (replica/site) with every page scrambled (`scramble`), each page
    with its own seed drawn from `seed`, the same class names hashed alike."""
    shutil.copytree(src, dst)
    for i, page in enumerate(sorted(dst.rglob("*.html"))):
        page.write_text(scramble(page.read_text(encoding="utf-8"), seed, wrap_seed=seed * 100_003 + i, **options),
                        encoding="utf-8")
    return dst
