"""The cached tracker store must be indistinguishable from Rasa's SQL store: the same rows in the
database, the same tracker on every retrieval, whatever happened in between."""

import json
import os
import time
import uuid
from pathlib import Path
from typing import List

import pytest
import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (ActionExecuted, ActiveLoop, BotUttered, Event, SessionStarted, SlotSet,
                                     UserUttered)
from rasa.shared.core.trackers import EventVerbosity

from serving.tracker_store import CachedSQLTrackerStore, cache_size_from, cached_conversations

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def domain():
    return Domain.load(str(ROOT / "domain.yml"))


class Clock:
    """Event timestamps at least a millisecond apart, in step with the events Rasa stamps itself."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now = max(time.time(), self.now + 0.001)
        return self.now


def session_start(clock: Clock) -> List[Event]:
    # Rasa logs action_session_start after the action has produced its events.
    started, listen = SessionStarted(timestamp=clock()), ActionExecuted("action_listen", timestamp=clock())
    return [ActionExecuted("action_session_start", timestamp=clock()), started, listen]


def turn(clock: Clock, text: str, intent: str, slot_value: str = "korean") -> List[Event]:
    parse = {"text": text, "intent": {"name": intent, "confidence": 0.9},
             "entities": [{"entity": "nationality", "value": slot_value, "start": 0, "end": 6}],
             "intent_ranking": [{"name": intent, "confidence": 0.9}]}
    return [UserUttered(text, parse["intent"], parse["entities"], parse, timestamp=clock()),
            ActionExecuted("case_form", policy="RulePolicy", confidence=1.0, timestamp=clock()),
            ActiveLoop("case_form", timestamp=clock()),
            SlotSet("nationality", slot_value, timestamp=clock()),
            BotUttered("Which group does the person belong to?", {"buttons": None}, timestamp=clock()),
            ActionExecuted("action_listen", timestamp=clock())]


def file_store(cls, domain, path: Path, **kwargs):
    return cls(domain=domain, dialect="sqlite", db=str(path), **kwargs)


async def play(store, sender: str, clock: Clock, turns: int) -> None:
    """What Rasa's processor does: get or create the tracker, start a session, log turns, save."""
    tracker = await store.get_or_create_tracker(sender, append_action_listen=False)
    if not tracker.events:
        tracker = await store.create_tracker(sender)
        for event in session_start(clock):
            tracker.update(event)
        await store.save(tracker)
    for i in range(turns):
        tracker = await store.retrieve(sender)
        for event in turn(clock, f"message {i}", "inform", slot_value=f"value-{i}"):
            tracker.update(event)
        await store.save(tracker)


def rows(path: Path, sender: str):
    """The stored rows, each timestamp checked against its event and then left out (two runs of
    the same conversation differ only in when they ran)."""
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        result = connection.execute(sa.text(
            "SELECT type_name, timestamp, intent_name, action_name, data FROM events "
            "WHERE sender_id = :s ORDER BY id"), {"s": sender}).all()
    engine.dispose()
    stored = []
    for type_name, timestamp, intent_name, action_name, data in result:
        event = json.loads(data)
        assert event.pop("timestamp") == timestamp
        stored.append((type_name, intent_name, action_name, event))
    return stored


def state(tracker):
    return tracker.current_state(EventVerbosity.ALL)


async def test_it_writes_exactly_the_rows_rasas_store_writes(domain, tmp_path):
    await play(file_store(SQLTrackerStore, domain, tmp_path / "stock.db"), "ann", Clock(), turns=4)
    await play(file_store(CachedSQLTrackerStore, domain, tmp_path / "cached.db"), "ann", Clock(), turns=4)
    stock_rows = rows(tmp_path / "stock.db", "ann")
    assert len(stock_rows) == 1 + 3 + 4 * 6
    assert rows(tmp_path / "cached.db", "ann") == stock_rows


async def test_every_retrieval_matches_rasas_store_and_the_second_comes_from_memory(domain, tmp_path):
    db = tmp_path / "tracker.db"
    cached = file_store(CachedSQLTrackerStore, domain, db)
    stock = file_store(SQLTrackerStore, domain, db)
    clock = Clock()
    await play(cached, "bo", clock, turns=1)
    for i in range(3):
        first = await cached.retrieve("bo")
        assert state(first) == state(await stock.retrieve("bo"))
        assert await cached.retrieve("bo") is first      # served from memory, not rebuilt
        for event in turn(clock, f"more {i}", "inform"):
            first.update(event)
        await cached.save(first)
    # The first session's opening action_listen is not part of the latest session, as in Rasa.
    assert state(await cached.retrieve("bo")) == state(await stock.retrieve("bo"))
    assert (await cached.retrieve("bo")).events[0].action_name == "action_session_start"


async def test_a_turn_that_failed_half_way_is_forgotten_as_rasa_forgets_it(domain, tmp_path):
    db = tmp_path / "tracker.db"
    cached, stock, clock = file_store(CachedSQLTrackerStore, domain, db), file_store(SQLTrackerStore, domain, db), Clock()
    await play(cached, "cy", clock, turns=2)
    tracker = await cached.retrieve("cy")
    for event in turn(clock, "never saved", "inform", slot_value="japanese"):
        tracker.update(event)              # the turn crashes here: no save
    again = await cached.retrieve("cy")
    assert again.get_slot("nationality") == "value-1"
    assert state(again) == state(await stock.retrieve("cy"))


async def test_a_conversation_continued_elsewhere_is_reloaded(domain, tmp_path):
    db = tmp_path / "tracker.db"
    here, elsewhere, clock = (file_store(CachedSQLTrackerStore, domain, db),
                              file_store(SQLTrackerStore, domain, db), Clock())
    await play(here, "di", clock, turns=1)
    assert "di" in cached_conversations(here)
    await play(elsewhere, "di", clock, turns=2)          # another replica took two turns
    tracker = await here.retrieve("di")
    assert tracker.get_slot("nationality") == "value-1"
    assert state(tracker) == state(await elsewhere.retrieve("di"))
    for event in turn(clock, "back here", "inform", slot_value="chinese"):
        tracker.update(event)
    await here.save(tracker)
    assert (await elsewhere.retrieve("di")).get_slot("nationality") == "chinese"
    assert len(rows(db, "di")) == 1 + 3 + 4 * 6


async def test_a_new_session_leaves_only_the_latest_session_as_rasa_does(domain, tmp_path):
    db = tmp_path / "tracker.db"
    cached, stock, clock = file_store(CachedSQLTrackerStore, domain, db), file_store(SQLTrackerStore, domain, db), Clock()
    await play(cached, "ed", clock, turns=2)
    tracker = await cached.retrieve("ed")
    for event in session_start(clock) + turn(clock, "after a break", "greet", slot_value="korean"):
        tracker.update(event)
    await cached.save(tracker)
    latest = await cached.retrieve("ed")
    assert state(latest) == state(await stock.retrieve("ed"))
    assert len(latest.events) == 3 + 6
    assert len(rows(db, "ed")) == 1 + 3 + 2 * 6 + 3 + 6


async def test_a_conversation_with_no_events_is_still_not_found(domain, tmp_path):
    cached = file_store(CachedSQLTrackerStore, domain, tmp_path / "tracker.db")
    await cached.create_tracker("empty", append_action_listen=False)
    assert await cached.retrieve("empty") is None
    assert not await cached.exists("empty")


def sql_statements(store) -> List[str]:
    seen: List[str] = []
    sa.event.listen(store.engine, "before_cursor_execute",
                    lambda connection, cursor, statement, *rest: seen.append(statement.lower()))
    return seen


async def test_a_new_conversation_is_recognised_without_counting_rows(domain, tmp_path):
    # Each greeting starts a conversation: the stock store ran its session query three times for it.
    cached = file_store(CachedSQLTrackerStore, domain, tmp_path / "cached.db")
    statements = sql_statements(cached)
    await play(cached, "di", Clock(), turns=0)
    assert statements and not [s for s in statements if "count(" in s or "session_start" in s]
    await play(file_store(SQLTrackerStore, domain, tmp_path / "stock.db"), "di", Clock(), turns=0)
    assert rows(tmp_path / "cached.db", "di") == rows(tmp_path / "stock.db", "di")


async def test_a_conversation_not_in_memory_is_continued_where_the_database_left_it(domain, tmp_path):
    clock, stock_clock = Clock(), Clock()
    await play(file_store(CachedSQLTrackerStore, domain, tmp_path / "cached.db"), "dy", clock, turns=2)
    await play(file_store(SQLTrackerStore, domain, tmp_path / "stock.db"), "dy", stock_clock, turns=2)
    for path, cls, ticks in ((tmp_path / "cached.db", CachedSQLTrackerStore, clock),
                             (tmp_path / "stock.db", SQLTrackerStore, stock_clock)):
        store = file_store(cls, domain, path)
        tracker = (await file_store(SQLTrackerStore, domain, path).retrieve("dy"))   # not via the cache
        for event in turn(ticks, "after a restart", "inform"):
            tracker.update(event)
        await store.save(tracker)
    assert rows(tmp_path / "cached.db", "dy") == rows(tmp_path / "stock.db", "dy")
    assert len(rows(tmp_path / "cached.db", "dy")) == 1 + 3 + 3 * 6


async def test_a_restart_loses_nothing(domain, tmp_path):
    db = tmp_path / "tracker.db"
    await play(file_store(CachedSQLTrackerStore, domain, db), "fa", Clock(), turns=3)
    restarted = file_store(CachedSQLTrackerStore, domain, db)
    assert cached_conversations(restarted) == []
    assert state(await restarted.retrieve("fa")) == state(await file_store(SQLTrackerStore, domain, db).retrieve("fa"))


async def test_a_cached_conversation_exports_as_a_story_like_a_loaded_one(domain, tmp_path):
    """The classifier returns numpy strings and scores; a cached tracker must hold what the stored
    rows give back, or GET /conversations/<id>/story fails ("cannot represent an object")."""
    import numpy as np
    from rasa.shared.core.training_data.story_writer.yaml_story_writer import YAMLStoryWriter

    db, clock = tmp_path / "tracker.db", Clock()
    cached = file_store(CachedSQLTrackerStore, domain, db)
    await play(cached, "ha", clock, turns=1)
    tracker = await cached.retrieve("ha")
    parse = {"text": "my class code is HIST7", "intent": {"name": np.str_("give_class_code"),
                                                          "confidence": np.float32(0.75)},
             "entities": [], "intent_ranking": [{"name": np.str_("give_class_code"), "confidence": np.float64(0.75)}]}
    tracker.update(UserUttered(parse["text"], parse["intent"], [], parse, timestamp=clock()))
    tracker.update(ActionExecuted("action_listen", timestamp=clock()))
    await cached.save(tracker)
    served = await cached.retrieve("ha")
    assert served is tracker and "ha" in cached_conversations(cached)    # from memory
    said = served.events[-2]
    assert type(said.intent["name"]) is str and type(said.parse_data["intent_ranking"][0]["name"]) is str
    assert type(said.intent["confidence"]) is float
    loaded = await file_store(SQLTrackerStore, domain, db).retrieve("ha")
    story = YAMLStoryWriter().dumps(served.as_story().story_steps)
    assert "give_class_code" in story and story == YAMLStoryWriter().dumps(loaded.as_story().story_steps)


async def test_the_cache_holds_at_most_cache_size_conversations(domain, tmp_path):
    db = tmp_path / "tracker.db"
    cached, clock = file_store(CachedSQLTrackerStore, domain, db, cache_size=2), Clock()
    for sender in ("g1", "g2", "g3"):
        await play(cached, sender, clock, turns=1)
    assert cached_conversations(cached) == ["g2", "g3"]
    assert (await cached.retrieve("g1")).get_slot("nationality") == "value-0"    # from the database
    off = file_store(CachedSQLTrackerStore, domain, db, cache_size="0")
    await play(off, "g4", clock, turns=2)
    assert cached_conversations(off) == []
    assert (await off.retrieve("g4")).get_slot("nationality") == "value-1"


@pytest.mark.parametrize("bad", ["-1", "many", "1.5", -3, "", None])
def test_a_bad_cache_size_is_refused_by_name(bad):
    with pytest.raises(ValueError, match="tracker_store cache_size must be a whole number"):
        cache_size_from(bad)


def test_cache_size_accepts_whole_numbers_as_endpoints_yml_gives_them():
    assert cache_size_from(200) == 200 and cache_size_from("0") == 0 and cache_size_from(" 7 ") == 7


async def test_on_postgresql_too(domain):
    url = os.environ.get("TEST_POSTGRES_URL")
    if not url:
        pytest.skip("TEST_POSTGRES_URL not set")
    cached, stock, clock = CachedSQLTrackerStore(domain=domain, host=url), SQLTrackerStore(domain=domain, host=url), Clock()
    sender = f"test-{uuid.uuid4().hex}"
    try:
        await play(cached, sender, clock, turns=3)
        assert state(await cached.retrieve(sender)) == state(await stock.retrieve(sender))
        await play(stock, sender, clock, turns=1)            # another replica
        assert (await cached.retrieve(sender)).get_slot("nationality") == "value-0"
        assert len((await cached.retrieve(sender)).events) == 3 + 4 * 6
    finally:
        with stock.engine.begin() as connection:
            connection.execute(sa.text("DELETE FROM events WHERE sender_id = :s"), {"s": sender})
