"""Grading against the rule module: every case, right and wrong answers, the flipping fact."""

import pytest

import cable
from cable.rules import result
from teaching import scenarios as sc
from cable.rules import DECIDING_VIEWS
from teaching.grading import Clarify, Grade, describe_prediction, grade, pick_flip
from understanding.predictions import parse_prediction, parse_reading

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
    assert grade(scenario_for(cable.Case("other", "technical_personnel")), "out of scope").correct
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
# --- One rubric, everywhere --------------------------------------------------------------------

def test_right_outcome_with_the_wrong_view_is_partly_right_everywhere():
    from teaching import rubric, scenario_files

    generated = grade(scenario_for(cable.Case("korean", "ordinary_national", requests_return=True)),
                      "approved to leave under view 3")
    amb = grade(nurse(), "she's an ordinary national, so approved to leave under view 3")
    teacher = next(s for s in scenario_files.for_class(None) if s.expected()[0] == "approve_return" and not s.ambiguity)
    from_teacher = grade(teacher, "approved to leave, view 1")
    for g in (generated, amb, from_teacher):
        assert g.verdict == rubric.PARTLY and g.score == 0.5, g.message
        assert "Partly right" in g.message and "half a point" in g.message
    none_named = grade(scenario_for(cable.Case("japanese", "technical_personnel")), "they keep him")
    assert none_named.verdict == rubric.PARTLY and none_named.score == 0.5
    assert grade(scenario_for(KOREAN), "approved to leave under view 2").score == 1.0
    assert grade(scenario_for(KOREAN), "kept, view 1").score == 0.0


KOREAN = cable.Case("korean", "ordinary_national", requests_return=True)


def test_the_reply_quotes_the_prediction_and_how_it_was_read():
    g = grade(scenario_for(KOREAN), "i reckon they get approved to leave, view two")
    assert 'You wrote "i reckon they get approved to leave, view two", which I read as approved to leave (view 2).' \
        in g.message


def test_a_group_flip_says_the_person_would_be_counted_in_another_group_with_the_overlap_caveat():
    s = scenario_for(cable.Case("japanese", "technical_personnel", requests_return=True))
    g = grade(s, "approved to leave under view 2")
    assert g.verdict == "wrong"
    assert "If the person were counted as an ordinary national instead of technical personnel" in g.message
    assert "does not say whether its groups overlap" in g.message and "entry interp_groups_overlap" in g.message
    assert "If the person were an ordinary national, view 1" not in g.message


def test_the_silence_of_the_cable_is_not_a_ban():
    sued = scenario_for(cable.Case("korean", "ordinary_national", requests_return=True, pending_case=True))
    g = grade(sued, "he cant leave because hes being sued")
    assert g.verdict == "wrong" and g.misconceptions == ("silence_is_ban",)
    assert 'in your words "he cant leave because hes being sued"' in g.message
    assert "Nothing in the cable forbids leaving" in g.message and "No provision" in g.message
    engineer = scenario_for(cable.Case("japanese", "technical_personnel", requests_return=True, pending_case=True))
    g = grade(engineer, "he can't leave because he's being sued")
    assert g.verdict == "partly right" and g.misconceptions == ("silence_is_ban",)   # kept, for the wrong reason


def test_a_negated_reading_counts_for_the_other_one():
    r = parse_reading("a maths teacher isnt really technical like an engineer so no", nurse().ambiguity.readings)
    assert r.value == "ordinary_national"
    g = grade(nurse(), "a maths teacher isnt really technical like an engineer, so approved to leave under view 2")
    assert g.reading == "ordinary_national" and g.correct


def test_partly_right_counts_half_in_the_quiz_score():
    from teaching import quiz

    state = quiz.next_question(quiz.new_quiz("half"))
    s = quiz.current(state)
    outcome = s.expected()[0]
    wrong_view = {"approve_return": " view 3", "retain": " view 2", "return_on_request": " view 2",
                  "repatriate": " view 2", "conflict": " view 2", "no_provision": " view 2",
                  "out_of_scope": " view 2"}[outcome]
    state, _ = quiz.record(state, grade(s, PHRASE[outcome] + wrong_view))
    assert state["score"] == 0.5 and quiz.score_line(state) == "Score: 0.5 of 1."
    assert "half a point" in quiz.intro(state)
