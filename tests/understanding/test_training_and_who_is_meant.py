"""Forms found on development sets 66-69: a technical training behind the work, the person pointed at
after their sentence, second-language English without "to" or "is", and relative clauses that are no
doubt ("the person I imagine", "the one who knows")."""

import pytest

from understanding.case_facts import read_mentions
from understanding.reading import SOMEONE, SPECIFIC, read
from understanding.routing import route

READINGS = [
    # a technical training states the group; a student now, or a job named beside it, outranks it
    ("japanese, studied metallurgy in sendai and now runs the furnaces", {"group": "technical_personnel"}),
    ("korean man, trained in geology before the war", {"group": "technical_personnel"}),
    ("korean, went to a mining college in japan", {"group": "technical_personnel"}),
    ("japanese woman, graduated from nursing school in osaka", {"group": "technical_personnel"}),
    ("korean, she studies medicine in harbin", {"group": None}),
    ("korean, went to medical school but now he is a cook", {"group": "ordinary_national"}),
    # tasks
    ("japanese, welds pipes at the refinery", {"group": "technical_personnel"}),
    ("japanese, keeps the transmitter running for the radio station", {"group": "technical_personnel"}),
    ("korean, goes down the pit every morning", {"group": "ordinary_national"}),
    ("korean, goes down into the mine each week to survey the seams", {"group": "technical_personnel"}),
    ("japanese, brews vinegar in a back street of dalian", {"group": "ordinary_national"}),
    # the person pointed at after their sentence
    ("Two sisters: Mi-ja is a korean nurse and wants to go home. Sun-ok is a korean seamstress. She is the one "
     "I'm asking about. She wants to stay.", {"group": "ordinary_national", "requests_return": False}),
    ("A Korean family. The father, Cho, is a miner and wants to leave. The daughter, Eun-ji, is who I'm asking "
     "about. She wants to stay in Harbin.", {"requests_return": False}),
    # a relative clause is no doubt and no hypothetical
    ("The woman I imagine is a Korean seamstress.", {"nationality": "korean", "group": "ordinary_national"}),
    ("Park is korean, he is the guy who knows the old japanese boilers best", {"nationality": "korean"}),
    ("korean or japanese, who knows", {"nationality": "unsure"}),
    ("imagine he had a court case, a korean farmer", {"pending_case": None}),
    # things named by a country are no nationality; a trade named by one is no thing
    ("korean, washes dishes at a japanese restaurant", {"nationality": "korean"}),
    ("a japanese locomotive fitter", {"nationality": "japanese"}),
    # second-language English: "want go", "go back Vietnam", "she poor"; "he broke the cups" is no poverty
    ("korean woman, she want go home, she poor", {"requests_return": True, "hardship": True}),
    ("vietnamese tailor, he want return Vietnam", {"requests_return": True}),
    ("korean cook, he broke the cups in the kitchen", {"hardship": None}),
    # vagueness, slang and ways of not going
    ("korean, she hasn't asked to go home or anything like that", {"requests_return": False}),
    ("korean cook, no dramas with the police", {"disturbs_order": False}),
    ("korean farmer, lives pretty well these days", {"hardship": False}),
    ("korean teacher, her brother is leaving but she is not going.", {"requests_return": False}),
    ("korean miner, he keeps asking in letters when he can come home", {"requests_return": True}),
]


@pytest.mark.parametrize("text, expected", READINGS)
def test_forms_of_sets_66_69_are_read(text, expected):
    facts = read_mentions(text).facts
    assert {f: facts.get(f) for f in expected} == expected


def test_a_lower_case_korean_name_is_a_particular_person_and_starts_a_case():
    reading = read("park sun-ja. korean. lives in dalian. what does the cable say?")
    assert reading.person == SPECIFIC
    assert route(reading, "ask_document").intent == "start_case"


def test_someone_described_with_their_facts_is_a_case_but_someone_asked_about_is_not():
    told = read("Somebody whose mother is Japanese, grows rice near Andong, they want to move to Japan.")
    assert told.person == SOMEONE
    assert route(told, "ask_document").intent == "start_case"
    asked = read("someone who wants to go home, what happens to them?")
    assert route(asked, "ask_document").intent != "start_case"
