"""Held-out evaluation corpus: Arabic news pages in CMS markups the extractor was never tuned on.

    python -m evaluation.heldout.corpus [--out DIR]   # writes DIR/pages/*.html and DIR/truth.json

Nobody tunes on this corpus: it was written without looking at the extractor's code and without
running it, from what these CMSs and front ends actually print. Deterministic (seeded); a test
checks that the committed pages are this generator's output. Every site is fictional (host names
included); each has its own zone, recorded per page.

Styles (one fictional site each; 9 articles + 1 non-article page each):
- `wp-jannah`  WordPress Jannah theme (`tie-container`, `entry-header`, `post-meta`, breadcrumb
               repeating the title, `entry-sub-title`, "منذ 3 ساعات" dates, Jannah/Yoast JSON-LD),
               and on every third page the JNews theme (`jeg_post_title`, `jeg_meta_date`, inline
               "اقرأ أيضاً" post block inside `content-inner`).  Asia/Baghdad.
- `joomla`     Joomla 3/4 com_content: `item-page` with schema.org microdata (`itemprop="headline"`,
               `datePublished`, `articleBody`), `dl.article-info` (created vs published, hits),
               print/e-mail icons, pagenav; Tunisian month names (جانفي، فيفري…).  Africa/Tunis.
- `blogger`    Blogger/Blogspot classic and Contempo templates: `post-body entry-content`, date
               header, `abbr.published` / `time.published`, `<br />` paragraphs, `tr-caption`
               tables, "BlogName: Post" titles, year/month-only URLs; Moroccan month names in
               datelines.  Africa/Casablanca (its Ramadan offset change included).
- `ghost`      Ghost (Casper): `gh-content`, kg cards (image, embedded tweet, bookmark, callout),
               `article-excerpt`, date-only `datetime` with Arabic-Indic digits, `.000Z` times in
               ghost_head.  Asia/Damascus.
- `amp`        AMP article pages (`<html amp>` / `<html ⚡>`, amp-img, amp-ad, amp-social-share):
               the WordPress legacy AMP reader template (relative date printed, UTC in `datetime`)
               and an Egyptian portal AMP template (12-hour "ص/م" times).  Africa/Cairo.
- `frontend`   Al-Jazeera-like (`main#main-content-area`, `wysiwyg`, "آخر تحديث … (توقيت مكة)",
               figure credits, "المصدر : …") and BBC-Arabic-like (`main role=main`, hashed classes,
               `time[data-testid=timestamp]`, "يناير/ كانون الثاني", "صدر الصورة").  Asia/Qatar.
- `gulf-daily` ASP.NET Saudi daily: `ctl00_…` spans, title not in any `<h…>`, Hijri + Gregorian
               ("الموافق") dates, hamza variants, a long readers' comment thread, windows-1256 on
               some pages.  Asia/Riyadh.

Non-article pages (category, tag, label and section listings) have truth `"article": false`, no
title, no date and an empty body: a correct extractor returns nothing for them.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from html import escape
from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo

from evaluation.corpus import run_cli, write_corpus  # file plumbing only: the pages are this module's own
from replica.content import COUNTRIES, ORGS, OFFICIALS, TOPICS

HERE = Path(__file__).resolve().parent
PAGES_DIR = HERE / "pages"
TRUTH_FILE = HERE / "truth.json"
SEED = 7331
ARTICLES_PER_STYLE = 9
CAPTURE = datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)

SITES = {
    "wp-jannah": ("https://www.dijla-news.net", "دجلة نيوز", "Asia/Baghdad"),
    "joomla": ("https://www.nabd-tunis.net", "نبض تونس", "Africa/Tunis"),
    "blogger": ("https://asdaa-atlas.blogspot.com", "أصداء الأطلس", "Africa/Casablanca"),
    "ghost": ("https://www.sawaqi.net", "سواقي", "Asia/Damascus"),
    "amp": ("https://www.delta-gate.com", "بوابة الدلتا", "Africa/Cairo"),
    "frontend": ("https://www.khaleej-net.net", "الخليج نت", "Asia/Qatar"),
    "gulf-daily": ("https://www.alwatan-gulf.com", "صحيفة الوطن الخليجية", "Asia/Riyadh"),
}

# --- text pools (new; only names of countries, organisations, officials and topics are shared) ---

CITY_POOLS = {
    "wp-jannah": ["بغداد", "البصرة", "الموصل", "النجف", "كربلاء", "أربيل", "الناصرية", "كركوك"],
    "joomla": ["تونس", "صفاقس", "سوسة", "القيروان", "بنزرت", "قابس", "نابل", "القصرين"],
    "blogger": ["الدار البيضاء", "الرباط", "مراكش", "فاس", "طنجة", "أكادير", "وجدة", "الحسيمة"],
    "ghost": ["دمشق", "حلب", "حمص", "حماة", "طرطوس", "اللاذقية", "السويداء", "درعا"],
    "amp": ["القاهرة", "الإسكندرية", "المنصورة", "طنطا", "أسيوط", "الزقازيق", "دمياط", "سوهاج"],
    "frontend": ["الدوحة", "غزة", "الخرطوم", "صنعاء", "بيروت", "طرابلس", "مقديشو", "عدن"],
    "gulf-daily": ["الرياض", "جدة", "الدمام", "مكة المكرمة", "المدينة المنورة", "أبها", "تبوك", "حائل"],
}

HEADLINES = [
    "{org} تحذر من موجة جفاف غير مسبوقة في {country}",
    "افتتاح أول محطة لتحلية المياه بالطاقة الشمسية في {city}",
    "ارتفاع أسعار الخضر في أسواق {city} قبيل شهر رمضان",
    "{official} يبحث مع نظيره الفرنسي {topic}",
    "إضراب عام يشل حركة النقل في {city}",
    "توقيف شبكة لتهريب الوقود على الحدود مع {country}",
    "الحكومة تقر موازنة تكميلية بقيمة {n} مليار",
    "فيضانات تغمر أحياء في {city} وإجلاء مئات الأسر",
    "نتائج الامتحانات الوطنية: نسبة النجاح تبلغ {n} بالمئة",
    "مهرجان {city} السينمائي يكشف عن أفلام دورته الجديدة",
    "البنك المركزي يرفع سعر الفائدة للمرة الثالثة هذا العام",
    "انقطاع الإنترنت عن مناطق واسعة في {country} لساعات",
    "منتخب {country} يتأهل إلى نصف نهائي كأس العرب",
    "وزارة الصحة تسجل {n} إصابة جديدة بالحصبة في {city}",
    "أزمة الخبز تعود إلى {city} وطوابير أمام المخابز",
    "حريق يلتهم مئات الهكتارات من الغابات قرب {city}",
    "إطلاق برنامج لدعم الشباب العاطلين عن العمل في {city}",
    "مسئول أممي: الوضع الإنساني في {city} كارثي",
    "اسرائيل تعلن إغلاق معبر حدودي حتى إشعار آخر",
    "الى متى تستمر أزمة السيولة في مصارف {city}؟",
    "هيئة الأرصاد تتوقع أمطاراً رعدية على {city} نهاية الأسبوع",
    "توقيع اتفاقية لإنشاء منطقة صناعية مشتركة مع {country}",
    "ارتفاع عدد السياح الوافدين إلى {city} بنسبة {n}%",
    "الإفراج عن {n} موقوفاً بعد وساطة في {city}",
    "جامعة {city} تطلق أول تخصص في الذكاء الاصطناعي",
    "«{org}» تدعو إلى هدنة إنسانية عاجلة في {city}",
    "بالصور.. سيول جارفة تقطع الطريق الدولي قرب {city}",
    "تراجع صادرات التمور بنسبة {n}% خلال الربع الأول",
    "انطلاق حملة التلقيح ضد شلل الأطفال في {city}",
    "مجلس النواب يصادق على قانون الاستثمار الجديد",
    "ضبط أطنان من المواد الغذائية الفاسدة في مستودع بـ{city}",
    "إطلاق خط جوي مباشر بين {city} وإسطنبول",
    "عمال النظافة في {city} يواصلون إضرابهم لليوم الخامس",
    "كيف أثرت الحرب على أسعار الأدوية في {country}؟",
    "اكتشاف موقع أثري يعود إلى العصر الروماني قرب {city}",
    "تأجيل محاكمة متهمين في قضية فساد كبرى بـ{city}",
]

SENTENCES = [
    "وأوضح مصدر مطلع أن الإجراءات الجديدة ستدخل حيز التنفيذ مطلع الشهر المقبل.",
    "وشهدت {city} خلال الأيام الماضية حالة من الترقب في انتظار القرار الرسمي.",
    "وقال {official} في تصريح صحفي إن الحكومة ماضية في تنفيذ التزاماتها تجاه المواطنين.",
    "ويعاني سكان المنطقة منذ سنوات من نقص حاد في الخدمات الأساسية.",
    "ودعت {org} السلطات إلى تحمل مسؤولياتها وحماية المدنيين.",
    "وبحسب أرقام رسمية، تجاوز عدد المتضررين {n} ألف شخص.",
    "ولم يصدر حتى الآن أي تعليق رسمي على هذه المعلومات.",
    "ويرى خبراء اقتصاديون أن هذه الخطوة قد تساهم في تخفيف الضغط على العملة المحلية.",
    "وتداول ناشطون على مواقع التواصل مقاطع مصورة تظهر حجم الأضرار.",
    "وأشار التقرير إلى أن {topic} بات يشكل تحدياً كبيراً أمام الحكومة.",
    "واعتبر مراقبون أن التوقيت يحمل رسائل سياسية واضحة.",
    "وتأتي هذه التطورات في ظل أزمة اقتصادية خانقة تمر بها {country}.",
    "من جهته، نفى المتحدث باسم الوزارة وجود أي نية لرفع الأسعار.",
    "وأكدت مصادر محلية في {city} أن فرق الإنقاذ ما زالت تعمل في الموقع.",
    "ومن المنتظر أن يعقد الطرفان جولة جديدة من المفاوضات الأسبوع المقبل.",
    "وطالب نواب في البرلمان بفتح تحقيق عاجل في ملابسات الحادثة.",
    "وكانت السلطات قد أعلنت في وقت سابق عن خطة طوارئ لمواجهة الأزمة.",
    "واشتكى عدد من التجار من تراجع الإقبال على الشراء بشكل لافت.",
    "وتشير التقديرات إلى أن الخسائر قد تتجاوز {n} مليون دولار.",
    "وفي السياق ذاته، أعلنت {org} عن تخصيص مساعدات إضافية للمناطق المتضررة.",
    "ويأمل الأهالي أن تنعكس هذه القرارات إيجاباً على حياتهم اليومية.",
    "وأضاف أن اللجنة المختصة ستقدم تقريرها النهائي خلال أسبوعين.",
    "وتعد هذه المرة الأولى منذ عقد التي تتخذ فيها الحكومة إجراء مماثلاً.",
    "ولفت إلى ان الوزارة تتابع الملف عن كثب بالتنسيق مع الجهات المعنية.",
    "وقال احد السكان إن المياه لم تصل إلى الحي منذ أكثر من أسبوع.",
    "وأكد مسئول في البلدية أن أعمال الصيانة ستنتهي قبل نهاية الشهر.",
]

SUBHEADS = ["مطالب بالمحاسبة", "أرقام مقلقة", "موقف الحكومة", "انعكاسات اقتصادية", "ما الذي تغيّر؟",
            "شهادات من الميدان", "خلفية القرار", "الخطوات المقبلة"]
LIST_INTROS = ["وتضمنت الإجراءات المعلنة ما يلي:", "وأبرز ما جاء في القرار:", "وحدد البيان عدة نقاط، أبرزها:"]
LIST_ITEMS = ["تمديد ساعات العمل في المراكز الحكومية", "إعفاء صغار المزارعين من الرسوم لمدة عام",
              "تخصيص خط ساخن لتلقي الشكاوى", "تشكيل لجنة لمتابعة تنفيذ القرارات",
              "منع تصدير المواد الأساسية حتى إشعار آخر", "صرف تعويضات عاجلة للأسر المتضررة",
              "تشديد الرقابة على الأسواق والمحلات التجارية", "إطلاق منصة إلكترونية لتقديم الطلبات"]
QUOTES = ["لن نسمح بأن يدفع المواطن ثمن أخطاء لم يرتكبها، وسنتخذ كل ما يلزم لحماية قوته اليومي",
          "ما نعيشه اليوم هو نتيجة سنوات من الإهمال وغياب التخطيط",
          "الأبواب ما زالت مفتوحة أمام الحوار، ونأمل أن يتحلى الجميع بروح المسؤولية"]
TABLE_HEADS = [["المادة", "السعر السابق", "السعر الجديد"], ["المحافظة", "عدد الإصابات", "حالات الشفاء"]]
TABLE_ROWS = [["الخبز", "الأرز", "السكر", "الزيت", "الطحين"], ["الشمالية", "الوسطى", "الجنوبية", "الساحلية"]]
CAPTIONS = ["صورة من موقع الحادث", "جانب من الاجتماع", "أرشيفية", "صورة تعبيرية", "مواطنون ينتظرون أمام أحد المخابز"]
TWEETS = ["نتابع بقلق بالغ التطورات الأخيرة وندعو جميع الأطراف إلى ضبط النفس",
          "اجتماع مثمر اليوم مع ممثلي القطاع الخاص لبحث سبل دعم الاستثمار"]
AUTHORS = ["حيدر الساعدي", "مريم بن علي", "يوسف العلمي", "لمى الخطيب", "أحمد عبد الحميد", "فاطمة المري",
           "عبد الرحمن القحطاني", "سلمى الزين"]
COMMENTERS = ["أبو فهد", "مواطن غيور", "نورة", "سعد العتيبي", "زائر", "ابو عبدالله", "متابع", "ام سلطان",
              "خالد", "صالح الدوسري", "محب الوطن", "فيصل"]
COMMENT_TEXTS = ["الله يعطيكم العافية على هذا الخبر المهم.", "نتمنى من المسئولين الاهتمام بهذا الموضوع بشكل اكبر.",
                 "كلام جميل لكن العبرة بالتطبيق على ارض الواقع.", "هذا القرار تأخر كثيراً وكان لازم من زمان.",
                 "وين الرقابة على الاسعار؟ كل يوم في زيادة.", "شكراً للصحيفة على المتابعة المستمرة.",
                 "الموضوع يحتاج دراسة اعمق قبل الحكم عليه.", "اتفق مع الاخ في التعليق السابق تماماً.",
                 "نبي حلول جذرية مو مسكنات مؤقتة.", "ان شاء الله خير للجميع."]
TAGS = ["اقتصاد", "حكومة", "أسعار", "طقس", "صحة", "تعليم", "برلمان", "أمن", "رياضة", "ثقافة"]

MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
          "نوفمبر", "ديسمبر"]
MONTHS_TN = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر",
             "نوفمبر", "ديسمبر"]
MONTHS_MA = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر",
             "نونبر", "دجنبر"]
MONTHS_SY = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
             "تشرين الأول", "تشرين الثاني", "كانون الأول"]
WEEKDAYS = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
HIJRI_MONTHS = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب",
                "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


# --- model -----------------------------------------------------------------------------------

@dataclass
class Block:
    kind: str            # in the body: p h2 h3 ul ol quote table; chrome: figure tweet readalso ad
    text: str = ""
    items: list = field(default_factory=list)
    html: str = ""       # a paragraph's inline markup (links, bold)


def body_lines(blocks: list[Block]) -> list[str]:
    out = []
    for b in blocks:
        if b.kind in ("p", "h2", "h3", "quote"):
            out.append(b.text)
        elif b.kind in ("ul", "ol"):
            out.extend(b.items)
        elif b.kind == "table":
            out.extend(" ".join(row) for row in b.items)
    return out


@dataclass
class Page:
    id: str
    style: str
    url: str
    title: str | None
    published: datetime | None
    date_from: str | None
    blocks: list[Block]
    html: str
    encoding: str = "utf-8"
    charset_declared: str | None = "utf-8"
    article: bool = True

    @property
    def file(self) -> str:
        return f"{self.id}.html"

    def truth(self) -> dict:
        return {
            "id": self.id, "file": "pages/" + self.file, "style": self.style, "url": self.url,
            "timezone": SITES[self.style][2], "article": self.article, "title": self.title,
            "published_at": self.published.isoformat(timespec="seconds") if self.published else None,
            "date_from": self.date_from, "encoding": self.encoding,
            "charset_declared": self.charset_declared, "body": "\n\n".join(body_lines(self.blocks)),
        }

    def data(self) -> bytes:
        return self.html.encode(self.encoding)   # strict: a cp1256 page holds only what cp1256 can


# --- helpers -------------------------------------------------------------------------------------

def e(text: str) -> str:
    return escape(text, quote=False)


def a(text: str) -> str:
    return escape(text, quote=True)


def fill(rng: random.Random, template: str, style: str) -> str:
    return template.format(city=rng.choice(CITY_POOLS[style]), country=rng.choice(COUNTRIES),
                           org=rng.choice(ORGS), official=rng.choice(OFFICIALS), topic=rng.choice(TOPICS),
                           n=rng.randint(3, 90))


def slug(text: str, words: int = 6) -> str:
    kept = "".join(c if c.isalnum() or c == " " else " " for c in text).split()[:words]
    return "-".join(kept)


def qslug(text: str, words: int = 6) -> str:
    return quote(slug(text, words))


def pub_time(rng: random.Random, style: str, *, recent_hours: int | None = None) -> datetime:
    zone = ZoneInfo(SITES[style][2])
    if recent_hours is not None:
        return (CAPTURE - timedelta(hours=recent_hours, minutes=rng.randint(1, 50))).astimezone(zone)
    start = datetime(2023, 1, 1, tzinfo=timezone.utc)
    dt = start + timedelta(minutes=rng.randint(0, (3 * 365 + 300) * 24 * 60))
    return dt.replace(second=0).astimezone(zone)


def midnight(dt: datetime) -> datetime:
    return datetime(dt.year, dt.month, dt.day, tzinfo=dt.tzinfo)


def iso(dt: datetime, zone: str | None = None, *, z: bool = False, ms: bool = False) -> str:
    if z:
        u = dt.astimezone(timezone.utc)
        return u.strftime("%Y-%m-%dT%H:%M:%S") + (".000Z" if ms else "Z")
    return (dt.astimezone(ZoneInfo(zone)) if zone else dt).isoformat(timespec="seconds")


def hijri(d: date) -> tuple[int, int, int]:
    """Tabular Islamic calendar (civil epoch)."""
    jd = d.toordinal() + 1721425
    l_ = jd - 1948440 + 10632
    n = (l_ - 1) // 10631
    l_ = l_ - 10631 * n + 354
    j = ((10985 - l_) // 5316) * ((50 * l_) // 17719) + (l_ // 5670) * ((43 * l_) // 15238)
    l_ = l_ - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * l_) // 709
    day = l_ - (709 * m) // 24
    return 30 * n + j - 30, m, day


def hm12(dt: datetime) -> str:
    h = dt.hour % 12 or 12
    return f"{h:02d}:{dt.minute:02d} {'ص' if dt.hour < 12 else 'م'}"


def relative(dt: datetime) -> str:
    hours = int((CAPTURE - dt).total_seconds() // 3600)
    if hours < 1:
        return "منذ دقائق"
    if hours == 1:
        return "منذ ساعة"
    if hours == 2:
        return "منذ ساعتين"
    if hours < 11:
        return f"منذ {hours} ساعات"
    if hours < 24:
        return f"منذ {hours} ساعة"
    days = hours // 24
    return {1: "منذ يوم واحد", 2: "منذ يومين"}.get(days, f"منذ {days} أيام")


def jsonld(doc: dict) -> str:
    return '<script type="application/ld+json">' + json.dumps(doc, ensure_ascii=False) + "</script>"


def unique_title(rng: random.Random, style: str, used: set) -> str:
    while True:
        t = fill(rng, rng.choice(HEADLINES), style)
        if t not in used:
            used.add(t)
            return t


def paragraph(rng: random.Random, style: str, n: int | None = None) -> Block:
    sents = [fill(rng, s, style) for s in rng.sample(SENTENCES, n or rng.randint(2, 3))]
    text = " ".join(sents)
    html = e(text)
    r = rng.random()
    if r < 0.3:  # an inline link on an organisation or city name, as editors add them
        for name in ORGS + CITY_POOLS[style]:
            if name in text:
                html = html.replace(e(name), f'<a href="/tag/{qslug(name)}/">{e(name)}</a>', 1)
                break
    elif r < 0.45:
        first = sents[0]
        html = f"<strong>{e(first)}</strong>" + e(text[len(first):])
    return Block("p", text, html=html)


def make_body(rng: random.Random, style: str, *, n: int | None = None, subheads: bool = False,
              lst: bool = False, quote_: bool = False, table: bool = False, tweet: bool = False,
              figure: bool = False, readalso: int = 0, ad: bool = False, heading: str = "h2") -> list[Block]:
    blocks = [paragraph(rng, style) for _ in range(n or rng.randint(4, 6))]
    extra: list[tuple[int, list[Block]]] = []
    if subheads:
        heads = rng.sample(SUBHEADS, 2)
        extra.append((2, [Block(heading, heads[0])]))
        extra.append((len(blocks) - 1, [Block(heading, heads[1])]))
    if lst:
        intro = rng.choice(LIST_INTROS)
        extra.append((3, [Block("p", intro, html=e(intro)),
                          Block(rng.choice(["ul", "ol"]), items=rng.sample(LIST_ITEMS, rng.randint(3, 4)))]))
    if quote_:
        extra.append((1, [Block("quote", rng.choice(QUOTES))]))
    if table:
        k = rng.randrange(2)
        rows = [TABLE_HEADS[k]]
        for name in rng.sample(TABLE_ROWS[k], 3):
            x = rng.randint(10, 900)
            rows.append([name, str(x), str(x + rng.randint(5, 90))])
        extra.append((len(blocks) - 2, [Block("p", "وفي ما يلي تفاصيل الأرقام:", html="وفي ما يلي تفاصيل الأرقام:"),
                                        Block("table", items=rows)]))
    if tweet:
        extra.append((2, [Block("tweet", rng.choice(TWEETS))]))
    if figure:
        extra.append((3, [Block("figure", rng.choice(CAPTIONS))]))
    for k in range(readalso):
        extra.append((2 + 2 * k, [Block("readalso", fill(rng, rng.choice(HEADLINES), style))]))
    if ad:
        extra.append((1, [Block("ad")]))
    # insert from the back so earlier positions stay valid
    for pos, bl in sorted(extra, key=lambda x: -x[0]):
        pos = max(1, min(pos, len(blocks)))
        blocks[pos:pos] = bl
    return blocks


def fix_lines(blocks: list[Block]) -> None:
    """A quote must be introduced, a subheading must not end the body."""
    while blocks and blocks[-1].kind in ("h2", "h3", "figure", "readalso", "ad", "tweet"):
        blocks.pop()


def render_blocks(blocks: list[Block], *, p: str = "<p>{}</p>", h: str = "<{t}>{x}</{t}>",
                  quote_fmt: str = "<blockquote><p>{}</p></blockquote>", figure=None, tweet=None,
                  readalso=None, ad=None, table_cls: str = "") -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(p.format(b.html or e(b.text)))
        elif b.kind in ("h2", "h3"):
            out.append(h.format(t=b.kind, x=e(b.text)))
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{e(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "quote":
            out.append(quote_fmt.format(e(b.text)))
        elif b.kind == "table":
            head, *rows = b.items
            out.append(f"<table{table_cls}><thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in head)
                       + "</tr></thead><tbody>"
                       + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
                       + "</tbody></table>")
        elif b.kind == "figure" and figure:
            out.append(figure(b.text))
        elif b.kind == "tweet" and tweet:
            out.append(tweet(b.text))
        elif b.kind == "readalso" and readalso:
            out.append(readalso(b.text))
        elif b.kind == "ad" and ad:
            out.append(ad())
    return "\n".join(out)


def tweet_html(text: str, when: datetime) -> str:
    month_en = when.strftime("%B")
    return (f'<blockquote class="twitter-tweet" data-lang="ar"><p lang="ar" dir="rtl">{e(text)} '
            f'<a href="https://t.co/x7Kq2LmN0p">pic.twitter.com/x7Kq2LmN0p</a></p>&mdash; وزارة الخارجية (@MoFA_Info) '
            f'<a href="https://twitter.com/MoFA_Info/status/17{when.strftime("%y%m%d%H%M")}0042?ref_src=twsrc%5Etfw">'
            f'{month_en} {when.day}, {when.year}</a></blockquote>\n'
            '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>')


def related_titles(rng: random.Random, style: str, n: int) -> list[str]:
    return [fill(rng, t, style) for t in rng.sample(HEADLINES, n)]


# --- wp-jannah -------------------------------------------------------------------------------------

def wp_jannah(rng: random.Random, i: int, used: set) -> Page:
    style = "wp-jannah"
    origin, site, zone = SITES[style]
    jnews = i % 3 == 2
    title = unique_title(rng, style, used)
    variant = i % 4
    recent = variant in (0, 2) or jnews
    dt = pub_time(rng, style, recent_hours=rng.randint(2, 60) if recent else None)
    post_id = rng.randint(90000, 260000)
    cat, cat_slug = rng.choice([("عراقية", "iraq"), ("سياسة", "politics"), ("اقتصاد", "economy"), ("محلية", "local")])
    url = f"{origin}/archives/{post_id}" if i % 2 == 0 else f"{origin}/{cat_slug}/{qslug(title)}/"
    author = rng.choice(AUTHORS)
    sub = fill(rng, rng.choice(SENTENCES), style) if i % 2 == 1 else None
    blocks = make_body(rng, style, subheads=i % 3 != 1, lst=i in (1, 4), quote_=i in (0, 5), tweet=i in (3, 7),
                       figure=i % 2 == 0, readalso=1 if jnews else 0, ad=not jnews, heading=rng.choice(["h2", "h3"]))
    fix_lines(blocks)
    modified = dt + timedelta(hours=rng.randint(1, 30))
    ld_graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{title} - {site}", "isPartOf": {"@id": origin + "/#website"},
         "datePublished": iso(dt), "dateModified": iso(modified), "inLanguage": "ar"},
        {"@type": "NewsArticle", "@id": url + "#article", "headline": title, "datePublished": iso(dt),
         "dateModified": iso(modified), "author": {"@type": "Person", "name": author},
         "mainEntityOfPage": {"@id": url}, "articleSection": [cat], "inLanguage": "ar"},
        {"@type": "WebSite", "@id": origin + "/#website", "url": origin + "/", "name": site, "inLanguage": "ar"}]}
    head_meta = ""
    if jnews:
        date_from = "meta"
        head_meta = (f'<meta property="article:published_time" content="{iso(dt, "UTC") if i == 5 else iso(dt)}" />\n'
                     f'<meta property="article:modified_time" content="{iso(modified)}" />\n')
    elif variant == 1 or variant == 3:
        date_from = "meta"
        head_meta = (f'<meta property="article:published_time" content="{iso(dt)}" />\n'
                     f'<meta property="article:modified_time" content="{iso(modified)}" />\n')
    else:
        date_from = "jsonld"
    ld = jsonld(ld_graph) if date_from == "jsonld" else ""
    printed_abs = f"{dt.day} {MONTHS[dt.month - 1]}، {dt.year}"
    topbar = f"{WEEKDAYS[CAPTURE.astimezone(ZoneInfo(zone)).weekday()]}, {CAPTURE.day} نوفمبر {CAPTURE.year}"
    fig = lambda c: (f'<figure class="wp-block-image size-large"><img decoding="async" src="{origin}/wp-content/uploads/'
                     f'{dt.year}/{dt.month:02d}/img-{post_id}.jpg" alt="" /><figcaption class="wp-element-caption">{e(c)}</figcaption></figure>')
    ad = lambda: ('<div class="stream-item stream-item-in-post stream-item-inline-post aligncenter">'
                  '<span class="stream-title">إعلان</span><a href="https://ads.example.net/c/1"><img src="/ads/728x90.jpg" alt=""></a></div>')
    tw = lambda t: f'<figure class="wp-block-embed is-type-rich is-provider-twitter"><div class="wp-block-embed__wrapper">{tweet_html(t, dt)}</div></figure>'
    ra = lambda t: (f'<div class="jnews_inline_related_post_wrapper"><div class="jnews_inline_related_post">'
                    f'<div class="jeg_postblock_29 jeg_postblock jeg_col_2o3"><div class="jeg_block_heading"><h3 class="jeg_block_title">'
                    f'<span>اقرأ أيضاً</span></h3></div><div class="jeg_posts"><div class="jeg_postsmall"><article class="jeg_post">'
                    f'<div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{origin}/archives/{post_id - 7}">{e(t)}</a></h3>'
                    f'</div></article></div></div></div></div></div>')
    body_html = render_blocks(blocks, figure=fig, ad=ad, tweet=tw, readalso=ra, quote_fmt="<blockquote class=\"wp-block-quote\"><p>{}</p></blockquote>")
    rel = related_titles(rng, style, 3)
    tags = rng.sample(TAGS, 3)
    n_comments = rng.randint(0, 4)
    head = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8" />
<link rel="profile" href="https://gmpg.org/xfn/11" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{e(title)} - {e(site)}</title>
<meta name="robots" content="index, follow, max-image-preview:large" />
<link rel="canonical" href="{a(url)}" />
<meta property="og:locale" content="ar_AR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{a(title)} - {a(site)}" />
<meta property="og:url" content="{a(url)}" />
<meta property="og:site_name" content="{a(site)}" />
{head_meta}<meta name="twitter:card" content="summary_large_image" />
{ld}
<link rel='stylesheet' id='tie-css-base-css' href='{origin}/wp-content/themes/{"jnews" if jnews else "jannah"}/assets/css/base.min.css?ver=7.1.0' type='text/css' media='all' />
<meta name="generator" content="WordPress 6.4.3" />
</head>
"""
    header = f"""<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below no-stream-item top-nav-active has-shadow">
<nav id="top-nav" class="has-date-breaking-components top-nav header-nav has-breaking-news" aria-label="الشريط العلوي"><div class="container"><div class="topbar-wrapper">
<div class="topbar-today-date tie-icon">{topbar}</div>
<div class="tie-alignleft"><div class="breaking controls-is-active"><span class="breaking-title"><span class="tie-icon-bolt breaking-icon" aria-hidden="true"></span><span class="breaking-title-text">عاجل</span></span>
<ul id="breaking-news-in-header" class="breaking-news" data-type="reveal"><li class="news-item"><a href="{origin}/archives/{post_id + 3}">{e(rel[0])}</a></li><li class="news-item"><a href="{origin}/archives/{post_id + 5}">{e(rel[1])}</a></li></ul></div></div>
</div></div></nav>
<div class="container header-container"><div class="tie-row logo-row"><div class="logo-wrapper"><div class="tie-col-md-4 logo-container clearfix"><div id="logo" class="image-logo"><a title="{a(site)}" href="{origin}/"><picture class="tie-logo-default tie-logo-picture"><img class="tie-logo-img-default tie-logo-img" src="{origin}/wp-content/uploads/logo.png" alt="{a(site)}" width="300" height="70" /></picture></a></div></div></div></div></div>
<div class="main-nav-wrapper"><nav id="main-nav" class="main-nav header-nav" aria-label="القائمة الرئيسية"><div class="container"><div class="main-menu-wrapper"><div id="menu-components-wrap"><div class="main-menu main-menu-wrap tie-alignleft"><div id="main-nav-menu" class="main-menu header-menu"><ul id="menu-main" class="menu" role="menubar"><li class="menu-item"><a href="{origin}/">الرئيسية</a></li><li class="menu-item"><a href="{origin}/category/iraq/">عراقية</a></li><li class="menu-item"><a href="{origin}/category/politics/">سياسة</a></li><li class="menu-item"><a href="{origin}/category/economy/">اقتصاد</a></li><li class="menu-item"><a href="{origin}/category/sport/">رياضة</a></li></ul></div></div></div></div></div></nav></div>
</header>"""
    if not jnews:
        if variant in (0, 2):
            date_html = f'<span class="date meta-item tie-icon">{relative(dt)}</span>'
        else:
            date_html = (f'<span class="meta-item last-updated">آخر تحديث: {modified.day} {MONTHS[modified.month - 1]}، {modified.year}</span>'
                         f'<span class="date meta-item tie-icon">{printed_abs}</span>')
        sub_html = f'<h2 class="entry-sub-title">{e(sub)}</h2>' if sub else ""
        article = f"""<article id="the-post" class="container-wrapper post-content tie-standard">
<header class="entry-header-outer">
<nav id="breadcrumb"><a href="{origin}/"><span class="tie-icon-home" aria-hidden="true"></span> الرئيسية</a><em class="delimiter">/</em><a href="{origin}/category/{cat_slug}/">{e(cat)}</a><em class="delimiter">/</em><span class="current">{e(title)}</span></nav>
<div class="entry-header">
<span class="post-cat-wrap"><a class="post-cat tie-cat-4" href="{origin}/category/{cat_slug}/">{e(cat)}</a></span>
<h1 class="post-title entry-title">{e(title)}</h1>
{sub_html}
<div id="single-post-meta" class="post-meta clearfix"><span class="author-meta single-author no-avatars"><span class="meta-item meta-author-wrapper meta-author-3"><span class="meta-author"><a href="{origin}/author/{post_id % 97}/" class="author-name tie-icon" title="{a(author)}">{e(author)}</a></span></span></span>{date_html}<div class="tie-alignright"><span class="meta-comment tie-icon meta-item fa-before">{n_comments}</span><span class="meta-views meta-item warm"><span class="tie-icon-fire" aria-hidden="true"></span> {rng.randint(200, 9000):,} </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> {rng.choice(["دقيقة واحدة", "دقيقتين", "3 دقائق"])}</span></div></div>
</div>
</header>
<div class="featured-area"><div class="featured-area-inner"><figure class="single-featured-image"><img width="780" height="470" src="{origin}/wp-content/uploads/{dt.year}/{dt.month:02d}/{post_id}.jpg" class="attachment-jannah-image-post size-jannah-image-post wp-post-image" alt="" decoding="async" /><figcaption class="single-caption-text"><span class="tie-icon-camera" aria-hidden="true"></span> {e(rng.choice(CAPTIONS))}</figcaption></figure></div></div>
<div class="entry-content entry clearfix">
<div class="stream-item stream-item-above-post-content"><a href="https://ads.example.net/c/2"><img src="/ads/top.jpg" alt=""></a></div>
{body_html}
<div class="stream-item stream-item-below-post-content"><div class="stream-item-size"><ins class="adsbygoogle" data-ad-client="ca-pub-0000000000000000"></ins></div></div>
</div>
<div id="post-extra-info"><div class="theiaStickySidebar"><div id="single-post-meta" class="post-meta clearfix"><span class="date meta-item tie-icon">{relative(dt) if variant in (0, 2) else printed_abs}</span></div></div></div>
<div class="clearfix"></div>
<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> الوسوم</div><span class="tagcloud">{"".join(f'<a href="{origin}/tag/{qslug(t)}/" rel="tag">{e(t)}</a>' for t in tags)}</span></div>
<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom"><div class="share-links share-centered icons-text"><div class="share-title"><span class="tie-icon-share" aria-hidden="true"></span><span> شاركها</span></div>
<a href="https://www.facebook.com/sharer.php?u={a(url)}" rel="external noopener nofollow" title="فيسبوك" target="_blank" class="facebook-share-btn large-share-button" data-raw="https://www.facebook.com/sharer.php?u={{post_link}}"><span class="share-btn-icon tie-icon-facebook"></span> <span class="social-text">فيسبوك</span></a><a href="https://x.com/intent/post?text={qslug(title, 20)}" rel="external noopener nofollow" title="‫X" target="_blank" class="twitter-share-btn large-share-button"><span class="share-btn-icon tie-icon-twitter"></span> <span class="social-text">‫X</span></a><a href="https://api.whatsapp.com/send?text={a(url)}" title="واتساب" class="whatsapp-share-btn"><span class="share-btn-icon tie-icon-whatsapp"></span> <span class="screen-reader-text">واتساب</span></a><a href="https://telegram.me/share/url?url={a(url)}" title="تيلقرام" class="telegram-share-btn"><span class="share-btn-icon tie-icon-paper-plane"></span> <span class="screen-reader-text">تيلقرام</span></a></div></div>
</article>
<div class="post-components">
<div class="about-author container-wrapper about-author-3"><div class="author-info"><h3 class="author-name"><a href="{origin}/author/{post_id % 97}/">{e(author)}</a></h3><div class="author-bio">صحفي ومحرر في القسم السياسي، يغطي الشأن المحلي منذ عام 2015.</div></div></div>
<div class="prev-next-post-nav container-wrapper media-overlay"><div class="tie-col-xs-6 prev-post"><a href="{origin}/archives/{post_id - 1}" class="post-thumb" rel="prev"><div class="post-thumb-overlay-wrap"><div class="post-thumb-overlay"><span class="tie-icon tie-media-icon"></span><span class="screen-reader-text">السابق</span></div></div></a><a href="{origin}/archives/{post_id - 1}" rel="prev"><h3 class="post-title">{e(rel[2])}</h3></a></div></div>
<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>مقالات ذات صلة</h3></div><div class="related-posts-list">{"".join(f'<div class="related-item"><a aria-label="{a(t)}" href="{origin}/archives/{post_id - 20 - k}" class="post-thumb"><img src="/r{k}.jpg" alt=""></a><h3 class="post-title"><a href="{origin}/archives/{post_id - 20 - k}">{e(t)}</a></h3><div class="post-meta clearfix"><span class="date meta-item tie-icon">منذ {k + 2} أيام</span></div></div>' for k, t in enumerate(rel))}</div></div>
<div id="comments" class="comments-area"><div id="add-comment-block" class="container-wrapper"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title the-global-title">اترك تعليقاً</h3><form action="{origin}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">لن يتم نشر عنوان بريدك الإلكتروني.</span> <span class="required-field-message">الحقول الإلزامية مشار إليها بـ <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">التعليق <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">الاسم <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" required /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق" /></p></form></div></div></div>
</div>"""
    else:
        article = f"""<div class="jeg_main jeg_sidebar_right"><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container">
<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span class=""><a href="{origin}">الرئيسية</a></span><i class="fa fa-angle-left"></i><span class="breadcrumb_last_link"><a href="{origin}/category/{cat_slug}/">{e(cat)}</a></span></div></div>
<div class="row"><div class="jeg_main_content col-md-8"><div class="jeg_inner_content">
<div class="entry-header">
<h1 class="jeg_post_title">{e(title)}</h1>
{f'<h2 class="jeg_post_subtitle">{e(sub)}</h2>' if sub else ""}
<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left"><div class="jeg_meta_author"><span class="meta_text">بواسطة</span> <a href="{origin}/author/{post_id % 97}/">{e(author)}</a></div><div class="jeg_meta_date"><a href="{a(url)}">{relative(dt)}</a></div><div class="jeg_meta_category"><span><span class="meta_text">في</span> <a href="{origin}/category/{cat_slug}/" rel="category tag">{e(cat)}</a></span></div></div><div class="meta_right"><div class="jeg_meta_comment"><a href="{a(url)}#comments"><i class="fa fa-comment-o"></i> {n_comments}</a></div></div></div></div>
</div>
<div class="jeg_featured featured_image"><a href="{origin}/wp-content/uploads/{post_id}.jpg"><div class="thumbnail-container animate-lazy" style="padding-bottom:56.25%"><img width="750" height="422" src="{origin}/wp-content/uploads/{post_id}.jpg" class="attachment-jnews-750x422 size-jnews-750x422 wp-post-image" alt="" /></div></a><p class="wp-caption-text">{e(rng.choice(CAPTIONS))}</p></div>
<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><div class="jeg_share_stats"><div class="jeg_share_count"><div class="counts">{rng.randint(2, 90)}</div><span class="sharetext">مشاركة</span></div></div><div class="jeg_sharelist"><a href="http://www.facebook.com/sharer.php?u={a(url)}" rel="nofollow" class="jeg_btn-facebook expanded"><i class="fa fa-facebook-official"></i><span>شارك على فيسبوك</span></a><a href="https://twitter.com/intent/tweet?url={a(url)}" rel="nofollow" class="jeg_btn-twitter expanded"><i class="fa fa-twitter"></i><span>شارك على تويتر</span></a></div></div></div>
<div class="jeg_ad jeg_article jnews_content_top_ads"><div class="ads-wrapper"><a href="https://ads.example.net/c/9" class="adlink ads_image"><img src="/ads/content-top.jpg" alt=""></a></div></div>
<div class="entry-content no-share"><div class="jeg_share_button share-float jeg_sticky_share clearfix share-monocrhome"></div>
<div class="content-inner ">
{body_html}
</div>
</div>
<div class="jeg_post_tags"><span>الوسوم:</span> {"".join(f'<a href="{origin}/tag/{qslug(t)}/" rel="tag">{e(t)}</a>' for t in tags)}</div>
<div class="jnews_prev_next_container"><div class="jeg_prevnext_post"><a href="{origin}/archives/{post_id - 1}" class="post prev-post"><span class="caption">المقال السابق</span><h3 class="post-title">{e(rel[2])}</h3></a></div></div>
<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_2o3"><div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>قد يعجبك ايضا</span></h3></div><div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">{"".join(f'<article class="jeg_post jeg_pl_md_5 format-standard"><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{origin}/archives/{post_id - 30 - k}">{e(t)}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{origin}/archives/{post_id - 30 - k}"><i class="fa fa-clock-o"></i> منذ {k + 3} أيام</a></div></div></div></article>' for k, t in enumerate(rel))}</div></div></div></div>
<div class="jnews_comment_container"><div id="comments" class="jeg_comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">اترك تعليقاً <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">إلغاء الرد</a></small></h3><form action="{origin}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment">التعليق</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق" /></p></form></div></div></div>
</div></div>"""
    aside = f"""<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="القائمة الجانبية الرئيسية"><div class="theiaStickySidebar">
<div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">الأكثر مشاهدة<span class="widget-title-icon tie-icon"></span></div></div><div class="widget-posts-list-wrapper"><div class="widget-posts-list-container"><ul class="posts-list-items widget-posts-wrapper">{"".join(f'<li class="widget-single-post-item widget-post-list tie-standard"><div class="post-widget-body"><a class="post-title the-subtitle" href="{origin}/archives/{post_id - 100 - k}">{e(t)}</a><div class="post-meta"><span class="date meta-item tie-icon">{(dt - timedelta(days=k + 1)).day} {MONTHS[(dt - timedelta(days=k + 1)).month - 1]}، {(dt - timedelta(days=k + 1)).year}</span></div></div></li>' for k, t in enumerate(related_titles(rng, style, 4)))}</ul></div></div><div class="clearfix"></div></div>
<div id="social-statistics-2" class="container-wrapper widget social-statistics-widget"><div class="widget-title the-global-title"><div class="the-subtitle">تابعنا</div></div><ul class="solid-social-icons"><li class="social-icons-item"><a class="facebook-social-icon" href="https://www.facebook.com/dijlanews" rel="nofollow noopener" target="_blank"><span class="followers"><span class="followers-num">1.2M</span><span class="followers-name">متابع</span></span></a></li></ul></div>
</div></aside>"""
    footer = f"""<footer id="footer" class="site-footer dark-skin dark-widgetized-area"><div id="site-info" class="site-info site-info-layout-2"><div class="container"><div class="tie-row"><div class="tie-col-md-12"><div class="copyright-text copyright-text-first">&copy; حقوق النشر 2026، جميع الحقوق محفوظة &nbsp;|&nbsp; {e(site)}</div><div class="footer-menu"><ul id="menu-footer" class="menu"><li><a href="{origin}/about/">من نحن</a></li><li><a href="{origin}/contact/">اتصل بنا</a></li><li><a href="{origin}/privacy/">سياسة الخصوصية</a></li></ul></div></div></div></div></div></footer>"""
    body_cls = f"post-template-default single single-post postid-{post_id} single-format-standard wrap-boxed is-percent-width"
    html = (head + f'<body id="tie-body" class="{body_cls}">\n<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">\n'
            + header + f'\n<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">\n<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">\n'
            + article + "\n</div>\n" + aside + "\n</div></div>\n" + footer
            + "\n</div></div></div>\n<script type='text/javascript' src='/wp-includes/js/jquery/jquery.min.js' id='jquery-core-js'></script>\n</body>\n</html>\n")
    return Page(f"{style}-{i:02d}", style, url, title, dt, date_from, blocks, html)


# --- joomla ---------------------------------------------------------------------------------------

def tn_date(dt: datetime, *, weekday: bool = False, time_: bool = False) -> str:
    s = f"{dt.day:02d} {MONTHS_TN[dt.month - 1]} {dt.year}"
    if weekday:
        s = f"{WEEKDAYS[dt.weekday()]}, {s}"
    if time_:
        s += f" {dt.hour:02d}:{dt.minute:02d}"
    return s


def joomla(rng: random.Random, i: int, used: set) -> Page:
    style = "joomla"
    origin, site, zone = SITES[style]
    j4 = i % 2 == 1
    title = unique_title(rng, style, used)
    dt = pub_time(rng, style)
    art_id = rng.randint(3000, 48000)
    cat, cat_slug, cat_id = rng.choice([("وطنية", "watania", 8), ("جهات", "jihat", 11), ("اقتصاد", "iktissad", 9),
                                        ("عالمية", "alamia", 14)])
    url = (f"{origin}/index.php/{cat_slug}/{cat_id}-{cat_slug}/{art_id}-{qslug(title)}" if i % 3 == 0
           else f"{origin}/{cat_slug}/item/{art_id}-{qslug(title)}.html")
    author = rng.choice(AUTHORS)
    blocks = make_body(rng, style, subheads=i in (2, 5, 8), lst=i in (3, 6), table=i in (1, 7), quote_=i == 4,
                       figure=i % 3 == 1, heading="h3")
    fix_lines(blocks)
    created = dt - timedelta(hours=rng.randint(2, 20), minutes=rng.randint(0, 59))
    modified = dt + timedelta(days=rng.randint(0, 3), hours=rng.randint(1, 9))
    mode = i % 3  # 0: <time datetime> with offset; 1: printed only (with time); 2: time datetime + created shown first
    if mode == 1:
        date_from = "printed"
        published_dd = (f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> '
                        f'نشر بتاريخ {tn_date(dt, weekday=True, time_=True)}</dd>')
    else:
        date_from = "microdata"
        published_dd = (f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
                        f'<time datetime="{iso(dt)}" itemprop="datePublished">نشر بتاريخ: {tn_date(dt, weekday=True, time_=True)}</time></dd>')
    created_dd = (f'<dd class="create"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
                  f'<time datetime="{iso(created)}" itemprop="dateCreated">أنشئ بتاريخ: {tn_date(created, weekday=True, time_=True)}</time></dd>'
                  if mode == 2 else "")
    modified_dd = (f'<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
                   f'<time datetime="{iso(modified)}" itemprop="dateModified">آخر تحديث: {tn_date(modified, weekday=True, time_=True)}</time></dd>'
                   if i % 2 == 0 else "")
    img = lambda c: (f'<p style="text-align: center;"><img src="/images/{dt.year}/{dt.month:02d}/{art_id}.jpg" alt="{a(c)}" width="640" height="360" /></p>'
                     f'<p style="text-align: center;"><em><span style="font-size: 10pt;">{e(c)}</span></em></p>')
    p_fmt = '<p style="text-align: justify;"><span style="font-size: 12pt;">{}</span></p>' if i % 2 == 0 else "<p>{}</p>"
    body_html = render_blocks(blocks, p=p_fmt, figure=img, table_cls=' class="table table-bordered" style="width: 100%;"')
    if i % 4 == 0:  # editors' empty paragraphs
        body_html = "<p>&nbsp;</p>\n" + body_html + "\n<p>&nbsp;</p>"
    tags = rng.sample(TAGS, 2)
    rel = related_titles(rng, style, 4)
    h_tag = "h1" if j4 else "h2"
    item_cls = "com-content-article item-page" if j4 else "item-page"
    title_tag = f"{title} - {site}" if i % 3 != 2 else title
    generator = '<meta name="generator" content="Joomla! - Open Source Content Management" />\n'
    hits = rng.randint(40, 20000)
    html = f"""<!DOCTYPE html>
<html lang="ar-aa" dir="rtl">
<head>
<meta charset="utf-8" />
<base href="{a(url)}" />
<meta name="keywords" content="{a('، '.join(tags))}" />
<meta name="author" content="{a(author)}" />
<meta name="description" content="{a(blocks[0].text[:150])}" />
{generator}<title>{e(title_tag)}</title>
<link href="/templates/{"cassiopeia" if j4 else "protostar"}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/media/jui/css/bootstrap-rtl.css?1a2b" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?1a2b"></script>
<script>jQuery(function($){{ initTooltips(); $("body").on("subform-row-add", initTooltips); }});</script>
</head>
<body class="site com_content view-article no-layout no-task itemid-{cat_id + 100} rtl">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><img src="{origin}/images/logo-nabd.png" alt="{a(site)}" /></a><div class="header-search pull-right"><div class="search"><form action="/index.php" method="post" class="form-inline" role="search"><label for="mod-search-searchword94" class="element-invisible">ابحث</label> <input name="searchword" id="mod-search-searchword94" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="بحث..." /></form></div></div></div></header>
<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">تبديل التنقل</span></a></div><div class="nav-collapse"><ul class="nav menu nav-pills mod-list"><li class="item-101 default"><a href="/index.php">الرئيسية</a></li><li class="item-108 current active"><a href="/index.php/{cat_slug}">{e(cat)}</a></li><li class="item-110"><a href="/index.php/riadha">رياضة</a></li><li class="item-111"><a href="/index.php/thakafa">ثقافة</a></li></ul></div></nav>
<div class="moduletable"><div class="newsflash"><h4 class="newsflash-title">عاجل</h4><p>{e(rel[0])}</p></div></div>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<div class="{item_cls}" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="ar-AA" />
<div class="page-header"><{h_tag} itemprop="headline">{e(title)}</{h_tag}></div>
<div class="icons"><div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{art_id}" aria-label="أدوات المستخدم" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button><ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{art_id}"><li class="print-icon"><a href="{a(url)}?tmpl=component&amp;print=1" title="طباعة المقال &lt; {a(title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span>طباعة</a></li><li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;template=protostar&amp;link=abc{art_id}" title="أرسل هذا الرابط لصديق" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span>البريد الإلكتروني</a></li></ul></div></div>
<dl class="article-info muted">
<dt class="article-info-term">التفاصيل</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span> كتب بواسطة: <span itemprop="name">{e(author)}</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> الفئة: <a href="/index.php/{cat_slug}" itemprop="genre">{e(cat)}</a></dd>
{created_dd}{published_dd}
{modified_dd}<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{hits}" /> زيارات: {hits}</dd>
</dl>
<div itemprop="articleBody"{' class="com-content-article__body"' if j4 else ''}>
{body_html}
</div>
<ul class="tags inline">{"".join(f'<li class="tag-{k + 2} tag-list{k}" itemprop="keywords"><a href="/index.php/component/tags/tag/{qslug(t)}" class="label label-info">{e(t)}</a></li>' for k, t in enumerate(tags))}</ul>
<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="{a(rel[1])}" aria-label="المقال السابق: {a(rel[1])}" href="/index.php/{cat_slug}/{art_id - 1}" rel="prev"><span class="icon-chevron-right" aria-hidden="true"></span> <span aria-hidden="true">السابق</span></a></li><li class="next"><a class="hasTooltip" title="{a(rel[2])}" aria-label="المقال التالي: {a(rel[2])}" href="/index.php/{cat_slug}/{art_id + 1}" rel="next"><span aria-hidden="true">التالي</span> <span class="icon-chevron-left" aria-hidden="true"></span></a></li></ul>
</div>
</main>
<div id="aside" class="span3"><div class="well "><h3 class="page-header">الأكثر قراءة</h3><ul class="mostread mod-list">{"".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="/index.php/{cat_slug}/{art_id - 50 - k}" itemprop="url"><span itemprop="name">{e(t)}</span></a></li>' for k, t in enumerate(rel[1:]))}</ul></div>
<div class="well "><h3 class="page-header">آخر الأخبار</h3><ul class="latestnews mod-list"><li itemscope itemtype="https://schema.org/Article"><a href="/index.php/{cat_slug}/{art_id + 7}" itemprop="url"><span itemprop="name">{e(rel[3])}</span></a></li></ul></div></div>
</div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr /><p class="pull-right"><a href="#top" id="back-top">العودة للأعلى</a></p><p>&copy; 2026 {e(site)}</p></div></footer>
</body>
</html>
"""
    return Page(f"{style}-{i:02d}", style, url, title, dt, date_from, blocks, html)


# --- blogger --------------------------------------------------------------------------------------

def blogger(rng: random.Random, i: int, used: set) -> Page:
    style = "blogger"
    origin, site, zone = SITES[style]
    contempo = i % 3 == 2
    title = unique_title(rng, style, used)
    dt = pub_time(rng, style)
    if i == 1:   # a post published during Ramadan 2025, when Morocco is on +00:00
        dt = datetime(2025, 3, 12, 21, 40, tzinfo=ZoneInfo(zone))
    url = f"{origin}/{dt.year}/{dt.month:02d}/" + (f"blog-post_{dt.day:02d}.html" if i % 2 == 0 else f"blog-post_{10 + i}.html")
    author = rng.choice(AUTHORS)
    post_id = str(rng.randint(10 ** 17, 10 ** 18))
    city = rng.choice(CITY_POOLS[style])
    blocks = make_body(rng, style, subheads=i in (3, 6), lst=i == 5, figure=i % 2 == 0, quote_=i == 7)
    fix_lines(blocks)
    if i % 3 == 0:   # a dateline opening the text, in Moroccan month names: article text, not a date source
        b = blocks[0]
        dl = f"{city} – {dt.day} {MONTHS_MA[dt.month - 1]} {dt.year}: "
        blocks[0] = Block("p", dl + b.text, html=e(dl) + b.html)
    hide_stamp = i in (4, 7)  # template hides the post timestamp: the date header (a day) is all there is
    if contempo:
        date_from = "time"
    elif hide_stamp:
        date_from = "printed (day only)"
    else:
        date_from = "abbr"
    published = midnight(dt) if hide_stamp else dt

    def fig(c: str) -> str:
        return (f'<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody>'
                f'<tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh{post_id[:8]}/s1600/photo.jpg" style="margin-left: auto; margin-right: auto;">'
                f'<img border="0" data-original-height="720" data-original-width="1280" height="225" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh{post_id[:8]}/w400-h225/photo.jpg" width="400" /></a></td></tr>'
                f'<tr><td class="tr-caption" style="text-align: center;">{e(c)}</td></tr></tbody></table>')

    parts = []
    for b in blocks:
        if b.kind == "p":
            parts.append(b.html + "<br /><br />" if i % 2 == 0 else f'<div style="text-align: justify;">{b.html}</div><div><br /></div>')
        elif b.kind in ("h2", "h3"):
            parts.append(f'<h3 style="text-align: right;">{e(b.text)}</h3>')
        elif b.kind in ("ul", "ol"):
            parts.append(f"<{b.kind}>" + "".join(f"<li>{e(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "quote":
            parts.append(f'<blockquote style="border: none; margin: 0 40px 0 0; padding: 0px;">{e(b.text)}</blockquote><br />')
        elif b.kind == "figure":
            parts.append(fig(b.text))
    body_html = f'<div dir="rtl" style="text-align: right;" trbidi="on">\n' + "\n".join(parts) + "\n</div>"
    labels = rng.sample(["أخبار", "مجتمع", "جهات", "رأي", "ثقافة"], 2)
    rel = related_titles(rng, style, 4)
    n_comments = rng.choice([0, 0, 2, 5])
    comments = "".join(
        f'<li class="comment" id="c{post_id[:6]}{k}"><div class="avatar-image-container"><img src="//resources.blogblog.com/img/blank.gif" width="35" height="35"/></div><div class="comment-block"><div class="comment-header"><cite class="user">{e(rng.choice(COMMENTERS))}</cite><span class="icon user"></span><span class="datetime secondary-text"><a rel="nofollow" href="{a(url)}?showComment=16{k}#c{k}">{dt.day + 1 if dt.day < 28 else 1} {MONTHS[dt.month - 1]} {dt.year} في {(dt.hour + k) % 12 + 1}:{(dt.minute + 7 * k) % 60:02d} م</a></span></div><p class="comment-content">{e(rng.choice(COMMENT_TEXTS))}</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self" data-comment-id="{k}">رد</a></span></div></li>'
        for k in range(n_comments))
    header_day = f"{WEEKDAYS[dt.weekday()].replace('الإثنين', 'الاثنين')}، {dt.day} {MONTHS[dt.month - 1]} {dt.year}"
    hour12 = hm12(dt).lstrip("0")
    stamp = ("" if hide_stamp else
             f"<span class='post-timestamp'>في <meta content='{a(url)}' itemprop='url'/><a class='timestamp-link' href='{a(url)}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{iso(dt)}'>{hour12}</abbr></a></span>")
    if contempo:
        post_html = f"""<article class='post-outer-container'><div class='post-outer'><div class='post'>
<script type='application/ld+json'>{{"@context": "http://schema.org", "@type": "BlogPosting", "mainEntityOfPage": {{"@type": "WebPage", "@id": "{url}"}}, "headline": "{title}", "description": "{blocks[0].text[:90]}", "datePublished": "{iso(dt)}", "dateModified": "{iso(dt + timedelta(minutes=12))}", "image": {{"@type": "ImageObject", "url": "https://blogger.googleusercontent.com/img/b/U2hvZWJveA/{post_id[:8]}/w1200-h630-p-k-no-nu/img.jpg", "height": 630, "width": 1200}}, "publisher": {{"@type": "Organization", "name": "Blogger", "logo": {{"@type": "ImageObject", "url": "https://blogger.googleusercontent.com/img/b/U2hvZWJveA/logo.png", "width": 206, "height": 60}}}}, "author": {{"@type": "Person", "name": "{author}"}}}}</script>
<a name='{post_id}'></a>
<h3 class='post-title entry-title'>{e(title)}</h3>
<div class='post-header'><div class='post-header-line-1'><span class='byline post-author vcard'><span class='byline-label'>بواسطة</span> <span class='fn'><meta content='https://www.blogger.com/profile/0{post_id[:10]}' itemprop='url'/><a class='g-profile' href='https://www.blogger.com/profile/0{post_id[:10]}' rel='author' title='author profile'><span itemprop='name'>{e(author)}</span></a></span></span>
<span class='byline post-timestamp'><meta content='{a(url)}'/><a class='timestamp-link' href='{a(url)}' rel='bookmark' title='permanent link'><time class='published' datetime='{iso(dt)}' title='{iso(dt)}'>{MONTHS[dt.month - 1]} {dt.day:02d}, {dt.year}</time></a></span></div></div>
<div class='post-body-container'><div class='post-body entry-content float-container' id='post-body-{post_id}'>
{body_html}
</div></div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='byline post-labels'><span class='byline-label'>التصنيفات:</span>{"".join(f"<a href='{origin}/search/label/{quote(l)}' rel='tag'>{e(l)}</a>" for l in labels)}</span></div>
<div class='post-share-buttons post-share-buttons-bottom invisible'><div class='byline post-share-buttons goog-inline-block'><div aria-owns='sharing-popup-Blog1-byline-{post_id}' class='sharing' data-title='{a(title)}'><button aria-controls='sharing-popup-Blog1-byline-{post_id}' aria-label='مشاركة' class='sharing-button touchpad-button' data-url='{a(url)}' id='sharing-button-Blog1-byline-{post_id}' role='button'>مشاركة</button><div class='share-buttons-container'><ul aria-hidden='true' aria-label='مشاركة' class='share-buttons hidden' id='sharing-popup-Blog1-byline-{post_id}' role='menu'><li><span aria-label='الحصول على الرابط' class='sharing-platform-button sharing-element-link' role='menuitem' title='الحصول على الرابط'><div class='platform-sharing-text'>الحصول على الرابط</div></span></li><li><span aria-label='مشاركة في Facebook' class='sharing-platform-button sharing-element-facebook' data-href='https://www.facebook.com/sharer/sharer.php?u={a(url)}' role='menuitem' title='مشاركة في Facebook'><div class='platform-sharing-text'>Facebook</div></span></li></ul></div></div></div></div></div>
</div></div>
<section class='comments' data-num-comments='{n_comments}' id='comments'><a name='comments'></a><h3 class='title'>{"تعليقات" if n_comments else "ليست هناك تعليقات:"}</h3><div class='comments-content'><ol id='top-ra'>{comments}</ol></div><div class='comment-footer'><a name='comment-form'></a><h4 id='comment-post-message'>إرسال تعليق</h4><a href='https://www.blogger.com/comment/frame/{post_id}' id='comment-editor-src'></a><iframe allowtransparency='allowtransparency' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%'></iframe></div></section>
</article>"""
    else:
        post_html = f"""<div class='date-outer'>
<h2 class='date-header'><span>{header_day}</span></h2>
<div class='date-posts'><div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='https://blogger.googleusercontent.com/img/b/R29vZ2xl/{post_id[:8]}/s640/img.jpg' itemprop='image_url'/>
<meta content='7{post_id[:17]}' itemprop='blogId'/><meta content='{post_id}' itemprop='postId'/>
<a name='{post_id}'></a>
<h3 class='post-title entry-title' itemprop='name'>{e(title)}</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-{post_id}' itemprop='description articleBody'>
{body_html}
<div style='clear: both;'></div>
</div>
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>مرسلة بواسطة <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><meta content='https://www.blogger.com/profile/0{post_id[:10]}' itemprop='url'/><a class='g-profile' href='https://www.blogger.com/profile/0{post_id[:10]}' rel='author' title='author profile'><span itemprop='name'>{e(author)}</span></a></span></span>
{stamp}
<span class='post-comment-link'></span><span class='post-icons'><span class='item-control blog-admin pid-1977'><a href='https://www.blogger.com/post-edit.g?blogID=7&amp;postID={post_id}&amp;from=pencil' title='تعديل الرسالة'><img alt='' class='icon-action' height='18' src='https://resources.blogblog.com/img/icon18_edit_allbkg.gif' width='18'/></a></span></span>
<div class='post-share-buttons goog-inline-block'><a class='goog-inline-block share-button sb-email' href='https://www.blogger.com/share-post.g?blogID=7&amp;postID={post_id}&amp;target=email' target='_blank' title='إرسال بالبريد الإلكتروني'><span class='share-button-link-text'>إرسال بالبريد الإلكتروني</span></a><a class='goog-inline-block share-button sb-blog' href='https://www.blogger.com/share-post.g?blogID=7&amp;postID={post_id}&amp;target=blog' onclick='window.open(this.href, "_blank", "height=270,width=475"); return false;' target='_blank' title='كتابة مدونة حول هذه المشاركة'><span class='share-button-link-text'>كتابة مدونة حول هذه المشاركة</span></a><a class='goog-inline-block share-button sb-twitter' href='https://www.blogger.com/share-post.g?blogID=7&amp;postID={post_id}&amp;target=twitter' target='_blank' title='‏المشاركة على X'><span class='share-button-link-text'>‏المشاركة على X</span></a><a class='goog-inline-block share-button sb-facebook' href='https://www.blogger.com/share-post.g?blogID=7&amp;postID={post_id}&amp;target=facebook' target='_blank' title='‏المشاركة في Facebook'><span class='share-button-link-text'>‏المشاركة في Facebook</span></a></div>
</div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>التصنيفات: {", ".join(f"<a href='{origin}/search/label/{quote(l)}' rel='tag'>{e(l)}</a>" for l in labels)}</span></div>
</div>
</div>
<div class='comments' id='comments'><a name='comments'></a><h4>{f"‏{n_comments} من التعليقات:" if n_comments else "‏لا توجد تعليقات:"}</h4><div class='comments-content'><ol>{comments}</ol></div>
<p class='comment-footer'><div class='comment-form'><a name='comment-form'></a><h4 id='comment-post-message'>إرسال تعليق</h4><p></p><a href='https://www.blogger.com/comment/frame/{post_id}' id='comment-editor-src'></a><iframe allowtransparency='true' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%'></iframe></div></p></div>
</div></div></div>
<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='{origin}/{dt.year}/{dt.month:02d}/newer.html' id='Blog1_blog-pager-newer-link' title='رسالة أحدث'>رسالة أحدث</a></span><span id='blog-pager-older-link'><a class='blog-pager-older-link' href='{origin}/{dt.year}/{dt.month:02d}/older.html' id='Blog1_blog-pager-older-link' title='رسالة أقدم'>رسالة أقدم</a></span><a class='home-link' href='{origin}/'>الصفحة الرئيسية</a></div>
<div class='post-feeds'><div class='feed-links'>الاشتراك في: <a class='feed-link' href='{origin}/feeds/{post_id}/comments/default' target='_blank' type='application/atom+xml'>تعليقات الرسالة (Atom)</a></div></div>"""
    sidebar = f"""<div class='widget PopularPosts' data-version='1' id='PopularPosts1'><h2>المشاركات الشائعة</h2><div class='widget-content popular-posts'><ul>{"".join(f"<li><div class='item-content'><div class='item-title'><a href='{origin}/{dt.year}/0{k + 1}/post-{k}.html'>{e(t)}</a></div><div class='item-snippet'>{e(fill(rng, rng.choice(SENTENCES), style))}</div></div><div style='clear: both;'></div></li>" for k, t in enumerate(rel[:3]))}</ul></div></div>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>أرشيف المدونة</h2><div class='widget-content'><div id='ArchiveList'><div id='BlogArchive1_ArchiveList'><ul class='hierarchy'><li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>▼&nbsp;</span></a><a class='post-count-link' href='{origin}/{dt.year}/'>{dt.year}</a> <span class='post-count' dir='ltr'>({rng.randint(20, 140)})</span><ul class='hierarchy'><li class='archivedate expanded'><a class='post-count-link' href='{origin}/{dt.year}/{dt.month:02d}/'>{MONTHS[dt.month - 1]}</a> <span class='post-count' dir='ltr'>({rng.randint(3, 15)})</span><ul class='posts'><li><a href='{a(url)}'>{e(title)}</a></li><li><a href='{origin}/{dt.year}/{dt.month:02d}/x.html'>{e(rel[3])}</a></li></ul></li></ul></li></ul></div></div></div></div>
<div class='widget Label' data-version='1' id='Label1'><h2>التصنيفات</h2><div class='widget-content list-label-widget-content'><ul>{"".join(f"<li><a dir='rtl' href='{origin}/search/label/{quote(l)}'>{e(l)}</a><span dir='ltr'>({rng.randint(4, 80)})</span></li>" for l in ["أخبار", "مجتمع", "جهات", "رأي", "ثقافة"])}</ul></div></div>
<div class='widget Profile' data-version='1' id='Profile1'><h2>من أنا</h2><div class='widget-content'><dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/0{post_id[:10]}' rel='author'>{e(author)}</a></dt></dl><a class='profile-link' href='https://www.blogger.com/profile/0{post_id[:10]}' rel='author'>عرض الملف الشخصي الكامل الخاص بي</a></div></div>"""
    page_title = f"{site}: {title}" if not contempo else title
    html = f"""<!DOCTYPE html>
<html class='v2' dir='rtl' lang='ar' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='{origin}/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='{a(url)}' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="{a(site)} - Atom" href="{origin}/feeds/posts/default" />
<link rel="service.post" type="application/atom+xml" title="{a(site)} - Atom" href="https://www.blogger.com/feeds/7{post_id[:17]}/posts/default" />
<meta content='{a(url)}' property='og:url'/>
<meta content='{a(title)}' property='og:title'/>
<meta content='{a(blocks[0].text[:120])}' property='og:description'/>
<title>{e(page_title)}</title>
<style id='page-skin-1' type='text/css'><!--
body {{ font: normal normal 14px Tahoma, Arial, sans-serif; color: #222222; background: #ffffff; }}
--></style>
</head>
<body class='{"version-1-3-3 variant-indie_light" if contempo else "loading variant-simplysimple"}'>
<div class='navbar no-items section' id='navbar' name='Navbar'></div>
<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'></div></div>
<div class='content'><div class='content-outer'>
<header><div class='header-outer'><div class='header-inner'><div class='section' id='header' name='رأس الصفحة'><div class='widget Header' data-version='1' id='Header1'><div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='{origin}/'>{e(site)}</a></h1></div><div class='descriptionwrapper'><p class='description'><span>مدونة إخبارية مستقلة تتابع شؤون المغرب والمنطقة</span></p></div></div></div></div></div></div></header>
<div class='tabs-outer'><div class='tabs-inner'><div class='section' id='crosscol'><div class='widget PageList' data-version='1' id='PageList1'><div class='widget-content'><ul><li class='selected'><a href='{origin}/'>الصفحة الرئيسية</a></li><li><a href='{origin}/p/about.html'>من نحن</a></li><li><a href='{origin}/p/contact.html'>اتصل بنا</a></li></ul></div></div></div></div></div>
<div class='main-outer'><div class='main-inner columns-fix-width'>
<div class='column-center-outer'><div class='column-center-inner'><div class='main section' id='main' name='الرئيسية'><div class='widget Blog' data-version='1' id='Blog1'><div class='blog-posts hfeed'>
{post_html}
</div></div></div></div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'>
{sidebar}
</div></aside></div></div>
</div></div>
<footer><div class='footer-outer'><div class='section' id='footer-3'><div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>يتم التشغيل بواسطة <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div></div></footer>
</div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/2975350358-widgets.js"></script>
</body>
</html>
"""
    return Page(f"{style}-{i:02d}", style, url, title, published, date_from, blocks, html)


# --- ghost ------------------------------------------------------------------------------------------

def ghost(rng: random.Random, i: int, used: set) -> Page:
    style = "ghost"
    origin, site, zone = SITES[style]
    title = unique_title(rng, style, used)
    dt = pub_time(rng, style)
    url = f"{origin}/{qslug(title, 5).lower()}/"
    author = rng.choice(AUTHORS)
    excerpt = fill(rng, rng.choice(SENTENCES), style)
    tag, tag_slug = rng.choice([("سياسة", "politics"), ("مجتمع", "society"), ("اقتصاد", "economy"), ("تحقيقات", "investigations")])
    blocks = make_body(rng, style, subheads=i % 2 == 0, lst=i in (1, 6), tweet=i in (2, 5, 8), figure=i % 3 == 0,
                       readalso=1 if i % 2 == 1 else 0, quote_=i in (3, 4))
    fix_lines(blocks)
    modified = dt + timedelta(hours=rng.randint(0, 48), minutes=rng.randint(1, 59))
    img_host = "https://www.sawaqi.net/content/images"

    def fig(c: str) -> str:
        return (f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="{img_host}/{dt.year}/{dt.month:02d}/photo-{i}.jpg" class="kg-image" alt="" loading="lazy" width="2000" height="1333" '
                f'srcset="{img_host}/size/w600/{dt.year}/{dt.month:02d}/photo-{i}.jpg 600w, {img_host}/size/w1000/{dt.year}/{dt.month:02d}/photo-{i}.jpg 1000w" sizes="(min-width: 720px) 720px">'
                f'<figcaption><span style="white-space: pre-wrap;">{e(c)}</span></figcaption></figure>')

    def tw(t: str) -> str:
        return f'<figure class="kg-card kg-embed-card">{tweet_html(t, dt)}</figure>'

    def ra(t: str) -> str:
        if i % 4 == 1:
            return (f'<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div>'
                    f'<div class="kg-callout-text"><b><strong style="white-space: pre-wrap;">اقرأ أيضاً: </strong></b><a href="{origin}/{qslug(t, 4)}/"><span style="white-space: pre-wrap;">{e(t)}</span></a></div></div>')
        return (f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="{origin}/{qslug(t, 4)}/"><div class="kg-bookmark-content">'
                f'<div class="kg-bookmark-title">{e(t)}</div><div class="kg-bookmark-description">{e(fill(rng, rng.choice(SENTENCES), style))}</div>'
                f'<div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="{origin}/content/images/size/w256h256/icon.png" alt=""><span class="kg-bookmark-author">{e(site)}</span><span class="kg-bookmark-publisher">{e(author)}</span></div></div>'
                f'<div class="kg-bookmark-thumbnail"><img src="{img_host}/thumb.jpg" alt="" onerror="this.style.display = \'none\'"></div></a></figure>')

    body_html = render_blocks(blocks, figure=fig, tweet=tw, readalso=ra)
    if i % 3 == 2:
        body_html += ('\n<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #c0392b">'
                      '<h2>هذا المقال متاح للمشتركين</h2><a class="gh-btn" data-portal="signup" href="#/portal/signup">اشترك الآن مجاناً</a>'
                      '<p><small>لديك حساب؟ <a data-portal="signin" href="#/portal/signin">تسجيل الدخول</a></small></p></div></aside>')
    ld = {"@context": "https://schema.org", "@type": "Article",
          "publisher": {"@type": "Organization", "name": site, "url": origin + "/",
                        "logo": {"@type": "ImageObject", "url": origin + "/content/images/2023/01/logo.png"}},
          "author": {"@type": "Person", "name": author, "url": f"{origin}/author/a{i}/", "sameAs": []},
          "headline": title, "url": url, "datePublished": iso(dt, z=True, ms=True),
          "dateModified": iso(modified, z=True, ms=True), "keywords": tag, "description": excerpt, "mainEntityOfPage": url}
    date_from = "jsonld" if i % 3 != 1 else "meta"
    ld_html = jsonld(ld) if date_from == "jsonld" else ""
    printed = f"{dt.day} {MONTHS[dt.month - 1]} {dt.year}".translate(INDIC)
    rel = related_titles(rng, style, 3)
    html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>{e(title)}</title>
    <meta name="HandheldFriendly" content="True">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="stylesheet" type="text/css" href="{origin}/assets/built/screen.css?v=a1b2c3d4e5">
    <link rel="icon" href="{origin}/content/images/size/w256h256/2023/01/icon.png" type="image/png">
    <link rel="canonical" href="{a(url)}">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <meta name="description" content="{a(excerpt)}">
    <meta property="og:site_name" content="{a(site)}">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{a(title)}">
    <meta property="og:description" content="{a(excerpt)}">
    <meta property="og:url" content="{a(url)}">
    <meta property="article:published_time" content="{iso(dt, z=True, ms=True)}">
    <meta property="article:modified_time" content="{iso(modified, z=True, ms=True)}">
    <meta property="article:tag" content="{a(tag)}">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:title" content="{a(title)}">
    <meta name="twitter:label1" content="Written by">
    <meta name="twitter:data1" content="{a(author)}">
    {ld_html}
    <meta name="generator" content="Ghost 5.75">
    <link rel="alternate" type="application/rss+xml" title="{a(site)}" href="{origin}/rss/">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="{origin}/" data-key="0a1b2c3d4e5f" data-api="{origin}/ghost/api/content/" crossorigin="anonymous"></script>
</head>
<body class="post-template tag-{tag_slug} is-head-left-logo has-cover">
<div class="viewport">
    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand"><a class="gh-head-logo" href="{origin}">{e(site)}</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button></div>
            <nav class="gh-head-menu"><ul class="nav"><li class="nav-الرئيسية"><a href="{origin}/">الرئيسية</a></li><li class="nav-سياسة"><a href="{origin}/tag/politics/">سياسة</a></li><li class="nav-مجتمع"><a href="{origin}/tag/society/">مجتمع</a></li><li class="nav-من-نحن"><a href="{origin}/about/">من نحن</a></li></ul></nav>
            <div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">تسجيل الدخول</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">اشترك</a></div>
        </div>
    </header>
    <div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-{tag_slug} {'featured' if i % 4 == 0 else ''}">
    <header class="article-header gh-canvas">
        <div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="{origin}/tag/{tag_slug}/">{e(tag)}</a></span></div>
        <h1 class="article-title">{e(title)}</h1>
        <p class="article-excerpt">{e(excerpt)}</p>
        <div class="article-byline">
        <section class="article-byline-content">
            <ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="{origin}/author/a{i}/" class="author-avatar" aria-label="Read more of {a(author)}"><img class="author-profile-image" src="{origin}/content/images/size/w100/2023/02/a{i}.jpg" alt="{a(author)}"></a></li></ul>
            <div class="article-byline-meta">
                <h4 class="author-name"><a href="{origin}/author/a{i}/">{e(author)}</a></h4>
                <div class="byline-meta-content">
                    <time class="byline-meta-date" datetime="{dt.date().isoformat()}">{printed}</time>
                        <span class="byline-reading-time"><span class="bull">&bull;</span> قراءة {str(rng.randint(2, 7)).translate(INDIC)} دقائق</span>
                </div>
            </div>
        </section>
        </div>
            <figure class="article-image">
                <img srcset="{img_host}/size/w300/{dt.year}/{dt.month:02d}/cover-{i}.jpg 300w, {img_host}/size/w600/{dt.year}/{dt.month:02d}/cover-{i}.jpg 600w" sizes="(min-width: 1400px) 1400px, 92vw" src="{img_host}/size/w2000/{dt.year}/{dt.month:02d}/cover-{i}.jpg" alt="{a(title)}">
                    <figcaption><span style="white-space: pre-wrap;">{e(rng.choice(CAPTIONS))} / </span><a href="https://unsplash.com/@photographer"><span style="white-space: pre-wrap;">Unsplash</span></a></figcaption>
            </figure>
    </header>
    <section class="gh-content gh-canvas">
        {body_html}
    </section>
</article>
<section class="article-comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.12/umd/comments-ui.min.js" data-ghost-comments="{origin}/" data-api="{origin}/ghost/api/content/" data-admin="{origin}/ghost/" data-key="0a1b2c3d4e5f" data-title="" data-count="true" data-post-id="65a{i:03d}f0c" data-color-scheme="auto" data-avatar-saturation="60" data-accent-color="#c0392b" crossorigin="anonymous"></script></section>
</main>
<aside class="read-more-wrap outer">
    <div class="read-more inner">
            {"".join(f'<article class="post-card post"><a class="post-card-image-link" href="{origin}/{qslug(t, 4)}/"><img class="post-card-image" src="{img_host}/r{k}.jpg" alt="{a(t)}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="{origin}/{qslug(t, 4)}/"><header class="post-card-header"><div class="post-card-tags"></div><h2 class="post-card-title">{e(t)}</h2></header><div class="post-card-excerpt">{e(fill(rng, rng.choice(SENTENCES), style))}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="{(dt - timedelta(days=k + 1)).date().isoformat()}">{f"{(dt - timedelta(days=k + 1)).day} {MONTHS[(dt - timedelta(days=k + 1)).month - 1]} {(dt - timedelta(days=k + 1)).year}".translate(INDIC)}</time></footer></div></article>' for k, t in enumerate(rel))}
    </div>
</aside>
    </div>
    <footer class="site-footer outer">
        <div class="inner">
            <section class="copyright"><a href="{origin}">{e(site)}</a> &copy; 2026</section>
            <nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">اشترك في النشرة</a></li></ul></nav>
            <div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
        </div>
    </footer>
</div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"></div>
<script src="{origin}/assets/built/casper.js?v=a1b2c3d4e5"></script>
</body>
</html>
"""
    return Page(f"{style}-{i:02d}", style, url, title, dt, date_from, blocks, html)


# --- amp ---------------------------------------------------------------------------------------------

AMP_BOILERPLATE = ("<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
                   "-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}"
                   "@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>"
                   "body{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}</style></noscript>")


def amp(rng: random.Random, i: int, used: set) -> Page:
    style = "amp"
    origin, site, zone = SITES[style]
    wp = i % 2 == 0
    title = unique_title(rng, style, used)
    author = rng.choice(AUTHORS)
    blocks = make_body(rng, style, subheads=i in (1, 4, 6), lst=i == 3, table=i == 5, figure=i % 2 == 1,
                       readalso=1 if not wp else 0, quote_=i == 8)
    fix_lines(blocks)
    story_id = rng.randint(6000000, 6900000)
    sec, sec_id = rng.choice([("محافظات", 296), ("أخبار عاجلة", 65), ("اقتصاد وبورصة", 297), ("حوادث", 203)])

    def fig(c: str) -> str:
        return (f'<figure class="wp-block-image size-large"><amp-img src="{origin}/wp-content/uploads/{story_id}-{i}.jpg" width="1024" height="576" '
                f'layout="intrinsic" alt=""></amp-img><figcaption>{e(c)}</figcaption></figure>')

    def ra(t: str) -> str:
        return f'<p class="read-also"><strong>اقرأ أيضا: </strong><a href="{origin}/amp/story/{story_id - 41}">{e(t)}</a></p>'

    ad = '<amp-ad width="336" height="280" type="doubleclick" data-slot="/21700000/delta_amp_inread" data-multi-size="300x250"><div placeholder></div><div fallback></div></amp-ad>'
    body_html = render_blocks(blocks, figure=fig, readalso=ra)
    rel = related_titles(rng, style, 3)
    if wp:
        dt = pub_time(rng, style, recent_hours=rng.randint(1, 70)) if i % 4 == 0 else pub_time(rng, style)
        url = f"{origin}/{dt.year}/{dt.month:02d}/{dt.day:02d}/{qslug(title)}/amp/"
        canonical = url[:-4]
        with_ld = i % 4 != 0
        date_from = "time (UTC)" if not with_ld else "jsonld"
        ld_html = jsonld({"@context": "http://schema.org", "publisher": {"@type": "Organization", "name": site,
                          "logo": {"@type": "ImageObject", "url": origin + "/wp-content/uploads/icon.png", "height": 32, "width": 32}},
                          "@type": "BlogPosting", "mainEntityOfPage": canonical, "headline": title,
                          "datePublished": iso(dt, "UTC"), "dateModified": iso(dt + timedelta(minutes=35), "UTC"),
                          "author": {"@type": "Person", "name": author}}) if with_ld else ""
        shown = relative(dt) if i % 4 == 0 else f"{dt.day} {MONTHS[dt.month - 1]} {dt.year}"
        inner = f"""<header id="top" class="amp-wp-header"><div><a href="{origin}/"><amp-img src="{origin}/wp-content/uploads/icon-32.png" width="32" height="32" class="amp-wp-site-icon"></amp-img><span class="amp-site-title">{e(site)}</span></a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header">
<h1 class="amp-wp-title">{e(title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><amp-img src="https://secure.gravatar.com/avatar/{story_id}?s=72&amp;d=mm&amp;r=g" alt="{a(author)}" width="24" height="24" layout="fixed"></amp-img><span class="amp-wp-author author vcard">{e(author)}</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{iso(dt, 'UTC')}">{shown}</time></div>
</header>
<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="1024" height="576" src="{origin}/wp-content/uploads/{dt.year}/{dt.month:02d}/{story_id}.jpg" class="attachment-large size-large wp-post-image amp-wp-enforced-sizes" alt="" layout="intrinsic"></amp-img><p class="wp-caption-text">{e(rng.choice(CAPTIONS))}</p></figure>
<div class="amp-wp-article-content">
{body_html}
</div>
<footer class="amp-wp-article-footer">
<div class="amp-wp-meta amp-wp-tax-category">التصنيفات: <a href="{origin}/category/s{sec_id}/" rel="category tag">{e(sec)}</a></div>
<div class="amp-wp-meta amp-wp-tax-tag">الوسوم: {"، ".join(f'<a href="{origin}/tag/{qslug(t)}/" rel="tag">{e(t)}</a>' for t in rng.sample(TAGS, 2))}</div>
<div class="amp-wp-meta amp-wp-comments-link"><a href="{canonical}#respond">اترك تعليقاً</a></div>
</footer>
</article>
<footer class="amp-wp-footer"><div><h2>{e(site)}</h2><a href="#top" class="back-to-top">العودة للأعلى</a></div></footer>"""
        page_title = f"{title} &#8211; {e(site)}"
    else:
        dt = pub_time(rng, style)
        url = f"{origin}/amp/story/{dt.year}/{dt.month}/{dt.day}/{qslug(title, 8)}/{story_id}"
        canonical = f"{origin}/story/{dt.year}/{dt.month}/{dt.day}/{qslug(title, 8)}/{story_id}"
        date_from = "printed" if i % 4 != 1 else "jsonld"
        ld_html = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
                          "headline": title, "datePublished": iso(dt), "dateModified": iso(dt),
                          "author": {"@type": "Person", "name": author},
                          "publisher": {"@type": "Organization", "name": site}}) if date_from == "jsonld" else ""
        sub = fill(rng, rng.choice(SENTENCES), style)
        inner = f"""<amp-sidebar id="sidebar" layout="nodisplay" side="right"><ul class="sideMenu"><li><a href="{origin}/amp">الرئيسية</a></li><li><a href="{origin}/amp/Section/65">أخبار عاجلة</a></li><li><a href="{origin}/amp/Section/296">محافظات</a></li><li><a href="{origin}/amp/Section/297">اقتصاد وبورصة</a></li></ul></amp-sidebar>
<header class="hdr"><button class="menuBtn" on="tap:sidebar.toggle" aria-label="القائمة">&#9776;</button><a href="{origin}/amp" class="logo"><amp-img src="{origin}/images/logo.png" width="150" height="40" alt="{a(site)}"></amp-img></a></header>
<div class="adTop">{ad}</div>
<div class="articleCont">
<div class="breadcrumb"><a href="{origin}/amp">الرئيسية</a> &gt; <a href="{origin}/amp/Section/{sec_id}">{e(sec)}</a></div>
<div class="articleHeader">
<h1>{e(title)}</h1>
<div class="subtitle"><h2>{e(sub)}</h2></div>
<div class="writeBy">كتب {e(author)}</div>
<div class="newsStoryDate"><span>{WEEKDAYS[dt.weekday()]}، {dt.day:02d} {MONTHS[dt.month - 1]} {dt.year} {hm12(dt)}</span></div>
</div>
<div class="img-cont"><amp-img src="{origin}/Upload/{dt.year}/{story_id}.jpg" layout="responsive" width="640" height="360" alt="{a(title)}"></amp-img><span class="caption">{e(rng.choice(CAPTIONS))}</span></div>
<div class="shareBtns"><amp-social-share type="facebook" width="36" height="36" data-param-app_id="1234"></amp-social-share><amp-social-share type="twitter" width="36" height="36"></amp-social-share><amp-social-share type="whatsapp" width="36" height="36"></amp-social-share></div>
<div id="articleBody" class="articleBody">
{body_html}
</div>
{ad}
<div class="relatedNews"><h3>اقرأ أيضا</h3><ul>{"".join(f'<li><a href="{origin}/amp/story/{dt.year}/{dt.month}/{dt.day}/x/{story_id - k - 1}">{e(t)}</a></li>' for k, t in enumerate(rel))}</ul></div>
<div class="tags"><span>الكلمات المتعلقة:</span>{"".join(f'<a href="{origin}/amp/Tags/{qslug(t)}">{e(t)}</a>' for t in rng.sample(TAGS, 3))}</div>
</div>
<footer class="ftr"><p>جميع الحقوق محفوظة &copy; {e(site)} 2026</p></footer>"""
        page_title = f"{e(title)} - {e(site)}"
    html = f"""<!doctype html>
<html {"amp" if wp else "⚡"} lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>{page_title}</title>
<link rel="canonical" href="{a(canonical)}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<meta property="og:title" content="{a(title)}">
{ld_html}
<style amp-custom>body{{font-family:Tahoma,sans-serif;direction:rtl}}.amp-wp-title{{font-size:1.6em}}.articleBody p{{line-height:1.8}}</style>
{AMP_BOILERPLATE}
</head>
<body>
{inner}
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars": {{"gtag_id": "G-XXXX", "config": {{"G-XXXX": {{"groups": "default"}}}}}}}}</script></amp-analytics>
</body>
</html>
"""
    return Page(f"{style}-{i:02d}", style, url, title, dt, date_from, blocks, html)


# --- frontend (Al-Jazeera-like / BBC-Arabic-like) ------------------------------------------------------

def frontend(rng: random.Random, i: int, used: set) -> Page:
    style = "frontend"
    origin, site, zone = SITES[style]
    bbc = i % 3 == 1
    title = unique_title(rng, style, used)
    author = rng.choice(AUTHORS)
    blocks = make_body(rng, style, n=rng.randint(5, 7), subheads=True, lst=i in (2, 6), table=i == 4,
                       figure=True, tweet=i in (3, 8), readalso=0 if bbc else 1, quote_=i in (0, 5))
    fix_lines(blocks)
    hc = lambda: "bbc-" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6))
    rel = related_titles(rng, style, 4)
    if bbc:
        dt = pub_time(rng, style)
        art = "c" + "".join(rng.choice("0123456789abcdefghjklmnpqrstvwxyz") for _ in range(10)) + "o"
        url = f"{origin}/arabic/articles/{art}"
        date_from = "jsonld" if i != 7 else "time (day only)"
        published = dt if date_from == "jsonld" else midnight(dt)
        ld_html = jsonld({"@context": "http://schema.org", "@type": "ReportageNewsArticle", "url": url,
                          "publisher": {"@type": "NewsMediaOrganization", "name": site},
                          "image": {"@type": "ImageObject", "url": f"https://ichef.example.net/news/1024/{art}.jpg"},
                          "thumbnailUrl": f"https://ichef.example.net/news/1024/{art}.jpg",
                          "mainEntityOfPage": {"@type": "WebPage", "@id": url, "name": title}, "headline": title,
                          "description": blocks[0].text[:100], "datePublished": iso(dt, z=True, ms=True),
                          "dateModified": iso(dt + timedelta(hours=2), z=True, ms=True),
                          "author": {"@type": "NewsMediaOrganization", "name": site}}) if date_from == "jsonld" else ""
        p_cls, fig_cls, cap_cls = hc(), hc(), hc()

        def fig(c: str) -> str:
            return (f'<figure class="{fig_cls} e1aczekt0"><div class="{hc()} ebmt73l0"><img alt="{a(c)}" src="https://ichef.example.net/news/640/{art}-{len(c)}.jpg" width="976" height="549" loading="lazy" class="{hc()}"/></div>'
                    f'<p role="text" class="{hc()} e1cd1f400"><span class="{hc()}">صدر الصورة، </span>Getty Images</p>'
                    f'<figcaption class="{cap_cls} e34k3c23"><span class="{hc()}">التعليق على الصورة، </span>{e(c)}</figcaption></figure>')

        def tw(t: str) -> str:
            return (f'<div class="{hc()}"><div data-e2e="social-embed"><a href="#end-of-twitter-content-{i}" class="{hc()}">تخطى منشور X</a>'
                    f'<div class="{hc()}"><div>{tweet_html(t, dt)}</div></div><p class="{hc()}"><span>نهاية منشور X</span></p></div></div>'
                    f'<div id="end-of-twitter-content-{i}"></div>')

        parts = []
        for b in blocks:
            if b.kind == "p":
                parts.append(f'<div dir="rtl" class="{hc()} ebmt73l0"><p dir="rtl" class="{p_cls} e17g058b0">{b.html}</p></div>')
            elif b.kind in ("h2", "h3"):
                parts.append(f'<div class="{hc()}"><h2 id="{qslug(b.text, 3)}" tabindex="-1" class="{hc()} e1n8rdzz0">{e(b.text)}</h2></div>')
            elif b.kind in ("ul", "ol"):
                parts.append(f'<div class="{hc()}"><ul role="list" class="{hc()}">' + "".join(f'<li class="{hc()}">{e(x)}</li>' for x in b.items) + "</ul></div>")
            elif b.kind == "quote":
                parts.append(f'<div class="{hc()}"><blockquote class="{hc()}"><p dir="rtl" class="{p_cls}">{e(b.text)}</p></blockquote></div>')
            elif b.kind == "table":
                parts.append(render_blocks([b], table_cls=f' class="{hc()}"'))
            elif b.kind == "figure":
                parts.append(fig(b.text))
            elif b.kind == "tweet":
                parts.append(tw(b.text))
        dual = f"{dt.day} {MONTHS[dt.month - 1]}/ {MONTHS_SY[dt.month - 1]} {dt.year}"
        main = f"""<main role="main" class="{hc()}">
<div class="{hc()}"><article class="{hc()}">
<header class="{hc()}"><h1 id="content" class="{hc()} e1p3vdyi0" tabindex="-1">{e(title)}</h1></header>
<div data-testid="byline" class="{hc()}"><ul role="list" class="{hc()}"><li class="{hc()}"><div class="{hc()}"><span class="{hc()}">الكاتب، </span>{e(author)}</div></li><li class="{hc()}"><div class="{hc()}"><span class="{hc()}">Role، </span>{e(site)}</div></li></ul>
<time data-testid="timestamp" datetime="{dt.date().isoformat()}" class="{hc()} e1mklfmt0">{dual}</time></div>
{chr(10).join(parts)}
</article></div>
<section aria-labelledby="related-content-heading" role="region" class="{hc()}"><h2 id="related-content-heading" class="{hc()}">قصص ذات صلة</h2><ul class="{hc()}">{"".join(f'<li class="{hc()}"><div class="{hc()}"><h3 class="{hc()}"><a href="{origin}/arabic/articles/c{k}x{i}o" class="{hc()}">{e(t)}</a></h3><time class="{hc()}" datetime="{(dt - timedelta(days=k + 1)).date().isoformat()}">{(dt - timedelta(days=k + 1)).day} {MONTHS[(dt - timedelta(days=k + 1)).month - 1]}/ {MONTHS_SY[(dt - timedelta(days=k + 1)).month - 1]} {(dt - timedelta(days=k + 1)).year}</time></div></li>' for k, t in enumerate(rel[:2]))}</ul></section>
<section data-e2e="most-read" aria-labelledby="Most-Read" role="region" class="{hc()}"><h2 id="Most-Read" class="{hc()}">الأكثر قراءة</h2><ol class="{hc()}">{"".join(f'<li class="{hc()}"><span class="{hc()}">{k + 1}</span><div class="{hc()}"><a href="{origin}/arabic/articles/c{k}m{i}o" class="{hc()}">{e(t)}</a></div></li>' for k, t in enumerate(rel))}</ol></section>
<div class="{hc()}"><a href="https://www.khaleej-net.net/arabic/institutional" class="{hc()}">لماذا يمكنك الوثوق في {e(site)}</a></div>
</main>"""
        page_title = f"{title} - {site}"
    else:
        dt = pub_time(rng, style, recent_hours=rng.randint(3, 20)) if i % 4 == 0 else pub_time(rng, style)
        modified = dt + timedelta(hours=rng.randint(1, 6), minutes=rng.randint(0, 59))
        url = f"{origin}/news/{dt.year}/{dt.month}/{dt.day}/{qslug(title)}"
        mode = i % 3  # 0: JSON-LD (Z); 2: printed d/m/Y only + "آخر تحديث" time (modified) -> day in the URL
        if mode == 0:
            date_from = "jsonld"
            published = dt
        else:
            date_from = "printed (day only)"
            published = midnight(dt)
        ld_html = jsonld({"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": url, "headline": title,
                          "datePublished": iso(dt, z=True), "dateModified": iso(modified, z=True),
                          "author": [{"@type": "Person", "name": author}],
                          "publisher": {"@type": "Organization", "name": site}}) if mode == 0 else ""
        sub = fill(rng, rng.choice(SENTENCES), style)

        def fig(c: str) -> str:
            return (f'<figure class="wp-block-image size-arc-image-770"><img loading="lazy" class="wp-image-{i}" src="{origin}/wp-content/uploads/{dt.year}/{dt.month:02d}/{i}.jpg?w=770" alt="{a(c)}" />'
                    f'<figcaption>{e(c)} ({e(rng.choice(["الأناضول", "رويترز", "الفرنسية", "أسوشيتد برس"]))})</figcaption></figure>')

        def ra(t: str) -> str:
            return (f'<div class="more-on"><p class="more-on__header">اقرأ أيضا</p><ul class="more-on__list">'
                    f'<li class="more-on__list-item"><a class="more-on__link" href="{origin}/news/{dt.year}/1/1/x{i}"><span>{e(t)}</span></a></li>'
                    f'<li class="more-on__list-item"><a class="more-on__link" href="{origin}/news/{dt.year}/1/2/y{i}"><span>{e(rel[3])}</span></a></li>'
                    f'<li class="more-on__list-item"><a class="more-on__link" href="{origin}/news/{dt.year}/1/3/z{i}"><span>{e(rel[2])}</span></a></li></ul></div>')

        body_html = render_blocks(blocks, figure=fig, readalso=ra, tweet=lambda t: f'<div class="article-embed">{tweet_html(t, dt)}</div>')
        ago = relative(dt) if i % 4 == 0 else ""
        main = f"""<main id="main-content-area" class="article-main-content-area">
<div class="l-col l-col--8">
<header class="article-header"><div class="article-header__cat"><a class="topics" href="{origin}/news/">أخبار</a> <span class="divider">|</span> <a class="topics" href="{origin}/where/{qslug(rng.choice(CITY_POOLS[style]), 2)}/">{e(rng.choice(COUNTRIES))}</a></div>
<h1>{e(title)}</h1>
<p class="article__subhead css-1wt8oh6"><em>{e(sub)}</em></p></header>
<div class="article-info-block css-ti04u9"><div class="article-author"><span class="screen-reader-text">By</span><div class="article-author-name"><a class="author-link" href="{origin}/author/a{i}">{e(author)}</a></div></div>
<div class="article-dates"><div class="date-simple css-1yjq2zp"><span class="screen-reader-text">نشر في</span><span aria-hidden="true">{f"{dt.day}/{dt.month}/{dt.year}"}</span></div>
{f'<div class="date-relative">{ago}</div>' if ago else ''}<div class="date-relative">آخر تحديث: {modified.day}/{modified.month}/{modified.year} | {modified.hour:02d}:{modified.minute:02d} (توقيت مكة)</div></div>
<div class="article-social-share"><ul class="social-share"><li><button class="social-share-link" aria-label="شارك عبر فيسبوك" data-share="facebook">فيسبوك</button></li><li><button aria-label="شارك عبر إكس" data-share="twitter">إكس</button></li><li><button aria-label="شارك عبر واتساب" data-share="whatsapp">واتساب</button></li><li><button aria-label="حفظ المقال" data-action="save">حفظ</button></li></ul></div></div>
<div class="article-featured-image"><div class="responsive-image"><img loading="lazy" class="article-featured-image" src="{origin}/wp-content/uploads/{dt.year}/{dt.month:02d}/main-{i}.jpg?resize=770%2C513" alt="{a(title)}" /></div><figcaption class="article-featured-image__caption">{e(rng.choice(CAPTIONS))} (الجزيرة)</figcaption></div>
<div class="wysiwyg wysiwyg--all-content css-1vkfgk0" aria-live="polite" aria-atomic="true">
{body_html}
</div>
<div class="article-source">المصدر : {e(site)} + وكالات</div>
<div class="article-tags"><ul>{"".join(f'<li><a href="{origin}/tag/{qslug(t)}/">{e(t)}</a></li>' for t in rng.sample(TAGS, 3))}</ul></div>
</div>
<aside class="l-col l-col--4 sidebar"><section class="most-read-container" data-testid="most-read"><h2 class="section-header__title">الأكثر قراءة</h2><ol>{"".join(f'<li class="most-read-item"><span class="most-read-number">{str(k + 1).translate(INDIC)}</span><a href="{origin}/news/{dt.year}/2/{k + 1}/mr{i}"><span>{e(t)}</span></a></li>' for k, t in enumerate(rel))}</ol></section></aside>
</main>"""
        page_title = f"{title} | أخبار | {site}"
    html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{e(page_title)}</title>
<meta property="og:title" content="{a(title)}"/>
<meta property="og:type" content="article"/>
<meta property="og:url" content="{a(url)}"/>
<meta name="pageType" content="Article"/>
<meta name="twitter:site" content="@KhaleejNet"/>
<link rel="canonical" href="{a(url)}"/>
{ld_html}
<link rel="preload" as="font" href="/fonts/ArabicFont-Regular.woff2" crossorigin=""/>
</head>
<body class="rtl">
<div id="root"><div class="container"><div class="container__inner">
<a class="skip-link" href="#main-content-area">تخطى إلى المحتوى</a>
<header class="site-header" data-testid="site-header"><div class="site-header__logo"><a href="{origin}/" aria-label="{a(site)}"><svg role="img"><title>{e(site)}</title></svg></a></div>
<nav class="site-header__navigation" aria-label="Primary navigation"><ul class="menu header-menu"><li class="menu__item"><a href="{origin}/news/">أخبار</a></li><li class="menu__item"><a href="{origin}/politics/">سياسة</a></li><li class="menu__item"><a href="{origin}/ebusiness/">اقتصاد</a></li><li class="menu__item"><a href="{origin}/sport/">رياضة</a></li><li class="menu__item"><a href="{origin}/live/">بث مباشر</a></li></ul></nav>
<div class="breaking-news-ticker" data-testid="breaking-news"><span class="breaking-news__label">عاجل</span><a href="{origin}/news/live/{i}">{e(rel[0])}</a></div></header>
{main}
<footer class="site-footer" data-testid="site-footer"><div class="site-footer__social"><span>تابع {e(site)} على</span><ul><li><a href="https://www.facebook.com/khaleejnet" aria-label="facebook">facebook</a></li><li><a href="https://x.com/khaleejnet" aria-label="x">x</a></li></ul></div><p class="site-footer__copyright">&copy; 2026 {e(site)}</p></footer>
</div></div></div>
<script id="__APOLLO_STATE__" type="application/json">{{"ROOT_QUERY": {{"article({{\\"postType\\":\\"post\\"}})": {{"__ref": "Post:{i}"}}}}}}</script>
</body>
</html>
"""
    return Page(f"{style}-{i:02d}", style, url, title, published, date_from, blocks, html)


# --- gulf-daily (ASP.NET, Hijri + Gregorian, comments, windows-1256 on some) ---------------------------

def gulf_daily(rng: random.Random, i: int, used: set) -> Page:
    style = "gulf-daily"
    origin, site, zone = SITES[style]
    cp1256 = i in (1, 4, 7)
    title = unique_title(rng, style, used)
    dt = pub_time(rng, style)
    art_id = rng.randint(1900000, 2300000)
    url = f"{origin}/Article.aspx?ArticleID={art_id}" if i % 2 == 0 else f"{origin}/article/{art_id}"
    author = rng.choice(AUTHORS)
    blocks = make_body(rng, style, n=rng.randint(4, 7), lst=i == 6, figure=False)
    if i in (2, 5):   # a bold line used as a subheading
        blocks.insert(3, Block("h3", rng.choice(SUBHEADS)))
    fix_lines(blocks)
    hy, hm, hd = hijri(dt.date())
    digits = (lambda s: s) if cp1256 or i % 3 == 0 else (lambda s: s.translate(INDIC))
    greg = f"{dt.day} {MONTHS[dt.month - 1]} {dt.year}"
    hij = f"{hd} {HIJRI_MONTHS[hm - 1]} {hy}"
    wd = WEEKDAYS[dt.weekday()].replace("الإثنين", "الاثنين")
    issue = rng.randint(18000, 21000)
    mode = i % 3
    if mode == 0:
        date_line = digits(f"{wd} {hij} هـ الموافق {greg} م - العدد {issue}")
        date_from = "meta"
        meta = f'<meta property="article:published_time" content="{iso(dt)}" />\n'
        published = dt
    elif mode == 1:
        date_line = digits(f"{wd} {hij}هـ - الموافق {greg}م - الساعة {hm12(dt)}")
        date_from = "printed"
        meta = ""
        published = dt
    else:
        date_line = digits(f"{wd} {hij} هـ - {greg} م")
        date_from = "printed (day only)"
        meta = ""
        published = midnight(dt)
    ncom = rng.randint(14, 30)
    comments = []
    for k in range(ncom):
        cdt = dt + timedelta(minutes=17 + 23 * k)
        txt = " ".join(rng.sample(COMMENT_TEXTS, rng.randint(1, 3)))
        comments.append(f'<div class="comment" id="cmt{art_id}{k}"><div class="commentHead"><span class="cNum">{k + 1}</span> <span class="cName">{e(rng.choice(COMMENTERS))}</span> '
                        f'<span class="cDate">{digits(f"{cdt.day:02d}/{cdt.month:02d}/{cdt.year} {hm12(cdt)}")}</span></div>'
                        f'<p class="cText">{e(txt)}</p><div class="cVotes"><a href="javascript:vote({k},1)">أعجبني ({rng.randint(0, 40)})</a> | <a href="javascript:vote({k},0)">لم يعجبني ({rng.randint(0, 12)})</a> | <a href="javascript:reply({k})">رد</a></div></div>')
    rel = related_titles(rng, style, 5)
    charset_meta = ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256" />' if cp1256
                    else '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />')
    body_parts = []
    for b in blocks:
        if b.kind == "p":
            body_parts.append(b.html)
        elif b.kind in ("h2", "h3"):
            body_parts.append(f"<strong>{e(b.text)}</strong>")
        elif b.kind in ("ul", "ol"):
            body_parts.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b.items) + "</ul>")
    body_html = "<br /><br />\r\n".join(body_parts)
    vs = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(180))
    title_tag = f"{site} - {title}" if i % 2 == 0 else f"{title} :: {site}"
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl">
<head id="ctl00_Head1"><title>
\t{e(title_tag)}
</title>{charset_meta}
<meta name="description" content="{a(blocks[0].text[:140])}" />
<meta name="keywords" content="{a(', '.join(rng.sample(TAGS, 3)))}" />
<meta property="og:title" content="{a(title)}" />
<meta property="og:site_name" content="{a(site)}" />
{meta}<link href="/App_Themes/Default/Style.css" type="text/css" rel="stylesheet" />
</head>
<body>
<form method="post" action="./Article.aspx?ArticleID={art_id}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK{vs}" />
</div>
<div id="wrapper">
<div id="header"><div class="topBar"><span id="ctl00_lblToday" class="today">{digits(f"{WEEKDAYS[CAPTURE.weekday()].replace('الإثنين', 'الاثنين')} {hijri(CAPTURE.date())[2]} {HIJRI_MONTHS[hijri(CAPTURE.date())[1] - 1]} {hijri(CAPTURE.date())[0]} هـ - {CAPTURE.day} نوفمبر {CAPTURE.year} م")}</span>
<span class="prayer">مواقيت الصلاة: الفجر {digits("5:01")} - الظهر {digits("11:42")} - العصر {digits("2:48")} - المغرب {digits("5:09")} - العشاء {digits("6:39")}</span></div>
<div class="logo"><a href="{origin}/Default.aspx"><img src="/images/logo.gif" alt="{a(site)}" border="0" /></a></div>
<div id="ctl00_menu" class="mainMenu"><a href="{origin}/Default.aspx">الرئيسية</a> | <a href="{origin}/Section.aspx?SectionID=1">محليات</a> | <a href="{origin}/Section.aspx?SectionID=2">اقتصاد</a> | <a href="{origin}/Section.aspx?SectionID=3">دوليات</a> | <a href="{origin}/Section.aspx?SectionID=4">الرأي</a> | <a href="{origin}/Section.aspx?SectionID=5">رياضة</a></div>
<div class="ticker"><marquee direction="right" scrollamount="3">{" ••• ".join(e(t) for t in rel[:3])}</marquee></div>
</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td valign="top" class="mainCol">
<div class="pathBar"><a href="{origin}/Default.aspx">الرئيسية</a> &raquo; <a href="{origin}/Section.aspx?SectionID={1 + i % 5}">محليات</a></div>
<div class="articleBox">
<span id="ctl00_ContentPlaceHolder1_lblDate" class="ArticleDate">{e(date_line)}</span><br />
<span id="ctl00_ContentPlaceHolder1_lblTitle" class="ArticleTitle">{e(title)}</span><br />
<span id="ctl00_ContentPlaceHolder1_lblWriter" class="ArticleWriter">{e(rng.choice(CITY_POOLS[style]))} - {e(author)}</span>
<div class="tools"><a href="javascript:window.print()"><img src="/images/print.gif" alt="طباعة" border="0" /> طباعة</a> | <a href="javascript:sendToFriend({art_id})"><img src="/images/mail.gif" alt="" border="0" /> أرسل لصديق</a> | <a href="javascript:fontSize(1)">تكبير الخط</a> | <a href="javascript:fontSize(-1)">تصغير الخط</a></div>
<div id="ctl00_ContentPlaceHolder1_divImage" class="ArticleImage"><img src="/Images/Articles/{art_id}.jpg" alt="" width="300" border="0" /><br /><span class="ImageCaption">{e(rng.choice(CAPTIONS))}</span></div>
<div id="ctl00_ContentPlaceHolder1_divBody" class="ArticleBody">
{body_html}
</div>
<div class="shareBar">شارك الخبر: <a href="https://www.facebook.com/sharer.php?u={a(url)}">فيسبوك</a> - <a href="https://twitter.com/share?url={a(url)}">تويتر</a> - <a href="whatsapp://send?text={a(url)}">واتساب</a></div>
</div>
<div class="relatedBox"><div class="boxTitle">أخبار ذات صلة</div><ul>{"".join(f'<li><a href="{origin}/article/{art_id - 3 - k}">{e(t)}</a></li>' for k, t in enumerate(rel[:3]))}</ul></div>
<div id="comments" class="commentsBox"><div class="boxTitle">تعليقات القراء ({digits(str(ncom))})</div>
{chr(10).join(comments)}
<div class="addComment"><div class="boxTitle">أضف تعليقك</div>
<table><tr><td>الاسم:</td><td><input name="ctl00$ContentPlaceHolder1$txtName" type="text" id="ctl00_ContentPlaceHolder1_txtName" /></td></tr>
<tr><td>التعليق:</td><td><textarea name="ctl00$ContentPlaceHolder1$txtComment" rows="5" cols="40" id="ctl00_ContentPlaceHolder1_txtComment"></textarea></td></tr>
<tr><td colspan="2"><span class="note">التعليقات المنشورة لا تعبر عن رأي الصحيفة، ويحتفظ الموقع بحق حذف أي تعليق مخالف.</span><br /><input type="submit" name="ctl00$ContentPlaceHolder1$btnSend" value="إرسال" id="ctl00_ContentPlaceHolder1_btnSend" /></td></tr></table></div>
</div>
</td>
<td valign="top" width="250" class="sideCol">
<div class="box"><div class="boxTitle">الأكثر قراءة</div><ul>{"".join(f'<li><a href="{origin}/article/{art_id - 90 - k}">{e(t)}</a></li>' for k, t in enumerate(rel[2:]))}</ul></div>
<div class="box"><div class="boxTitle">استفتاء</div><p>هل تؤيد تطبيق نظام العمل المرن في القطاع الحكومي؟</p><input type="radio" name="poll" /> نعم<br /><input type="radio" name="poll" /> لا<br /></div>
</td></tr></table>
<div id="footer">جميع الحقوق محفوظة &copy; {e(site)} {digits("2026")}<br />تصميم وبرمجة: إدارة تقنية المعلومات</div>
</div>
</form>
</body>
</html>
"""
    page = Page(f"{style}-{i:02d}", style, url, title, published, date_from, blocks, html)
    if cp1256:
        page.encoding, page.charset_declared = "cp1256", "windows-1256"
    return page


# --- non-article pages ----------------------------------------------------------------------------------

def listing(rng: random.Random, style: str, used: set) -> Page:
    """A category / tag / label / section page: a list of teasers, not an article."""
    origin, site, zone = SITES[style]
    heads = related_titles(rng, style, 8)
    now = CAPTURE.astimezone(ZoneInfo(zone))
    teasers = []
    for k, h in enumerate(heads):
        when = now - timedelta(hours=5 + 13 * k)
        snippet = fill(rng, rng.choice(SENTENCES), style) + " " + fill(rng, rng.choice(SENTENCES), style)
        link = f"{origin}/archives/{250000 - k}"
        if style == "wp-jannah":
            teasers.append(f'<li class="post-item tie-standard"><a aria-label="{a(h)}" href="{link}" class="post-thumb"><img src="/t{k}.jpg" alt=""></a><div class="post-details"><div class="post-meta clearfix"><span class="date meta-item tie-icon">{relative(when)}</span></div><h2 class="post-title"><a href="{link}">{e(h)}</a></h2><p class="post-excerpt">{e(snippet)}</p><a class="more-link button" href="{link}">أكمل القراءة &raquo;</a></div></li>')
        elif style == "joomla":
            teasers.append(f'<div class="items-row cols-1 row-{k} row-fluid clearfix"><div class="span12"><div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting"><div class="page-header"><h2 itemprop="name"><a href="/index.php/watania/{4000 + k}-x" itemprop="url">{e(h)}</a></h2></div><dl class="article-info muted"><dd class="published"><time datetime="{iso(when)}" itemprop="datePublished">نشر بتاريخ: {tn_date(when, weekday=True, time_=True)}</time></dd></dl><p>{e(snippet)}</p><p class="readmore"><a class="btn" href="/index.php/watania/{4000 + k}-x" itemprop="url" aria-label="اقرأ المزيد:  {a(h)}"><span class="icon-chevron-left" aria-hidden="true"></span> اقرأ المزيد: {e(h)}</a></p></div></div></div>')
        elif style == "blogger":
            teasers.append(f"<div class='date-outer'><h2 class='date-header'><span>{WEEKDAYS[when.weekday()]}، {when.day} {MONTHS[when.month - 1]} {when.year}</span></h2><div class='date-posts'><div class='post-outer'><div class='post hentry' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'><h3 class='post-title entry-title' itemprop='name'><a href='{origin}/{when.year}/{when.month:02d}/p{k}.html'>{e(h)}</a></h3><div class='post-body entry-content' id='post-body-{k}' itemprop='description articleBody'>{e(snippet)}<div class='jump-link'><a href='{origin}/{when.year}/{when.month:02d}/p{k}.html#more' title='{a(h)}'>قراءة المزيد »</a></div></div><div class='post-footer'><span class='post-timestamp'>في <a class='timestamp-link' href='{origin}/{when.year}/{when.month:02d}/p{k}.html' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{iso(when)}'>{hm12(when)}</abbr></a></span></div></div></div></div></div>")
        elif style == "ghost":
            teasers.append(f'<article class="post-card post tag-politics"><a class="post-card-image-link" href="{origin}/p{k}/"><img class="post-card-image" src="/c/{k}.jpg" alt="{a(h)}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="{origin}/p{k}/"><header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">سياسة</span></div><h2 class="post-card-title">{e(h)}</h2></header><div class="post-card-excerpt">{e(snippet)}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="{when.date().isoformat()}">{f"{when.day} {MONTHS[when.month - 1]} {when.year}".translate(INDIC)}</time><span class="post-card-meta-length">قراءة {str(2 + k % 4).translate(INDIC)} دقائق</span></footer></div></article>')
        elif style == "amp":
            teasers.append(f'<div class="newsItem"><a href="{origin}/amp/story/{when.year}/{when.month}/{when.day}/x/{6500000 + k}"><amp-img src="/Upload/t{k}.jpg" width="120" height="80" layout="fixed"></amp-img><h3>{e(h)}</h3></a><span class="newsDate">{WEEKDAYS[when.weekday()]}، {when.day:02d} {MONTHS[when.month - 1]} {when.year} {hm12(when)}</span><p>{e(snippet)}</p></div>')
        elif style == "frontend":
            teasers.append(f'<article class="gc u-clickable-card gc--type-post gc--list gc--with-image"><div class="gc__content"><div class="gc__header-wrap"><h3 class="gc__title"><a class="u-clickable-card__link" href="{origin}/news/{when.year}/{when.month}/{when.day}/t{k}"><span>{e(h)}</span></a></h3></div><div class="gc__body-wrap"><div class="gc__excerpt"><p>{e(snippet)}</p></div></div><footer class="gc__footer"><div class="gc__meta"><div class="gc__date"><div class="date-simple"><span class="screen-reader-text">نشر في</span><span aria-hidden="true">{when.day}/{when.month}/{when.year}</span></div></div></div></footer></div><div class="gc__image-wrap"><div class="responsive-image"><img loading="lazy" src="/t{k}.jpg" alt=""/></div></div></article>')
        else:
            hy, hm, hd = hijri(when.date())
            teasers.append(f'<tr><td class="sectionItem"><a class="sectionTitle" href="{origin}/article/{2100000 + k}">{e(h)}</a><br /><span class="sectionDate">{hd} {HIJRI_MONTHS[hm - 1]} {hy} هـ - {when.day} {MONTHS[when.month - 1]} {when.year} م</span><br /><span class="sectionBrief">{e(snippet)}</span></td></tr>')
    name = {"wp-jannah": "سياسة", "joomla": "وطنية", "blogger": "مجتمع", "ghost": "سياسة", "amp": "محافظات",
            "frontend": "أخبار", "gulf-daily": "محليات"}[style]
    url = {"wp-jannah": f"{origin}/category/politics/", "joomla": f"{origin}/index.php/watania",
           "blogger": f"{origin}/search/label/{quote(name)}", "ghost": f"{origin}/tag/politics/",
           "amp": f"{origin}/amp/Section/296", "frontend": f"{origin}/news/",
           "gulf-daily": f"{origin}/Section.aspx?SectionID=1"}[style]
    items = "\n".join(teasers)
    if style == "wp-jannah":
        main = f'<div class="main-content tie-col-md-8" role="main"><header class="entry-header-outer container-wrapper"><nav id="breadcrumb"><a href="{origin}/">الرئيسية</a><em class="delimiter">/</em><span class="current">{e(name)}</span></nav><h1 class="page-title">{e(name)}</h1></header><div class="mag-box wide-post-box"><div class="container-wrapper"><div class="mag-box-container clearfix"><ul id="posts-container" class="posts-items">{items}</ul><div class="clearfix"></div></div></div></div><div class="pages-nav"><div class="pages-numbers pages-standard"><span class="first-page first-last-pages"><a href="{url}page/2/">الصفحة التالية</a></span></div></div></div>'
        title_tag = f"{name} Archives - {site}"
    elif style == "joomla":
        main = f'<main id="content" role="main"><div class="blog" itemscope itemtype="https://schema.org/Blog"><div class="page-header"><h1>{e(name)}</h1></div><div class="items-leading clearfix"></div>{items}<div class="pagination"><p class="counter pull-right">صفحة 1 من 37</p><ul class="pagination-list"><li class="active"><a>1</a></li><li><a href="{url}?start=8">2</a></li><li><a href="{url}?start=8" title="التالي">التالي</a></li></ul></div></div></main>'
        title_tag = f"{name} - {site}"
    elif style == "blogger":
        main = f"<div class='main section' id='main'><div class='widget Blog' id='Blog1'><div class='blog-posts hfeed'><div class='status-msg-wrap'><div class='status-msg-body'>عرض المشاركات ذات التسمية <b>{e(name)}</b>. <a href='{origin}/'>إظهار كافة المشاركات</a></div></div>{items}</div><div class='blog-pager' id='blog-pager'><span id='blog-pager-older-link'><a class='blog-pager-older-link' href='{url}?updated-max=2026-10-01T10:00:00%2B01:00&amp;max-results=20' title='رسائل أقدم'>رسائل أقدم</a></span><a class='home-link' href='{origin}/'>الصفحة الرئيسية</a></div></div></div>"
        title_tag = f"{site}: {name}"
    elif style == "ghost":
        main = f'<main id="site-main" class="site-main outer"><div class="inner posts"><section class="post-card post-card-large"><header class="tag-template-header"><h1 class="tag-template-title">{e(name)}</h1><p class="tag-template-description">كل ما ننشره في الشأن السياسي</p><div class="post-count">{str(len(heads)).translate(INDIC)} مقالات</div></header></section><div class="post-feed">{items}</div></div></main>'
        title_tag = f"{name} - {site}"
    elif style == "amp":
        main = f'<header class="hdr"><a href="{origin}/amp" class="logo"><amp-img src="{origin}/images/logo.png" width="150" height="40" alt="{a(site)}"></amp-img></a></header><div class="sectionCont"><h1 class="sectionTitle">{e(name)}</h1>{items}<a class="moreBtn" href="{url}?page=2">المزيد</a></div>'
        title_tag = f"{name} - {site}"
    elif style == "frontend":
        main = f'<main id="main-content-area" class="section-page"><header class="section-header"><h1 class="section-header__title">{e(name)}</h1></header><section id="news-feed-container" class="section-articles-container">{items}</section><button class="show-more-button big-margin" data-testid="show-more-button">عرض المزيد</button></main>'
        title_tag = f"{name} | {site}"
    else:
        main = f'<div class="sectionHead">{e(name)}</div><table class="sectionList" width="100%">{items}</table><div class="pager"><a href="{url}&amp;Page=2">التالي &raquo;</a></div>'
        title_tag = f"{site} - {name}"
    html = f"""<!DOCTYPE html>
<html {"⚡ " if style == "amp" else ""}lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{e(title_tag)}</title>
<link rel="canonical" href="{a(url)}">
<meta property="og:type" content="{"website" if style != "blogger" else "blog"}">
<meta property="og:title" content="{a(title_tag)}">
{AMP_BOILERPLATE if style == "amp" else ""}
</head>
<body class="{"archive category" if style == "wp-jannah" else "listing"}">
<header class="site-header"><a href="{origin}/">{e(site)}</a><nav><a href="{origin}/">الرئيسية</a> <a href="{url}">{e(name)}</a></nav></header>
{main}
<footer class="site-footer"><p>&copy; 2026 {e(site)}</p></footer>
</body>
</html>
"""
    return Page(f"{style}-list", style, url, None, None, None, [], html, article=False)


STYLES = {"wp-jannah": wp_jannah, "joomla": joomla, "blogger": blogger, "ghost": ghost, "amp": amp,
          "frontend": frontend, "gulf-daily": gulf_daily}


def build_corpus(seed: int = SEED, per_style: int = ARTICLES_PER_STYLE) -> list[Page]:
    pages = []
    for n, (style, make) in enumerate(STYLES.items()):
        rng = random.Random(seed * 100 + n)
        used: set = set()
        pages += [make(rng, i, used) for i in range(per_style)]
        pages.append(listing(rng, style, used))
    return pages


def truth_document(pages: list[Page]) -> dict:
    return {
        "about": "Held-out evaluation corpus for newscrawler.extract: generated by evaluation/heldout/corpus.py "
                 "(fictional sites), never used for tuning. published_at is what a correct extractor outputs: the "
                 "instant, in the site's zone; a date given without an offset is that zone's wall-clock time; a date "
                 "given only as a day (printed or in the URL) is 00:00 that day. Pages with article false are not "
                 "articles (listings): a correct extractor returns nothing (no title).",
        "capture_day": CAPTURE.date().isoformat(),
        "sites": {s: {"origin": o, "name": n, "timezone": z} for s, (o, n, z) in SITES.items()},
        "pages": [p.truth() for p in pages],
    }


def write(out: Path = HERE) -> dict:
    pages = build_corpus()
    return write_corpus(out, pages, truth_document(pages))


def main(argv=None) -> None:
    run_cli(__doc__.splitlines()[0], HERE, write, argv)


if __name__ == "__main__":
    main()
