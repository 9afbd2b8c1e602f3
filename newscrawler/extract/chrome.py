"""The site's chrome, learned from the site: blocks that stand at the same place with the same
text on many pages of one host (pure functions and data, no Scrapy).

A crawl sees hundreds of pages of one host. Share rows, follow prompts, newsletter boxes,
widgets, author boxes, "٣ دقائق قراءة" lines are printed on most of its articles, at the same
place in the body, whatever their class names or labels. The model learns them from the pages:

    page_blocks(content, blocks) -> [PageBlock]   a body's blocks: template, signature, place
    learn_chrome(pages) -> ChromeModel             pages of one host in, a chrome model out
    ChromeModel.update(page)                       learn from one more page (incremental)
    ChromeModel.is_chrome(block), .strip(page)     judge a page's blocks
    ChromeModel.to_dict() / from_dict(data)        JSON, kept with the crawl's state

A block's *template* is its text with whitespace normalised and digits masked ("آخر تحديث:
٢٠٢٤/٥/٦" and "آخر تحديث: ٢٠٢٣/١١/٢" are one template); its *signature* the tag and class path
from the body container down to it; its *place* its position counted from the body's start
and from its end (the site's source line, which is never chrome, is not counted), and whether
it stands in an *edge run*: the blocks at the body's start or end, before the first (after the
last) block of text the host has not printed before. Structure and frequency decide together:

- a template is chrome when it occurs on at least MIN_PAGES pages of the host and on SHARE of
  them, as far as the pages seen can tell (the lower bound of its share's confidence interval,
  CONFIDENCE standard errors wide, reaches SHARE: about half the pages when 12 have been seen,
  a third after a few hundred), and stands there at a consistent place: the same signature in most (PLACED) of
  its occurrences, and in most of them the same position from the start, or the same from
  the end, or in an edge run (a newsletter box that some pages print before the author box
  moves the author box's position, not its run); a block placed by its run must stand in an
  edge run of chrome on the page it is removed from;
- a block that stands between two kept blocks (inside the body's prose) must also occur on at
  least INNER_SHARE of the pages;
- so text seen on fewer than MIN_PAGES pages is never chrome, and neither is a paragraph that
  wire stories repeat at varying places (the background paragraphs of `replica/`), nor the
  paragraphs of a body made only of repeated text (no text of its own anchors a run).

`extract_tree(..., chrome=model)` removes what the model calls chrome from the body. Memory is
bounded per host: at most MAX_TEMPLATES templates are tracked (the rarest and oldest are
evicted first), and every WINDOW pages all counts halve, so the model follows a redesign.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from newscrawler.html import Block, blocks

__all__ = ["PageBlock", "ChromeModel", "ChromePass", "page_blocks", "learn_chrome", "template",
           "article_page", "apply_chrome"]

MIN_PAGES = 3          # a template seen on fewer pages is never chrome
SHARE = 0.3            # ... nor one seen on fewer than this share of the host's pages
INNER_SHARE = 0.5      # the share needed by a block between two kept blocks
PLACED = 0.7           # the share of its occurrences a template must have at one place
CONFIDENCE = 1.0       # standard errors below its share seen that a template's share must still reach SHARE
READY_PAGES = 12       # pages a model needs before the spider trusts it (it holds items until then)
MAX_TEMPLATES = 4000   # templates tracked per host
WINDOW = 2000          # counts halve when this many pages have been seen since the last halving
MAX_PLACES = 6         # positions / signatures remembered per template
MAX_POSITION = 24
FAR = MAX_POSITION + 1  # a position beyond MAX_POSITION: not a place
SIGNATURE_DEPTH = 4
PREVIEW_CHARS = 60

_CLASS_DIGITS = re.compile(r"[0-9]+")
_DIGITS = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]+")
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def _line(text: str) -> str:
    """The text on one line: invisible characters out, whitespace collapsed (as normalise_line;
    str.split is cheaper than its expression, on every block of every page)."""
    return " ".join(_INVISIBLE.sub("", text).split())


def _masked(line: str) -> str:
    return _DIGITS.sub("#", line)


def template(text: str) -> str:
    """The text a block repeats with: invisible characters out, whitespace collapsed, each
    run of digits (Latin, Arabic-Indic, Persian) masked as one '#'."""
    return _masked(_line(text))


def _key(tpl: str) -> str:
    return hashlib.blake2b(tpl.encode("utf-8"), digest_size=8).hexdigest()


@dataclass(frozen=True, slots=True)
class PageBlock:
    """One block of a page's body, as the model sees it."""

    key: str              # hash of the template
    sig: str              # tag/class path from the body container to the block's element
    start: int            # position from the body's start (0 = first block)
    end: int              # position from its end (0 = last block)
    text: str             # the block's text as it goes into the body
    protected: bool = False  # never chrome (the site's source line: it fills `source`)


def _step(el) -> str:
    classes = sorted(_CLASS_DIGITS.sub("#", c)[:40] for c in (el.get("class") or "").split())
    return ".".join([el.tag if isinstance(el.tag, str) else "?", *classes[:3]])


def signature(el, content) -> str:
    """The path from `content` down to `el`: tags and (digit-masked) classes, innermost
    SIGNATURE_DEPTH steps; "." for text directly in the container."""
    if el is None:
        return "?"
    parts = []
    node = el
    while node is not None and node is not content and len(parts) < SIGNATURE_DEPTH:
        parts.append(_step(node))
        node = node.getparent()
    if node is not content:
        parts.append("…")
    return ">".join(reversed(parts)) or "."


def page_blocks(content, blocks_: list[Block] | None = None, protect: re.Pattern | None = None) -> list[PageBlock]:
    """The blocks of a body container (`blocks_`: its text blocks as the body is made of them;
    default: every block of `content` that is not only links). A block whose text `protect`
    matches is never chrome, and is not counted in the others' positions."""
    if blocks_ is None:
        blocks_ = [b for b in blocks(content) if not b.is_links_only()]
    found = []
    sigs: dict[int, str] = {}
    for b in blocks_:
        text = b.prose()
        line = _line(text)
        sig = sigs.get(id(b.el))
        if sig is None:
            sig = sigs[id(b.el)] = signature(b.el, content)
        found.append((_key(_masked(line)), sig, text, bool(protect is not None and protect.match(line))))
    n = sum(1 for f in found if not f[3])
    out, i = [], 0
    for key, sig, text, protected in found:
        out.append(PageBlock(key, sig, i, n - 1 - i if not protected else n - i, text, protected))
        i += not protected
    return out


def _edge_runs(page: list[PageBlock], inside: list[bool]) -> list[bool]:
    """Which blocks stand in the runs of `inside` blocks at the page's start and end; none when
    every block is inside (a page with no text of its own has no edge). Protected blocks
    neither end a run nor belong to one."""
    idx = [i for i, b in enumerate(page) if not b.protected]
    edge = [False] * len(page)
    if all(inside[i] for i in idx):
        return edge
    for order in (idx, idx[::-1]):
        for i in order:
            if not inside[i]:
                break
            edge[i] = True
    return edge


class _Template:
    __slots__ = ("count", "last", "sigs", "starts", "ends", "edge", "preview")

    def __init__(self, preview: str = ""):
        self.count = 0.0                   # pages it occurred on (halved every WINDOW pages)
        self.last = 0                      # the page number it was last seen on
        self.sigs: dict[str, float] = {}   # occurrences per signature, position from the start / end
        self.starts: dict[int, float] = {}
        self.ends: dict[int, float] = {}
        self.edge = 0.0                    # occurrences in an edge run
        self.preview = preview             # its first characters, for people reading the state


def _bump(places: dict, key, by: float = 1.0) -> None:
    if key in places:
        places[key] += by
    elif len(places) < MAX_PLACES:
        places[key] = by


def _top(places: dict) -> float:
    return max((n for k, n in places.items() if k != FAR), default=0.0)


class ChromeModel:
    """What one host prints on many pages at one place (see module doc)."""

    def __init__(self, *, min_pages: int = MIN_PAGES, share: float = SHARE, inner_share: float = INNER_SHARE,
                 placed: float = PLACED, ready_pages: int = READY_PAGES, max_templates: int = MAX_TEMPLATES,
                 window: int = WINDOW):
        self.min_pages, self.share, self.inner_share, self.placed = min_pages, share, inner_share, placed
        self.ready_pages, self.max_templates, self.window = ready_pages, max_templates, window
        self.pages = 0.0        # pages seen (halved with the counts)
        self.seen = 0           # pages seen, ever
        self.templates: dict[str, _Template] = {}

    @property
    def ready(self) -> bool:
        """Enough pages seen for its judgement to hold (the spider holds items until then)."""
        return self.seen >= self.ready_pages

    def update(self, page: Iterable[PageBlock]) -> None:
        """Learn from one more page of the host (a template counts once a page)."""
        page = list(page)
        edge = _edge_runs(page, [b.key in self.templates for b in page])  # runs of text printed before
        self.pages += 1
        self.seen += 1
        done = set()
        for b, at_edge in zip(page, edge):
            if b.key in done or b.protected:
                continue
            done.add(b.key)
            t = self.templates.get(b.key)
            if t is None:
                t = self.templates[b.key] = _Template(" ".join(b.text.split())[:PREVIEW_CHARS])
            t.count += 1
            t.last = self.seen
            t.edge += at_edge
            _bump(t.sigs, b.sig)
            _bump(t.starts, b.start if b.start <= MAX_POSITION else FAR)
            _bump(t.ends, b.end if b.end <= MAX_POSITION else FAR)
        if len(self.templates) > self.max_templates:
            self._evict()
        if self.pages >= 2 * self.window:
            self._halve()

    def _evict(self) -> None:
        """Keep the most frequent (then most recently seen) three quarters of the cap."""
        ranked = sorted(self.templates.items(), key=lambda kv: (kv[1].count, kv[1].last), reverse=True)
        self.templates = dict(ranked[:self.max_templates * 3 // 4])

    def _halve(self) -> None:
        self.pages /= 2
        for key, t in list(self.templates.items()):
            t.count /= 2
            t.edge /= 2
            if t.count < 1:
                del self.templates[key]
                continue
            for places in (t.sigs, t.starts, t.ends):
                for k in places:
                    places[k] /= 2

    def _frequent(self, t: _Template, share: float) -> bool:
        """Seen on MIN_PAGES pages, and on `share` of the host's pages as far as the pages seen
        can tell: the lower Wilson bound of its share (`CONFIDENCE` standard errors) must reach
        `share`. A few pages say little: 4 of 13 pages (31 %) is a paragraph that a handful of
        stories repeat as often as it is a widget; 8 of 12, or 40 of 100, is the site's."""
        if t.count < self.min_pages or t.count < share * self.pages:
            return False
        n, z = self.pages, CONFIDENCE
        p = t.count / n
        low = (p + z * z / (2 * n) - z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))) / (1 + z * z / n)
        return low >= share

    def _candidate(self, block: PageBlock) -> _Template | None:
        """The block's template when it is frequent and the block has its usual signature."""
        if block.protected:
            return None
        t = self.templates.get(block.key)
        if t is None or not self._frequent(t, self.share):
            return None
        need = self.placed * t.count
        return t if _top(t.sigs) >= need and t.sigs.get(block.sig, 0.0) >= need else None

    def _at_position(self, t: _Template) -> bool:
        need = self.placed * t.count
        return _top(t.starts) >= need or _top(t.ends) >= need

    def _in_runs(self, t: _Template) -> bool:
        return t.edge >= self.placed * t.count

    def is_chrome(self, block: PageBlock) -> bool:
        """Whether the block's template is chrome of this host and the block has its usual
        signature (`strip` also checks, on the page, a block placed by its edge run)."""
        t = self._candidate(block)
        return t is not None and (self._at_position(t) or self._in_runs(t))

    def strip(self, page: list[PageBlock]) -> tuple[list[PageBlock], int]:
        """(the blocks of a page that are not chrome, how many were), by the rules of the module doc."""
        cand = [self._candidate(b) for b in page]
        if not any(cand):
            return list(page), 0
        edge = _edge_runs(page, [t is not None for t in cand])
        flags = [t is not None and (self._at_position(t) or (at_edge and self._in_runs(t)))
                 for t, at_edge in zip(cand, edge)]
        kept = [i for i, b in enumerate(page) if not flags[i] and not b.protected]
        if kept:  # inside the body's prose: only what the host prints on INNER_SHARE of its pages
            for i in range(kept[0] + 1, kept[-1]):
                if flags[i] and not self._frequent(cand[i], self.inner_share):
                    flags[i] = False
        out = [b for b, chrome in zip(page, flags) if not chrome]
        return out, len(page) - len(out)

    def body(self, page: list[PageBlock]) -> tuple[str, int]:
        """(the body of a page without its chrome, how many blocks were removed)."""
        kept, removed = self.strip(page)
        return "\n\n".join(b.text for b in kept), removed

    def chrome_templates(self) -> list[str]:
        """Previews of the templates currently judged chrome, most frequent first."""
        need = self.placed
        found = [t for t in self.templates.values()
                 if self._frequent(t, self.share) and _top(t.sigs) >= need * t.count
                 and (self._at_position(t) or self._in_runs(t))]
        return [t.preview for t in sorted(found, key=lambda t: -t.count)]

    # --- serialisation (JSON) ------------------------------------------------------------

    def to_dict(self) -> dict:
        return {
            "version": 1, "pages": self.pages, "seen": self.seen,
            "templates": {key: {"n": t.count, "last": t.last, "edge": t.edge, "text": t.preview,
                                "sig": [[k, n] for k, n in t.sigs.items()],
                                "start": [[k, n] for k, n in t.starts.items()],
                                "end": [[k, n] for k, n in t.ends.items()]}
                          for key, t in self.templates.items()},
        }

    @classmethod
    def from_dict(cls, data: dict, **params) -> ChromeModel:
        """The model `to_dict` gave (ValueError when `data` is not one)."""
        if not isinstance(data, dict) or data.get("version") != 1:
            raise ValueError("not a chrome model (version 1)")
        model = cls(**params)
        try:
            model.pages, model.seen = float(data["pages"]), int(data["seen"])
            for key, d in data["templates"].items():
                t = _Template(str(d.get("text", "")))
                t.count, t.last, t.edge = float(d["n"]), int(d["last"]), float(d["edge"])
                t.sigs = {str(k): float(n) for k, n in d["sig"][:MAX_PLACES]}
                t.starts = {int(k): float(n) for k, n in d["start"][:MAX_PLACES]}
                t.ends = {int(k): float(n) for k, n in d["end"][:MAX_PLACES]}
                model.templates[str(key)] = t
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"not a chrome model: {exc!r}") from None
        if len(model.templates) > model.max_templates:
            model._evict()
        return model

    def __getstate__(self) -> dict:  # pickled (JOBDIR's spider state) as its JSON form
        return self.to_dict()

    def __setstate__(self, state: dict) -> None:
        self.__init__()
        loaded = ChromeModel.from_dict(state)
        self.pages, self.seen, self.templates = loaded.pages, loaded.seen, loaded.templates


class ChromePass:
    """A page going through a model: the `chrome=` argument of `extract_tree` for callers that
    learn from the page afterwards. After extraction `page` holds the page's blocks (for
    `model.update`) and `removed` how many the model took out of its body. With
    `apply=False` the page is only looked at (a model still learning: the caller judges the
    page's blocks later, `model.body(page)`)."""

    __slots__ = ("model", "apply", "page", "removed")

    def __init__(self, model: ChromeModel, apply: bool = True):
        self.model = model
        self.apply = apply
        self.page: list[PageBlock] = []
        self.removed = 0


def apply_chrome(chrome: ChromeModel | ChromePass, content, body_blocks: list[Block],
                 protect: re.Pattern | None = None) -> list[Block]:
    """The body blocks of `content` that the model does not call chrome (extract_tree's step)."""
    model = chrome.model if isinstance(chrome, ChromePass) else chrome
    page = page_blocks(content, body_blocks, protect)
    if isinstance(chrome, ChromePass):
        chrome.page = page
        if not chrome.apply:
            return body_blocks
    kept, removed = model.strip(page)
    if isinstance(chrome, ChromePass):
        chrome.removed = removed
    if not removed:
        return body_blocks
    keep = {id(b) for b in kept}
    return [block for block, b in zip(body_blocks, page) if id(b) in keep]


def article_page(html: str | bytes, url: str) -> list[PageBlock] | None:
    """The body blocks of an article page as extraction finds them (None: not an article)."""
    from newscrawler.extract.core import extract_raw  # core imports this module

    seen = ChromePass(ChromeModel())
    if extract_raw(html, url, chrome=seen, documents=False) is None:
        return None
    return seen.page


def learn_chrome(pages: Iterable, **params) -> ChromeModel:
    """A chrome model learned from pages of one host: each a list of PageBlock
    (`page_blocks`), or an (html, url) pair of an article page."""
    model = ChromeModel(**params)
    for page in pages:
        if isinstance(page, tuple):
            page = article_page(*page)
            if page is None:
                continue
        model.update(page)
    return model
