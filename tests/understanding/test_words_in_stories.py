"""Case facts told in a story's everyday words (understanding/story_lexicon.py and the rows beside it):
a family that cannot be fed, pay that does not come, a prisoner who cannot follow the discussion, a
wish to be shipped home, a job said again after a taking back; each with a negated or opposite form.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from understanding.case_facts import read_mentions

POW = "a japanese prisoner of war. "


@pytest.mark.parametrize("text, field, value", [
    # money: the family unfed, belongings sold to eat, pay that does not come, not a penny
    ("a korean widow who can't afford to feed her three children", "hardship", True),
    ("he is a cobbler and has never been unable to feed his family", "hardship", False),
    ("she pawned her winter coat and her bracelet to buy rice", "hardship", True),
    ("he has never had to sell his tools to buy food", "hardship", False),
    ("a clerk whose salary has been withheld since march", "hardship", True),
    ("a clerk whose salary has never been late", "hardship", False),
    ("she makes next to nothing at the laundry", "hardship", True),
    ("an old porter, not a penny to his name", "hardship", True),
    ("he lives with his brother in a leaky shack by the river", "hardship", True),
    ("a tailor who is paid decently, and food is not a problem for them", "hardship", False),
    ("the family lives well on his wages", "hardship", False),
    # the courts: no trouble there, nothing open, not facing anything
    ("a cook who has no trouble with the courts", "pending_case", False),
    ("there are no lawsuits pending against the shopkeeper", "pending_case", False),
    ("he is not facing any charges", "pending_case", False),
    ("he is facing charges for the theft", "pending_case", True),
    # order: got in trouble or never did, police business or none
    ("a dockhand who got into some kind of trouble last spring", "disturbs_order", True),
    ("a nurse who has never gotten in any sort of trouble", "disturbs_order", False),
    ("a barber. no police business, no court business", "disturbs_order", False),
    # asking to go home: shipped home, the children taken along, back to the family, for good
    ("he has asked to be shipped back to japan", "requests_return", True),
    ("he does not want to be shipped home", "requests_return", False),
    ("she hopes to take the children back home to pusan", "requests_return", True),
    ("she has no plan to take her daughter back to korea", "requests_return", False),
    ("her husband is in sendai and she longs to go back to him", "requests_return", True),
    ("his parents went home in 1946 and he wants to join them", "requests_return", True),
    ("he asked to return to japan for good", "requests_return", True),
    # Taglish: "gusto niyang umuwi" (wants to go home), "ayaw niyang umuwi", "walang kaso", "nakipag-away"
    ("korean siya, gusto niyang umuwi sa korea", "requests_return", True),
    ("korean siya pero ayaw niyang umuwi", "requests_return", False),
    ("a japanese cook, walang kaso sa korte", "pending_case", False),
    ("a korean farmer who never nakipag-away with anyone", "disturbs_order", False),
    # a prisoner and the classes: not a word, no interpreter, the discussion lost on him
    (POW + "in the study sessions he can't understand a word", "pow_language_barrier", True),
    (POW + "nobody translates for him and the interpreter rarely shows up", "pow_language_barrier", True),
    (POW + "mandarin is not really his strong point", "pow_language_barrier", True),
    (POW + "he cannot keep up with the group discussions", "pow_language_barrier", True),
    (POW + "he can follow the group discussions", "pow_language_barrier", None),
    # a prisoner's early work: messages and arms carried, a group organised, a party's section worked for
    (POW + "back in 1938 he ran supplies for the eighth route army", "pow_early_revolutionary_work", True),
    (POW + "he never carried messages for the underground", "pow_early_revolutionary_work", False),
    (POW + "in 1940 he helped set up an anti-war league in the camp", "pow_early_revolutionary_work", True),
    (POW + "he did not organise any anti-war group", "pow_early_revolutionary_work", False),
    (POW + "in 1941 he worked for the communists' newspaper", "pow_early_revolutionary_work", True),
    (POW + "he has nothing to do with the communists or the resistance", "pow_early_revolutionary_work", False),
    (POW + "he never did anything anti-war or political", "pow_early_revolutionary_work", False),
    (POW + "his wife writes that she was evicted", "pow_family_difficulties", True),
])
def test_facts_told_in_a_story(text, field, value):
    assert read_mentions(text).facts.get(field) == value


@pytest.mark.parametrize("text, facts", [
    # a job said again after a taking back; a job not said again stays taken back
    ("she has a phd but she is not a physician, she is a geologist", {"group": "technical_personnel"}),
    ("he was a mechanic - no wait, not a mechanic, a baker", {"group": "ordinary_national"}),
    # the people the person works on are not the person: "trains chinese welders"
    ("a korean engineer hired to train chinese workers", {"group": "technical_personnel"}),
    # another person's job after the relative: "her husband ...: he is a porter"
    ("she is a dentist. her husband is another story: he is a porter", {"group": "technical_personnel"}),
    # work in the fields, an old person of no trade, lessons given
    ("a japanese girl who labours in the rice paddies for a farmer", {"group": "ordinary_national"}),
    ("a japanese old man living alone in dalian", {"group": "ordinary_national"}),
    ("his korean grandpa lives with them", {"group": None}),
    ("she came to tianjin to teach music", {"group": "ordinary_national"}),
    # a nationality left open, or someone else's
    ("perhaps japanese, perhaps korean, the papers were lost", {"nationality": "unsure"}),
    ("she has a two-passports kind of history", {"nationality": "unsure"}),
    ("a korean welder who stays because of his chinese fiancee", {"nationality": "korean"}),
])
def test_who_the_person_is_in_a_story(text, facts):
    found = read_mentions(text).facts
    assert {k: found.get(k) for k in facts} == facts
