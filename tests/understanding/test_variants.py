"""British and American spellings read as one word (understanding.variants)."""
from __future__ import annotations

import pytest

from knowledge.text import analyze
from understanding.variants import american


@pytest.mark.parametrize("british, us", [
    ("centre", "center"), ("centres", "centers"), ("harbour", "harbor"), ("labourers", "laborers"),
    ("favourite", "favorite"), ("behaviour", "behavior"), ("organised", "organized"),
    ("organisation", "organization"), ("recognise", "recognize"), ("analyse", "analyze"),
    ("theatre", "theater"), ("defence", "defense"), ("programme", "program"),
    ("catalogue", "catalog"), ("travelled", "traveled"),
])
def test_a_british_spelling_becomes_the_american_one(british, us):
    assert american(british) == us


@pytest.mark.parametrize("word", ["hour", "four", "your", "flour", "devour", "contour", "advise",
                                  "exercise", "rise", "promise", "surprise", "acre", "genre", "there",
                                  "center", "harbor"])
def test_words_whose_ending_is_no_variant_are_left_alone(word):
    assert american(word) == word


def test_both_spellings_give_the_same_index_terms():
    assert analyze("the Wilson Centre's catalogue") == analyze("the Wilson Center's catalog")
