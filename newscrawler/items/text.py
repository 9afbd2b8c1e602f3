"""Text clean-up as pure functions: documented normalisation and site-chrome removal.

Normalisation (`normalise_text`) is the only change made to scraped text:
- removes invisible format characters: zero-width space U+200B, word joiner U+2060,
  BOM U+FEFF, soft hyphen U+00AD, the bidi marks LRM/RLM/ALM (U+200E, U+200F, U+061C) and
  bidi embeddings/isolates (U+202A-U+202E, U+2066-U+2069);
- turns NBSP and the other Unicode spaces into a plain space, collapses runs of spaces,
  strips each line, and separates paragraphs by exactly one blank line;
- keeps everything else: Arabic letters, hamza forms, diacritics, tatweel, ZWNJ/ZWJ (they
  change how letters join) and punctuation are never touched.
"""

from __future__ import annotations

import re

from newscrawler.dates import is_date_only

_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_ODD_SPACE = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def _collapse_spaces(text: str) -> str:
    """Runs of spaces (any Unicode space, tab) as one " ". Text that has neither two spaces in a
    row nor a space other than " " is returned as it is: _SPACES would match at every word and
    put back the same space (the body's costliest regex call)."""
    if "  " not in text and not _ODD_SPACE.search(text):
        return text
    return _SPACES.sub(" ", text)
_BLANKS = re.compile(r"\n\s*\n\s*")


def normalise_text(text: str | None) -> str | None:
    """Normalise one piece of text (see module doc). None stays None."""
    if text is None:
        return None
    text = _INVISIBLE.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [ln.strip() for ln in _collapse_spaces(text).split("\n")]  # _SPACES never spans a line break
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def normalise_line(text: str | None) -> str | None:
    """Normalise text that must stay on one line (titles, names, captions)."""
    if text is None:
        return None
    return _collapse_spaces(_INVISIBLE.sub("", text).replace("\n", " ")).strip()


def split_paragraphs(body: str) -> list[str]:
    return [p for p in (s.strip() for s in body.split("\n\n")) if p]


# --- site chrome -------------------------------------------------------------------------

# "Read also" lines in their common spellings: اقرأ أيضاً / إقرأ أيضا / شاهد أيضاً / اقرأ المزيد ...
READ_ALSO = re.compile(
    r"^\W{0,3}(?:[اإأ]قر[أاء]|شاهد|طالع|اقرا)\s*[أا]يضا\u064b?\s*[:：\-–]?|"
    r"^\W{0,3}(?:[اإأ]قر[أاء]|اقرا)\s+المزيد\s*[:：\-–]?"
)
# Lines that are site chrome whenever they stand alone in a body.
CHROME_LINES = re.compile(
    r"^(?:الوضع المظلم|الوضع الليلي|Logo|عاجل|الأكثر قراءة|الأكثر مشاهدة|كاريكاتير|النشرة الإخبارية|"
    r"اشترك في قائمتنا البريدية.*|شارك المقال.*|شارك(?:\s*:)?|مشاركة|طباعة|إعلان|"
    r"تابعونا على.*|تابع(?:وا)? آخر (?:أخبار|الأخبار).*|جميع الحقوق محفوظة.*|اخترنا لكم|اخترنا لك|"
    r"(?:مواضيع|موضوعات|أخبار|اخبار|مقالات) ذات صلة|ذات صلة|أرسل لصديق|ارسل لصديق|"
    r"صورة تعبيرية|أرشيفية|صورة من الأرشيف|\(أرشيف\)|المصدر:?|"
    r"(?:جار[\u064b-\u0652]?ي?|يتم|يجري)\s+(?:ال)?تحميل(?:\s+(?:المحتوى|الخبر|المقال))?|[Ll]oading)\s*(?:[.!:…]+)?\s*$"
)
# Article furniture printed as a short line of its own by Arabic CMSs, whatever its markup:
# - bylines: "بقلم: فلان", "كتب: فلان", "إعداد: فلان", "تحرير: ...", "ترجمة: ..." (at most 6 words);
# - reading time: "قراءة في 3 دقائق", "3 دقائق للقراءة", "مدة القراءة: 3 دقائق", "⏱ 4 دقائق";
# - update lines: "آخر تحديث: ...", "تاريخ آخر تحديث ...", "تم التحديث ..." (the modification
#   date, never the publication date);
# - ad labels ("إعلان", "- إعلان -", "الإعلانات", "محتوى ممول") and box labels (tags «الوسوم»,
#   «التسميات:», related «قد يهمك أيضاً», «قد يعجبك أيضاً»), tag lines ("الوسوم: سوريا، لبنان") and
#   copyright lines ("© جميع الحقوق محفوظة لموقع … 2026", "حقوق النشر © 2026 ليفانت نيوز").
_BYLINE = r"(?:بقلم|كتب|كتبت|كتبه|كتابة|إعداد|اعداد|تحرير|تقرير|إشراف|اشراف|ترجمة|متابعة|by)\s*[:：\-–]?\s*\S+(?:\s+\S+){0,4}"
_READING = (r"(?:⏱\s*)?(?:(?:مدة|وقت|زمن)\s+(?:ال)?قراءة\s*[:：]?\s*|قراءة\s+(?:في\s+)?)?(?:⏱\s*)?"
            r"(?:[0-9٠-٩]+|دقيقة|دقيقتان|دقيقتين)\s*(?:دقيقة|دقائق|دقيقتان|دقيقتين|د|min|mins|minutes?)?"
            r"\s*(?:لل?قراءة|قراءة|read)?")
_UPDATED = r"(?:تاريخ\s+)?(?:آخر|اخر)\s+تحديث|تم\s+التحديث|محدث|تحديث\s*:|updated|last\s+updated|last\s+modified"
_LABELS = (r"إعلان|إعلانات|الإعلان|الإعلانات|اعلان|إعلان ممول|محتوى ممول|مساحة إعلانية|advertisement|sponsored|"
           r"الوسوم|وسوم|التسميات|تسميات|الكلمات المفتاحية|كلمات مفتاحية|الكلمات الدلالية|كلمات دلالية|العلامات|"
           r"tags|labels|"
           r"قد يهمك|قد يهمك أيضا|قد يهمك أيضاً|قد يعجبك|قد يعجبك أيضا|قد يعجبك أيضاً|ننصحك بقراءة|مقالات مشابهة|"
           r"أخبار متعلقة|مواضيع متعلقة|مواضيع مشابهة|أخبار مشابهة|المزيد من الأخبار|المزيد")
_TAGS = r"(?:الوسوم|وسوم|التسميات|تسميات|العلامات|(?:ال)?كلمات\s+(?:ال)?(?:مفتاحية|دلالية)|tags|labels|topics)"
META_LINE = re.compile(
    rf"^\W{{0,3}}(?:{_BYLINE}|(?:{_UPDATED})(?:\s*[:：]?\s*\S.{{0,70}})?|{_TAGS}\s*[:：]\s*\S.{{0,100}})$"
    # (a reading time is short: the lookaheads scan no prose line longer than 80 characters)
    rf"|^(?=.{{0,80}}$)(?=.*(?:قراءة|read|⏱))(?=.*(?:[0-9٠-٩]|دقيق))\W{{0,3}}{_READING}\W{{0,3}}$"
    rf"|^[\W_]{{0,4}}(?:{_LABELS})[\W_]{{0,4}}$"
    # a reading time printed bare on its own line: "2min", "٣ دقائق", "5 mins"
    r"|^\W{0,3}[0-9٠-٩]{1,3}\s*(?:min|mins|minutes?|دقائق|دقيقة|دقيقتان|د)\.?\W{0,3}$"
    # copyright lines, the sign or the words anywhere in a short line: "© 2026 …", "حقوق النشر ©
    # 2026 ليفانت نيوز", "جميع الحقوق محفوظة لـ …", "Copyright 2026 …"
    r"|^(?=.{0,120}$).*(?:©|\(c\)\s*[0-9]{4}|\bcopyright\b|الحقوق\s+محفوظة|"
    r"حقوق\s+(?:ال)?(?:نشر|طبع)(?:\s+و(?:ال)?(?:نشر|طبع))?\s+(?:محفوظة|©|[0-9٠-٩]{4})).*$",
    re.IGNORECASE,
)
# Share rows as text: a share label, alone or followed by the networks' names only
# ("شارك هذا المقال: فيسبوك", "شارك عبر: واتساب | تلغرام", "Share"). The DOM rule
# (newscrawler.extract.boilerplate.is_share_row) removes the rows whose links go to share URLs.
SHARE_NETWORKS = (r"(?:فيسبوك|فيس بوك|فيسبوك ماسنجر|ماسنجر|تويتر|إكس|اكس|واتساب|واتس اب|واتس آب|واتسآب|"
                  r"تلغرام|تليغرام|تيليغرام|تيليجرام|تليجرام|لينكد ?إن|لينكدان|البريد الإلكتروني|"
                  r"البريد الالكتروني|البريد|بريد إلكتروني|إيميل|ايميل|بنترست|ريديت|"
                  r"facebook|messenger|twitter|x|whatsapp|telegram|linkedin|e-?mail|pinterest|reddit|vk)")
SHARE_LABEL = (r"(?:شارك(?:وا|ي)?(?: (?:هذا|هذه) (?:المقال|المقالة|الخبر|الموضوع|الصفحة|التقرير)|"
               r" (?:المقال|المقالة|الخبر|الموضوع))?(?: (?:عبر|على|مع))?|"
               r"مشاركة(?: (?:المقال|الخبر|الموضوع))?(?: (?:عبر|على))?|انشر(?: على| عبر)?|"
               r"share(?: this(?: article| story| post| page)?)?(?: on| via| with)?)")
SHARE_LINE = re.compile(rf"^{SHARE_LABEL}\s*[:：]?(?:\s*[|،,/•·\-]?\s*{SHARE_NETWORKS})*\s*[.!]?$", re.IGNORECASE)
# A reading time run into the text after it (an inline <span> before the first paragraph):
# only its unmistakable forms, with the clock sign or the word قراءة.
READING_PREFIX = re.compile(
    r"^(?:⏱\s*[0-9٠-٩]+\s*(?:دقيقة|دقائق|د)|(?:مدة|وقت|زمن)\s+(?:ال)?قراءة\s*[:：]?\s*[0-9٠-٩]+\s*(?:دقيقة|دقائق)"
    r"|[0-9٠-٩]+\s*(?:دقيقة|دقائق)\s+(?:لل)?قراءة|قراءة\s+في\s+[0-9٠-٩]+\s+(?:دقيقة|دقائق))\s+(?=\S)")
# Image credits standing alone: "(رويترز)", "أ ف ب", "تصوير: فلان", "حقوق الصورة: ...".
IMAGE_CREDIT = re.compile(
    r"^[(\[]?\s*(?:رويترز|أ\s?ف\s?ب|ا\s?ف\s?ب|فرانس برس|أسوشيتد برس|الأناضول|إيبا|غيتي|Getty Images|"
    r"AFP|Reuters|AP|EPA|Anadolu)\s*[)\]]?$|"
    r"^(?:تصوير|عدسة|حقوق الصورة|مصدر الصورة|الصورة)\s*:\s*\S.{0,40}$",
    re.IGNORECASE,
)
# The header date widget: weekday, day / month / year (any digits), e.g. الجمعة ٢٢ / نوفمبر / ٢٠٢٤
DATE_WIDGET = re.compile(
    r"^(?:السبت|الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة)\s+"
    r"[0-9٠-٩]{1,2}\s*/\s*\S+\s*/\s*[0-9٠-٩]{4}$"
)


def source_line_pattern(*site_names: str) -> re.Pattern:
    """The source line news sites print under their own name: the name, a separator, then the
    agency, e.g. `<site>_ "أسوشيتد برس"`, `<site>/ رصد`, `<site> - وكالات`, `<site>_ «رويترز»`
    (group `source`). Site profiles build theirs from their names (`SiteProfile.source_line`)."""
    names = "|".join(r"\s*".join(re.escape(word) for word in name.split()) for name in site_names)
    return re.compile(rf"^\s*(?:{names})\s*[_/\-–:|]\s*[\"«“']?\s*(?P<source>[^\"»”'\n]{{1,60}}?)\s*[\"»”']?\s*$")


def parse_source_line(line: str, pattern: re.Pattern | None) -> str | None:
    """The agency a source line names (`<site>_ "أسوشيتد برس"` -> `أسوشيتد برس`), or None."""
    m = pattern.match(line) if pattern is not None else None
    return m.group("source").strip() if m else None


def is_read_also(line: str) -> bool:
    return bool(READ_ALSO.match(line))


def _either(*patterns: re.Pattern) -> re.Pattern:
    """One pattern matching where any of `patterns` matches (each keeps its IGNORECASE flag): one
    regex call a line instead of one each. Patterns with other flags, groups referred to by
    name or number, cannot be joined so (their meaning would change): refused at import."""
    for p in patterns:
        if p.flags & ~(re.IGNORECASE | re.UNICODE) or p.groupindex or re.search(r"\\[1-9]|\(\?P=", p.pattern):
            raise ValueError(f"cannot join {p.pattern[:40]!r} into one pattern")
    return re.compile("|".join(f"(?{'i' if p.flags & re.IGNORECASE else ''}:{p.pattern})" for p in patterns))


# Any line strip_chrome drops for what it says (read-also, chrome, furniture, share, widget, credit).
_CHROME_LINE = _either(READ_ALSO, CHROME_LINES, META_LINE, SHARE_LINE, DATE_WIDGET, IMAGE_CREDIT)


def strip_chrome(body: str, *, title: str | None = None, captions: list[str] | tuple = (),
                 source_line: re.Pattern | None = None) -> tuple[str, str | None]:
    """Remove chrome paragraphs from a body; return (clean body, source found in a source line).

    Removed: read-also lines, the site's source line (`source_line`, from its profile), lone
    chrome strings (widget, newsletter, share rows, captions), bylines, reading times, update
    lines and ad or box labels (`META_LINE`), repeats of the headline or of image captions,
    paragraphs that are only a date, and empty paragraphs.
    """
    source = None
    drop = {c.strip() for c in captions if c and c.strip()}
    if title:
        drop.add(" ".join(title.split()))
    kept = []
    for para in split_paragraphs(body):
        lines = []
        for raw in para.split("\n"):  # a paragraph may hold <br> lines: judge each
            line = " ".join(raw.split())
            prefix = READING_PREFIX.match(line)
            if prefix:  # "⏱ 3 دقائق ليفانت نيوز_ …": a reading time run into the next line
                line = raw = line[prefix.end():]
            if not line or line in drop or _CHROME_LINE.match(line) or is_date_only(line):
                continue
            src = parse_source_line(line, source_line)
            if src is not None:
                source = source or src
                continue
            lines.append(raw.strip())
        if lines:
            kept.append("\n".join(lines))
    return "\n\n".join(kept), source
