"""The teacher's report, built from recorded attempts, and its command line."""

import pytest

from records import ENGINEER, KOREAN_ASKS, POW_ASKS, attempt
from teaching import report
from teaching.cli import main


@pytest.fixture
def classroom(store):
    """Three students in HIST7, one in another class."""
    store.set_class("alice", "HIST7")
    store.set_class("bob", "HIST7")
    store.set_class("cara", "HIST7")
    attempt(store, "alice", KOREAN_ASKS, "approved to leave under view 2", "HIST7", 1)
    attempt(store, "alice", ENGINEER, "kept, view 1", "HIST7", 2)
    attempt(store, "bob", KOREAN_ASKS, "kept, view 1", "HIST7", 1)            # wrong: misapplies view 1
    attempt(store, "bob", POW_ASKS, "approved to leave, view 2", "HIST7", 2)   # wrong: view 2 for a POW
    attempt(store, "bob", ENGINEER, "they keep him", "HIST7", 3)              # partly right: no view named
    attempt(store, "zed", ENGINEER, "kept, view 1", "GEO1", 1)
    store.add_analysis("cara", "HIST7", {"step": "sourcing_author", "habit": "sourcing", "attempt": 1,
                                         "verdict": "try again", "misconceptions": ["No person is named"]}, "Mao")
    store.add_analysis("cara", "HIST7", {"step": "sourcing_author", "habit": "sourcing", "attempt": 2,
                                         "verdict": "complete"}, "the ministry to shanghai")
    store.add_rating("bob", "HIST7", False, "quiz", "question 2", "Not quite: <b>you</b> predicted approved")
    store.add_rating("alice", "HIST7", True, "knowledge", "gl_gratis", "Gratis means free")
    return store


def test_figures(classroom):
    s = report.stats(classroom, "HIST7")
    assert [st["id"] for st in s["students"]] == ["alice", "bob", "cara"]
    assert {st["id"]: (st["answered"], st["right"]) for st in s["students"]} == {
        "alice": (2, 2), "bob": (3, 0), "cara": (0, 0)}
    assert s["attempts"] == 5 and s["right"] == 2 and s["analysis_answers"] == 2
    assert s["misapplied"] == {1: 1, 2: 1}
    assert s["missed"] == {2: 1, 3: 1, 1: 1}
    assert s["by_outcome"] == {"retain": {"right": 1, "partly right": 1},
                               "approve_return": {"right": 1, "wrong": 1}, "return_on_request": {"wrong": 1}}
    assert dict(s["wrong_predictions"]) == {("approve_return", "retain"): 1, ("return_on_request", "approve_return"): 1}
    assert s["steps"] == {"sourcing_author": {"complete": 1}}
    assert s["misconceptions"] == [("No person is named", 1)]
    assert [r.ref for r in s["unhelpful"]] == ["question 2"] and s["helpful"] == 1


def test_html_is_self_contained_escaped_and_has_the_chart(classroom):
    html = report.render(report.stats(classroom, "HIST7"))
    assert "data:image/png;base64," in html and "<script" not in html and "http" not in html.split("<body>")[0]
    assert "&lt;b&gt;you&lt;/b&gt;" in html and "<b>you</b>" not in html
    assert "3</strong> student(s)" in html and "2</strong> right (40%)" in html
    assert "Clauses most often misapplied" in html and "Common wrong predictions" in html
    assert "Answers rated unhelpful" in html


def test_a_class_with_no_answers_says_so(store):
    store.set_class("dora", "EMPTY1")
    html = report.render(report.stats(store, "EMPTY1"))
    assert "No data yet" in html and "data:image" not in html


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_writes_the_report(classroom, capsys, tmp_path):
    out = tmp_path / "r.html"
    code, stdout, _ = run(capsys, "--database", classroom.url, "report", "--class", "hist7", "--out", str(out))
    assert code == 0 and "class HIST7, 3 student(s), 5 quiz answers" in stdout
    assert out.read_text().startswith("<!doctype html>")


def test_cli_unknown_class_is_one_line_exit_2(classroom, capsys):
    code, _, err = run(capsys, "--database", classroom.url, "report", "--class", "NOPE9")
    assert code == 2 and err.count("\n") == 1
    assert "unknown class code 'NOPE9'" in err and "GEO1, HIST7" in err


def test_cli_bad_code_and_empty_database(store, capsys):
    code, _, err = run(capsys, "--database", store.url, "report", "--class", "#!")
    assert code == 2 and "not a valid class code" in err and err.count("\n") == 1
    code, _, err = run(capsys, "--database", store.url, "report", "--class", "HIST7")
    assert code == 2 and "none recorded yet" in err


def test_cli_no_data_for_a_known_class(store, capsys, tmp_path):
    store.set_class("dora", "EMPTY1")
    code, stdout, _ = run(capsys, "--database", store.url, "report", "--class", "EMPTY1", "--out", str(tmp_path / "e.html"))
    assert code == 0 and "no quiz attempts or analysis answers yet" in stdout


def test_cli_unreadable_database(capsys, tmp_path):
    code, _, err = run(capsys, "--database", "postgresql://nobody@127.0.0.1:1/none", "report", "--class", "HIST7")
    assert code == 2 and err.startswith("error: cannot read the database") and err.count("\n") == 1


def test_chart_is_a_png():
    png = report.chart_png({"retain": {"right": 2, "wrong": 1}})
    assert png.startswith(b"\x89PNG") and report.chart_png({}) is None
    assert set(report.CHART_LABELS) == set(__import__("cable").OUTCOMES)
