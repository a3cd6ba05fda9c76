"""Helpers shared by the hostile-input tests (a module of its own: `conftest` is not importable)."""

from tests.e2e.scenarios import SCENARIOS

CASE = next(s for s in SCENARIOS if s.name == "approve return (view 2), facts in the opening message")


def complete_case(say) -> str:
    """Plays the scripted case with `say(message, expected words) -> reply text`."""
    reply = ""
    for message, expected in CASE.turns:
        reply = say(message, expected)
        for words in expected:
            assert words in reply, f"after {message!r} expected {words!r} in:\n{reply}"
    return reply
