"""Grading a prediction against the rule module with the one rubric: the clause, the flipping fact.

The expected answer is always recomputed with `cable.assess`, never stored, so a rule change
regrades every scenario. The verdict comes from `rubric` (outcome and deciding view right: right;
outcome right, view missing or wrong: partly right; otherwise wrong), the same for generated
questions, teachers' scenarios and ambiguity cases. The reply quotes what the student wrote and how
it was read, corrects any misconception first, quotes the clause with its source, and picks the one
change of facts that would have produced the student's own prediction when there is one.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Optional, Tuple, Union

import cable
from cable.facts import FACT, FLIP_ORDER
from cable.phrases import OUTCOME_SHORT
from cable.rules import DECIDING_VIEWS
from understanding.negation import with_apostrophes
from understanding.predictions import Prediction, outcome_in_words, parse_prediction, parse_reading
from understanding.quoting import quote as quote_words

from . import evidence, misconceptions, rubric
from .scenarios import Ambiguity, Scenario

EXAMPLES = '"approved to leave under view 2", "kept, view 1", "no provision" or "conflict between 1 and 4"'
GROUP_VIEWS = {"technical_personnel": 1, "ordinary_national": 2, "prisoner_of_war": 3}
OVERLAP_ENTRY = "interp_groups_overlap"


@dataclass(frozen=True)
class Clarify:
    """The message could not be graded; `message` says what to send instead."""

    message: str
    misconceptions: Tuple[str, ...] = ()


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
    misconceptions: Tuple[str, ...] = ()
    question: str = ""
    message: str = field(default="", compare=False)

    @property
    def correct(self) -> bool:
        return self.outcome_correct and self.clause_correct

    @property
    def verdict(self) -> str:
        return rubric.verdict(self.outcome_correct, self.clause_correct)

    @property
    def score(self) -> float:
        return rubric.SCORES[self.verdict]

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


def quote_view(view: int, sources: Optional[evidence.Sources] = None) -> str:
    mark = sources.mark([f"clause_view_{view}"]) if sources else ""
    return f'View {view}: "{cable.view(view).text}"{mark}'


def group_noun(group: str) -> str:
    """"technical personnel", "a prisoner of war": the rule module's own wording, without "the person is"."""
    return FACT["group"].says[group].replace("the person is ", "", 1)


def flip_text(flip: dict) -> str:
    """The flip's summary; a change of group says the person would be counted in another group instead."""
    if flip["field"] != "group" or not flip.get("from"):
        return flip["summary"]
    rest = flip["summary"][len(f"If {FACT['group'].would_be[flip['to']]}, "):]
    return f"If the person were counted as {group_noun(flip['to'])} instead of {group_noun(flip['from'])}, {rest}"


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


def _judge(expected: str, clauses: Tuple[int, ...], p: Prediction, words: Optional[str]):
    """(outcome right, view right, misapplied, missed). The outcome counts as right when the words or the
    view named give it: "approved to leave under view 3" has the outcome of view 2 and the wrong view."""
    outcome_ok = expected in (p.outcome, words)
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


def _headline(verdict: str, label: str, expected: str, p: Prediction) -> str:
    if verdict == rubric.RIGHT:
        return f"Right: {label}. (1 point)"
    if verdict == rubric.PARTLY:
        deciding = views_text(DECIDING_VIEWS[expected])
        issue = (f"but name the view that decides it ({deciding})" if not p.views
                 else f"but the view is not quite right: the deciding one is {deciding}")
        return f"Partly right: the outcome is right ({label}), {issue}. (half a point)"
    return f"Not quite: the cable's answer is {label}. (0 points)"


def card_label(scenario: Scenario) -> str:
    """"Inoue Masao, Japanese railway engineer": how the report names the question."""
    p = scenario.persona
    if not p:
        return ""
    label = f"{p.name}, {p.nationality} {p.occupation}".strip()
    return label + (f' (open question: "{scenario.ambiguity.term}")' if scenario.ambiguity else "")


def _overlap_note(sources: evidence.Sources) -> str:
    return ("Note: the cable does not say whether its groups overlap (a technician who was also a prisoner of "
            f"war, say); the quiz counts each person in one group{sources.mark([OVERLAP_ENTRY])}.")


def grade(scenario: Scenario, text: str) -> Union[Grade, Clarify]:
    """Grade a free-text prediction (and, for ambiguity cases, the reading argued)."""
    plain = with_apostrophes(text)
    p, words = parse_prediction(plain), outcome_in_words(plain)
    found = misconceptions.find(text, "quiz")
    sources = evidence.Sources()
    lines = misconceptions.correction(found, text, sources)
    mis = tuple(f.id for f in found)
    if scenario.ambiguity:
        return _grade_ambiguity(scenario, scenario.ambiguity, p, words, text, lines, sources, mis)
    if not p.understood:
        c = clarify_vague(p)
        return Clarify("\n".join(lines + [c.message] + sources.lines()), mis)
    det = cable.assess(scenario.case)
    expected, clauses = det.outcome, tuple(det.clauses)
    outcome_ok, clause_ok, misapplied, missed = _judge(expected, clauses, p, words)
    verdict = rubric.verdict(outcome_ok, clause_ok)
    lines.append(f'You wrote "{quote_words(text)}", which I read as {describe_prediction(p)}.')
    lines.append(_headline(verdict, det.outcome_label, expected, p))
    lines += [quote_view(v, sources) for v in clauses] or ["No numbered view of the cable applies."]
    lines.append(f"Why: {det.explanation}")
    lines += _why_not(det, misapplied)
    flip, matches = pick_flip(det, p.outcome)
    flip_said = flip_text(flip) if flip else None
    if flip_said:
        lines.append(f"The one fact that would have flipped it: {flip_said}"
                     + (" That change would have made your answer right." if matches and not outcome_ok else ""))
    group_view = GROUP_VIEWS.get(scenario.facts.get("group"))
    if (flip and flip["field"] == "group") or any(v in (1, 2, 3) and v != group_view for v in misapplied):
        lines.append(_overlap_note(sources))
    return Grade(scenario.id, scenario.source, scenario.level, expected, clauses, p.outcome, p.views,
                 outcome_ok, clause_ok, misapplied, missed, None, flip_said, mis, card_label(scenario),
                 "\n".join(lines + sources.lines()))


def _grade_ambiguity(scenario: Scenario, amb: Ambiguity, p: Prediction, words: Optional[str], text: str,
                     lines: list, sources: evidence.Sources, mis: tuple) -> Union[Grade, Clarify]:
    reading = parse_reading(text, amb.readings)
    inferred = False
    if reading is None and p.understood:
        fits = [r for r in amb.readings if r.outcome in (p.outcome, words)]
        reading, inferred = (fits[0], True) if len(fits) == 1 else (None, False)
    if reading is None and not p.understood:
        lines.append(f"Take a side first: does the person fall under \"{amb.term}\" or not? Say why in a sentence, "
                     f"then predict the outcome under your reading, for example {EXAMPLES}.")
        return Clarify("\n".join(lines + sources.lines()), mis)
    if not p.understood:
        lines.append(f"Your reading: {reading.label}. Now predict the outcome under it and name the view, "
                     f"for example {EXAMPLES}.")
        return Clarify("\n".join(lines + sources.lines()), mis)
    target = reading or amb.readings[0]
    outcome_ok, clause_ok, misapplied, missed = _judge(target.outcome, target.clauses, p, words)
    outcome_ok, clause_ok = outcome_ok and reading is not None, clause_ok and reading is not None
    verdict = rubric.verdict(outcome_ok, clause_ok)
    lines.append(f'You wrote "{quote_words(text)}".')
    if reading is None:
        lines.append("I couldn't tell which reading you argued for, and your prediction fits neither.")
    else:
        lines.append(f"Your reading{' (from your prediction)' if inferred else ''}: {reading.label}.")
    lines.append(f'The outcome depends on how you read "{amb.term}":')
    for r in amb.readings:
        lines.append(f"- If {r.label}: {cable.OUTCOME_LABELS[r.outcome]}.")
    if reading is not None:
        if verdict == rubric.RIGHT:
            lines.append(f"Right: your prediction, {describe_prediction(p)}, follows from your reading. (1 point)"
                         + (" Next time, also say why you read the term that way." if inferred else " Well argued."))
        elif verdict == rubric.PARTLY:
            lines.append(f"Partly right: your outcome follows from your reading; name the deciding "
                         f"{views_text(DECIDING_VIEWS.get(target.outcome, set()) or target.clauses)} too. (half a point)")
        else:
            lines.append(f"Not quite: your prediction, {describe_prediction(p)}, does not follow from your reading: "
                         f"under it the cable gives {OUTCOME_SHORT[target.outcome]}. (0 points)")
    else:
        lines.append("Not quite. (0 points)")
    views = sorted({v for r in amb.readings for v in r.clauses})
    lines += [quote_view(v, sources) for v in views]
    if amb.entry:
        lines.append("Evidence: " + sources.say(evidence.claim({"entry": amb.entry})))
    if amb.field == "group":
        lines.append(_overlap_note(sources))
    lines.append("Neither reading is settled by the sources: the cable gives no definition, so the outcome turns "
                 "on the reading you can best support.")
    return Grade(scenario.id, scenario.source, scenario.level, target.outcome, tuple(target.clauses), p.outcome,
                 p.views, outcome_ok, clause_ok, misapplied, missed,
                 str(reading.value) if reading else None, None, mis, card_label(scenario),
                 "\n".join(lines + sources.lines()))
