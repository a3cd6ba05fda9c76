"""The words of development sets 45 to 47 (helper B): a trade told by its workplace or its work (a sawmill,
day labour, land farmed, a firm or a clinic of one's own, the pumps in one's charge, an experiment station),
the people a person trains and a relative's trade (not the person's), a prisoner's trade before capture, a
workplace named by its country, a nationality told as mixed, a family at home with nothing, a lecture half
understood, a past in a study circle or in jail for the cause, a way home across the river and a plea. Each
with sentences written for these tests (none is taken from the sets), and the readings they must not take."""

from __future__ import annotations

import pytest

from understanding.case_facts import read_mentions

TECHNICAL, POW, ORDINARY = "technical_personnel", "prisoner_of_war", "ordinary_national"


@pytest.mark.parametrize("text, facts", [
    # a workplace the trades lack, or one written as a single word
    ("Korean, she works in a cannery in Dalian.", {"group": ORDINARY}),
    ("Japanese man who has worked at the sawmill outside Jilin for years", {"group": ORDINARY}),
    ("he labours in a quarry near Anshan and wants to go home", {"group": ORDINARY, "requests_return": True}),
    # day labour, seasonal work
    ("Korean, lives on day labour at the Dairen docks", {"group": ORDINARY}),
    ("Japanese widow, does seasonal work on the farms around Harbin", {"group": ORDINARY}),
    # land farmed with no article
    ("an old Korean farming leased land near Yanji", {"group": ORDINARY}),
    ("She tills rented fields outside Mukden with her sons.", {"group": ORDINARY}),
    # a firm of one's own
    ("Japanese, he has run an import-export business in Dairen since 1931", {"group": ORDINARY}),
    ("Korean, owns a small transport firm in Andong", {"group": ORDINARY}),
    # a medical practice of one's own
    ("Korean woman who trained in Seoul and then opened a small clinic in Tumen", {"group": TECHNICAL}),
    ("Japanese, has run the dispensary of the county hospital since 1940", {"group": TECHNICAL}),
    # machinery in one's charge
    ("Japanese, the new management kept him on to run the pumps at the colliery", {"group": TECHNICAL}),
    ("Korean, he operates the turbines at the Fengman dam", {"group": TECHNICAL}),
    ("Japanese, runs the boiler room at a Harbin hospital", {"group": TECHNICAL}),
    # research
    ("Japanese, works at the agricultural research institute in Gongzhuling", {"group": TECHNICAL}),
    ("Japanese woman breeding new rice varieties for the northeast government", {"group": TECHNICAL}),
    # two trades in one: the head word names it
    ("a Swedish missionary nurse in Mukden", {"group": TECHNICAL}),
    # the people a person trains are others
    ("He is a Japanese engine driver and trains young Chinese firemen.", {"group": TECHNICAL}),
    ("Korean nurse, she treats wounded soldiers at the front", {"group": TECHNICAL}),
    # a prisoner's trade before capture
    ("Japanese prisoner of war, former surgeon's assistant", {"group": POW}),
    ("Korean POW, ex-mechanic, captured in 1947", {"group": POW}),
    # a workplace named by its country is not the person's nationality
    ("Korean fitter, he learnt the trade at a Japanese steel works in Anshan", {"nationality": "korean"}),
    ("Korean, her father lost his land to a Japanese development company", {"nationality": "korean"}),
    # a nationality told as mixed
    ("Kenji is Japanese I guess, but his mum is Japanese and his dad is Korean so he's mixed.",
     {"nationality": "unsure"}),
    ("a mixed japanese/korean family, he sees himself as both", {"nationality": "unsure"}),
    # a family at home with nothing, or bombed out
    ("Japanese POW. His parents in Kobe have nothing left since the fire.", {"pow_family_difficulties": True}),
    ("Japanese prisoner, his wife in Osaka was bombed out and lives with her sister now.",
     {"pow_family_difficulties": True}),
    # a lecture half understood
    ("Korean POW who follows maybe a fifth of the political lectures", {"pow_language_barrier": True}),
    ("Japanese POW. At the study meetings he catches only the odd word.", {"pow_language_barrier": True}),
    # a past in a study circle, in hiding people or in jail for the cause
    ("Korean POW. As a student he was secretly in a marxist reading circle in Seoul.",
     {"pow_early_revolutionary_work": True}),
    ("Korean POW; in the 30s his family sheltered guerrillas from the Japanese police.",
     {"pow_early_revolutionary_work": True}),
    ("Japanese POW. He was arrested in 1934 for anti-war agitation in Osaka.", {"pow_early_revolutionary_work": True}),
    # a way home across the water, and a plea
    ("Korean, lives in Andong and hopes to get back across the river to Sinuiju", {"requests_return": True}),
    ("I am a Korean seamstress in Harbin. Send me back please, I have nothing here.", {"requests_return": True}),
])
def test_words_of_sets_45_to_47_are_read(text, facts):
    read = read_mentions(text).facts
    assert {k: read.get(k) for k in facts} == facts


@pytest.mark.parametrize("text, field, value", [
    # a relative's trade is not the person's
    ("Her husband opened a clinic in Yanji. She is Korean.", "group", None),
    ("His father ran a trading company in Dalian; he is a Japanese student.", "group", ORDINARY),
    ("Her husband runs a clinic and she is a nurse there.", "group", TECHNICAL),
    # hiding from the guerrillas is no early revolutionary work
    ("Japanese POW, he hid from the guerrillas for a whole winter.", "pow_early_revolutionary_work", None),
    # the police sending him back is no request of his
    ("Korean, the police say they will send him back to Korea.", "requests_return", None),
    # going back across the river once is no wish
    ("Korean, he went back across the river in 1946 and came again in 1948.", "requests_return", None),
    # a Korean village or a Korean's job, not a workplace: still the person's nationality
    ("a Korean shipyard welder in Dairen", "nationality", "korean"),
    # a hospital stay is no practice
    ("Japanese, she had a long hospital stay last year and is a teacher.", "group", ORDINARY),
])
def test_what_these_words_must_not_read(text, field, value):
    assert read_mentions(text).facts.get(field) == value
