"""The generic path: finding the article in markup no profile describes.

Used for hosts without a profile and for profiled pages whose selectors find nothing.
Evidence in order: JSON-LD / meta (newscrawler.extract.structured), `itemprop` microdata,
then a main-content heuristic: the block whose own paragraphs hold the most prose, with
link-heavy and boilerplate blocks discounted.
"""

from __future__ import annotations

import re

from lxml import etree

from newscrawler.dates import is_date_only
from newscrawler.html import BLOCK_TAGS, SKIP_TAGS, css, text_of, walk

# Containers whose class/id says "this is the article body" (WordPress, Drupal, tagDiv, ...).
BODY_HINT = re.compile(r"entry-content|post-content|article-body|article-content|articlebody|story-body|"
                       r"node__content|field--name-body|td-post-content|news-content|article__body|"
                       r"content-body|post-body|text-content|article-text|details-body|wysiwyg", re.I)
DATE_HINT = re.compile(r"date|time|publish|posted|meta|byline", re.I)
# A date in the URL path: /2024/05/06/, /2024-05-06-, /20240506/
URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/\-_.]|$)|"
                      r"/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=/)")
_CANDIDATES = css("article, main, section, div, td, span, body")
WRAPPER_DEPTH = 4  # levels of single-paragraph wrappers a paragraph's score climbs through
_PARAGRAPHS = ("p", "blockquote", "h2", "h3", "h4", "pre")
LOOSE_MIN = 80  # characters of text standing loose in an element (between <br>s, in spans) that count
SIBLING_SHARE = 0.2  # a sibling of the best block scoring this share of it is more of the body
SIBLING_MIN = 100.0
TWIN_MIN = 1.0  # a sibling made like the best part (same tag and classes) that holds a paragraph (_holds_prose)
PART_LINKS = 0.33  # at most this share of a body part's text is link text (a rail of teasers is more)


_BLOCK_TAG_LIST = tuple(BLOCK_TAGS)


def _has_block(el) -> bool:
    return next(el.iterdescendants(*_BLOCK_TAG_LIST), None) is not None


_SENTENCE_END = re.compile(r"[.!?؟…](?:\s|$)")


_SKIP_TAG_LIST = tuple(SKIP_TAGS)


def _inline_text(el) -> str:
    """The text of an inline element: lxml's own walk (the hot loop), or text_of's when a script
    or another SKIP_TAGS element stands inside (its code is not text)."""
    if next(el.iterdescendants(*_SKIP_TAG_LIST), None) is not None:
        return text_of(el)
    return "".join(el.itertext())


def _loose_text(el) -> tuple[str, int]:
    """(text, link characters) of what stands directly in `el`, outside its block children: its
    own text, its children's tails and the text of its inline children (text between <br>s,
    runs of <span>s, <b> and <a> in a sentence)."""
    parts = [el.text or ""]
    links = 0
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag and tag not in BLOCK_TAGS and tag not in SKIP_TAGS and not _has_block(child):
            text = _inline_text(child)
            parts.append(text)
            if tag == "a":
                links += len(" ".join(text.split()))
            else:
                links += sum(len(" ".join(_inline_text(a).split())) for a in child.iter("a"))
        if child.tail:
            parts.append(child.tail)
    return " ".join(" ".join(parts).split()), links


def _child_prose(child) -> float:
    """The prose a child brings to its parent's own score: a paragraph (<p>, <blockquote>, a
    subheading) of 25 characters or more, or a list's items that hold a sentence (not teasers),
    each less twice its link text."""
    tag = child.tag if isinstance(child.tag, str) else ""
    score = 0.0
    if tag in _PARAGRAPHS:
        text = text_of(child)
        if len(text) >= 25:
            score += len(text) - 2 * _link_chars(child)
    elif tag in ("ul", "ol", "dl"):  # a list in the body: its items that hold a sentence (not teasers)
        for item in child:
            if isinstance(item.tag, str) and item.tag in ("li", "dd") and not is_card(item):
                text = text_of(item)
                if len(text) >= LOOSE_MIN:
                    score += len(text) - 2 * _link_chars(item)
    return score


def _own_text_score(el) -> float:
    """Prose directly inside `el`: its paragraph children (<p>, <blockquote>, subheadings), and
    its loose text when there is enough of it and it reads as prose (a body written between
    <br>s, a childless <div> or <span> holding a paragraph; not a header's run of date and
    view-count <span>s), each less twice its link text."""
    score = sum(_child_prose(child) for child in el)
    text, links = _loose_text(el)
    if len(text) >= 2 * LOOSE_MIN or (len(text) >= LOOSE_MIN and _SENTENCE_END.search(text)):
        score += len(text) - 2 * links
    return score


MERGE_LEVELS = 6  # how far above the best block a body split into parts is looked for


_PROSE = ("p", "li", "dd", "blockquote", "pre")


def _holds_prose(el) -> bool:
    """A paragraph of text in `el` that is not a heading nor mostly link text: what a part of a
    body has and a teaser card (a headline, a date, an overlay link) has not."""
    for child in el.iterdescendants(*_PROSE):
        text = text_of(child)
        if len(text) >= 25 and 2 * _link_chars(child) < len(text):
            return True
    return False


def _twin_key(el) -> tuple | None:
    """(tag, classes) of a block with a class, the shape its CMS gives every part of a body;
    None for a block without one (a bare <div> is like any other)."""
    classes = (el.get("class") or "").split()
    return (el.tag, tuple(sorted(classes))) if classes else None


def _outer_section(best, excluded: set, keep, headed: bool, is_boilerplate):
    """`best`, or the outermost of its next MERGE_LEVELS ancestors made like it (same tag and
    classes): a subsection of a document whose sections nest (Sphinx's div.section in
    div.section) is a part of the body, the outer section the body. Not past a block that holds
    the headline (unless `best` holds it too), a boilerplate box, or a block that is mostly links."""
    twin = _twin_key(best)
    if twin is None:
        return best
    outer = best
    for level, anc in enumerate(best.iterancestors()):
        if level >= MERGE_LEVELS or anc.tag == "body":
            break
        if keep is not None and not headed and keep in anc.iterdescendants():
            break
        if _twin_key(anc) == twin:
            if anc in excluded or is_boilerplate(anc) or _link_density(anc) > PART_LINKS:
                break
            outer = anc
    return outer


def _parts_after_headline(block, keep, below: dict, floor: float, excluded: set, is_boilerplate) -> list:
    """The body's opening parts inside `block`, a sibling of a body part that holds the headline
    (`keep`): a page of sibling sections whose first one opens with the headline and goes on
    with the article's lead (a lead paragraph, a first list of points, a notice) before the next
    sections. Going down the path from `block` to the headline, the children that come after the
    one holding the headline and that would be parts themselves (scoring `floor`, not mostly
    links, not a box or a card), in page order. Not inside a <header>: the headline's header
    (its dek, its byline) never goes into the body."""
    parts = []
    node = block
    while node is not keep and node.tag != "header":
        holder = next((c for c in node if c is keep or keep in c.iterdescendants()), None)
        if holder is None:
            break
        # going down, what follows the next holder comes before what was found so far
        parts = [child for child in holder.itersiblings()
                 if isinstance(child.tag, str) and child.tag not in SKIP_TAGS and child not in excluded
                 and below.get(child, 0.0) + _child_prose(child) >= floor
                 and _link_density(child) <= PART_LINKS and not is_boilerplate(child) and not is_card(child)] + parts
        node = holder
    return parts


def _merge_siblings(best, scores: dict, excluded: set, keep=None):
    """The body split across sibling blocks (text between related boxes, a run of <section>s,
    parts each in its own wrappers): when siblings of `best`, or of one of its next
    MERGE_LEVELS - 1 ancestors, score at least SIBLING_SHARE of it (or are prose paragraphs),
    they are the body's parts: they are moved, with the subheadings between them, into a new
    <div> set where the first one stood, and that <div> is the body. What stands between the
    parts (ads, share rows, related boxes) and the headline's header stay where they were.
    A sibling that holds the headline gives the parts that follow the headline in it
    (`_parts_after_headline`: the lead of a page of sections), not itself.
    Once parts are gathered the climb goes on: a part before the wrapper that holds them (a lead
    part set apart from the wrapper of the rest) joins them, at their head.
    Else `best` itself: when no part is found, when the climb reaches the block holding `keep`
    (the headline), or when the best block is a teaser card."""
    from newscrawler.extract.boilerplate import is_boilerplate

    if is_card(best):
        return best
    floor = max(SIBLING_MIN, SIBLING_SHARE * scores.get(best, 0.0))
    below: dict = {}  # element -> the best score in its subtree (a part in wrappers of its own)
    for el, score in scores.items():
        for up in (el, *el.iterancestors()):
            if below.get(up, 0.0) >= score:
                break
            below[up] = score
    # A headline inside the best block itself (Medium's first part opens with the <h1>) is no
    # reason to stop climbing: every ancestor holds it, and the siblings found never do.
    headed = keep is not None and any(keep is el for el in best.iter())
    best = _outer_section(best, excluded, keep, headed, is_boilerplate)
    node, body = best, None
    for _ in range(MERGE_LEVELS):
        parent = node.getparent()
        if parent is None or node.tag == "body" or (keep is not None and not headed and node is not best
                                                    and keep in node.iterdescendants()):
            break
        kept = [node]
        leads: dict = {}  # a sibling holding the headline -> the body's opening parts in it
        twin = _twin_key(node)
        for sib in parent:
            if sib is node or not isinstance(sib.tag, str) or sib.tag in SKIP_TAGS:
                continue
            if keep is not None and sib is not keep and keep in sib.iterdescendants() and sib not in excluded:
                opening = _parts_after_headline(sib, keep, below, floor, excluded, is_boilerplate)
                if opening:
                    leads[sib] = opening
                    kept.append(sib)
                continue
            # A sibling made like the part in hand (same tag, same classes: the CMS's next
            # section, step or chapter) needs only to hold some prose, not a share of the best block's score.
            need = TWIN_MIN if twin is not None and _twin_key(sib) == twin and _holds_prose(sib) else floor
            if (sib not in excluded and not is_boilerplate(sib) and not is_card(sib)
                    and not (keep is not None and (sib is keep or keep in sib.iterdescendants()))
                    and ((below.get(sib, 0.0) >= need and _link_density(sib) <= PART_LINKS)
                         or (sib.tag == "p" and _prose_paragraph(sib)))):
                kept.append(sib)
        if len(kept) > 1:
            places = sorted(parent.index(k) for k in kept)
            parts = [sib for sib in parent[places[0]:places[-1] + 1]
                     if any(sib is k for k in kept) or (sib.tag in ("h2", "h3", "h4") and isinstance(sib.tag, str))]
            if body is None:
                body = etree.Element("div")
                # Where the first part stood; after the headline's block when that comes first (the
                # headline stays where it was, with its header, before the body).
                parent.insert(min(parent.index(k) for k in kept if k not in leads), body)
                for part in parts:
                    for piece in leads.get(part, (part,)):
                        body.append(piece)  # moves it, with its tail
            else:
                # The body split at two levels: a lead part set before the wrapper that holds the
                # parts gathered below joins them, at their head. (Not what follows the wrapper:
                # on a listing, that is the next section's teasers.)
                lead = [piece for part in parts if any(n is node for n in part.itersiblings())
                        for piece in leads.get(part, (part,))]
                for i, piece in enumerate(lead):
                    body.insert(i, piece)
        node = parent
    return body if body is not None else best


_CARD = css("h1 a[href], h2 a[href], h3 a[href], h4 a[href], h5 a[href], a[href] h2, a[href] h3, a[href] h4")


CARD_MAX = 600  # characters: a teaser card's linked headline and excerpt, no more
CARD_TITLE = 20  # characters: a link that long opening a block is a headline, not a name in a sentence


def is_card(el) -> bool:
    """A teaser card: a short block (CARD_MAX) that opens with a linked headline, or holds one in
    a heading. Listings are rows of them; they are never a body, nor a part of one."""
    if _longer_than(el, CARD_MAX):
        return False
    if _CARD(el):
        return True
    first = _opening_link(el)
    return first is not None and len(text_of(first)) >= CARD_TITLE


def _longer_than(el, limit: int) -> bool:
    """Whether `el`'s text is longer than `limit` characters (spaces collapsed), reading no more
    of it than needed when it holds no script: the card test runs on a page's biggest blocks too."""
    if next(el.iterdescendants(*_SKIP_TAG_LIST), None) is not None:
        return len(text_of(el)) > limit  # a script's code is not text
    size = -1
    for piece in el.itertext():
        words = piece.split()
        if words:
            size += len(" ".join(words)) + 1
            if size > limit:
                return True
    return False


def _opening_link(el):
    """The <a href> that holds the first words of `el`'s text, or None."""
    links = []
    for event, node in walk(el):
        if event == "start":
            if node.tag == "a" and node.get("href"):
                links.append(node)
            if node.text and node.text.strip():
                return links[-1] if links else None
        else:
            if node.tag == "a" and node.get("href") and links:
                links.pop()
            if node is not el and node.tail and node.tail.strip():
                return links[-1] if links else None
    return None


def _link_chars(el) -> int:
    """Characters of link text under `el` (what counts against its prose)."""
    return sum(len(text_of(a)) for a in el.iter("a"))


def _link_density(el) -> float:
    size = len(text_of(el))
    return _link_chars(el) / size if size else 1.0


def _prose_paragraph(p) -> bool:
    text = text_of(p)
    links = _link_chars(p)
    return len(text) >= 80 and links < 0.25 * len(text)


def find_body(root, keep=None) -> tuple:
    """(the element that holds the article text, the best-scoring block in it), or (None, None).

    Blocks inside a labelled boilerplate box (newscrawler.extract.boilerplate) are never candidates.
    Each element scores the prose directly inside it (`_own_text_score`); a parent also gets
    the scores of its children that hold a single paragraph each (front ends that wrap every
    paragraph in its own <div>), so the container of all the paragraphs wins over one of them.
    A body split across siblings is gathered (`_merge_siblings`); `keep` (the headline) and
    its header never go into it.
    """
    # Microdata's body, when it holds text (not a <meta itemprop="articleBody" content=…>).
    hinted = [el for el in css("[itemprop~=articleBody]")(root) if el.tag != "meta" and len(text_of(el)) >= LOOSE_MIN]
    if hinted:
        return hinted[0], hinted[0]
    from newscrawler.extract.boilerplate import labelled_boxes

    # Never a block inside a box that says what it is: a comment form («اترك رداً»), an author
    # box («عن الكاتب»), a related list (their own <p>s may be the only prose on a page whose
    # body a script inserts later). Class names are not enough here: CMSs put whole posts in
    # containers named "widget".
    # Nor a reader's comment set as an <article> of its own (<article class="comment-body">).
    from newscrawler.extract.boilerplate import is_comment_or_related

    boxes = labelled_boxes(root) + [a for a in css("article")(root) if is_comment_or_related(a)]
    excluded = {el for box in boxes for el in box.iter()}  # elements: lxml proxies
    scores: dict = {}
    for el in _CANDIDATES(root):
        if el in excluded:
            continue
        own = _own_text_score(el)
        if own <= 0:
            continue
        scores[el] = scores.get(el, 0.0) + own
        # A one-paragraph wrapper passes its paragraph up, through as many wrappers as the
        # markup nests it in (<div><div><span>text</span></div></div>), to the container.
        node = el
        for _ in range(WRAPPER_DEPTH):
            parent = node.getparent()
            if parent is None or len([c for c in node if isinstance(c.tag, str)]) > 2:
                break
            if is_card(node):  # a teaser card's excerpt is not its listing's body
                break
            scores[parent] = scores.get(parent, 0.0) + own
            node = parent
    best, best_score = None, 0.0
    for el, score in scores.items():
        if BODY_HINT.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            score *= 1.5
        if score > best_score:
            best, best_score = el, score
    if best is None:
        return None, None
    return _merge_siblings(best, scores, excluded, keep), best


_HEADLINE_CANDIDATES = css("h1, h2, h3, [itemprop=headline], [itemprop=name], [class*=title], [class*=Title]")


def headline(root, title_hint: str | None, page_title: str | None = None):
    """The headline element.

    `title_hint` is a trusted title (JSON-LD headline, og:title): the element printing it wins.
    Else `page_title` (the <title>, site name and all): the longest heading-like element whose
    text is part of it (a blog's <h1> is often the blog's name, its post title an <h3>).
    Else the page's <h1>.
    """
    for el in css("[itemprop=headline]")(root):
        if text_of(el):
            return el
    h1s = [h for h in css("h1")(root) if text_of(h)]
    if title_hint:
        norm = " ".join(title_hint.split())
        for h in h1s:
            t = text_of(h)
            if not t:
                continue
            if norm.startswith(t) or t.startswith(norm):
                return h
            at = norm.find(t)
            # inside the hint, but after a longer text: the site's or blog's name that a title
            # prints after the headline ("Headline @ Blog :: Site"), a logo's <h1>
            if at >= 0 and not at > len(t):
                return h
    if page_title:
        norm = " ".join(page_title.split())
        best, best_len = None, 0
        for el in _HEADLINE_CANDIDATES(root):
            if len(el) > 3:
                continue
            t = text_of(el)
            if len(t) > best_len and len(t) >= 8 and t in norm:
                best, best_len = el, len(t)
        if best is not None and (not h1s or best_len > len(text_of(h1s[0]))):
            return best
    return h1s[0] if h1s else None


def _date_candidate(el) -> str | None:
    if el.tag == "time":
        return el.get("datetime") or text_of(el)
    if len(el) > 3:
        return None
    text = text_of(el)
    if not 6 <= len(text) <= 120:
        return None
    if DATE_HINT.search(f"{el.get('class') or ''} {el.get('id') or ''}") or is_date_only(text):
        return text
    return None


def dates_near(head, limit: int = 12, levels: int = 4) -> list[str]:
    """Texts next to the headline that may be its date (<time>, date-ish or date-only elements).

    Searched in the headline's parent (the article header), elements after the headline
    first, then one level up at a time (up to `levels`) while nothing is found; boilerplate
    blocks (comments, related posts ...) are skipped. The page header, where a "today" widget
    lives, has been removed before this runs.
    """
    from newscrawler.extract.boilerplate import is_boilerplate

    scope = head.getparent() if head is not None else None
    for _ in range(levels):
        if scope is None or scope.tag in ("body", "html"):
            return []
        after, before, passed = [], [], False
        walker = etree.iterwalk(scope, events=("start",))
        for _, el in walker:
            if el is head:
                passed = True
                walker.skip_subtree()
                continue
            if not isinstance(el.tag, str) or el is scope:
                continue
            if is_boilerplate(el):
                walker.skip_subtree()
                continue
            found = _date_candidate(el)
            if found:
                (after if passed else before).append(found)
        if after or before:
            return (after + before)[:limit]
        scope = scope.getparent()
    return []


def url_date(url: str) -> str | None:
    m = URL_DATE.search(url)
    if not m:
        return None
    y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    return f"{y}-{int(mo):02d}-{int(d):02d}"
