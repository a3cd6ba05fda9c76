"""open_questions: ask only what can still change (outcome, clauses)."""

import pytest
from tests.cable.cable_helpers import FIELD_ORDER, brute_open, completions, domain, oracle
from hypothesis import given, settings
from hypothesis import strategies as st

from cable import FIELDS, QUESTIONS, CaseError, all_cases, clause, open_questions
from cable.questions import possible_results

POW_FIELDS = {"pow_language_barrier", "pow_early_revolutionary_work", "pow_family_difficulties"}


def test_empty_starts_with_nationality():
    assert open_questions({})[0] == "nationality"
    assert open_questions() == open_questions({}) == list(FIELDS)


def test_other_nationality_needs_nothing():
    assert open_questions({"nationality": "other"}) == []


def test_technical_personnel():
    q = open_questions({"nationality": "korean", "group": "technical_personnel"})
    assert q == ["hardship", "disturbs_order"]


def test_ordinary_national_not_asked_pow():
    q = open_questions({"nationality": "korean", "group": "ordinary_national"})
    assert not POW_FIELDS & set(q)
    assert {"requests_return", "pending_case", "hardship", "disturbs_order"} <= set(q)


def test_pow_not_requesting_return():
    q = open_questions({"nationality": "japanese", "group": "prisoner_of_war", "requests_return": False})
    assert not POW_FIELDS & set(q) and "pending_case" not in q
    assert q == ["hardship", "disturbs_order", "wants_free_travel"]


@pytest.mark.parametrize("met", sorted(POW_FIELDS))
def test_one_pow_condition_is_enough(met):
    q = open_questions({"nationality": "korean", "group": "prisoner_of_war", "requests_return": True, met: True})
    assert not POW_FIELDS & set(q)
    assert "pending_case" not in q


def test_free_travel_only_when_the_person_could_leave():
    assert "wants_free_travel" in open_questions({"nationality": "korean"})
    assert "wants_free_travel" not in open_questions({"nationality": "korean", "group": "technical_personnel"})
    assert "wants_free_travel" in open_questions({"nationality": None})
    done = {"nationality": "korean", "group": "ordinary_national", "requests_return": False, "hardship": False}
    assert "wants_free_travel" not in open_questions(done)


def test_none_means_unknown():
    assert open_questions({"nationality": None, "group": None}) == open_questions({})


def test_result_is_a_fresh_list():
    first = open_questions({"nationality": "korean"})
    first.clear()
    assert open_questions({"nationality": "korean"})


def test_invalid_known_raises():
    with pytest.raises(CaseError, match="^nationality: 'french'"):
        open_questions({"nationality": "french"})
    with pytest.raises(CaseError, match="^colour: unknown field"):
        open_questions({"colour": "red"})


partial = st.fixed_dictionaries({f: st.sampled_from((None,) + domain(f)) for f in FIELD_ORDER})


@settings(max_examples=120, deadline=None)
@given(partial)
def test_matches_definition_by_brute_force(known):
    assert open_questions(known) == brute_open(known)


def _dialogue(target: dict, pick) -> dict:
    """Answer open questions from `target` until none is left; return what was asked."""
    known = {}
    while True:
        q = open_questions(known)
        if not q:
            return known
        field = pick(q)
        known[field] = target[field]


def _check_unasked_do_not_matter(known: dict):
    answer = oracle({**DEFAULTS, **known})
    results = {oracle(c) for c in completions(known)}
    assert results == {answer}, (known, results)
    assert possible_results(known) == {answer}


DEFAULTS = {f: (None if f in ("nationality", "group") else False) for f in FIELD_ORDER}


def test_dialogue_asking_first_question_every_case():
    for case in all_cases():
        target = case.to_dict()
        known = _dialogue(target, lambda q: q[0])
        _check_unasked_do_not_matter(known)
        assert oracle({**DEFAULTS, **known}) == oracle(target)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(list(all_cases())), st.randoms(use_true_random=False))
def test_dialogue_in_random_order(case, rnd):
    target = case.to_dict()
    known = _dialogue(target, lambda q: rnd.choice(q))
    _check_unasked_do_not_matter(known)
    assert oracle({**DEFAULTS, **known}) == oracle(target)


def test_question_metadata():
    assert list(QUESTIONS) == list(FIELDS)
    for field, meta in QUESTIONS.items():
        assert set(meta) == {"ask", "why", "clause_ids", "hint"}
        assert meta["ask"].endswith("?") and meta["why"].endswith(".") and meta["hint"]
        for cid in meta["clause_ids"]:
            clause(cid)  # raises if the id is unknown
    assert QUESTIONS["nationality"]["ask"] == "Is the person Korean, Japanese, or another nationality?"
    assert "View 2" in QUESTIONS["pending_case"]["why"]
