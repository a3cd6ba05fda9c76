"""Across replicas, a web page's conversation is still its starter's alone: the session token one
replica issued lets the page carry on through another (a reload the proxy sends elsewhere), the
conversation id alone does not; and every action server admits only the replicas."""

import requests

from tests.e2e.harness import Bot
from tests.e2e.scenarios import SCENARIOS
from tests.hostile.sockets import SocketUser

SCENARIO = next(s for s in SCENARIOS if s.name == "approve return (view 2), facts in the opening message")


def user_texts(bot, conversation_id):
    return [e["text"] for e in bot.tracker(conversation_id)["events"] if e.get("event") == "user"]


def test_a_session_token_from_one_replica_carries_the_conversation_on_through_another(live):
    (first, expected), (second, expected_next) = SCENARIO.turns[:2]
    starter = SocketUser(live.rasa_url(0))
    try:
        token = starter.start_session()
        reply = starter.say(first, expected)
        assert all(w in reply for w in expected), reply
    finally:
        starter.close()
    reloaded = SocketUser(live.rasa_url(1), session_id=token)
    thief = SocketUser(live.rasa_url(1), session_id=starter.conversation_id)
    try:
        assert reloaded.start_session() == token
        assert thief.start_session().rpartition(".")[0] != starter.conversation_id
        reply = reloaded.say(second, expected_next)
        assert all(w in reply for w in expected_next), reply
        assert thief.collect(timeout=3) == "", "a socket without the token received the conversation's replies"
        thief.emit({"message": "start over", "session_id": starter.conversation_id})
        assert "does not hold the key" in thief.collect(["does not hold the key"], timeout=10)
    finally:
        reloaded.close()
        thief.close()
    for i in range(live.n):
        assert user_texts(Bot(live.rasa_url(i), live.token), starter.conversation_id) == [first, second]


def test_every_action_server_admits_only_the_replicas(live):
    forged = {"next_action": "action_session_summary", "sender_id": "someone", "tracker": {"sender_id": "someone"}}
    for j in range(live.m):
        for params in ({}, {"token": live.token}):     # none, and the HTTP API's token
            r = requests.post(f"{live.action_url(j)}/webhook", params=params, json=forged, timeout=30)
            assert r.status_code == 401, r.text[:200]
        assert requests.get(f"{live.action_url(j)}/health", timeout=30).status_code == 200
    for i in range(live.n):     # replica i calls action server i % M, with the token
        bot = Bot(live.rasa_url(i), live.token)
        assert "Your session so far" in bot.texts(f"scale-actions-{i}-{live.rasa_port}", "show my summary")
