"""Facts told by a situation, a family or an army rather than named, of the kinds development sets 54-56
(written blind) showed the reader missing: money trouble by how the person lives, going home by getting
ready for it, a case ended by the police or the court, trouble by what was done, the parents' or the
army's nationality, papers against a claim, a child by age, a denial after a correction. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from understanding.case_facts import read_mentions
from understanding.names import named_subject
from understanding.reading import read
from understanding.routing import route


@pytest.mark.parametrize("text, facts", [
    # money trouble by how the person lives, and a debt that says nothing of it
    ("korean porter, begs outside the market now", {"hardship": True}),
    ("japanese widow who sleeps in doorways near the harbour", {"hardship": True}),
    ("korean boy, lives on scraps from the restaurants", {"hardship": True}),
    ("korean miner, owes the rice shop for three months", {"hardship": True}),
    ("japanese clerk, his wages are gone on rent in a week", {"hardship": True}),
    ("korean farmer who can't grow enough rice to feed his kids", {"hardship": True}),
    ("korean trader, owes money and is being sued over it", {"hardship": None}),
    ("japanese nurse, not wealthy, but she is not poor either", {"hardship": False}),
    # going home by getting ready for it; staying
    ("korean cook, saving every coin for the ship fare to pusan", {"requests_return": True}),
    ("japanese teacher, she packed her trunk so she can head home in spring", {"requests_return": True}),
    ("korean widow, wrote to the bureau three times to send her home", {"requests_return": True}),
    ("japanese engineer, he is not leaving, whatever they offer", {"requests_return": False}),
    ("korean tailor, the last thing she wants is to go back", {"requests_return": False}),
    ("japanese cook, the last thing he would want is to return", {"requests_return": False}),
    ("korean driver, he's not leaving his wife", {"requests_return": None}),
    # a case ended, one still to come
    ("korean cook, charged with theft but the judge dismissed the case", {"pending_case": False}),
    ("japanese clerk, sued by his landlord but the court threw it out", {"pending_case": False}),
    ("korean miner, had a dispute over wages; it was settled in may", {"pending_case": False}),
    ("korean porter, his hearing is scheduled for next month", {"pending_case": True}),
    # trouble by what was done, not a lawsuit called a fight
    ("korean peddler, picked up for smuggling opium", {"disturbs_order": True}),
    ("japanese farmer who punched the co-op chairman", {"disturbs_order": True}),
    ("korean seamstress in a court fight with her landlord over rent", {"disturbs_order": None}),
    ("korean porter who sleeps in a shed behind the inn", {"hardship": True}),
    ("a poor japanese farmer who wants to stay", {"hardship": True}),
    ("korean cook, what a poor guy, his wife left him", {"hardship": None}),
    ("japanese pedlar, often can't pay for a room for the night", {"hardship": True}),
    ("korean miner, not even thinking about going home", {"requests_return": False}),
    ("japanese weaver who marched with others demanding to be sent home", {"requests_return": True}),
    ("korean clerk, sued last year, but it was decided in her favour", {"pending_case": False}),
    ("japanese cook, his pay hardly covers the rent", {"hardship": True}),
    ("korean widow, she wants to go back to her brother in chongjin", {"requests_return": True}),
    # a prisoner's family in trouble
    ("japanese pow, his wife at home is having a really hard time", {"pow_family_difficulties": True}),
])
def test_facts_told_by_a_situation(text, facts):
    got = read_mentions(text).facts
    assert {k: got.get(k) for k in facts} == facts


@pytest.mark.parametrize("text, nationality, why", [
    # the parents' nationality is the person's, read back ...
    ("a farmer, born to japanese parents in dalian", "japanese", ("occupation", "japanese parents")),
    ("a nurse whose mother and father were both korean", "korean",
     ("occupation", "mother and father were both korean")),
    # ... the army's too, for a soldier
    ("a korean army conscript, captured in 1950", "korean", None),
    ("a japanese army sergeant, held since 1946", "japanese", ("occupation", "japanese army sergeant")),
    # a place in Korea or Japan told as the birthplace
    ("a cook born in kanggye", "korean", None),
    ("a clerk who grew up in nagano", "japanese", None),
    # second-language English for the nationality
    ("the woman is korea nationality, she sells fish", "korean", None),
])
def test_a_nationality_told_by_family_army_or_place(text, nationality, why):
    reading = read_mentions(text)
    assert reading.facts.get("nationality") == nationality
    if why:
        assert reading.unsure.get("nationality") == why


@pytest.mark.parametrize("text, nationality", [
    # someone else's parents, the writer's own family, a relative's army
    ("a dock worker; his wife's parents were japanese", None),
    ("my grandmother was japanese. my person is a tailor", None),
    ("a farmer, his brother is a japanese army officer", None),
    # born elsewhere than the parents' country: left open
    ("his parents were japanese but he was born in seoul, a cook", None),
    # a claim against the papers is unclear; papers alone beside a demonym are not
    ("she calls herself japanese, but her papers say korean", "unsure"),
    ("her passport is korean but she was born in osaka to a japanese father", "unsure"),
    ("a korean tailor with chinese papers", "korean"),
    # ethnic Koreans in China are a question of their own; any other people is neither Korean nor Japanese
    ("an ethnic korean farmer in yanbian", None),
    ("an ethnic russian baker", "other"),
])
def test_nationalities_that_stay_open_or_unclear(text, nationality):
    assert read_mentions(text).facts.get("nationality") == nationality


@pytest.mark.parametrize("text, group", [
    ("korean, 8 years old, lives with her aunt", "ordinary_national"),
    ("a japanese 12-year-old left behind in 1945", "ordinary_national"),
    ("a korean miner with a 10-year-old son", "ordinary_national"),
    ("japanese, came over with a settler group in 1940", "ordinary_national"),
    ("a korean signalman on the railway", "ordinary_national"),
    ("japanese, a mule driver on the mountain roads", "ordinary_national"),
    ("korean girl wrapping dumplings at a canteen", "ordinary_national"),
    ("japanese, has a cleaning job at the station", "ordinary_national"),
    ("japanese teacher. not an engineer or any kind of technical specialist", "ordinary_national"),
    ("korean, she's not a chemist or a technical expert", "ordinary_national"),
])
def test_the_group_told_by_age_settling_or_a_denied_trade(text, group):
    assert read_mentions(text).facts.get("group") == group


@pytest.mark.parametrize("text, field, value", [
    ("japanese pow. he did propaganda for the eighth route army - no wait, he didn't.",
     "pow_early_revolutionary_work", False),
    ("korean cook, she's in debt, scratch that, she's fine for money", "hardship", False),
    # "not true that ... never": two negations
    ("japanese pow. it is not true that he never did revolutionary work", "pow_early_revolutionary_work", True),
    ("japanese pow. it is not true that he did revolutionary work", "pow_early_revolutionary_work", False),
    # what the writer said earlier is no denial
    ("japanese widow, wants to go home. earlier i said she doesn't", "requests_return", True),
])
def test_a_denial_after_a_correction_takes_the_fact_back(text, field, value):
    assert read_mentions(text).facts.get(field) == value


@pytest.mark.parametrize("text, name", [
    ("Ito, bus conductor, Mukden.", "Ito"),      # a name, then a trade, as a list: the person
    ("Sato, a welder.", "Sato"),
    ("Thanks, that helps.", ""),                  # English words and places are no names
    ("Harbin, coal miner.", ""),
    ("Choi, can you explain point 3.", ""),       # a name before something other than a trade
])
def test_a_name_then_a_trade_names_the_person(text, name):
    assert named_subject(text) == name


def test_a_name_and_a_trade_alone_start_the_case():
    assert route(read("Ito, bus conductor, Mukden. That's all."), "thank").intent == "start_case"


def test_a_question_about_one_poor_person_reads_the_poverty():
    assert read("what happens to a poor japanese farmer who has no court case?").facts.get("hardship") is True
