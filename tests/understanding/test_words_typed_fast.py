"""The words of development set 36 (students typing fast on phones: no capitals, chat abbreviations,
misspellings, run-ons), taught as categories: each with a sentence written for these tests and its
negated form. Sentences are not taken from the set."""

from __future__ import annotations

import pytest

from understanding.case_facts import read_mentions


@pytest.mark.parametrize("text, facts", [
    # filler "like" before an amount earned; a run-on's new clause after "nothing"
    ("she sews shirts n earns like nothing cant even buy rice", {"hardship": True}),
    ("he drives a cart makes like zero bc nobody hires him", {"hardship": True}),
    ("he makes basicly nothing cant pay his rent", {"hardship": True}),
    ("she has nothing doesnt even own a coat", {"hardship": True}),
    ("he does not make like nothing, his pay is good", {"hardship": False}),
    ("she has no money wants to go back to japan", {"hardship": True, "requests_return": True}),
    ("hes got nothing left asked to be sent home", {"requests_return": True}),
    ("he has no money doesnt want to go back tho", {"hardship": True, "requests_return": False}),
    ("she has zero plans to leave china", {"requests_return": False}),
    # barely any money made
    ("she barely earns any cash selling noodles", {"hardship": True}),
    ("he hardly makes enough money for food", {"hardship": True}),
    ("he makes barely any money at the port", {"hardship": True}),
    ("hes a porter, gets paid zilch", {"hardship": True}),
    ("he makes plenty of money at the port", {"hardship": False}),
    # "broke" after a note's noun, before its next clause
    ("korean cook in dalian broke wants to go back", {"hardship": True, "requests_return": True}),
    ("japanese barber in mukden broke needs help", {"hardship": True}),
    ("korean cook in dalian not broke wants to go back", {"hardship": False, "requests_return": True}),
    ("korean driver his truck broke needs fixing", {"hardship": None}),
    ("korean cook. his brothers are both broke and want to leave", {"hardship": None}),
    ("korean cook, a fight broke out and wants to go home", {"hardship": None}),
    # money told first, then "so he's fine"
    ("his uncle sends him cash every month so hes fine", {"hardship": False}),
    ("she gets paid ok so shes good", {"hardship": False}),
    ("his wages got cut so he isnt fine anymore", {"hardship": True}),
    # a list of "no"s with no commas
    ("korean tailor no fights no court", {"pending_case": False, "disturbs_order": False}),
    ("no court stuff no fights no money problems", {"pending_case": False, "disturbs_order": False,
                                                    "hardship": False}),
    # "get" for "understand" of the lessons
    ("korean pow, the lectures r in mandarin which he cant get at all", {"pow_language_barrier": True}),
    ("japanese pow he doesnt get a word of the classes", {"pow_language_barrier": True}),
    ("japanese pow he doesnt even get the lessons bc theyre in chinese", {"pow_language_barrier": True}),
    ("japanese pow he gets the lessons fine", {"pow_language_barrier": False}),
    ("korean pow, doesnt get paid for the camp work", {"group": "prisoner_of_war"}),
    # the words not understood, with the run-on going on
    ("japanese pow he cant follow a single word lol so the officers r mad", {"pow_language_barrier": True}),
    ("korean pow, he doesnt understand one word tbh", {"pow_language_barrier": True}),
    ("korean pow, he follows the lectures fine tbh", {"pow_language_barrier": False}),
    ("korean pow his lessons r in chinese n he cant get em at all", {"pow_language_barrier": True}),
    ("japanese pow he dont get nothin in the lectures", {"pow_language_barrier": True}),
    # chat fillers and "rly" say nothing ("ngl" is no "not")
    ("she doesnt wanna go back ngl", {"requests_return": False}),
    ("he rly wants to go back lol", {"requests_return": True}),
    ("he doesnt rly want to go home tbh", {"requests_return": False}),
    ("hes broke smh wants to leave china", {"hardship": True, "requests_return": True}),
    # a double negative is one; "ain't" for "isn't"
    ("she aint got no money for rent", {"hardship": True}),
    ("he dont have no job rn", {"hardship": True}),
    ("he aint broke, makes good money", {"hardship": False}),
    ("she aint got no court case", {"pending_case": False}),
    # a beating given (not taken)
    ("he beat some dude up outside a bar", {"disturbs_order": True}),
    ("she never beat anybody up", {"disturbs_order": False}),
    ("korean porter, he got beat up by two guys", {"disturbs_order": None}),
    # paid nothing
    ("korean cook, gets paid basically nothing", {"hardship": True}),
    ("japanese clerk, he is not paid nothing, his pay is decent", {"hardship": False}),
    # political work for the communists, or none
    ("korean pow did political stuff for the party back in 46", {"pow_early_revolutionary_work": True}),
    ("japanese pow never did any political stuff", {"pow_early_revolutionary_work": False}),
    # indifference to going home
    ("she isnt bothered about going back", {"requests_return": False}),
    ("he doesnt even care about going home", {"requests_return": False}),
    # a kin word's "'s" without its apostrophe
    ("japanese pow his wifes been sick for months", {"pow_family_difficulties": True}),
    ("korean pow his moms fine back home", {"pow_family_difficulties": False}),
    # a nationality that is "a mess"
    ("his nationality is kind of a mess, korean mom japanese dad", {"nationality": "unsure"}),
    ("her citizenship is complicated tbh", {"nationality": "unsure"}),
    ("his nationality is no mystery, hes korean", {"nationality": "korean"}),
    ("his nationality isnt complicated, hes korean", {"nationality": "korean"}),
    ("her nationality is not a mess at all, shes japanese", {"nationality": "japanese"}),
    # a trade told by its animals
    ("she herds goats outside of hailar", {"group": "ordinary_national"}),
    ("he raises pigs on a small plot in jilin", {"group": "ordinary_national"}),
    ("hes a japanese engineer his dad herds cattle", {"group": "technical_personnel"}),
])
def test_words_typed_fast(text, facts):
    read = read_mentions(text).facts
    for field, value in facts.items():
        assert read.get(field) == value, (text, field, read)


@pytest.mark.parametrize("text, group", [
    ("she teaches korean kids", "ordinary_national"),                        # a teacher; the kids are her pupils
    ("japanese pow, his mate has a sick wife and starving kids at home", "prisoner_of_war"),
    ("my person is a korean kid who sells papers", "ordinary_national"),    # one child: a child's group
    ("japanese man, teaches maths at a little school", "ordinary_national"),
])
def test_children_in_the_plural_are_other_people(text, group):
    reading = read_mentions(text)
    assert reading.facts.get("group") == group
    assert "kids" not in reading.unsure.get("group", ("", ""))[1]
