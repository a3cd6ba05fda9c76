"""The one rubric for every graded prediction, in the quiz and in teachers' scenario sets.

    right         outcome and deciding view right                  1 point
    partly right  outcome right, view missing or wrong             half a point
    wrong         anything else                                    0

`verdict` and `SCORES` are used by grading, the quiz's score, the student's summary and the teacher's
report alike; `EXPLAINED` is shown to the student once, when a quiz starts.
"""

from __future__ import annotations

RIGHT, PARTLY, WRONG = "right", "partly right", "wrong"
VERDICTS = (RIGHT, PARTLY, WRONG)
SCORES = {RIGHT: 1.0, PARTLY: 0.5, WRONG: 0.0}
EXPLAINED = ("How answers are marked: the right outcome with the view that decides it is right (1 point); "
             "the right outcome with the view missing or wrong is partly right (half a point); anything "
             "else is wrong (0).")
HEADLINE = {RIGHT: "Right (1 point)", PARTLY: "Partly right (half a point)", WRONG: "Not quite (0 points)"}


def verdict(outcome_correct: bool, view_correct: bool) -> str:
    if outcome_correct and view_correct:
        return RIGHT
    return PARTLY if outcome_correct else WRONG


def score(outcome_correct: bool, view_correct: bool) -> float:
    return SCORES[verdict(outcome_correct, view_correct)]


def points(value: float) -> str:
    """1.0 -> '1', 2.5 -> '2.5'."""
    return f"{value:g}"
