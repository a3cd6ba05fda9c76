"""The everyday words students use for the case facts (development set 27): home as the people who
wait there, pay and trade told as decent or as nothing, office requests, courts still busy, trouble
with nobody, noise in the classes, leaflets, a sick child at home, the languages someone works in,
work told by what is done, slang for trades. Each category with a negated form. Sentences written
for these tests, not taken from any case set."""

from __future__ import annotations

import pytest

from understanding.case_facts import read_mentions

CASES = [
    # going home told by who waits there, or by a country named with "the"
    ("she wants to return to her mother in Busan", {"requests_return": True}),
    ("she does not want to return to her mother in Busan", {"requests_return": False}),
    ("he has asked to join his wife and kids", {"requests_return": True}),
    ("he has never asked to rejoin his family", {"requests_return": False}),
    ("she hopes to head back to the Soviet Union", {"requests_return": True}),
    # a wish told with what comes first
    ("she plans to sell her stall and head home to Korea", {"requests_return": True}),
    ("he does not want to close the workshop and go back to Japan", {"requests_return": False}),
    # asked an office for leave to go
    ("he applied to the police bureau for permission to return", {"requests_return": True}),
    ("she never asked the camp office for permission to leave", {"requests_return": False}),
    # content to stay
    ("she is okay with staying in Dalian", {"requests_return": False}),
    # pay, trade and money told as fine
    ("his wages are pretty decent", {"hardship": False}),
    ("trade at her stall is steady", {"hardship": False}),
    ("money is no object for him", {"hardship": False}),
    ("she is the wealthiest woman in the village", {"hardship": False}),
    ("he is not the richest man in the village", {}),
    # nothing earned, pay withheld, loans, meals counted
    ("he earns next to nothing", {"hardship": True}),
    ("she cannot earn a penny since the mill shut", {"hardship": True}),
    ("the laundry pays her very little", {"hardship": True}),
    ("the school has not paid him for three months", {"hardship": True}),
    ("she is living on loans from her cousin", {"hardship": True}),
    ("she does not live on borrowed money", {"hardship": False}),
    ("he eats once per day", {"hardship": True}),
    ("the mine cannot pay wages so he is badly struggling", {"hardship": True}),
    ("she cannot afford the rent or the coal", {"hardship": True}),
    ("his pay too low, he cannot survive on it", {"hardship": True}),
    # a court still busy, or nothing before it
    ("the theft charge has not been heard yet", {"pending_case": True}),
    ("her inheritance dispute is still dragging on through the courts", {"pending_case": True}),
    ("he is in the middle of divorce proceedings", {"pending_case": True}),
    ("there are no divorce proceedings", {"pending_case": False}),
    ("no lawsuit is going on against her in court", {"pending_case": False}),
    # trouble with nobody, a clean life, things smashed
    ("she has never had problems with the neighbours", {"disturbs_order": False}),
    ("he has had trouble with the neighbours", {"disturbs_order": True}),
    ("he would not hurt a fly", {"disturbs_order": False}),
    ("she has never so much as littered", {"disturbs_order": False}),
    ("he trashed the mess hall in a rage", {"disturbs_order": True}),
    ("he never smashed up the canteen", {"disturbs_order": False}),
    # whose trouble: the other person's clause ends where the person comes back
    ("her cousin was arrested for brawling but Lee herself has never been in trouble", {"disturbs_order": False}),
    # the classes are noise; a share of words; no Chinese at all
    ("japanese pow. the lectures in the barracks are pure gibberish to him", {"pow_language_barrier": True}),
    ("korean pow. he catches maybe one word in twenty", {"pow_language_barrier": True}),
    ("japanese pow, knows zero mandarin", {"pow_language_barrier": True}),
    ("japanese pow. the study sessions are no longer noise to him, he follows them fine",
     {"pow_language_barrier": False}),
    # the work told by its tools
    ("japanese pow who wrote anti-war leaflets for the eighth route army in 1941",
     {"pow_early_revolutionary_work": True}),
    ("japanese pow who never wrote leaflets for anyone", {"pow_early_revolutionary_work": False}),
    ("korean pow. he was never one of the prisoners who joined the communists",
     {"pow_early_revolutionary_work": False}),
    ("korean pow. he has not done anything political", {"pow_early_revolutionary_work": False}),
    # a child sick at home, the land about to go, no one to work it
    ("korean pow. his little one back in Korea is gravely ill", {"pow_family_difficulties": True}),
    ("japanese pow. his mother may lose the family farm, nobody left to work the fields",
     {"pow_family_difficulties": True}),
    ("japanese pow. his mother is not about to lose the farm", {"pow_family_difficulties": False}),
    # nationality: armies, languages, a list of languages, a choice not yet made
    ("a korean, conscripted by the japanese in 1944", {"nationality": "korean"}),
    ("he is korean, he served in the japanese imperial army", {"nationality": "korean"}),
    ("she is korean and speaks a little japanese", {"nationality": "korean"}),
    ("korean translator at a bank (korean/japanese/chinese)", {"nationality": "korean"}),
    ("i have not decided yet whether she is korean or japanese", {"nationality": "unsure"}),
    ("i have decided she is korean", {"nationality": "korean"}),
    # work told by what is done, former army jobs, slang for trades
    ("he unloads barges on the river", {"group": "ordinary_national"}),
    ("she sings at a cabaret in Shanghai", {"group": "ordinary_national"}),
    ("she does not sing in a club, she is an engineer", {"group": "technical_personnel"}),
    ("a former army mechanic captured in 1945", {"group": "prisoner_of_war"}),
    ("my guy is a wharfie in Tianjin", {"group": "ordinary_national"}),
    ("she wants to balik kampung", {"requests_return": True}),
    ("she does not want to balik kampung", {"requests_return": False}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_words_of_everyday_life(text, expected):
    facts = read_mentions(text).facts
    if not expected:
        assert "hardship" not in facts
    for field, value in expected.items():
        assert facts.get(field) == value, (text, facts)
