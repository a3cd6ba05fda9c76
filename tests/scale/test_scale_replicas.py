"""Two Rasa replicas share one conversation: alternating turns, a replica killed, a shared lock."""

import json
import time
import uuid

import pytest
import redis

from tests.e2e.harness import Bot
from tests.e2e.scenarios import SCENARIOS

BY_NAME = {s.name: s for s in SCENARIOS}


def bots(cluster):
    return [Bot(cluster.rasa_url(i), cluster.token) for i in range(cluster.n)]


def check_turn(bot, sender, message, expected):
    reply = bot.texts(sender, message)
    for words in expected:
        assert words in reply, f"{bot.url}: after {message!r} expected {words!r} in:\n{reply}"


def user_texts(tracker):
    return [e["text"] for e in tracker["events"] if e.get("event") == "user"]


def test_turns_alternate_between_replicas_and_complete_the_case(live, records):
    scenario = BY_NAME["go back undoes the last answer"]
    replicas, sender = bots(live), "alt-" + uuid.uuid4().hex[:10]
    for k, (message, expected) in enumerate(scenario.turns):
        check_turn(replicas[k % 2], sender, message, expected)
    for bot in replicas:    # both replicas read the same tracker from PostgreSQL
        slots = bot.slots(sender)
        assert (slots["outcome"], slots["applicable_clauses"]) == (scenario.outcome, scenario.clauses)
    assert user_texts(replicas[0].tracker(sender)) == [m for m, _ in scenario.turns]
    assert records(sender) == 1


def test_a_killed_replica_loses_nothing(live, records):
    scenario = BY_NAME["start over forgets the case"]
    replicas, sender = bots(live), "kill-" + uuid.uuid4().hex[:10]
    half = len(scenario.turns) // 2
    for message, expected in scenario.turns[:half]:
        check_turn(replicas[0], sender, message, expected)
    live.kill_replica(0)     # SIGKILL: no shutdown hooks, nothing flushed
    for message, expected in scenario.turns[half:]:
        check_turn(replicas[1], sender, message, expected)
    slots = replicas[1].slots(sender)
    assert (slots["outcome"], slots["applicable_clauses"]) == (scenario.outcome, scenario.clauses)
    assert user_texts(replicas[1].tracker(sender)) == [m for m, _ in scenario.turns]
    assert records(sender) == 1
    live.start_replica(0)    # and the restarted replica carries on the same conversation
    check_turn(replicas[0], sender, "why?", ["Step by step"])
    assert user_texts(replicas[1].tracker(sender))[-1] == "why?"


def test_the_conversation_lock_is_shared_in_redis(live, redis_prefix):
    """A lock held in Redis for one conversation holds up that conversation on any replica."""
    replica, sender = bots(live)[1], "lock-" + uuid.uuid4().hex[:10]
    check_turn(replica, sender, "hello", ["study assistant"])
    client = redis.Redis.from_url(live.env["REDIS_URL"])
    ticket = json.dumps({"number": 0, "expires": time.time() + 3})
    client.set(f"{redis_prefix}:lock:{sender}", json.dumps({"conversation_id": sender, "tickets": [ticket]}))
    started = time.monotonic()
    check_turn(replica, sender, "who sent this cable?", ["Foreign Ministry"])
    waited = time.monotonic() - started
    assert waited >= 2, f"the replica did not wait for the lock held in Redis ({waited:.2f} s)"
    assert not client.exists(f"{redis_prefix}:lock:{sender}"), "the lock was not released"
    client.close()


@pytest.mark.parametrize("replica", [0, 1])
def test_each_replica_keeps_conversations_in_postgresql(live, scale_db, replica):
    from sqlalchemy import create_engine, text

    sender = f"pg{replica}-" + uuid.uuid4().hex[:10]
    check_turn(bots(live)[replica], sender, "hello", ["study assistant"])
    engine = create_engine(scale_db, future=True)
    with engine.connect() as conn:
        rows = conn.execute(text("select count(*) from events where sender_id = :s"), {"s": sender}).scalar_one()
    engine.dispose()
    assert rows > 0
