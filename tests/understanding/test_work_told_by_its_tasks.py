"""A trade told by its tasks rather than its name (task_lexicon.py), and giving oneself up to an army
as a prisoner of war. Sentences written for these tests."""

from __future__ import annotations

import pytest

from understanding.case_facts import read_mentions

TECHNICAL, ORDINARY, POW = "technical_personnel", "ordinary_national", "prisoner_of_war"


@pytest.mark.parametrize("text, group", [
    ("korean woman, she sews up wounds and gives shots at the army clinic", TECHNICAL),
    ("japanese guy who examines patients all day at a big hospital in mukden", TECHNICAL),
    ("korean man, extracts rotten teeth in a back room in yanji", TECHNICAL),
    ("she dispenses medicines at the railway hospital, she's japanese", TECHNICAL),
    ("japanese, vaccinates cattle and treats sick horses for the villages near harbin", TECHNICAL),
    ("korean chemist-type guy, he analyses ore samples for the mining bureau", TECHNICAL),
    ("japanese woman who taps out telegrams at the post office", TECHNICAL),
    ("korean lad who strings telephone wires between the villages", TECHNICAL),
    ("japanese man, works in a laboratory at the university", TECHNICAL),
    ("korean boatman type, poles a sampan up and down the river", ORDINARY),
    ("japanese lady who collects the fares on the number 3 bus", ORDINARY),
    ("korean guy, serves behind the counter of a noodle shop", ORDINARY),
    ("japanese, herds goats on the hills outside chengde", ORDINARY),
    ("korean man who works as a cloakroom attendant at a theatre", ORDINARY),
])
def test_a_trade_told_by_its_tasks_states_the_group(text, group):
    assert read_mentions(text).facts.get("group") == group


@pytest.mark.parametrize("text", [
    "japanese soldier, gave himself up to the communists in 1946 and is still held",
    "korean conscript who laid down his rifle to the pla near jinzhou",
    "japanese, surrendered with the rest of his company in 1945, in a camp now",
])
def test_giving_oneself_up_is_being_taken_prisoner(text):
    assert read_mentions(text).facts.get("group") == POW


@pytest.mark.parametrize("text, group", [
    # the country or its army surrendering makes nobody a prisoner
    ("japan surrendered to the allies in 1945 and he stayed on in dalian as a cook", ORDINARY),
    ("the japanese army surrendered to the chinese. she is a japanese nurse in a civilian hospital", TECHNICAL),
    # tickets asked for are a wish to travel, not a trade
    ("korean farmer, keeps asking for free train tickets home", ORDINARY),
    # the person does not do the task
    ("korean woman, she doesnt treat patients, she sells fish at the market", ORDINARY),
])
def test_tasks_that_are_not_the_persons_trade_state_nothing_more(text, group):
    assert read_mentions(text).facts.get("group") == group
