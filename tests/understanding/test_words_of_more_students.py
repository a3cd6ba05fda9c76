"""More students' everyday words for the case facts, each with its negation: money that cannot cover
the expenses, a business gone into loss, too little pay to live on, Australian and Indian English idiom,
the time to go home, a fight one was in, a blow with a bottle, lessons that mean nothing, the writer's
own schooling beside the person, and a widow's inheritance in court. Sentences written for these tests."""

from __future__ import annotations

import pytest

from understanding.case_facts import read_mentions


@pytest.mark.parametrize("text, facts", [
    # expenses, losses, too little pay
    ("she can't cover her basic living costs", {"hardship": True}),
    ("she can cover her basic living costs", {"hardship": False}),
    ("he is unable to meet the household bills", {"hardship": True}),
    ("his noodle shop went into loss last winter", {"hardship": True}),
    ("the stall has been losing money for months", {"hardship": True}),
    ("he struggles to pay the rent", {"hardship": True}),
    ("she doesn't struggle to pay the rent", {"hardship": False}),
    ("he isn't paid enough to survive", {"hardship": True}),
    ("he is paid enough to survive", {"hardship": False}),
    ("she can't get enough customers to feed her kids", {"hardship": True}),
    ("his wages are not enough", {"hardship": True}),
    ("she has not got any cash", {"hardship": True}),
    ("he's on the breadline", {"hardship": True}),
    ("she could hardly afford rice", {"hardship": True}),
    ("he gets by, but barely", {"hardship": True}),
    ("no worries about money", {"hardship": False}),
    # the time to go home, staying with a shrug
    ("he thinks it's time to go home", {"requests_return": True}),
    ("he doesn't think it's time to go back", {"requests_return": False}),
    ("she's staying anyway", {"requests_return": False}),
    ("she wishes to return to her native place", {"requests_return": True}),
    ("she does not wish to return to her native place", {"requests_return": False}),
    # a fight one was in, a blow with a thing, crime denied in slang
    ("he landed in a brawl outside a teahouse", {"disturbs_order": True}),
    ("he was in two fights last year", {"disturbs_order": True}),
    ("he wasn't in any fight", {"disturbs_order": False}),
    ("he has never been in a brawl", {"disturbs_order": False}),
    ("they came to blows at the docks", {"disturbs_order": True}),
    ("he never came to blows with anyone", {"disturbs_order": False}),
    ("she got into a pushing match with a guard", {"disturbs_order": True}),
    ("smashed a bottle over a man's head", {"disturbs_order": True}),
    ("he hit a guard with a shovel", {"disturbs_order": True}),
    ("she never did anything dodgy", {"disturbs_order": False}),
    ("he did something shady at the port", {"disturbs_order": True}),
    # a case nobody brings, an inheritance in court
    ("nobody's suing him", {"pending_case": False}),
    ("his landlord is suing him", {"pending_case": True}),
    ("his father's land is stuck in a court case that is still going", {"pending_case": True}),
])
def test_facts_in_more_students_words(text, facts):
    assert read_mentions(text).facts == facts


@pytest.mark.parametrize("text, field, value", [
    # lessons that mean nothing to a prisoner
    ("a japanese pow. the political lectures mean nothing to him, he has no chinese", "pow_language_barrier", True),
    ("a korean pow. the lessons mean a lot to him, his chinese is good", "pow_language_barrier", False),
    # a widow's inheritance is her own case; her husband's brother's trouble is not
    ("korean widow. her husband's estate is tied up in a lawsuit that is still going", "pending_case", True),
    ("korean widow. her husband's brother has a lawsuit that is still going", "pending_case", None),
])
def test_a_fact_of_the_person_not_of_a_word(text, field, value):
    assert read_mentions(text).facts.get(field) == value


@pytest.mark.parametrize("text, group", [
    ("he pulled a rickshaw around the station", "ordinary_national"),
    ("she drove a cart for the brewery", "ordinary_national"),
    ("he was a small-time smuggler on the border", "ordinary_national"),
    ("she works as a pickpocket at the station", "ordinary_national"),
    # the writer's own schooling is not the person's job
    ("Hi. I am Korean university student. My character is a Japanese doctor in Dalian.", "technical_personnel"),
    ("I'm a high school student from Busan and my person is a Japanese engineer.", "technical_personnel"),
])
def test_what_a_person_does_in_more_words(text, group):
    assert read_mentions(text).facts["group"] == group


@pytest.mark.parametrize("text", [
    "he never pulled a rickshaw, he is a chemist",
    "she is not a thief, she is an engineer",
])
def test_a_denied_job_is_not_the_group(text):
    assert read_mentions(text).facts.get("group") == "technical_personnel"
