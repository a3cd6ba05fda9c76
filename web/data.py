"""What the page shows, generated from the `cable` package at start so it cannot drift from it.

`page_data()` is served as /cable.json: metadata, the clauses with the question a click on each
sends to the assistant, and the decision logic that both the SVG diagram and the page's text
version are drawn from.
"""

from collections.abc import Iterable
from typing import Any

import cable
from cable.rules import FALLBACK_OUTCOME, OUT_OF_SCOPE_VALUES, PRECEDENCE, RAILWAY_FIELD, SCOPE_FIELD, Condition

NOT_GIVEN = "not given"


def ask_text(clause: cable.Clause) -> str:
    """The question a click on a clause sends (each is classified as ask_document; tests/web check it)."""
    if clause.number is not None:
        return f"What does view {clause.number} say?"
    return f"What does the {clause.label.lower()} say?"


def answer_label(field: str, value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value).replace("_", " ")
    return text.capitalize() if field == "nationality" else text


def _step(condition: Condition) -> dict[str, str]:
    return {"field": condition.field, "question": cable.QUESTIONS[condition.field]["ask"],
            "answer": answer_label(condition.field, condition.value)}


def _views_label(views: Iterable[int]) -> str:
    numbers = sorted(views)
    return ("view " if len(numbers) == 1 else "views ") + " + ".join(str(v) for v in numbers)


def logic() -> dict[str, Any]:
    """The decision as plain data: scope test, each view's questions, precedence, railway remark."""
    values = cable.FIELD_VALUES[SCOPE_FIELD]
    return {
        "scope": {
            "question": cable.QUESTIONS[SCOPE_FIELD]["ask"],
            "out_answers": [answer_label(SCOPE_FIELD, v) for v in OUT_OF_SCOPE_VALUES],
            "in_answers": [answer_label(SCOPE_FIELD, v) for v in values if v not in OUT_OF_SCOPE_VALUES]
            + [NOT_GIVEN],
            "out_label": cable.OUTCOME_LABELS["out_of_scope"],
        },
        "views": [
            {"view": r.view, "clause_id": r.clause_id, "title": r.title,
             "steps": [_step(c) for c in r.all_of], "any_of": [_step(c) for c in r.any_of]}
            for r in cable.RULES
        ],
        "precedence": [
            {"when": _views_label(views), "outcome": outcome, "label": cable.OUTCOME_LABELS[outcome]}
            for views, outcome in PRECEDENCE
        ] + [{"when": "otherwise", "outcome": FALLBACK_OUTCOME,
              "label": cable.OUTCOME_LABELS[FALLBACK_OUTCOME]}],
        "railway": {"clause_id": "railway", "question": cable.QUESTIONS[RAILWAY_FIELD]["ask"],
                    "answer": answer_label(RAILWAY_FIELD, True), "label": cable.clause("railway").label},
    }


def clauses() -> list[dict[str, Any]]:
    return [{"id": c.id, "number": c.number, "label": c.label, "text": c.text, "ask": ask_text(c)}
            for c in cable.CLAUSES]


def page_data() -> dict[str, Any]:
    return {"metadata": cable.metadata(), "clauses": clauses(), "logic": logic()}
