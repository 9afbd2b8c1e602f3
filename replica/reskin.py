"""Re-skins of the replica: the same truth under randomised markup, one site per seed.

    python -m replica.reskin --seed N --out DIR [--serve]

`build_reskin(out, seed)` picks a smaller replica (14-20 of the replica's articles over 3-4
of its sections, read-also-only articles and repeated "background" paragraphs kept) and
renders it the way another CMS would: a naming scheme (`replica.reskin_names`: hashed CSS
modules, data-testid, BEM, ASP.NET `ctl00_` ids, WordPress themes, Drupal, Blogger), wrapper
depth, paragraphs as `<p>`, `<div>`, `<span>` or `<br><br>`-separated text, the chrome Arabic
CMSs print inside and after the content container (`replica.reskin_text`), the publication
date in JSON-LD, `<time datetime>`, Levantine or Egyptian words or only in the URL, bodies a
script inserts (a script variable, `fetch()` of same-host JSON, a framework data blob,
`document.write`), listings and pagination in other URL shapes and markup.

The article URLs keep the replica's shape (`/article/<slug><month>-<d>,-<yyyy>,-<h>:<mm>-<am|pm>`).
`truth.json` in `out` holds, per article, the replica's truth fields, plus `listing_pages`
(every section page and pagination page), `chrome_strings` (every piece of chrome this skin
printed that no true body contains) and `skin` (the choices drawn, for failure messages).
`replica.server` serves the folder (`python -m replica.server --site DIR`).

Like the replica, a skin serves robots.txt with Sitemap lines, `/sitemap_index.xml` with its
monthly sitemaps (the oldest gzipped), `/news-sitemap.xml`, `/feed/` and `/feed/atom/`
(`replica.build.discovery_files`), and holds 2-3 of the replica's old archive articles (own
random stream, drawn after everything else) with pages in the skin's markup that only the
sitemaps list (truth `sitemap_only`; `listed` is False). Every truth record has `lastmod`
(the sitemap's value); the top level has `sitemap_index`, `sitemaps`, `news_sitemap`, `feeds`.

Nothing here looks at the crawler: the markup is drawn from what real sites print.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from html import escape
from pathlib import Path
from urllib.parse import quote, urlsplit

from replica import reskin_text as T
from replica.build import FEED_LINKS, discovery_files, robots_txt, truth_record
from replica.content import READ_ALSO_LABELS, SITE_TZ, Article, build_site_model
from replica.reskin_names import SCHEMES, WP_THEMES, Names
from replica.server import query_file, query_key

PARA_FORMS = ("p", "div", "span", "br")
JS_WAYS = ("variable", "fetch", "blob", "document_write")
DATE_FORMS = ("jsonld", "time", "levantine", "egyptian", "url")
# name -> (first page, page n >= 2); {slug} the section's slug, {name} its Arabic name,
# {id} a numeric id, {n} the page number, {n0} the 0-based page (Drupal), {offset} items skipped.
LISTING_URLS = {
    "section-query": ("/section/{slug}", "/section/{slug}?page={n}"),                 # the replica's own
    "category-path": ("/category/{slug}/", "/category/{slug}/page/{n}/"),            # WordPress
    "category-arabic": ("/category/{name}/", "/category/{name}/page/{n}/"),          # WordPress, Arabic slugs
    "bare-query": ("/{slug}", "/{slug}?page={n}"),                                   # Next.js and others
    "drupal-term": ("/taxonomy/term/{id}", "/taxonomy/term/{id}?page={n0}"),         # Drupal, 0-based pages
    "aspx": ("/Section.aspx?id={id}", "/Section.aspx?id={id}&page={n}"),             # ASP.NET WebForms
    "path-number": ("/news/{slug}", "/news/{slug}/{n}"),
    "offset": ("/{slug}/", "/{slug}/?start={offset}"),                              # offset paging
}
SCHEME_LISTINGS = {
    "hashed": ["bare-query", "path-number", "section-query", "category-arabic"],
    "testid": ["bare-query", "path-number", "section-query", "offset"],
    "bem": ["section-query", "category-path", "path-number", "bare-query", "offset"],
    "aspnet": ["aspx", "section-query", "bare-query"],
    "wordpress": ["category-path", "category-arabic", "category-path"],
    "drupal": ["drupal-term", "bare-query"],
    "blogger": ["offset", "bare-query", "section-query"],
}
PAGER_STYLES = ("numbers", "numbers-next", "next-only", "load-more-link", "numbers-info")
CARD_STYLES = ("teaser", "list", "block-link", "overlay", "table")
SECTION_IDS = {"news": 3, "politics": 7, "economy": 12, "opinion": 15, "files": 21}
SITE_NAME = "ليفانت نيوز"
SHARE_ICON = '<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><path d="M12 2a10 10 0 1 0 0 20"/></svg>'
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def normalise(text: str) -> str:
    """The documented text normalisation (README): invisible characters out, spaces collapsed."""
    return " ".join(_INVISIBLE.sub("", text).replace("\u00a0", " ").split())


def chrome_pattern(s: str) -> re.Pattern:
    """`s` as a whole-word match (so «شارك» does not match inside «تشارك»)."""
    return re.compile(r"(?<!\w)" + re.escape(normalise(s)) + r"(?!\w)")


def contains_chrome(body: str, s: str) -> bool:
    return bool(chrome_pattern(s).search(normalise(body)))


@lru_cache(maxsize=1)
def _model() -> dict:
    return build_site_model()


def _esc(text: str) -> str:
    return escape(text, quote=True)


# --- the choices of one skin ------------------------------------------------------------------


@dataclass
class SkinArticle:
    a: Article
    listed: bool = True
    date_form: str = "url"
    date_style: int = 0
    jsonld: str | None = None          # None, "plain", "graph", "array"
    jsonld_section: bool = False
    modified: datetime | None = None
    show_updated: bool = False
    needs_js: bool = False
    js_way: str | None = None
    js_variant: int = 0
    read_also: list = field(default_factory=list)   # (position, label, target key, decoration)
    ad: bool = False
    related_inline: bool = False
    inline_figure: bool = False

    @property
    def key(self) -> str:
        return self.a.key


@dataclass
class Skin:
    seed: int
    scheme: str
    theme: str | None
    para_form: str
    para_variant: str
    text_blocks: bool
    empty_paras: bool
    listing: str
    page_size: int
    pager: str
    pager_rel_next: bool
    pager_head_link: bool
    pager_href: str
    next_label: str
    prev_label: str
    card_style: str
    href_style: str
    menu_tag: str
    menu_more: int
    footer_sections: bool
    mobile_menu: bool
    breadcrumb: str | None
    category_link: str | None        # "header", "footer" or None
    title_sep: str
    title_prefix: bool
    logo_h1: bool
    article_depth: int
    body_depth: int
    body_tag: str
    share_label: str
    share_networks: list
    share_icons: bool
    share_pos: str                   # "body-bottom", "body-top", "body-both", "after", "header"
    chrome_in: list                  # components printed inside the content container
    chrome_after: list               # components printed after it
    author_form: str
    tag_label: str
    reading_time_form: str
    updated_form: str
    updated_pos: str
    related_inline_label: str
    related_label: str
    prev_next: tuple
    comment_heading: str
    ad_label: str
    follow_line: int
    date_forms: list
    jsonld_section_rate: float
    site_jsonld: bool
    canonical: bool
    js_articles: int
    js_ways: list = field(default_factory=list)

    def describe(self) -> str:
        theme = f"/{self.theme}" if self.theme else ""
        return (f"seed={self.seed} scheme={self.scheme}{theme} paras={self.para_form}/{self.para_variant}"
                f"{'+blocks' if self.text_blocks else ''} listing={self.listing} pager={self.pager}"
                f"{'+rel' if self.pager_rel_next else ''} cards={self.card_style} menu={self.menu_tag}"
                f"{'+more' if self.menu_more else ''} crumbs={'yes' if self.breadcrumb else 'no'}"
                f" catlink={self.category_link or 'no'} share={self.share_pos} in=[{','.join(self.chrome_in)}]"
                f" after=[{','.join(self.chrome_after)}] dates=[{','.join(sorted(set(self.date_forms)))}]"
                f" js=[{','.join(self.js_ways)}]")

    def choices(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k not in ("seed",)}


def draw_skin(seed: int, rng: random.Random) -> Skin:
    scheme = rng.choice(SCHEMES)
    theme = rng.choice(WP_THEMES) if scheme == "wordpress" else None
    para_weights = {"aspnet": [2, 2, 2, 4], "blogger": [1, 4, 1, 4], "drupal": [6, 1, 1, 1],
                    "wordpress": [6, 1, 1, 2]}.get(scheme, [4, 2, 2, 1])
    para_form = rng.choices(PARA_FORMS, para_weights)[0]
    para_variant = rng.choice(["plain", "dir", "justify", "styled-span", "class"])
    listing = rng.choice(SCHEME_LISTINGS[scheme]) if rng.random() < 0.8 else rng.choice(list(LISTING_URLS))
    pager = {"blogger": "next-only", "drupal": "numbers-next"}.get(scheme) or rng.choice(PAGER_STYLES)
    if scheme == "wordpress" and theme == "tagdiv":
        pager = "numbers-info"
    share_pos = rng.choices(["body-bottom", "body-top", "body-both", "after", "header"], [4, 2, 2, 2, 1])[0]
    in_pool = ["author", "reading_time", "tags", "follow", "newsletter", "font_tools", "updated", "related_inline", "ad"]
    chrome_in = [c for c in in_pool if rng.random() < 0.45]
    after_pool = ["tags", "author_box", "related", "prev_next", "comments", "newsletter", "follow"]
    chrome_after = [c for c in after_pool if c not in chrome_in and rng.random() < 0.6]
    breadcrumb = rng.choice(["/", "»", "›", ">", "|", "icon"]) if rng.random() < 0.5 else None
    category_link = rng.choices(["header", "footer", None], [6, 1, 3 if breadcrumb else 0])[0]
    if scheme == "wordpress" and theme == "core" and category_link:
        category_link = "footer"   # core themes print "نشرت في <category>" under the post
    date_forms = rng.sample(DATE_FORMS, rng.randint(2, 4))
    if rng.random() < 0.5:
        date_forms.append(rng.choice(date_forms))  # one form more frequent
    networks = rng.sample(list(T.SHARE_NETWORKS), rng.randint(3, 6))
    skin = Skin(
        seed=seed, scheme=scheme, theme=theme, para_form=para_form, para_variant=para_variant,
        text_blocks=scheme == "testid" and para_form in ("p", "div") and rng.random() < 0.7,
        empty_paras=rng.random() < 0.3, listing=listing, page_size=rng.choice([2, 3, 3]), pager=pager,
        pager_rel_next=rng.random() < 0.35 or scheme == "drupal", pager_head_link=scheme == "wordpress" and rng.random() < 0.6,
        pager_href=rng.choice(["root", "absolute", "relative"]), next_label=rng.choice(T.NEXT_LABELS),
        prev_label=rng.choice(T.PREV_LABELS), card_style="table" if scheme == "aspnet" and rng.random() < 0.6
        else rng.choice(CARD_STYLES[:4]),
        href_style="absolute" if scheme == "wordpress" and rng.random() < 0.7 else rng.choice(["raw", "encoded", "absolute"]),
        menu_tag="div" if theme == "tagdiv" else rng.choice(["nav", "div", "ul"]) if scheme not in ("drupal", "wordpress") else "nav",
        menu_more=rng.choice([0, 0, 1, 2]), footer_sections=rng.random() < 0.5, mobile_menu=rng.random() < 0.4,
        breadcrumb=breadcrumb, category_link=category_link, title_sep=rng.choice(["|", "-", "–", "—", "»", "·"]),
        title_prefix=rng.random() < 0.15, logo_h1=scheme in ("hashed", "aspnet", "bem") and rng.random() < 0.2,
        article_depth=rng.randint(0, 3), body_depth=rng.randint(0, 3),
        body_tag="span" if scheme == "aspnet" and para_form == "br" else rng.choice(["div", "div", "div", "section"]),
        share_label=rng.choice(T.SHARE_LABELS), share_networks=networks, share_icons=rng.random() < 0.3,
        share_pos=share_pos, chrome_in=chrome_in, chrome_after=chrome_after,
        author_form=rng.choice(T.AUTHOR_FORMS), tag_label=T.BLOGGER_LABELS if scheme == "blogger" else rng.choice(T.TAG_LABELS),
        reading_time_form=rng.choice(T.READING_TIME), updated_form=rng.choice(T.UPDATED),
        updated_pos=rng.choice(["meta", "meta", "body"]), related_inline_label=rng.choice(T.RELATED_INLINE),
        related_label=rng.choice(T.RELATED_AFTER),
        prev_next=T.PREV_NEXT[4] if scheme == "blogger" else rng.choice(T.PREV_NEXT[:4]),
        comment_heading=rng.choice(T.COMMENT_HEADINGS), ad_label=rng.choice(T.AD_LABELS),
        follow_line=rng.randrange(len(T.FOLLOW_LINES)), date_forms=date_forms,
        jsonld_section_rate=rng.choice([0.0, 0.3, 0.6, 1.0]), site_jsonld=rng.random() < 0.5,
        canonical=rng.random() < 0.8, js_articles=rng.randint(1, 2),
    )
    if "updated" in chrome_in:
        skin.updated_pos = "body"
    return skin


# --- which articles a skin holds ---------------------------------------------------------------


def select_articles(rng: random.Random) -> tuple[list[tuple[str, str]], list[SkinArticle]]:
    """3-4 sections (politics always: it holds the read-also-only articles), 14-20 articles:
    listed ones, 1-3 reachable only through read-also links, and at least two that share a
    "background" paragraph (wire stories repeat them; they are body text)."""
    model = _model()
    arts: list[Article] = model["articles"]
    others = ["news", "economy", "opinion", "files"]
    slugs = ["politics"] + rng.sample(others, rng.randint(2, 3))
    rng.shuffle(slugs)
    names = {s: n for s, n, _ in model["sections"]}
    sections = [(s, names[s]) for s in slugs]
    pool = {s: [a for a in arts if a.section == s and a.listed and not a.load_more and a.key != "seed"] for s in slugs}
    counts = {s: rng.randint(3, 6) for s in slugs}
    counts["politics"] = max(counts["politics"], 5)
    total = 13 + rng.randint(0, 3)   # listed; the real page and 1-3 read-also-only ones may come on top
    while sum(counts.values()) > total:   # politics keeps more than a page (page sizes are 2-3)
        s = rng.choice([k for k in slugs if counts[k] > (4 if k == "politics" else 3)])
        counts[s] -= 1
    while sum(counts.values()) < total:
        counts[rng.choice(slugs)] += 1
    chosen: list[Article] = []
    # Background paragraphs: a paragraph that several candidate articles print word for word.
    by_para: dict[str, list[Article]] = {}
    for s in slugs:
        for a in pool[s]:
            for p in a.paragraphs:
                by_para.setdefault(p, []).append(a)
    shared = sorted((p for p, xs in by_para.items() if len(xs) >= 2), key=lambda p: (-len(by_para[p]), p))
    if shared:
        group = by_para[rng.choice(shared[:6])]
        for a in rng.sample(group, min(len(group), rng.randint(2, 3))):
            if a not in chosen and sum(x.section == a.section for x in chosen) < counts[a.section]:
                chosen.append(a)
    for s in slugs:
        rest = [a for a in pool[s] if a not in chosen]
        need = counts[s] - sum(x.section == s for x in chosen)
        chosen += rng.sample(rest, max(0, need))
    listed = [SkinArticle(a) for a in chosen]
    hidden_pool = [a for a in arts if not a.listed and not a.sitemap_only and a.section == "politics"]
    hidden = [SkinArticle(a, listed=False) for a in rng.sample(hidden_pool, rng.randint(1, 2))]
    if "news" in slugs and rng.random() < 0.5:   # the one real page, and the article its read-also line names
        by_key = model["by_key"]
        listed.append(SkinArticle(by_key["seed"]))
        hidden.append(SkinArticle(by_key["seed-read-also"], listed=False))
    items = listed + hidden
    items.sort(key=lambda x: x.a.published, reverse=True)
    return sections, items


def wire_read_also(rng: random.Random, items: list[SkinArticle]) -> None:
    """Keep the replica's read-also lines between chosen articles; make every read-also-only
    article reachable by read-also links from listed pages that need no script (one at depth 2
    when two are chosen, as in the replica)."""
    keys = {x.key for x in items}
    by_key = {x.key: x for x in items}
    for x in items:
        x.read_also = [r for r in x.a.read_also if r[2] in keys]
    hidden = [x for x in items if not x.listed]
    hosts = [x for x in items if x.listed and not x.needs_js and x.key != "seed"]
    chain = [h for h in hidden if h.key != "seed-read-also"]
    if len(chain) == 2 and rng.random() < 0.5 and not any(r[2] == chain[1].key for r in chain[0].read_also):
        chain[0].read_also.append((1, rng.choice(READ_ALSO_LABELS), chain[1].key, "?utm_campaign=chain"))

    def reachable() -> set[str]:
        seen = {x.key for x in items if x.listed}
        todo = [x for x in items if x.listed and not x.needs_js]
        while todo:
            x = todo.pop()
            for _, _, t, _ in x.read_also:
                if t not in seen:
                    seen.add(t)
                    todo.append(by_key[t])
        return seen

    for h in hidden:
        if h.key in reachable():
            continue
        host = rng.choice(hosts)
        pos = rng.randint(1, len(host.a.paragraphs) - 1)
        host.read_also.append((pos, rng.choice(READ_ALSO_LABELS), h.key, rng.choice(["", "", "?utm_source=readalso"])))
    assert reachable() == keys
    for x in items:
        assert all(r[2] in keys and r[2] != x.key for r in x.read_also)


def draw_articles(rng: random.Random, skin: Skin, items: list[SkinArticle]) -> None:
    """Per article: date form, JSON-LD, update line, inline chrome, and which need JavaScript."""
    for x in items:
        draw_article(rng, skin, x)
    candidates = [x for x in items if x.listed and x.key != "seed"]
    for x in rng.sample(candidates, skin.js_articles):
        x.needs_js = True
        x.js_way = rng.choice(JS_WAYS)
        x.js_variant = rng.randrange(3)
    skin.js_ways = sorted({x.js_way for x in items if x.needs_js})


def draw_article(rng: random.Random, skin: Skin, x: SkinArticle) -> None:
    """One article's date form, JSON-LD, update line and inline chrome."""
    x.date_form = rng.choice(skin.date_forms)
    x.date_style = rng.randrange(5)
    if x.date_form == "jsonld":
        x.jsonld = rng.choice(["plain", "graph", "array"])
        x.jsonld_section = rng.random() < skin.jsonld_section_rate
    x.modified = x.a.modified or (x.a.published + timedelta(hours=rng.randint(2, 70), minutes=rng.randint(1, 59)))
    x.show_updated = rng.random() < (0.7 if "updated" in skin.chrome_in or skin.updated_pos == "meta" else 0.3)
    x.ad = "ad" in skin.chrome_in and rng.random() < 0.7
    x.related_inline = "related_inline" in skin.chrome_in and rng.random() < 0.7
    x.inline_figure = rng.random() < 0.25


def draw_archive(seed: int, skin: Skin, sections) -> list[SkinArticle]:
    """2-3 of the replica's old archive articles of the skin's sections (only the sitemaps list
    them), drawn from a random stream of their own so the rest of the skin is what it was
    before they existed."""
    rng = random.Random(f"archive-{seed}")
    slugs = {s for s, _ in sections}
    pool = [a for a in _model()["articles"] if a.sitemap_only and a.section in slugs]
    items = [SkinArticle(a, listed=False) for a in sorted(rng.sample(pool, min(len(pool), rng.randint(2, 3))),
                                                          key=lambda a: a.published, reverse=True)]
    for x in items:
        draw_article(rng, skin, x)
    return items


def skin_lastmod(x: SkinArticle) -> datetime:
    """The <lastmod> a skin's sitemap prints: the update its page shows, else the publication."""
    return x.modified if (x.show_updated or x.jsonld) else x.a.published


# --- rendering ----------------------------------------------------------------------------------


class Renderer:
    """Renders one skin's pages; records every chrome string it prints."""

    def __init__(self, skin: Skin, sections, items: list[SkinArticle], rng: random.Random):
        self.skin, self.sections, self.items, self.rng = skin, sections, items, rng
        self.n = Names(skin.scheme, skin.seed, skin.theme)
        self.by_key = {x.key: x for x in items}
        self.listed = [x for x in items if x.listed]
        self.chrome: list[str] = []
        self.files: dict[str, str] = {}
        self.listing_pages: list[str] = []
        self.latest = self.listed[:4]
        self.most_read = rng.sample(self.listed, min(5, len(self.listed)))
        self.year = max(x.a.published for x in items).year + 1
        # Site-wide choices: a site prints its header, menu, sidebar and footer the same on every page.
        o = rng.random
        self.opt = dict(
            ticker=o() < 0.6, ticker_label=rng.choice(T.TICKER_LABELS), dark=rng.choice(T.DARK_MODE),
            search=rng.choice(T.SEARCH), menu_extras=rng.sample(T.MENU_EXTRAS, 2), menu_more=rng.choice(T.MENU_MORE),
            today_tag=rng.choice(["div", "span", "p"]), most_read=rng.choice(T.MOST_READ), latest_box=o() < 0.5,
            latest=rng.choice(T.LATEST), footer_links=rng.randint(2, 5), sections_heading=rng.choice(T.SECTIONS_HEADING),
            copyright=rng.choice(T.COPYRIGHT), og_site=o() < 0.5, crumb_list=o() < 0.5, crumb_title=o() < 0.5,
            crumb_tag=rng.choice(["nav", "div"]), crumb_on_listing=o() < 0.7, listing_heading=o() < 0.8,
            share_list=o() < 0.5, copy_link=o() < 0.4, copy_text=rng.choice(T.COPY_LINK), print_link=o() < 0.3,
            print_text=rng.choice(T.PRINT), meta_author=o() < 0.5, meta_reading=o() < 0.3, meta_views=o() < 0.3,
            block_tag=rng.choice(["nav", "div"]), follow_para=o() < 0.6, loader=o() < 0.6,
            loader_text=rng.choice(T.LOADERS), more=rng.choice(T.MORE_LINKS), load_more=rng.choice(T.LOAD_MORE),
            og=skin.scheme != "aspnet" and o() < 0.8 or o() < 0.3, og_suffix=skin.scheme != "blogger" and o() < 0.4,
        )
        self._cache: dict[str, str] = {}
        self._items: dict[str, list] = {}

    # small helpers
    def c(self, text: str) -> str:
        """Chrome text: recorded, returned escaped."""
        self.chrome.append(text)
        return _esc(text)

    def href(self, path: str, style: str | None = None) -> str:
        style = style or self.skin.href_style
        if style == "raw":
            out = path
        else:
            out = quote(path, safe="/,:?=&#-%")
            if style == "absolute":
                out = "__ORIGIN__" + out
        return _esc(out)

    def section_url(self, slug: str, page: int = 1) -> str:
        first, later = LISTING_URLS[self.skin.listing]
        name = dict(self.sections)[slug]
        fmt = dict(slug=slug, name=name, id=SECTION_IDS[slug], n=page, n0=page - 1,
                   offset=(page - 1) * self.skin.page_size)
        return (first if page == 1 else later).format(**fmt)

    def section_pages(self, slug: str) -> list[SkinArticle]:
        return [x for x in self.listed if x.a.section == slug]

    def page_count(self, slug: str) -> int:
        return max(1, -(-len(self.section_pages(slug)) // self.skin.page_size))

    def iso(self, dt: datetime) -> str:
        return dt.astimezone(SITE_TZ).isoformat()

    def words(self, dt: datetime, x: SkinArticle | None, family: str | None = None) -> str:
        family = family or (x.date_form if x and x.date_form in ("levantine", "egyptian") else
                            ("levantine" if self.skin.seed % 2 else "egyptian"))
        style = x.date_style if x else self.skin.seed
        return T.levantine(dt, style) if family == "levantine" else T.egyptian(dt, style)

    def wrap(self, html: str, depth: int, role: str = "wrap") -> str:
        pools = ["container", "row", "col-md-8", "col-lg-8 col-12", "inner", "clearfix", "wrapper", "content-wrap"]
        for d in range(depth):
            if self.skin.scheme in ("hashed", "testid", "bem", "aspnet"):
                attrs = self.n(role) if d == 0 else f' class="{pools[(self.skin.seed + d) % len(pools)]}"'
            else:
                attrs = f' class="{pools[(self.skin.seed + d) % len(pools)]}"'
            html = f"<div{attrs}>\n{html}\n</div>"
        return html

    # --- page shell ---------------------------------------------------------------------------
    def title_tag(self, title: str) -> str:
        s = self.skin
        text = f"{SITE_NAME} {s.title_sep} {title}" if s.title_prefix else f"{title} {s.title_sep} {SITE_NAME}"
        if s.scheme == "blogger":
            text = f"{SITE_NAME}: {title}"
        attrs = ' data-rh="true"' if s.scheme == "testid" else ""
        return f"<title{attrs}>{_esc(text)}</title>"

    def menu(self, mobile: bool = False) -> str:
        s, n = self.skin, self.n
        entries = [("/", T.HOME)] + [(self.section_url(slug), name) for slug, name in self.sections]
        cut = len(entries) - s.menu_more
        main, more = entries[:cut], entries[cut:]
        extras = [] if mobile else self.opt["menu_extras"]

        def li(i, path, text, sub=""):
            shown = _esc(text) if text in dict(self.sections).values() else self.c(text)
            href = self.href(path) if path else "#"
            return f'<li{n("nav_item", i, n=200 + i)}><a{n("nav_link", i)} href="{href}">{shown}</a>{sub}</li>'

        items = [li(i, p, t) for i, (p, t) in enumerate(main)]
        if more:   # the last sections in a dropdown
            sub = f'<ul{n("submenu")}>' + "".join(li(10 + i, p, t) for i, (p, t) in enumerate(more)) + "</ul>"
            items.append(li(9, None, self.opt["menu_more"], sub))
        items += [li(20 + i, p, t) for i, (p, t) in enumerate(extras)]
        ul = f'<ul{n("nav_list")}>' + "\n".join(items) + "</ul>"
        role = "mobile_nav" if mobile else "nav"
        if s.menu_tag == "ul" and not mobile:
            return f'<ul role="menubar"{n(role)}>' + "\n".join(items) + "</ul>"
        tag = "nav" if s.menu_tag == "nav" and not mobile else "div"
        return f"<{tag}{n(role)}>{self.wrap(ul, 1 if s.scheme == 'wordpress' else 0)}</{tag}>"

    def header(self) -> str:
        if "header" not in self._cache:
            self._cache["header"] = self._header()
        return self._cache["header"]

    def _header(self) -> str:
        s, n, o = self.skin, self.n, self.opt
        today_tag = o["today_tag"]
        top = (f'<div{n("topbar")}><{today_tag}{n("today")}>__TODAY__</{today_tag}>'
               f'<button type="button" class="theme-switch">{self.c(o["dark"])}</button></div>')
        logo_inner = f'<img src="/static/logo.png" alt="{SITE_NAME}">'
        if s.scheme == "blogger":
            logo = f'<div{n("logo")}><h1 class="title"><a href="/">{SITE_NAME}</a></h1></div>'
        elif s.logo_h1:
            logo = f'<h1{n("logo")}><a href="/">{logo_inner}</a></h1>'
        else:
            logo = f'<a{n("logo")} href="/">{logo_inner}</a>'
        search = (f'<form{n("search")} action="/search" method="get"><input type="search" name="q" '
                  f'placeholder="{_esc(o["search"])}"><button type="submit">{self.c("بحث")}</button></form>')
        ticker = ""
        if o["ticker"]:
            label = o["ticker_label"]
            links = "".join(f'<li><a href="{self.href(x.a.path)}">{self.c(x.a.title)}</a></li>' for x in self.latest[:3])
            ticker = f'<div{n("ticker")}><span{n("ticker_label")}>{self.c(label)}</span><ul>{links}</ul></div>'
        tag = "header" if s.scheme not in ("aspnet",) and not (s.scheme == "wordpress" and s.theme == "tagdiv") else "div"
        return f"<{tag}{n('header')}>\n{top}\n{logo}\n{self.menu()}\n{search}\n{ticker}\n</{tag}>"

    def sidebar(self) -> str:
        if "sidebar" not in self._cache:
            self._cache["sidebar"] = self._sidebar()
        return self._cache["sidebar"]

    def _sidebar(self) -> str:
        n = self.n
        head = T.BLOGGER_POPULAR if self.skin.scheme == "blogger" else self.opt["most_read"]
        items = "".join(f'<li><a href="{self.href(x.a.path)}?utm_source=most_read">{self.c(x.a.title)}</a></li>'
                        for x in self.most_read)
        box = f'<div{n("widget", 1, n=2)}><h3{n("widget_title", 1)}>{self.c(head)}</h3><ol>{items}</ol></div>'
        if self.opt["latest_box"]:
            head2 = self.opt["latest"]
            latest = "".join(f'<li><a href="{self.href(x.a.path)}">{self.c(x.a.title)}</a></li>' for x in self.latest)
            box += f'<div{n("widget", 2, n=3)}><h3{n("widget_title", 2)}>{self.c(head2)}</h3><ul>{latest}</ul></div>'
        tag = "aside" if self.skin.scheme != "aspnet" else "div"
        return f"<{tag}{n('sidebar')}>{box}</{tag}>"

    def footer(self) -> str:
        if "footer" not in self._cache:
            self._cache["footer"] = self._footer()
        return self._cache["footer"]

    def _footer(self) -> str:
        s, n = self.skin, self.n
        links = "".join(f'<li><a href="{p}">{self.c(t)}</a></li>' for p, t in T.FOOTER_LINKS[:self.opt["footer_links"]])
        secs = ""
        if s.footer_sections:
            head = self.opt["sections_heading"]
            secs = (f"<div><h4>{self.c(head)}</h4><ul>" + "".join(
                f'<li><a href="{self.href(self.section_url(slug))}">{_esc(name)}</a></li>' for slug, name in self.sections)
                + "</ul></div>")
        social = "".join(f'<a href="{u}" rel="noopener" target="_blank">{self.c(t)}</a>' for u, t in
                         [("https://twitter.com/thelevantnews", "تويتر"), ("https://www.facebook.com/thelevantnews", "فيسبوك"),
                          ("https://www.youtube.com/@thelevantnews", "يوتيوب")])
        copy = self.opt["copyright"].format(y=self.year)
        powered = f"<p>{self.c(T.POWERED[0])}</p>" if s.scheme == "blogger" else ""
        tag = "footer" if s.scheme != "aspnet" else "div"
        return (f"<{tag}{n('footer')}>{secs}<ul{n('footer_links')}>{links}</ul><div{n('social')}>{social}</div>"
                f"<p{n('copyright')}>{self.c(copy)}</p>{powered}</{tag}>")

    def site_jsonld(self) -> str:
        doc = {"@context": "https://schema.org", "@type": "NewsMediaOrganization", "name": SITE_NAME,
               "url": "__ORIGIN__/", "logo": "__ORIGIN__/static/logo.png",
               "sameAs": ["https://twitter.com/thelevantnews", "https://www.facebook.com/thelevantnews"]}
        return _ld(doc)

    def page(self, title: str, main: str, *, head: str = "", body_class: str = "", tail: str = "") -> str:
        s = self.skin
        head_html = (f'<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                     f"{self.title_tag(title)}\n{FEED_LINKS}")
        if s.scheme == "hashed":
            head_html += '<link rel="preload" href="/_next/static/css/app.css" as="style">\n'
        head_html += f'<meta property="og:site_name" content="{SITE_NAME}">\n' if self.opt["og_site"] else ""
        if s.site_jsonld:
            head_html += self.site_jsonld()
        content = f"{main}\n{self.sidebar()}"
        content = self.wrap(content, 1 if s.scheme in ("wordpress", "drupal") else 0, "main")
        body = f"{self.header()}\n<main{self.n('main')}>\n{content}\n</main>\n{self.footer()}"
        if s.mobile_menu:
            self._cache.setdefault("mobile", self.menu(mobile=True))
            body += "\n" + self._cache["mobile"]
        if s.scheme == "hashed":
            body = f'<div id="__next">{body}</div>'
        elif s.scheme == "aspnet":   # one server form holds the page: the inner forms are panels
            body = re.sub(r"<form\b", "<div", body).replace("</form>", "</div>")
            body = (f'<form method="post" action="./" id="aspnetForm">\n<div class="aspNetHidden">\n'
                    f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk{s.seed:08d}" />\n'
                    f"</div>\n<script type=\"text/javascript\">\n//<![CDATA[\nvar theForm = document.forms['aspnetForm'];\n"
                    f"function __doPostBack(eventTarget, eventArgument) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.submit(); }}\n"
                    f"//]]>\n</script>\n{body}\n</form>")
        body = f"<div{self.n('page')}>\n{body}\n</div>"
        return (f'<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n{head_html}{head}</head>\n'
                f'<body class="{body_class}">\n{body}\n{tail}</body>\n</html>\n')

    # --- article pages --------------------------------------------------------------------------
    def share_row(self, x: SkinArticle, where: str) -> str:
        s, n, o = self.skin, self.n, self.opt
        t = quote(x.a.title, safe="")
        if s.scheme == "blogger":
            links = "".join(f'<a{n("share_link", i, net=net)} href="https://www.blogger.com/share-post.g?blogID=7312&amp;postID={x.key}&amp;target={net}" '
                            f'title="{_esc(text)}"><span{n("share_label")}>{self.c(text)}</span></a>'
                            for i, (net, text) in enumerate(T.BLOGGER_SHARE))
            return f"<div{n('share')}>{links}</div>"
        links = []
        for i, net in enumerate(s.share_networks):
            hrefs, texts = T.SHARE_NETWORKS[net]
            h = hrefs[(s.seed + i) % len(hrefs)].format(u="__ORIGIN__" + quote(x.a.path, safe="/,:-"), t=t)
            text = texts[(s.seed + i) % len(texts)]
            inner = f'{SHARE_ICON}<span class="sr-only">{_esc(text)}</span>' if s.share_icons else self.c(text)
            aria = f' aria-label="{_esc(text)}" title="{_esc(text)}"'
            links.append(f'<a{n("share_link", i, net=net)} href="{_esc(h)}"{aria}>{inner}</a>')
        if o["copy_link"]:
            links.append(f'<button type="button" data-clipboard-text="__ORIGIN__{_esc(x.a.path)}">{self.c(o["copy_text"])}</button>')
        if o["print_link"]:
            links.append(f'<a href="/print{self.href(x.a.path, "encoded")}" rel="nofollow">{self.c(o["print_text"])}</a>')
        label = f"<span{n('share_label')}>{self.c(s.share_label)}</span>" if s.share_label else ""
        if o["share_list"]:
            body = label + "<ul>" + "".join(f"<li>{a}</li>" for a in links) + "</ul>"
        else:
            body = label + " ".join(links)
        return f'<div{n("share")} data-position="{where}">{body}</div>'

    def tags_box(self, x: SkinArticle) -> str:
        if not x.a.tags:
            return ""
        n = self.n
        links = " ".join(f'<a{n("tag_link", i)} href="/tag/{quote(t)}/">{_esc(t)}</a>' for i, t in enumerate(x.a.tags))
        return f'<div{n("tags")}><span{n("tags_label")}>{self.c(self.skin.tag_label)}</span> {links}</div>'

    def author_line(self, x: SkinArticle) -> str:
        name = x.a.authors[0] if x.a.authors else T.DESKS[(self.skin.seed + len(x.a.title)) % len(T.DESKS)]
        line = self.skin.author_form.format(n=name)
        if x.a.authors:
            prefix, _, _ = line.partition(name)
            self.chrome.append(line)
            return f'<div{self.n("author")}>{_esc(prefix)}<a href="/author/{quote(name)}/">{_esc(name)}</a></div>'
        return f'<div{self.n("author")}>{self.c(line)}</div>'

    def reading_time(self, x: SkinArticle) -> str:
        minutes = max(3, min(10, len(" ".join(x.a.paragraphs).split()) // 120 + 2))
        return f'<span{self.n("reading_time")}>{self.c(self.skin.reading_time_form.format(n=minutes))}</span>'

    def updated_line(self, x: SkinArticle) -> str:
        family = "levantine" if x.date_form == "levantine" else "egyptian" if x.date_form == "egyptian" else None
        form = self.skin.updated_form
        if self.skin.scheme == "wordpress" and self.skin.theme == "core" and x.date_form == "time":
            label = form.split("{d}")[0]   # core themes print both <time>s: published, then updated
            self.chrome.append(label.strip(" :-"))
            return (f'<span{self.n("updated")}>{_esc(label)}<time class="updated" datetime="{self.iso(x.modified)}">'
                    f'{self.c(T.day_only(x.modified, self.skin.seed))}</time></span>')
        return f'<span{self.n("updated")}>{self.c(form.format(d=self.words(x.modified, x, family)))}</span>'

    def ad_slot(self, i: int) -> str:
        n = self.n
        label = f'<span{n("ad_label", i)}>{self.c(self.skin.ad_label)}</span>'
        if (self.skin.seed + i) % 2:
            code = ('<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-7395312098" '
                    f'data-ad-slot="{4200 + i}" data-ad-format="auto"></ins>'
                    "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>")
            self.chrome.append("adsbygoogle")
        else:
            code = (f'<div id="div-gpt-ad-1699{i}-0"><script>googletag.cmd.push(function() '
                    f"{{ googletag.display('div-gpt-ad-1699{i}-0'); }});</script></div>")
            self.chrome.append("googletag")
        return f'<div{n("ad", i, n=i)}>{label}{code}</div>'

    def others(self, x: SkinArticle, k: int, same_section: bool = True) -> list[SkinArticle]:
        pool = [y for y in self.listed if y is not x and (not same_section or y.a.section == x.a.section)]
        if len(pool) < k:
            pool = [y for y in self.listed if y is not x]
        return self.rng.sample(pool, min(k, len(pool)))

    def related_inline(self, x: SkinArticle) -> str:
        n, label = self.n, self.skin.related_inline_label
        picks = self.others(x, self.rng.randint(1, 3))
        if len(picks) == 1:   # one line, as editors type it
            y = picks[0]
            return (f'<div{n("related_inline", 1)}><strong>{self.c(label)}</strong> '
                    f'<a href="{self.href(y.a.path)}">{self.c(y.a.title)}</a></div>')
        lis = "".join(f'<li><a href="{self.href(y.a.path)}">{self.c(y.a.title)}</a></li>' for y in picks)
        return f'<div{n("related_inline", 1)}><h4>{self.c(label)}</h4><ul>{lis}</ul></div>'

    def follow_row(self) -> str:
        k = self.skin.follow_line
        text, url = T.FOLLOW_LINES[k], T.FOLLOW_URLS[k]
        if self.skin.para_form in ("p", "div") and self.opt["follow_para"]:   # an editor's paragraph
            tag = self.skin.para_form
            return f'<{tag}><strong><a href="{url}" target="_blank">{self.c(text)}</a></strong></{tag}>'
        return f'<div{self.n("follow")}><a href="{url}" target="_blank" rel="noopener">{self.c(text)}</a></div>'

    def newsletter(self) -> str:
        head, text, button = T.NEWSLETTER[self.skin.seed % len(T.NEWSLETTER)]
        return (f'<div{self.n("newsletter")}><h4>{self.c(head)}</h4><p>{self.c(text)}</p>'
                f'<form action="/newsletter" method="post"><input type="email" name="email">'
                f"<button>{self.c(button)}</button></form></div>")

    def font_tools(self) -> str:
        up, down = T.FONT_TOOLS[self.skin.seed % len(T.FONT_TOOLS)]
        return (f'<div{self.n("font_tools")}><button type="button">{self.c(up)}</button>'
                f'<button type="button">{self.c(down)}</button></div>')

    def inline_figure(self, x: SkinArticle) -> str:
        return (f'<figure{self.n("inline_figure", 1)}><img src="/static/images/{x.key}-2.jpg" alt="">'
                f"<figcaption>{self.c(x.a.caption)}</figcaption></figure>")

    def read_also_line(self, label: str, target: SkinArticle, deco: str) -> str:
        lab = f"<strong>{_esc(label)}</strong>" if len(target.a.title) % 2 else _esc(label)
        self.chrome.append(label)
        self.chrome.append(target.a.title)
        return f'{lab} <a href="{self.href(target.a.path)}{_esc(deco)}">{_esc(target.a.title)}</a>'

    def flow(self, items: list[tuple[str, str]]) -> str:
        """Paragraphs ("text": plain text, "line": inline HTML) and chrome ("block": HTML) in the
        skin's paragraph form."""
        s, n = self.skin, self.n
        out, i = [], 0
        br = ["<br><br>", "<br /><br />", "<br>\n<br>"][s.seed % 3]
        for kind, content in items:
            if kind == "block":
                out.append(content)
                continue
            inner = _esc(content) if kind == "text" else content
            i += 1
            if s.para_form == "br":
                out.append(inner + br)
                continue
            if s.para_variant == "styled-span":
                inner = f'<span style="font-size: 14pt;">{inner}</span>'
            attrs = {"plain": "", "dir": ' dir="rtl"', "justify": ' style="text-align: justify;"',
                     "styled-span": "", "class": n("para", i)}[s.para_variant]
            if s.para_form == "span":
                el = f'<span{attrs} style="display:block">{inner}</span>' if s.seed % 2 else f"<span{attrs}>{inner}</span><br>"
            else:
                el = f"<{s.para_form}{attrs}>{inner}</{s.para_form}>"
            if s.text_blocks:
                el = f'<div{n("text_block", i)}>{el}</div>'
            out.append(el)
            if s.empty_paras and i == 1 and s.para_form in ("p", "div"):
                out.append(f"<{s.para_form}>&nbsp;</{s.para_form}>")
        return "\n".join(out)

    def body_items(self, x: SkinArticle) -> list[tuple[str, str]]:
        """The content container's children, in order: truth paragraphs plus what the CMS mixes in
        (made once per article: the page, its data blob and its API answer show the same body)."""
        key = "body:" + x.key
        if key not in self._items:
            self._items[key] = self._body_items(x)
        return self._items[key]

    def _body_items(self, x: SkinArticle) -> list[tuple[str, str]]:
        s, a = self.skin, x.a
        raw = a.raw_paragraphs or a.paragraphs
        items: list[tuple[str, str]] = [("text", p) for p in raw]
        for pos, label, target, deco in sorted(x.read_also, key=lambda r: r[0], reverse=True):
            items.insert(pos, ("line", self.read_also_line(label, self.by_key[target], deco)))
        mid = max(1, len(items) // 2)
        if x.inline_figure and len(items) > 3:
            items.insert(2, ("block", self.inline_figure(x)))
        if x.ad:
            items.insert(mid, ("block", self.ad_slot(1)))
            if len(items) > 8:
                items.insert(len(items) - 2, ("block", self.ad_slot(2)))
        if x.related_inline:
            items.insert(min(len(items) - 1, mid + 2), ("block", self.related_inline(x)))
        if a.source_line:
            self.chrome.extend(["ليفانت نيوز_", "ليفانت نيوز/"])
            if a.source_at_top:
                items.insert(0, ("line", f"<strong>{_esc(a.source_line)}</strong>"))
            else:
                items.append(("line", _esc(a.source_line)))
        top, bottom = [], []
        if "author" in s.chrome_in:
            top.append(self.author_line(x))
        if "reading_time" in s.chrome_in:
            top.append(self.reading_time(x))
        if "font_tools" in s.chrome_in:
            top.append(self.font_tools())
        if x.show_updated and s.updated_pos == "body":
            (top if s.seed % 2 else bottom).append(self.updated_line(x))
        if s.share_pos in ("body-top", "body-both"):
            top.append(self.share_row(x, "top"))
        if "follow" in s.chrome_in:
            bottom.append(self.follow_row())
        if "newsletter" in s.chrome_in:
            bottom.append(self.newsletter())
        if "tags" in s.chrome_in:
            bottom.append(self.tags_box(x))
        if s.share_pos in ("body-bottom", "body-both"):
            bottom.append(self.share_row(x, "bottom"))
        return [("block", b) for b in top if b] + items + [("block", b) for b in bottom if b]

    def body_html(self, x: SkinArticle) -> str:
        return self.flow(self.body_items(x))

    def body_container(self, x: SkinArticle) -> tuple[str, str, dict]:
        """(container HTML, scripts after it, JSON files) for the article body."""
        s, n = self.skin, self.n
        tag = s.body_tag
        attrs = n("body", n=x.a.published.toordinal())
        if not x.needs_js:
            return f"<{tag}{attrs}>\n{self.body_html(x)}\n</{tag}>", "", {}
        html = self.body_html(x)
        m = re.search(r'(?<![\w-])id="([^"]+)"', attrs)
        bid = m.group(1) if m else f"article-body-{x.key}"
        if not m:
            attrs += f' id="{bid}"'
        loader = ""
        if x.js_way != "document_write" and self.opt["loader"]:
            loader = f'<div{n("loader")} aria-busy="true">{self.c(self.opt["loader_text"])}</div>'
        js_string = _js(html)
        files: dict[str, str] = {}
        way, v = x.js_way, x.js_variant
        if way == "document_write":
            if v == 1:
                written = f'document.write(decodeURIComponent("{quote(html, safe="")}"));'
            else:
                written = f"document.write({js_string});"
            return f"<{tag}{attrs}>\n<script>{written}</script>\n</{tag}>", "", {}
        container = f"<{tag}{attrs}>{loader}</{tag}>"
        if way == "variable":
            var = ["articleBody", "window.__ARTICLE_HTML__", "postContent"][v]
            decl = f"var {var} = {js_string};" if "." not in var else f"{var} = {js_string};"
            script = (f"<script>\n{decl}\n"
                      + ("document.addEventListener('DOMContentLoaded', function () {\n" if v == 2 else "")
                      + f'  document.getElementById("{bid}").innerHTML = {var};\n'
                      + ("});\n" if v == 2 else "") + "</script>")
            return container, script, files
        if way == "fetch":
            api = f"/api/article/{x.key}"
            if v == 0:
                doc = {"id": x.key, "html": html}
                use = "box.innerHTML = data.html;"
            elif v == 1:
                doc = {"id": x.key, "type": "post", "content": {"rendered": html, "protected": False}}
                use = "box.innerHTML = data.content.rendered;"
            else:
                blocks = []
                for kind, content in self.body_items(x):
                    if kind == "text":
                        blocks.append({"type": "paragraph", "text": content})
                    else:
                        blocks.append({"type": "html", "html": self.flow([(kind, content)])})
                doc = {"id": x.key, "blocks": blocks}
                use = ("data.blocks.forEach(function (b) { if (b.type === 'paragraph') { var p = document.createElement('p');"
                       " p.textContent = b.text; box.appendChild(p); } else { box.insertAdjacentHTML('beforeend', b.html); } });"
                       " var l = box.querySelector('[aria-busy]'); if (l) l.remove();")
            files[f"api/article/{x.key}.json"] = json.dumps(doc, ensure_ascii=False)
            delay = [0, 250, 0][v]
            script = (f'<script>\nsetTimeout(function () {{\n  var box = document.getElementById("{bid}");\n'
                      f'  fetch("{api}", {{headers: {{"Accept": "application/json"}}}})'
                      f".then(function (r) {{ return r.json(); }})\n    .then(function (data) {{ {use} }});\n}}, {delay});\n</script>")
            if v == 2:
                script = (f'<script>\nvar xhr = new XMLHttpRequest();\nxhr.open("GET", "{api}");\n'
                          f'xhr.onload = function () {{ var box = document.getElementById("{bid}"); var data = JSON.parse(xhr.responseText); {use} }};\n'
                          "xhr.send();\n</script>")
            return container, script, files
        # framework data blob
        article = {"id": x.key, "title": x.a.title, "slug": x.a.slug, "section": {"name": x.a.section_name},
                   "body": html}
        if v == 0 or s.scheme == "hashed":
            blob = {"props": {"pageProps": {"article": article}, "__N_SSP": True}, "page": "/article/[slug]",
                    "query": {"slug": x.a.path.split("/")[-1]}, "buildId": f"b{s.seed}", "isFallback": False, "gssp": True}
            script = (f'<script id="__NEXT_DATA__" type="application/json">{_json_script(blob)}</script>\n'
                      "<script>\n(function () {\n  var data = JSON.parse(document.getElementById('__NEXT_DATA__').textContent);\n"
                      f'  document.getElementById("{bid}").innerHTML = data.props.pageProps.article.body;\n}})();\n</script>')
        else:
            var = "window.__NUXT__" if v == 1 else "window.__INITIAL_STATE__"
            state = {"data": [{"article": article}]} if v == 1 else {"article": {"current": article}}
            path = "data[0].article.body" if v == 1 else "article.current.body"
            script = (f"<script>{var} = {_json_script(state)};</script>\n"
                      f"<script>\ndocument.addEventListener('DOMContentLoaded', function () {{\n"
                      f'  document.getElementById("{bid}").innerHTML = {var}.{path};\n}});\n</script>')
        return container, script, files

    def date_meta(self, x: SkinArticle) -> str:
        """The visible publication date of the article header, in the article's date form."""
        s, n, dt = self.skin, self.n, x.a.published
        form = x.date_form
        prefix = T.PUBLISHED_PREFIX[(s.seed + x.date_style) % len(T.PUBLISHED_PREFIX)]
        if form == "url":
            return ""
        if form == "jsonld":
            if x.date_style % 2:
                return ""   # the page shows no date; only its structured data has it
            form = "time" if x.date_style % 4 == 0 else ("levantine" if s.seed % 2 else "egyptian")
        if form == "time":
            text = T.day_only(dt, x.date_style) if x.date_style % 3 else self.words(dt, x, "levantine" if s.seed % 2 else "egyptian")
            cls = ' class="entry-date published"' if s.scheme == "wordpress" else ""
            if prefix:
                self.chrome.append(prefix.strip(" :"))
            return f'<span{n("date")}>{_esc(prefix)}<time{cls} datetime="{self.iso(dt)}">{_esc(text)}</time></span>'
        text = self.words(dt, x, form)
        if prefix:
            self.chrome.append(prefix.strip(" :"))
        return f'<span{n("date")}>{_esc(prefix + text)}</span>'

    def category(self, x: SkinArticle, where: str) -> str:
        s, n = self.skin, self.n
        url = self.href(self.section_url(x.a.section))
        link = f'<a href="{url}" rel="category tag">{_esc(x.a.section_name)}</a>'
        if where == "footer":
            label = "نشرت في" if s.scheme == "wordpress" else "القسم:"
            return f'<span{n("category")}>{self.c(label)} {link}</span>'
        if s.scheme == "wordpress" and s.theme == "jannah":
            return f'<span class="post-cat-wrap"><a{n("category", n=SECTION_IDS[x.a.section])} href="{url}">{_esc(x.a.section_name)}</a></span>'
        if s.scheme == "wordpress" and s.theme == "tagdiv":
            return f'<ul class="td-category"><li{n("category")}><a href="{url}">{_esc(x.a.section_name)}</a></li></ul>'
        return f'<a{n("category")} href="{url}">{_esc(x.a.section_name)}</a>'

    def breadcrumb(self, name: str, slug: str, title: str | None) -> str:
        s, n = self.skin, self.n
        sep = s.breadcrumb
        sep_html = {"icon": '<i class="icon-angle-left" aria-hidden="true"></i>'}.get(sep, f"<span> {_esc(sep)} </span>")
        parts = [f'<a{n("crumb", 0)} href="/">{_esc(T.HOME)}</a>',
                 f'<a{n("crumb", 1)} href="{self.href(self.section_url(slug))}">{_esc(name)}</a>']
        if title and self.opt["crumb_title"]:
            parts.append(f'<span{n("crumb", 2)}>{_esc(title)}</span>')
        if self.opt["crumb_list"]:
            inner = "<ol>" + "".join(f"<li>{p}</li>" for p in parts) + "</ol>"
        else:
            inner = sep_html.join(parts)
        tag = self.opt["crumb_tag"]
        return f'<{tag}{n("breadcrumb")} aria-label="breadcrumb">{inner}</{tag}>'

    def related_after(self, x: SkinArticle) -> str:
        n = self.n
        picks = self.others(x, 3)
        items = "".join(
            f'<div{n("related_item", i)}><a href="{self.href(y.a.path)}"><img src="/static/images/{y.key}.jpg" alt=""></a>'
            f'<h3><a href="{self.href(y.a.path)}">{self.c(y.a.title)}</a></h3>'
            f'<span class="date">{self.c(T.day_only(y.a.published, self.skin.seed))}</span></div>' for i, y in enumerate(picks))
        return f'<section{n("related")}><h3{n("related_title")}>{self.c(self.skin.related_label)}</h3>{items}</section>'

    def prev_next(self, x: SkinArticle) -> str:
        n, (lp, ln) = self.n, self.skin.prev_next
        listed = self.listed
        if x not in listed:
            older, newer = listed[-1], listed[0]
        else:
            i = listed.index(x)
            older = listed[i + 1] if i + 1 < len(listed) else None
            newer = listed[i - 1] if i > 0 else None
        out = []
        for role, label, y, rel in (("prev", lp, older, "prev"), ("next", ln, newer, "next")):
            if y is None or y is x:
                continue
            out.append(f'<div{n(role)}><a href="{self.href(y.a.path)}" rel="{rel}"><span{n("prevnext_label")}>{self.c(label)}</span> '
                       f"<span>{self.c(y.a.title)}</span></a></div>")
        tag = self.opt["block_tag"]
        return f'<{tag}{n("prevnext")}>{"".join(out)}</{tag}>'

    def comments(self, x: SkinArticle) -> str:
        s, n = self.skin, self.n
        if s.scheme == "blogger":
            none, send = T.BLOGGER_COMMENTS
            return (f'<div{n("comments")}><a name="comments"></a><h4>{self.c(none)}</h4>'
                    f'<p class="comment-footer"><a href="https://www.blogger.com/comment/fullpage/post/7312/{x.key}">{self.c(send)}</a></p>'
                    f'<div class="post-feeds"><div class="feed-links">{self.c(T.BLOGGER_FEEDS)}</div></div></div>')
        k = self.rng.randint(0, 2)
        heading = s.comment_heading + (f" ({k})" if s.comment_heading == "التعليقات" else "")
        self.chrome.append(s.comment_heading)
        lst = ""
        if k:
            picks = self.rng.sample(range(len(T.COMMENTS)), k)
            lst = "<ol class=\"comment-list\">" + "".join(
                f'<li{n("comment", j, n=900 + j)}><cite>{self.c(T.COMMENTERS[(p + j) % len(T.COMMENTERS)])}</cite>'
                f"<p>{self.c(T.COMMENTS[p])}</p></li>" for j, p in enumerate(picks)) + "</ol>"
        note = T.COMMENT_NOTES[s.seed % len(T.COMMENT_NOTES)]
        submit = T.COMMENT_SUBMIT[s.seed % len(T.COMMENT_SUBMIT)]
        self.chrome.append(submit)
        form = (f'<div{n("comment_form")}><p class="comment-notes">{self.c(note)}</p>'
                f'<form action="/comments" method="post"><textarea name="comment"></textarea>'
                f'<input type="submit" value="{_esc(submit)}"></form></div>')
        return f'<div{n("comments")}><h3{n("comments_title")}>{self.c(heading)}</h3>{lst}{form}</div>'

    def author_box(self, x: SkinArticle) -> str:
        head, bio = T.AUTHOR_BOX[self.skin.seed % len(T.AUTHOR_BOX)]
        name = x.a.authors[0] if x.a.authors else T.DESKS[self.skin.seed % len(T.DESKS)]
        return f'<div{self.n("author_box")}><h4>{self.c(head)}</h4><strong>{_esc(name)}</strong><p>{self.c(bio)}</p></div>'

    def jsonld(self, x: SkinArticle) -> str:
        a = x.a
        url = "__ORIGIN__" + quote(a.path, safe="/,:-")
        typ = ["NewsArticle", "Article", "NewsArticle", "BlogPosting" if self.skin.scheme == "blogger" else "ReportageNewsArticle"][
            x.date_style % 4]
        art = {"@type": typ, "headline": a.title, "datePublished": self.iso(a.published),
               "dateModified": self.iso(x.modified), "mainEntityOfPage": {"@type": "WebPage", "@id": url},
               "image": {"@type": "ImageObject", "url": f"__ORIGIN__/static/images/{a.key}.jpg"},
               "author": ([{"@type": "Person", "name": nm} for nm in a.authors] or {"@type": "Organization", "name": SITE_NAME}),
               "publisher": {"@type": "Organization", "name": SITE_NAME,
                             "logo": {"@type": "ImageObject", "url": "__ORIGIN__/static/logo.png"}},
               "inLanguage": "ar"}
        if x.jsonld_section:
            art["articleSection"] = [a.section_name] if x.date_style % 2 else a.section_name
        if a.tags:
            art["keywords"] = a.tags if x.date_style % 2 else ", ".join(a.tags)
        if x.jsonld == "graph":   # Yoast: one graph with the page, its breadcrumb and the site
            doc = {"@context": "https://schema.org", "@graph": [
                dict(art, **{"@id": url + "#article", "isPartOf": {"@id": url}}),
                {"@type": "WebPage", "@id": url, "url": url, "name": f"{a.title} {self.skin.title_sep} {SITE_NAME}",
                 "datePublished": self.iso(a.published), "inLanguage": "ar"},
                {"@type": "WebSite", "@id": "__ORIGIN__/#website", "url": "__ORIGIN__/", "name": SITE_NAME},
                {"@type": "Organization", "@id": "__ORIGIN__/#organization", "name": SITE_NAME}]}
            return _ld(doc)
        if x.jsonld == "array":
            return _ld([{"@context": "https://schema.org", **art},
                        {"@context": "https://schema.org", "@type": "WebSite", "name": SITE_NAME, "url": "__ORIGIN__/"}])
        return _ld({"@context": "https://schema.org", **art})

    def article_head(self, x: SkinArticle) -> str:
        a, s = x.a, self.skin
        url = "__ORIGIN__" + quote(a.path, safe="/,:-")
        head = f'<link rel="canonical" href="{_esc(url)}">\n' if s.canonical else ""
        if self.opt["og"]:   # Yoast prints the SEO title, site name included
            og_title = f"{a.title} {s.title_sep} {SITE_NAME}" if self.opt["og_suffix"] else a.title
            head += (f'<meta property="og:type" content="article">\n<meta property="og:title" content="{_esc(og_title)}">\n'
                     f'<meta property="og:url" content="{_esc(url)}">\n'
                     f'<meta property="og:image" content="__ORIGIN__/static/images/{a.key}.jpg">\n')
        if x.jsonld:
            head += f'<meta property="article:published_time" content="{self.iso(a.published)}">\n' if x.date_style % 3 == 0 else ""
            if x.jsonld_section and x.date_style % 3 == 0:
                head += f'<meta property="article:section" content="{_esc(a.section_name)}">\n'
            head += self.jsonld(x)
        return head

    def article_page(self, x: SkinArticle) -> tuple[str, dict]:
        s, n, a = self.skin, self.n, x.a
        meta = [self.date_meta(x)]
        if "author" not in s.chrome_in and self.opt["meta_author"]:
            meta.append(self.author_line(x))
        if "reading_time" not in s.chrome_in and self.opt["meta_reading"]:
            meta.append(self.reading_time(x))
        if self.opt["meta_views"]:
            views = T.VIEWS[s.seed % len(T.VIEWS)].format(n=f"{self.rng.randint(120, 9800):,}".replace(",", "٬"))
            meta.append(f'<span{n("views")}>{self.c(views)}</span>')
        if x.show_updated and s.updated_pos == "meta":
            meta.append(self.updated_line(x))
        meta_html = f'<div{n("meta")}>{"".join(m for m in meta if m)}</div>'
        title_tag = "h3" if s.scheme == "blogger" else "h1"
        title = f"<{title_tag}{n('title')}>{_esc(a.title)}</{title_tag}>"
        crumbs = self.breadcrumb(a.section_name, a.section, a.title) if s.breadcrumb else ""
        cat = self.category(x, "header") if s.category_link == "header" else ""
        head_parts = [cat, title, meta_html] if s.scheme != "drupal" else [cat, meta_html]
        if s.share_pos == "header":
            head_parts.append(self.share_row(x, "header"))
        art_header = f'<header{n("art_header")}>{"".join(head_parts)}</header>'
        figure = (f'<figure{n("figure")}><img src="/static/images/{a.key}.jpg" alt="{_esc(a.title)}">'
                  f'<figcaption{n("caption")}>{self.c(a.caption)}</figcaption></figure>')
        container, scripts, files = self.body_container(x)
        body = self.wrap(container, s.body_depth, "body_wrap")
        after_in, after_out = [], []
        for comp in s.chrome_after:
            html = {"tags": lambda: self.tags_box(x), "author_box": lambda: self.author_box(x),
                    "related": lambda: self.related_after(x), "prev_next": lambda: self.prev_next(x),
                    "comments": lambda: self.comments(x), "newsletter": self.newsletter, "follow": self.follow_row}[comp]()
            (after_in if comp in ("tags", "author_box", "prev_next", "follow") else after_out).append(html)
        if s.share_pos == "after":
            after_in.insert(0, self.share_row(x, "after"))
        if s.category_link == "footer":
            after_in.insert(0, f"<footer class=\"entry-footer\">{self.category(x, 'footer')}</footer>")
        article_tag = "article" if s.scheme not in ("aspnet",) else "div"
        inner = "\n".join([art_header, figure, body, scripts] + after_in)
        article = f"<{article_tag}{n('article', n=int(a.published.timestamp()) % 100000)}>\n{inner}\n</{article_tag}>"
        if s.scheme == "drupal":   # Drupal prints the title in its own block before the node
            article = (f'<div id="block-pagetitle" class="block block-core block-page-title-block"><h1{n("title")}>'
                       f'<span class="field field--name-title field--type-string field--label-hidden">{_esc(a.title)}</span></h1></div>\n'
                       + article)
        main = "\n".join([crumbs, article] + after_out)
        main = f"<div{n('content_col')}>\n{self.wrap(main, s.article_depth)}\n</div>"
        tail = ""
        if s.scheme == "hashed" and x.js_way != "blob":   # every Next.js page ships its data blob
            article = {"id": x.key, "title": a.title, "section": {"name": a.section_name}, "body": self.body_html(x)}
            if x.date_form in ("jsonld", "time"):   # a page whose date is in words or only in its URL has no ISO date
                article["publishedAt"] = self.iso(a.published)
            blob = {"props": {"pageProps": {"article": article}}, "page": "/article/[slug]", "buildId": f"b{s.seed}",
                    "isFallback": False, "gssp": True}
            tail = f'<script id="__NEXT_DATA__" type="application/json">{_json_script(blob)}</script>\n'
        return self.page(a.title, main, head=self.article_head(x), body_class="single single-post", tail=tail), files

    # --- listings -----------------------------------------------------------------------------
    def card(self, x: SkinArticle, i: int, big: bool = False) -> str:
        s, n, a = self.skin, self.n, x.a
        deco = ["", "", "?utm_source=section", "/", "#comments"][(i + s.seed) % 5]
        url = self.href(a.path) + _esc(deco)
        date = self.c(T.day_only(a.published, s.seed + 1)) if s.seed % 3 else self.c(self.words(a.published, None))
        excerpt = _esc(a.paragraphs[0][:110].rsplit(" ", 1)[0]) + "…"
        cat = f'<a{n("card_category", i, n=SECTION_IDS[a.section])} href="{self.href(self.section_url(a.section))}">{_esc(a.section_name)}</a>'
        h = "h2" if big else "h3"
        style = s.card_style
        if style == "list":
            return f'<li{n("card", i)}><a{n("card_link", i)} href="{url}">{self.c(a.title)}</a> <span{n("card_date", i)}>{date}</span></li>'
        if style == "table":
            return (f'<tr><td><a{n("card_link", i)} href="{url}"><span{n("card_title", i)}>{self.c(a.title)}</span></a>'
                    f'<br><span{n("card_date", i)}>{date}</span></td></tr>')
        if style == "block-link":
            return (f'<a{n("card", i)} href="{url}"><div{n("card_img", i)}><img src="/static/images/{x.key}.jpg" alt=""></div>'
                    f'<{h}{n("card_title", i)}>{self.c(a.title)}</{h}><p{n("card_excerpt", i)}>{excerpt}</p>'
                    f'<span{n("card_date", i)}>{date}</span></a>')
        if style == "overlay":
            return (f'<div{n("card", i)}><a{n("card_link", i)} href="{url}" aria-label="{_esc(a.title)}"></a>'
                    f'<{h}{n("card_title", i)}>{self.c(a.title)}</{h}>{cat}<span{n("card_date", i)}>{date}</span></div>')
        more = self.opt["more"]
        return (f'<article{n("card", i, n=300 + i)}><a{n("card_img", i)} href="{url}"><img src="/static/images/{x.key}.jpg" alt="{_esc(a.title)}"></a>'
                f'{cat}<{h}{n("card_title", i)}><a href="{url}">{self.c(a.title)}</a></{h}>'
                f'<p{n("card_excerpt", i)}>{excerpt}</p><span{n("card_date", i)}>{date}</span>'
                f' <a{n("card_link", i)} href="{url}">{self.c(more)}</a></article>')

    def cards(self, xs: list[SkinArticle], start: int = 0) -> str:
        inner = "\n".join(self.card(x, start + i) for i, x in enumerate(xs))
        style = self.skin.card_style
        if style == "list":
            return f'<ul{self.n("listing")}>{inner}</ul>'
        if style == "table":
            return f'<table{self.n("listing")} cellspacing="0" border="0"><tbody>{inner}</tbody></table>'
        return f'<div{self.n("listing")}>{inner}</div>'

    def pager_href(self, slug: str, p: int, current: int) -> str:
        s = self.skin
        url = self.section_url(slug, p)
        if s.listing == "drupal-term" and p == 1 and current > 1:
            url = url + "?page=0"   # Drupal links its first page as ?page=0
        if s.pager_href == "absolute":
            return self.href(url, "absolute")
        if s.pager_href == "relative" and "?" in url and current > 0:
            base, q = url.split("?", 1)
            here = self.section_url(slug, current).split("?", 1)[0]
            if base == here:
                return _esc("?" + q)
        return self.href(url, "encoded" if self.skin.href_style != "raw" else "raw")

    def pager(self, slug: str, page: int, pages: int) -> tuple[str, str]:
        """(pagination HTML, <link rel=next> for the head)."""
        s, n = self.skin, self.n
        if pages == 1:
            return "", ""
        rel_next = ' rel="next"' if s.pager_rel_next else ""
        nxt = self.pager_href(slug, page + 1, page) if page < pages else None
        prv = self.pager_href(slug, page - 1, page) if page > 1 else None
        head = f'<link rel="next" href="{self.href(self.section_url(slug, page + 1), "absolute")}">\n' if s.pager_head_link and nxt else ""
        parts = []

        def label(text: str) -> str:
            if text in ("»", "›", "«", "‹"):
                return _esc(text)
            return self.c(text)

        if s.scheme == "blogger":
            older, newer = T.BLOGGER_OLDER
            if prv:
                parts.append(f'<a{n("pager_prev")} href="{prv}">{self.c(newer)}</a>')
            if nxt:
                parts.append(f'<a{n("pager_next")} href="{nxt}"{rel_next}>{self.c(older)}</a>')
            return f'<div{n("pager")}>{"".join(parts)}</div>', head
        numbers = []
        for p in range(1, pages + 1):
            if p == page:
                numbers.append(f'<span{n("pager_current")} aria-current="page">{p}</span>')
            else:
                numbers.append(f'<a{n("pager_link", p)} href="{self.pager_href(slug, p, page)}">{p}</a>')
        style = s.pager
        if style in ("numbers-next", "next-only", "numbers-info") and prv:
            parts.append(f'<a{n("pager_prev")} href="{prv}" rel="prev">{label(s.prev_label)}</a>')
        if style == "numbers-info":
            parts.append(f'<span{n("pager_info")}>{self.c(T.PAGE_INFO.format(p=page, n=pages))}</span>')
        if style in ("numbers", "numbers-next", "numbers-info"):
            parts += numbers
        if style in ("numbers-next", "next-only") and nxt:
            parts.append(f'<a{n("pager_next")} href="{nxt}"{rel_next}>{label(s.next_label)}</a>')
        if style == "numbers-info" and nxt:
            parts.append(f'<a{n("pager_next")} href="{nxt}"{rel_next}><i class="icon-menu-left" aria-hidden="true"></i></a>')
        if style == "load-more-link" and nxt:
            parts.append(f'<a{n("more_link")} href="{nxt}"{rel_next} data-page="{page + 1}">{self.c(self.opt["load_more"])}</a>')
        if style == "load-more-link" and not nxt and prv:
            parts.append(f'<a{n("pager_prev")} href="{prv}">{label(s.prev_label)}</a>')
        if s.scheme == "drupal":
            items = "".join(f"<li{n('pager_link')}>{p}</li>" for p in parts)
            return (f'<nav{n("pager")}><h4 id="pagination-heading" class="visually-hidden">{self.c("ترقيم الصفحات")}</h4>'
                    f'<ul class="pager__items js-pager__items">{items}</ul></nav>'), head
        tag = self.opt["block_tag"]
        return f"<{tag}{n('pager')}>{' '.join(parts)}</{tag}>", head

    def listing_page(self, slug: str, name: str, page: int) -> str:
        s, n = self.skin, self.n
        pages = self.page_count(slug)
        xs = self.section_pages(slug)[(page - 1) * s.page_size: page * s.page_size]
        pager, head = self.pager(slug, page, pages)
        crumbs = self.breadcrumb(name, slug, None) if s.breadcrumb and self.opt["crumb_on_listing"] else ""
        heading = f"<h1{n('listing_title')}>{_esc(name)}</h1>" if self.opt["listing_heading"] else ""
        main = f"<div{n('content_col')}>{crumbs}{heading}\n{self.cards(xs)}\n{pager}</div>"
        title = name if page == 1 else f"{name} - {T.PAGE_INFO.format(p=page, n=pages)}"
        return self.page(title, main, head=head, body_class="archive category")

    def home(self) -> str:
        n = self.n
        blocks = [f'<section{n("home_block", 0, n=0)}><h2{n("home_block_title", 0)}>{self.c(self.rng.choice(T.LATEST))}</h2>'
                  f"{self.cards(self.listed[:5])}</section>"]
        for i, (slug, name) in enumerate(self.sections, 1):
            xs = self.section_pages(slug)[:self.rng.randint(1, 2)]
            url = self.href(self.section_url(slug))
            title = (f'<h2{n("home_block_title", i)}><a href="{url}">{_esc(name)}</a></h2>' if self.rng.random() < 0.5
                     else f"<h2{n('home_block_title', i)}>{_esc(name)}</h2>")
            more = f'<a{n("more_link", i)} href="{url}">{self.c(self.rng.choice(["المزيد", "عرض الكل", "المزيد من " + name]))}</a>'
            blocks.append(f'<section{n("home_block", i, n=i)}>{title}{self.cards(xs, 10 * i)}{more}</section>')
        main = f"<div{n('content_col')}>" + "\n".join(blocks) + "</div>"
        return self.page("الرئيسية", main, body_class="home")

    def static(self, title: str, text: str) -> str:
        main = f'<div{self.n("static")}><h1>{_esc(title)}</h1><p>{self.c(text)}</p></div>'
        return self.page(title, main, body_class="page")

    # --- the site -----------------------------------------------------------------------------
    def render(self) -> None:
        files = self.files
        files["index.html"] = self.home()
        for slug, name in self.sections:
            for p in range(1, self.page_count(slug) + 1):
                url = self.section_url(slug, p)
                self.listing_pages.append(url)
                files[file_for(url)] = self.listing_page(slug, name, p)
        for x in self.items:
            html, extra = self.article_page(x)
            files[file_for(x.a.path)] = html
            files.update(extra)
        files["about.html"] = self.static("من نحن", "ليفانت نيوز موقع إخباري مستقل مقره لندن.")
        files["contact.html"] = self.static("اتصل بنا", "للتواصل مع فريق التحرير عبر البريد الإلكتروني.")
        files["caricature.html"] = self.static("كاريكاتير", "رسوم الكاريكاتير اليومية لفريق ليفانت نيوز.")
        files["robots.txt"] = robots_txt("Disallow: /wp-admin/\n" if self.skin.scheme == "wordpress" else "")
        # Sitemaps and feeds, as the replica's (the archive articles are in the sitemaps only).
        discovery, self.discovery = discovery_files([(x.a, skin_lastmod(x)) for x in self.items],
                                                    [x.a for x in self.listed])
        files.update(discovery)


def _ld(doc) -> str:
    return f'<script type="application/ld+json">{_json_script(doc)}</script>\n'


def _json_script(doc) -> str:
    """JSON safe inside <script> (no `</script>` or `<!--` can end it early)."""
    return json.dumps(doc, ensure_ascii=False).replace("</", "<\\/").replace("<!--", "<\\!--")


def _js(text: str) -> str:
    return json.dumps(text, ensure_ascii=False).replace("</", "<\\/").replace("<!--", "<\\!--")


def file_for(url: str) -> str:
    """The file of a built skin that `replica.server.resolve` serves for `url` (a path with query)."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/") or "/"
    if path == "/":
        return "index.html"
    if path.startswith("/article/") and path.count("/") == 2:
        return f"article/{path[len('/article/'):]}.html"
    if path.startswith("/section/") and path.count("/") == 2:
        page = dict(p.split("=", 1) for p in parts.query.split("&") if "=" in p).get("page", "1")
        return f"section/{path.split('/')[2]}/page-{int(page)}.html"
    key = query_key(parts.query)
    return query_file(path, key) if key else path.strip("/") + "/index.html"


# --- truth ----------------------------------------------------------------------------------------


def _truth_strings(strings, bodies: list[str]) -> list[str]:
    """The chrome strings worth checking: with at least two letters, found in no true body."""
    text = "\n".join(normalise(b) for b in bodies)
    out = set()
    for s in set(strings):
        s = normalise(s)
        if len(re.findall(r"[^\W\d_]", s)) < 2:
            continue
        if s in text and chrome_pattern(s).search(text):
            continue
        out.add(s)
    return sorted(out)


def plan_reskin(seed: int) -> tuple[Skin, list[tuple[str, str]], list[SkinArticle], random.Random]:
    """The choices of a seed's skin without rendering it: (skin, sections, articles, the random
    stream the renderer goes on with)."""
    rng = random.Random(seed)
    skin = draw_skin(seed, rng)
    sections, items = select_articles(rng)
    draw_articles(rng, skin, items)
    wire_read_also(rng, items)
    items += draw_archive(seed, skin, sections)   # after all other draws: they stay as they were
    return skin, sections, items, rng


def build_reskin(out: Path, seed: int, *, truth_file: Path | None = None) -> dict:
    """Write the skin of `seed` into `out` (servable by replica.server) and its truth
    (`out/truth.json` unless `truth_file` says otherwise); return the truth."""
    out = Path(out)
    skin, sections, items, rng = plan_reskin(seed)
    r = Renderer(skin, sections, items, rng)
    r.render()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for rel, text in r.files.items():
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    by_key = {x.key: x.a for x in items}
    records = []
    for x in items:
        rec = truth_record(x.a, _model()["by_key"])
        rec["read_also"] = [{"url": by_key[t].path, "title": by_key[t].title}
                            for _, _, t, _ in sorted(x.read_also, key=lambda q: q[0])]
        rec.update(listed=x.listed, needs_js=x.needs_js, js_way=x.js_way, js_variant=x.js_variant if x.needs_js else None,
                   load_more=False, variant=x.date_form,
                   date_form=x.date_form, jsonld=x.jsonld, jsonld_section=x.jsonld_section,
                   modified_at=x.modified.isoformat() if (x.show_updated or x.jsonld) else None,
                   sitemap_only=x.a.sitemap_only, lastmod=skin_lastmod(x).isoformat())
        records.append(rec)
    bodies = [rec["body"] for rec in records]
    truth = {
        "seed": seed,
        "skin": skin.describe(),
        "choices": {k: v for k, v in skin.choices().items()},
        "site_timezone": str(SITE_TZ),
        "sections": [{"slug": s, "name": nm, "url": r.section_url(s), "pages": r.page_count(s)} for s, nm in sections],
        "listing_pages": r.listing_pages,
        "chrome_strings": _truth_strings(r.chrome, bodies),
        **r.discovery,
        "articles": records,
    }
    (truth_file or out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return truth


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--serve", action="store_true", help="then serve it on 127.0.0.1 until Ctrl-C")
    ap.add_argument("--port", type=int, default=0)
    args = ap.parse_args()
    truth = build_reskin(args.out, args.seed)
    arts = truth["articles"]
    print(f"built seed {args.seed} into {args.out}: {len(arts)} articles ({sum(not a['listed'] for a in arts)} "
          f"read-also only, {sum(a['needs_js'] for a in arts)} need JavaScript), {len(truth['listing_pages'])} listing pages")
    print(truth["skin"])
    if args.serve:
        from replica.server import ReplicaServer
        with ReplicaServer(args.out, port=args.port) as srv:
            print(f"serving {srv.url}", flush=True)
            try:
                srv.thread.join()
            except KeyboardInterrupt:
                pass


if __name__ == "__main__":
    main()
