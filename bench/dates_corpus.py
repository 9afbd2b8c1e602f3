"""Benchmark corpus for newscrawler.dates.parse_date (used only by bench/bench_dates.py).

``CASES`` is a list of ``(text, expected)`` where ``expected`` is an ISO 8601
string with offset, or ``None`` when the text holds no real date.  All cases are
read with ``tz=TZ`` and ``now=NOW``.

Two parts:

* generated cases: a fixed pool of datetimes rendered by templates that imitate
  what Arabic news sites print (Egyptian/Gulf, Levantine, Maghreb and Moroccan
  month names, numeric dates, ISO 8601, RFC 2822, the Levant News URL stamp,
  English ordinals, Arabic-Indic/Persian digits, kashida, 12-hour markers,
  explicit offsets).  The expected value comes from the datetime that was
  rendered, with month-name tables written here, independently of the parser.
* hand-written cases: Hijri dates (expected values checked against the Umm
  al-Qura tables of ``hijridate``), relative dates against ``NOW``, and
  strings that are not dates (page chrome, impossible dates, bare numbers).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

TZ = "Europe/London"
_LON = ZoneInfo(TZ)
#: Friday 22 November 2024, 14:05 in London (GMT, +00:00).
NOW = datetime(2024, 11, 22, 14, 5, 0, tzinfo=_LON)

EG = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
EG_VARIANT = {4: "إبريل", 6: "يونية", 7: "يولية", 8: "اغسطس", 10: "اكتوبر"}
LEV = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
LEV_BARE = ["كانون الثاني", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين الاول", "تشرين الثاني", "كانون الاول"]
MAG = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
MOR = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
WD_VARIANT = {0: "الإثنين", 2: "الاربعاء", 6: "الاحد"}
EN_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
SLUGS = [
    "/article/في-ذكراها-الخامسة-ليفانت-نيوز-منبرنا-الضحوك",
    "/article/مونت-كارلو-الدولية-تحاور-مدير-تحرير-ليفانت-في",
    "/article/زعيم-كوريا-الشمالية-يتعهد-بتقديم-الدعم-الكامل",
    "/article/انقطاع-الكهرباء-في-ريف-دمشق-يثير-غضب-الأهالي",
]

_AR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def _ar(x) -> str:
    return str(x).translate(_AR)


def _fa(x) -> str:
    return str(x).translate(_FA)


def _iso(dt: datetime) -> str:
    return dt.isoformat()


def _midnight(dt: datetime) -> datetime:
    return datetime(dt.year, dt.month, dt.day, tzinfo=_LON)


def _local(dt: datetime) -> datetime:
    return datetime(dt.year, dt.month, dt.day, dt.hour, dt.minute, tzinfo=_LON)


def _wd(dt: datetime, r: random.Random) -> str:
    i = dt.weekday()
    return WD_VARIANT[i] if i in WD_VARIANT and r.random() < 0.5 else WD[i]


def _eg(m: int, r: random.Random) -> str:
    return EG_VARIANT[m] if m in EG_VARIANT and r.random() < 0.5 else EG[m - 1]


def _h12(dt: datetime) -> int:
    return dt.hour % 12 or 12


# Each renderer: (dt, rng) -> (text, expected datetime)
def r_widget(dt, r):
    return f"{_wd(dt, r)} {_ar(f'{dt.day:02d}')} / {EG[dt.month - 1]} / {_ar(dt.year)}", _midnight(dt)


def r_eg_date(dt, r):
    return f"{_wd(dt, r)}، {dt.day} {_eg(dt.month, r)} {dt.year}", _midnight(dt)


def r_eg_time12(dt, r):
    pm = dt.hour >= 12
    mark = r.choice(["م", "مساءً"]) if pm else r.choice(["ص", "صباحاً"])
    return f"نشر في: {dt.day} {_eg(dt.month, r)} {dt.year}م - {_h12(dt)}:{dt.minute:02d} {mark}", _local(dt)


def r_lev(dt, r):
    names = LEV if r.random() < 0.5 else LEV_BARE
    if r.random() < 0.5:
        return f"{_ar(dt.day)} {names[dt.month - 1]} {_ar(dt.year)}", _midnight(dt)
    return f"{dt.day} {names[dt.month - 1]} {dt.year} - {dt.hour:02d}:{dt.minute:02d}", _local(dt)


def r_combined(dt, r):
    return (
        f"{_wd(dt, r)} {dt.day} {LEV[dt.month - 1]}/{EG[dt.month - 1]} {dt.year} الساعة {dt.hour:02d}:{dt.minute:02d}",
        _local(dt),
    )


def r_mag(dt, r):
    return f"{_wd(dt, r)} {dt.day} {MAG[dt.month - 1]} {dt.year} - {dt.hour:02d}:{dt.minute:02d}", _local(dt)


def r_mor(dt, r):
    return f"{dt.day} {MOR[dt.month - 1]} {dt.year}", _midnight(dt)


def r_numeric(dt, r):
    sep = r.choice("/-.")
    s = f"{dt.day:02d}{sep}{dt.month:02d}{sep}{dt.year}"
    return (_ar(s) if r.random() < 0.5 else s), _midnight(dt)


def r_numeric_time(dt, r):
    return f"آخر تحديث: {dt.day}-{dt.month}-{dt.year} {dt.hour:02d}:{dt.minute:02d}", _local(dt)


def r_ymd(dt, r):
    sep = r.choice("/-")
    return f"{dt.year}{sep}{dt.month:02d}{sep}{dt.day:02d}", _midnight(dt)


def r_iso_offset(dt, r):
    off = timezone(timedelta(hours=3))
    d = datetime(dt.year, dt.month, dt.day, dt.hour, dt.minute, 0, tzinfo=off)
    return d.isoformat(), d


def r_iso_z(dt, r):
    d = datetime(dt.year, dt.month, dt.day, dt.hour, dt.minute, 0, tzinfo=timezone.utc)
    return d.strftime("%Y-%m-%dT%H:%M:%SZ"), d


def r_rfc(dt, r):
    if r.random() < 0.5:
        d = datetime(dt.year, dt.month, dt.day, dt.hour, dt.minute, 12, tzinfo=timezone.utc)
        tail = "GMT"
    else:
        d = datetime(dt.year, dt.month, dt.day, dt.hour, dt.minute, 12, tzinfo=timezone(timedelta(hours=3)))
        tail = "+0300"
    return (
        f"{EN_WD[d.weekday()]}, {d.day:02d} {EN[d.month - 1][:3]} {d.year} {d.hour:02d}:{d.minute:02d}:12 {tail}",
        d,
    )


def r_url(dt, r):
    stamp = f"{EN[dt.month - 1].lower()}-{dt.day},-{dt.year},-{_h12(dt)}:{dt.minute:02d}-{'pm' if dt.hour >= 12 else 'am'}"
    if r.random() < 0.5:
        return stamp, _local(dt)
    return r.choice(SLUGS) + stamp, _local(dt)


def _ordinal(d: int) -> str:
    if 10 <= d % 100 <= 20:
        return f"{d}th"
    return f"{d}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th') }"


def r_english(dt, r):
    if r.random() < 0.5:
        return f"{_ordinal(dt.day)}, {EN[dt.month - 1]} {dt.year}", _midnight(dt)
    return f"{EN[dt.month - 1]} {_ordinal(dt.day)}, {dt.year}", _midnight(dt)


def r_kashida(dt, r):
    name = _eg(dt.month, r)
    name = name[:2] + "ـــ" + name[2:]
    return f"{_ar(dt.day)}{name}{_ar(dt.year)}", _midnight(dt)


def r_persian(dt, r):
    return f"{_fa(dt.day)} {EG[dt.month - 1]} {_fa(dt.year)}", _midnight(dt)


def r_gmt_offset(dt, r):
    d = datetime(dt.year, dt.month, dt.day, dt.hour, dt.minute, tzinfo=timezone(timedelta(hours=4)))
    return f"{_wd(dt, r)} {dt.day} {EG[dt.month - 1]} {dt.year} {dt.hour:02d}:{dt.minute:02d} GMT+0400", d


def r_greenwich(dt, r):
    d = datetime(dt.year, dt.month, dt.day, dt.hour, dt.minute, tzinfo=timezone.utc)
    return f"{dt.day} {_eg(dt.month, r)} {dt.year} - {dt.hour:02d}:{dt.minute:02d} بتوقيت غرينتش", d


def r_mixed_digits(dt, r):
    return f"{_ar(dt.day)} {EG[dt.month - 1]} {dt.year}", _midnight(dt)


def r_wd_dash(dt, r):
    return f"{_wd(dt, r)} - {dt.day} {_eg(dt.month, r)} {dt.year}", _midnight(dt)


def r_bitarikh(dt, r):
    return f"بتاريخ {_ar(dt.day)} {_eg(dt.month, r)} {_ar(dt.year)}م", _midnight(dt)


def r_muwafiq(dt, r):
    return f"الموافق {dt.day} {LEV[dt.month - 1]} {dt.year}م", _midnight(dt)


def r_dotted_pipe(dt, r):
    return f"تاريخ النشر: {dt.day:02d}.{dt.month:02d}.{dt.year} | {dt.hour:02d}:{dt.minute:02d}", _local(dt)


def r_saa_pm(dt, r):
    pm = dt.hour >= 12
    mark = "م" if pm else "ص"
    return (
        f"{_wd(dt, r)} {_ar(dt.day)} {EG[dt.month - 1]} {_ar(dt.year)}م الساعة {_ar(_h12(dt))}:{_ar(f'{dt.minute:02d}')} {mark}",
        _local(dt),
    )


RENDERERS = [
    r_widget, r_eg_date, r_eg_time12, r_lev, r_combined, r_mag, r_mor, r_numeric, r_numeric_time,
    r_ymd, r_iso_offset, r_iso_z, r_rfc, r_url, r_english, r_kashida, r_persian, r_gmt_offset,
    r_greenwich, r_mixed_digits, r_wd_dash, r_bitarikh, r_muwafiq, r_dotted_pipe, r_saa_pm,
]


def _pool(r: random.Random, k: int) -> list[datetime]:
    out = []
    for _ in range(k):
        y = r.randint(2015, 2025)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        out.append(datetime(y, m, d, r.randint(0, 23), r.randint(0, 59)))
    return out


def _generated() -> list[tuple[str, str | None]]:
    r = random.Random(20241122)
    pool = _pool(r, 60)
    cases = []
    for render in RENDERERS:
        for dt in r.sample(pool, 10):
            text, exp = render(dt, r)
            cases.append((text, _iso(exp)))
    return cases


def _lon(*a) -> str:
    return datetime(*a, tzinfo=_LON).isoformat()


HAND: list[tuple[str, str | None]] = [
    # Hijri (Umm al-Qura)
    ("الاثنين 1 رمضان 1445هـ", _lon(2024, 3, 11)),
    ("10 ذو الحجة 1445 هـ", _lon(2024, 6, 16)),
    ("الأحد 1 محرم 1446هـ", _lon(2024, 7, 7)),
    ("12 ربيع الأول 1446 هـ", _lon(2024, 9, 15)),
    ("1 شوال 1445", _lon(2024, 4, 10)),
    ("15 شعبان 1445 هـ", _lon(2024, 2, 25)),
    ("27 رجب 1445هـ", _lon(2024, 2, 8)),
    ("١ جمادى الأولى ١٤٤٦هـ", _lon(2024, 11, 3)),
    ("20 جمادى الآخرة 1446 هـ", _lon(2024, 12, 21)),
    ("5 ربيع الآخر 1446هـ", _lon(2024, 10, 8)),
    ("16 ذي القعدة 1445 هـ", _lon(2024, 5, 24)),
    ("1445/09/01 هـ", _lon(2024, 3, 11)),
    ("١ رمضان ١٤٤٤ هـ", _lon(2023, 3, 23)),
    ("10 ذو الحجة 1443هـ", _lon(2022, 7, 9)),
    ("20 جمادى الأولى 1446 هجري", _lon(2024, 11, 22)),
    ("10 صفر 1446 هـ", _lon(2024, 8, 14)),
    ("الجمعة 5 رمضان 1445هـ الموافق 15 مارس 2024م الساعة 10:30", _lon(2024, 3, 15, 10, 30)),
    ("1 محرم 1440 هـ - 11 أيلول 2018", _lon(2018, 9, 11)),
    # relative dates against NOW (Friday 22 Nov 2024 14:05 GMT)
    ("منذ 3 ساعات", _lon(2024, 11, 22, 11, 5)),
    ("منذ ساعة", _lon(2024, 11, 22, 13, 5)),
    ("منذ ساعتين", _lon(2024, 11, 22, 12, 5)),
    ("منذ 5 دقائق", _lon(2024, 11, 22, 14, 0)),
    ("منذ دقيقة", _lon(2024, 11, 22, 14, 4)),
    ("منذ دقيقتين", _lon(2024, 11, 22, 14, 3)),
    ("قبل 30 دقيقة", _lon(2024, 11, 22, 13, 35)),
    ("منذ يوم", _lon(2024, 11, 21, 14, 5)),
    ("منذ يومين", _lon(2024, 11, 20, 14, 5)),
    ("منذ 3 أيام", _lon(2024, 11, 19, 14, 5)),
    ("منذ أسبوع", _lon(2024, 11, 15, 14, 5)),
    ("منذ أسبوعين", _lon(2024, 11, 8, 14, 5)),
    ("منذ 3 أسابيع", _lon(2024, 11, 1, 14, 5)),
    ("منذ 4 أسابيع", _lon(2024, 10, 25, 14, 5)),
    ("منذ شهر", _lon(2024, 10, 22, 14, 5)),
    ("منذ شهرين", _lon(2024, 9, 22, 14, 5)),
    ("منذ 4 أشهر", _lon(2024, 7, 22, 14, 5)),
    ("منذ 6 شهور", _lon(2024, 5, 22, 14, 5)),
    ("منذ سنة", _lon(2023, 11, 22, 14, 5)),
    ("منذ سنتين", _lon(2022, 11, 22, 14, 5)),
    ("منذ عامين", _lon(2022, 11, 22, 14, 5)),
    ("منذ 3 سنوات", _lon(2021, 11, 22, 14, 5)),
    ("منذ 5 أعوام", _lon(2019, 11, 22, 14, 5)),
    ("منذ 27 يوماً", _lon(2024, 10, 26, 14, 5)),
    ("نشر منذ 10 ساعات", _lon(2024, 11, 22, 4, 5)),
    ("قبل 11 ساعة", _lon(2024, 11, 22, 3, 5)),
    ("منذ ٤ ساعات", _lon(2024, 11, 22, 10, 5)),
    ("منذ ١٥ دقيقة", _lon(2024, 11, 22, 13, 50)),
    ("منذ ساعة و 30 دقيقة", _lon(2024, 11, 22, 12, 35)),
    ("أمس", _lon(2024, 11, 21)),
    ("أول أمس", _lon(2024, 11, 20)),
    ("اليوم", _lon(2024, 11, 22)),
    ("الآن", _lon(2024, 11, 22, 14, 5)),
    ("أمس الساعة 10:30 م", _lon(2024, 11, 21, 22, 30)),
    ("اليوم 09:15", _lon(2024, 11, 22, 9, 15)),
    ("نشر في: أمس", _lon(2024, 11, 21)),
    # more fixed forms
    ("الجمعة ٢٢ / نوفمبر / ٢٠٢٤", _lon(2024, 11, 22)),
    ("الأربعاء ٢٢ / يناير / ٢٠٢٥", _lon(2025, 1, 22)),
    ("june-6,-2024,-9:35-am", _lon(2024, 6, 6, 9, 35)),
    ("/article/في-ذكراها-الخامسة-ليفانت-نيوز-منبرنا-الضحوكjune-6,-2024,-9:35-am", _lon(2024, 6, 6, 9, 35)),
    ("july-17,-2022,-2:10-pm", _lon(2022, 7, 17, 14, 10)),
    ("5th, September 2023", _lon(2023, 9, 5)),
    ("10-11-2022", _lon(2022, 11, 10)),
    ("5/3/2005", _lon(2005, 3, 5)),
    ("2022-11-10", _lon(2022, 11, 10)),
    ("5 يناير 2024م", _lon(2024, 1, 5)),
    ("5 يناير 2024م الساعة 10:30 م", _lon(2024, 1, 5, 22, 30)),
    ("نشر بتاريخ: الخميس 14 آذار/مارس 2024 - 08:15 صباحاً", _lon(2024, 3, 14, 8, 15)),
    ("تاريخ النشر: 2023/10/07 - 06:30", _lon(2023, 10, 7, 6, 30)),
    ("آخر تحديث: الثلاثاء، 12 كانون الأول 2023 | 11:45 م", _lon(2023, 12, 12, 23, 45)),
    ("الأحد 3 تشرين الثاني 2024 12:00 م", _lon(2024, 11, 3, 12, 0)),
    ("السبت 1 حزيران 2024 12:15 ص", _lon(2024, 6, 1, 0, 15)),
    ("2024-03-31T01:30:00+01:00", datetime(2024, 3, 31, 1, 30, tzinfo=timezone(timedelta(hours=1))).isoformat()),
    ("٢٠٢٤-٠٨-١٥ ١٠:٠٠", _lon(2024, 8, 15, 10, 0)),
    ("15 أغسطس 2024 10:00 +03:00", datetime(2024, 8, 15, 10, 0, tzinfo=timezone(timedelta(hours=3))).isoformat()),
    ("1 مايو 2024 - 09:00 UTC", datetime(2024, 5, 1, 9, 0, tzinfo=timezone.utc).isoformat()),
    ("25 ديسمبر 2023 الساعة 7 مساءً", _lon(2023, 12, 25, 19, 0)),
    # not dates
    ("كاريكاتير", None),
    ("اشترك في قائمتنا البريدية للحصول على التحديثات الجديدة!", None),
    ("الوضع المظلم", None),
    ("Logo", None),
    ("صورة تعبيرية", None),
    ("ليفانت نيوز/ رصد", None),
    ("النشرة الإخبارية", None),
    ('ليفانت نيوز_ "أسوشيتد برس"', None),
    ("31 فبراير 2024", None),
    ("30 فبراير 2023", None),
    ("29 شباط 2023", None),
    ("32 يناير 2024", None),
    ("31/04/2024", None),
    ("13/13/2024", None),
    ("2024", None),
    ("١٢٣٤٥", None),
    ("", None),
    ("   ", None),
    ("10:30", None),
    ("الساعة 10:30 مساءً", None),
    ("قبل الحرب", None),
    ("منذ البداية", None),
    ("رقم 5 من 10", None),
    ("قتل 12 شخصاً في غارة جوية", None),
    ("اقرأ أيضاً: زعيم كوريا الشمالية يتعهد بتقديم الدعم الكامل", None),
]

CASES: list[tuple[str, str | None]] = _generated() + HAND
