"""Grading a prediction against the rule module: right or wrong, the clause, the one flipping fact.

The expected answer is always recomputed with `cable.assess`, never stored, so a rule
change regrades every scenario. A right answer names the deciding view(s) and only
views that apply; the feedback quotes the clause and picks the single change of facts
that would have produced the student's own prediction when there is one.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Optional, Tuple, Union

import cable
from cable.facts import FLIP_ORDER
from cable.phrases import OUTCOME_SHORT
from cable.rules import DECIDING_VIEWS
from understanding.predictions import Prediction, parse_prediction, parse_reading

from . import evidence
from .scenarios import Ambiguity, Scenario

EXAMPLES = '"approved to leave under view 2", "kept, view 1", "no provision" or "conflict between 1 and 4"'


@dataclass(frozen=True)
class Clarify:
    """The message could not be graded; `message` says what to send instead."""

    message: str


@dataclass(frozen=True)
class Grade:
    scenario_id: str
    source: str
    level: int
    expected_outcome: str
    expected_clauses: Tuple[int, ...]
    predicted_outcome: Optional[str]
    predicted_views: Tuple[int, ...]
    outcome_correct: bool
    clause_correct: bool
    misapplied: Tuple[int, ...] = ()
    missed: Tuple[int, ...] = ()
    reading: Optional[str] = None
    flip: Optional[str] = None
    message: str = field(default="", compare=False)

    @property
    def correct(self) -> bool:
        return self.outcome_correct and self.clause_correct

    @property
    def verdict(self) -> str:
        return "right" if self.correct else "partly right" if self.outcome_correct else "wrong"

    def record(self) -> dict:
        data = asdict(self)
        data.pop("message")
        data["correct"] = self.correct
        return data


def views_text(views) -> str:
    views = sorted(views)
    return ("view " if len(views) == 1 else "views ") + " and ".join(map(str, views))


def describe_prediction(p: Prediction) -> str:
    """The prediction in the rule module's words, e.g. 'approved to leave (view 2)'."""
    if p.outcome is None:
        return "no clear prediction"
    text = OUTCOME_SHORT[p.outcome]
    if p.views and p.outcome in DECIDING_VIEWS and set(p.views) != DECIDING_VIEWS[p.outcome]:
        text += f", naming {views_text(p.views)}"
    return text


def quote(view: int) -> str:
    return f'View {view}: "{cable.view(view).text}"'


def pick_flip(det: "cable.Determination", predicted: Optional[str]):
    """(flip, matches_prediction): prefer the change that gives the student's outcome."""
    flips = sorted(det.flips, key=lambda f: FLIP_ORDER.index(f["field"]))
    matching = [f for f in flips if f["outcome"] == predicted]
    if matching:
        return matching[0], True
    return (flips[0] if flips else None), False


def clarify_vague(p: Prediction) -> Clarify:
    if p.candidates == {"out_of_scope", "no_provision"}:
        return Clarify('Do you mean the cable does not cover this nationality at all ("out of scope"), '
                       'or that it covers the person but no view fits ("no provision")?')
    if p.candidates:
        return Clarify("Which view sends the person home: approved to leave under view 2, sent back on "
                       "request under view 3, or repatriated under view 4? Name the view.")
    return Clarify(f"I couldn't read a prediction in that. Name the outcome and the view, for example {EXAMPLES}. "
                   'You can also say "hint", "skip" or "stop the quiz".')


def _judge(expected: str, clauses: Tuple[int, ...], p: Prediction) -> Tuple[bool, bool, tuple, tuple]:
    outcome_ok = p.outcome == expected
    named = set(p.views)
    deciding = DECIDING_VIEWS.get(expected, set())
    misapplied = tuple(sorted(named - set(clauses)))
    if deciding:
        clause_ok = deciding <= named <= set(clauses)
        missed = tuple(sorted(deciding - named))
    else:  # no provision or out of scope: there is no clause to name
        clause_ok, missed = outcome_ok and not misapplied, ()
    return outcome_ok, clause_ok, misapplied, missed


def _why_not(det: "cable.Determination", views) -> list:
    steps = {s["view"]: s["because"] for s in det.reasoning if s["view"]}
    return [f"View {v} does not apply here: {steps[v]}" for v in views if v in steps]


def grade(scenario: Scenario, text: str) -> Union[Grade, Clarify]:
    """Grade a free-text prediction (and, for ambiguity cases, the reading argued)."""
    p = parse_prediction(text)
    if scenario.ambiguity:
        return _grade_ambiguity(scenario, scenario.ambiguity, p, text)
    if not p.understood:
        return clarify_vague(p)
    det = cable.assess(scenario.case)
    expected, clauses = det.outcome, tuple(det.clauses)
    outcome_ok, clause_ok, misapplied, missed = _judge(expected, clauses, p)
    lines = []
    if outcome_ok and clause_ok:
        lines.append(f"Right: {det.outcome_label}.")
    elif outcome_ok:
        issue = (f"but name the view that decides it ({views_text(DECIDING_VIEWS[expected])})" if not p.views
                 else f"but the clause is not quite right: the deciding {views_text(DECIDING_VIEWS[expected])}")
        lines.append(f"Partly right: the outcome is right ({det.outcome_label}), {issue}.")
    else:
        lines.append(f"Not quite: you predicted {describe_prediction(p)}; the cable's answer is {det.outcome_label}.")
    lines += [quote(v) for v in clauses] or ["No numbered view of the cable applies."]
    lines.append(f"Why: {det.explanation}")
    lines += _why_not(det, misapplied)
    flip, matches = pick_flip(det, p.outcome)
    flip_text = flip["summary"] if flip else None
    if flip_text:
        lines.append(f"The one fact that would have flipped it: {flip_text}"
                     + (" That change would have made your answer right." if matches and not outcome_ok else ""))
    return Grade(scenario.id, scenario.source, scenario.level, expected, clauses, p.outcome, p.views,
                 outcome_ok, clause_ok, misapplied, missed, None, flip_text, "\n".join(lines))


def _grade_ambiguity(scenario: Scenario, amb: Ambiguity, p: Prediction, text: str) -> Union[Grade, Clarify]:
    reading = parse_reading(text, amb.readings)
    inferred = False
    if reading is None and p.understood:
        fits = [r for r in amb.readings if r.outcome == p.outcome]
        reading, inferred = (fits[0], True) if len(fits) == 1 else (None, False)
    if reading is None and not p.understood:
        return Clarify(f"Take a side first: does the person fall under \"{amb.term}\" or not? Say why in a sentence, "
                       f"then predict the outcome under your reading, for example {EXAMPLES}.")
    if not p.understood:
        return Clarify(f"Your reading: {reading.label}. Now predict the outcome under it and name the view, "
                       f"for example {EXAMPLES}.")
    target = reading or amb.readings[0]
    outcome_ok, clause_ok, misapplied, missed = _judge(target.outcome, target.clauses, p)
    lines = []
    if reading is None:
        lines.append("I couldn't tell which reading you argued for, and your prediction fits neither.")
    else:
        lines.append(f"Your reading{' (from your prediction)' if inferred else ''}: {reading.label}.")
    lines.append(f'The outcome depends on how you read "{amb.term}":')
    for r in amb.readings:
        lines.append(f"- If {r.label}: {cable.OUTCOME_LABELS[r.outcome]}.")
    if reading is not None:
        if outcome_ok and clause_ok:
            lines.append(f"Your prediction, {describe_prediction(p)}, follows from your reading."
                         + (" Next time, also say why you read the term that way." if inferred else " Well argued."))
        elif outcome_ok:
            lines.append(f"Your outcome follows from your reading; name the deciding "
                         f"{views_text(DECIDING_VIEWS.get(target.outcome, set()) or target.clauses)} too.")
        else:
            lines.append(f"Your prediction, {describe_prediction(p)}, does not follow from your reading: under it "
                         f"the cable gives {OUTCOME_SHORT[target.outcome]}.")
    views = sorted({v for r in amb.readings for v in r.clauses})
    lines += [quote(v) for v in views]
    if amb.entry:
        lines.append("Evidence: " + evidence.cite(amb.entry))
    lines.append("Neither reading is settled by the sources: the cable gives no definition, so the outcome turns "
                 "on the reading you can best support.")
    return Grade(scenario.id, scenario.source, scenario.level, target.outcome, tuple(target.clauses), p.outcome,
                 p.views, outcome_ok and reading is not None, clause_ok and reading is not None, misapplied, missed,
                 str(reading.value) if reading else None, None, "\n".join(lines))
