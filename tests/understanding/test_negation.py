"""Negation and hedges with their scope, and yes/no answers, as students type them."""

import pytest

from understanding.negation import hedged, negated, polarity, scopes


def at(text, word):
    return text.lower().index(word)


@pytest.mark.parametrize("text,word,expected", [
    ("she isnt really technical like an engineer", "technical", True),
    ("she isn't technical", "technical", True),
    ("he is not a prisoner of war", "prisoner", True),
    ("it never mentions soldiers", "soldiers", True),
    ("it doesnt mention soldiers, but it covers the japanese", "japanese", False),
    ("it wasn't mao, it was the foreign ministry", "foreign", False),
    ("it wasn't mao, it was the foreign ministry", "mao", True),
    ("no court case is open", "court", True),
    ("he no longer works there", "works", True),
    ("she has a case and wants to leave", "case", False),
    ("not that it wasn't binding", "binding", False),          # two negations cancel
    ("without any request from them", "request", True),
    ("he cant leave because he is being sued", "sued", False),  # "because" opens a new clause
    ("it does not have rules and only proposes views", "proposes", False),
])
def test_a_cue_negates_to_the_end_of_its_clause(text, word, expected):
    assert negated(text, at(text, word)) is expected


def test_a_phrase_that_starts_with_its_cue_is_not_negated_by_itself():
    text = "not binding at all"
    assert not negated(text, 0)


@pytest.mark.parametrize("text,expected", [
    ("not really, most of them could choose", False), ("nah", False), ("Nope.", False), ("no, view 2", False),
    ("I don't think so", False), ("yes", True), ("yeah it fits", True), ("partly: view 4 is forced", True),
    ("not really technical", None), ("no one knows", None), ("the ministry", None), ("", None),
])
def test_polarity_of_a_yes_no_answer(text, expected):
    assert polarity(text) is expected


def test_hedges_are_found_but_do_not_negate():
    text = "maybe it was advice, i think"
    assert hedged(text) and not negated(text, at(text, "advice"))
    assert [s.kind for s in scopes(text)] == ["hedge", "hedge"]
    assert not hedged("it was advice")
