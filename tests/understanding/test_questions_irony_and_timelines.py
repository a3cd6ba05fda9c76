"""A question before the description, irony, and facts that no longer hold: the person's facts are
read from what is said of them, not from what is asked, mocked or over. Our own phrasings."""
import pytest

from understanding.case_facts import read_mentions

ASKED_THEN_DESCRIBED = [
    # who the question names is the person the statements go on about
    ("Would a Japanese doctor count as technical personnel? He is desperate to go home and has no money.",
     {"nationality": "japanese", "group": "technical_personnel", "requests_return": True, "hardship": True}),
    ("Does being in court matter for a Korean POW? Mine isn't in court, and his family is doing fine.",
     {"nationality": "korean", "group": "prisoner_of_war", "pending_case": False}),
    # ... unless the statements say the person is someone else
    ("Would a Japanese engineer be allowed to go? My person is a Korean farmer, she is poor.",
     {"nationality": "korean", "group": "ordinary_national", "hardship": True}),
    # ... and a statement about somebody else carries nothing over
    ("Is a Korean nurse technical personnel? My friend thinks so.", {"nationality": None, "group": None}),
    # a short answer says whether the one fact asked about holds
    ("if my woman was rowdy would she be sent back? she isn't though. korean cook, poor",
     {"disturbs_order": False, "hardship": True}),
    ("What if a Korean POW had a lawsuit? My character doesn't, but he wants to go home.",
     {"nationality": "korean", "group": "prisoner_of_war", "pending_case": False, "requests_return": True}),
    ("how is someone treated who has never asked to go home? my japanese cook has, he asks every week.",
     {"requests_return": True}),
    ("Picture a POW whose family is starving, what then? Not my guy: he is a japanese pow and poor.",
     {"pow_family_difficulties": False}),
    # the question's own outcome is no part of the person it describes
    ("would a japanese clerk who wants to leave be allowed? she has a court case",
     {"requests_return": True, "pending_case": True}),
]

MOCKED = [
    ("oh right, like Kim would ever start a brawl. korean baker, broke.", {"disturbs_order": False, "hardship": True}),
    ("As if he wants to go home. japanese surgeon with a huge salary", {"requests_return": False}),
    ("a real angel, unless you count the brawls at the docks. korean docker", {"disturbs_order": True}),
    ("korean seamstress, she is 'perfectly' fine for money, she skips meals", {"hardship": True}),
    ("'Poor?' Hardly. japanese engineer at the mill", {"hardship": False}),
    # after the self-given answer the sentence goes on about him
    ("korean porter. troublemaker? nope, he's the meekest man in Dalian", {"disturbs_order": False}),
    # a quoted title is no scare quote
    ("korean, his job title is 'engineer'", {"group": "technical_personnel"}),
]

NO_LONGER = [
    ("korean docker. last winter she was arrested in a riot, but since then she has been no trouble at all",
     {"disturbs_order": False}),
    ("japanese nurse; at first she asked to be sent home, but she changed her mind when she was promoted",
     {"requests_return": False}),
    # a change of mind undoes the wish and nothing else said with it
    ("korean farmer who was poor and did not want to leave, but he changed his mind",
     {"hardship": True, "requests_return": True}),
]


@pytest.mark.parametrize("text, expected", ASKED_THEN_DESCRIBED + MOCKED + NO_LONGER)
def test_the_persons_own_facts_are_read(text, expected):
    facts = read_mentions(text).facts
    assert {k: facts.get(k) for k in expected} == expected, facts
