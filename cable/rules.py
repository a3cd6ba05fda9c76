"""The cable's views as executable rules, written in literate style.

Each rule sits directly below the verbatim clause it encodes: the docstring IS
the clause text (a test compares it with document.CLAUSES and the source file),
and `reference` points at the archive page, as OpenFisca variables do. The
conditions are plain data, so explain.py and diagram.py read the same
structure the decision uses and cannot drift from it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Union

from .case import FIELDS, Case, all_cases
from .document import URL

REFERENCE = URL

OUTCOMES = (
    "out_of_scope",
    "conflict",
    "repatriate",
    "retain",
    "approve_return",
    "return_on_request",
    "no_provision",
)

OUTCOME_LABELS = {
    "out_of_scope": "Outside the cable's scope (not Japanese or Korean)",
    "conflict": "Conflict: keep (view 1) or repatriate (view 4)",
    "repatriate": "Repatriate as soon as possible (view 4)",
    "retain": "Strive to reform and keep (view 1)",
    "approve_return": "Approved to leave (view 2)",
    "return_on_request": "Sent back on request (view 3)",
    "no_provision": "No provision in the cable",
}

# Outcomes in which the person ends up leaving China (used by open_questions
# to decide whether the railway remark could matter).
LEAVING_OUTCOMES = frozenset({"approve_return", "return_on_request", "repatriate"})


@dataclass(frozen=True)
class Condition:
    """One test `field == value` of a rule, with the words used to explain it.

    `requirement` completes "view N requires ..."; conditions of one rule that
    share a requirement are explained together (view 4 is one combined test).
    """

    field: str
    value: Any
    requirement: str

    def holds(self, case: Case) -> bool:
        return getattr(case, self.field) == self.value


class Rule:
    """Base of the view rules: applies iff all `all_of` hold and, if `any_of`
    is non-empty, at least one of them holds."""

    view: int
    clause_id: str
    title: str
    outcome: str
    reference = REFERENCE
    all_of: tuple = ()
    any_of: tuple = ()
    any_requirement = ""

    @classmethod
    def applies(cls, case: Case) -> bool:
        return all(c.holds(case) for c in cls.all_of) and (
            not cls.any_of or any(c.holds(case) for c in cls.any_of)
        )

    @classmethod
    def fields(cls) -> tuple:
        """Fields this rule reads, in FIELDS order."""
        used = {c.field for c in cls.all_of + cls.any_of}
        return tuple(f for f in FIELDS if f in used)


# --- Scope --------------------------------------------------------------------
# preamble: "...regarding the management of Japanese and Korean nationals..."
# The cable speaks only of Japanese and Korean nationals; None (not given) is
# treated as within scope, with a caveat added by explain.py.
SCOPE_FIELD = "nationality"
OUT_OF_SCOPE_VALUES = ("other",)


def in_scope(case: Case) -> bool:
    return case.nationality not in OUT_OF_SCOPE_VALUES


_RETURN = "a request to return"


# view_1: "Regarding technical personnel, we should strive to reform and keep them."
class view_1(Rule):
    """Regarding technical personnel, we should strive to reform and keep them."""

    view = 1
    clause_id = "view_1"
    title = "View 1: technical personnel"
    reference = REFERENCE
    outcome = "retain"
    all_of = (Condition("group", "technical_personnel", "the person to be technical personnel"),)


# view_2: "If ordinary nationals without civil or criminal cases request to
# return, then they will be approved to leave."
class view_2(Rule):
    """If ordinary nationals without civil or criminal cases request to return, then they will be approved to leave."""

    view = 2
    clause_id = "view_2"
    title = "View 2: ordinary national who asks to return"
    reference = REFERENCE
    outcome = "approve_return"
    all_of = (
        Condition("group", "ordinary_national", "the person to be an ordinary national"),
        Condition("requests_return", True, _RETURN),
        # "without civil or criminal cases" read as: no unresolved case in China.
        Condition("pending_case", False, "no pending civil or criminal case"),
    )


# view_3: "Regarding Japanese and Korean prisoners of war, those who face
# difficulty in training due to language barriers, those who participated in
# early revolutionary work, or those who cannot work at ease due to family
# issues should be sent back to their countries if they so request."
class view_3(Rule):
    """Regarding Japanese and Korean prisoners of war, those who face difficulty in training due to language barriers, those who participated in early revolutionary work, or those who cannot work at ease due to family issues should be sent back to their countries if they so request."""

    view = 3
    clause_id = "view_3"
    title = "View 3: prisoner of war who asks to return"
    reference = REFERENCE
    outcome = "return_on_request"
    all_of = (
        Condition("group", "prisoner_of_war", "the person to be a prisoner of war"),
        Condition("requests_return", True, _RETURN),  # "if they so request"
    )
    # "or": any one of the three conditions is enough.
    any_requirement = (
        "at least one of the three conditions (difficulty in training due to language, "
        "early revolutionary work, or family issues that prevent working at ease)"
    )
    any_of = (
        Condition("pow_language_barrier", True, any_requirement),
        Condition("pow_early_revolutionary_work", True, any_requirement),
        Condition("pow_family_difficulties", True, any_requirement),
    )


# view_4: "Those with difficulty living [in China] and affect our social order
# should be repatriated to their own countries as soon as possible."
class view_4(Rule):
    """Those with difficulty living [in China] and affect our social order should be repatriated to their own countries as soon as possible."""

    view = 4
    clause_id = "view_4"
    title = "View 4: difficulty living and affecting social order"
    reference = REFERENCE
    outcome = "repatriate"
    # Interpretation (stated in the caveats): one combined condition, so both
    # conditions share a single requirement text.
    _both = "both difficulty living and affecting social order"
    all_of = (
        Condition("hardship", True, _both),
        Condition("disturbs_order", True, _both),
    )


RULES = (view_1, view_2, view_3, view_4)
RULE_BY_VIEW = {r.view: r for r in RULES}

# How the applicable views combine, checked in order; the first whose views
# all apply wins. The cable states no precedence: 1 + 4 is reported as a
# conflict, and view 4 ("as soon as possible") is placed before 2 and 3 only
# because all three point the same way (leaving).
PRECEDENCE = (
    (frozenset({1, 4}), "conflict"),
    (frozenset({4}), "repatriate"),
    (frozenset({1}), "retain"),
    (frozenset({2}), "approve_return"),
    (frozenset({3}), "return_on_request"),
)
FALLBACK_OUTCOME = "no_provision"


def applicable_views(case: Case) -> tuple:
    """Numbers of the views whose conditions hold (empty when out of scope)."""
    if not in_scope(case):
        return ()
    return tuple(r.view for r in RULES if r.applies(case))


def decide(views) -> str:
    """Outcome for a set of applicable in-scope views."""
    views = frozenset(views)
    for needed, outcome in PRECEDENCE:
        if needed <= views:
            return outcome
    return FALLBACK_OUTCOME


@functools.lru_cache(maxsize=4096)
def result(case: Case) -> tuple:
    """(outcome, clauses): the fast core used by assess, flips and open_questions.

    The clauses are exactly the applicable views, sorted: the groups are
    mutually exclusive, so no outcome needs a subset of them.
    """
    if not in_scope(case):
        return ("out_of_scope", ())
    views = applicable_views(case)
    return (decide(views), tuple(sorted(views)))


@functools.lru_cache(maxsize=1)
def result_table() -> dict:
    """{values tuple in FIELDS order: (outcome, clauses)} for every concrete case."""
    return {c.values(): result(c) for c in all_cases()}


def _as_case(case: Union[Case, dict]) -> Case:
    return case if isinstance(case, Case) else Case.from_dict(case)


def assess(case: Union[Case, dict]):
    """The full Determination for a Case (or a dict accepted by Case.from_dict)."""
    # Imported here because explain.py builds on this module.
    from .explain import determine

    return determine(_as_case(case))


def what_if(case: Union[Case, dict], **changes: Any):
    """assess() of the case with some fields changed."""
    return assess(_as_case(case).replace(**changes))
