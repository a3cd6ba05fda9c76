"""The words students use for women, elders and children and the lives around them (development set
34): last days wanted at home, a child asking the way back, "in a heartbeat", a native place, a rich
employer's money that is not the person's, an understatement, a financial crunch, never once in a
court, an accusation that states no crime, slang for fights, hired thugs, the person's own language
only, kin disabled back home, work gathered and sold, a relative told by where they live, a prisoner
named as one, a bracket that says who the person is. Each category with a negated form. Sentences
written for these tests, not taken from any case set."""

from __future__ import annotations

import pytest

from understanding.case_facts import read_mentions

CASES = [
    # last days at home
    ("the old woman only wants to die in Korea", {"requests_return": True}),
    ("he hopes to be buried in his home village near Osaka", {"requests_return": True}),
    ("grandpa Lim does not want to die in Korea, his grave will be here", {"requests_return": False}),
    ("she longs to see Japan again before she dies", {"requests_return": True}),
    # a child asking the way back
    ("the boy asks everyone how to get back to his mother", {"requests_return": True}),
    ("the girl keeps asking when she can go home", {"requests_return": True}),
    ("she never asks anyone how to get back to Korea", {"requests_return": False}),
    # eager at once, even with a condition
    ("she would go home tomorrow if somebody allowed her", {"requests_return": True}),
    ("the old man would head back to Korea like a shot", {"requests_return": True}),
    ("he would jump at the chance to go back", {"requests_return": True}),
    ("he would not jump at the chance to go back", {"requests_return": False}),
    # a word between the wish and its verb
    ("the widow would dearly love to return to Japan", {"requests_return": True}),
    ("she wouldn't really like to go home", {"requests_return": False}),
    # a native place for home
    ("the grandmother hopes to return to her native place in Korea", {"requests_return": True}),
    ("he doesn't wish to go back to his ancestral village", {"requests_return": False}),
    # another's money is not the person's; an understatement says nothing
    ("she is a nanny for a wealthy merchant in Dalian", {"hardship": None}),
    ("he cooks for a rich family and his pay is tiny", {"hardship": True}),
    ("she is not exactly rich but she manages fine", {"hardship": False}),
    # money troubles in other words
    ("the widow is in a financial crunch and cannot meet her daily expenses", {"hardship": True}),
    ("she is not facing any financial crunch", {"hardship": False}),
    ("the family has no money worries", {"hardship": False}),
    ("the family can't make both ends meet", {"hardship": True}),
    # never once before a court; a trial still to come
    ("the old lady never went to court in her life", {"pending_case": False}),
    ("he has never been in a fight or in a court", {"pending_case": False, "disturbs_order": False}),
    ("the hearing's not happened yet", {"pending_case": True}),
    ("nobody's taken her to court", {"pending_case": False}),
    # an accusation states no crime; a theft denied or told
    ("a neighbour accused her of stealing rice", {"disturbs_order": None}),
    ("she has never stolen anything", {"disturbs_order": False}),
    ("the boy has stolen from market stalls", {"disturbs_order": True}),
    # fights in slang, and violence by hired men
    ("he had a barney with the landlord", {"disturbs_order": True}),
    ("she never had a dust-up with anyone", {"disturbs_order": False}),
    ("the merchant hired goons to break up a strike", {"disturbs_order": True}),
    ("he never hired thugs", {"disturbs_order": False}),
    ("a quiet grandmother, no trouble at all", {"disturbs_order": False}),
    # the person's own language only, the lessons in another
    ("korean pow, he can only speak Korean", {"pow_language_barrier": True}),
    ("japanese pow who only really speaks japanese", {"pow_language_barrier": True}),
    ("korean pow, he can't follow the Mandarin-language lectures", {"pow_language_barrier": True}),
    ("korean pow, he sits through the study sessions totally lost", {"pow_language_barrier": True}),
    ("korean pow, his chinese is fluent so the lessons are no problem", {"pow_language_barrier": False}),
    # no politics before capture
    ("japanese pow, he was never involved in any political movement", {"pow_early_revolutionary_work": False}),
    # kin disabled back home; the harvest left undone
    ("korean pow. his father in Sendai is crippled", {"pow_family_difficulties": True}),
    ("korean pow. his mother back home went blind", {"pow_family_difficulties": True}),
    ("korean pow. his father in Sendai is not paralysed", {"pow_family_difficulties": False}),
    ("japanese pow. his wife cannot manage the harvest", {"pow_family_difficulties": True}),
    # work gathered and sold, trades told as "doing", elders' and children's work
    ("she gathers wild mushrooms in the forest and sells them", {"group": "ordinary_national"}),
    ("the boy collects scrap metal to sell", {"group": "ordinary_national"}),
    ("she is doing fish vending at the harbour", {"group": "ordinary_national"}),
    ("he is a shoe-shiner at the station", {"group": "ordinary_national"}),
    ("a korean farm woman near Yanji", {"group": "ordinary_national", "nationality": "korean"}),
    ("she is a wet nurse for a Chinese family", {"group": "ordinary_national"}),
    ("he used to have a noodle shop", {"group": "ordinary_national"}),
    ("she is not a farm woman, she is a chemist", {"group": "technical_personnel"}),
    # a relative told by where they live is not the person
    ("his brother in Seoul is a doctor. he sells eggs at the market", {"group": "ordinary_national"}),
    # a prisoner named as one, whatever else is said first
    ("captured in 1946, he is now a prisoner of war. his mum back home is a seamstress", {"group": "prisoner_of_war"}),
    # a bracket that says who the person is; a uniform is not a nationality
    ("Corporal Ueda (Japanese POW, 31) wants to go home", {"nationality": "japanese", "group": "prisoner_of_war"}),
    ("korean, a pow caught wearing a japanese uniform", {"nationality": "korean"}),
    # elders by their kin names
    ("korean pow. his halmeoni in Korea is very sick", {"pow_family_difficulties": True}),
    # the person named after another's clause
    ("Her uncle in Japan wrote asking her to come home and Emi wants to go too", {"requests_return": True}),
    ("Her uncle wants to go back to Japan and Emi wants to stay", {"requests_return": False}),
    ("her sister wants to go back to Korea but she absolutely doesn't", {"requests_return": False}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_words_of_women_elders_and_children(text, expected):
    facts = read_mentions(text).facts
    for field, value in expected.items():
        assert facts.get(field) == value, (text, facts)
