"""Fast, dependency-light parser for the dates printed on Arabic news pages.

Public API
----------
``parse_date(text, *, now=None, tz=None) -> datetime | None``
    Parse one date string and return a timezone-aware ``datetime`` or ``None``.

    * The result is the wall-clock time as printed, in zone ``tz`` (an IANA name
      such as ``"Europe/London"``; ``None`` means UTC), unless the text carries
      an explicit offset (``+03:00``, ``GMT+0400``, ``UTC``, ``Z``, ``غرينتش``,
      ``بتوقيت مكة``...), in which case that offset/zone is kept.
    * A date without a time gives 00:00.  A time without a date, a month and
      year without a day, or a day and month without a year give ``None``:
      the parser never fills a missing part with "today".
    * ``now`` anchors relative dates (``منذ 3 ساعات``, ``أمس``...).  If it is
      ``None`` the current time in ``tz`` is used; a naive ``now`` is read as
      wall-clock time in ``tz``; an aware one is converted to ``tz``.
    * A non-``str`` ``text`` raises ``TypeError``.  Every ``str`` returns in
      bounded time: at most 20,000 raw characters are normalised, of which
      the first ``MAX_CHARS`` (1,000) are scanned, in a single linear pass over
      tokens (no backtracking regex).

Supported forms
---------------
* Digits: ASCII, Arabic-Indic (٠-٩), Persian (۰-۹), mixed.
* Gregorian month names: Egyptian/Gulf (يناير ... ديسمبر, أبريل/إبريل, يونيو/يونية,
  يوليو/يولية, أغسطس/اغسطس), Levantine/Iraqi (كانون الثاني, شباط, آذار, نيسان, أيار,
  حزيران, تموز, آب, أيلول, تشرين الأول/الثاني, كانون الأول; with or without hamza),
  Maghreb (جانفي, فيفري, أفريل, ماي, جوان, جويلية, أوت), Moroccan (يوليوز, غشت,
  شتنبر, نونبر, دجنبر), combined forms (``آب/أغسطس``, ``كانون الثاني (يناير)``),
  English names and abbreviations, with ordinals (``5th, September 2023``,
  ``September 5th, 2023``) and the hyphenated URL style ``june-6,-2024,-9:35-am``
  (also when glued to preceding Arabic letters).
* Order: day-month-year, month-day-year; numeric day-first ``10-11-2022`` /
  ``5/3/2005`` / ``05.03.2005`` (if the day-first reading is impossible, e.g.
  ``12/25/2024``, the month-first one is used), year-first ``2022-11-10``;
  ISO 8601 and RFC 2822 strings.  Years must have four digits; Gregorian
  years outside 1000-2999 are rejected.
* Noise that is skipped: weekday names, prefixes (نشر في، نشر بتاريخ، تاريخ النشر،
  آخر تحديث، بتاريخ، الموافق), the word الساعة, separators ``/ - | ، ,`` or none,
  kashida/tatweel, harakat, zero-width marks, NBSP, RLM/LRM, a missing space
  between a number and a word.
* Times: 24-hour ``H:MM[:SS[.ffffff]]``; 12-hour with ص / م / صباحاً / مساءً /
  ظهراً / عصراً / ليلاً / am / pm / a.m. / p.m.; an hour alone after الساعة or
  before am/pm; offsets (``GMT+0400``, ``UTC+3``, ``+03:00``, ``-0500``, ``Z``,
  ``UTC``, ``غرينتش``, ``بتوقيت غرينتش``) and a few city zones after بتوقيت
  (مكة، القاهرة، دمشق، بيروت، القدس، بغداد، الدوحة، دبي، لندن...).
* The ``م`` rule: ``م`` directly after a four-digit year is the Gregorian era
  suffix (``5 يناير 2024م``); ``م`` directly after a time means PM
  (``10:30 م`` = 22:30).  Both can occur: ``2024م الساعة 10:30 م``.
  ``هـ`` (or هجري/هجرية) after a year marks a Hijri year.
* Hijri dates, by month name (محرم، صفر، ربيع الأول، ربيع الآخر/الثاني، جمادى الأولى،
  جمادى الآخرة/الثانية، رجب، شعبان، رمضان، شوال، ذو القعدة، ذو الحجة) or numeric
  with ``هـ`` (a numeric date whose year is 1300-1500 with no ``م`` is read as
  Hijri too), converted with the Umm al-Qura calendar (``hijridate``, years
  1343-1500 AH).  When a string carries both a Gregorian and a Hijri date, the
  Gregorian one wins.
* Relative dates against ``now``: منذ / قبل + [number] + unit, the unit in singular,
  dual or plural (دقيقة، ساعة، يوم، أسبوع، شهر، سنة/عام and their forms), with
  compound amounts (``منذ ساعة و 20 دقيقة``), نصف/ربع ساعة and the number words
  واحد..عشرة; ``أمس``، ``البارحة``، ``أول أمس``، ``اليوم``، ``الآن`` (optionally with a
  time: ``أمس الساعة 10:30 م``); English ``3 hours ago``, ``yesterday``, ``today``.
  Minutes/hours are subtracted as elapsed time; days/weeks/months/years on the
  calendar (months clamp the day, e.g. 31 March - 1 month = 29 February).
  A bare plural without a number (منذ ساعات) is vague and gives ``None``, and so
  does اليوم followed by an adjective (اليوم السابع, اليوم العالمي: "the ... day").
* Everything else (``كاريكاتير``, ``31 فبراير 2024``, empty text, a bare number,
  an impossible time such as ``25:10``) gives ``None``.

Not supported on purpose: two-digit years, Arabic ordinal words for days
(الخامس من يناير), future relative words (غداً).

There is no cache: each call does the full work (about 10-20 µs for typical
strings on the reference machine).
"""

from __future__ import annotations

import re
import unicodedata
from calendar import monthrange
from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from hijridate import Hijri

__all__ = ["parse_date", "is_date_only", "normalize", "MAX_CHARS"]

#: Only this many characters of the normalised input are considered ...
MAX_CHARS = 1000
#: ... taken from at most this many leading raw characters (kashida, marks and
#: whitespace are removed by normalisation, so the raw window is wider).
_RAW_MAX = 20000

UTC = timezone.utc
#: Gregorian years outside this range are not dates a news page prints
#: (``0400``, the CMS sentinel ``9999-12-31``...).
_MIN_YEAR, _MAX_YEAR = 1000, 2999

# --------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for i in range(10):
        table[0x0660 + i] = str(i)  # Arabic-Indic digits
        table[0x06F0 + i] = str(i)  # Persian (Eastern Arabic-Indic) digits
    removed = [0x0640, 0x0670, 0x061C, 0x00AD, 0xFEFF, 0x180E]  # tatweel, dagger alef, ALM, SHY, BOM
    removed += range(0x064B, 0x0660)  # harakat
    removed += range(0x06D6, 0x06EE)  # Quranic annotation marks
    removed += range(0x200B, 0x2010)  # ZWSP, ZWNJ, ZWJ, LRM, RLM
    removed += range(0x202A, 0x202F)  # bidi embeddings/overrides
    removed += range(0x2060, 0x2070)  # word joiner, bidi isolates...
    for cp in removed:
        table[cp] = None
    for cp in (0x00A0, 0x202F, 0x205F, 0x3000, *range(0x2000, 0x200B)):
        table[cp] = " "
    for ch in "أإآٱٲٳ":
        table[ord(ch)] = "ا"
    table[ord("ة")] = "ه"
    table[ord("ى")] = "ي"
    table[ord("ی")] = "ي"  # Persian yeh
    table[ord("ې")] = "ي"
    table[ord("ک")] = "ك"  # Persian kaf
    for ch in "ھەۀۃ":
        table[ord(ch)] = "ه"
    table[ord("٫")] = "."  # Arabic decimal separator
    table[ord("٬")] = ","  # Arabic thousands separator
    table[ord("؛")] = ";"
    for cp in (0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D):
        table[cp] = "-"
    for cp in (0x2044, 0x2215, 0xFF0F):
        table[cp] = "/"
    for cp in (0x2236, 0xFF1A):
        table[cp] = ":"
    table[0xFF0B] = "+"
    return table


_TABLE = _build_table()
_PRESENTATION_FORMS = "\ufb50"  # Arabic presentation forms A/B start here


def normalize(text: str) -> str:
    """Normalise text for matching: ASCII digits, no kashida/harakat/zero-width
    marks, unified alef/teh marbuta/alef maqsura, lower-case Latin."""
    if text.isascii():
        return text.lower()  # nothing in the table is ASCII: skip the (slow) translate
    if max(text) >= _PRESENTATION_FORMS:
        text = unicodedata.normalize("NFKC", text)
    return text.lower().translate(_TABLE)


_TOKEN_RE = re.compile(r"[0-9]+|[a-z]+|[\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3]+|\S")

_ISO_RE = re.compile(
    r"\s*([0-9]{4})-([0-9]{2})-([0-9]{2})"
    r"(?:[t ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:[.,]([0-9]{1,9}))?)?"
    r"\s*(z|utc|gmt|[+-][0-9]{2}(?::?[0-9]{2})?)?)?\s*"
)

# --------------------------------------------------------------------------
# Vocabulary (all keys are in normalised form)
# --------------------------------------------------------------------------


def _n(words: str) -> list[str]:
    return [normalize(w) for w in words.split()]


_GREG_WORDS = {
    1: "يناير ينايير يناير جانفي جانفييه january jan",
    2: "فبراير فبرايل شباط فيفري فبرير february feb",
    3: "مارس آذار اذار march mar",
    4: "أبريل إبريل ابريل أفريل افريل نيسان ابريل april apr",
    5: "مايو أيار ايار ماي ماى may",
    6: "يونيو يونيه يونية حزيران جوان june jun",
    7: "يوليو يوليه يولية تموز جويلية جويليه يوليوز july jul",
    8: "أغسطس اغسطس أغسطوس آب اب أوت اوت غشت august aug",
    9: "سبتمبر أيلول ايلول شتنبر september sept sep",
    10: "أكتوبر اكتوبر أكتوبر october oct",
    11: "نوفمبر نونبر november nov",
    12: "ديسمبر دجنبر دسمبر december dec",
}
GREG_MONTHS: dict[str, int] = {w: m for m, ws in _GREG_WORDS.items() for w in _n(ws)}
# Two-word Levantine names: first word -> {second word: month}
_FIRST_SECOND = {"اول": 1, "الاول": 1, "ثاني": 2, "الثاني": 2, "ثان": 2}
GREG_MULTI: dict[str, dict[str, int]] = {
    "كانون": {w: (12 if v == 1 else 1) for w, v in _FIRST_SECOND.items()},
    "تشرين": {w: (10 if v == 1 else 11) for w, v in _FIRST_SECOND.items()},
}

_HIJRI_WORDS = {
    1: "محرم المحرم",
    2: "صفر",
    7: "رجب",
    8: "شعبان",
    9: "رمضان",
    10: "شوال",
    11: "ذوالقعدة ذيالقعدة",
    12: "ذوالحجة ذيالحجة",
}
HIJRI_MONTHS: dict[str, int] = {w: m for m, ws in _HIJRI_WORDS.items() for w in _n(ws)}
_H_FIRST = {w: 1 for w in _n("الأول الاول أول اول الأولى الاولى أولى اولى")}
_H_SECOND = {w: 2 for w in _n("الآخر الاخر آخر اخر الآخرة الاخرة آخرة اخرة الثاني ثاني الثانية ثانية الثانى")}
_H_FS = {**_H_FIRST, **_H_SECOND}
HIJRI_MULTI: dict[str, dict[str, int]] = {
    "ربيع": {w: 2 + v for w, v in _H_FS.items()},
    "جمادي": {w: 4 + v for w, v in _H_FS.items()},
    "جماد": {w: 4 + v for w, v in _H_FS.items()},
    "ذو": {"القعده": 11, "الحجه": 12},
    "ذي": {"القعده": 11, "الحجه": 12},
}

_MONTH_STARTS = frozenset(GREG_MONTHS) | frozenset(GREG_MULTI) | frozenset(HIJRI_MONTHS) | frozenset(HIJRI_MULTI)

WEEKDAYS = frozenset(
    _n(
        "السبت الأحد الاحد الإثنين الاثنين الأثنين الثلاثاء الثلاثا الأربعاء الاربعاء الخميس الجمعة "
        "سبت أحد اثنين ثلاثاء أربعاء خميس جمعة "
        "saturday sunday monday tuesday wednesday thursday friday sat sun mon tue tues wed thu thur thurs fri"
    )
)

_SEPS = frozenset("/-|،,.()\\;_[]«»\"'•·")
_DAY_FILLERS = _SEPS | frozenset(_n("of the من شهر لشهر"))
_YEAR_FILLERS = _SEPS | frozenset(_n("of من عام سنة لعام لسنة"))
_ORDINALS = frozenset(("st", "nd", "rd", "th"))
_HIJRI_ERA = frozenset(_n("ه هـ هجري هجرية هج"))
_GREG_ERA = frozenset(_n("م ميلادي ميلادية"))

# Meridiem markers -> kind of correction applied to a 12-hour clock
_AM, _PM, _NOON, _NIGHT = 1, 2, 3, 4
MERIDIEM: dict[str, int] = {}
for _w in _n("ص صباحا صباحاً صباح الصباح صبحا فجرا فجراً الفجر am"):
    MERIDIEM[_w] = _AM
for _w in _n("م مساء مساءً مساءا مساءاً المساء عصرا عصراً العصر pm"):
    MERIDIEM[_w] = _PM
for _w in _n("ظهرا ظهراً الظهر ظهر"):
    MERIDIEM[_w] = _NOON
for _w in _n("ليلا ليلاً الليل ليل"):
    MERIDIEM[_w] = _NIGHT

_SAA = frozenset(_n("الساعة الساعه ساعة عند at"))
_GMT_WORDS = frozenset(_n("gmt utc z غرينتش غرينيتش جرينتش جرينيتش غرنتش جرنتش غرينيش"))
_TZ_FILLERS = frozenset(_n("( [ بتوقيت توقيت حسب بحسب وفق وفقا"))
CITY_ZONES: dict[str, str] = {
    w: z
    for z, ws in {
        "Asia/Riyadh": "مكة المكرمة الرياض السعودية",
        "Africa/Cairo": "القاهرة مصر",
        "Asia/Damascus": "دمشق سوريا سورية",
        "Asia/Beirut": "بيروت لبنان",
        "Asia/Jerusalem": "القدس",
        "Asia/Baghdad": "بغداد العراق",
        "Asia/Qatar": "الدوحة قطر",
        "Asia/Dubai": "دبي أبوظبي ابوظبي الإمارات الامارات",
        "Asia/Kuwait": "الكويت",
        "Asia/Amman": "الأردن الاردن",
        "Europe/London": "لندن بريطانيا",
        "Europe/Istanbul": "أنقرة انقرة إسطنبول اسطنبول تركيا",
        "Africa/Tunis": "تونس",
        "Africa/Algiers": "الجزائر",
        "Africa/Casablanca": "الرباط المغرب",
    }.items()
    for w in _n(ws)
    if w not in ("المكرمه",)
}

# Relative vocabulary -------------------------------------------------------
_S, _MIN, _H, _D, _W, _MON, _Y = "seconds", "minutes", "hours", "days", "weeks", "months", "years"
# word -> (unit, implied count or None when a number is required)
UNITS: dict[str, tuple[str, float | None]] = {}


def _units(unit: str, singular: str, dual: str, plural: str) -> None:
    for w in _n(singular):
        UNITS[w] = (unit, 1)
    for w in _n(dual):
        UNITS[w] = (unit, 2)
    for w in _n(plural):
        UNITS[w] = (unit, None)


_units(_S, "ثانية ثانيةً second sec", "ثانيتين ثانيتان", "ثوان ثواني ثوانٍ seconds secs s")
_units(_MIN, "دقيقة دقيقةً minute min", "دقيقتين دقيقتان", "دقائق دقايق د minutes mins")
_units(_H, "ساعة ساعةً hour hr", "ساعتين ساعتان", "ساعات س hours hrs h")
_units(_D, "يوم يوماً يوما day", "يومين يومان", "أيام ايام days")
_units(_W, "أسبوع اسبوع أسبوعاً اسبوعا week", "أسبوعين اسبوعين أسبوعان اسبوعان", "أسابيع اسابيع weeks")
_units(_MON, "شهر شهراً شهرا month", "شهرين شهران", "أشهر اشهر شهور months")
_units(_Y, "سنة سنةً عام عاماً عاما year yr", "سنتين سنتان عامين عامان", "سنوات سنين أعوام اعوام years yrs")

NUMBER_WORDS: dict[str, float] = {}
for _v, _ws in {
    1: "واحد واحدة a an one",
    2: "اثنين اثنان اثنتين اثنتان two",
    3: "ثلاث ثلاثة three",
    4: "أربع أربعة اربع اربعة four",
    5: "خمس خمسة five",
    6: "ست ستة six",
    7: "سبع سبعة seven",
    8: "ثماني ثمان ثمانية eight",
    9: "تسع تسعة nine",
    10: "عشر عشرة ten",
    0.5: "نصف half",
    0.25: "ربع quarter",
}.items():
    for _w in _n(_ws):
        NUMBER_WORDS[_w] = _v

_AGO_WORDS = frozenset(_n("منذ قبل"))
_YESTERDAY = frozenset(_n("أمس امس البارحة بالأمس بالامس yesterday"))
_TODAY = frozenset(_n("اليوم today"))
_NOW = frozenset(_n("الآن الان now"))
_REL_KEYS = _AGO_WORDS | _YESTERDAY | _TODAY | _NOW | {"ago"}
_AWAL = frozenset(_n("أول اول"))

_ANCHOR_KEYS = _MONTH_STARTS | _REL_KEYS

# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------

_ZONES: dict[str, tzinfo] = {}


def _zone(tz: str | tzinfo | None) -> tzinfo:
    if tz is None:
        return UTC
    if isinstance(tz, str):
        z = _ZONES.get(tz)
        if z is None:
            try:
                z = UTC if tz.upper() in ("UTC", "Z", "GMT") else ZoneInfo(tz)
            except (ZoneInfoNotFoundError, ValueError) as exc:
                raise ValueError(f"parse_date(): unknown time zone {tz!r}") from exc
            _ZONES[tz] = z
        return z
    if isinstance(tz, tzinfo):
        return tz
    raise TypeError(f"parse_date() expects tz as str or None, got {type(tz).__name__}")


def _isnum(t: str) -> bool:
    return "0" <= t[0] <= "9"


def _skip(toks: list[str], j: int, n: int, allowed: frozenset, limit: int = 4) -> int:
    k = 0
    while j < n and k < limit and toks[j] in allowed:
        j += 1
        k += 1
    return j


def _month_at(toks: list[str], j: int, n: int):
    """Month name starting at toks[j] -> (is_hijri, month, next index) or None."""
    t = toks[j]
    m = GREG_MONTHS.get(t)
    if m is not None:
        k = j + 1
    else:
        sub = GREG_MULTI.get(t)
        if sub is not None and j + 1 < n and toks[j + 1] in sub:
            m = sub[toks[j + 1]]
            k = j + 2
        else:
            m = HIJRI_MONTHS.get(t)
            if m is not None:
                return True, m, j + 1
            sub = HIJRI_MULTI.get(t)
            if sub is not None and j + 1 < n and toks[j + 1] in sub:
                return True, sub[toks[j + 1]], j + 2
            return None
    # combined forms: "آب/أغسطس", "كانون الثاني (يناير)", "أغسطس - آب"
    p = _skip(toks, k, n, _SEPS, 2)
    if p < n:
        t2 = toks[p]
        m2 = GREG_MONTHS.get(t2)
        q = p + 1
        if m2 is None:
            sub = GREG_MULTI.get(t2)
            if sub is not None and p + 1 < n and toks[p + 1] in sub:
                m2 = sub[toks[p + 1]]
                q = p + 2
        if m2 == m:
            k = q
            if k < n and toks[k] == ")":
                k += 1
    return False, m, k


def _era_at(toks: list[str], j: int, n: int):
    """Era suffix after a year -> ('h'|'g'|None, next index)."""
    if j < n:
        t = toks[j]
        if t in _HIJRI_ERA:
            return "h", j + 1
        if t in _GREG_ERA:
            return "g", j + 1
    return None, j


def _year_at(toks: list[str], j: int, n: int):
    j = _skip(toks, j, n, _YEAR_FILLERS, 4)
    if j < n:
        t = toks[j]
        if len(t) == 4 and _isnum(t):
            return int(t), j + 1
    return None


def _candidate(hijri: bool, y: int, m: int, d: int, era, i: int, k: int):
    """Validate a (y, m, d) reading -> (is_hijri, date, start, end) or None."""
    if hijri:
        if era == "g":
            return None
        try:
            g = Hijri(y, m, d).to_gregorian()
        except (ValueError, OverflowError):
            return None
        return True, date(g.year, g.month, g.day), i, k
    if era == "h" or not _MIN_YEAR <= y <= _MAX_YEAR:
        return None
    try:
        return False, date(y, m, d), i, k
    except ValueError:
        return None


def _try_day_first(toks: list[str], i: int, n: int):
    d = int(toks[i])
    if not 1 <= d <= 31:
        return None
    j = i + 1
    if j < n and toks[j] in _ORDINALS:
        j += 1
    j = _skip(toks, j, n, _DAY_FILLERS, 4)
    if j >= n or toks[j] not in _MONTH_STARTS:
        return None
    mm = _month_at(toks, j, n)
    if mm is None:
        return None
    hijri, m, j = mm
    yy = _year_at(toks, j, n)
    if yy is None:
        return None
    y, j = yy
    era, j = _era_at(toks, j, n)
    return _candidate(hijri, y, m, d, era, i, j)


def _try_month_first(toks: list[str], i: int, n: int):
    mm = _month_at(toks, i, n)
    if mm is None:
        return None
    hijri, m, j = mm
    j = _skip(toks, j, n, _DAY_FILLERS, 4)
    if j >= n:
        return None
    t = toks[j]
    if not (_isnum(t) and len(t) <= 2):
        return None
    d = int(t)
    j += 1
    if j < n and toks[j] in _ORDINALS:
        j += 1
    yy = _year_at(toks, j, n)
    if yy is None:
        return None
    y, j = yy
    era, j = _era_at(toks, j, n)
    return _candidate(hijri, y, m, d, era, i, j)


_NUM_SEPS = frozenset("/-.")


def _try_numeric(toks: list[str], i: int, n: int):
    if i + 4 >= n:
        return None
    sep = toks[i + 1]
    if sep not in _NUM_SEPS or toks[i + 3] != sep:
        return None
    a, b, c = toks[i], toks[i + 2], toks[i + 4]
    if not (_isnum(b) and _isnum(c)) or len(b) > 2:
        return None
    j = i + 5
    # refuse longer chains such as versions or IP-like "1.2.2024.5"
    if j + 1 < n and toks[j] == sep and _isnum(toks[j + 1]):
        return None
    if len(a) == 4 and len(c) <= 2:
        y, m, d = int(a), int(b), int(c)
        dmy = False
    elif len(c) == 4 and len(a) <= 2:
        d, m, y = int(a), int(b), int(c)
        dmy = True
    else:
        return None
    era, j = _era_at(toks, j, n)
    hijri = era == "h" or (era is None and 1300 <= y <= 1500)
    if dmy and not hijri and m > 12 and d <= 12:
        d, m = m, d  # 12/25/2024: only the month-first reading is possible
    return _candidate(hijri, y, m, d, era, i, j)


_WINDOW = 12  # tokens searched for a time on each side of a date


def _meridiem_at(toks: list[str], k: int, n: int):
    p = k
    if p < n and toks[p] == "-":
        p += 1
    if p < n:
        t = toks[p]
        kind = MERIDIEM.get(t)
        if kind is not None:
            return kind, p + 1
        if t in ("a", "p") and p + 2 < n and toks[p + 1] == "." and toks[p + 2] == "m":
            p += 3
            if p < n and toks[p] == ".":
                p += 1
            return (_AM if t == "a" else _PM), p
    return None, k


def _apply_meridiem(h: int, kind) -> int:
    if kind is None or h > 12:
        return h
    if kind == _AM:
        return 0 if h == 12 else h
    if kind == _PM:
        return h + 12 if h < 12 else h
    if kind == _NOON:
        return h + 12 if 1 <= h <= 6 else h
    # night
    if h == 12:
        return 0
    return h + 12 if 6 <= h <= 11 else h


def _fixed(sign: str, hh: int, mm: int):
    if hh > 14 or mm > 59:
        return None
    off = timedelta(hours=hh, minutes=mm)
    if not off:
        return UTC
    return timezone(-off if sign == "-" else off)


def _signed_offset_at(toks: list[str], p: int, n: int, strict: bool):
    """'+03:00', '+0300', '+3', '-0500' at toks[p] -> (tzinfo, next) or None."""
    if p + 1 >= n:
        return None
    sign, num = toks[p], toks[p + 1]
    if sign not in "+-" or not _isnum(num):
        return None
    if len(num) == 4:
        return _wrap(_fixed(sign, int(num[:2]), int(num[2:])), p + 2)
    if len(num) <= 2:
        if p + 3 < n and toks[p + 2] == ":" and _isnum(toks[p + 3]) and len(toks[p + 3]) == 2:
            return _wrap(_fixed(sign, int(num), int(toks[p + 3])), p + 4)
        if sign == "+" or not strict:
            return _wrap(_fixed(sign, int(num), 0), p + 2)
    return None


def _wrap(tz, k):
    return None if tz is None else (tz, k)


def _offset_at(toks: list[str], k: int, n: int):
    """Explicit zone after a time -> (tzinfo, next) or None."""
    p = _skip(toks, k, n, _TZ_FILLERS, 3)
    if p >= n:
        return None
    t = toks[p]
    if t in _GMT_WORDS or (t == "ت" and p + 2 < n and toks[p + 1] == "." and toks[p + 2] == "غ"):
        p += 1 if t != "ت" else 3
        r = _signed_offset_at(toks, p, n, strict=False)
        return r if r is not None else (UTC, p)
    r = _signed_offset_at(toks, p, n, strict=True)
    if r is not None:
        tz, q = r
        if q < n and toks[q] in _GMT_WORDS:  # "+3 غرينتش"
            q += 1
        return tz, q
    city = CITY_ZONES.get(t)
    if city is not None and p > k and toks[p - 1] in ("بتوقيت", "توقيت"):
        return _zone(city), p + 1
    return None


_BAD = object()  # an impossible time was printed


def _time_at(toks: list[str], j: int, n: int):
    """Time starting at toks[j] -> ((h, m, s, us, tz), end) / (_BAD, end) / None."""
    t = toks[j]
    if not _isnum(t) or len(t) > 2:
        return None
    h = int(t)
    k = j + 1
    mi = s = us = 0
    if k + 1 < n and toks[k] == ":" and _isnum(toks[k + 1]) and len(toks[k + 1]) == 2:
        mi = int(toks[k + 1])
        k += 2
        if k + 1 < n and toks[k] == ":" and _isnum(toks[k + 1]) and len(toks[k + 1]) == 2:
            s = int(toks[k + 1])
            k += 2
            if k + 1 < n and toks[k] in ".," and _isnum(toks[k + 1]):
                frac = toks[k + 1][:6]
                us = int(frac) * 10 ** (6 - len(frac))
                k += 2
        kind, k = _meridiem_at(toks, k, n)
    else:
        # an hour alone: "الساعة 10 صباحاً", "9 pm"
        kind, k2 = _meridiem_at(toks, k, n)
        saa = j > 0 and toks[j - 1] in _SAA
        if not (saa or (kind is not None and toks[k2 - 1] in ("am", "pm", "m", "."))):
            return None
        if saa and k < n and toks[k] in _MONTH_STARTS:
            return None
        k = k2
    if kind is not None and 1 <= h <= 12:
        h = _apply_meridiem(h, kind)
    if h > 24 or mi > 59 or s > 59 or (h == 24 and (mi or s or us)):
        return _BAD, k
    off = _offset_at(toks, k, n)
    tz = None
    if off is not None:
        tz, k = off
    return (h, mi, s, us, tz), k


def _find_time(toks: list[str], start: int, end: int, n: int):
    """First time after toks[start:end] (within a window), else the nearest before."""
    stop = min(n, end + _WINDOW)
    for j in range(end, stop):
        if _isnum(toks[j]):
            r = _time_at(toks, j, n)
            if r is not None:
                return r[0]
    for j in range(max(0, start - _WINDOW), start):
        if _isnum(toks[j]):
            r = _time_at(toks, j, n)
            if r is not None and r[1] <= start:
                return r[0]
    return None


def _compose(d: date, tm, zone: tzinfo):
    if tm is None:
        return datetime(d.year, d.month, d.day, tzinfo=zone)
    if tm is _BAD:
        return None
    h, mi, s, us, tz = tm
    if h == 24:
        d = d + timedelta(days=1)
        h = 0
    return datetime(d.year, d.month, d.day, h, mi, s, us, tzinfo=tz or zone)


# Relative dates -------------------------------------------------------------


def _now_in(now, zone: tzinfo) -> datetime:
    if now is None:
        return datetime.now(zone)
    if not isinstance(now, datetime):
        raise TypeError(f"parse_date() expects now as datetime or None, got {type(now).__name__}")
    if now.tzinfo is None or now.utcoffset() is None:
        return now.replace(tzinfo=zone)
    return now.astimezone(zone)


def _shift(base: datetime, unit: str, amount: float, zone: tzinfo) -> datetime:
    """base - amount units; elapsed time for s/min/h, calendar arithmetic otherwise."""
    if unit in (_S, _MIN, _H):
        delta = timedelta(**{unit: amount})
        return (base.astimezone(UTC) - delta).astimezone(zone)
    wall = base.replace(tzinfo=None)
    if unit == _D:
        wall -= timedelta(days=amount)
    elif unit == _W:
        wall -= timedelta(weeks=amount)
    else:
        if amount != int(amount):
            raise ValueError("fractional months/years")
        months = int(amount) * (12 if unit == _Y else 1)
        total = wall.year * 12 + wall.month - 1 - months
        y, m = divmod(total, 12)
        m += 1
        wall = wall.replace(year=y, month=m, day=min(wall.day, monthrange(y, m)[1]))
    return wall.replace(tzinfo=zone)


def _amounts(toks: list[str], j: int, n: int):
    """Parse '3 ساعات و 20 دقيقة' at toks[j] -> (list of (unit, amount) or None, next index)."""
    parts: list[tuple[str, float]] = []
    while j < n and len(parts) < 4:
        start = j
        t = toks[j]
        if parts:  # a further component, joined by "و", glued "و..." or nothing
            if t == "و":
                j += 1
                if j >= n:
                    j = start
                    break
                t = toks[j]
            elif t[0] == "و" and len(t) > 1 and (t[1:] in UNITS or t[1:] in NUMBER_WORDS):
                t = t[1:]
        num = None
        if _isnum(t):
            if len(t) > 6:
                return None, j
            num = int(t)
        elif t in NUMBER_WORDS:
            num = NUMBER_WORDS[t]
        if num is not None:
            j += 1
            if j >= n:
                j = start
                break
            t = toks[j]
        info = UNITS.get(t)
        if info is None:
            j = start
            break
        unit, implied = info
        if num is None:
            if implied is None:  # "منذ ساعات": vague
                return None, j
            num = implied
        elif implied == 2 and num != 2:
            return None, j
        if isinstance(num, float) and unit not in (_S, _MIN, _H, _D, _W):
            return None, j
        parts.append((unit, num))
        j += 1
    return (parts or None), j


def _relative(toks: list[str], i: int, n: int, now, zone: tzinfo):
    t = toks[i]
    if t in _AGO_WORDS:
        parts, j = _amounts(toks, i + 1, n)
        if not parts:
            return None
        if j < n:  # "منذ يوم الجمعة", "منذ عام 2020": not a duration
            nxt = toks[j]
            if nxt in WEEKDAYS or nxt in _MONTH_STARTS or _isnum(nxt):
                return None
        base = _now_in(now, zone)
        for unit, amount in parts:
            base = _shift(base, unit, amount, zone)
        return base
    if t == "ago":
        # English: "3 hours ago", "an hour ago"
        if i < 2 or toks[i - 1] not in UNITS:
            return None
        unit, implied = UNITS[toks[i - 1]]
        q = toks[i - 2]
        num = int(q) if _isnum(q) and len(q) <= 6 else NUMBER_WORDS.get(q)
        if num is None:
            return None
        return _shift(_now_in(now, zone), unit, num, zone)
    base = _now_in(now, zone)
    if t in _NOW:
        return base
    if t in _YESTERDAY:
        days = 1
        if i >= 1 and toks[i - 1] in _AWAL:
            days = 2
        elif i >= 2 and toks[i - 1] == "من" and toks[i - 2] in _AWAL:
            days = 2
        elif i + 1 < n and toks[i + 1] in ("الاول",):
            days = 2
    else:  # today
        if i + 1 < n:
            nxt = toks[i + 1]
            # "اليوم السابع", "اليوم العالمي للمرأة": "the ... day", not "today"
            # ("اليوم الأربعاء" and "اليوم الساعة 10" are still today)
            if nxt.startswith("ال") and nxt not in WEEKDAYS and nxt not in _SAA:
                return None
        days = 0
    d = base.date() - timedelta(days=days)
    tm = _find_time(toks, i, i + 1, n)
    return _compose(d, tm, zone)


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------


def _iso(m: re.Match, zone: tzinfo):
    y, mo, d, h, mi, s, frac, off = m.groups()
    if not _MIN_YEAR <= int(y) <= _MAX_YEAR:
        return None
    try:
        if h is None:
            return datetime(int(y), int(mo), int(d), tzinfo=zone)
        tz = zone
        if off is not None:
            if off in ("z", "utc", "gmt"):
                tz = UTC
            else:
                digits = off[1:].replace(":", "")
                tz = _fixed(off[0], int(digits[:2]), int(digits[2:] or 0))
                if tz is None:
                    return None
        us = int(frac[:6].ljust(6, "0")) if frac else 0
        hh = int(h)
        extra = 0
        if hh == 24 and mi == "00" and (s in (None, "00")) and not us:
            hh, extra = 0, 1
        dt = datetime(int(y), int(mo), int(d), hh, int(mi), int(s or 0), us, tzinfo=tz)
        return dt + timedelta(days=extra) if extra else dt
    except ValueError:
        return None


def _cut(s: str, limit: int) -> str:
    """s[:limit] without a trailing half token ("10:3" of "10:30")."""
    if len(s) <= limit:
        return s
    head = s[:limit]
    if not s[limit].isspace():
        cut = max(head.rfind(" "), head.rfind("\n"))
        if cut > 0:
            head = head[:cut]
    return head


def parse_date(text: str, *, now: datetime | None = None, tz: str | None = None) -> datetime | None:
    """Parse an Arabic (or English) date string; see the module docstring.

    Returns a timezone-aware datetime, or None when ``text`` holds no real date.
    Raises TypeError when ``text`` is not a str, ValueError for an unknown ``tz``.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_date() expects str, got {type(text).__name__}")
    zone = _zone(tz)
    if len(text) > _RAW_MAX:
        text = _cut(text, _RAW_MAX)
    s = normalize(text)
    if len(s) > MAX_CHARS:
        s = _cut(s.lstrip(), MAX_CHARS)
    m = _ISO_RE.fullmatch(s)
    if m is not None:
        return _iso(m, zone)
    toks = _TOKEN_RE.findall(s)
    n = len(toks)
    if n < 2:
        if n == 1 and toks[0] in _REL_KEYS:
            return _relative(toks, 0, n, now, zone)
        return None

    found = None  # (is_hijri, date, start, end)
    hijri = None
    rel: list[int] = []
    for i in range(n):
        t = toks[i]
        c = t[0]
        r = None
        if "0" <= c <= "9":
            if len(t) <= 2:
                r = _try_day_first(toks, i, n) or _try_numeric(toks, i, n)
            elif len(t) == 4:
                r = _try_numeric(toks, i, n)
        elif t in _ANCHOR_KEYS:
            if t in _MONTH_STARTS:
                r = _try_month_first(toks, i, n)
            else:
                rel.append(i)
        if r is not None:
            if not r[0]:
                found = r
                break
            if hijri is None:
                hijri = r
    if found is None:
        found = hijri
    if found is not None:
        _, d, start, end = found
        return _compose(d, _find_time(toks, start, end, n), zone)
    for i in rel:
        try:
            r = _relative(toks, i, n, now, zone)
        except (ValueError, OverflowError):
            r = None
        if r is not None:
            return r
    return None


# Words a dateline may hold besides the date itself ("نشر في", "آخر تحديث", ...).
_DATELINE_WORDS = frozenset(_n("نشر في بتاريخ تاريخ النشر آخر اخر تحديث التحديث الموافق تم نشرت "
                               "published updated on posted last"))


def _date_vocabulary() -> frozenset:
    words = set(GREG_MONTHS) | set(HIJRI_MONTHS) | set(WEEKDAYS) | set(MERIDIEM) | set(UNITS) | set(NUMBER_WORDS)
    for table in (GREG_MULTI, HIJRI_MULTI):
        for first, seconds in table.items():
            words.add(first)
            words.update(seconds)
    return frozenset(words | _DAY_FILLERS | _YEAR_FILLERS | _ORDINALS | _HIJRI_ERA | _GREG_ERA | _SAA
                     | _GMT_WORDS | _TZ_FILLERS | set(CITY_ZONES) | _REL_KEYS | _DATELINE_WORDS)


_DATE_VOCABULARY = _date_vocabulary()


def _date_field(digits: str) -> bool:
    """A number a date is written with: a day, month, hour, minute or second (1-2 digits), a
    year or a zone offset (4 digits). A number of 3 or 5+ digits is a count, a code or an
    amount: the line holds more than a date (a row of a table of timestamped data, `2020-08-01
    18:00 │ 200 │ 4084`, printed in a <pre>), and it is not a dateline."""
    return len(digits) <= 2 or len(digits) == 4


def is_date_only(text: str) -> bool:
    """True when `text` is nothing but a date: a dateline such as `نشر في: 5 أيار 2024 - 10:30`.

    A sentence that merely mentions a date (`وقع الهجوم في 5 يناير 2024`) is not one.
    """
    if not isinstance(text, str) or len(text) > 100 or parse_date(text) is None:
        return False
    toks = _TOKEN_RE.findall(normalize(text))
    # A count of any size in a relative date ("منذ 120 دقيقة", "150 minutes ago") and the
    # fraction of a second after "." or "," are date fields too.
    relative = any(t in _AGO_WORDS or t == "ago" for t in toks)
    return all(t in _DATE_VOCABULARY if t[0].isalpha()
               else not t.isdigit() or relative or _date_field(t) or (i > 0 and toks[i - 1] in ".,")
               for i, t in enumerate(toks))
