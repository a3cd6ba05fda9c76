"""The guided source analysis: ask first, then confirm, correct or push further, with evidence.

Steps come from analysis.yml (loaded by analysis_steps). The state is a plain dict (it lives in a
Rasa slot), and every function here returns a new state and the message to show; nothing is stored
here. Every reply that judges an answer quotes the student's own words for each thing it credits,
corrects a misconception first (misconceptions.yml), and numbers the knowledge-base entry behind
each claim. Open questions ("argue" steps) get both sides of the evidence, never a verdict;
corroboration ("compare" steps) asks what agrees, what differs and why.
"""

from __future__ import annotations

from typing import List, Optional, Tuple

import cable
from understanding.negation import negated, polarity
from understanding.quoting import quote, quote_span

from . import evidence, misconceptions
from .analysis_steps import GROUPS, HABITS, Point, Side, Step, first_hit, steps  # noqa: F401 - re-exported

FOOTER = '(Say "hint", "skip", "go back" or "stop"; "show the text" shows the cable again.)'
FULL = ("complete", "argued")
TO_REVIEW = ("partial", "missed", "skipped", "no position", "argued without evidence")
GROUP_WORDS = {"agree": "What agrees", "differ": "What differs", "why": "Why they might differ"}
GROUP_ASK = {"agree": "what agrees with the cable", "differ": "what differs from it", "why": "why they might differ"}


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
            "with the evidence, numbering the source of every claim. Some questions are open: our sources do "
            "not settle them, so take a side and argue from the evidence.\n"
            "Here is the text:\n" + cable_text())


def question_text(state: dict, reminder: bool = False) -> str:
    step = current(state)
    head = f"Step {state['step'] + 1} of {len(steps())}, {step.habit}"
    if reminder:
        return f"Back to {head.lower()}: {step.question}"
    sources = evidence.Sources()
    about = [sources.say(c) for c in step.about]
    return "\n".join([f"{head[0].upper()}{head[1:]}.", *about, *sources.lines(), step.question, FOOTER])


# --- Judging an answer ------------------------------------------------------------------------

def _credited(step: Step, text: str, got: list, blocked: set) -> List[Tuple[Point, Tuple[int, int]]]:
    """New points the answer makes, with the span of the student's words that makes each."""
    found = []
    for p in step.points:
        if p.id in got or p.id in blocked:
            continue
        span = p.hit(text)
        if span:
            found.append((p, span))
    ids = {p.id for p, _ in found} | set(got)
    return [(p, span) for p, span in found if not (set(p.unless) & ids)]


def _said(sources: evidence.Sources, text: str, credited) -> List[str]:
    return [f'- You wrote "{quote_span(text, s, e)}": {sources.say(p.claim)}' for p, (s, e) in credited]


def _labels(sources: evidence.Sources, points) -> str:
    said = [sources.say(p.claim).rstrip(".") for p in points]
    return said[0] if len(said) == 1 else "; ".join(said[:-1]) + "; and " + said[-1]


def _advance(state: dict, verdict: str, got: list) -> dict:
    step = current(state)
    results = {**state["results"], step.id: verdict}
    nxt = state["step"] + 1
    return {**state, "step": min(nxt, len(steps()) - 1), "tries": 0, "hints": 0, "got": [], "side": None,
            "results": results, "done": nxt >= len(steps()), "last": {"step": step.id, "got": got, "verdict": verdict}}


def _finish(lines: list, sources: evidence.Sources, takeaway=()) -> str:
    lines += [sources.say(c) for c in takeaway]
    return "\n".join(line for line in lines + sources.lines() if line)


def _nudge(step: Step, got: list, text: str) -> str:
    if step.kind == "compare":
        missing = step.missing_groups(got)
        return f"Now say {' and '.join(GROUP_ASK[g] for g in missing)}." if missing else ""
    missing = [p for p in step.points if p.id not in got and p.prompt]
    return missing[0].prompt if missing else ""


def _check(state: dict, step: Step, text: str, found) -> Tuple[dict, str, dict]:
    """A "check" or "compare" step: credit what the answer says, push once, then show the full picture."""
    sources = evidence.Sources()
    lines = misconceptions.correction(found, text, sources)
    credited = _credited(step, text, state["got"], misconceptions.suppressed(found))
    got = state["got"] + [p.id for p, _ in credited]
    record = {"matched": [p.id for p, _ in credited]}
    if step.complete(got):
        lines += ["Yes, that's the full picture:" if credited else "Yes:"] + _said(sources, text, credited)
        extra = [p for p in step.points if p.id not in got and step.kind == "check"]
        if extra:
            lines.append(f"You could also add: {_labels(sources, extra)}.")
        return _advance(state, "complete", got), _finish(lines, sources, step.takeaway), {**record, "verdict": "complete"}
    if state["tries"] == 0:   # one more try, pushed in the right direction
        if credited:
            lines += ["Good so far:"] + _said(sources, text, credited)
        else:
            lines.append(f'Not quite yet: I can\'t find in your answer ("{quote(text)}") {_asks(step)}.')
        lines.append(_nudge(step, got, text) if (credited or found) else sources.say(step.hints[0]))
        state = {**state, "tries": 1, "got": got}
        return state, _finish(lines, sources), {**record, "verdict": "try again"}
    verdict = "partial" if got else "missed"
    if credited:
        lines += ["You found:"] + _said(sources, text, credited)
    elif got:
        lines.append("You found some of it in your first answer.")
    else:
        lines.append(f'I can\'t find in "{quote(text)}" {_asks(step)}.')
    missing = [p for p in step.points if p.id not in got]
    if step.kind == "compare":
        for group in step.missing_groups(got):
            lines.append(f"{GROUP_WORDS[group]}: " + _labels(sources, [p for p in missing if p.group == group]) + ".")
    else:
        lines.append(f"The full picture{' also has' if got else ''}: {_labels(sources, missing)}.")
    return _advance(state, verdict, got), _finish(lines, sources, step.takeaway), {**record, "verdict": verdict}


def _asks(step: Step) -> str:
    return "what agrees, what differs or why" if step.kind == "compare" else step.title


def _side(step: Step, text: str) -> Tuple[Optional[Side], Optional[Tuple[int, int]]]:
    """The reading an answer argues for, with the span of words that shows it (None if unclear)."""
    votes = []
    for side in step.sides:
        hits = [m for p in side.patterns for m in p.finditer(text) if not negated(text, m.start())]
        votes.append((len(hits), first_hit(side.patterns, text)))
    answer = polarity(text)
    if answer is not None and step.polarity:
        wanted = step.polarity["yes" if answer else "no"]
        for i, side in enumerate(step.sides):
            if side.id == wanted:
                votes[i] = (votes[i][0] + 1, votes[i][1] or (0, len(text)))
    best = max((v for v, _ in votes), default=0)
    if best == 0 or [v for v, _ in votes].count(best) > 1:
        return None, None
    i = [v for v, _ in votes].index(best)
    return step.sides[i], votes[i][1]


def _argue(state: dict, step: Step, text: str, found) -> Tuple[dict, str, dict]:
    sources = evidence.Sources()
    lines = misconceptions.correction(found, text, sources)
    side, span = _side(step, text)
    if side is None and state.get("side"):
        side = next((s for s in step.sides if s.id == state["side"]), None)
    credited = _credited(step, text, state["got"], misconceptions.suppressed(found))
    got = state["got"] + [p.id for p, _ in credited]
    record = {"matched": [p.id for p, _ in credited], "side": side.id if side else None}
    if state["tries"] == 0 and (side is None or not got):
        if side is None:
            options = " or ".join(f'"{s.label}"' for s in step.sides)
            lines.append(f'In "{quote(text)}" I can\'t tell which reading you hold. Take a side first: {options}? '
                         "Then point to the words that support it.")
        else:
            lines.append(f'You wrote "{quote_span(text, *span)}": you read it as: {side.label}. '
                         "Which words or facts support that reading?")
        state = {**state, "tries": 1, "got": got, "side": side.id if side else None}
        return state, "\n".join(lines + sources.lines()), {**record, "verdict": "try again"}
    if side and span:
        lines.append(f'You argued that {side.label} ("{quote_span(text, *span)}").')
    elif side:
        lines.append(f"You argued that {side.label}.")
    else:
        lines.append("You didn't take a side, and that is a position too: the sources leave it open.")
    if got:
        lines += ["Your evidence:"] + _said(sources, text, credited) if credited else \
            ["Your evidence: " + _labels(sources, [p for p in step.points if p.id in got]) + "."]
    for s in step.sides:
        lines.append(f"For the reading that {s.label}: " + " ".join(sources.say(c) for c in s.evidence))
    lines.append("What the sources let us say: " + sources.say(evidence.claim({"entry": step.entry})))
    lines.append("Our sources do not settle this; a good answer weighs both sides.")
    verdict = "argued" if side and got else "argued without evidence" if side else "no position"
    return _advance(state, verdict, got), "\n".join(lines + sources.lines()), {**record, "verdict": verdict}


def answer(state: dict, text: str) -> Tuple[dict, str, dict]:
    """Respond to an answer: (new state, message, record of what was matched for the teacher)."""
    step = current(state)
    text = " ".join((text or "").split())
    found = misconceptions.find(text, step.id)
    judge = _argue if step.kind == "argue" else _check
    new_state_, message, record = judge(state, step, text, found)
    return new_state_, message, {"step": step.id, "habit": step.habit, "attempt": state["tries"] + 1,
                                 "misconceptions": [f.id for f in found], **record}


def matches_anything(state: dict, text: str) -> bool:
    """Whether a message says anything the current step looks for (else it may be a question for the KB)."""
    step = current(state)
    return (any(p.hit(text) for p in step.points) or _side(step, text)[0] is not None
            or bool(misconceptions.find(text, step.id)))


def hint(state: dict) -> Tuple[dict, str]:
    step = current(state)
    if state["hints"] >= len(step.hints):
        return state, 'That was the last hint. Try an answer in your own words, or say "skip".'
    sources = evidence.Sources()
    text = sources.say(step.hints[state["hints"]])
    return {**state, "hints": state["hints"] + 1}, "\n".join([f"Hint: {text}"] + sources.lines())


def skip(state: dict) -> Tuple[dict, str]:
    step = current(state)
    sources = evidence.Sources()
    if step.kind == "check":
        lines = [f"Skipped. The key points were: {_labels(sources, step.points)}."]
    elif step.kind == "compare":
        lines = ["Skipped. Some of what a full answer would say:"] + [
            f"{GROUP_WORDS[g]}: " + _labels(sources, [p for p in step.points if p.group == g]) + "." for g in GROUPS]
    else:
        lines = ["Skipped."] + [f"For the reading that {s.label}: " + " ".join(sources.say(c) for c in s.evidence)
                                for s in step.sides]
    return _advance(state, "skipped", state["got"]), "\n".join(lines + sources.lines())


def back(state: dict) -> Tuple[dict, str]:
    if state["step"] == 0:
        return {**state, "tries": 0, "got": []}, "This is the first step; let's take it again."
    return {**state, "step": state["step"] - 1, "tries": 0, "hints": 0, "got": [], "done": False}, \
        "OK, back to the previous step."


def why(state: dict) -> str:
    return f"Why this step: {current(state).why}"


def outro(state: dict) -> str:
    results = state["results"]
    full = sum(v in FULL for v in results.values())
    lines = ["That's the four habits done: sourcing, contextualisation, close reading and corroboration.",
             f"You gave full answers at {full} of {len(steps())} steps."]
    review = [(n, s) for n, s in enumerate(steps(), 1) if results.get(s.id) in TO_REVIEW]
    if review:
        lines.append("Worth another look: " + "; ".join(f"step {n} ({s.habit}: {s.title})" for n, s in review) + ".")
    lines.append('Say "quiz me" to apply the views to fictional people, or "my summary" for a record of your answers.')
    return "\n".join(lines)
