"""The replica's articles in other markup, with chrome inside the body that no list in the code
names: for the learned-chrome tests (newscrawler.extract.chrome) and the `news` crawl of it.

Same facts as `replica/` (titles, dates, bodies with their background paragraphs), another
site: CSS-module class names hashed from a seed, no site profile, and in the body container a
reading-time line and a last-update line at its start, an app prompt after the second
paragraph, then at its end a channel prompt, a morning-letter box (on some pages only) and an
about-the-site box. Their labels are in none of the project's label lists: only learning them
from the site removes them.
"""

from __future__ import annotations

import json
import random
import string
from html import escape
from pathlib import Path

from replica.build import TRUTH_FILE

ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
APP = "حمّلوا تطبيقنا المجاني لتصلكم الأخبار العاجلة أولاً بأول"
CHANNEL = "انضموا إلى قناتنا على تلغرام"
LETTER = ("رسالة الصباح", "أهم ما جرى في المشرق العربي، كل صباح في بريدكم")
ABOUT = "ميدان الشام منصة مستقلة تأسست في لندن، وتغطي شؤون المشرق العربي بالخبر والتحليل."
# What each chrome block puts in a body when it is not removed (one string per block).
CHROME_TEXTS = ["دقائق للقراءة", "جرى التعديل في", APP, CHANNEL, LETTER[0], LETTER[1], ABOUT]


def _hashed(rng: random.Random, name: str) -> str:
    return f"{name}__{''.join(rng.choice(string.ascii_letters + string.digits) for _ in range(5))}"


def classes(seed: int) -> dict[str, str]:
    rng = random.Random(seed)
    names = ["page", "story", "title", "meta", "body", "para", "reading", "updated", "app", "channel", "letter",
             "letter_title", "letter_text", "about"]
    return {n: _hashed(rng, f"Story_{n}") for n in names}


def articles() -> list[dict]:
    """The replica's articles with a body (those a script fills in are left out)."""
    truth = json.loads(TRUTH_FILE.read_text(encoding="utf-8"))
    return [a for a in truth["articles"] if not a["needs_js"]]


def path_of(i: int) -> str:
    return f"/news/{i + 1:04d}-story-of-the-day"


def article_html(a: dict, i: int, seed: int = 7, same_class: bool = False) -> str:
    """One article page. `same_class`: the chrome blocks wear the paragraphs' class."""
    c = classes(seed)
    k = (lambda name: c["para"]) if same_class else (lambda name: c[name])
    paras = [f'<p class="{c["para"]}">{escape(p)}</p>' for p in a["body"].split("\n\n")]
    minutes = str(2 + len(a["body"]) // 400).translate(ARABIC_DIGITS)
    day = str(1 + i % 28).translate(ARABIC_DIGITS)
    head = [f'<p class="{k("reading")}">{minutes} دقائق للقراءة</p>',
            f'<p class="{k("updated")}">جرى التعديل في {day}/٥/٢٠٢٤</p>']
    paras.insert(min(2, len(paras)), f'<p class="{k("app")}">{APP}</p>')
    tail = [f'<p class="{k("channel")}"><a href="https://t.me/midan_alsham">{CHANNEL}</a></p>']
    if i % 3:  # on two pages in three
        tail.append(f'<div class="{k("letter")}"><h4 class="{c["letter_title"]}">{LETTER[0]}</h4>'
                    f'<p class="{c["letter_text"]}">{LETTER[1]}</p><input type="email"><button>أرسلوا</button></div>')
    tail.append(f'<p class="{k("about")}">{ABOUT}</p>')
    body = "\n".join(head + paras + tail)
    title = escape(a["title"])
    return f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{title} - ميدان الشام</title><meta property="og:type" content="article">
<meta property="article:published_time" content="{a["published_at"]}"></head>
<body><div id="__next"><div class="{c["page"]}"><div class="{c["story"]}">
<h1 class="{c["title"]}">{title}</h1><div class="{c["meta"]}"><span>{escape(a["section"])}</span></div>
<div class="{c["body"]}">
{body}
</div></div></div></div></body></html>"""


def pages(seed: int = 7, same_class: bool = False) -> list[tuple[str, str, dict]]:
    """(html, path, truth article) of every re-skinned article."""
    return [(article_html(a, i, seed, same_class), path_of(i), a) for i, a in enumerate(articles())]


def build(out: Path, seed: int = 7, n: int | None = None) -> list[dict]:
    """The re-skinned site in `out` (one index.html per path; the home page lists every
    article), its first `n` articles only when given; returns them with their site URL."""
    out = Path(out)
    found = []
    for html, path, a in pages(seed)[:n]:
        target = out / path.strip("/") / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
        found.append({**a, "url": path})
    links = "".join(f'<li><a href="{p["url"]}/">{escape(p["title"])}</a></li>' for p in found)
    (out / "index.html").write_text(f'<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>ميدان الشام'
                                    f'</title></head><body><ul>{links}</ul></body></html>', encoding="utf-8")
    (out / "robots.txt").write_text("User-agent: *\n", encoding="utf-8")
    return found
