"""Scoring pieces: names, weights, confidence penalties (pure functions)."""
from __future__ import annotations

from knowledge import scoring
from knowledge.scoring import Scored, confidence, name_terms, weight


def test_name_terms_finds_capitalised_words_not_sentence_starts():
    texts = ["The cable went to Shanghai in April.", "Shanghai replied to Shanghai. Views.",
             "He met Stalin; later Stalin wrote.", "Views and views of the office"]
    names = name_terms(texts)
    assert {"shanghai", "stalin"} <= names
    assert "view" not in names          # capitalised only at sentence starts
    assert "the" not in names


def test_weight_clips_idf_and_lifts_names_and_numbers():
    assert weight("cabl", 0.2) == scoring.IDF_FLOOR
    assert weight("rare", 9.0) == scoring.IDF_CAP
    assert weight("shanghai", 0.5, name=True) == scoring.NAME_WEIGHT
    assert weight("1950", 0.5) == scoring.NAME_WEIGHT


def test_confidence_penalties_only_lower_it():
    s = Scored(doc=None, score=0.0, coverage=1.0, phrase=1.0, rank=1.0)
    full = confidence(s, 0, 0, 3, 0)
    assert full == 1.0
    for args in [(1, 0, 3, 0), (0, 1, 3, 0), (0, 0, 2, 0), (0, 0, 3, 1)]:
        assert confidence(s, *args) < full
    assert confidence(s, 2, 0, 3, 0) < confidence(s, 1, 0, 3, 0)
    weak = Scored(doc=None, score=0.0, coverage=0.2, phrase=0.1, rank=1.0)
    assert 0.0 <= confidence(weak, 5, 5, 0, 5) <= confidence(weak, 0, 0, 3, 0) <= 1.0
