"""Restarts mid-conversation: the action server mid-form (REST and socket.io), and the default
SQLite profile as a whole."""

import time
import uuid

from serving.action_failures import APOLOGY

from tests.e2e.harness import Bot, running_servers
from tests.e2e.scenarios import SCENARIOS
from tests.hostile.sockets import SocketUser

BY_NAME = {s.name: s for s in SCENARIOS}
APOLOGY_START = APOLOGY.split(":")[0]


def expect_all(reply, expected, message):
    for words in expected:
        assert words in reply, f"after {message!r} expected {words!r} in:\n{reply}"


def test_action_server_restart_mid_form_over_rest(live, records):
    scenario = BY_NAME["repatriate under view 4"]
    bot, sender = Bot(live.rasa_url(0), live.token), "act-" + uuid.uuid4().hex[:10]
    turns = scenario.turns
    for message, expected in turns[:3]:
        expect_all(bot.texts(sender, message), expected, message)
    assert bot.tracker(sender)["active_loop"].get("name") == "case_form"
    live.kill_action(0)                       # replica 0's action server
    message, expected = turns[3]
    reply = bot.texts(sender, message)
    assert APOLOGY_START in reply, f"no 'please try again' while the action server was down:\n{reply}"
    live.start_action(0)
    for message, expected in turns[3:]:       # the same answer again: the form resumes
        expect_all(bot.texts(sender, message), expected, message)
    slots = bot.slots(sender)
    assert (slots["outcome"], slots["applicable_clauses"]) == (scenario.outcome, scenario.clauses)
    assert records(sender) == 1


def test_action_server_restart_mid_form_over_socketio(live, records):
    scenario = BY_NAME["approve return (view 2), facts in the opening message"]
    user = SocketUser(live.rasa_url(1))       # replica 1 calls action server 1
    try:
        user.start_session()
        turns = scenario.turns
        for message, expected in turns[:2]:
            expect_all(user.say(message, expected), expected, message)
        live.kill_action(1)
        reply = user.say(turns[2][0], [APOLOGY_START], timeout=20)
        assert APOLOGY_START in reply, f"no 'please try again' over socket.io:\n{reply}"
        live.start_action(1)
        for message, expected in turns[2:]:
            expect_all(user.say(message, expected), expected, message)
    finally:
        user.close()
    # socket.io delivers the replies while Rasa is still working: the tracker is saved just after.
    bot, deadline = Bot(live.rasa_url(0), live.token), time.monotonic() + 10
    while bot.slots(user.conversation_id)["outcome"] is None and time.monotonic() < deadline:
        time.sleep(0.2)
    slots = bot.slots(user.conversation_id)
    assert (slots["outcome"], slots["applicable_clauses"]) == (scenario.outcome, scenario.clauses)
    assert records(user.conversation_id) == 1


def test_default_profile_restart_resumes_from_sqlite(tmp_path):
    """`make serve`'s profile: stop both servers mid-form, start them again, carry on."""
    scenario = BY_NAME["a correction mid-form changes an earlier answer"]
    sender, half = "sqlite-" + uuid.uuid4().hex[:10], 3
    with running_servers(tmp_path) as bot:
        for message, expected in scenario.turns[:half]:
            expect_all(bot.texts(sender, message), expected, message)
    with running_servers(tmp_path) as bot:    # new processes, same var files (tracker.db, app.db)
        assert [e["text"] for e in bot.tracker(sender)["events"] if e.get("event") == "user"] == \
            [m for m, _ in scenario.turns[:half]]
        for message, expected in scenario.turns[half:]:
            expect_all(bot.texts(sender, message), expected, message)
        slots = bot.slots(sender)
    assert (slots["outcome"], slots["applicable_clauses"]) == (scenario.outcome, scenario.clauses)
    assert slots["nationality"] == "japanese"
