"""Builders for recorded attempts, used by the store, summary and report tests."""

import cable
from teaching import scenarios as sc
from teaching.grading import grade


def attempt(store, conversation, case: cable.Case, text: str, class_code=None, n=1):
    """Grade `text` for `case` and store it as the quiz would; returns the Grade."""
    g = grade(sc.from_case(case, sc.rng_for(case.values())), text)
    assert store.add_attempt(conversation, class_code, n, g.record(), text)
    return g


KOREAN_ASKS = cable.Case("korean", "ordinary_national", requests_return=True)            # view 2
ENGINEER = cable.Case("japanese", "technical_personnel")                                   # view 1
POW_ASKS = cable.Case("korean", "prisoner_of_war", requests_return=True, pow_language_barrier=True)  # view 3
