"""Plain-English determinations: assess(), with explanation, reasoning, caveats and flips.

All wording is built from the rule data in rules.py, the facts' wording in facts.py and
the phrase tables in phrases.py, so a change in a rule shows up in every explanation
automatically. Wording is pronoun-neutral ("the person").
"""

from __future__ import annotations

import copy
import textwrap
from dataclasses import dataclass
from typing import Any, Optional, Union

from .case import FIELD_VALUES, FIELDS, Case
from .facts import FACT
from .phrases import CAVEATS, OUTCOME_SHORT
from .rules import (
    LEAVING_OUTCOMES,
    OUTCOME_LABELS,
    RULE_BY_VIEW,
    RULES,
    applicable_views,
    clause,
    in_scope,
    result,
    view,
)


@dataclass(frozen=True)
class Determination:
    """What the cable says about one case; `to_dict()` is JSON-ready."""

    outcome: str
    outcome_label: str
    clauses: tuple
    quotes: tuple
    explanation: str
    reasoning: tuple
    caveats: tuple
    railway_note: Optional[str]
    flips: tuple
    case: Case

    def to_dict(self) -> dict:
        return {
            "outcome": self.outcome,
            "outcome_label": self.outcome_label,
            "clauses": list(self.clauses),
            "quotes": copy.deepcopy(list(self.quotes)),
            "explanation": self.explanation,
            "reasoning": copy.deepcopy(list(self.reasoning)),
            "caveats": list(self.caveats),
            "railway_note": self.railway_note,
            "flips": copy.deepcopy(list(self.flips)),
            "case": self.case.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Determination":
        """Inverse of to_dict (e.g. after a JSON round trip)."""
        return cls(
            outcome=data["outcome"],
            outcome_label=data["outcome_label"],
            clauses=tuple(data["clauses"]),
            quotes=tuple(copy.deepcopy(data["quotes"])),
            explanation=data["explanation"],
            reasoning=tuple(copy.deepcopy(data["reasoning"])),
            caveats=tuple(data["caveats"]),
            railway_note=data["railway_note"],
            flips=tuple(copy.deepcopy(data["flips"])),
            case=Case.from_dict(data["case"]),
        )


def _join(items: list) -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _join_facts(facts: list) -> str:
    """Join facts, saying "the person" once: "the person is X and asks Y"."""
    subject = "the person "
    out = list(facts[:1])
    for f in facts[1:]:
        shared = out[0].startswith(subject) and f.startswith(subject)
        out.append(f[len(subject):] if shared else f)
    return _join(out)


def _views_text(views) -> str:
    views = sorted(views)
    return ("view " if len(views) == 1 else "views ") + _join([str(v) for v in views])


def _unmet(rule, case: Case) -> list:
    """Failed conditions worth naming: a wrong group makes the rest moot."""
    failed = [c for c in rule.all_of if not c.holds(case)]
    group_failed = [c for c in failed if c.field == "group"]
    if group_failed:
        return group_failed
    if rule.any_of and not any(c.holds(case) for c in rule.any_of):
        failed += list(rule.any_of)
    return failed


def _requirements(conditions) -> list:
    seen = []
    for c in conditions:
        if c.requirement not in seen:
            seen.append(c.requirement)
    return seen


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fact(case: Case, field: str) -> str:
    return FACT[field].statement(getattr(case, field))


def _step(rule, case: Case) -> dict:
    applies = rule.applies(case)
    if applies:
        met = [c for c in rule.all_of + rule.any_of if c.holds(case)]
        because = _join_facts([FACT[c.field].statement(c.value) for c in met])
    else:
        failed = _unmet(rule, case)
        because = f"view {rule.view} requires {_join(_requirements(failed))}; " + _join_facts(
            [_fact(case, c.field) for c in failed]
        )
    return {"step": rule.title, "view": rule.view, "applies": applies, "because": _cap(because) + "."}


def _reasoning(case: Case) -> list:
    scope_ok = in_scope(case)
    if case.nationality is None:
        because = "The person's nationality was not given, so the case is treated as within the cable's scope."
    elif case.nationality == FACT["nationality"].unsure:
        because = "The person's nationality is unclear, so the case is treated as within the cable's scope."
    elif scope_ok:
        because = _cap(_fact(case, "nationality")) + ", and the cable concerns Japanese and Korean nationals."
    else:
        because = "The person is neither Japanese nor Korean, and the cable concerns only Japanese and Korean nationals."
    steps = [{"step": "Scope: Japanese or Korean national", "view": None, "applies": scope_ok, "because": because}]
    if scope_ok:  # views are only checked for people the cable covers
        steps += [_step(rule, case) for rule in RULES]
    return steps


def _explanation(case: Case, outcome: str, views: tuple) -> str:
    if outcome == "out_of_scope":
        text = ("The cable concerns only Japanese and Korean nationals, and the person is of another "
                "nationality, so none of its views applies.")
    elif outcome == "conflict":
        text = ('The person is technical personnel, and view 1 says China should "strive to reform and '
                'keep them"; but the person also has difficulty living in China and affects social order, '
                'and view 4 says such people "should be repatriated to their own countries as soon as '
                'possible". The cable gives no precedence between the two views, so it does not settle '
                "this case.")
    elif outcome == "repatriate":
        text = ("The person has difficulty living in China and affects social order, so view 4 applies: "
                "the person should be repatriated as soon as possible.")
        if 2 in views:
            text += " View 2 also applies (an ordinary national with no pending case who asks to return is approved to leave), which points the same way."
        if 3 in views:
            text += " View 3 also applies (a prisoner of war who asks to return and meets one of its conditions is sent back), which points the same way."
    elif outcome == "retain":
        text = 'The person is technical personnel, so view 1 applies: China should "strive to reform and keep them".'
        if case.requests_return:
            text += " The person asks to return home, but the cable does not say how such a request should be handled."
    elif outcome == "approve_return":
        text = ("The person is an ordinary national with no pending civil or criminal case who asks to "
                "return, so view 2 applies: the person will be approved to leave.")
    elif outcome == "return_on_request":
        met = [FACT[c.field].statement(True) for c in RULE_BY_VIEW[3].any_of if c.holds(case)]
        text = (f"The person is a prisoner of war who asks to return, and {_join_facts(met)}; so view 3 applies: "
                "the person should be sent back to their country.")
    else:
        reasons = []
        if case.group is None:
            reasons.append("the person's group was not given, so views 1 to 3 cannot apply")
        for rule in RULES:
            failed = _unmet(rule, case)
            if any(c.field == "group" for c in failed):
                continue  # a view for another group is not worth naming
            reasons.append(f"view {rule.view} requires {_join(_requirements(failed))}")
        text = "No view of the cable fits this case: " + "; ".join(reasons) + "."
    if case.wants_free_travel:
        text += " The person asks for a free trip home, and the cable notes that the Railway Ministry has no such regulation."
    return text


def _caveats(case: Case, outcome: str, views: tuple) -> list:
    keys = ["advisory"]
    scope_ok = in_scope(case)
    if not scope_ok:
        keys.append("out_of_scope")
    if case.nationality is None:
        keys.append("nationality_missing")
    if case.nationality == FACT["nationality"].unsure:
        keys.append("nationality_unsure")
    if case.nationality == "japanese":
        keys.append("japanese_title")
    if scope_ok:
        if case.group is None:
            keys.append("group_missing")
        if case.group == "technical_personnel" and case.requests_return:
            keys.append("technical_leaving")
        if 4 in views or case.hardship != case.disturbs_order:
            keys.append("view4_combined")
        if outcome == "conflict":
            keys.append("conflict")
        if case.group == "prisoner_of_war" and not case.requests_return:
            keys.append("pow_no_request")
        if case.group == "ordinary_national":
            keys.append("without_cases" if case.requests_return else "ordinary_no_request")
        if case.pending_case and outcome in ("repatriate", "return_on_request"):
            keys.append("pending_not_in_view")
        if outcome == "repatriate" and not case.requests_return:
            keys.append("involuntary")
    if case.wants_free_travel and case.nationality == "japanese":
        keys.append("railway_korean")
    return [CAVEATS[k] for k in keys]


def _railway_note(case: Case) -> Optional[str]:
    if not case.wants_free_travel:
        return None
    note = f'The Railway Ministry has no regulation for free trips home: "{clause("railway").text}"'
    if case.nationality == "japanese":
        note += " The remark is worded for Korean nationals; the cable does not say whether it covers Japanese nationals."
    elif not in_scope(case):
        note += " In any case the cable does not cover people who are neither Japanese nor Korean."
    return note


def _change_text(before: tuple, after: tuple, scope_before: bool, scope_after: bool) -> str:
    if not scope_after:
        return "the cable would no longer cover the person"
    if not scope_before:
        return "the cable would cover the person" + (
            f" and {_views_text(after)} would apply" if after else ", but no view would fit")
    lost = [v for v in before if v not in after]
    gained = [v for v in after if v not in before]
    parts = []
    if lost:
        parts.append(f"{_views_text(lost)} would no longer apply")
    if gained:
        parts.append(f"{_views_text(gained)} would {'also ' if before and not lost else ''}apply")
    return " and ".join(parts)


def flips_for(case: Case) -> list:
    """Every change of one field to another concrete value that changes the outcome."""
    outcome = result(case)[0]
    views = applicable_views(case)
    flips = []
    for field in FIELDS:
        current = getattr(case, field)
        for value in FIELD_VALUES[field]:
            if value == current:
                continue
            other = case.replace(**{field: value})
            other_outcome, other_clauses = result(other)
            if other_outcome == outcome:
                continue
            change = _change_text(views, applicable_views(other), in_scope(case), in_scope(other))
            flips.append({
                "field": field,
                "from": current,
                "to": value,
                "outcome": other_outcome,
                "clauses": list(other_clauses),
                "summary": f"If {FACT[field].would_be[value]}, {change}: {OUTCOME_SHORT[other_outcome]}.",
            })
    return flips


def assess(case: Union[Case, dict]) -> Determination:
    """What the cable says about a Case (or a dict accepted by Case.from_dict)."""
    return determine(case if isinstance(case, Case) else Case.from_dict(case))


def what_if(case: Union[Case, dict], **changes: Any) -> Determination:
    """assess() of the case with some fields changed."""
    return assess((case if isinstance(case, Case) else Case.from_dict(case)).replace(**changes))


def determine(case: Case) -> Determination:
    """Build the full Determination of a Case (assess also accepts a dict)."""
    outcome, clauses = result(case)
    views = applicable_views(case)
    quotes = tuple({"view": n, "id": view(n).id, "text": view(n).text} for n in clauses)
    return Determination(
        outcome=outcome,
        outcome_label=OUTCOME_LABELS[outcome],
        clauses=tuple(clauses),
        quotes=quotes,
        explanation=_explanation(case, outcome, views),
        reasoning=tuple(_reasoning(case)),
        caveats=tuple(_caveats(case, outcome, views)),
        railway_note=_railway_note(case),
        flips=tuple(flips_for(case)),
        case=case,
    )


def leaves(determination: Determination) -> bool:
    """Whether the outcome has the person leaving China."""
    return determination.outcome in LEAVING_OUTCOMES


def render_text(determination: Determination, width: int = 88) -> str:
    """A readable, plain-text rendering of a determination."""
    d = determination

    def para(text: str, indent: str = "  ") -> str:
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def bullet(text: str) -> str:
        return textwrap.fill(text, width, initial_indent="  - ", subsequent_indent="    ")

    out = [f"Outcome: {d.outcome_label} [{d.outcome}]", ""]
    out.append("Clauses:" if d.quotes else "Clauses: none")
    for q in d.quotes:
        out.append(para(f'View {q["view"]}: "{q["text"]}"'))
    out += ["", "Explanation:", para(d.explanation), "", "Reasoning:"]
    for s in d.reasoning:
        mark = "applies" if s["applies"] else "does not apply"
        out.append(bullet(f'{s["step"]}: {mark}. {s["because"]}'))
    out += ["", "Caveats:"] + [bullet(c) for c in d.caveats]
    if d.railway_note:
        out += ["", "Railway note:", para(d.railway_note)]
    out += ["", "What would change the outcome:" if d.flips else "What would change the outcome: nothing (no single change)"]
    out += [bullet(f["summary"]) for f in d.flips]
    return "\n".join(out)
