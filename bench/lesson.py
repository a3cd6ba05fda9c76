"""A lesson-length conversation: one student, hundreds of turns, in the order a lesson goes.

One round of LESSON is a short lesson (about 70 turns): a greeting, cases with follow-ups and a
question mid-form, document questions, a rating, the guided analysis, a ten-question quiz, the
summary and some digressions. `lesson_turns(n)` repeats it to any length, so a conversation of
2,000 turns goes round about thirty times, each round leaving the conversation in the state
the next one starts from (no form open). Each reply is checked for words it must contain, as
in bench/load.py; quiz questions are drawn per conversation, so a quiz answer is checked only
for being scored.
"""

import itertools
from typing import List

from bench.load import ASSESSMENT, FORM, GREETING, KNOWLEDGE, OPENING, Turn

# Turn kinds beyond load.KINDS: the lesson's other activities (timed, reported together).
TEACHING, OTHER = "teaching", "other"


def _t(text: str, kind: str, *expect: str) -> Turn:
    return Turn(text, kind, tuple(expect))


CASE = [
    _t("a Korean shopkeeper wants to go home", OPENING, "civil or criminal case"),
    _t("no", FORM, "difficulty living"),
    _t("no", FORM, "free trip"),
    _t("no", FORM, "So far:"),
    _t("yes", ASSESSMENT, "Approved to leave"),
]
FOLLOW_UPS = [
    _t("why?", OTHER, "Step by step"),
    _t("that was helpful", TEACHING, "this answer helped"),
    _t("what would change it?", OTHER, "single changes"),
    _t("what if she had a criminal case?", OTHER, "No provision"),
]
CASE_WITH_DIGRESSIONS = [
    _t("new case: a Japanese chemist", OPENING, "difficulty living"),
    _t("what does gratis mean?", KNOWLEDGE, "free", "difficulty living"),
    _t("why do you ask?", OTHER, "I ask because"),
    _t("he can barely make a living", FORM, "affect social order"),
    _t("yes, he keeps getting into fights", FORM, "So far:"),
    _t("yes", ASSESSMENT, "Conflict"),
]
QUESTIONS = [
    _t("who sent this cable?", KNOWLEDGE, "Foreign Ministry", "Source:"),
    _t("not helpful", TEACHING, "didn't help"),
    _t("what does gratis mean?", KNOWLEDGE, "free", "Source:"),
    _t("tell me more", KNOWLEDGE, "Evidence:"),
    _t("related documents", KNOWLEDGE, "1950-01-11"),
    _t("who was the foreign minister in 1950?", KNOWLEDGE, "Zhou Enlai"),
    _t("who won the world cup?", OTHER, "outside what I can help with"),
]
ANALYSIS = [
    _t("let's analyse the document", TEACHING, "Step 1 of 8"),
    _t("hint", TEACHING, "Hint:"),
    _t("the foreign ministry, to the shanghai office", TEACHING, "Step 2 of 8"),
    _t("what does gratis mean?", KNOWLEDGE, "free", "Back to step 2 of 8"),
    *[_t("skip", TEACHING, f"Step {n} of 8") for n in range(3, 9)],
    _t("skip", TEACHING, "Skipped"),
]
QUIZ = [
    _t("quiz me", TEACHING, "Question 1 of 10"),
    _t("approved to leave under view 2", TEACHING, "Score:", "Question 2 of 10"),
    _t("why?", TEACHING, "About the last question"),
    *[_t("no provision", TEACHING, "Score:", f"Question {n} of 10") for n in range(3, 11)],
    _t("retain under view 1", TEACHING, "Score:"),
]
WRAP_UP = [
    _t("my summary", TEACHING, "Your session so far"),
    _t("hello", GREETING, "study assistant"),
    _t("what can you do?", OTHER, "assess a fictional person"),
]

LESSON: List[Turn] = [*CASE, *FOLLOW_UPS, *QUESTIONS, *CASE_WITH_DIGRESSIONS, *ANALYSIS, *QUIZ, *WRAP_UP]


def lesson_turns(n: int) -> List[Turn]:
    """The first `n` turns of a lesson that goes round LESSON as often as it takes."""
    if n < 0:
        raise ValueError(f"a conversation cannot have {n} turns")
    return list(itertools.islice(itertools.cycle(LESSON), n))
