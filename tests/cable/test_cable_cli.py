"""The command line, run as a subprocess from the project root."""

import json
import re

import pytest

from cable import FIELDS, mermaid

GOOD = '{"nationality": "korean", "group": "ordinary_national", "requests_return": true}'


def _ok(proc):
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return proc.stdout


def test_assess_json_argument(run_cli):
    data = json.loads(_ok(run_cli("assess", GOOD)))
    assert data["outcome"] == "approve_return" and data["clauses"] == [2]
    assert data["case"]["nationality"] == "korean"


def test_assess_json_is_indented(run_cli):
    out = _ok(run_cli("assess", GOOD))
    assert out.startswith('{\n  "outcome"')


def test_assess_stdin(run_cli):
    data = json.loads(_ok(run_cli("assess", stdin=GOOD)))
    assert data["outcome"] == "approve_return"
    data = json.loads(_ok(run_cli("assess", "-", stdin='{"nationality": "other"}')))
    assert data["outcome"] == "out_of_scope"


def test_assess_text(run_cli):
    facts = '{"nationality": "japanese", "group": "ordinary_national", "requests_return": true, "wants_free_travel": true}'
    out = _ok(run_cli("assess", "--text", facts))
    for part in ("Approved to leave (view 2)", 'View 2: "If ordinary nationals', "Explanation:", "Reasoning:",
                 "Caveats:", "Railway note:", "What would change the outcome:"):
        assert part in out


@pytest.mark.parametrize(
    "arg, expected",
    [
        ('{"colour": "red"}', "colour: unknown field; allowed fields are " + ", ".join(FIELDS)),
        ('{"requests_return": "yes"}', "requests_return: 'yes' is not one of true, false"),
        ('{"nationality": 3}', "nationality: 3 is not one of korean, japanese, other"),
        ('{"nationality": "french"}', "nationality: 'french' is not one of korean, japanese, other"),
        ('{"group": "soldier"}', "group: 'soldier' is not one of technical_personnel, prisoner_of_war, ordinary_national"),
        # Python's own reason follows (its wording differs between releases), then where it is.
        ('{"nationality": "korean",}', "not valid JSON: "),
        ("[1, 2]", "expected an object"),
        ("", "no JSON given"),
    ],
)
def test_assess_errors_exit_2_with_one_line(run_cli, arg, expected):
    proc = run_cli("assess", arg)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert expected in lines[0]
    if expected.startswith("not valid JSON"):
        assert re.search(r"at line 1, column 2[56]$", lines[0]), lines[0]


def test_bad_json_on_stdin(run_cli):
    proc = run_cli("assess", stdin="{nope")
    assert proc.returncode == 2 and "not valid JSON" in proc.stderr and "line 1, column 2" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_help(run_cli):
    out = _ok(run_cli("--help"))
    assert "assess" in out and "clauses" in out and "diagram" in out and "questions" in out
    out = _ok(run_cli("assess", "--help"))
    assert "--text" in out and "default to false" in out and "not given" in out


def test_clauses(run_cli, source_text):
    out = _ok(run_cli("clauses"))
    lines = out.strip().splitlines()
    assert [line.split(":")[0] for line in lines] == ["preamble", "view_1", "view_2", "view_3", "view_4", "railway"]
    items = json.loads(_ok(run_cli("clauses", "--json")))
    assert len(items) == 6 and all(item["text"] in source_text for item in items)


def test_diagram(run_cli):
    assert _ok(run_cli("diagram")) == mermaid()


def test_questions(run_cli):
    assert json.loads(_ok(run_cli("questions", '{"nationality": "other"}'))) == []
    assert json.loads(_ok(run_cli("questions", '{}')))[0] == "nationality"
    assert json.loads(_ok(run_cli("questions", stdin='{"nationality": "korean", "group": "technical_personnel"}'))) == [
        "hardship", "disturbs_order"]
    proc = run_cli("questions", '{"nationality": "french"}')
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1
