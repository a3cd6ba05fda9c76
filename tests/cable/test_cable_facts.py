"""The declaration of the case facts (cable/facts.py) and what derives from it."""

import dataclasses

import pytest

import cable
from cable.case import BOOL_FIELDS, CHOICE_FIELDS
from cable.facts import FACT, FACTS, FLIP_ORDER, PERSONA_ORDER, YES_NO_BUTTONS
from cable.rules import RULES, clauses_reading


def test_the_case_fields_are_the_declared_facts_in_order():
    assert cable.FIELDS == tuple(f.name for f in FACTS)
    fields = dataclasses.fields(cable.Case)
    assert [f.name for f in fields] == list(cable.FIELDS)
    assert [f.default for f in fields] == [FACT[name].default for name in cable.FIELDS]
    assert CHOICE_FIELDS == ("nationality", "group")
    assert BOOL_FIELDS == cable.FIELDS[2:]
    assert all(cable.FIELD_VALUES[f.name] == f.values for f in FACTS)


@pytest.mark.parametrize("fact", FACTS, ids=lambda f: f.name)
def test_every_fact_is_worded_for_every_value(fact):
    # an unsure answer is stated ("the person's nationality is unclear") but never a flip's target
    assert set(fact.says) == set(fact.accepted) and set(fact.values) == set(fact.would_be)
    shorts = [fact.short(v) for v in fact.accepted + (None,)]
    assert all(s and not s.startswith("the person") for s in shorts)
    assert len(set(shorts)) == len(shorts)
    assert fact.question.endswith("?") and fact.why.endswith(".") and fact.example


@pytest.mark.parametrize("fact", FACTS, ids=lambda f: f.name)
def test_every_fact_is_read_by_a_clause_and_its_question_says_which(fact):
    assert clauses_reading(fact.name), f"no clause reads {fact.name}"
    assert cable.QUESTIONS[fact.name] == {"ask": fact.question, "why": fact.why,
                                          "clause_ids": list(clauses_reading(fact.name)), "hint": fact.example}


def test_clauses_reading_follows_the_rules():
    for rule in RULES:
        for field in rule.fields():
            assert rule.clause_id in clauses_reading(field)
    assert clauses_reading("nationality") == ("preamble",)
    assert clauses_reading("wants_free_travel") == ("railway",)


def test_buttons_are_one_per_choice_or_yes_no():
    for fact in FACTS:
        if fact.kind == "choice":
            assert len(fact.buttons) == len(fact.accepted)  # "Not sure" for an unsure answer
        else:
            assert fact.buttons == YES_NO_BUTTONS


def test_the_orders_name_every_fact_once():
    assert sorted(PERSONA_ORDER) == sorted(BOOL_FIELDS)
    assert sorted(FLIP_ORDER) == sorted(cable.FIELDS)


def test_statements_for_choices_not_given():
    assert FACT["nationality"].statement(None) == "the person's nationality was not given"
    assert FACT["group"].statement(None) == "the person's group was not given"
    with pytest.raises(KeyError):
        FACT["hardship"].statement(None)  # a yes-no fact not given counts as no


def test_an_unsure_nationality_is_an_answer_not_a_concrete_value():
    nationality = FACT["nationality"]
    assert nationality.unsure == "unsure" and "unsure" not in nationality.values
    assert nationality.statement("unsure") == "the person's nationality is unclear"
    assert nationality.short("unsure") == "nationality unclear"
    assert nationality.buttons[-1] == "Not sure" and len(nationality.buttons) == len(nationality.values) + 1
    assert FACT["group"].unsure is None and FACT["group"].accepted == FACT["group"].values
