"""Arabic search over the MongoDB documents, without `$text` (pure functions, and `search`).

MongoDB's text index has no Arabic stemmer, and the test server (secantusdb) has no text index
at all. Instead each stored document holds `search`: the distinct search forms of the words of
its title and body (`search_terms`), in a multikey index. A query word matches a document when
one of its forms is in the document's `search` array; documents are ranked by the number of
query words they match, then newest first. The same filter works on MongoDB 4.2+ and on the
test server (`$in` on an indexed array; the documented aggregation uses `$setIntersection`).

The search form of a word (`normalise_ar`, then `word_forms`):

- letters unified: hamza forms of alef (أ إ آ ٱ) -> ا, alef maqsura ى -> ي, ta marbuta ة -> ه,
  hamza seats ؤ ئ -> ء (so «مسؤول» and «مسئول» meet), Persian ک ی -> ك ي; diacritics (tashkeel,
  superscript alef), tatweel and invisible format characters removed; Arabic-Indic digits ->
  0-9; Latin case folded; presentation forms (ﻻ) unfolded (NFKC);
- the article and what can stand before it: «ال», «وال», «فال», «بال», «كال», «لل», «وبال», «ولل»…
  are cut (when at least two letters remain): «الأسد», «والأسد», «للأسد» -> «اسد». A word that
  begins with a hamza or madda alef and lam («آلاف», «ألعاب», «إلكترونية») also keeps that
  «ال» as its own letters («الاف» beside «اف»), so that «آلاف» and «الآلاف» meet;
- a word that still begins with a proclitic (و ف ب ك ل, or و/ف then ب/ك/ل) and keeps at least
  three letters without it gets that shorter form too: «بمدرسة» -> «بمدرسه», «مدرسه». Both are
  stored, so «مدرسة» finds «بمدرسة» while «وزير» (-> «وزير», «زير») is still found as typed.

Two words match when their sets of forms meet. Single letters and a few function words
(STOPWORDS: في، من، إلى، عن، أن …) are neither stored nor searched. Nothing here needs a
dictionary.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

# Letters folded to one search letter.
_FOLD = {
    "\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627",  # آ أ إ ٱ -> ا
    "\u0672": "\u0627", "\u0673": "\u0627",
    "\u0649": "\u064a",  # ى -> ي
    "\u06cc": "\u064a", "\u064a": "\u064a",  # Persian ی -> ي
    "\u0629": "\u0647", "\u06c0": "\u0647",  # ة ۀ -> ه
    "\u0624": "\u0621", "\u0626": "\u0621",  # ؤ ئ -> ء
    "\u06a9": "\u0643",  # ک -> ك
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)  # ٠-٩
    _FOLD[chr(0x06F0 + _i)] = str(_i)  # ۰-۹
# Removed: tashkeel (fathatan .. sukun), maddah/hamza above/below marks, superscript alef,
# Quranic marks, tatweel, and format characters (ZWNJ, ZWJ, bidi marks, BOM, soft hyphen).
_DROP = dict.fromkeys(
    [*range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06DD), *range(0x06DF, 0x06E5), 0x06E7, 0x06E8,
     *range(0x06EA, 0x06EE), 0x0640, 0x00AD, *range(0x200B, 0x2010), *range(0x202A, 0x202F),
     *range(0x2060, 0x2065), *range(0x2066, 0x206A), 0xFEFF, 0x061C])
_TABLE = {**{ord(k): v for k, v in _FOLD.items()}, **_DROP}
# The alefs that carry a hamza or a madda (آ أ إ, wavy hamza): folded last, once the article is
# known. «آلاف», «ألعاب», «إلغاء» begin with a letter, not with «ال»; folded first they would
# lose it as if it were the article («اف») while «الآلاف» keeps it («الاف»), and never meet.
_ALEF_HAMZA = ("\u0622", "\u0623", "\u0625", "\u0672", "\u0673")
_TABLE_ALEF = {ord(c): "\u0627" for c in _ALEF_HAMZA}
_TABLE_LIGHT = {k: v for k, v in _TABLE.items() if k not in _TABLE_ALEF}

_WORD = re.compile(r"[^\W_]+")
_ARABIC = re.compile(r"[\u0621-\u064a]")
# The article with what may precede it: (و|ف)? (ب|ك|ل)? ال, and ل + ال written «لل».
_ARTICLE = re.compile(r"^(?:[وف]?[بك]?ال|[وف]?لل)")
_PROCLITIC = re.compile(r"^(?:[وف][بكل]|[وفبكل])")
MIN_STEM = 2        # letters that must remain after the article
MIN_AFTER_PROCLITIC = 3  # letters that must remain after a proclitic
# Words whose «ال» is not the article.
KEEP = frozenset({"الله", "اللهم"})
# Function words neither stored nor searched (as written; compared in search form).
STOPWORDS_AS_WRITTEN = ("في من إلى عن أن إن أو ما لا لم لن قد هذا هذه ذلك تلك التي الذي الذين مع ثم كان "
                        "كانت حيث كما بين هو هي هم وقد")


def normalise_ar(text: str) -> str:
    """`text` with the letters folded (see module doc), diacritics, tatweel and invisible
    characters removed, Arabic-Indic digits as 0-9, Latin lower-cased. Spaces are kept."""
    return _light(text).translate(_TABLE_ALEF)


def _light(text: str) -> str:
    """`normalise_ar` but for the alefs with a hamza or a madda (kept to tell the article)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", str(text))
    # NFKC composes alef + combining hamza into أ; a combining mark left on another letter goes.
    return text.translate(_TABLE_LIGHT).casefold()


def _strip_article(word: str) -> str:
    if word in KEEP:
        return word
    m = _ARTICLE.match(word)
    if m and len(word) - m.end() >= MIN_STEM:
        return word[m.end():]
    return word


def word_forms(word: str) -> list[str]:
    """The search forms of one word (`normalise_ar`-ed, or with its hamza alefs still apart, as
    `search_terms` gives them): the word without the article, then, when it begins with a
    proclitic, without that too (see module doc). A word whose «ال» may be its own letters
    («آلاف», «ألعاب»: a hamza or madda alef) also keeps them. Non-Arabic words are their own form."""
    folded = word.translate(_TABLE_ALEF)
    forms = _folded_forms(folded)
    if folded != word and _ARABIC.match(folded):
        own = _strip_article(word).translate(_TABLE_ALEF)
        if own not in forms:
            forms.append(own)
    return forms


def _folded_forms(word: str) -> list[str]:
    if not _ARABIC.match(word):
        return [word]
    base = _strip_article(word)
    forms = [base]
    if base == word:  # no article: maybe a lone proclitic (بمدرسة, وسوريا, لسوريا)
        m = _PROCLITIC.match(base)
        if m:
            for end in sorted({m.end(), 1}, reverse=True):
                rest = base[end:]
                if len(rest) >= MIN_AFTER_PROCLITIC and rest not in forms:
                    forms.append(rest)
    return forms


def words(text: str) -> list[str]:
    """The normalised words of `text`, in order (single letters and STOPWORDS left out)."""
    return [w.translate(_TABLE_ALEF) for w in _light_words(text)]


def _light_words(text: str) -> list[str]:
    """`words`, with the alefs that carry a hamza or a madda not yet folded."""
    return [w for w in _WORD.findall(_light(text)) if len(w) > 1 and w.translate(_TABLE_ALEF) not in STOPWORDS]


STOPWORDS = frozenset(normalise_ar(STOPWORDS_AS_WRITTEN).split())


def search_terms(text: str) -> list[str]:
    """The distinct search forms of the words of `text`, in first-seen order: what a document
    stores in `search` (for its title and body)."""
    seen: dict[str, None] = {}
    for w in _light_words(text):
        for form in word_forms(w):
            seen.setdefault(form, None)
    return list(seen)


def document_terms(title: str | None, body: str | None) -> list[str]:
    """`search` of a document: the search terms of its title and body."""
    return search_terms(f"{title or ''}\n{body or ''}")


def query_words(query: str) -> list[list[str]]:
    """The query's words, each as the list of its forms (a document matches a word when it
    holds one of them); a word given twice counts once."""
    out, seen = [], set()
    for w in _light_words(query):
        forms = word_forms(w)
        key = tuple(forms)
        if key not in seen:
            seen.add(key)
            out.append(forms)
    return out


def _match(field: str, forms: list[str]) -> dict:
    return {field: forms[0]} if len(forms) == 1 else {field: {"$in": forms}}


def search_filter(query: str, require_all: bool = False, field: str = "search") -> dict:
    """A MongoDB filter for the documents that match any word of `query` (every word with
    `require_all`). Served by the multikey index on `search`. An empty query: ValueError."""
    terms = query_words(query)
    if not terms:
        raise ValueError("the query has no words")
    clauses = [_match(field, forms) for forms in terms]
    if len(clauses) == 1:
        return clauses[0]
    if require_all:
        return {"$and": clauses}
    return _match(field, sorted({f for forms in terms for f in forms}))


def search_pipeline(query: str, limit: int = 20, require_all: bool = False, field: str = "search") -> list[dict]:
    """The documented aggregation (mongosh, Compass, MongoDB 4.2+ and the test server): match
    by the `search` index, count the query words each document matches (`matches`), sort by
    that, then newest first."""
    terms = query_words(query)
    match = search_filter(query, require_all, field)
    count = {"$add": [{"$cond": [{"$gt": [{"$size": {"$setIntersection": [f"${field}", forms]}}, 0]}, 1, 0]}
                      for forms in terms]}
    return [{"$match": match},
            {"$project": {"url": 1, "title": 1, "published_at": 1, "section": 1, "matches": count}},
            {"$sort": {"matches": -1, "published_at": -1, "_id": 1}},
            {"$limit": int(limit)}]


@dataclass(frozen=True)
class Hit:
    url: str
    title: str | None
    published_at: str | None  # ISO 8601 at the site's offset, as in the item
    section: str | None
    matches: int  # how many words of the query the document matches


def _date_key(value) -> float:
    if isinstance(value, datetime):
        return value.timestamp()
    return float("-inf")


def search(collection, query: str, limit: int = 20, require_all: bool = False) -> list[Hit]:
    """Search a collection of article documents (pymongo Collection): the `limit` best hits,
    most query words matched first, then newest first. Each word is one indexed query that
    returns `_id` and `published_at` only; ranking is done here, then the hits' titles are
    read (one word: the server sorts by date and returns `limit`). Works wherever the
    `search` index does (no aggregation, no `$text`)."""
    terms = query_words(query)
    if not terms:
        raise ValueError("the query has no words")
    counts: dict[str, int] = {}
    dates: dict[str, object] = {}
    if len(terms) == 1:  # every hit matches the one word: the server sorts and limits
        cursor = collection.find(_match("search", terms[0]), {"_id": 1, "published_at": 1})
        for doc in cursor.sort([("published_at", -1), ("_id", 1)]).limit(max(0, int(limit))):
            counts[doc["_id"]], dates[doc["_id"]] = 1, doc.get("published_at")
    else:
        for forms in terms:
            for doc in collection.find(_match("search", forms), {"_id": 1, "published_at": 1}):
                counts[doc["_id"]] = counts.get(doc["_id"], 0) + 1
                dates[doc["_id"]] = doc.get("published_at")
    if require_all:
        counts = {k: v for k, v in counts.items() if v == len(terms)}
    best = sorted(counts, key=lambda k: (-counts[k], -_date_key(dates[k]), k))[:max(0, int(limit))]
    if not best:
        return []
    from newscrawler.storage.mongo import iso_date

    docs = {d["_id"]: d for d in collection.find({"_id": {"$in": best}}, {
        "url": 1, "title": 1, "published_at": 1, "published_at_offset": 1, "section": 1})}
    return [Hit(url=docs[k].get("url") or k, title=docs[k].get("title"),
                published_at=iso_date(docs[k].get("published_at"), docs[k].get("published_at_offset")),
                section=docs[k].get("section"), matches=counts[k]) for k in best if k in docs]
