"""Case facts in the plain words of students who never saw the cable's categories
(understanding/plain_lexicon.py and the rows beside it), each with a negated or opposite form.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from understanding.case_facts import read_mentions

POW = "a korean prisoner of war. "


@pytest.mark.parametrize("text, field, value", [
    # early revolutionary work: membership of a group on the left, and its denial
    (POW + "as a student he was in a marxist study circle in kyoto", "pow_early_revolutionary_work", True),
    (POW + "in 1936 he carried letters for the anti-japanese underground", "pow_early_revolutionary_work", True),
    (POW + "he never joined any communist group", "pow_early_revolutionary_work", False),
    (POW + "he is no communist, just a conscript", "pow_early_revolutionary_work", False),
    # the classes in Chinese, followed or not
    (POW + "the lectures are in chinese and he gets basically zero", "pow_language_barrier", True),
    (POW + "he cannot follow the political classes because he never picked up any chinese",
     "pow_language_barrier", True),
    (POW + "the study sessions are pointless for him", "pow_language_barrier", True),
    (POW + "the study sessions are no problem, he follows the lessons fine", "pow_language_barrier", False),
    # the family at home
    (POW + "his old father back in wonsan is gravely ill", "pow_family_difficulties", True),
    (POW + "his kids are alone with no one to look after them", "pow_family_difficulties", True),
    (POW + "his parents in busan are healthy and doing fine", "pow_family_difficulties", False),
    # money
    ("she cooks noodles and the pay is peanuts", "hardship", True),
    ("he mends shoes but he cannot pay the rent", "hardship", True),
    ("she sews dresses, the money is never enough", "hardship", True),
    ("he is a carpenter earning good money", "hardship", False),
    # a court case, open or closed
    ("he sells coal and there is a prosecution against him", "pending_case", True),
    ("the trial against her has ended", "pending_case", False),
    ("he is a porter and he has never been charged with anything", "pending_case", False),
    # order
    ("he is a cook who held up a post office", "disturbs_order", True),
    ("she is a quiet woman who never causes a fuss", "disturbs_order", False),
    ("he has never hit anyone", "disturbs_order", False),
    # asking to go home
    ("she just wants to get out of china", "requests_return", True),
    ("he applied to go home in january", "requests_return", True),
    ("she does not want to get out of china", "requests_return", False),
])
def test_plain_words_for_each_fact(text, field, value):
    assert read_mentions(text).facts.get(field) == value


@pytest.mark.parametrize("text, field, value", [
    # a word in scare quotes, and another language's word glossed in English
    ('a korean tailor who wants to go "home" one day', "requests_return", True),
    ("a korean tailor with a pleito (lawsuit) over a debt", "pending_case", True),
    # several peoples named together, and the writer's own country, are not the person's
    ("my person is a mongolian herder. the cable is about koreans and japanese, does it apply?",
     "nationality", "other"),
    ("a japanese cook in dalian (sorry for my english, i am from italy)", "nationality", "japanese"),
    # a relation's second predicate, and a relation's job, are not the person's
    ("she sells tea. her brother was a soldier and is a prisoner now", "group", "ordinary_national"),
    ("a japanese surgeon who was sued after a patient died", "group", "technical_personnel"),
    ("he is a korean gangster in the back alleys", "group", "ordinary_national"),
])
def test_what_is_and_is_not_the_persons(text, field, value):
    assert read_mentions(text).facts.get(field) == value


@pytest.mark.parametrize("text, field, value", [
    # Englishes of many places: Scots, Jamaican patois, Nigerian and Irish English, Spanish mixed in
    ("a japanese cook, she cannae pay her way and she's wanting hame", "requests_return", True),
    ("a korean porter. him cyaan mek a living no more", "hardship", True),
    ("a korean porter, nuh court case", "pending_case", False),
    ("a korean barber, no wahala with the police", "disturbs_order", False),
    ("a japanese clerk, grand financially", "hardship", False),
    ("a japanese clerk. hasn't a notion of leaving", "requests_return", False),
    (POW + "the lessons are in chinese and he no entiende nada", "pow_language_barrier", True),
    (POW + "his ma and da are no well", "pow_family_difficulties", True),
    # "kind of both": a nationality left open
    ("born in osaka to korean parents, so kind of both honestly. a tailor", "nationality", "unsure"),
    # the writer's own origin is not the person's
    ("i'm a student from brazil. my character is a korean miner", "nationality", "korean"),
    ("hello, i am student from poland. my person is japanese nurse", "group", "technical_personnel"),
    # a court that has not decided, a case still open, a guess at a quantity
    ("a korean tailor; the court hasn't decided on his debt yet", "pending_case", True),
    ("a korean tailor with a lawsuit still open", "pending_case", True),
    (POW + "he follows maybe one word in ten of the lectures", "pow_language_barrier", True),
    (POW + "he understands maybe every tenth word", "pow_language_barrier", True),
    # a relation's troubles are theirs, a past in the unions is revolutionary work
    (POW + "in 1931 he organized strikes at the docks", "pow_early_revolutionary_work", True),
    (POW + "no political past at all", "pow_early_revolutionary_work", False),
])
def test_the_englishes_and_asides_of_many_writers(text, field, value):
    assert read_mentions(text).facts.get(field) == value
