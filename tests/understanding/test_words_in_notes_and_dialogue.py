"""Case facts in the words of notes, interviews and talk (understanding/talk_lexicon.py, the layout of a
self-interview, a role-played interview and a correction, and a contrast with someone else said by its
auxiliary alone): idiom and broken English about money, a blow struck at a workmate, propaganda done
for the communists, a family that lost everything, "there's no case"; each with a negated or opposite
form. Sentences written for these tests."""

from __future__ import annotations

import pytest

from understanding.case_facts import read_mentions
from understanding.reading import read

POW = "a korean prisoner of war. "


@pytest.mark.parametrize("text, field, value", [
    # money in idiom and broken english: short of cash, meals out of reach, not enough to eat, a harvest lost
    ("a japanese barber, never short of cash", "hardship", False),
    ("a japanese barber, always short of money these days", "hardship", True),
    ("she is strapped for cash since the mill closed", "hardship", True),
    ("he is unable to afford even one decent meal a day", "hardship", True),
    ("her family eats three square meals and then some", "hardship", False),
    ("he doesn't get his three square meals any more", "hardship", True),
    ("the widow hasn't got enough money for the rent", "hardship", True),
    ("she have enough food, no worry", "hardship", False),
    ("after three bad harvests in a row the farmer is desperate", "hardship", True),
    ("a lucky farmer who has never had a bad harvest", "hardship", False),
    ("he pawned most of his tools over the winter", "hardship", True),
    ("the wages are small but she gets by", "hardship", False),
    # order: a blow at a workmate or a neighbour, a part taken in a brawl
    ("a korean docker who slapped his foreman last spring", "disturbs_order", True),
    ("a korean docker, he has never hit a coworker in his life", "disturbs_order", False),
    ("she took part in a street brawl outside the station", "disturbs_order", True),
    ("she has never taken part in any riot", "disturbs_order", False),
    # the courts: nothing open, let go without a charge
    ("the cops questioned him but there was no case", "pending_case", False),
    ("they released him without charge the next morning", "pending_case", False),
    # a pow's past: propaganda done for the communists, gone over to them, a leftist background
    (POW + "in 1943 he was writing propaganda for the eighth route army", "pow_early_revolutionary_work", True),
    (POW + "he never did any propaganda for the communists", "pow_early_revolutionary_work", False),
    (POW + "he defected to the red army in 1944", "pow_early_revolutionary_work", True),
    (POW + "he comes from a family with a communist background", "pow_early_revolutionary_work", True),
    (POW + "he has no leftist history whatsoever", "pow_early_revolutionary_work", False),
    # a pow's family that lost everything
    (POW + "his wife and kids in wonsan have lost everything", "pow_family_difficulties", True),
    (POW + "his family never lost everything, they kept the farm", "pow_family_difficulties", False),
    # a wish put off: "not yet"
    ("a japanese welder, he doesn't want to head home yet", "requests_return", False),
    ("a japanese welder, he is hoping to go back yet this year", "requests_return", True),
])
def test_talk_and_note_words_state_facts(text, field, value):
    assert read_mentions(text).facts.get(field) == value


@pytest.mark.parametrize("text, facts", [
    # someone else's fact, then the person's by an auxiliary alone: it is the person's, with the answer's polarity
    ("a korean cook. her landlord has a lawsuit going but she does not.", {"pending_case": False}),
    ("a korean cook. her brothers keep getting into fights, but she herself never has.", {"disturbs_order": False}),
    ("a korean cook. her sister wants to go back to busan, and she does too.", {"requests_return": True}),
    # a relative's nationality in brackets is not the person's
    ("a japanese nurse. her husband (korean) is a dockworker.", {"nationality": "japanese"}),
    # a nationality labelled unclear
    ("nationality: pretty ambiguous, korean mother and japanese papers", {"nationality": "unsure"}),
])
def test_whose_fact_and_which_nationality(text, facts):
    got = read_mentions(text).facts
    assert {k: got.get(k) for k in facts} == facts


@pytest.mark.parametrize("text, facts", [
    # a numbered self-interview: "what does she want? to stay"
    ("Q1. Who? A: a korean baker.\nQ2. What does she want? A: To stay in Harbin.", {"requests_return": False}),
    ("Q1. Who? A: a korean baker.\nQ2. What does she want to do? A: Go home to Busan.", {"requests_return": True}),
    # a role-played interview: the writer answers the official's questions as the person
    ("Cadre: Your job?\nMe: I mend shoes.\nCadre: Do you want to go back?\nMe: More than anything. "
     "I haven't got enough money for food.", {"group": "ordinary_national", "requests_return": True, "hardship": True}),
    ("Cadre: Your job?\nMe: I mend shoes.\nCadre: Do you want to go back?\nMe: No. I have a good life here.",
     {"requests_return": False}),
    # a doubt corrected by an answer of its auxiliary alone
    ("a korean tailor. Maybe she has a court case? Actually no, she definitely doesn't.", {"pending_case": False}),
    ("a korean tailor. Maybe she wants to leave? Wait no, let's say she does.", {"requests_return": True}),
])
def test_notes_and_dialogue_state_facts(text, facts):
    got = read_mentions(text).facts
    assert {k: got.get(k) for k in facts} == facts


@pytest.mark.parametrize("text", [
    "Korean nurse, Kim Soo-ah:\n* wants to go home? yes\n* any court case? no",
    "my character, a korean nurse called Kim Soo-ah:\n- wants to go home? yes\n- any court case? no",
])
def test_a_line_introducing_a_list_is_read_as_its_own_sentence(text):
    # joined to the first item ("Soo-ah: wants to go home? yes") the person's line read as a label
    facts = read(text).facts
    assert facts["nationality"] == "korean" and facts["group"] == "technical_personnel"
    assert facts["requests_return"] is True and facts["pending_case"] is False
