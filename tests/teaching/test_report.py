"""The teacher's report, built from recorded attempts, and its command line."""

import csv
import datetime as dt
import io

import pytest

from tests.teaching.records import ENGINEER, KOREAN_ASKS, POW_ASKS, attempt
from teaching import report, scenarios as sc
from teaching.cli import main
from teaching.grading import grade


@pytest.fixture
def classroom(store):
    """Three students in HIST7, one in another class; the teacher created both classes."""
    store.keys = {"HIST7": store.create_class("HIST7"), "GEO1": store.create_class("GEO1")}
    store.set_class("alice", "HIST7")
    store.set_class("bob", "HIST7")
    store.set_class("cara", "HIST7")
    attempt(store, "alice", KOREAN_ASKS, "approved to leave under view 2", "HIST7", 1)
    attempt(store, "alice", ENGINEER, "kept, view 1", "HIST7", 2)
    attempt(store, "bob", KOREAN_ASKS, "kept, view 1", "HIST7", 1)            # wrong: misapplies view 1
    attempt(store, "bob", POW_ASKS, "approved to leave, view 2", "HIST7", 2)   # wrong: view 2 for a POW
    attempt(store, "bob", ENGINEER, "they keep him", "HIST7", 3)              # partly right: no view named
    attempt(store, "zed", ENGINEER, "kept, view 1", "GEO1", 1)
    store.add_event("bob", "HIST7", "quiz", "question 3", "hint")
    store.add_event("bob", "HIST7", "quiz", "question 4", "skip", question_label="Kim Yong-su, Korean settler")
    store.add_analysis("cara", "HIST7", {"step": "sourcing_author", "habit": "sourcing", "attempt": 1,
                                         "verdict": "try again", "misconceptions": ["No person is named"]}, "Mao")
    store.add_analysis("cara", "HIST7", {"step": "sourcing_author", "habit": "sourcing", "attempt": 2,
                                         "verdict": "complete"}, "the ministry to shanghai")
    store.add_analysis("cara", "HIST7", {"step": "context_when", "habit": "contextualisation", "attempt": 1,
                                         "verdict": "try again", "misconceptions": ["during_korean_war"]},
                       "1950, during the korean war")
    store.add_event("cara", "HIST7", "analysis", "context_when", "hint")
    store.add_event("cara", "HIST7", "analysis", "context_when", "skip")
    store.add_rating("bob", "HIST7", False, "quiz", "question 2", "Not quite: <b>you</b> predicted approved")
    store.add_rating("alice", "HIST7", True, "knowledge", "gl_gratis", "Gratis means free")
    return store


def test_figures(classroom):
    s = report.stats(classroom, "HIST7")
    assert [st["id"] for st in s["students"]] == ["alice", "bob", "cara"]
    assert {st["id"]: (st["answered"], st["right"]) for st in s["students"]} == {
        "alice": (2, 2), "bob": (3, 0), "cara": (0, 0)}
    assert s["attempts"] == 5 and s["right"] == 2 and s["analysis_answers"] == 3
    assert s["points"] == 2.5                           # bob's partly right answer counts half
    assert s["misapplied"] == {1: 1, 2: 1}
    assert s["missed"] == {2: 1, 3: 1, 1: 1}
    assert s["by_outcome"] == {"retain": {"right": 1, "partly right": 1},
                               "approve_return": {"right": 1, "wrong": 1}, "return_on_request": {"wrong": 1}}
    assert dict(s["wrong_predictions"]) == {("approve_return", "retain"): 1, ("return_on_request", "approve_return"): 1}
    assert s["steps"] == {"sourcing_author": {"complete": 1}, "context_when": {"try again": 1}}
    assert dict(s["misconceptions"]) == {"No person is named": 1, "It was written during the Korean War": 1}
    assert [r.ref for r in s["unhelpful"]] == ["question 2"] and s["helpful"] == 1
    bob = s["students"][1]
    assert (bob["hints"], bob["skips"], bob["partly"], bob["points"]) == (1, 1, 1, 0.5)


def test_each_students_own_words_hints_and_skips(classroom):
    s = report.stats(classroom, "HIST7")
    cara = {w["question"]: w for w in s["students"][2]["work"]}
    first = cara["Step 1 of 10 (sourcing): who wrote it, and for whom"]
    assert (first["first"], first["final"], first["result"]) == ("Mao", "the ministry to shanghai", "complete")
    when = cara["Step 3 of 10 (contextualisation): when it was written, and what was happening"]
    assert when["hints"] == 1 and when["skipped"] and when["corrected"] == ["It was written during the Korean War"]
    bob = {w["question"]: w for w in s["students"][1]["work"]}
    assert bob["Question 4: Kim Yong-su, Korean settler"]["skipped"]
    assert any(q.startswith("Question 1: ") and w["first"] == "kept, view 1" for q, w in bob.items())


def test_html_is_self_contained_escaped_and_has_the_chart(classroom):
    html = report.render(report.stats(classroom, "HIST7"))
    assert "data:image/png;base64," in html and "<script" not in html and "http" not in html.split("<body>")[0]
    assert "&lt;b&gt;you&lt;/b&gt;" in html and "<b>you</b>" not in html
    assert "3</strong> student(s)" in html and "2</strong> right (40%)" in html
    assert "Clauses most often misapplied" in html and "Common wrong predictions" in html
    assert "Answers rated not helpful" in html
    assert "1 answer(s) rated helpful; 1 rated not helpful." in html
    assert "Each student's work" in html and "the ministry to shanghai" in html
    assert "It was written during the Korean War" in html            # labels, never cut mid-sentence
    assert "gen:" not in html and "amb:" not in html and "sourcing_author" not in html
    assert "All answers: the first was given on" in html


def test_readings_and_questions_have_readable_labels(store):
    store.create_class("AMB1")
    base = {"nationality": "japanese", "requests_return": True}
    readings = sc._readings(base, "group", "Sato")
    amb = sc.Ambiguity("group", "technical personnel", "Is he technical personnel?", readings, "gl_technical_personnel")
    s = sc.Scenario("amb:group:nationality=japanese,requests_return=True", "generated", 2, {**base, "group": None},
                    None, amb)
    g = grade(s, "he counts as technical personnel, so kept under view 1")
    store.add_attempt("dan", "AMB1", 4, g.record(), "he counts as technical personnel, so kept under view 1")
    figures = report.stats(store, "AMB1")
    [((question, reading), n)] = figures["readings"]
    assert question == 'open question ("technical personnel"): Japanese; asks to return home'
    assert reading == "counts as technical personnel" and n == 1


def test_a_class_with_no_answers_says_so(store):
    store.create_class("EMPTY1")
    store.set_class("dora", "EMPTY1")
    html = report.render(report.stats(store, "EMPTY1"))
    assert "No data yet" in html and "data:image" not in html


def test_a_date_range_keeps_only_answers_in_it(classroom):
    today = dt.datetime.now(dt.timezone.utc).date()
    assert report.stats(classroom, "HIST7", since=today)["attempts"] == 5
    later = report.stats(classroom, "HIST7", since=today + dt.timedelta(days=1))
    assert later["attempts"] == 0 and later["analysis_answers"] == 0
    assert "none in this period" in report.render(later) or "No data yet" in report.render(later)


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_writes_the_report(classroom, capsys, tmp_path):
    out = tmp_path / "r.html"
    code, stdout, _ = run(capsys, "--database", classroom.url, "report", "--class", "hist7",
                          "--key", classroom.keys["HIST7"], "--out", str(out))
    assert code == 0 and "class HIST7, 3 student(s), 5 quiz answers" in stdout
    assert out.read_text().startswith("<!doctype html>")


def test_cli_writes_one_csv_row_per_answer(classroom, capsys, tmp_path):
    out = tmp_path / "answers.csv"
    code, stdout, _ = run(capsys, "--database", classroom.url, "report", "--class", "HIST7",
                          "--key", classroom.keys["HIST7"], "--csv", str(out))
    assert code == 0 and "8 answer(s), one per row" in stdout
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert len(rows) == 8 and list(rows[0]) == list(report.CSV_COLUMNS)
    partly = next(r for r in rows if r["student_words"] == "they keep him")
    assert (partly["class"], partly["conversation"], partly["activity"], partly["verdict"], partly["score"]) == (
        "HIST7", "bob", "quiz", "partly right", "0.5")
    assert partly["question"].startswith("Question 3: ") and "gen:" not in partly["question"]
    analysis = [r for r in rows if r["activity"] == "analysis"]
    assert [r["student_words"] for r in analysis] == ["Mao", "the ministry to shanghai", "1950, during the korean war"]
    assert analysis[1]["score"] == "1" and analysis[0]["score"] == ""   # a first try awaiting a second is not scored


def test_csv_cells_that_look_like_formulas_are_inert(store, capsys, tmp_path):
    key = store.create_class("CSV1")
    attempt(store, "eve", KOREAN_ASKS, "=HYPERLINK(\"x\") approved to leave, view 2", "CSV1")
    out = tmp_path / "a.csv"
    assert run(capsys, "--database", store.url, "report", "--class", "CSV1", "--key", key, "--csv", str(out))[0] == 0
    assert "'=HYPERLINK" in out.read_text()


def test_cli_unknown_class_is_one_line_exit_2(classroom, capsys):
    code, _, err = run(capsys, "--database", classroom.url, "report", "--class", "NOPE9", "--key", "x")
    assert code == 2 and err.count("\n") == 1
    assert "unknown class code 'NOPE9'" in err and "GEO1, HIST7" in err and "class create NOPE9" in err


def test_cli_needs_the_right_teacher_key(classroom, capsys, monkeypatch):
    monkeypatch.delenv("TEACHER_KEY", raising=False)
    code, _, err = run(capsys, "--database", classroom.url, "report", "--class", "HIST7", "--key", "guess")
    assert code == 2 and err == "error: wrong teacher key for class HIST7\n"
    code, _, err = run(capsys, "--database", classroom.url, "report", "--class", "HIST7",
                       "--key", classroom.keys["GEO1"])
    assert code == 2 and "wrong teacher key" in err                      # another class's key is no key
    code, _, err = run(capsys, "--database", classroom.url, "report", "--class", "HIST7")
    assert code == 2 and "needs the teacher key" in err and err.count("\n") == 1


@pytest.mark.parametrize("args,words", [
    (["--since", "14/03/2025"], "--since '14/03/2025' is not a date"),
    (["--since", "2025-03-14", "--until", "2025-03-01"], "--since 2025-03-14 is after --until 2025-03-01"),
])
def test_cli_bad_dates(classroom, capsys, args, words):
    code, _, err = run(capsys, "--database", classroom.url, "report", "--class", "HIST7",
                       "--key", classroom.keys["HIST7"], *args)
    assert code == 2 and words in err and err.count("\n") == 1


def test_cli_bad_code_and_empty_database(store, capsys):
    code, _, err = run(capsys, "--database", store.url, "report", "--class", "#!")
    assert code == 2 and "not a valid class code" in err and err.count("\n") == 1
    code, _, err = run(capsys, "--database", store.url, "report", "--class", "HIST7")
    assert code == 2 and "none yet" in err


def test_cli_no_data_for_a_known_class(store, capsys, tmp_path):
    key = store.create_class("EMPTY1")
    store.set_class("dora", "EMPTY1")
    code, stdout, _ = run(capsys, "--database", store.url, "report", "--class", "EMPTY1", "--key", key,
                          "--out", str(tmp_path / "e.html"))
    assert code == 0 and "no quiz attempts or analysis answers yet" in stdout


def test_cli_unreadable_database(capsys, tmp_path):
    code, _, err = run(capsys, "--database", "postgresql://nobody@127.0.0.1:1/none", "report", "--class", "HIST7")
    assert code == 2 and err.startswith("error: cannot read the database") and err.count("\n") == 1


def test_cli_class_create_prints_a_key_once(store, capsys):
    code, out, _ = run(capsys, "--database", store.url, "class", "create", "hist8")
    assert code == 0 and out.startswith("created class HIST8\nteacher key: ")
    key = out.splitlines()[1].split(": ", 1)[1]
    assert store.check_key("HIST8", key) and not store.check_key("HIST8", key + "x")
    code, _, err = run(capsys, "--database", store.url, "class", "create", "HIST8")
    assert code == 2 and "class HIST8 already exists" in err and err.count("\n") == 1
    code, _, err = run(capsys, "--database", store.url, "class", "create", "9!")
    assert code == 2 and "not a valid class code" in err


def test_chart_is_a_png():
    png = report.chart_png({"retain": {"right": 2, "wrong": 1}})
    assert png.startswith(b"\x89PNG") and report.chart_png({}) is None
    assert set(report.CHART_LABELS) == set(__import__("cable").OUTCOMES)
