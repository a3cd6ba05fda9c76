"""The words of development set 35 (teachers building worked examples, formal write-ups, learners of
English), taught as categories: each with a sentence written for these tests and its negated form.
Sentences are not taken from the set."""

from __future__ import annotations

import pytest

from understanding.case_facts import read_mentions


@pytest.mark.parametrize("text, facts", [
    # the writer's own job beside a made-up person is not the person's
    ("Hi, I'm a geography teacher writing a scenario. My character is a Korean welder in Dalian.",
     {"nationality": "korean", "group": "technical_personnel"}),
    ("Lecturer here, preparing an exercise: a Japanese soldier held in a camp since 1946.",
     {"nationality": "japanese", "group": "prisoner_of_war"}),
    ("As a tutor, I invented this case: a Korean dentist who wants to go back to Korea.",
     {"nationality": "korean", "group": "technical_personnel", "requests_return": True}),
    # ... but a person who is a teacher is one, and so is a student speaking as the person
    ("My character is a Japanese teacher in Harbin.", {"nationality": "japanese", "group": "ordinary_national"}),
    ("She works as a teacher in Mukden, example for class.", {"group": "ordinary_national"}),
    # a place of business kept or owned, and food made for a business
    ("he runs a billiard hall near the station", {"group": "ordinary_national"}),
    ("she owns a little guesthouse in Andong", {"group": "ordinary_national"}),
    ("he fries dumplings at a diner on the corner", {"group": "ordinary_national"}),
    ("he doesn't fry dumplings at a diner, he is a chemist", {"group": "technical_personnel"}),
    # someone else taking the person to court, in a learner's tense
    ("her neighbour take her to court about the fence", {"pending_case": True}),
    ("his cousin is taking him to court over the land", {"pending_case": True}),
    # the european words for a lawsuit
    ("he is stuck in a juicio that is not over", {"pending_case": True}),
    ("she has no processo going on", {"pending_case": False}),
    # "no trial" as one item of a list after "and"
    ("no debts and no lawsuits", {"pending_case": False}),
    # no record of anything but the courts says nothing of a case; no record of trouble is no trouble
    ("there is no record of him ever being in a brawl", {"disturbs_order": False}),
    ("there is no record of his politics", {}),
    # mixed up in trouble
    ("she got embroiled in a riot at the mill", {"disturbs_order": True}),
    ("he has never been caught up in any sort of fight", {"disturbs_order": False}),
    # home named as the place one comes from
    ("he hopes to return to his home province in Japan", {"requests_return": True}),
    ("she has petitioned for being sent back to her birthplace", {"requests_return": True}),
    ("he has never asked for going back to his native village", {"requests_return": False}),
    # money: not getting by (with an adverb), no money, pay stopped, earning well, a business that thrives
    ("she cannot quite feed her children", {"hardship": True}),
    ("he doesn't have any money left after the fire", {"hardship": True}),
    ("she doesn't have money worries", {"hardship": False}),
    ("the mill quit paying her wages in spring", {"hardship": True}),
    ("the mill never stopped paying her", {"hardship": False}),
    ("he earns decent", {"hardship": False}),
    ("she runs a flourishing tailoring business", {"group": "ordinary_national", "hardship": False}),
])
def test_words_of_teachers_and_formal_writers(text, facts):
    assert read_mentions(text).facts == facts


@pytest.mark.parametrize("text, facts", [
    # a group and its cause after it ("a circle for the communist movement"), and help given to fighters
    ("Korean POW. As a youth he set up a reading club of the communist underground.",
     {"nationality": "korean", "group": "prisoner_of_war", "pow_early_revolutionary_work": True}),
    ("Japanese POW. He was never in any league tied to the communists.",
     {"nationality": "japanese", "group": "prisoner_of_war", "pow_early_revolutionary_work": False}),
    ("Korean POW who fed the partisans in his village.",
     {"nationality": "korean", "group": "prisoner_of_war", "pow_early_revolutionary_work": True}),
    ("Korean POW who never aided the guerrillas.",
     {"nationality": "korean", "group": "prisoner_of_war", "pow_early_revolutionary_work": False}),
    ("Korean POW who hid from the guerrillas.", {"nationality": "korean", "group": "prisoner_of_war"}),
    # the family anywhere, in a bad way; an aside between commas that only says where the news comes from
    ("Japanese POW. His mother in Kobe is in a dire situation.",
     {"nationality": "japanese", "group": "prisoner_of_war", "pow_family_difficulties": True}),
    ("Japanese POW. His parents in Nara are not in a bad way.",
     {"nationality": "japanese", "group": "prisoner_of_war", "pow_family_difficulties": False}),
    ("Korean POW. His wife is, from all accounts, managing fine.",
     {"nationality": "korean", "group": "prisoner_of_war", "pow_family_difficulties": False}),
    # a statement opened by what it is about
    ("Korean POW. What he did was join an anti-war league in 1938.",
     {"nationality": "korean", "group": "prisoner_of_war", "pow_early_revolutionary_work": True}),
    ("Korean POW. What he wants more than anything is to go home.",
     {"nationality": "korean", "group": "prisoner_of_war", "requests_return": True}),
    ("Korean POW. What he wants is to stay in China.",
     {"nationality": "korean", "group": "prisoner_of_war", "requests_return": False}),
])
def test_a_prisoners_past_and_family_in_formal_words(text, facts):
    assert read_mentions(text).facts == facts


@pytest.mark.parametrize("text, facts", [
    # a first guess asked, then corrected: what it does not correct stays
    ("Japanese cook? no wait, he is a mechanic.", {"nationality": "japanese", "group": "technical_personnel"}),
    ("Japanese? no wait, not Japanese, Korean.", {"nationality": "korean"}),
    # papers of one country, the person's own word for another
    ("his file lists him as Korean, but he insists he is Japanese", {"nationality": "unsure"}),
    # the Taglish word for trouble and for being hard up
    ("she is hirap na", {"hardship": True}),
    ("never any gulo with the neighbours", {"disturbs_order": False}),
])
def test_corrections_papers_and_mixed_languages(text, facts):
    assert read_mentions(text).facts == facts
