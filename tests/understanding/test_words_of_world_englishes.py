"""The words of development set 39 (writers of Singaporean, Indian, Irish, Australian, Southern US, South African
and Nigerian English, and learners of English), taught as categories: each with a sentence written for these
tests and, where the category has one, its negated form. Sentences are not taken from the set."""

from __future__ import annotations

import pytest

from understanding.case_facts import read_mentions


@pytest.mark.parametrize("text, facts", [
    # a Singlish particle after the wish ("go back one", "go home lah")
    ("she wants to go back lah", {"requests_return": True}),
    ("he don't want to be sent home one", {"requests_return": False}),
    # the South's "fixin' to" and "get on home"
    ("she's fixin' to head on back to Korea", {"requests_return": True}),
    ("he's been fixing to get on home", {"requests_return": True}),
    ("he ain't fixin' to go nowhere", {"requests_return": False}),
    # Ireland's "let home"
    ("she's begging to be let home to Osaka", {"requests_return": True}),
    ("he never asked to be let go home", {"requests_return": False}),
    # Indian English "interested to go back", "desirous of returning"
    ("he is very much interested to return to his homeland", {"requests_return": True}),
    ("she is not interested to go back", {"requests_return": False}),
    ("he is desirous of going back home", {"requests_return": True}),
    # money fine without a verb, or enough to live
    ("money also okay, she got enough to survive", {"hardship": False}),
    ("he hasn't got enough to live", {"hardship": True}),
    ("money still not enough lah", {"hardship": True}),
    # money in Dublin's, Sydney's, Lagos's and Johannesburg's words
    ("she's grand for money", {"hardship": False}),
    ("he's cashed up these days", {"hardship": False}),
    ("money wise she okay", {"hardship": False}),
    ("he no get money at all", {"hardship": True}),
    ("she is battling to put food on the table", {"hardship": True}),
    # a negator the dialect doubles ("ain't got no money") still says one no
    ("he ain't got no money", {"hardship": True}),
    ("she never had nothing to eat", {"hardship": True}),
    ("he ain't got no money problems", {"hardship": False}),
    ("she ain't going nowhere", {"requests_return": False}),
    ("he don't speak no mandarin", {"pow_language_barrier": True}),
    # a trouble's smallest measure
    ("she never caused the least bit of bother to the neighbours", {"disturbs_order": False}),
    ("he caused a spot of trouble at the market", {"disturbs_order": True}),
    # fights had, and fights in Australian slang
    ("she has had a few scraps with the guards", {"disturbs_order": True}),
    ("he has never had any brawls in the barracks", {"disturbs_order": False}),
    ("he got into a stoush with a policeman", {"disturbs_order": True}),
    # the lessons beyond him in idiom ("head nor tail", "a lick of")
    ("he can't make head or tail of the lectures", {"pow_language_barrier": True}),
    ("she cain't follow a lick of the mandarin in them classes", {"pow_language_barrier": True}),
    ("he doesn't understand a blind word of the teachers", {"pow_language_barrier": True}),
    # the language fine without a verb
    ("his mandarin very good, no need interpreter", {"pow_language_barrier": False}),
    ("the political classes no problem for her", {"pow_language_barrier": False}),
    # the family's troubles faced, or none had
    ("his parents back in Pusan are facing severe poverty", {"pow_family_difficulties": True}),
    ("her family members in Nagoya are going through lots of difficulties", {"pow_family_difficulties": True}),
    ("his family is not facing any hardship", {"pow_family_difficulties": False}),
    ("his wife at home has no problem", {"pow_family_difficulties": False}),
    ("her family has no special difficulty", {"pow_family_difficulties": False}),
    # early work, denied with "participate"
    ("he did not participate in any early revolutionary work", {"pow_early_revolutionary_work": False}),
    ("she never participated in political activities", {"pow_early_revolutionary_work": False}),
    # Indian English's progressive, "nuisance" and "up to the mark"
    ("she is not having any money these days", {"hardship": True}),
    ("he is knowing Mandarin quite well", {"pow_language_barrier": False}),
    ("his Mandarin is not up to the mark", {"pow_language_barrier": True}),
    ("she is creating nuisance in the lane", {"disturbs_order": True}),
    ("he is not creating any nuisance", {"disturbs_order": False}),
    ("she is desiring to return to her motherland", {"requests_return": True}),
    # a pupil, a vet, a player in a band, a trade "done"
    ("he is doing business of silk in Tianjin", {"group": "ordinary_national"}),
    ("she is 13 and she goes to middle school in Harbin", {"group": "ordinary_national"}),
    ("a Japanese vet who treats horses at a co-op", {"group": "technical_personnel"}),
    ("a Korean war vet, captured in 1946, now a pow", {"group": "prisoner_of_war"}),
    ("a Filipino saxophone player in a hotel orchestra", {"group": "ordinary_national"}),
    # a nationality unclear: "isn't sure", "not clear", papers that disagree
    ("he says Korean, but even he isn't sure what he is", {"nationality": "unsure"}),
    ("her nationality is not clear, the papers show conflicting things", {"nationality": "unsure"}),
])
def test_words_of_world_englishes(text: str, facts: dict[str, object]) -> None:
    read = read_mentions(text).facts
    assert {k: read.get(k) for k in facts} == facts


@pytest.mark.parametrize("text, field", [
    # another's school, another's trouble: the person's facts are not stated
    ("his son goes to school in Dalian", "group"),
    ("his family members in Korea are facing lots of difficulties", "hardship"),
])
def test_others_in_world_englishes(text: str, field: str) -> None:
    assert field not in read_mentions(text).facts
