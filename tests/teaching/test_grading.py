"""Grading against the rule module: every case, right and wrong answers, the flipping fact."""

import pytest

import cable
from cable.rules import result
from teaching import scenarios as sc
from cable.rules import DECIDING_VIEWS
from teaching.grading import Clarify, Grade, describe_prediction, grade, pick_flip
from understanding.predictions import parse_prediction

PHRASE = {"approve_return": "approved to leave", "retain": "kept", "return_on_request": "sent back on request",
          "repatriate": "repatriated", "conflict": "conflict", "no_provision": "no provision",
          "out_of_scope": "out of scope"}


def scenario_for(case: cable.Case) -> sc.Scenario:
    return sc.from_case(case, sc.rng_for(case.values()))


def right_answer(outcome, views) -> str:
    named = " and ".join(map(str, sorted(views)))
    return PHRASE[outcome] + (f" under views {named}" if views else "")


def test_the_right_answer_is_right_for_every_case():
    for case in cable.all_cases():
        outcome, clauses = result(case)
        s = sc.Scenario("x", "generated", 1, case.to_dict(), None)
        g = grade(s, right_answer(outcome, DECIDING_VIEWS.get(outcome, ())))
        assert g.correct, (case, g.message)
        g = grade(s, right_answer(outcome, clauses))   # naming every view that applies is right too
        assert g.correct and g.expected_outcome == outcome and g.expected_clauses == tuple(clauses)


def test_a_wrong_outcome_is_wrong_and_names_the_flipping_fact():
    s = scenario_for(cable.Case("korean", "ordinary_national", requests_return=True))
    g = grade(s, "kept, view 1")
    assert isinstance(g, Grade) and not g.correct and g.verdict == "wrong"
    assert g.misapplied == (1,) and g.missed == (2,)
    assert cable.view(2).text in g.message
    assert "View 1 does not apply here" in g.message
    assert g.flip and "would have flipped it" in g.message


def test_the_flip_that_would_have_made_the_prediction_right_is_preferred():
    s = scenario_for(cable.Case("korean", "ordinary_national", requests_return=True))
    g = grade(s, "no provision")
    assert "pending civil or criminal case" in g.flip or "did not ask to return" in g.flip
    assert "would have made your answer right" in g.message
    det = cable.assess(s.case)
    flip, matches = pick_flip(det, "no_provision")
    assert matches and flip["outcome"] == "no_provision"


def test_outcome_right_but_no_view_named_is_partly_right():
    s = scenario_for(cable.Case("japanese", "technical_personnel"))
    g = grade(s, "they keep him")
    assert g.outcome_correct and not g.clause_correct and g.verdict == "partly right"
    assert "name the view" in g.message


def test_naming_a_view_that_does_not_apply_is_not_right():
    s = scenario_for(cable.Case("korean", "ordinary_national", requests_return=True, hardship=True,
                                disturbs_order=True))        # views 2 and 4 apply; 4 decides
    assert grade(s, "repatriated under view 4").correct
    assert grade(s, "repatriated under views 2 and 4").correct
    g = grade(s, "repatriated under views 3 and 4")
    assert g.outcome_correct and not g.clause_correct and g.misapplied == (3,)


def test_no_provision_and_scope_need_no_clause():
    assert grade(scenario_for(cable.Case("other", "ordinary_national")), "out of scope").correct
    assert grade(scenario_for(cable.Case("korean", "prisoner_of_war")), "no provision").correct


@pytest.mark.parametrize("text,expected", [
    ("she can go home", "Which view"),
    ("not covered", "out of scope"),
    ("purple", "couldn't read a prediction"),
])
def test_unclear_predictions_ask_again(text, expected):
    g = grade(scenario_for(cable.Case("korean", "ordinary_national", requests_return=True)), text)
    assert isinstance(g, Clarify) and expected in g.message


def nurse():
    base = {"nationality": "korean", "requests_return": True}
    readings = sc._readings(base, "group", "Yun")
    amb = sc.Ambiguity("group", "technical personnel", "Is she technical personnel?", readings, "gl_technical_personnel")
    return sc.Scenario("amb", "generated", 2, {**base, "group": None}, None, amb)


def test_ambiguity_is_graded_under_the_students_own_reading():
    s = nurse()
    g = grade(s, "she counts as technical personnel, so she is kept under view 1")
    assert g.correct and g.reading == "technical_personnel" and g.expected_outcome == "retain"
    g = grade(s, "she's an ordinary national, so approved to leave under view 2")
    assert g.correct and g.reading == "ordinary_national"
    g = grade(s, "she's an ordinary national, so she is kept under view 1")
    assert not g.correct and "does not follow from your reading" in g.message
    for r in s.ambiguity.readings:
        assert cable.OUTCOME_LABELS[r.outcome] in g.message   # the outcome under both readings
    assert "Source:" in g.message


def test_ambiguity_reading_inferred_from_the_prediction_and_asked_when_missing():
    s = nurse()
    g = grade(s, "approved to leave under view 2")
    assert g.correct and g.reading == "ordinary_national" and "say why" in g.message
    assert isinstance(grade(s, "it depends"), Clarify)
    assert isinstance(grade(s, "she counts as technical personnel"), Clarify)


def test_description_in_the_rules_words():
    assert describe_prediction(parse_prediction("approved, view 2")) == "approved to leave (view 2)"
    assert describe_prediction(parse_prediction("views 3 and 4, repatriated")) == "repatriation (view 4), naming views 3 and 4"
    assert describe_prediction(parse_prediction("hmm")) == "no clear prediction"
