"""The guided source analysis: ask first, then confirm, correct or push further, with evidence.

Steps come from analysis.yml. The state is a plain dict (it lives in a Rasa slot), and
every function here returns a new state and the message to show; nothing is stored here.
Answers are matched by concept patterns, so the reply can name what the student saw,
what they missed and where the knowledge base says so. Puzzles ("argue" steps) get both
sides of the evidence, never a verdict.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional, Tuple

import yaml

import cable
from understanding.text import fold

from . import evidence

CONTENT = Path(__file__).resolve().parent / "analysis.yml"
HABITS = ("sourcing", "contextualisation", "close reading", "corroboration")
_NEGATED = re.compile(r"(?:\bnot|n't|\bnever)\s+(?:\w+\s+)?$")
_SELF_NEGATED = re.compile(r"(?:not|non|isn't|doesn't|does not|no)\b")
FOOTER = '(Say "hint", "skip", "go back" or "stop"; "show the text" shows the cable again.)'


@dataclass(frozen=True)
class Point:
    id: str
    label: str
    patterns: Tuple[re.Pattern, ...]
    prompt: str = ""

    def found_in(self, text: str) -> bool:
        return any(p.search(text) for p in self.patterns)


@dataclass(frozen=True)
class Side:
    id: str
    label: str
    patterns: Tuple[re.Pattern, ...]
    evidence: str


@dataclass(frozen=True)
class Step:
    id: str
    habit: str
    kind: str                       # "check" or "argue"
    question: str
    hints: Tuple[str, ...]
    points: Tuple[Point, ...]
    needed: object                  # list of point ids, or a count
    misconceptions: Tuple[dict, ...]
    sides: Tuple[Side, ...]
    entry: str                      # the interpretation entry of a puzzle
    evidence: Tuple[str, ...]
    why: str

    def complete(self, got) -> bool:
        if isinstance(self.needed, int):
            return len(set(got)) >= self.needed
        return set(self.needed) <= set(got)


def _patterns(items) -> tuple:
    return tuple(re.compile(p) for p in items)


@functools.lru_cache(maxsize=1)
def steps() -> Tuple[Step, ...]:
    data = yaml.safe_load(CONTENT.read_text(encoding="utf-8"))
    out = []
    for s in data["steps"]:
        points = tuple(Point(p["id"], p["label"], _patterns(p["match"]), p.get("prompt", "")) for p in s["points"])
        sides = tuple(Side(d["id"], d["label"], _patterns(d["match"]), d["evidence"]) for d in s.get("sides", ()))
        misc = tuple({**m, "patterns": _patterns(m["match"])} for m in s.get("misconceptions", ()))
        needed = s.get("needed", len(points) if s["kind"] == "check" else 0)
        out.append(Step(s["id"], s["habit"], s["kind"], s["question"], tuple(s["hints"]), points, needed, misc,
                        sides, s.get("entry", ""), tuple(s.get("evidence", ())), s["why"]))
    return tuple(out)


def new_state() -> dict:
    return {"step": 0, "tries": 0, "hints": 0, "got": [], "results": {}, "done": False}


def current(state: dict) -> Step:
    return steps()[min(state["step"], len(steps()) - 1)]


def cable_text() -> str:
    lines = [f'"{cable.document.SHORT_TITLE}", {cable.DATE.day} {cable.DATE:%B %Y}, from the {cable.ISSUER} to the '
             f"{cable.RECIPIENT} (English translation, Wilson Center Digital Archive, document {cable.WILSON_CENTER_ID}).",
             f'Archive note: "{cable.ARCHIVE_NOTE}"']
    for c in cable.CLAUSES:
        lines.append(f"{c.number}. {c.text}" if c.number else c.text)
    return "\n".join(lines)


def intro() -> str:
    return ("Let's read the cable the way historians do, in four habits: sourcing, contextualisation, close "
            "reading and corroboration. At each step I ask first; answer in your own words and I'll respond "
            "with the evidence. Some questions are puzzles historians still argue about: take a side.\n"
            "Here is the text:\n" + cable_text())


def question_text(state: dict, reminder: bool = False) -> str:
    step = current(state)
    head = f"Step {state['step'] + 1} of {len(steps())}, {step.habit}"
    if reminder:
        return f"Back to {head.lower()}: {step.question}"
    return f"{head[0].upper()}{head[1:]}.\n{step.question}\n{FOOTER}"


def _cited(entries) -> List[str]:
    return [f"- {text}" for text in (evidence.cite(e) for e in entries) if text]


def _side(step: Step, text: str) -> Optional[Side]:
    votes = []
    for side in step.sides:
        hits = [m for p in side.patterns for m in p.finditer(text)
                if _SELF_NEGATED.match(m.group(0)) or not _NEGATED.search(text[:m.start()])]
        votes.append(len(hits))
    best = max(votes, default=0)
    if best == 0 or votes.count(best) > 1:
        return None
    return step.sides[votes.index(best)]


def _labels(points) -> str:
    labels = [p.label for p in points]
    return labels[0] if len(labels) == 1 else "; ".join(labels[:-1]) + "; and " + labels[-1]


def _advance(state: dict, verdict: str, got: list) -> dict:
    step = current(state)
    results = {**state["results"], step.id: verdict}
    nxt = state["step"] + 1
    return {**state, "step": min(nxt, len(steps()) - 1), "tries": 0, "hints": 0, "got": [],
            "results": results, "done": nxt >= len(steps()), "last": {"step": step.id, "got": got, "verdict": verdict}}


def _check(state: dict, step: Step, text: str) -> Tuple[dict, str, dict]:
    new = [p.id for p in step.points if p.found_in(text) and p.id not in state["got"]]
    got = state["got"] + new
    by_id = {p.id: p for p in step.points}
    wrong = [m for m in step.misconceptions if any(p.search(text) for p in m["patterns"])]
    corrections = [m["correction"] + (f" ({evidence.cite(m['entry'], with_answer=False)})" if m.get("entry") else "")
                   for m in wrong]
    record = {"matched": new, "misconceptions": [m["correction"][:60] for m in wrong]}
    if step.complete(got):
        lines = [f"Yes: {_labels([by_id[i] for i in got])}."] + corrections
        extra = [p for p in step.points if p.id not in got]
        if extra:
            lines.append(f"You could also add: {_labels(extra)}.")
        lines += ["Evidence:"] + _cited(step.evidence)
        return _advance(state, "complete", got), "\n".join(lines), {**record, "verdict": "complete"}
    missing = [p for p in step.points if p.id not in got]
    if state["tries"] == 0:  # one more try, pushed in the right direction
        lines = [f"Good: {_labels([by_id[i] for i in new])}." if new else "Not quite yet."] + corrections
        nudge = next((p.prompt for p in missing if p.prompt), "") if (new or corrections) else step.hints[0]
        lines.append(nudge)
        state = {**state, "tries": 1, "got": got}
        return state, "\n".join(line for line in lines if line), {**record, "verdict": "try again"}
    verdict = "partial" if got else "missed"
    lines = ([f"You found: {_labels([by_id[i] for i in got])}."] if got else []) + corrections
    lines.append(f"The full picture: {_labels(missing)}" + (" too." if got else "."))
    lines += ["Evidence:"] + _cited(step.evidence)
    return _advance(state, verdict, got), "\n".join(lines), {**record, "verdict": verdict}


def _argue(state: dict, step: Step, text: str) -> Tuple[dict, str, dict]:
    side = _side(step, text) or (_side_by_id(step, state.get("side")) if state.get("side") else None)
    new = [p.id for p in step.points if p.found_in(text) and p.id not in state["got"]]
    got = state["got"] + new
    cited = [p for p in step.points if p.id in got]
    record = {"matched": new, "misconceptions": [], "side": side.id if side else None}
    if state["tries"] == 0 and (side is None or not cited):
        if side is None:
            options = " or ".join(f'"{s.label}"' for s in step.sides)
            message = f"Take a side first: {options}? Then point to the words that support it."
        else:
            message = f"You read it as: {side.label}. Which words or facts support that reading?"
        return {**state, "tries": 1, "got": got, "side": side.id if side else None}, message, {
            **record, "verdict": "try again"}
    lines = []
    if side:
        lines.append(f"You argued that {side.label}" + (f", citing {_labels(cited)}." if cited else "."))
    else:
        lines.append("You didn't take a side, and that is a position too: the sources leave it open.")
    for s in step.sides:
        lines.append(f"For the reading that {s.label}: {s.evidence}")
    lines += ["What the sources let us say:"] + _cited([step.entry] + list(step.evidence))
    lines.append("Historians still argue about this; a good answer weighs both sides.")
    verdict = "argued" if side and cited else "argued without evidence" if side else "no position"
    state = {k: v for k, v in state.items() if k != "side"}
    return _advance(state, verdict, got), "\n".join(lines), {**record, "verdict": verdict}


def _side_by_id(step: Step, side_id: str) -> Optional[Side]:
    return next((s for s in step.sides if s.id == side_id), None)


def answer(state: dict, text: str) -> Tuple[dict, str, dict]:
    """Respond to an answer: (new state, message, record of what was matched for the teacher)."""
    step = current(state)
    t = fold(text)
    new_state_, message, record = (_check if step.kind == "check" else _argue)(state, step, t)
    return new_state_, message, {"step": step.id, "habit": step.habit, "attempt": state["tries"] + 1, **record}


def matches_anything(state: dict, text: str) -> bool:
    """Whether a message says anything the current step looks for (else it may be a question for the KB)."""
    step = current(state)
    t = fold(text)
    return (any(p.found_in(t) for p in step.points) or _side(step, t) is not None
            or any(any(p.search(t) for p in m["patterns"]) for m in step.misconceptions))


def hint(state: dict) -> Tuple[dict, str]:
    step = current(state)
    if state["hints"] >= len(step.hints):
        return state, 'That was the last hint. Try an answer in your own words, or say "skip".'
    return {**state, "hints": state["hints"] + 1}, f"Hint: {step.hints[state['hints']]}"


def skip(state: dict) -> Tuple[dict, str]:
    step = current(state)
    if step.kind == "check":
        message = f"Skipped. The key points were: {_labels(step.points)}."
    else:
        message = "Skipped. " + " ".join(f"For the reading that {s.label}: {s.evidence}" for s in step.sides)
    return _advance(state, "skipped", state["got"]), message


def back(state: dict) -> Tuple[dict, str]:
    if state["step"] == 0:
        return {**state, "tries": 0, "got": []}, "This is the first step; let's take it again."
    return {**state, "step": state["step"] - 1, "tries": 0, "hints": 0, "got": [], "done": False}, \
        "OK, back to the previous step."


def why(state: dict) -> str:
    return f"Why this step: {current(state).why}"


def outro(state: dict) -> str:
    results = state["results"]
    full = sum(v in ("complete", "argued") for v in results.values())
    lines = ["That's the four habits done: sourcing, contextualisation, close reading and corroboration.",
             f"You gave full answers at {full} of {len(steps())} steps."]
    review = [s for s in steps() if results.get(s.id) in ("partial", "missed", "skipped", "no position",
                                                           "argued without evidence")]
    if review:
        lines.append("Worth another look: " + "; ".join(f"{s.habit} ({s.question.split('?')[0][:60]}...)"
                                                       for s in review[:3]) + ".")
    lines.append('Say "quiz me" to apply the views to fictional people, or "my summary" for a record of your answers.')
    return "\n".join(lines)
