"""A Mermaid flowchart of the decision, generated from the rule data.

Nothing here restates the logic: the scope test, each rule's conditions and
the precedence table all come from rules.py, so the picture follows the code.
"""

from __future__ import annotations

from .case import ACCEPTED_VALUES, BOOL_FIELDS, FIELD_VALUES
from .rules import (
    FALLBACK_OUTCOME,
    OUT_OF_SCOPE_VALUES,
    OUTCOME_LABELS,
    OUTCOMES,
    PRECEDENCE,
    RAILWAY_FIELD,
    RULES,
    SCOPE_FIELD,
)


def _label(text: str) -> str:
    # Mermaid labels are quoted; a double quote inside must be an entity.
    return '"' + str(text).replace('"', "#quot;") + '"'


def _value(value) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def _edge(src: str, dst: str, label: str = "") -> str:
    return f"    {src} -- {_label(label)} --> {dst}" if label else f"    {src} --> {dst}"


def _views_label(views) -> str:
    views = sorted(views)
    return ("view " if len(views) == 1 else "views ") + " + ".join(str(v) for v in views)


def mermaid() -> str:
    """The decision logic as a Mermaid `flowchart TD` string."""
    lines = ["flowchart TD", f"    start([{_label('Case facts')}])"]
    in_values = [v for v in ACCEPTED_VALUES[SCOPE_FIELD] if v not in OUT_OF_SCOPE_VALUES]
    lines.append(f"    scope{{{_label(SCOPE_FIELD + '?')}}}")
    lines.append(_edge("start", "scope"))
    lines.append(_edge("scope", "out_of_scope", " / ".join(OUT_OF_SCOPE_VALUES)))
    lines.append(_edge("scope", "check", " / ".join(in_values + ["not given"])))
    lines.append(f"    check[{_label('Check every view')}]")
    lines.append(f"    combine{{{_label('Which views apply? First match, in order')}}}")

    for rule in RULES:
        n = rule.view
        yes, no = f"v{n}_yes", f"v{n}_no"
        lines.append(f"    {yes}[{_label(rule.title + ' applies')}]")
        lines.append(f"    {no}[{_label(f'View {n} does not apply')}]")
        previous = "check"
        pending_label = ""
        steps = [(c.field + "?", c.field, c.value) for c in rule.all_of]
        if rule.any_of:
            names = ", ".join(c.field for c in rule.any_of)
            steps.append((f"at least one of {names}?", None, True))
        for k, (question, field, wanted) in enumerate(steps, 1):
            node = f"v{n}_q{k}"
            lines.append(f"    {node}{{{_label(f'View {n}: {question}')}}}")
            lines.append(_edge(previous, node, pending_label))
            if field is not None and field not in BOOL_FIELDS:
                others = [v for v in FIELD_VALUES[field] if v != wanted] + ["not given"]
                lines.append(_edge(node, no, " / ".join(others)))
            else:
                lines.append(_edge(node, no, _value(not wanted)))
            previous, pending_label = node, _value(wanted)
        lines.append(_edge(previous, yes, pending_label))
        lines.append(_edge(yes, "combine"))
        lines.append(_edge(no, "combine"))

    for order, (views, outcome) in enumerate(PRECEDENCE, 1):
        lines.append(_edge("combine", outcome, f"{order}. {_views_label(views)}"))
    lines.append(_edge("combine", FALLBACK_OUTCOME, "otherwise"))
    for outcome in OUTCOMES:
        lines.append(f"    {outcome}[[{_label(f'{outcome}: {OUTCOME_LABELS[outcome]}')}]]")

    # The railway remark is independent of the outcome.
    lines.append(f"    travel{{{_label(RAILWAY_FIELD + '?')}}}")
    lines.append(f"    railway[/{_label('Railway remark: the Railway Ministry has no regulation for gratis trips home')}/]")
    lines.append(_edge("start", "travel"))
    lines.append(_edge("travel", "railway", "true"))
    return "\n".join(lines) + "\n"
