"""Arabic search forms (newscrawler.search): normalisation, clitics, the MongoDB filter and
aggregation, and the labelled query set's precision and recall (evaluation/search_eval.py)."""

from __future__ import annotations

import pytest

from newscrawler.search import (document_terms, normalise_ar, query_words, search_filter, search_pipeline,
                                search_terms, word_forms)


@pytest.mark.parametrize("variants", [
    ["الأسد", "الاسد", "الإسد", "الآسد", "ٱلأسد"],          # hamza forms of alef
    ["مستشفى", "مستشفي"],                                   # alef maqsura / ya
    ["مدرسة", "مدرسه"],                                     # ta marbuta / ha
    ["مدرسة", "مـدرسـة", "مدرســــة"],                       # tatweel
    ["مَدْرَسَةٌ", "مدرسة", "مُدَرِّسَة"],                          # diacritics (tashkeel, shadda)
    ["مسؤول", "مسئول"],                                     # hamza seats
    ["الولايات", "الولايات\u200c"],                          # ZWNJ
    ["لا", "ﻻ"],                                            # presentation form (NFKC)
    ["٢٠٢٤", "2024", "۲۰۲۴"],                                # Arabic-Indic and Persian digits
    ["Syria", "SYRIA", "syria"],
])
def test_spelling_variants_share_one_form(variants):
    forms = {tuple(search_terms(v)) for v in variants}
    assert len(forms) == 1, forms


def test_normalise_ar_keeps_spaces_and_other_text():
    assert normalise_ar("قال الرئيسُ: «الأمنُ أولاً»") == "قال الرءيس: «الامن اولا»"  # ئ -> ء
    assert normalise_ar("") == "" and normalise_ar(None) == ""


@pytest.mark.parametrize("written, form", [
    ("الأسد", "اسد"), ("والأسد", "اسد"), ("فالأسد", "اسد"), ("بالأسد", "اسد"), ("كالأسد", "اسد"),
    ("للأسد", "اسد"), ("وللأسد", "اسد"), ("وبالأسد", "اسد"),
    ("المدرسه", "مدرسه"), ("للمدرسة", "مدرسه"), ("بمدرسة", "مدرسه"), ("ومدرسة", "مدرسه"),
    ("لمدرسة", "مدرسه"), ("فمدرسة", "مدرسه"), ("كمدرسة", "مدرسه"), ("وبمدرسة", "مدرسه"),
    ("لروسيا", "روسيا"), ("وتركيا", "تركيا"),
])
def test_article_and_proclitics_handled(written, form):
    assert form in word_forms(normalise_ar(written))


@pytest.mark.parametrize("word, forms", [
    ("وزير", ["وزير", "زير"]),        # a word that begins like a proclitic keeps its own form first
    ("ولد", ["ولد"]),                 # too short to lose its first letter
    ("الله", ["الله"]),               # not the article
    ("الم", ["الم"]),                 # nothing would be left
    ("بيت", ["بيت"]),
    ("syria", ["syria"]),
])
def test_forms_are_conservative(word, forms):
    assert word_forms(word) == forms


def test_words_that_must_stay_apart():
    apart = [("رئيس", "الرئيسية"), ("مسؤول", "مسؤولية"), ("الدول", "الدولي"), ("الدول", "والجدول"),
             ("البيان", "البيانات"), ("الأمم", "الأممي")]
    for a, b in apart:
        assert not set(search_terms(a)) & set(search_terms(b)), (a, b)


def test_document_terms_distinct_and_without_function_words():
    terms = document_terms("الأسد في دمشق", "قال الأسد إن المدرسة من دمشق.")
    assert terms == ["اسد", "دمشق", "قال", "مدرسه"]


def test_query_filter_and_pipeline():
    assert query_words("الاسد والأسد") == [["اسد"]]  # one word, given twice
    assert search_filter("الاسد") == {"search": "اسد"}
    assert search_filter("بمدرسة") == {"search": {"$in": ["بمدرسه", "مدرسه"]}}
    assert search_filter("الأسد المدرسه") == {"search": {"$in": ["اسد", "مدرسه"]}}
    assert search_filter("الأسد المدرسه", require_all=True) == {"$and": [{"search": "اسد"}, {"search": "مدرسه"}]}
    with pytest.raises(ValueError):
        search_filter("  في من ، ")
    pipe = search_pipeline("الأسد المدرسه", limit=5)
    assert pipe[0] == {"$match": {"search": {"$in": ["اسد", "مدرسه"]}}}
    assert pipe[-1] == {"$limit": 5} and pipe[2]["$sort"]["matches"] == -1
    assert "$text" not in repr(pipe)


def test_labelled_queries_precision_and_recall_floor():
    from evaluation.search_eval import evaluate, summary

    scores = evaluate()
    m = summary(scores)
    assert m["queries"] >= 20
    assert all(s.labelled > 0 for s in scores)  # every query has articles to find
    assert m["macro_precision"] >= 0.95 and m["macro_recall"] >= 0.95, m
    assert m["micro_precision"] >= 0.98 and m["micro_recall"] >= 0.95, m


@pytest.mark.parametrize("query, text", [
    ("آلاف", "نزح الآلاف من المدينة"), ("الآلاف", "آلاف اللاجئين"), ("آلاف", "عاد بالآلاف"),
    ("ألعاب", "افتتاح الألعاب الأولمبية"), ("إلغاء", "قرار الإلغاء"), ("الإلكترونية", "بوابة إلكترونية"),
    ("آليات", "الآليات العسكرية"), ("الاف", "آلاف"),
])
def test_a_word_that_begins_with_a_hamza_alef_and_lam_is_found_with_the_article(query, text):
    # «آلاف» is not «ال» + «اف»: with and without the article it must meet
    forms = {f for word in query_words(query) for f in word}
    assert forms & set(search_terms(text)), (query_words(query), search_terms(text))
