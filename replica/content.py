"""The replica's articles: one deterministic source for the pages and for truth.json.

Everything the site shows is derived from `build_site_model()`: sections, articles (title, body
paragraphs, publication time, source line, captions, read-also links, structured-data variant),
listing order and pagination. Nothing here depends on the crawler's code.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

SITE_TZ = ZoneInfo("Europe/London")
SEED_FILE = Path(__file__).parent / "seed" / "levant-article.txt"

# (slug, Arabic name, number of listed articles). Page size is PAGE_SIZE.
SECTIONS = [
    ("news", "أخبار", 26),
    ("politics", "سياسة", 20),
    ("economy", "اقتصاد", 14),
    ("opinion", "رأي", 10),
    ("files", "ملفات", 10),
]
PAGE_SIZE = 8
READ_ALSO_ONLY = 4  # articles linked only from read-also lines
# Pages that need JavaScript. Every JS_EVERY-th listed article (JS_ARTICLES of them) has an
# empty body that a script fills from /api/article/<key> after load. The load-more section
# lists nothing in its HTML: a script loads /api/section/<slug>?page=N (LOAD_MORE_PAGE_SIZE
# a page) and a "load more" button asks for the next page; its articles are linked nowhere else.
JS_ARTICLES, JS_EVERY = 5, 13
LOAD_MORE_SECTION = ("reports", "تقارير", 12)
LOAD_MORE_PAGE_SIZE = 5
# Old archive articles (2019-2020, one a month) that only the sitemaps list: no listing page,
# read-also line, ticker, most-read box or feed links them. A fixed number at every scale.
ARCHIVE_ARTICLES = 8

MONTHS_EN = ["january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december"]
MONTHS_AR = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
             "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
MONTHS_LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
                 "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
WEEKDAYS_AR = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

READ_ALSO_LABELS = ["اقرأ أيضاً:", "إقرأ أيضا:", "شاهد أيضاً:"]
# (line as printed, source as it should be extracted)
SOURCE_LINES = [
    ('ليفانت نيوز_ "أسوشيتد برس"', "أسوشيتد برس"),
    ("ليفانت نيوز/ رصد", "رصد"),
    ("ليفانت نيوز_ وكالات", "وكالات"),
    ('ليفانت نيوز_ "رويترز"', "رويترز"),
    ("ليفانت نيوز/ خاص", "خاص"),
    ("ليفانت نيوز_ فرانس برس", "فرانس برس"),
]
CAPTIONS = ["صورة تعبيرية", "أرشيفية", "صورة من الأرشيف", "(أرشيف)"]
# How each article exposes its publication time (rotated over the articles).
META_VARIANTS = ["jsonld", "og", "printed", "url-only", "jsonld-graph", "printed", "url-only", "jsonld-broken"]

COUNTRIES = ["سوريا", "لبنان", "العراق", "الأردن", "تركيا", "مصر", "ليبيا", "اليمن", "السودان",
             "تونس", "إيران", "فلسطين", "روسيا", "فرنسا", "ألمانيا", "الإمارات"]
CITIES = ["دمشق", "حلب", "بيروت", "بغداد", "عمّان", "إدلب", "الرقة", "دير الزور", "القامشلي",
          "طرابلس", "الموصل", "حمص", "درعا", "السويداء", "اللاذقية", "أربيل", "غازي عنتاب", "صيدا"]
OFFICIALS = ["وزير الخارجية", "رئيس الوزراء", "المبعوث الأممي", "وزير الدفاع", "وزير الاقتصاد",
             "المتحدث باسم الحكومة", "رئيس البرلمان", "محافظ البنك المركزي"]
ORGS = ["الأمم المتحدة", "الاتحاد الأوروبي", "جامعة الدول العربية", "صندوق النقد الدولي",
        "البنك الدولي", "منظمة الصحة العالمية", "مجلس الأمن", "الصليب الأحمر"]
TOPICS = ["ملف اللاجئين", "إعادة الإعمار", "أزمة الكهرباء", "تهريب المخدرات", "الانتخابات المحلية",
          "العقوبات الاقتصادية", "المساعدات الإنسانية", "أسعار الخبز", "الحدود المشتركة",
          "ملف المعتقلين", "أزمة المياه", "الإصلاحات الدستورية"]
COLUMNISTS = ["سامر الأحمد", "ريم العلي", "خالد الحسن", "هدى الشامي", "مازن درويش", "ليلى عبد الله"]
TAG_POOL = ["سوريا", "لبنان", "العراق", "تركيا", "اللاجئين", "الاقتصاد", "الأمم المتحدة",
            "حقوق الإنسان", "الطاقة", "الانتخابات", "روسيا", "إيران"]

HEADLINES = {
    "news": [
        "{official} في {country} يحذر من تداعيات {topic}",
        "مقتل {n} مدنيين بقصف على ريف {city}",
        "احتجاجات في {city} بسبب {topic}",
        "{org} تطلق نداءً عاجلاً بشأن {topic} في {country}",
        "انفجار يهز وسط {city} وأنباء عن إصابات",
        "السلطات في {country} تعلن إجراءات جديدة لمواجهة {topic}",
        "وصول قافلة مساعدات جديدة إلى {city}",
        "حريق ضخم في سوق {city} الشعبي",
        "اعتقالات واسعة في {city} عقب مظاهرات ليلية",
        "{org}: ارتفاع عدد النازحين في {country} إلى {n} ألفاً",
    ],
    "politics": [
        "{official} يبحث مع نظيره في {country} {topic}",
        "جولة مفاوضات جديدة في {city} حول {topic}",
        "{country} تستدعي سفيرها احتجاجاً على تصريحات بشأن {topic}",
        "{org} يناقش مشروع قرار حول {topic} في {country}",
        "قمة ثلاثية في {city} لبحث {topic}",
        "خلافات داخل البرلمان في {country} بشأن {topic}",
        "{official} في {country}: لا حل عسكرياً لأزمة {city}",
    ],
    "economy": [
        "الليرة تسجل تراجعاً جديداً أمام الدولار في {city}",
        "{org} يتوقع نمواً محدوداً لاقتصاد {country}",
        "ارتفاع أسعار المحروقات في {country} للمرة {ordinal} هذا العام",
        "{country} توقع اتفاقاً تجارياً لتصدير الحمضيات",
        "أزمة خبز في {city} وطوابير أمام الأفران",
        "تراجع حركة الشحن في ميناء {city}",
        "{official} في {country} يعلن خطة لدعم المزارعين",
    ],
    "opinion": [
        "{topic}.. إلى أين؟",
        "في انتظار حل لا يأتي: {topic} نموذجاً",
        "{city} التي نعرفها",
        "عن {topic} والذاكرة القصيرة",
        "رسالة إلى {official} في {country}",
    ],
    "files": [
        "ملف: {topic} في {country} بالأرقام",
        "تحقيق: من يقف وراء {topic} في {city}؟",
        "شهادات من {city}: سنوات من {topic}",
        "خريطة النفوذ في {country} بعد عام على {topic}",
    ],
}

SENTENCES = {
    "news": [
        "أفادت مصادر محلية في {city} بأن الأوضاع شهدت توتراً ملحوظاً خلال الساعات الماضية.",
        "وقال شهود عيان إن عناصر الأمن انتشروا بكثافة في الشوارع الرئيسية للمدينة.",
        "وأكد ناشطون أن حصيلة الضحايا مرشحة للارتفاع بسبب خطورة بعض الإصابات.",
        "ولم يصدر أي تعليق رسمي حتى ساعة إعداد هذا التقرير.",
        "وتعاني {city} منذ أشهر من تدهور الخدمات الأساسية وانقطاع متكرر للكهرباء.",
        "وطالبت {org} بفتح تحقيق مستقل وشفاف في ملابسات ما جرى.",
        "وأشار مراسلون إلى أن حركة المرور توقفت بالكامل في محيط المنطقة.",
        "وتشير تقديرات إلى أن نحو {n} عائلة اضطرت إلى مغادرة منازلها.",
    ],
    "politics": [
        "وقال {official} في مؤتمر صحفي إن بلاده تدعم أي مبادرة تنهي معاناة المدنيين.",
        "وأضاف أن الحل يجب أن يكون سياسياً ووفق قرارات {org}.",
        "ويرى مراقبون أن الاجتماع يأتي في سياق تحولات إقليمية متسارعة.",
        "وشدد البيان الختامي على ضرورة احترام سيادة {country} ووحدة أراضيها.",
        "وتتباين مواقف الأطراف حول آليات التنفيذ والجدول الزمني.",
        "وكانت جولات سابقة قد انتهت دون تحقيق أي تقدم ملموس.",
        "وأعرب دبلوماسيون عن تفاؤل حذر بإمكانية التوصل إلى تفاهمات أولية.",
    ],
    "economy": [
        "وسجل سعر صرف الدولار {n} ليرة في تعاملات السوق الموازية صباح اليوم.",
        "ويعزو اقتصاديون هذا التراجع إلى شح القطع الأجنبي وتراجع الصادرات.",
        "وارتفعت أسعار المواد الغذائية بنسبة تجاوزت {n} بالمئة خلال شهر واحد.",
        "وقال تجار في {city} إن حركة الأسواق تراجعت بشكل كبير.",
        "وتوقع تقرير صادر عن {org} استمرار الضغوط التضخمية خلال العام المقبل.",
        "ويشكو المواطنون من عجز الرواتب عن تغطية الحد الأدنى من الاحتياجات.",
        "وتحاول الحكومة احتواء الأزمة عبر رفع الدعم تدريجياً عن بعض السلع.",
    ],
    "opinion": [
        "ليس جديداً أن نقول إن {topic} تحول إلى عبء يثقل كاهل الجميع.",
        "لكن الجديد هو هذا الصمت الذي يلف المشهد، وكأن شيئاً لم يكن.",
        "في {city} وحدها ما يكفي من الحكايات لكتابة تاريخ كامل من الخيبات.",
        "والسؤال الذي يطرح نفسه: من يملك شجاعة الاعتراف بالخطأ؟",
        "لقد جربنا الحلول الجزئية مراراً، ولم نحصد سوى مزيد من الانتظار.",
        "ربما آن الأوان لنصغي إلى أصوات الناس بدل الاكتفاء بالشعارات.",
        "فالذاكرة، مهما بدت قصيرة، تعود دائماً لتطالب بحقها.",
    ],
    "files": [
        "يرصد هذا الملف تطورات {topic} على مدى السنوات الخمس الماضية.",
        "وتظهر البيانات التي جمعتها ليفانت نيوز أن الأرقام تضاعفت منذ عام {year}.",
        "وتحدث معدّو الملف إلى {n} شخصاً من سكان {city} والمناطق المحيطة.",
        "ويكشف التحقيق عن شبكة معقدة من المصالح المتداخلة.",
        "وتبقى الوثائق المتاحة جزئية، ما يصعّب رسم صورة كاملة.",
        "وفي ختام الملف، يطرح المعدّون أسئلة مفتوحة حول المسؤولية والمحاسبة.",
        "واعتمد الملف على مصادر مفتوحة وشهادات ميدانية ووثائق رسمية.",
    ],
}

ORDINALS = ["الثانية", "الثالثة", "الرابعة", "الخامسة"]
BODY_DATE_MENTIONS = ["وكانت الأحداث قد بدأت في 15 آذار 2011 وفق ناشطين.",
                      "وأُعلن عن الاتفاق الأول في 3 كانون الثاني 2019 دون أن يُطبق."]


@dataclass
class Article:
    key: str
    section: str            # section slug
    section_name: str
    title: str
    slug: str               # Arabic slug part of the URL (may differ from the title)
    published: datetime     # aware, Europe/London
    paragraphs: list[str]   # clean body paragraphs (the truth)
    variant: str            # how structured data / dates are exposed
    caption: str
    source_line: str | None = None
    source: str | None = None
    source_at_top: bool = True
    authors: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    listed: bool = True
    # position -> (label, target key, link decoration) ; resolved into read_also
    read_also: list[tuple[int, str, str, str]] = field(default_factory=list)
    printed_date: str | None = None
    raw_paragraphs: list[str] | None = None  # as printed, when it differs from the truth
    modified: datetime | None = None
    needs_js: bool = False   # the body is inserted by a script (empty in the HTML)
    load_more: bool = False  # listed only through the load-more section's JSON endpoint
    sitemap_only: bool = False  # an old archive article only the sitemaps list (listed is False)

    @property
    def path(self) -> str:
        return "/article/" + self.slug + url_timestamp(self.published)


def url_timestamp(dt: datetime) -> str:
    hour = dt.hour % 12 or 12
    ampm = "am" if dt.hour < 12 else "pm"
    return f"{MONTHS_EN[dt.month - 1]}-{dt.day},-{dt.year},-{hour}:{dt.minute:02d}-{ampm}"


def slugify(text: str, words: int = 7) -> str:
    text = re.sub(r"[^\w\s]", " ", text)
    return "-".join(text.split()[:words])


def printed_date(dt: datetime, style: int) -> str:
    """The date an article prints next to its headline, in one of several real-world styles."""
    h12 = dt.hour % 12 or 12
    if style == 0:
        return (f"نشر في: {dt.day} {MONTHS_LEVANT[dt.month - 1]} {dt.year} - "
                f"{h12:02d}:{dt.minute:02d} {'ص' if dt.hour < 12 else 'م'}").translate(ARABIC_DIGITS)
    if style == 1:
        return (f"{WEEKDAYS_AR[dt.weekday()]} {dt.day} {MONTHS_AR[dt.month - 1]} {dt.year} | "
                f"{h12}:{dt.minute:02d} {'صباحاً' if dt.hour < 12 else 'مساءً'}")
    return f"{dt.year}/{dt.month:02d}/{dt.day:02d} {dt.hour:02d}:{dt.minute:02d}"


def _fill(rng: random.Random, template: str) -> str:
    return template.format(
        city=rng.choice(CITIES), country=rng.choice(COUNTRIES), official=rng.choice(OFFICIALS),
        org=rng.choice(ORGS), topic=rng.choice(TOPICS), n=rng.randint(3, 90),
        ordinal=rng.choice(ORDINALS), year=rng.randint(2012, 2019),
    )


def _seed_article() -> Article:
    """The one real page we hold (seed/levant-article.txt), word for word."""
    lines = SEED_FILE.read_text(encoding="utf-8").splitlines()
    start = lines.index("زعيم كوريا الشمالية") + 1      # the image caption precedes the body
    end = lines.index('ليفانت نيوز_ "أسوشيتد برس"')
    raw = [ln for ln in lines[start:end] if ln.strip()]
    read_also_idx = next(i for i, ln in enumerate(raw) if ln.startswith("اقرأ أيضاً:"))
    raw_body = raw[:read_also_idx] + raw[read_also_idx + 1:]
    return Article(
        key="seed", section="news", section_name="أخبار",
        title='زعيم كوريا الشمالية يتعهد بتقديم الدعم الكامل لـ"الكفاح المقدس" لروسيا',
        slug="زعيم-كوريا-الشمالية-يتعهد-بدعم-روسيا-في-حربها",
        published=datetime(2023, 9, 13, 16, 20, tzinfo=SITE_TZ),
        # The page keeps the capture's NBSPs; the truth is the documented normalisation (NBSP -> space).
        paragraphs=[" ".join(p.replace("\u00a0", " ").split()) for p in raw_body], raw_paragraphs=raw_body,
        variant="url-only", caption="زعيم كوريا الشمالية",
        source_line='ليفانت نيوز_ "أسوشيتد برس"', source="أسوشيتد برس", source_at_top=False,
        read_also=[(read_also_idx, "اقرأ أيضاً:", "seed-read-also", "")],
        tags=["كوريا الشمالية", "روسيا"],
    )


def _seed_read_also_target() -> Article:
    """The article the seed's read-also line points at; reachable only through that link."""
    return Article(
        key="seed-read-also", section="news", section_name="أخبار",
        title='كيم جونغ أون في روسيا وواشنطن تحذّر من صفقة أسلحة "محتملة"',
        slug="كيم-جونغ-أون-في-روسيا",
        published=datetime(2023, 9, 12, 9, 5, tzinfo=SITE_TZ),
        paragraphs=[
            "وصل الزعيم الكوري الشمالي كيم جونغ أون إلى روسيا على متن قطاره المدرع، في زيارة نادرة إلى الخارج.",
            "وحذرت واشنطن من أن أي صفقة أسلحة بين البلدين ستشكل انتهاكاً لقرارات مجلس الأمن الدولي.",
            "وقال مسؤولون أمريكيون إن موسكو تسعى للحصول على ذخائر مدفعية لاستخدامها في حربها على أوكرانيا.",
        ],
        variant="jsonld", caption="صورة تعبيرية", source_line="ليفانت نيوز_ وكالات", source="وكالات",
        listed=False,
    )


def build_site_model(seed: int = 2024, scale: int = 1, extra: int = 0, js_articles: int = JS_ARTICLES) -> dict:
    """Return {'sections': [...], 'articles': [Article...]} (newest first).

    `js_articles`: how many articles need JavaScript (0 for a plain site, e.g. the crawl bench).
    `scale` multiplies the number of articles per section (benchmarks use a larger site).
    `extra` adds that many newer listed articles (the site "gains new articles", for
    incremental-crawl tests); with extra=0 the model is exactly the default one.
    """
    rng = random.Random(seed)
    articles: list[Article] = []
    titles: set[str] = set()
    start = datetime(2022, 1, 3, 8, 0, tzinfo=SITE_TZ)
    span_minutes = int((datetime(2025, 10, 30, tzinfo=SITE_TZ) - start).total_seconds() // 60)

    def new_title(section: str) -> str:
        for _ in range(200):
            t = _fill(rng, rng.choice(HEADLINES[section]))
            if t not in titles:
                titles.add(t)
                return t
        t = f"{t} ({len(titles)})"  # large benchmark sites outgrow the templates
        titles.add(t)
        return t

    counter = 0
    for slug_, name, count in SECTIONS:
        for _ in range(count * scale + (READ_ALSO_ONLY - 1 if slug_ == "politics" else 0)):
            counter += 1
            title = new_title(slug_)
            minute = rng.randrange(span_minutes)
            published = (start + timedelta(minutes=minute)).astimezone(SITE_TZ)
            published = published.replace(second=0)
            n_par = rng.randint(4, 9)
            paragraphs = [" ".join(_fill(rng, s) for s in rng.sample(SENTENCES[slug_], rng.randint(2, 3)))
                          for _ in range(n_par)]
            variant = META_VARIANTS[counter % len(META_VARIANTS)]
            src = rng.choice(SOURCE_LINES) if slug_ != "opinion" and rng.random() < 0.8 else None
            art = Article(
                key=f"a{counter:04d}", section=slug_, section_name=name, title=title,
                slug=slugify(title) if counter % 5 else slugify(rng.choice(TOPICS) + " " + rng.choice(CITIES)),
                published=published, paragraphs=paragraphs, variant=variant,
                caption=rng.choice(CAPTIONS),
                source_line=src[0] if src else None, source=src[1] if src else None,
                source_at_top=rng.random() < 0.5,
                authors=[rng.choice(COLUMNISTS)] if slug_ == "opinion" else [],
                tags=rng.sample(TAG_POOL, rng.randint(0, 3)),
            )
            if variant in ("printed",):
                art.printed_date = printed_date(published, counter % 3)
            if variant in ("jsonld", "jsonld-graph") and counter % 3 == 0:
                art.modified = published + timedelta(hours=rng.randint(1, 48))
            if counter % 7 == 3:   # a date inside the body that must not be taken
                art.paragraphs.insert(1, rng.choice(BODY_DATE_MENTIONS))
            if counter % 6 == 1:   # invisible characters and NBSP the normaliser must clean
                raw = list(art.paragraphs)
                raw[0] = "\u00a0" + raw[0].replace(" ", "\u00a0", 1) + "\u200b"
                art.raw_paragraphs = raw
            articles.append(art)

    # The last READ_ALSO_ONLY-1 politics articles are unlisted; the seed's target makes the 4th.
    politics = [a for a in articles if a.section == "politics"]
    hidden = politics[-(READ_ALSO_ONLY - 1):]
    for a in hidden:
        a.listed = False
    articles.append(_seed_article())
    articles.append(_seed_read_also_target())

    # Read-also links: every hidden article is linked from at least one listed article; one
    # hidden article links to another (reachable only at depth 2 from a listing).
    listed = [a for a in articles if a.listed and a.key != "seed"]
    by_key = {a.key: a for a in articles}
    decorations = ["", "?utm_source=readalso&utm_medium=internal", "#related", ""]
    hosts = rng.sample(listed, len(hidden) - 1)
    for host, target in zip(hosts, hidden[:-1]):
        host.read_also.append((rng.randint(1, len(host.paragraphs) - 1), "", target.key, ""))
    hidden[0].read_also.append((1, "", hidden[-1].key, "?utm_campaign=chain"))
    for i, a in enumerate(listed):
        if i % 3 == 0 and a not in hosts:
            target = rng.choice([b for b in listed if b is not a])
            a.read_also.append((rng.randint(1, len(a.paragraphs) - 1), "", target.key, decorations[i % 4]))
    label_i = 0
    for a in articles:
        fixed = []
        for pos, label, target, deco in a.read_also:
            if not label:
                label = READ_ALSO_LABELS[label_i % 3]
                label_i += 1
            fixed.append((pos, label, target, deco))
        a.read_also = fixed
        for _, _, target, _ in a.read_also:
            assert target in by_key and target != a.key

    # Newer articles, from a separate random stream so the others stay exactly as they are.
    xrng = random.Random(seed + 1)
    newest = max(a.published for a in articles)
    for i in range(extra):
        slug_, name, _ = SECTIONS[i % len(SECTIONS)]
        title = f"{_fill(xrng, xrng.choice(HEADLINES[slug_]))} ({i + 1})"
        titles.add(title)
        paragraphs = [" ".join(_fill(xrng, s) for s in xrng.sample(SENTENCES[slug_], 2)) for _ in range(4)]
        art = Article(key=f"x{i + 1:04d}", section=slug_, section_name=name, title=title,
                      slug=slugify(title) + f"-{i + 1}",
                      published=(newest + timedelta(hours=i + 1)).astimezone(SITE_TZ).replace(second=0),
                      paragraphs=paragraphs, variant="url-only", caption=xrng.choice(CAPTIONS))
        articles.append(art)
        by_key[art.key] = art

    articles.sort(key=lambda a: a.published, reverse=True)
    plain_listed = [a for a in articles if a.listed and a.key != "seed"]
    for a in plain_listed[::JS_EVERY][:js_articles]:
        a.needs_js = True
    articles += _load_more_articles(scale, titles)
    articles.sort(key=lambda a: a.published, reverse=True)
    articles += _archive_articles(titles)   # older than all the others: the order above stays
    articles.sort(key=lambda a: a.published, reverse=True)
    by_key.update((a.key, a) for a in articles)
    return {"sections": SECTIONS + [LOAD_MORE_SECTION], "articles": articles, "by_key": by_key}


def _load_more_articles(scale: int, titles: set[str]) -> list[Article]:
    """The load-more section's articles (own random stream: the other articles stay as they were)."""
    rng = random.Random(6)
    slug_, name, count = LOAD_MORE_SECTION
    start = datetime(2024, 1, 8, 7, 0, tzinfo=SITE_TZ)
    out = []
    for i in range(count * scale):
        for _ in range(200):
            title = "تقرير: " + _fill(rng, rng.choice(HEADLINES["files"]))
            if title not in titles:
                break
        else:
            title = f"{title} ({i})"
        titles.add(title)
        published = start + timedelta(days=3 * i, minutes=rng.randrange(600))
        section_pool = rng.choice(["news", "politics", "files"])
        paragraphs = [" ".join(_fill(rng, s) for s in rng.sample(SENTENCES[section_pool], 2))
                      for _ in range(rng.randint(3, 6))]
        src = rng.choice(SOURCE_LINES)
        variant = META_VARIANTS[i % len(META_VARIANTS)]
        out.append(Article(
            key=f"r{i + 1:04d}", section=slug_, section_name=name, title=title, slug=slugify(title),
            published=published, paragraphs=paragraphs, variant=variant,
            printed_date=printed_date(published, i % 3) if variant == "printed" else None,
            caption=rng.choice(CAPTIONS), source_line=src[0], source=src[1],
            source_at_top=i % 2 == 0, tags=rng.sample(TAG_POOL, rng.randint(0, 2)), load_more=True,
        ))
    return out


def _archive_articles(titles: set[str]) -> list[Article]:
    """Old articles (2019-2020, each in another month) that only the sitemaps list; own random
    stream, generated after all the others, so those stay exactly as they were."""
    rng = random.Random(2019)
    sections = [s for s in SECTIONS]
    out = []
    for i in range(ARCHIVE_ARTICLES):
        slug_, name, _ = sections[i % len(sections)]
        for _ in range(200):
            title = _fill(rng, rng.choice(HEADLINES[slug_]))
            if title not in titles:
                break
        else:
            title = f"{title} ({i})"
        titles.add(title)
        month = 2 + 3 * i                      # Mar 2019, Jun 2019, ... Dec 2020: eight months
        published = datetime(2019 + (month - 1) // 12, (month - 1) % 12 + 1, rng.randint(1, 28),
                             rng.randint(7, 22), rng.randrange(60), tzinfo=SITE_TZ)
        paragraphs = [" ".join(_fill(rng, s) for s in rng.sample(SENTENCES[slug_], rng.randint(2, 3)))
                      for _ in range(rng.randint(4, 7))]
        variant = META_VARIANTS[i % len(META_VARIANTS)]
        src = rng.choice(SOURCE_LINES) if slug_ != "opinion" else None
        art = Article(
            key=f"h{i + 1:04d}", section=slug_, section_name=name, title=title, slug=slugify(title),
            published=published, paragraphs=paragraphs, variant=variant, caption=rng.choice(CAPTIONS),
            source_line=src[0] if src else None, source=src[1] if src else None,
            source_at_top=i % 2 == 0, authors=[rng.choice(COLUMNISTS)] if slug_ == "opinion" else [],
            tags=rng.sample(TAG_POOL, rng.randint(0, 2)), listed=False, sitemap_only=True,
            printed_date=printed_date(published, i % 3) if variant == "printed" else None,
        )
        if variant in ("jsonld", "jsonld-graph"):   # edited later: the sitemap's lastmod is the edit
            art.modified = published + timedelta(days=rng.randint(1, 30), hours=rng.randint(0, 23))
        out.append(art)
    return out
