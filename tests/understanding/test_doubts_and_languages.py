"""The writer's own doubt and a language someone speaks, read as students write them (forms found on
development sets 60-62): a doubt denies, a language is no nationality, "not rich" is no poverty."""

import pytest

from understanding import learned_facts
from understanding.case_facts import read_mentions

READINGS = [
    # the writer doubting a fact denies it, hedged
    ("korean carpenter in yanji. i doubt he wants to leave tbh", {"requests_return": False}),
    ("a korean teacher, i doubt that she wants to go home", {"requests_return": False}),
    ("korean widow selling vegetables. I wouldn't call her destitute.", {"hardship": False}),
    ("i doubt he is an engineer, he's a korean guy", {"group": "ordinary_national"}),
    # ... but no doubt is a yes
    ("korean carpenter, no doubt he wants to go home", {"requests_return": True}),
    # "not rich" is no poverty, unless it is "not rich at all"
    ("korean shoemaker, not really struggling but not rich either", {"hardship": None}),
    ("she is a japanese woman, not rich", {"hardship": None}),
    ("korean waiter, he is NOT rich at all", {"hardship": True}),
    # an apology for one's English, and a language someone has, are no nationality
    ("Sorry my english. My case is Japanese woman Ueda. She is housewife.", {"nationality": "japanese"}),
    ("my english not good. my case is japanese woman", {"nationality": "japanese"}),
    ("Japanese prisoner of war, Lt. Mori. I'm not sure whether his Chinese is good enough for the classes",
     {"nationality": "japanese", "group": "prisoner_of_war"}),
    ("a korean cook, not sure whether his chinese is ok", {"nationality": "korean"}),
    # a doubt about the nationality itself still leaves it unclear
    ("not sure if he is korean or chinese, he cooks", {"nationality": "unsure"}),
]


@pytest.mark.parametrize("text, expected", READINGS)
def test_doubts_and_languages_are_read(text, expected):
    facts = read_mentions(text).facts
    assert {f: facts.get(f) for f in expected} == expected


def test_a_doubt_is_read_back_as_a_hedge():
    reading = read_mentions("korean carpenter in yanji. i doubt he wants to leave")
    assert reading.unsure["requests_return"] == ("hedged", "doubt")


def test_what_the_writer_says_they_do_not_know_is_not_guessed():
    """The learned reader reads nothing from a clause the writer says they do not know (read whole, it
    guessed the wish to go home from "wants to go home")."""
    text = ("Yamada, Japanese, a cook. He's been waiting 4 months for his trial over a knife fight in a "
            "restaurant. No idea if he wants to go home.")
    guessed = learned_facts.guess(text, read_mentions(text).facts)
    assert "requests_return" not in guessed and guessed["pending_case"][0] is True
    assert "wants to go home" not in learned_facts.prepared(text)
