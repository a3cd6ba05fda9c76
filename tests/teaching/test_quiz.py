"""The quiz state machine: ten questions, score, rising difficulty, every outcome."""

import cable
from teaching import quiz, scenario_files
from teaching.grading import grade
from tests.teaching.test_grading import PHRASE


def right(s):
    if s.ambiguity:
        r = s.ambiguity.readings[0]
        return f"{r.label}, so " + PHRASE[r.outcome] + "".join(f" view {v}" for v in r.clauses)
    outcome, clauses = s.expected()
    return PHRASE[outcome] + "".join(f" view {v}" for v in clauses)


def play(seed, answer, teacher=()):
    state = quiz.next_question(quiz.new_quiz(seed), teacher)
    asked = []
    while True:
        s = quiz.current(state)
        asked.append(s)
        state, _ = quiz.record(state, grade(s, answer(s)))
        if state["done"]:
            return state, asked
        state = quiz.next_question(state, teacher)


def test_ten_right_answers_score_ten_and_raise_the_level():
    state, asked = play("student-a", right)
    assert len(asked) == quiz.TOTAL and state["score"] == quiz.TOTAL and state["done"]
    assert state["level"] == 3
    assert [s.level for s in asked][:2] == [1, 1]   # the first questions match the starting level
    assert "10 right out of 10" in quiz.outro(state)


def test_wrong_answers_keep_the_level_low():
    state, asked = play("student-b", lambda s: "no idea, maybe kept under view 1")
    assert state["level"] == 1 and state["score"] < quiz.TOTAL
    assert "Worth reviewing" in quiz.outro(state)


def test_generated_questions_cover_every_outcome():
    for seed in ("s1", "s2", "s3"):
        _, asked = play(seed, right)
        generated = {s.expected()[0] for s in asked if not s.ambiguity}
        assert generated == set(cable.OUTCOMES), seed


def test_ambiguity_cases_come_at_questions_four_and_eight():
    _, asked = play("student-c", right)
    assert [i + 1 for i, s in enumerate(asked) if s.ambiguity] == list(quiz.AMBIGUITY_AT)


def test_teacher_scenarios_come_at_three_six_and_nine():
    teacher = scenario_files.for_class(None)
    _, asked = play("student-d", right, teacher)
    from_teacher = [i + 1 for i, s in enumerate(asked) if s.source.startswith("teacher")]
    assert from_teacher == list(quiz.TEACHER_AT)
    assert len({s.id for s in asked}) == quiz.TOTAL   # no repeats


def test_the_same_conversation_gets_the_same_questions():
    assert [s.id for s in play("same", right)[1]] == [s.id for s in play("same", right)[1]]
    assert [s.id for s in play("same", right)[1]] != [s.id for s in play("other", right)[1]]


def test_skip_counts_in_the_score_line_and_hints_run_out():
    state = quiz.next_question(quiz.new_quiz("skip"))
    state, first = quiz.hint(state)
    assert first.startswith("Hint:")
    for _ in range(3):
        state, text = quiz.hint(state)
    assert "No more hints" in text
    state = quiz.skip(state)
    assert quiz.score_line(state) == "Score: 0 of 1 (1 skipped)."


def test_question_text_shows_the_card_once_then_a_reminder():
    state = quiz.next_question(quiz.new_quiz("q"))
    s = quiz.current(state)
    full = quiz.question_text(state)
    assert full.startswith("Question 1 of 10 (level 1)") and s.persona.text in full
    assert quiz.question_text(state, reminder=True).startswith(f"Back to question 1 of 10 ({s.persona.name})")


def test_the_first_question_is_always_at_level_one():
    for seed in range(40):
        state = quiz.next_question(quiz.new_quiz(f"first-{seed}"))
        assert quiz.current(state).level == 1
