"""The wording the actions send (actions/presenters.py)."""

import pytest

import cable
from actions.presenters import acknowledgement, answer_buttons, describe, question_text, read_back


@pytest.mark.parametrize(
    "field,value,phrase",
    [
        ("nationality", "korean", "Korean"),
        ("nationality", "japanese", "Japanese"),
        ("group", "prisoner_of_war", "prisoner of war"),
        ("group", "technical_personnel", "technical personnel"),
        ("pending_case", False, "has no pending civil or criminal case"),
        ("nationality", "other", "neither Japanese nor Korean"),
        ("requests_return", True, "asks to return home"),
        ("pow_family_difficulties", False, "family issues do not keep the person from working at ease"),
        ("hardship", True, "has difficulty living in China"),
    ],
)
def test_describe_examples(field, value, phrase):
    assert describe(field, value) == phrase


@pytest.mark.parametrize("field", cable.FIELDS)
def test_describe_covers_every_value(field):
    values = {"nationality": ("korean", "japanese", "other"), "group": ("technical_personnel", "prisoner_of_war", "ordinary_national")}
    phrases = [describe(field, v) for v in values.get(field, (True, False)) + (None,)]
    assert all(p and ":" not in p for p in phrases)  # never the fallback 'field: value'
    assert len(set(phrases)) == len(phrases)


def test_describe_unknown_inputs_do_not_raise():
    assert describe("hardship", 1) == "hardship: 1"  # 1 is not taken for True
    assert describe("group", ["x"]) == "group: ['x']"
    assert describe("nationality", True) == "nationality: True"
    assert describe("nonsense", "x") == "nonsense: x"


def test_the_summary_of_a_fact_is_its_statement_without_the_subject():
    for fact in cable.FACTS:
        for value in fact.values:
            assert fact.statement(value).endswith(describe(fact.name, value))


def test_questions_buttons_and_read_back():
    assert question_text("group") == cable.FACT["group"].question
    assert question_text("group", first=True).startswith("Let's look at the person's case;")
    assert [b["title"] for b in answer_buttons("nationality")] == ["Korean", "Japanese", "Another nationality", "Not sure"]
    assert [b["payload"] for b in answer_buttons("hardship")] == ["Yes", "No", "Not sure"]
    assert read_back({"nationality": "korean", "hardship": False}, ["hardship"]) == (
        "So far: Korean; has no difficulty living in China (assumed). Is that right? Say yes, or tell me what to change.")


def test_acknowledgement_names_changes_additions_and_assumptions():
    assert acknowledgement({"nationality": "korean"}, {"nationality": "japanese"}, "group", []) == (
        "Changed: Japanese (was: Korean).")
    assert acknowledgement({}, {"group": "ordinary_national", "nationality": "korean"}, "group", []) == "Noted: Korean."
    assert "assume not" in acknowledgement({}, {"pending_case": False}, "pending_case", ["pending_case"])
    assert acknowledgement({}, {"pending_case": True}, "pending_case", []) is None
