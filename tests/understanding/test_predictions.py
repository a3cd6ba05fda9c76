"""The quiz's free text: outcomes and views from a student's own words, and the reading argued for."""

import pytest

from teaching import scenarios as sc
from understanding.predictions import parse_prediction, parse_reading

CASES = [
    # the brief's examples
    ("approved to leave under view 2", "approve_return", (2,)),
    ("they'd be kept, view 1", "retain", (1,)),
    ("no provision", "no_provision", ()),
    ("conflict between 1 and 4", "conflict", (1, 4)),
    # outcome words alone
    ("Repatriated as soon as possible", "repatriate", ()),
    ("she'd be deported asap", "repatriate", ()),
    ("sent back on request", "return_on_request", ()),
    ("they will keep him", "retain", ()),
    ("out of scope", "out_of_scope", ()),
    ("the cable doesn't apply, she's Russian", "out_of_scope", ()),
    ("none of the views apply", "no_provision", ()),
    ("nothing happens, the cable is silent", "no_provision", ()),
    ("not allowed to leave, view 1", "retain", (1,)),
    # views alone follow the rule module's precedence
    ("view 3", "return_on_request", (3,)),
    ("I think point two", "approve_return", (2,)),
    ("views 3 and 4", "repatriate", (3, 4)),
    ("clauses 1 & 4", "conflict", (1, 4)),
    # the view settles words that only say "leaves"
    ("sent back under view 4", "repatriate", (4,)),
    ("she can go home under view 3", "return_on_request", (3,)),
    # negation
    ("they won't keep him, he is repatriated (view 4)", "repatriate", (4,)),
    ("view 2 doesn't apply, so no provision", "no_provision", ()),
    ("kept under view 1 but also repatriated under view 4", "conflict", (1, 4)),
    # the labels the bot itself uses
    ("Strive to reform and keep (view 1)", "retain", (1,)),
    ("Sent back on request (view 3)", "return_on_request", (3,)),
    ("Approved to leave (view 2)", "approve_return", (2,)),
    ("Repatriate as soon as possible (view 4)", "repatriate", (4,)),
    ("Conflict: keep (view 1) or repatriate (view 4)", "conflict", (1, 4)),
]


@pytest.mark.parametrize("text,outcome,views", CASES)
def test_reads_outcome_and_views(text, outcome, views):
    p = parse_prediction(text)
    assert (p.outcome, p.views) == (outcome, views)


@pytest.mark.parametrize("text", ["she can go home", "he leaves", "they return home"])
def test_words_that_only_say_leaving_are_vague(text):
    p = parse_prediction(text)
    assert p.outcome is None and p.vague
    assert p.candidates == {"approve_return", "return_on_request", "repatriate"}


def test_not_covered_is_vague_between_scope_and_no_provision():
    p = parse_prediction("not covered by the cable")
    assert p.outcome is None and p.candidates == {"out_of_scope", "no_provision"}


@pytest.mark.parametrize("text", ["", "no idea", "blue bicycles", "I think so"])
def test_nothing_readable(text):
    p = parse_prediction(text)
    assert not p.understood and not p.vague


def test_the_pronoun_i_is_not_view_1():
    assert parse_prediction("I guess they are kept").views == ()


def nurse_readings():
    base = {"nationality": "korean", "requests_return": True}
    return sc._readings(base, "group", "Yun")


@pytest.mark.parametrize("text,value", [
    ("yes, a nurse has skills so she counts as technical personnel", "technical_personnel"),
    ("she is not technical personnel, just an ordinary national", "ordinary_national"),
    ("No, she doesn't count", "ordinary_national"),
    ("hard to say", None),
])
def test_reading_is_read_from_the_argument(text, value):
    r = parse_reading(text, nurse_readings())
    assert (r.value if r else None) == value
