"""Teaching mode over the REST webhook against the real servers: a whole lesson.

A student gives a class code, walks through the source analysis, takes a ten-question
quiz answered from the rule module, rates an answer; the teacher's report built from
the same database shows those figures.
"""

import subprocess
import sys

import pytest
from sqlalchemy import create_engine, text

import cable
from tests.e2e.harness import ROOT

pytestmark = pytest.mark.e2e

PHRASE = {"approve_return": "approved to leave", "retain": "kept", "return_on_request": "sent back on request",
          "repatriate": "repatriated", "conflict": "conflict", "no_provision": "no provision",
          "out_of_scope": "out of scope"}
ANALYSIS_ANSWERS = [
    "The Foreign Ministry in Beijing wrote it to the Shanghai Foreign Affairs office, replying to a letter",
    "It is about Japanese too; the archive editors probably chose the title for their collection",
    "April 1950, just months after the communists founded the People's Republic",
    "I think it was routine administration: it never mentions soldiers or war, and covers the Japanese too",
    "Technical personnel are kept, ordinary nationals without cases may leave, prisoners of war are sent back "
    "if they ask, and people who disturb social order are repatriated",
    "It's advice: the ministry only proposes views based on experience with past cases",
    "Partly: view 4 is forced, but views 2 and 3 depend on a request, so involuntary only fits part",
    "Both are about Koreans going back to Korea, but the CMC cable moves soldiers in units while ours is about "
    "civilians, because the army handled its own men",
    "Keeping the Japanese technicians fits view 1, but the returns came later in big batches because there were "
    "no diplomatic relations",
    "Shanghai's letter, the Chinese original, and the related cables about Korean soldiers",
]
STEPS = len(ANALYSIS_ANSWERS)


def create_class(bot, code: str) -> str:
    """The teacher creates the class with the real command line; returns the teacher key."""
    result = subprocess.run([sys.executable, "-m", "teaching", "--database", bot.database_url, "class", "create", code],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()[1].split(": ", 1)[1]


def rows(bot, query, **params):
    engine = create_engine(bot.database_url, future=True)
    with engine.connect() as conn:
        return conn.execute(text(query), params).all()


def right_answer(current: dict) -> str:
    amb = current.get("ambiguity")
    if amb:
        r = amb["readings"][0]
        return f"{r['label']}, so {PHRASE[r['outcome']]}" + "".join(f" view {v}" for v in r["clauses"])
    facts = {k: v for k, v in current["facts"].items() if v is not None}
    outcome, clauses = cable.rules.result(cable.Case.from_dict(facts))
    return PHRASE[outcome] + "".join(f" view {v}" for v in clauses)


def test_a_class_code_then_the_whole_analysis(bot, sender):
    assert "There's no class ANA1" in bot.texts(sender, "my class code is ANA1")   # not created yet
    create_class(bot, "ANA1")
    assert "class ANA1" in bot.texts(sender, "my class code is ANA1")
    reply = bot.texts(sender, "let's analyse the document")
    assert "four habits" in reply and f"Step 1 of {STEPS}, sourcing." in reply
    for n, answer in enumerate(ANALYSIS_ANSWERS, 1):
        reply = bot.texts(sender, answer)
        assert "Source:" in reply, reply
        if n < len(ANALYSIS_ANSWERS):
            assert f"Step {n + 1} of {STEPS}" in reply
    assert "four habits done" in reply and f"full answers at {STEPS} of {STEPS} steps" in reply
    stored = rows(bot, "select verdict, class_code from teaching_analysis_answers where conversation_id = :c", c=sender)
    assert len(stored) == STEPS and {r[1] for r in stored} == {"ANA1"}
    assert {r[0] for r in stored} <= {"complete", "argued"}


def test_a_ten_question_quiz_graded_by_the_rules_and_the_teachers_report(bot, sender, tmp_path):
    key = create_class(bot, "E2E1")
    bot.texts(sender, "my class code is E2E1")
    reply = bot.texts(sender, "quiz me")
    assert "Question 1 of 10 (level 1)" in reply and "Persona card:" in reply
    for n in range(1, 11):
        current = bot.slots(sender)["quiz_state"]["current"]
        reply = bot.texts(sender, right_answer(current))
        assert "Right:" in reply or "Your prediction" in reply, reply
        assert f"Score: {n} of {n}." in reply
    assert "Quiz finished: 10 right out of 10." in reply
    assert "level 3" in reply
    stored = rows(bot, "select correct, expected_outcome from teaching_quiz_attempts where class_code = 'E2E1'")
    assert len(stored) == 10 and all(r[0] for r in stored)
    out = tmp_path / "report.html"
    answers = tmp_path / "answers.csv"
    result = subprocess.run([sys.executable, "-m", "teaching", "--database", bot.database_url, "report",
                             "--class", "E2E1", "--key", key, "--out", str(out), "--csv", str(answers)],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert len(answers.read_text().splitlines()) == 11          # a header and one row per answer
    html = out.read_text()
    assert "<strong>1</strong> student(s); <strong>10</strong> quiz answers, <strong>10</strong> right (100%)" in html
    assert "data:image/png;base64," in html


def test_a_wrong_prediction_gets_the_clause_and_the_flipping_fact(bot, sender):
    bot.texts(sender, "quiz me")
    current = bot.slots(sender)["quiz_state"]["current"]
    facts = {k: v for k, v in current["facts"].items() if v is not None}
    outcome, clauses = cable.rules.result(cable.Case.from_dict(facts))
    wrong = "no provision" if outcome != "no_provision" else "kept, view 1"
    reply = bot.texts(sender, wrong)
    assert "Not quite" in reply and cable.OUTCOME_LABELS[outcome] in reply
    assert all(cable.view(v).text in reply for v in clauses)
    assert "would have flipped it" in reply and "Score: 0 of 1." in reply


def test_pause_the_analysis_take_the_quiz_then_resume(bot, sender):
    bot.texts(sender, "let's analyse the document")
    assert f"Step 2 of {STEPS}" in bot.texts(sender, ANALYSIS_ANSWERS[0])
    assert f"Paused at step 2 of {STEPS}" in bot.texts(sender, "stop")
    assert "Question 1 of 10" in bot.texts(sender, "quiz me")
    assert "Quiz paused at question 1 of 10" in bot.texts(sender, "stop the quiz")
    reply = bot.texts(sender, "resume the analysis")
    assert "Welcome back" in reply and f"Step 2 of {STEPS}, sourcing." in reply


def test_rating_a_knowledge_answer_is_stored_and_reported(bot, sender):
    create_class(bot, "RATE1")
    bot.texts(sender, "my class code is RATE1")
    reply = bot.send(sender, "what does gratis mean?")
    assert any(b["payload"] == "/rate_unhelpful" for m in reply for b in m.get("buttons", []))
    assert "didn't help" in bot.texts(sender, "/rate_unhelpful")
    [(helpful, kind, ref, answer)] = rows(
        bot, "select helpful, kind, ref, answer_text from teaching_ratings where conversation_id = :c", c=sender)
    assert (bool(helpful), kind, ref) == (False, "knowledge", "gl_gratis") and "free of charge" in answer
    assert [b["title"] for m in reply for b in m.get("buttons", [])] == ["Helpful", "Not helpful"]


def test_an_aside_mid_analysis_is_answered_and_not_recorded(bot, sender):
    bot.texts(sender, "let's analyse the document")
    reply = bot.texts(sender, "wait is this gonna be on the test? also whats your favourite food lol")
    assert "up to your teacher" in reply and "Back to step 1" in reply
    assert rows(bot, "select count(*) from teaching_analysis_answers where conversation_id = :c", c=sender) == [(0,)]
