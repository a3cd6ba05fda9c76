"""A person named as the subject is one particular person: the description starts a case, also when
it ends in a question about the cable's points. Sentences written for these tests."""

from __future__ import annotations

import pytest

from understanding.names import named_subject
from understanding.reading import SPECIFIC, read
from understanding.routing import route


@pytest.mark.parametrize("text, name", [
    ("Yi is Korean. Yi sells noodles.", "Yi"),
    ("Batu herds sheep outside Harbin.", "Batu"),
    ("Oh Mi-rae. Korean, a cook.", "Oh Mi-rae"),
    ("Min-seo, Japanese, 40, teaches piano.", "Min-seo"),
    ("ok here goes. Kenta wants to go back to Japan.", "Kenta"),
    ("Dr. Hwang is a surgeon in Dalian.", "Dr. Hwang"),
    ("Chen Liwei is Chinese and drives a cart.", "Chen Liwei"),
    ("Kim is a Korean porter.", "Kim"),
])
def test_a_name_as_the_subject_is_found(text, name):
    assert named_subject(text) == name


@pytest.mark.parametrize("text", [
    "Korea is poor and divided.",                  # a country
    "Shanghai was occupied in 1937.",              # a city
    "Money is tight for him.",                     # an English word
    "Teacher says the cable is short.",
    "Zhou Enlai was Chinese, right?",              # a man of the sources
    "Kim Il-sung wanted the Korean soldiers back.",
    "Mao was the chairman.",
    "Korean, a cook in Dalian.",                   # a nationality
    "what did Yi do?",                             # not a sentence's subject
    "the cable says Koreans may go home.",
])
def test_other_capitalised_words_are_no_name(text):
    assert named_subject(text) == ""


@pytest.mark.parametrize("text", [
    "Yi is Korean and sells noodles. Does having money matter for point 4?",
    "Sora works at a sawmill and wants to go home. point 2?",
    "Ahn Ji-su is a Korean welder. Ahn got into a brawl twice. Does view 4 cover that?",
    "Baatar is Mongolian and trades horses. Does the cable apply to Baatar at all?",
])
def test_a_named_person_with_a_question_starts_a_case(text):
    reading = read(text)
    assert reading.person == SPECIFIC
    assert route(reading, "ask_document").intent == "start_case"


def test_a_question_about_a_person_of_the_sources_is_a_question():
    assert route(read("Zhou Enlai was Chinese, so why did he care about Koreans?"), "ask_document").intent == \
        "ask_document"


def test_a_list_of_fragments_is_no_question():
    reading = read("Japanese. baker. has a debt case in court, not over yet. wants to go home.")
    assert route(reading, "ask_document").intent == "start_case"


def test_a_role_played_person_is_the_speaker():
    reading = read("I am a Japanese miner and my wife at home is ill. Please can I go home?")
    assert reading.person == SPECIFIC
    assert route(reading, "ask_document").intent == "start_case"
