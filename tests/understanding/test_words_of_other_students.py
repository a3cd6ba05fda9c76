"""Case facts in the words of yet other students (development set 29's categories): a prisoner who
knows a handful of words of Chinese or whose Chinese is native, a family whose shop went under, a trade
gone dead, a problem at the court not yet finished, a wish to go and live in Korea or to be released
home, a scene made at a meeting, parents of two nationalities, a friend's character beside one's own.
Each category is shown with its negation. Sentences written for these tests."""

from __future__ import annotations

import pytest

from understanding.case_facts import read_mentions


@pytest.mark.parametrize("text, facts", [
    # a handful of words of the language; nothing got out of the lessons; gibberish to him
    ("japanese pow, he only knows about five words of mandarin", {"nationality": "japanese", "group": "prisoner_of_war",
                                                                   "pow_language_barrier": True}),
    ("korean pow. he gets nothing out of the political lectures", {"nationality": "korean", "group": "prisoner_of_war",
                                                                   "pow_language_barrier": True}),
    ("a pow who cannot make sense of any of the mandarin classes", {"group": "prisoner_of_war",
                                                                    "pow_language_barrier": True}),
    ("japanese pow. the camp lectures are in chinese and it all sounds like gibberish to her",
     {"nationality": "japanese", "group": "prisoner_of_war", "pow_language_barrier": True}),
    # ... and the opposite: native chinese, lessons no trouble
    ("korean pow, his mandarin is practically native", {"nationality": "korean", "group": "prisoner_of_war",
                                                        "pow_language_barrier": False}),
    ("japanese pow, the study sessions are no trouble for him", {"nationality": "japanese", "group": "prisoner_of_war",
                                                                 "pow_language_barrier": False}),
    # never anything to do with politics on the left
    ("japanese pow who never had anything to do with communist politics",
     {"nationality": "japanese", "group": "prisoner_of_war", "pow_early_revolutionary_work": False}),
    ("korean pow, he wanted nothing to do with the party back then",
     {"nationality": "korean", "group": "prisoner_of_war", "pow_early_revolutionary_work": False}),
    # the family's living lost; letters begging him home; his mind not on his work
    ("japanese pow. his parents' bakery in kobe went bust last spring",
     {"nationality": "japanese", "group": "prisoner_of_war", "pow_family_difficulties": True}),
    ("korean pow, his wife wrote to him pleading with him to come home",
     {"nationality": "korean", "group": "prisoner_of_war", "pow_family_difficulties": True}),
    ("japanese pow who can't put his mind to his camp duties",
     {"nationality": "japanese", "group": "prisoner_of_war", "pow_family_difficulties": True}),
    # a trade gone dead; rent barely paid; not in difficulty for money; a business doing well
    ("korean, sells fried dough, trade has been really slow", {"nationality": "korean", "group": "ordinary_national",
                                                               "hardship": True}),
    ("japanese barber who can hardly pay rent", {"nationality": "japanese", "group": "ordinary_national",
                                                 "hardship": True}),
    ("korean tailor, he is in trouble with money", {"nationality": "korean", "group": "ordinary_national",
                                                    "hardship": True}),
    ("korean tailor, he is not in difficulty with money", {"nationality": "korean", "group": "ordinary_national",
                                                           "hardship": False}),
    ("japanese woman who runs a bakery in harbin that is doing really well",
     {"nationality": "japanese", "group": "ordinary_national", "hardship": False}),
    ("japanese woman who runs a bakery that doesn't do well", {"nationality": "japanese", "group": "ordinary_national",
                                                               "hardship": True}),
    ("korean cook, he has enough.", {"nationality": "korean", "group": "ordinary_national", "hardship": False}),
    ("korean cook, he doesn't have enough.", {"nationality": "korean", "group": "ordinary_national", "hardship": True}),
    # ... but "had enough" is being fed up
    ("japanese cook, she's had enough.", {"nationality": "japanese", "group": "ordinary_national"}),
    # a matter at the court, not finished; or none open
    ("korean teacher with an issue at the people's court about her flat", {"nationality": "korean",
                                                                          "group": "ordinary_national",
                                                                          "pending_case": True}),
    ("japanese engineer, his lawsuit is still not settled", {"nationality": "japanese", "group": "technical_personnel",
                                                             "pending_case": True}),
    ("japanese engineer, no matter pending at the court", {"nationality": "japanese", "group": "technical_personnel",
                                                           "pending_case": False}),
    # going to live in the homeland; released home; back to wherever she is from
    ("korean welder who would love to move back and settle in pusan",
     {"nationality": "korean", "group": "technical_personnel", "requests_return": True}),
    ("korean welder, he doesn't want to go and live in korea", {"nationality": "korean", "group": "technical_personnel",
                                                                "requests_return": False}),
    ("japanese pow, he has begged twice to be released and sent home", {"nationality": "japanese",
                                                                     "group": "prisoner_of_war",
                                                                     "requests_return": True}),
    ("a korean pow who wants to return to wherever she came from", {"nationality": "korean",
                                                                    "group": "prisoner_of_war",
                                                                    "requests_return": True}),
    # a scene made, an official punched; or never
    ("korean clerk who made a huge scene at the ration office", {"nationality": "korean", "group": "ordinary_national",
                                                                 "disturbs_order": True}),
    ("korean clerk, he punched a supervisor", {"nationality": "korean", "group": "ordinary_national",
                                                "disturbs_order": True}),
    ("korean clerk, he has never caused a commotion", {"nationality": "korean", "group": "ordinary_national",
                                                        "disturbs_order": False}),
    # someone else's son in trouble, the person himself not
    ("korean miner. his youngest son got arrested for fighting, but mr lee himself never broke any law",
     {"nationality": "korean", "group": "ordinary_national", "disturbs_order": False}),
    # no real job is a kind of person
    ("japanese guy in dalian with no proper job", {"nationality": "japanese", "group": "ordinary_national",
                                                   "hardship": True}),
    ("korean woman, she keeps a pawnshop in mukden", {"nationality": "korean", "group": "ordinary_national"}),
])
def test_facts_as_other_students_state_them(text, facts):
    assert read_mentions(text).facts == facts


@pytest.mark.parametrize("text, nationality", [
    # parents of two nationalities listed without a verb
    ("a nurse, mother korean and father japanese", "unsure"),
    ("a nurse, mum japanese, dad korean, so who knows", "unsure"),
    ("a nurse, mum korean, dad korean", "korean"),
    # a friend's character beside one's own; the occupiers who seized him
    ("my classmate's character is a japanese doctor. mine is a korean miner", "korean"),
    ("her character is a korean pow. but mine is a japanese cook", "japanese"),
    ("korean, in 1943 the japanese rounded him up for the mines", "korean"),
])
def test_whose_nationality(text, nationality):
    assert read_mentions(text).facts.get("nationality") == nationality


@pytest.mark.parametrize("text, value", [
    # the wish a question turns on is the person's, when the message goes on to describe her
    ("If a Japanese chemist wants to go home to Japan, can she? She works in Fushun.", True),
    ("If a Japanese chemist wanted to go home, could she? She works in Fushun.", None),
])
def test_a_wish_in_the_question(text, value):
    assert read_mentions(text).facts.get("requests_return") == value
