"""Other people around the person: their troubles are not the person's (whose.py), and a romanised
name is no typo of an everyday word (names.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from understanding.case_facts import read_mentions, respell
from understanding.names import proper_names
from understanding.text import prepare


@pytest.mark.parametrize("text, field", [
    ("a korean tailor in dalian. his landlady is being sued over the building.", "pending_case"),
    ("japanese cook. her foreman got caught stealing rice and was locked up.", "disturbs_order"),
    ("korean porter. the neighbour's son is always brawling in the street.", "disturbs_order"),
    ("japanese pow. another prisoner in his hut keeps starting fights.", "disturbs_order"),
    ("korean farmer. the couple next door fought so loudly the police came.", "disturbs_order"),
    ("korean pow. a guy from his village once rioted in the camp.", "disturbs_order"),
    ("japanese nurse, her boyfriend has a court case for theft.", "pending_case"),
])
def test_someone_elses_trouble_is_not_the_persons(text, field):
    assert read_mentions(text).facts.get(field) is None


@pytest.mark.parametrize("text, nationality", [
    ("my guy is a japanese barber in qingdao. his landlord is korean and always drunk.", "japanese"),
    ("Kim, a Korean welder. His boss is a Russian engineer who shouts a lot.", "korean"),
    ("my person is mongolian, a horse trader. his japanese wife wants to go home.", "other"),
])
def test_other_peoples_nationality_is_not_the_persons(text, nationality):
    assert read_mentions(text).facts.get("nationality") == nationality


def test_a_relative_who_sued_the_person_leaves_it_the_persons_case():
    facts = read_mentions("korean doctor. his chinese wife has sued him for the house.").facts
    assert facts.get("pending_case") is True


def test_the_persons_own_trouble_beside_someone_elses_is_kept():
    facts = read_mentions("korean barber. his landlady is being sued, and he himself got into a brawl.").facts
    assert facts.get("disturbs_order") is True and facts.get("pending_case") is None


@pytest.mark.parametrize("text, name", [
    ("Wang is a Korean cook in Harbin.", "wang"),           # not "want"
    ("Korean farmer from Longjing, near the border.", "longjing"),   # not "longing"
    ("Japanese POW. Hideo never fights.", "hideo"),          # not "hides"
])
def test_a_name_is_not_respelled_into_an_everyday_word(text, name):
    assert name in respell(prepare(text), proper_names(text))[0]
    assert name not in respell(prepare(text))[0]     # (what the corrector alone would make of it)


def test_a_misspelt_nationality_in_capitals_is_still_corrected():
    assert read_mentions("My guy is Korrean, a farmer.").facts["nationality"] == "korean"


@pytest.mark.parametrize("job", ["doorman", "matchmaker", "pawnbroker", "night watchman", "musician"])
def test_everyday_occupations_from_wordnet_are_ordinary(job):
    assert read_mentions(f"a korean {job} in shanghai").facts.get("group") == "ordinary_national"
