"""Full conversations over the REST webhook against the real servers.

Each scenario checks what the user reads at every turn, then the `outcome` and
`applicable_clauses` slots through the tracker API.
"""

import pytest
from sqlalchemy import create_engine, text

from tests.e2e.scenarios import SCENARIOS

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_conversation(bot, sender, scenario):
    for message, expected in scenario.turns:
        reply = bot.texts(sender, message)
        for words in expected:
            assert words in reply, f"after {message!r} expected {words!r} in:\n{reply}"
    slots = bot.slots(sender)
    assert slots["outcome"] == scenario.outcome
    if scenario.clauses is not None:
        assert slots["applicable_clauses"] == scenario.clauses
    for name, value in scenario.slots.items():
        assert slots[name] == value


def test_each_completed_assessment_is_stored_once(bot, sender):
    for message in ["a Korean shopkeeper wants to go home", "no", "no", "no", "yes"]:
        bot.send(sender, message)
    engine = create_engine(bot.database_url, future=True)
    with engine.connect() as conn:
        rows = conn.execute(text("select outcome, clauses from case_assessments where conversation_id = :c"),
                            {"c": sender}).all()
    assert len(rows) == 1 and rows[0][0] == "approve_return"


def test_the_conversation_survives_in_the_tracker_store(bot, sender):
    bot.send(sender, "a Korean shopkeeper wants to go home")
    events = bot.tracker(sender)["events"]
    assert any(e.get("event") == "user" and "shopkeeper" in (e.get("text") or "") for e in events)
