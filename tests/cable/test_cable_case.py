"""Case construction and validation (the field-name contract)."""

import pytest

from cable import FIELD_VALUES, FIELDS, Case, CaseError, all_cases, validate_known


def test_fields_contract():
    assert FIELDS == (
        "nationality", "group", "requests_return", "pending_case", "pow_language_barrier",
        "pow_early_revolutionary_work", "pow_family_difficulties", "hardship", "disturbs_order",
        "wants_free_travel",
    )
    assert FIELD_VALUES["nationality"] == ("korean", "japanese", "other")
    assert FIELD_VALUES["group"] == ("technical_personnel", "prisoner_of_war", "ordinary_national")
    assert all(set(FIELD_VALUES[f]) == {True, False} for f in FIELDS[2:])


def test_from_dict_defaults():
    case = Case.from_dict({})
    assert case.nationality is None and case.group is None
    assert all(getattr(case, f) is False for f in FIELDS[2:])
    assert Case.from_dict({"hardship": None}).hardship is False


def test_round_trip_and_replace():
    case = Case.from_dict({"nationality": "korean", "group": "prisoner_of_war", "requests_return": True})
    assert Case.from_dict(case.to_dict()) == case
    assert list(case.to_dict()) == list(FIELDS)
    changed = case.replace(pending_case=True)
    assert changed.pending_case and not case.pending_case
    with pytest.raises(CaseError):
        case.replace(nationality="french")
    with pytest.raises(CaseError, match="^colour: unknown field"):
        case.replace(colour="red")


@pytest.mark.parametrize(
    "data, message",
    [
        ({"nationality": "french"}, "nationality: 'french' is not one of korean, japanese, other"),
        ({"nationality": 3}, "nationality: 3 is not one of korean, japanese, other"),
        ({"group": "soldier"}, "group: 'soldier' is not one of technical_personnel, prisoner_of_war, ordinary_national"),
        ({"requests_return": "yes"}, "requests_return: 'yes' is not one of true, false"),
        ({"hardship": 1}, "hardship: 1 is not one of true, false"),
        ({"pending_case": [True]}, "pending_case: [True] is not one of true, false"),
        ({"Nationality": "korean"}, "Nationality: unknown field; allowed fields are nationality, group,"),
    ],
)
def test_invalid_values_give_one_line_naming_field(data, message):
    with pytest.raises(CaseError) as info:
        Case.from_dict(data)
    text = str(info.value)
    assert text.startswith(message)
    assert "\n" not in text
    assert info.value.field == next(iter(data))


@pytest.mark.parametrize("data", [[], "korean", 3, None])
def test_non_mapping_rejected(data):
    with pytest.raises(CaseError, match="expected an object"):
        Case.from_dict(data)


def test_constructor_validates_too():
    with pytest.raises(CaseError):
        Case(nationality="Korean")
    with pytest.raises(CaseError):
        Case(requests_return=None)


def test_validate_known():
    assert validate_known({"nationality": None, "group": "prisoner_of_war", "hardship": False}) == {
        "group": "prisoner_of_war", "hardship": False}
    with pytest.raises(CaseError):
        validate_known({"bogus": None})
    with pytest.raises(CaseError):
        validate_known({"hardship": "no"})


def test_all_cases_is_every_combination():
    cases = list(all_cases())
    assert len(cases) == 3 * 3 * 2 ** 8 == len(set(cases))
    assert all(c.nationality is not None and c.group is not None for c in cases)
    with_unsure = list(all_cases(with_unsure=True))
    assert len(with_unsure) == 4 * 3 * 2 ** 8 == len(set(with_unsure))
    assert set(with_unsure) - set(cases) == {c for c in with_unsure if c.nationality == "unsure"}
