"""Hypothesis properties over field combinations (including "not given")."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from cable import CAVEATS, Case, Determination, assess

facts_strategy = st.fixed_dictionaries(
    {
        "nationality": st.sampled_from(["korean", "japanese", "other", None]),
        "group": st.sampled_from(["technical_personnel", "prisoner_of_war", "ordinary_national", None]),
        **{
            name: st.booleans()
            for name in (
                "requests_return", "pending_case", "pow_language_barrier",
                "pow_early_revolutionary_work", "pow_family_difficulties", "hardship",
                "disturbs_order", "wants_free_travel",
            )
        },
    }
)

PROPS = settings(max_examples=150, deadline=None)


@PROPS
@given(facts_strategy)
def test_view_4_needs_both_conditions(facts):
    d = assess(facts)
    assert (4 in d.clauses) == (facts["nationality"] != "other" and facts["hardship"] and facts["disturbs_order"])


@PROPS
@given(facts_strategy)
def test_out_of_scope_iff_other(facts):
    d = assess(facts)
    assert (d.outcome == "out_of_scope") == (facts["nationality"] == "other")
    if d.outcome == "out_of_scope":
        assert d.clauses == () and d.quotes == ()


@PROPS
@given(facts_strategy)
def test_clauses_sorted_unique(facts):
    clauses = list(assess(facts).clauses)
    assert clauses == sorted(set(clauses))
    assert set(clauses) <= {1, 2, 3, 4}


@PROPS
@given(facts_strategy)
def test_conflict_iff_views_1_and_4(facts):
    d = assess(facts)
    assert (d.outcome == "conflict") == ({1, 4} <= set(d.clauses))


@PROPS
@given(facts_strategy)
def test_retain_never_includes_4(facts):
    d = assess(facts)
    if d.outcome == "retain":
        assert 4 not in d.clauses and 1 in d.clauses


@PROPS
@given(facts_strategy)
def test_railway_note_iff_free_travel(facts):
    assert (assess(facts).railway_note is not None) == facts["wants_free_travel"]


@PROPS
@given(facts_strategy)
def test_advisory_caveat_always_present(facts):
    assert CAVEATS["advisory"] in assess(facts).caveats


@PROPS
@given(facts_strategy)
def test_nationality_not_given_is_in_scope_with_caveat(facts):
    d = assess(facts)
    if facts["nationality"] is None:
        assert d.outcome != "out_of_scope"
        assert CAVEATS["nationality_missing"] in d.caveats
        korean = assess({**facts, "nationality": "korean"})
        assert (d.outcome, d.clauses) == (korean.outcome, korean.clauses)


@PROPS
@given(facts_strategy)
def test_group_not_given_matches_no_group_view(facts):
    if facts["group"] is None:
        assert set(assess(facts).clauses) <= {4}


@PROPS
@given(facts_strategy)
def test_determination_json_round_trip(facts):
    d = assess(facts)
    data = json.loads(json.dumps(d.to_dict()))
    assert data == d.to_dict()
    assert Determination.from_dict(data) == d
    assert Case.from_dict(data["case"]) == d.case
