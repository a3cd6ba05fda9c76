"""Words for facts that development sets 51-53 (written blind) showed the reader missing, by kind, and
everyday words for money trouble and going home that no set had yet:
the person's own nationality among other people's, a writer settling a nationality, a wish with an
adverb after it, a prisoner's camp and captors, the study classes, money next to nothing, and a
greeting to the reader. Sentences written for these tests."""

from __future__ import annotations

import pytest

from understanding.case_facts import read_mentions


@pytest.mark.parametrize("text, facts", [
    # the nationality said of the person wins over the ones around them
    ("my guy is russian, sells furs, his business partner is a japanese crook", {"nationality": "other"}),
    ("Park, korean, works at a japanese-owned inn, her boss is japanese", {"nationality": "korean"}),
    ("she's japanese and lodges with a korean family who are always fighting", {"nationality": "japanese"}),
    # ... but a claim reported is no statement of it
    ("she says she's korean but her papers say japanese, nobody knows", {"nationality": "unsure"}),
    # the writer settles it
    ("idk what he is... just make her japanese, she's a cook", {"nationality": "japanese"}),
    # a wish, then an adverb
    ("korean nurse, she wants to go home actually", {"requests_return": True}),
    ("japanese pow, he doesnt want to go back really", {"requests_return": False}),
    # a prisoner's camp and captors
    ("korean soldier, been in a prisoner camp since 1948", {"group": "prisoner_of_war"}),
    ("japanese soldier, partisans grabbed him after his unit broke up", {"group": "prisoner_of_war"}),
    ("japanese, got picked up by pla soldiers in 1947 and is still held", {"group": "prisoner_of_war"}),
    # ... but a militia arrest is no capture in war
    ("korean cook, the militia took him after a brawl", {"group": "ordinary_national"}),
    # the study classes
    ("japanese pow, he cant follow the political study at all", {"pow_language_barrier": True}),
    ("korean pow who is totally lost in the reeducation lectures", {"pow_language_barrier": True}),
    ("japanese pow, the lessons are in chinese and he understands basically nothing", {"pow_language_barrier": True}),
    # money next to nothing
    ("korean porter, hardly earns anything these days", {"hardship": True}),
    ("japanese widow, she has almost no income now", {"hardship": True}),
    ("korean farmer, money's really tight since the flood", {"hardship": True}),
    ("korean trader who borrowed a lot and cant pay anyone back", {"hardship": True}),
    # family over there: a wish to go back, not to stay
    ("korean girl, wants to go and live with her aunt in pusan", {"requests_return": True}),
    ("japanese boy, he just wants to join his mum in nagoya", {"requests_return": True}),
    ("korean cook, wants to live with his son in shenyang", {"requests_return": False}),
    ("japanese teacher, already signed up for the next boat home", {"requests_return": True}),
    ("korean miner, keeps asking the police if he can go back", {"requests_return": True}),
    ("korean seamstress, married a local and is staying", {"requests_return": False}),
    ("japanese doctor, settled here for good", {"requests_return": False}),
    # second-language English: "he is korean people"
    ("My person. She is Japanese people, she sell fish.", {"nationality": "japanese"}),
    ("korean tailor, got evicted last winter", {"hardship": True}),
    ("japanese widow, its really tough to survive on her own", {"hardship": True}),
    ("korean porter, has hardly any food left", {"hardship": True}),
    ("korean clerk, low wages", {"hardship": True}),
    ("korean clerk, his wife says he is hard to live with", {"hardship": None}),
    ("japanese pow, his family in sendai is in a bad way, hardly any food", {"hardship": None}),
    # the reader greeted, not the person's trade
    ("Good morning teacher! My person is a Japanese engineer.", {"group": "technical_personnel"}),
    # a relative far off, whatever they are
    ("japanese cook. her uncle who lives in tianjin is a pow", {"group": "ordinary_national"}),
])
def test_facts_of_this_kind_are_read(text, facts):
    reading = read_mentions(text).facts
    assert {k: reading.get(k) for k in facts} == facts
