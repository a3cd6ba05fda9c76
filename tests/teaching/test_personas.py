"""Persona cards checked against April 1950: every card comes from persona_table, with the dossier behind it."""

import collections
import json
import re
from pathlib import Path

import pytest

import cable
from knowledge import load_content
from teaching import persona_table as table
from teaching import personas, quiz
from teaching.cli import main

DOSSIER = Path(__file__).resolve().parents[3] / "shared" / "reference" / "facts.yaml"


@pytest.fixture(scope="module")
def cards():
    return table.sample(3000, "test")


def known_facts():
    """Dossier fact ids the knowledge base carries (and the dossier itself, when it lies beside the project)."""
    ids = {f for e in load_content().entries for f in e.facts}
    if DOSSIER.is_file():
        import yaml

        ids |= {f["id"] for f in yaml.safe_load(DOSSIER.read_text())}
    return ids


def test_every_setting_and_exclusion_rests_on_dossier_facts():
    known = known_facts()
    for s in table.SETTINGS:
        assert s.facts and set(s.facts) <= known, s.id
        assert s.why and s.occupations and s.pronouns
    for what, facts, why in table.EXCLUDED:
        assert set(facts) <= known and why, what


def test_thousands_of_cards_fit_the_table(cards):
    assert len(cards) == 3000
    for c in cards:
        assert table.fits(c, c["facts"]) is None, c
        assert c["dossier_facts"]


def test_no_card_shows_what_1950_could_not_have(cards):
    for c in cards:
        facts, text = c["facts"], c["paragraph"]
        assert not (facts["nationality"] == "other" and facts.get("group") == "prisoner_of_war")   # Soviet ally
        assert not (facts["nationality"] == "korean" and facts.get("group") == "technical_personnel")
        if facts.get("group") == "prisoner_of_war":
            assert not re.search(r"\b19\d\d\b", text), text          # no place or year of capture
            assert "made a life" not in text and not facts.get("pending_case")
        if facts.get("wants_free_travel"):
            assert facts.get("requests_return"), text
        if c["since"]:
            assert c["since"] > 1950 - c["age"], c
        assert "Russian" not in text and "returning to the Soviet Union" not in text


def test_every_outcome_still_comes_up(cards):
    outcomes = {cable.rules.result(cable.Case.from_dict(c["facts"]))[0] for c in cards if not c["open_question"]}
    assert outcomes == set(cable.OUTCOMES)
    assert {c["setting"] for c in cards} == {s.id for s in table.SETTINGS}


def test_no_name_twice_in_one_quiz(cards):
    by_quiz = collections.defaultdict(list)
    for c in cards:
        by_quiz[c["quiz"]].append(c["name"])
    assert all(len(names) == len(set(names)) for names in by_quiz.values())


def test_a_quiz_avoids_its_teachers_names_too():
    from teaching import scenario_files

    teacher = scenario_files.for_class(None)
    state = quiz.next_question(quiz.new_quiz("names"), teacher)
    for _ in range(quiz.TOTAL - 1):
        state = quiz.next_question(quiz.skip(state), teacher)
    assert len(state["names"]) == len(set(state["names"])) == quiz.TOTAL


def test_a_case_no_one_in_1950_fits_is_refused_with_a_reason():
    with pytest.raises(LookupError, match="no 1950 setting"):
        personas.build({"nationality": "other", "group": "prisoner_of_war"}, (), __import__("random").Random(1))


def test_cli_prints_cards_as_json(capsys):
    assert main(["personas", "--count", "25", "--seed", "s", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert len(printed) == 25
    assert {"name", "nationality", "place", "occupation", "paragraph", "facts"} <= set(printed[0])
    assert main(["personas", "--count", "25", "--seed", "s", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == printed            # the same seed, the same cards


@pytest.mark.parametrize("count", ["0", "10001", "-3"])
def test_cli_refuses_a_bad_count(capsys, count):
    assert main(["personas", "--count", count]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--count must be between 1 and 10000" in err


def test_cli_refuses_a_count_that_is_not_a_number(capsys):
    with pytest.raises(SystemExit) as info:
        main(["personas", "--count", "lots"])
    assert info.value.code == 2 and "'lots' is not a whole number" in capsys.readouterr().err
