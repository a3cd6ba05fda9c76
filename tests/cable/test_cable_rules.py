"""Outcomes, explanations, reasoning, caveats and flips (table-driven, plus exhaustive)."""

import json

import pytest
from tests.cable.cable_helpers import FIELD_ORDER, domain, oracle

from cable import CAVEATS, OUTCOME_LABELS, OUTCOMES, Case, Determination, assess, clause, render_text, view, what_if
from cable.rules import result

K, J, O = "korean", "japanese", "other"
TECH, POW, ORD = "technical_personnel", "prisoner_of_war", "ordinary_national"
BOTH = {"hardship": True, "disturbs_order": True}

OUTCOME_TABLE = [
    ({"nationality": O}, "out_of_scope", []),
    ({"nationality": O, "group": TECH, **BOTH}, "out_of_scope", []),
    ({"nationality": K, "group": TECH}, "retain", [1]),
    ({"nationality": J, "group": TECH, "requests_return": True}, "retain", [1]),
    ({"nationality": K, "group": TECH, **BOTH}, "conflict", [1, 4]),
    ({"nationality": K, "group": ORD, "requests_return": True}, "approve_return", [2]),
    ({"nationality": K, "group": ORD, "requests_return": True, "pending_case": True}, "no_provision", []),
    ({"nationality": K, "group": ORD}, "no_provision", []),
    ({"nationality": K, "group": ORD, "requests_return": True, **BOTH}, "repatriate", [2, 4]),
    ({"nationality": J, "group": ORD, **BOTH}, "repatriate", [4]),
    ({"nationality": K, "group": POW, "requests_return": True, "pow_language_barrier": True}, "return_on_request", [3]),
    ({"nationality": J, "group": POW, "requests_return": True, "pow_early_revolutionary_work": True}, "return_on_request", [3]),
    ({"nationality": K, "group": POW, "requests_return": True, "pow_family_difficulties": True}, "return_on_request", [3]),
    ({"nationality": K, "group": POW, "requests_return": True, "pow_language_barrier": True, "pending_case": True}, "return_on_request", [3]),
    ({"nationality": K, "group": POW, "requests_return": True}, "no_provision", []),
    ({"nationality": K, "group": POW, "pow_language_barrier": True}, "no_provision", []),
    ({"nationality": K, "group": POW, "requests_return": True, "pow_family_difficulties": True, **BOTH}, "repatriate", [3, 4]),
    ({"nationality": K, "group": POW, "hardship": True}, "no_provision", []),
    ({"nationality": K, "group": ORD, "disturbs_order": True}, "no_provision", []),
    ({"group": ORD, "requests_return": True}, "approve_return", [2]),
    ({"nationality": K, **BOTH}, "repatriate", [4]),
    ({}, "no_provision", []),
]


@pytest.mark.parametrize("facts, outcome, clauses", OUTCOME_TABLE)
def test_outcome_table(facts, outcome, clauses):
    d = assess(facts)
    assert (d.outcome, list(d.clauses)) == (outcome, clauses)
    assert d.outcome_label == OUTCOME_LABELS[outcome]
    assert [q["view"] for q in d.quotes] == clauses
    for q in d.quotes:
        assert q["id"] == f"view_{q['view']}" and q["text"] == view(q["view"]).text


def test_every_outcome_is_covered_by_the_table():
    assert {row[1] for row in OUTCOME_TABLE} == set(OUTCOMES)


def test_matches_reference_on_every_case(all_determinations):
    for case, d in all_determinations:
        assert (d.outcome, d.clauses) == oracle(case.to_dict()), case


@pytest.mark.parametrize(
    "facts, needles",
    [
        ({"nationality": K, "group": ORD, "requests_return": True, "pending_case": True},
         ["view 2 requires no pending civil or criminal case", "view 4 requires both difficulty living and affecting social order"]),
        ({"nationality": K, "group": POW, "requests_return": True},
         ["view 3 requires at least one of the three conditions"]),
        ({"nationality": K, "group": ORD, "requests_return": True, "pending_case": True, "hardship": True},
         ["view 4 requires both difficulty living and affecting social order"]),
        ({"nationality": K, "group": POW, "pow_language_barrier": True}, ["view 3 requires a request to return"]),
        ({"nationality": K}, ["group was not given"]),
        ({"nationality": K, "group": TECH, **BOTH}, ["no precedence", "strive to reform and keep them"]),
        ({"nationality": O}, ["only Japanese and Korean nationals"]),
        ({"nationality": K, "group": ORD, "requests_return": True}, ["view 2 applies", "approved to leave"]),
        ({"nationality": K, "group": POW, "requests_return": True, "pow_early_revolutionary_work": True},
         ["view 3 applies", "early revolutionary work"]),
        ({"nationality": K, "group": ORD, "requests_return": True, **BOTH}, ["view 4 applies", "View 2 also applies"]),
    ],
)
def test_explanation_names_the_deciding_condition(facts, needles):
    text = assess(facts).explanation
    for needle in needles:
        assert needle in text


def test_explanation_is_pronoun_neutral(all_determinations):
    for _, d in all_determinations[::7]:
        words = set(d.explanation.replace(",", " ").replace(".", " ").split())
        assert not words & {"she", "he", "her", "his", "him", "She", "He", "Her", "His"}
        for f in d.flips:
            assert f["summary"].startswith("If the person") or f["summary"].startswith("If family")


def test_reasoning_steps(all_determinations):
    for case, d in all_determinations[::5]:
        if d.outcome == "out_of_scope":
            assert [s["view"] for s in d.reasoning] == [None]
            assert d.reasoning[0]["applies"] is False
            continue
        assert [s["view"] for s in d.reasoning] == [None, 1, 2, 3, 4]
        assert [s["view"] for s in d.reasoning[1:] if s["applies"]] == list(d.clauses)
        assert all(s["because"].endswith(".") and s["step"] for s in d.reasoning)


def test_reasoning_names_the_deciding_fact():
    d = assess({"nationality": K, "group": ORD, "requests_return": True, "pending_case": True})
    step = d.reasoning[2]
    assert step["view"] == 2 and not step["applies"]
    assert "the person has a pending civil or criminal case" in step["because"]
    assert "nationality was not given" in assess({}).reasoning[0]["because"]


CAVEAT_TABLE = [
    ({"nationality": K, "group": ORD, "requests_return": True}, "advisory", True),
    ({"nationality": O}, "advisory", True),
    ({"nationality": O}, "out_of_scope", True),
    ({"nationality": K}, "out_of_scope", False),
    ({"group": ORD}, "nationality_missing", True),
    ({"nationality": K}, "nationality_missing", False),
    ({"nationality": "unsure", "group": ORD}, "nationality_unsure", True),
    ({"nationality": "unsure"}, "nationality_missing", False),
    ({"group": ORD}, "nationality_unsure", False),
    ({"nationality": "unsure"}, "out_of_scope", False),
    ({"nationality": J, "group": TECH}, "japanese_title", True),
    ({"nationality": K, "group": TECH}, "japanese_title", False),
    ({"nationality": K}, "group_missing", True),
    ({"nationality": K, "group": POW}, "group_missing", False),
    ({"nationality": K, "group": TECH, "requests_return": True}, "technical_leaving", True),
    ({"nationality": K, "group": TECH}, "technical_leaving", False),
    ({"nationality": K, "group": ORD, **BOTH}, "view4_combined", True),
    ({"nationality": K, "group": ORD, "hardship": True}, "view4_combined", True),
    ({"nationality": K, "group": ORD, "disturbs_order": True}, "view4_combined", True),
    ({"nationality": K, "group": ORD}, "view4_combined", False),
    ({"nationality": K, "group": TECH, **BOTH}, "conflict", True),
    ({"nationality": K, "group": ORD, **BOTH}, "conflict", False),
    ({"nationality": K, "group": POW, "pow_language_barrier": True}, "pow_no_request", True),
    ({"nationality": K, "group": POW, "requests_return": True}, "pow_no_request", False),
    ({"nationality": K, "group": ORD}, "ordinary_no_request", True),
    ({"nationality": K, "group": ORD, "requests_return": True}, "without_cases", True),
    ({"nationality": K, "group": ORD, "requests_return": True}, "ordinary_no_request", False),
    ({"nationality": K, "group": POW, "requests_return": True, "pow_language_barrier": True, "pending_case": True},
     "pending_not_in_view", True),
    ({"nationality": K, "group": ORD, "requests_return": True, "pending_case": True}, "pending_not_in_view", False),
    ({"nationality": K, "group": ORD, **BOTH}, "involuntary", True),
    ({"nationality": K, "group": ORD, "requests_return": True, **BOTH}, "involuntary", False),
    ({"nationality": J, "group": ORD, "requests_return": True, "wants_free_travel": True}, "railway_korean", True),
    ({"nationality": K, "group": ORD, "requests_return": True, "wants_free_travel": True}, "railway_korean", False),
]


@pytest.mark.parametrize("facts, key, present", CAVEAT_TABLE)
def test_caveat_table(facts, key, present):
    assert (CAVEATS[key] in assess(facts).caveats) is present


def test_every_caveat_is_tested():
    assert {row[1] for row in CAVEAT_TABLE if row[2]} == set(CAVEATS)


def test_caveats_are_short_and_marked():
    for key, text in CAVEATS.items():
        assert "\n" not in text and len(text) < 300 and text.endswith(".")
    assert CAVEATS["view4_combined"].startswith("Interpretation:")
    assert CAVEATS["technical_leaving"].startswith("Interpretation:")
    assert '"does not have overall regulations"' in CAVEATS["advisory"]
    assert '"Based on our experience' in CAVEATS["advisory"]


def test_caveat_quotes_are_verbatim(source_text):
    import re

    for text in CAVEATS.values():
        for quoted in re.findall(r'"([^"]+)"', text):
            assert quoted in source_text, quoted


def test_an_unsure_nationality_is_assessed_like_one_not_given(all_determinations):
    unsure = [(c, d) for c, d in all_determinations if c.nationality == "unsure"]
    assert len(unsure) == 3 * 2 ** 8
    for case, d in unsure:
        missing = assess(case.replace(nationality=None))
        assert (d.outcome, d.clauses) == (missing.outcome, missing.clauses)
        assert [(f["field"], f["to"], f["outcome"]) for f in d.flips] == [
            (f["field"], f["to"], f["outcome"]) for f in missing.flips]
        assert "nationality is unclear" in d.reasoning[0]["because"] and d.reasoning[0]["applies"]
        assert all(f["to"] != "unsure" for f in d.flips)


@pytest.mark.parametrize("nationality", [K, J, O, None, "unsure"])
def test_railway_note(nationality):
    facts = {"nationality": nationality, "group": ORD, "requests_return": True}
    assert assess(facts).railway_note is None
    note = assess({**facts, "wants_free_travel": True}).railway_note
    assert clause("railway").text in note
    assert ("worded for Korean nationals" in note) is (nationality == J)


def _expected_flips(facts: dict) -> set:
    base = oracle(facts)[0]
    out = set()
    for field in FIELD_ORDER:
        for value in domain(field):
            if value != facts.get(field) and oracle({**facts, field: value})[0] != base:
                out.add((field, value))
    return out


def test_flips_exhaustive(all_determinations):
    for case, d in all_determinations:
        facts = case.to_dict()
        listed = {(f["field"], f["to"]) for f in d.flips}
        assert listed == _expected_flips(facts), case
        for f in d.flips:
            changed = {**facts, f["field"]: f["to"]}
            assert f["from"] == facts[f["field"]]
            assert (f["outcome"], tuple(f["clauses"])) == oracle(changed)
            assert f["outcome"] != d.outcome
            assert f["summary"].startswith("If ") and f["summary"].endswith(".")


@pytest.mark.parametrize("facts", [{}, {"group": ORD, "requests_return": True}, {"nationality": K}, {"nationality": J, **BOTH}])
def test_flips_from_not_given_use_concrete_values(facts):
    d = assess(facts)
    listed = {(f["field"], f["to"]) for f in d.flips}
    assert listed == _expected_flips(facts)
    assert all(f["to"] is not None for f in d.flips)


def test_flip_summary_wording():
    d = assess({"nationality": K, "group": ORD, "requests_return": True})
    summaries = [f["summary"] for f in d.flips]
    assert "If the person had a pending civil or criminal case, view 2 would no longer apply: no provision." in summaries


def test_what_if():
    base = {"nationality": K, "group": ORD, "requests_return": True}
    assert what_if(base, pending_case=True).outcome == "no_provision"
    assert what_if(Case.from_dict(base), hardship=True, disturbs_order=True).outcome == "repatriate"
    assert result(Case.from_dict(base)) == ("approve_return", (2,))


def test_to_dict_json_round_trip():
    d = assess({"nationality": J, "group": TECH, "requests_return": True, "wants_free_travel": True, **BOTH})
    data = d.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert Determination.from_dict(json.loads(json.dumps(data))) == d
    assert set(data) == {"outcome", "outcome_label", "clauses", "quotes", "explanation", "reasoning",
                         "caveats", "railway_note", "flips", "case"}


def test_render_text_has_every_part():
    d = assess({"nationality": J, "group": ORD, "requests_return": True, "wants_free_travel": True})
    text = render_text(d)
    for part in ("Approved to leave (view 2)", "View 2:", "Explanation:", "Reasoning:", "Caveats:",
                 "Railway note:", "What would change the outcome:", "gratis trips home"):
        assert part in text
    assert "If the person had a pending" in " ".join(text.split())
