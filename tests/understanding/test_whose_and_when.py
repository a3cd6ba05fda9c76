"""Whose fact it is and when it held (issue 14, development sets 40-41): another person's clause up to the
person named again, a relative's own pronoun, the person's fact by ellipsis after a comma, the group from
the person's own job, what held once and is over, the time turning between two statements, and what
others only claim. Sentences written for these tests."""

from __future__ import annotations

import pytest

from understanding.case_facts import read_mentions
from understanding.text import prepare


@pytest.mark.parametrize("text, field, value", [
    # another's clause ends where the person is named again: "but <name> is/has/wants ..."
    ("Oh Min-ji is a korean seamstress in Dandong. her cousin keeps getting locked up for brawling but min-ji "
     "is gentle and never got in trouble.", "disturbs_order", False),
    ("Kimura is japanese, a baker in Mukden. his nephew wants to go back to Osaka but kimura wants to stay.",
     "requests_return", False),
    ("Paek is a korean carpenter. his uncle says he should stay, but paek asks to go home every week.",
     "requests_return", True),
    # people beside the person and co-workers are others too
    ("Sergeant Ono is a japanese POW. the man in the next bed, Goto, picks fights every day, but ono has never "
     "hurt anyone.", "disturbs_order", False),
    ("Ri is a korean welder in Anshan. his workmate wants to go home, ri does not.", "requests_return", False),
])
def test_another_persons_clause_ends_at_the_person(text, field, value):
    assert read_mentions(text).facts.get(field) == value


@pytest.mark.parametrize("text, value", [
    # "her husband ... and he": the relative's pronoun, not the person's
    ("Olga is russian and teaches music in Dairen. her husband is korean and he longs to go back to Korea, "
     "but Olga has no wish to go anywhere.", False),
    ("Sumiko is a japanese typist. her brother is unemployed and he wants to go home.", None),
    # ... unless the person joins in: "his wife wants to go home, him too"
    ("Tanabe is a japanese barber. his wife misses Kobe and she wants to go home, him too.", True),
])
def test_a_relatives_own_pronoun_goes_on_about_the_relative(text, value):
    assert read_mentions(text).facts.get("requests_return") == value


@pytest.mark.parametrize("text, field, value", [
    ("Ha is a korean cook. her brother got locked up for a brawl, she never did anything like that.",
     "disturbs_order", False),
    ("Ha is a korean cook. his uncle is in court over a debt, he isn't.", "pending_case", False),
    ("Ha is a korean cook. his roommate wants to go home, ha doesn't.", "requests_return", False),
])
def test_the_persons_fact_by_ellipsis_after_a_comma(text, field, value):
    assert read_mentions(text).facts.get(field) == value


def test_the_group_from_the_persons_own_job_when_a_relatives_differs():
    text = "Choi is korean, a porter at the railway station in Mukden. his sister in the next street is a pharmacist."
    assert read_mentions(text).facts.get("group") == "ordinary_national"


@pytest.mark.parametrize("text, field, value", [
    # what held once and has stopped is turned over
    ("Arai is a japanese clerk. he used to start fights in bars, but he's quit, he's been quiet for years.",
     "disturbs_order", False),
    ("Song is a korean teacher in Yanji. she used to beg to go home; she doesn't want that any more.",
     "requests_return", False),
    # ... the time turns between two statements: the later one holds
    ("Ito is japanese and repairs radios. at first he begged to go home, now he says he wants to stay in China.",
     "requests_return", False),
    ("Ito is japanese and repairs radios. he was in a brawl at the docks in 1946, but he hasn't caused any "
     "trouble since.", "disturbs_order", False),
    ("Ito is a japanese POW. he couldn't follow the classes in chinese at first, but he has learned the "
     "language since and follows them fine now.", "pow_language_barrier", False),
    # ... but a later past turns nothing
    ("Ito is japanese and repairs radios. he wants to go home now. back in 1947 he didn't want to go home.",
     "requests_return", None),
])
def test_what_held_once_and_is_over(text, field, value):
    assert read_mentions(text).facts.get(field) == value


@pytest.mark.parametrize("text, field, value", [
    # a claim others make, denied, is turned over
    ("Moon is a korean miner. there are rumours he smashed windows at the union hall, but that's a lie, he was "
     "at home that night.", "disturbs_order", False),
    ("Moon is a korean miner. a neighbour accused him of stealing coal but it was a mix-up.", "disturbs_order", False),
    ("Moon is a korean POW. some guards claim he helped the communist underground, but that isn't true.",
     "pow_early_revolutionary_work", False),
    # ... and what others only say gives way to the person's own word
    ("Moon is a korean miner. his neighbours claim he keeps asking to go home, but he told me he isn't leaving.",
     "requests_return", False),
])
def test_what_others_only_claim(text, field, value):
    assert read_mentions(text).facts.get(field) == value


def test_were_is_a_word_of_its_own():
    assert prepare("There were stories and they were true") == "there were stories and they were true"
    assert prepare("theyre poor, youre right") == "they are poor, you are right"


@pytest.mark.parametrize("text, field, value", [
    # a relative named again with "the", or with a possessive typed without its apostrophe
    ("Pyo is korean and lives in Yanji with her uncle. the uncle runs a shop and does fine, but pyo has no money "
     "at all and can't feed herself.", "hardship", True),
    ("Han is a korean welder. hans brother got into a fight and there's a court case against him, han isn't "
     "involved in any case.", "pending_case", False),
])
def test_a_relative_named_again(text, field, value):
    assert read_mentions(text).facts.get(field) == value


def test_a_self_asked_question_answered_in_reported_words():
    text = "Doi is a japanese POW. His family? he told me they're doing fine."
    assert read_mentions(text).facts.get("pow_family_difficulties") is False


@pytest.mark.parametrize("text", [
    "Mrs Seki is a japanese pharmacist in Tientsin. her husband is a driver and keeps moaning they're broke but "
    "honestly with her pay they're fine.",
    "Mrs Seki is a japanese pharmacist. her son is a clerk and keeps saying they're poor but actually with her pay "
    "they're comfortable.",
])
def test_the_writers_own_word_after_a_relatives_complaint(text):
    assert read_mentions(text).facts.get("hardship") is False
