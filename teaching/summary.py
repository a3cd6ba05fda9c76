"""A student's own session summary: analysis answers, quiz score and what to review.

Built from the stored records of one conversation, as chat text or as a Markdown document
to hand in. Student text is quoted with markup neutralised, because the Markdown may be
shown in the web widget.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Optional

import cable

from . import analysis, rubric
from .store import TeachingStore

_MARKUP = re.compile(r"[\[\]<>`|*_#]")


def plain(text: str, limit: int = 200) -> str:
    text = " ".join(_MARKUP.sub(" ", text or "").split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def collect(store: TeachingStore, conversation_id: str) -> dict:
    attempts = store.attempts(conversation_id)
    answers = store.analysis(conversation_id)
    final = {}
    for a in answers:  # the last answer to each step is the one that counts
        final[a.step_id] = a
    order = {s.id: i for i, s in enumerate(analysis.steps())}
    steps = [final[k] for k in sorted(final, key=lambda k: order.get(k, 99))]
    missed = Counter(v for a in attempts if not a.correct for v in (a.missed or []))
    misapplied = Counter(v for a in attempts if not a.correct for v in (a.misapplied or []))
    wrong_outcomes = Counter(a.expected_outcome for a in attempts if not a.outcome_correct)
    to_review = [s for s in steps if s.verdict in ("partial", "missed", "skipped", "no position", "argued without evidence")]
    return {"class_code": store.class_of(conversation_id), "attempts": attempts, "steps": steps,
            "right": sum(a.correct for a in attempts), "missed": missed, "misapplied": misapplied,
            "wrong_outcomes": wrong_outcomes, "review_steps": to_review}


def _review_lines(data: dict) -> list:
    lines = []
    for view in sorted(set(data["missed"]) | set(data["misapplied"])):
        parts = []
        if data["missed"][view]:
            parts.append(f"not named when it decided the case {data['missed'][view]} time(s)")
        if data["misapplied"][view]:
            parts.append(f"named when it did not apply {data['misapplied'][view]} time(s)")
        lines.append(f'View {view} ({", ".join(parts)}): "{cable.view(view).text}"')
    for outcome, n in data["wrong_outcomes"].most_common():
        if outcome in ("no_provision", "out_of_scope", "conflict"):
            lines.append(f"{cable.OUTCOME_LABELS[outcome]}: missed {n} time(s). Remember that the cable can be "
                         "silent, can leave a person out of scope, and can point two ways at once.")
    steps = {s.id: s for s in analysis.steps()}
    for a in data["review_steps"]:
        step = steps.get(a.step_id)
        if step:
            lines.append(f"Analysis, {step.habit}: {step.question}")
    return lines


def as_chat(data: dict, quiz_state: Optional[dict] = None) -> str:
    lines = ["Your session so far" + (f" (class {data['class_code']})" if data["class_code"] else "") + ":"]
    if data["steps"]:
        done = sum(a.verdict in ("complete", "argued") for a in data["steps"])
        lines.append(f"- Source analysis: {len(data['steps'])} of {len(analysis.steps())} steps answered, "
                     f"{done} in full.")
    else:
        lines.append('- Source analysis: not started (say "let\'s analyse the document").')
    if data["attempts"]:
        lines.append(f"- Quiz: {data['right']} right out of {len(data['attempts'])} answered.")
    else:
        lines.append('- Quiz: no answers yet (say "quiz me").')
    if quiz_state and not quiz_state.get("done") and quiz_state.get("n"):
        lines.append(f"- A quiz is in progress at question {quiz_state['n']} of {quiz_state['total']}.")
    review = _review_lines(data)
    if review:
        lines += ["What to review:"] + [f"- {r}" for r in review]
    lines.append('Say "export my summary" for a Markdown copy to hand in.')
    return "\n".join(lines)


def as_markdown(data: dict, conversation_id: str, now: Optional[dt.datetime] = None) -> str:
    now = now or dt.datetime.now(dt.timezone.utc)
    out = ["# Session summary: the 1950 repatriation cable", "",
           f"- Source: {cable.ATTRIBUTION}",
           f"- Conversation: {plain(conversation_id, 40)}",
           f"- Class: {data['class_code'] or 'no class code given'}",
           f"- Exported: {now:%Y-%m-%d %H:%M} UTC", "", "## Source analysis", ""]
    steps = {s.id: s for s in analysis.steps()}
    if not data["steps"]:
        out.append("Not started.")
    for a in data["steps"]:
        step = steps.get(a.step_id)
        out += [f"### {step.habit.capitalize() if step else a.habit}: {step.question if step else a.step_id}", "",
                f"Your answer: \"{plain(a.answer_text, 600)}\"", "", f"Result: {a.verdict}.", ""]
    out += ["## Quiz", ""]
    if data["attempts"]:
        out += [f"{data['right']} right out of {len(data['attempts'])} answered.", "",
                "| # | Level | The cable's answer | Your prediction | Result |", "|---|---|---|---|---|"]
        for a in data["attempts"]:
            result = rubric.verdict(a.outcome_correct, a.clause_correct)
            out.append(f"| {a.question_no} | {a.level} | {cable.OUTCOME_LABELS[a.expected_outcome]} | "
                       f"{plain(a.answer_text, 80)} | {result} |")
    else:
        out.append("No quiz answers yet.")
    review = _review_lines(data)
    out += ["", "## What to review", ""] + ([f"- {r}" for r in review] or ["Nothing flagged."])
    return "\n".join(out) + "\n"
