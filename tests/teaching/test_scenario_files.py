"""Teachers' scenario files: every file in scenarios/ agrees with the rules; mistakes are named."""

import os
import textwrap

import pytest

import cable
from teaching import scenario_files
from teaching.scenario_files import ScenarioFileError, load_file

FILES = scenario_files.files()


def test_there_is_an_example_set_with_eight_or_more_scenarios():
    example = scenario_files.SCENARIO_DIR / "example-class.yml"
    assert example in FILES
    assert len(load_file(example).scenarios) >= 8


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_scenario_file_matches_the_rules(path):
    """A teacher's typo or a rule change fails here, naming the file and line."""
    loaded = load_file(path)
    for s in loaded.scenarios:
        if s.ambiguity:
            for r in s.ambiguity.readings:
                facts = {k: v for k, v in s.facts.items() if v is not None}
                got = cable.rules.result(cable.Case.from_dict({**facts, s.ambiguity.field: r.value}))
                assert (got[0], tuple(got[1])) == (r.outcome, r.clauses)
        else:
            assert s.expected() == cable.rules.result(s.case)
        assert s.persona.name and s.persona.text


def test_ids_are_unique_across_files():
    _, errors = scenario_files.check_all()
    assert errors == []


GOOD = """\
    title: Test set
    scenarios:
      - id: one
        name: Han Myong-ok
        persona: A Korean shopkeeper who asks to go home.
        facts: {nationality: korean, group: ordinary_national, requests_return: true}
        expected: {outcome: approve_return, clauses: [2]}
"""


def write(tmp_path, text, name="set.yml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text))
    return path


def error_of(tmp_path, text) -> str:
    with pytest.raises(ScenarioFileError) as info:
        load_file(write(tmp_path, text))
    message = str(info.value)
    assert "\n" not in message and "set.yml" in message
    return message


def test_a_good_file_loads(tmp_path):
    loaded = load_file(write(tmp_path, GOOD))
    assert loaded.title == "Test set" and loaded.scenarios[0].expected() == ("approve_return", (2,))


def test_wrong_expected_outcome_names_file_line_and_both_answers(tmp_path):
    message = error_of(tmp_path, GOOD.replace("approve_return, clauses: [2]", "retain, clauses: [1]"))
    assert "line 7" in message and "scenario 'one'" in message
    assert "expected retain (clauses [1]), but the rules give approve_return (clauses [2])" in message


def test_malformed_yaml_names_the_line(tmp_path):
    message = error_of(tmp_path, GOOD.replace("        facts: {", "        facts: {{"))
    assert "malformed YAML" in message and "line " in message


@pytest.mark.parametrize("change,expected", [
    (("nationality: korean", "nationality: french"), "nationality: 'french' is not one of korean, japanese, other"),
    (("requests_return: true", "requests_return: maybe"), "requests_return: 'maybe' is not one of true, false"),
    (("expected:", "expcted:"), "unknown key 'expcted'"),
    (("outcome: approve_return", "outcome: approved"), "outcome 'approved' is not one of"),
    (("clauses: [2]", "clauses: [5]"), "clauses must be a list of view numbers"),
    (("id: one", "id: One Two"), "'id' must be lower-case"),
    (("title: Test set", "title: Test set\n    class: '!!'"), "not a valid class code"),
    (("        name: Han Myong-ok\n", ""), "missing 'name'"),
])
def test_mistakes_get_one_clear_line(tmp_path, change, expected):
    assert expected in error_of(tmp_path, GOOD.replace(*change))


def test_duplicate_ids_across_files_are_named(tmp_path):
    write(tmp_path, GOOD, "a.yml")
    write(tmp_path, GOOD.replace("Test set", "Other"), "b.yml")
    sets, errors = scenario_files.check_all(tmp_path)
    assert len(sets) == 1 and len(errors) == 1 and "duplicate id" in errors[0] and "b.yml" in errors[0]


AMBIGUOUS = """\
    title: Ambiguity
    scenarios:
      - id: nurse
        name: Yun Hye-jin
        persona: A Korean nurse who asks to go home.
        facts: {nationality: korean, requests_return: true}
        ambiguity:
          field: group
          term: technical personnel
          question: Is a nurse technical personnel?
          readings:
            - value: technical_personnel
              label: a nurse counts
              expected: {outcome: retain, clauses: [1]}
            - value: ordinary_national
              label: a nurse does not count
              expected: {outcome: approve_return, clauses: [2]}
"""


def test_an_ambiguity_scenario_loads_with_both_readings(tmp_path):
    s = load_file(write(tmp_path, AMBIGUOUS)).scenarios[0]
    assert s.ambiguity and [r.outcome for r in s.ambiguity.readings] == ["retain", "approve_return"]
    assert s.facts["group"] is None


def test_an_ambiguity_whose_readings_agree_is_rejected(tmp_path):
    text = AMBIGUOUS.replace("requests_return: true", "requests_return: true, nationality: other").replace(
        "{nationality: korean, ", "{")
    text = text.replace("retain, clauses: [1]", "out_of_scope, clauses: []").replace(
        "approve_return, clauses: [2]", "out_of_scope, clauses: []")
    assert "both readings give out_of_scope" in error_of(tmp_path, text)


def test_class_sets_come_first_for_their_class(tmp_path):
    write(tmp_path, GOOD, "shared.yml")
    write(tmp_path, GOOD.replace("id: one", "id: two").replace("title: Test set", "title: Mine\n    class: hist7"),
        "mine.yml")
    assert [s.id.split(":")[-1] for s in scenario_files.for_class("HIST7", tmp_path)] == ["two", "one"]
    assert [s.id.split(":")[-1] for s in scenario_files.for_class("GEO1", tmp_path)] == ["one"]


def test_the_sets_are_read_again_only_when_a_file_changes(tmp_path, monkeypatch):
    write(tmp_path, GOOD, "shared.yml")
    first = scenario_files.check_all(tmp_path)
    reads = []
    monkeypatch.setattr(scenario_files, "load_file", lambda *a: reads.append(a) or load_file(*a))
    assert scenario_files.check_all(tmp_path) == first and reads == []
    first[0].clear()        # a caller's list is its own
    assert len(scenario_files.check_all(tmp_path)[0]) == 1
    write(tmp_path, GOOD.replace("Test set", "Edited"), "shared.yml")       # another size
    assert scenario_files.check_all(tmp_path)[0][0].title == "Edited" and len(reads) == 1
    path = write(tmp_path, GOOD.replace("Test set", "Edit 2"), "shared.yml")    # same size, later time
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    assert scenario_files.check_all(tmp_path)[0][0].title == "Edit 2"
    write(tmp_path, "title: [broken", "new.yml")
    sets, errors = scenario_files.check_all(tmp_path)
    assert len(sets) == 1 and len(errors) == 1 and "new.yml" in errors[0] and len(reads) == 4
    (tmp_path / "new.yml").unlink()
    assert scenario_files.check_all(tmp_path) == ([sets[0]], [])


def test_the_command_line_check(capsys, tmp_path):
    from teaching.cli import main

    assert main(["check-scenarios"]) == 0
    assert "example-class.yml" in capsys.readouterr().out
    write(tmp_path, GOOD.replace("clauses: [2]", "clauses: [1]"))
    assert main(["check-scenarios", str(tmp_path)]) == 2
    assert "set.yml, line" in capsys.readouterr().err
