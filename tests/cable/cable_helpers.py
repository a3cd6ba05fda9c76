"""Shared helpers for the cable tests (a uniquely named module, because
several conftest.py files may exist and `import conftest` is ambiguous)."""

from __future__ import annotations

from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]
# The archive page as captured, carried in the repository (tests/cable/test_source_copy.py keeps it
# equal to ../shared/source when that is present).
SOURCE_PATH = PROJECT_ROOT / "cable" / "source" / "cable-1950-04-20.txt"


def read_source() -> str:
    if not SOURCE_PATH.is_file():
        pytest.fail(f"primary source missing: expected {SOURCE_PATH}")
    return SOURCE_PATH.read_text(encoding="utf-8")


def oracle(facts: dict) -> tuple:
    """(outcome, clauses) straight from the brief, for full or partial facts."""
    get = facts.get
    if get("nationality") == "other":
        return ("out_of_scope", ())
    group = get("group")
    rr = bool(get("requests_return"))
    views = set()
    if group == "technical_personnel":
        views.add(1)
    if group == "ordinary_national" and rr and not get("pending_case"):
        views.add(2)
    if group == "prisoner_of_war" and rr and (
        get("pow_language_barrier") or get("pow_early_revolutionary_work") or get("pow_family_difficulties")
    ):
        views.add(3)
    if get("hardship") and get("disturbs_order"):
        views.add(4)
    if {1, 4} <= views:
        outcome = "conflict"
    elif 4 in views:
        outcome = "repatriate"
    elif 1 in views:
        outcome = "retain"
    elif 2 in views:
        outcome = "approve_return"
    elif 3 in views:
        outcome = "return_on_request"
    else:
        outcome = "no_provision"
    return (outcome, tuple(sorted(views)))



CHOICES = {
    "nationality": ("korean", "japanese", "other"),
    "group": ("technical_personnel", "prisoner_of_war", "ordinary_national"),
}
FIELD_ORDER = (
    "nationality", "group", "requests_return", "pending_case", "pow_language_barrier",
    "pow_early_revolutionary_work", "pow_family_difficulties", "hardship", "disturbs_order",
    "wants_free_travel",
)
LEAVING = {"approve_return", "return_on_request", "repatriate"}


def domain(field: str) -> tuple:
    return CHOICES.get(field, (False, True))


def completions(known: dict):
    """Every full dict of concrete values agreeing with the known (non-None) facts."""
    import itertools

    fields = [f for f in FIELD_ORDER if known.get(f) is None]
    fixed = {f: v for f, v in known.items() if v is not None}
    for values in itertools.product(*(domain(f) for f in fields)):
        yield {**fixed, **dict(zip(fields, values))}


def brute_open(known: dict) -> list:
    """Reference open_questions, from the definition, using the oracle."""
    results = [(c, oracle(c)) for c in completions(known)]
    out = []
    for f in FIELD_ORDER:
        if known.get(f) is not None:
            continue
        if f == "wants_free_travel":
            if any(r[0] in LEAVING for _, r in results):
                out.append(f)
            continue
        by_rest = {}
        for c, r in results:
            rest = tuple(v for k, v in sorted(c.items()) if k != f)
            by_rest.setdefault(rest, set()).add(r)
        if any(len(s) > 1 for s in by_rest.values()):
            out.append(f)
    return out
