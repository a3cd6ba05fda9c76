"""Text analysis: stemming, synonyms, stopwords, typo correction."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.spelling import Corrector
from knowledge.stem import stem
from knowledge.text import analyze, words


def test_porter_stemmer_classic_examples():
    cases = {"caresses": "caress", "ponies": "poni", "hopping": "hop",
             "relational": "relat", "repatriation": "repatri", "repatriated": "repatri",
             "nationals": "nation", "adjustment": "adjust", "2301": "2301"}
    for word, expected in cases.items():
        assert stem(word) == expected


def test_words_fold_accents_and_punctuation():
    assert words("Zhōu Ēnlái's \"cable\" (1950)!") == ["zhou", "enlai", "cable", "1950"]
    assert words("I don’t know the 18th") == ["i", "dont", "know", "the", "18"]


def test_synonyms_and_phrases_meet_the_content_words():
    assert analyze("telegram") == analyze("cable")
    assert analyze("Who wrote it?") == analyze("who sent it")
    assert set(analyze("Was it free?")) == set(analyze("gratis"))
    assert analyze("POWs") == analyze("prisoner of war")
    assert analyze("NK") == analyze("North Korea")
    assert analyze("the 1950 war") == analyze("Korean war")
    assert "date" in analyze("When was it sent?")


def test_stopwords_dropped_but_question_words_kept():
    assert analyze("what is the") == []
    assert "who" in analyze("who is it")


@given(st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_terms_are_always_safe_tokens(text):
    # only [a-z0-9]+ terms reach the index
    for term in analyze(text):
        assert re.fullmatch(r"[a-z0-9]+", term)


def test_corrector_fixes_small_typos_only():
    c = Corrector({"repatriation": 3, "telegram": 2, "korean": 5, "gratis": 1})
    assert c("repatriaton") == "repatriation"
    assert c("telegarm") == "telegram"       # transposition
    assert c("koren") == "korean"
    assert c("xylophone") == "xylophone"     # nothing close: unchanged
    assert c("gra") == "gra"                 # too short to touch
    assert c("1950") == "1950"


def test_with_every_real_word_known_short_typos_of_common_words_are_fixed():
    """With the list of real words near the vocabulary (related.Spelling), a typo of a short or
    common word is fixed, and a real word the vocabulary lacks is still left alone."""
    vocab = {"about": 9, "mean": 4, "thing": 3, "cable": 5}
    guarded = Corrector(vocab, weak={"about", "mean"})
    assert guarded("abowt") == "abowt" and guarded("meen") == "meen"
    c = Corrector(vocab, weak={"about", "mean"}, known={"think", "able"}, known_complete=True)
    assert c("abowt") == "about"
    assert c("meen") == "mean"
    assert c("think") == "think"      # a real word: not "thing"
    assert c("able") == "able"


def test_corrector_prefers_frequent_candidates():
    c = Corrector({"cable": 10, "fable": 1})
    assert c("cabel") == "cable"
