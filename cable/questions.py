"""Which facts are still worth asking about, and how to ask for them.

The dialogue calls open_questions() every turn, so the brute force over
completions is cached on a normalised key and uses the precomputed result
table (outcome and clauses for all 2304 concrete cases).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Mapping
from typing import Any, TypedDict

from .case import FIELD_VALUES, FIELDS, CaseKey, validate_known
from .facts import FACTS
from .rules import LEAVING_OUTCOMES, RAILWAY_FIELD, Result, clauses_reading, result_table


class Question(TypedDict):
    """How the assistant asks for one fact, and why the cable needs it."""

    ask: str
    why: str
    clause_ids: list[str]
    hint: str


# Each fact's question, why it is asked and an example answer (from facts.py), with the
# clauses whose rules read it (from rules.py).
QUESTIONS: dict[str, Question] = {
    f.name: {"ask": f.question, "why": f.why, "clause_ids": list(clauses_reading(f.name)), "hint": f.example}
    for f in FACTS
}

_TRAVEL = FIELDS.index(RAILWAY_FIELD)


def open_questions(known: Mapping[str, Any] | None = None) -> list[str]:
    """Not-yet-known fields, in FIELDS order, whose answer can still change the result.

    `known` maps fields to values; a missing field or None means "not yet
    known". The result is the pair (outcome, clauses). A field is open iff two
    completions of the unknown fields that differ only in that field give a
    different result. The railway remark's field (wants_free_travel) never changes
    the result; it is open iff some completion is an outcome in which the person
    leaves China.
    Raises CaseError for an unknown field or an invalid value.
    """
    facts = validate_known(known)
    key = tuple(facts.get(name) for name in FIELDS)
    return list(_open_questions(key))


@functools.lru_cache(maxsize=8192)
def _open_questions(key: CaseKey) -> tuple[str, ...]:
    table = result_table()
    domains = [FIELD_VALUES[f] if v is None else (v,) for f, v in zip(FIELDS, key, strict=True)]
    completions = {values: table[values] for values in itertools.product(*domains)}
    open_fields = []
    for i, value in enumerate(key):
        if value is not None:
            continue
        if i == _TRAVEL:
            if any(r[0] in LEAVING_OUTCOMES for r in completions.values()):
                open_fields.append(FIELDS[i])
            continue
        seen: dict[CaseKey, Result] = {}
        for values, res in completions.items():
            rest = values[:i] + values[i + 1:]
            if seen.setdefault(rest, res) != res:
                open_fields.append(FIELDS[i])
                break
    return tuple(open_fields)


def possible_results(known: Mapping[str, Any] | None = None) -> set[Result]:
    """Every (outcome, clauses) still reachable from the known facts."""
    facts = validate_known(known)
    domains = [FIELD_VALUES[f] if f not in facts else (facts[f],) for f in FIELDS]
    table = result_table()
    return {table[values] for values in itertools.product(*domains)}
