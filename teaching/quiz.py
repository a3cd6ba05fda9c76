"""The quiz: ten fictional people, predicted and graded, getting harder as the student succeeds.

The state is a plain dict kept in a Rasa slot. The same conversation id always gives the
same questions (seeded), which keeps recorded test conversations repeatable. Questions 3, 6
and 9 come from the teachers' scenario sets when there are any, 4 and 8 are ambiguity
cases, and the rest are generated, each time for the outcome asked least so far.
"""

from __future__ import annotations

from typing import Optional, Sequence, Tuple

import cable

from . import rubric, scenarios as sc
from .grading import EXAMPLES, Grade

TOTAL = 10
TEACHER_AT = (3, 6, 9)
AMBIGUITY_AT = (4, 8)
STREAK = 2   # right (or wrong) answers in a row that move the level up (or down)
GROUP_VIEW = {"technical_personnel": (1, "technical personnel"), "ordinary_national": (2, "an ordinary national"),
              "prisoner_of_war": (3, "a prisoner of war")}


def new_quiz(seed: str, total: int = TOTAL, round_: int = 1) -> dict:
    return {"seed": seed, "round": round_, "total": total, "n": 0, "level": 1, "streak": 0, "score": 0,
            "graded": 0, "skipped": 0, "asked": [], "outcomes": {}, "current": None, "awaiting": False,
            "hints": 0, "shown": 0, "history": [], "done": False, "last": None, "names": []}


def current(state: dict) -> Optional[sc.Scenario]:
    return sc.Scenario.from_dict(state["current"]) if state.get("current") else None


def next_question(state: dict, teacher: Sequence[sc.Scenario] = ()) -> dict:
    n = state["n"] + 1
    rng = sc.rng_for(state["seed"], state["round"], n)
    asked, names = set(state["asked"]), list(state.get("names") or [])
    unused = [s for s in teacher if s.id not in asked and s.persona.name not in names]
    if n in TEACHER_AT and unused:
        scenario = unused[0]
    elif n in AMBIGUITY_AT:
        scenario = sc.ambiguity_scenario(rng, asked, avoid=names)
    else:
        scenario = sc.generate(state["level"], state["outcomes"], asked, rng, avoid=names)
    return {**state, "n": n, "current": scenario.to_dict(), "asked": state["asked"] + [scenario.id],
            "awaiting": True, "hints": 0, "shown": 0, "names": names + [scenario.persona.name]}


def _count(state: dict, outcome: str) -> dict:
    """Outcomes asked so far, for the rotation; an ambiguity case has no single outcome, so it does not count."""
    if state["current"] and state["current"].get("ambiguity"):
        return state["outcomes"]
    return {**state["outcomes"], outcome: state["outcomes"].get(outcome, 0) + 1}


def record(state: dict, grade: Grade) -> Tuple[dict, str]:
    """Score a graded answer and adjust the level; returns the new state and a note for the student."""
    right = grade.correct
    if grade.verdict == rubric.PARTLY:
        streak = 0
    else:
        streak = (max(state["streak"], 0) + 1) if right else (min(state["streak"], 0) - 1)
    level, note = state["level"], ""
    if streak >= STREAK and level < max(sc.LEVELS):
        level, streak, note = level + 1, 0, f"Two right in a row: the next questions get harder (level {level + 1})."
    elif streak <= -STREAK and level > min(sc.LEVELS):
        level, streak, note = level - 1, 0, f"Let's make the next one a little easier (level {level - 1})."
    entry = {"n": state["n"], "id": grade.scenario_id, "verdict": grade.verdict, "expected": grade.expected_outcome,
             "predicted": grade.predicted_outcome, "level": grade.level}
    state = {**state, "score": state["score"] + grade.score, "graded": state["graded"] + 1, "streak": streak,
             "level": level, "outcomes": _count(state, grade.expected_outcome), "awaiting": False,
             "history": state["history"] + [entry], "last": state["current"]}
    return {**state, "done": state["n"] >= state["total"]}, note


def skip(state: dict) -> dict:
    s = current(state)
    entry = {"n": state["n"], "id": s.id, "verdict": "skipped", "expected": s.expected()[0], "predicted": None,
             "level": s.level}
    return {**state, "skipped": state["skipped"] + 1, "awaiting": False, "outcomes": _count(state, s.expected()[0]),
            "history": state["history"] + [entry], "done": state["n"] >= state["total"], "last": state["current"]}


def score_line(state: dict) -> str:
    done = state["graded"] + state["skipped"]
    return (f"Score: {rubric.points(state['score'])} of {done}"
            + (f" ({state['skipped']} skipped)." if state["skipped"] else "."))


def intro(state: dict) -> str:
    return (f"Quiz: {state['total']} fictional people (the names are invented). For each, predict what the cable "
            f"says and name the view. Say \"hint\", \"skip\" or \"stop the quiz\" at any time; the questions get "
            f"harder as you get them right.\n{rubric.EXPLAINED}")


def _prompt(s: sc.Scenario) -> str:
    if s.ambiguity:
        return s.ambiguity.question
    return f"What does the cable say should happen to {s.persona.name}? Predict the outcome and name the view, for example {EXAMPLES}."


def question_text(state: dict, reminder: bool = False) -> str:
    s = current(state)
    if reminder:
        return f"Back to question {state['n']} of {state['total']} ({s.persona.name}): {_prompt(s)}"
    return (f"Question {state['n']} of {state['total']} (level {s.level}"
            + (", from your teacher's set" if s.source.startswith("teacher") else "")
            + (", an ambiguity case" if s.ambiguity else "") + f").\n{s.persona.card()}\n{_prompt(s)}")


def hint(state: dict) -> Tuple[dict, str]:
    s = current(state)
    k = state["hints"]
    if s.ambiguity:
        texts = [f"Decide first whether \"{s.ambiguity.term}\" fits {s.persona.name}, and say why. Then apply the "
                 "views as usual: view 1 for technical personnel, view 2 for ordinary nationals who ask to return, "
                 "view 3 for prisoners of war who ask, view 4 for difficulty living in China plus affecting social order.",
                 "Work out the outcome under both readings, then argue for the one you find more convincing."]
    elif s.facts.get("nationality") == "other":
        texts = ['Start with scope: the preamble speaks of "Japanese and Korean nationals". What is '
                 f"{s.persona.name}'s nationality?"]
    else:
        view, label = GROUP_VIEW.get(s.facts.get("group"), (None, "in no named group"))
        first = (f"Start with the group: {s.persona.name} is {label}, and view {view} covers that group. "
                 if view else "The card does not say which group the person belongs to, so views 1 to 3 cannot apply. ")
        texts = [first + "Then check view 4, which can apply to anyone.",
                 "Check each condition against the card: " + " ".join(
                     f'View {v}: "{cable.view(v).text}"' for v in ([view] if view else []) + [4])]
    if k >= len(texts):
        return state, "No more hints for this one: make your best prediction, or say \"skip\"."
    return {**state, "hints": k + 1}, "Hint: " + texts[k]


def outro(state: dict) -> str:
    counts = {v: sum(h["verdict"] == v for h in state["history"]) for v in rubric.VERDICTS}
    lines = [f"Quiz finished: {counts[rubric.RIGHT]} right out of {state['total']}."
             + (f" {counts[rubric.PARTLY]} partly right, so {rubric.points(state['score'])} points in all."
                if counts[rubric.PARTLY] else "")]
    wrong = [h for h in state["history"] if h["verdict"] != "right"]
    if wrong:
        missed = sorted({cable.OUTCOME_LABELS[h["expected"]] for h in wrong})
        lines.append("Worth reviewing: " + "; ".join(missed) + ".")
    else:
        lines.append("Every one right.")
    lines.append(f"You finished at level {state['level']}. Say \"my summary\" for a review list, or \"quiz me\" for a new quiz.")
    return "\n".join(lines)
