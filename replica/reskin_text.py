"""What Arabic news CMSs print around an article, and the date forms they print.

Every label here is text a real Arabic site prints (WordPress themes and their Arabic
translations, Blogger's Arabic interface, Drupal's Arabic translation, hand-made front ends).
None of it may occur as a word sequence in any replica body; tests/replica/test_reskin.py
checks that over the whole replica.
"""

from __future__ import annotations

from datetime import datetime

from replica.content import ARABIC_DIGITS, MONTHS_AR, MONTHS_LEVANT, WEEKDAYS_AR

# --- share and follow rows ------------------------------------------------------------------
SHARE_LABELS = ["", "شارك", "مشاركة", "شارك عبر", "شارك هذا المقال", "شارك الخبر", "مشاركة الخبر:", "شارك هذا:"]
# network -> (href templates with {u} = article URL, {t} = title), link texts
SHARE_NETWORKS = {
    "facebook": (["https://www.facebook.com/sharer/sharer.php?u={u}", "https://www.facebook.com/sharer.php?u={u}"],
                 ["فيسبوك", "فيس بوك", "Facebook"]),
    "twitter": (["https://twitter.com/intent/tweet?url={u}&text={t}", "https://x.com/intent/post?url={u}&text={t}",
                 "https://twitter.com/share?url={u}"], ["تويتر", "إكس", "Twitter", "X (تويتر)"]),
    "whatsapp": (["https://api.whatsapp.com/send?text={t}%20{u}", "https://wa.me/?text={u}", "whatsapp://send?text={u}"],
                 ["واتساب", "واتس آب", "WhatsApp"]),
    "telegram": (["https://t.me/share/url?url={u}&text={t}", "https://telegram.me/share/url?url={u}"],
                 ["تلغرام", "تيليجرام", "Telegram"]),
    "linkedin": (["https://www.linkedin.com/sharing/share-offsite/?url={u}", "https://www.linkedin.com/shareArticle?mini=true&url={u}"],
                 ["لينكدإن", "لينكد إن", "LinkedIn"]),
    "email": (["mailto:?subject={t}&body={u}"], ["البريد الإلكتروني", "إرسال بالبريد الإلكتروني", "Email"]),
}
COPY_LINK = ["نسخ الرابط", "انسخ الرابط", "نسخ رابط المقال"]
PRINT = ["طباعة", "اطبع المقال", "نسخة للطباعة"]
FONT_TOOLS = [("تكبير الخط", "تصغير الخط"), ("A+", "A-"), ("حجم الخط +", "حجم الخط -")]
FOLLOW_LINES = [
    "تابعونا على تلغرام", "تابعوا ليفانت نيوز على تويتر", "انضموا إلى قناتنا على واتساب",
    "تابعوا آخر الأخبار عبر Google News", "لمتابعة آخر الأخبار تابعونا على فيسبوك",
    "تابعوا ليفانت نيوز عبر قناتها على تيليجرام", "حمّل تطبيق ليفانت نيوز على هاتفك",
    "اشترك في قناة ليفانت نيوز على يوتيوب",
]
FOLLOW_URLS = ["https://t.me/thelevantnews", "https://twitter.com/thelevantnews", "https://whatsapp.com/channel/0029VaLevant",
               "https://news.google.com/publications/CAAqLevant", "https://www.facebook.com/thelevantnews",
               "https://t.me/levant_news", "https://play.google.com/store/apps/details?id=com.levantnews",
               "https://www.youtube.com/@thelevantnews"]
NEWSLETTER = [("النشرة البريدية", "اشترك في نشرتنا البريدية ليصلك أهم الأخبار يومياً", "اشترك الآن"),
              ("النشرة الإخبارية", "سجّل بريدك الإلكتروني لتصلك آخر الأخبار", "اشتراك"),
              ("اشترك في النشرة", "أهم أخبار اليوم في بريدك كل صباح", "سجّل الآن")]

# --- article furniture -----------------------------------------------------------------------
TAG_LABELS = ["الوسوم:", "الوسوم", "الكلمات المفتاحية:", "كلمات مفتاحية:", "وسوم:", "الكلمات الدلالية:"]
BLOGGER_LABELS = "التسميات:"
AUTHOR_FORMS = ["كتب: {n}", "كتب - {n}", "بقلم: {n}", "بقلم {n}", "إعداد: {n}", "تحرير: {n}"]
DESKS = ["فريق التحرير", "محرر الشؤون السياسية", "قسم الأخبار", "المحرر الاقتصادي", "هيئة التحرير"]
READING_TIME = ["مدة القراءة: {n} دقائق", "وقت القراءة: {n} دقائق", "{n} دقائق للقراءة", "قراءة في {n} دقائق",
                "⏱ {n} دقائق"]
VIEWS = ["{n} مشاهدة", "عدد المشاهدات: {n}", "{n} قراءة"]
AD_LABELS = ["إعلان", "- إعلان -", "مساحة إعلانية", "إعلانات", "Advertisement", "الإعلان"]
RELATED_INLINE = ["اقرأ المزيد", "اقرأ المزيد:", "مواضيع ذات صلة", "أخبار ذات صلة", "قد يهمك أيضاً", "ذات صلة",
                  "مقالات ذات صلة", "قد يعجبك أيضاً"]
RELATED_AFTER = ["مواضيع ذات صلة", "مقالات ذات صلة", "أخبار ذات صلة", "المزيد من الأخبار", "أخبار متعلقة",
                 "اقرأ المزيد", "ذات صلة", "قد يهمك أيضاً"]
MORE_LINKS = ["أكمل القراءة", "اقرأ المزيد »", "التفاصيل", "المزيد"]
PREV_NEXT = [("المقال السابق", "المقال التالي"), ("الخبر السابق", "الخبر التالي"), ("المقالة السابقة", "المقالة التالية"),
             ("السابق", "التالي"), ("رسالة أقدم", "رسالة أحدث")]
UPDATED = ["آخر تحديث: {d}", "آخر تحديث {d}", "تاريخ آخر تحديث: {d}", "آخر تحديث - {d}", "تم التحديث: {d}"]
PUBLISHED_PREFIX = ["", "نشر في: ", "تاريخ النشر: ", "نُشر بتاريخ: ", "نشر بتاريخ "]
AUTHOR_BOX = [("عن الكاتب", "كاتب وصحفي مقيم في لندن، يكتب في الشأن السوري والإقليمي منذ سنوات."),
              ("نبذة عن الكاتب", "صحفية متخصصة في الشؤون الاقتصادية، عملت مراسلة في عدة عواصم عربية."),
              ("الكاتب", "باحث في الشؤون السياسية ومحرر في ليفانت نيوز، له عدة دراسات منشورة.")]
COMMENT_HEADINGS = ["التعليقات", "أضف تعليقاً", "اترك تعليقاً", "اترك رداً", "تعليقات القراء", "شاركنا رأيك"]
COMMENT_NOTES = ["لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
                 "التعليقات المنشورة لا تعبر بالضرورة عن رأي الموقع", "يرجى الالتزام بآداب الحوار عند التعليق"]
COMMENT_SUBMIT = ["إرسال التعليق", "أرسل تعليقك", "نشر التعليق"]
COMMENTERS = ["أبو محمد", "سارة من بيروت", "زائر", "أحمد الحلبي", "أم خالد"]
COMMENTS = ["الله يفرج عن أهلنا ويصبرهم على هالحال", "مقال مهم جداً ويستحق القراءة، شكراً للكاتب",
            "كلام دقيق وتحليل موضوعي بعيد عن التهويل", "متى ستنتهي هذه المعاناة يا رب؟",
            "نتمنى منكم متابعة هذا الملف بتقارير أوسع"]
LOADERS = ["جاري التحميل...", "يتم تحميل المحتوى...", "جارٍ تحميل الخبر"]
BLOGGER_SHARE = [("email", "إرسال بالبريد الإلكتروني"), ("blog", "BlogThis!"), ("twitter", "‏المشاركة على X"),
                 ("facebook", "‏المشاركة في Facebook"), ("pinterest", "‏المشاركة على Pinterest")]
BLOGGER_COMMENTS = ("ليست هناك تعليقات:", "إرسال تعليق")
BLOGGER_FEEDS = "الاشتراك في: تعليقات الرسالة (Atom)"
BLOGGER_HOME = "الصفحة الرئيسية"

# --- page chrome -----------------------------------------------------------------------------
TICKER_LABELS = ["عاجل", "أخبار عاجلة", "الأخبار العاجلة", "عاجل الآن"]
MOST_READ = ["الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولاً", "الأكثر قراءة اليوم"]
LATEST = ["آخر الأخبار", "أحدث الأخبار", "آخر المقالات", "جديد الموقع"]
BLOGGER_POPULAR = "المشاركات الشائعة"
SECTIONS_HEADING = ["الأقسام", "أقسام الموقع", "تصفح الأقسام"]
COPYRIGHT = ["جميع الحقوق محفوظة © {y} ليفانت نيوز", "© {y} ليفانت نيوز. جميع الحقوق محفوظة",
             "حقوق النشر © {y} ليفانت نيوز", "© جميع الحقوق محفوظة لموقع ليفانت نيوز {y}"]
FOOTER_LINKS = [("/about", "من نحن"), ("/contact", "اتصل بنا"), ("/privacy", "سياسة الخصوصية"),
                ("/terms", "شروط الاستخدام"), ("/advertise", "أعلن معنا")]
DARK_MODE = ["الوضع المظلم", "الوضع الليلي", "تبديل الوضع"]
SEARCH = ["بحث", "ابحث في الموقع", "ابحث هنا..."]
MENU_MORE = ["المزيد", "أقسام أخرى"]
MENU_EXTRAS = [("/caricature", "كاريكاتير"), ("/video", "فيديو"), ("/archive/", "الأرشيف")]
HOME = "الرئيسية"
POWERED = ["يتم التشغيل بواسطة Blogger.", "بدعم من ووردبريس", "تصميم وتطوير فريق ليفانت التقني"]

# --- pagination ------------------------------------------------------------------------------
NEXT_LABELS = ["التالي", "التالي »", "الصفحة التالية", "»", "›", "المزيد من الأخبار", "أخبار أقدم", "الأقدم"]
PREV_LABELS = ["السابق", "« السابق", "الصفحة السابقة", "«", "‹", "الأحدث"]
LOAD_MORE = ["عرض المزيد", "تحميل المزيد", "المزيد من الأخبار"]
PAGE_INFO = "صفحة {p} من {n}"
LAST_PAGE = ["الأخيرة", "الأخيرة »"]
BLOGGER_OLDER = ("رسائل أقدم", "رسائل أحدث")

# --- dates ------------------------------------------------------------------------------------


def _h12(dt: datetime) -> tuple[int, str, str]:
    return dt.hour % 12 or 12, ("ص" if dt.hour < 12 else "م"), ("صباحاً" if dt.hour < 12 else "مساءً")


def levantine(dt: datetime, style: int) -> str:
    """A date as Levantine sites print it (Syriac month names), time included."""
    h, ampm, ampm_word = _h12(dt)
    month, wd = MONTHS_LEVANT[dt.month - 1], WEEKDAYS_AR[dt.weekday()]
    style %= 4
    if style == 0:
        return f"{dt.day} {month} {dt.year} - {h:02d}:{dt.minute:02d} {ampm}".translate(ARABIC_DIGITS)
    if style == 1:
        return f"{wd} {dt.day} {month} {dt.year} | {dt.hour:02d}:{dt.minute:02d}"
    if style == 2:
        return f"{dt.day} {month} {dt.year} - الساعة {h}:{dt.minute:02d} {ampm_word}"
    return f"{wd}، {dt.day} {month} {dt.year} {h}:{dt.minute:02d} {ampm}".translate(ARABIC_DIGITS)


def egyptian(dt: datetime, style: int) -> str:
    """A date as Egyptian and Gulf sites print it (Latin month names), time included."""
    h, ampm, ampm_word = _h12(dt)
    month, wd = MONTHS_AR[dt.month - 1], WEEKDAYS_AR[dt.weekday()]
    style %= 5
    if style == 0:
        return f"{wd}، {dt.day} {month} {dt.year} {h:02d}:{dt.minute:02d} {ampm}"
    if style == 1:
        return f"{wd} {dt.day} {month} {dt.year} - {dt.hour:02d}:{dt.minute:02d}"
    if style == 2:
        return f"{dt.day} {month} {dt.year} - {h:02d}:{dt.minute:02d} {ampm_word}"
    if style == 3:
        return f"{h:02d}:{dt.minute:02d} {ampm} {wd} {dt.day} {month} {dt.year}"   # time first (Masrawy)
    return f"{wd} {dt.day}/{month}/{dt.year} - {h:02d}:{dt.minute:02d} {ampm}"      # Youm7


def day_only(dt: datetime, style: int) -> str:
    """The day alone, as many themes print it next to a machine-readable time."""
    style %= 4
    if style == 0:
        return f"{dt.day} {MONTHS_AR[dt.month - 1]}، {dt.year}"                        # WordPress ar
    if style == 1:
        return f"{dt.day} {MONTHS_AR[dt.month - 1]}/ {MONTHS_LEVANT[dt.month - 1]} {dt.year}"  # both month names
    if style == 2:
        return f"{dt.year}/{dt.month:02d}/{dt.day:02d}"
    return f"{dt.day} {MONTHS_LEVANT[dt.month - 1]} {dt.year}"
