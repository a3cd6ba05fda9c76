"""Which facts are still worth asking about, and how to ask for them.

The dialogue calls open_questions() every turn, so the brute force over
completions is cached on a normalised key and uses the precomputed result
table (outcome and clauses for all 2304 concrete cases).
"""

from __future__ import annotations

import functools
import itertools
from typing import Any, Mapping, Optional

from .case import FIELD_VALUES, FIELDS, validate_known
from .rules import LEAVING_OUTCOMES, result_table

QUESTIONS = {
    "nationality": {
        "ask": "Is the person Korean, Japanese, or another nationality?",
        "why": "The cable covers only Japanese and Korean nationals; for anyone else none of its views applies.",
        "clause_ids": ["preamble"],
        "hint": "Korean",
    },
    "group": {
        "ask": "Is the person technical personnel, a prisoner of war, or an ordinary national?",
        "why": "Views 1, 2 and 3 each cover one group: technical personnel (view 1), "
        "ordinary nationals (view 2) and prisoners of war (view 3).",
        "clause_ids": ["view_1", "view_2", "view_3"],
        "hint": "A prisoner of war",
    },
    "requests_return": {
        "ask": "Does the person ask to go home?",
        "why": "View 2 approves ordinary nationals who request to return, and view 3 sends "
        "prisoners of war back only if they so request.",
        "clause_ids": ["view_2", "view_3"],
        "hint": "Yes, the person has asked to return home.",
    },
    "pending_case": {
        "ask": "Does the person have an unresolved civil or criminal case in China?",
        "why": "View 2 only covers people with no pending civil or criminal case.",
        "clause_ids": ["view_2"],
        "hint": "No, there is no open case.",
    },
    "pow_language_barrier": {
        "ask": "Does the person have difficulty in training because of language?",
        "why": "View 3 covers prisoners of war who face difficulty in training due to language barriers.",
        "clause_ids": ["view_3"],
        "hint": "Yes, the person cannot follow training in Chinese.",
    },
    "pow_early_revolutionary_work": {
        "ask": "Did the person take part in early revolutionary work?",
        "why": "View 3 covers prisoners of war who participated in early revolutionary work.",
        "clause_ids": ["view_3"],
        "hint": "No, the person did not.",
    },
    "pow_family_difficulties": {
        "ask": "Do family issues keep the person from working at ease?",
        "why": "View 3 covers prisoners of war who cannot work at ease due to family issues.",
        "clause_ids": ["view_3"],
        "hint": "Yes, the person's family is back home and needs support.",
    },
    "hardship": {
        "ask": "Does the person have difficulty living in China?",
        "why": "View 4 covers people who have difficulty living in China and also affect social order.",
        "clause_ids": ["view_4"],
        "hint": "Yes, the person has no work or housing.",
    },
    "disturbs_order": {
        "ask": "Does the person affect social order?",
        "why": "View 4 covers people who affect social order and also have difficulty living in China.",
        "clause_ids": ["view_4"],
        "hint": "No, the person causes no trouble.",
    },
    "wants_free_travel": {
        "ask": "Does the person ask for a free trip home?",
        "why": "The cable closes by noting that the Railway Ministry has no regulation for gratis trips home.",
        "clause_ids": ["railway"],
        "hint": "Yes, the person cannot pay the fare.",
    },
}

_TRAVEL = FIELDS.index("wants_free_travel")


def open_questions(known: Optional[Mapping[str, Any]] = None) -> list:
    """Not-yet-known fields, in FIELDS order, whose answer can still change the result.

    `known` maps fields to values; a missing field or None means "not yet
    known". The result is the pair (outcome, clauses). A field is open iff two
    completions of the unknown fields that differ only in that field give a
    different result. wants_free_travel never changes the result; it is open
    iff some completion is an outcome in which the person leaves China.
    Raises CaseError for an unknown field or an invalid value.
    """
    facts = validate_known(known)
    key = tuple(facts.get(name) for name in FIELDS)
    return list(_open_questions(key))


@functools.lru_cache(maxsize=8192)
def _open_questions(key: tuple) -> tuple:
    table = result_table()
    domains = [FIELD_VALUES[f] if v is None else (v,) for f, v in zip(FIELDS, key)]
    completions = {values: table[values] for values in itertools.product(*domains)}
    open_fields = []
    for i, value in enumerate(key):
        if value is not None:
            continue
        if i == _TRAVEL:
            if any(r[0] in LEAVING_OUTCOMES for r in completions.values()):
                open_fields.append(FIELDS[i])
            continue
        seen = {}
        for values, res in completions.items():
            rest = values[:i] + values[i + 1:]
            if seen.setdefault(rest, res) != res:
                open_fields.append(FIELDS[i])
                break
    return tuple(open_fields)


def possible_results(known: Optional[Mapping[str, Any]] = None) -> set:
    """Every (outcome, clauses) still reachable from the known facts."""
    facts = validate_known(known)
    domains = [FIELD_VALUES[f] if f not in facts else (facts[f],) for f in FIELDS]
    table = result_table()
    return {table[values] for values in itertools.product(*domains)}
