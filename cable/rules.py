"""The cable, passage by passage, with the rules it states: literate, in the style of Catala.

Each passage is quoted once, verbatim, as the docstring of a class named by its stable id
(`view_1` is the cable's view 1), and the code that encodes it follows right below. The
cable's clauses (`CLAUSES`, `clause()`, `view()`) are collected from here, and the tests
check every quotation against the archive's page. The conditions are plain data, so
explain.py and diagram.py read the same structure the decision uses and cannot drift from it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any, Optional

from .case import FIELDS, Case, all_cases
from .document import URL, Clause

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


class Passage:
    """A passage of the cable: the class name is its id, the docstring its verbatim text.

    A docstring may be wrapped over several lines; the text joins the lines with a space.
    """

    label: str
    clause: Clause
    clause_id: str
    view: Optional[int]  # the cable's own number for views 1 to 4

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        if "label" not in vars(cls):
            return  # a kind of passage (Rule), not a passage
        number = re.fullmatch(r"view_(\d+)", cls.__name__)
        text = re.sub(r"\s*\n\s*", " ", (cls.__doc__ or "").strip())
        cls.__doc__ = text
        cls.clause = Clause(cls.__name__, int(number.group(1)) if number else None, cls.label, text)
        cls.clause_id, cls.view = cls.clause.id, cls.clause.number


class Rule(Passage):
    """A numbered view: applies iff all `all_of` hold and, if `any_of` is non-empty,
    at least one of them holds. `title` names the view in the reasoning steps."""

    view: int
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


# --- Preamble ---------------------------------------------------------------------


class preamble(Passage):
    """Regarding the letter you have sent on April 7 serial code 2301 regarding
    the management of Japanese and Korean nationals, our Ministry currently
    does not have overall regulations. Based on our experience dealing with
    past cases we propose the following views:"""

    label = "Preamble"


# The cable speaks only of Japanese and Korean nationals; None (not given) and
# "unsure" (unclear) are treated as within scope, with a caveat added by explain.py.
SCOPE_FIELD = "nationality"
OUT_OF_SCOPE_VALUES = ("other",)


def in_scope(case: Case) -> bool:
    return getattr(case, SCOPE_FIELD) not in OUT_OF_SCOPE_VALUES


_RETURN = "a request to return"


# --- The four views -------------------------------------------------------------------


class view_1(Rule):
    """Regarding technical personnel, we should strive to reform and keep them."""

    label = title = "View 1: technical personnel"
    outcome = "retain"
    all_of = (Condition("group", "technical_personnel", "the person to be technical personnel"),)


class view_2(Rule):
    """If ordinary nationals without civil or criminal cases request to return, then they
    will be approved to leave."""

    label = "View 2: ordinary nationals who request to return"
    title = "View 2: ordinary national who asks to return"
    outcome = "approve_return"
    all_of = (
        Condition("group", "ordinary_national", "the person to be an ordinary national"),
        Condition("requests_return", True, _RETURN),
        # "without civil or criminal cases" read as: no unresolved case in China.
        Condition("pending_case", False, "no pending civil or criminal case"),
    )


class view_3(Rule):
    """Regarding Japanese and Korean prisoners of war, those who face difficulty in
    training due to language barriers, those who participated in early revolutionary
    work, or those who cannot work at ease due to family issues should be sent back to
    their countries if they so request."""

    label = "View 3: prisoners of war who request to return"
    title = "View 3: prisoner of war who asks to return"
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


class view_4(Rule):
    """Those with difficulty living [in China] and affect our social order should be
    repatriated to their own countries as soon as possible."""

    label = title = "View 4: difficulty living and affecting social order"
    outcome = "repatriate"
    # Interpretation (stated in the caveats): one combined condition, so both
    # conditions share a single requirement text.
    _both = "both difficulty living and affecting social order"
    all_of = (
        Condition("hardship", True, _both),
        Condition("disturbs_order", True, _both),
    )


# --- Railway remark -----------------------------------------------------------------


class railway(Passage):
    """Regarding the issue of Korean nationals requesting gratis trips home; the
    Railway Ministry does not have such regulations."""

    label = "Railway remark"


# The remark answers people who ask for a free trip home; it changes no outcome.
RAILWAY_FIELD = "wants_free_travel"


# --- The cable's clauses, collected from the passages above ------------------------

PASSAGES = (preamble, view_1, view_2, view_3, view_4, railway)
CLAUSES = tuple(p.clause for p in PASSAGES)
CLAUSE_IDS = tuple(c.id for c in CLAUSES)
_BY_ID = {c.id: c for c in CLAUSES}
_BY_NUMBER = {c.number: c for c in CLAUSES if c.number is not None}


def clause(id: str) -> Clause:
    """The clause with this stable id (KeyError naming the valid ids otherwise)."""
    try:
        return _BY_ID[id]
    except KeyError:
        raise KeyError(f"unknown clause id {id!r}; valid ids: {', '.join(CLAUSE_IDS)}") from None


def view(n: int) -> Clause:
    """The cable's numbered view n (1 to 4)."""
    try:
        return _BY_NUMBER[n]
    except KeyError:
        raise KeyError(f"unknown view {n!r}; the cable has views 1 to 4") from None


# --- How the views combine ------------------------------------------------------------

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
# The views that decide each outcome: a quiz answer names these.
DECIDING_VIEWS = {outcome: set(views) for views, outcome in PRECEDENCE}


def clauses_reading(field: str) -> tuple:
    """Ids of the clauses whose encoding reads `field`, in the cable's order."""
    readers = [preamble] if field == SCOPE_FIELD else []
    readers += [r for r in RULES if field in r.fields()]
    readers += [railway] if field == RAILWAY_FIELD else []
    return tuple(p.clause_id for p in readers)


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
    """{values tuple in FIELDS order: (outcome, clauses)} for every case, unsure answers included."""
    return {c.values(): result(c) for c in all_cases(with_unsure=True)}
