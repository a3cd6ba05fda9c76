"""Rasa's SQL tracker store, with the trackers it has saved kept in memory.

The stock store re-reads and re-deserialises every event of the session on each message and
counts the stored events again before each save: about 40% of the Rasa server's CPU per turn
(bench/PROFILING.md). This one writes the same rows to the same `events` table (a restart, a
replica or `rasa export` sees exactly what the stock store would have written) and hands a
cached tracker out again only while it is exactly what the database holds:

- it has as many events as were last saved: a turn that failed half-way leaves unsaved events in
  the object, which the stock store would drop, so the tracker is reloaded;
- the newest row of the conversation is still the one this process wrote: another replica may
  have continued the conversation meanwhile (one indexed `max(id)` query per message).

Like the stock store, a retrieved tracker holds only the latest session: a tracker whose events
span a session start is cached trimmed to the events the stock query would return. And like a
tracker loaded from the rows, a cached one holds plain Python values (`make_plain`): the NLU's
numpy strings made `GET /conversations/<id>/story` fail for every cached conversation.
"""

import itertools
import json
import logging
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, List, Optional, Text, Tuple

import numpy as np
import sqlalchemy as sa
import sqlalchemy.orm  # noqa: F401  (sa.orm.sessionmaker)
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from knowledge.db import sqlite_engine

logger = logging.getLogger(__name__)
DEFAULT_CACHE_SIZE = 200


@dataclass
class _Cached:
    tracker: DialogueStateTracker
    saved_events: int       # len(tracker.events) when it matched the database
    last_row_id: Optional[int]
    session_start: Optional[float] = None   # the newest SessionStarted's timestamp among them


def cache_size_from(value: Any) -> int:
    """The `cache_size` of endpoints.yml: a whole number of conversations, 0 turns caching off."""
    try:
        size = int(str(value).strip())
    except ValueError:
        size = -1
    if size < 0 or str(value).strip() != str(size):
        raise ValueError(f"tracker_store cache_size must be a whole number of conversations (0 or more), "
                         f"got {value!r}")
    return size


class CachedSQLTrackerStore(SQLTrackerStore):
    """`type: serving.tracker_store.CachedSQLTrackerStore` in endpoints.yml; takes SQLTrackerStore's
    settings plus `cache_size` (conversations kept in memory, least recently used dropped)."""

    def __init__(self, domain=None, cache_size: Any = DEFAULT_CACHE_SIZE, **kwargs: Any) -> None:
        self.cache_size = cache_size_from(cache_size)
        super().__init__(domain=domain, **kwargs)
        if self.engine.dialect.name == "sqlite":
            self.engine = sqlite_engine(self.engine.url)
            self.sessionmaker = sa.orm.sessionmaker(bind=self.engine)
        self._cache: "OrderedDict[Text, _Cached]" = OrderedDict()
        events = self.SQLEvent.__table__
        self._insert = events.insert()
        self._last_row_id = sa.select(sa.func.max(events.c.id)).where(
            events.c.sender_id == sa.bindparam("sender_id"))
        # Asked on every message (freshness, new conversations): driver SQL skips SQLAlchemy's compiler.
        placeholder = {"qmark": "?", "format": "%s", "pyformat": "%s"}.get(self.engine.dialect.paramstyle)
        self._last_row_id_sql = (f"SELECT max(id) FROM {events.name} WHERE sender_id = {placeholder}"
                                 if placeholder else None)

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        cached = self._cache.get(sender_id)
        if cached is not None:
            if self._still_current(sender_id, cached):
                self._cache.move_to_end(sender_id)
                return cached.tracker
            del self._cache[sender_id]
        return await self._retrieve(sender_id, fetch_events_from_all_sessions=False)

    async def _retrieve(self, sender_id: Text, fetch_events_from_all_sessions: bool
                        ) -> Optional[DialogueStateTracker]:
        # The stock query and deserialisation, keeping the newest row id for _still_current.
        if self._newest_row_id(sender_id) is None:
            return None     # a new conversation: no rows, so no need for the stock query
        with self.session_scope() as session:
            rows = self._event_query(session, sender_id, fetch_events_from_all_sessions).all()
            if not rows or not self.domain:
                return None
            tracker = DialogueStateTracker.from_dict(
                sender_id, [json.loads(row.data) for row in rows], self.domain.slots)
            if not fetch_events_from_all_sessions:
                self._remember(tracker, max(row.id for row in rows))
            return tracker

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        sender_id = tracker.sender_id
        cached = self._cache.pop(sender_id, None)   # back only once the rows are committed
        if not tracker.events:
            return      # Rasa saves a new conversation before it has events: nothing to write
        if cached is not None and cached.tracker is tracker:
            already_stored = cached.saved_events
        elif self._newest_row_id(sender_id) is None:
            already_stored = 0      # no rows at all: the stock count of the session's rows is 0
        else:
            with self.session_scope() as session:
                already_stored = self._event_query(session, sender_id, False).count()
        new_events = events_after(tracker.events, already_stored)
        for event in new_events:
            make_plain(event)
        with self.engine.begin() as connection:
            if new_events:
                connection.execute(self._insert, [_row(sender_id, event) for event in new_events])
            last_row_id = connection.execute(self._last_row_id, {"sender_id": sender_id}).scalar()
        self._remember(tracker, last_row_id, cached)

    def _still_current(self, sender_id: Text, cached: _Cached) -> bool:
        if len(cached.tracker.events) != cached.saved_events:
            return False
        return self._newest_row_id(sender_id) == cached.last_row_id

    def _newest_row_id(self, sender_id: Text) -> Optional[int]:
        """The id of the conversation's newest row, None if it has none (one indexed query)."""
        with self.engine.connect() as connection:
            if self._last_row_id_sql is None:
                return connection.execute(self._last_row_id, {"sender_id": sender_id}).scalar()
            return connection.exec_driver_sql(self._last_row_id_sql, (sender_id,)).scalar()

    def _remember(self, tracker: DialogueStateTracker, last_row_id: Optional[int],
                  previous: Optional[_Cached] = None) -> None:
        if not self.cache_size or not tracker.events or tracker.events.maxlen is not None:
            return   # an empty conversation must stay "not found", as in Rasa's store
        tracker, session_start = self._latest_session(tracker, previous)
        self._cache[tracker.sender_id] = _Cached(tracker, len(tracker.events), last_row_id, session_start)
        self._cache.move_to_end(tracker.sender_id)
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)

    def _latest_session(self, tracker: DialogueStateTracker, previous: Optional[_Cached] = None
                        ) -> Tuple[DialogueStateTracker, Optional[float]]:
        """What the stock query would load: the events stamped at or after the newest session start
        (and that start). The cached tracker already was: only events added since are looked at."""
        if previous is not None and previous.tracker is tracker:
            new = events_after(tracker.events, previous.saved_events)
            start = previous.session_start
            if not any(isinstance(event, SessionStarted) for event in new) and (
                    start is None or all(event.timestamp >= start for event in new)):
                return tracker, start
        starts = [event.timestamp for event in tracker.events if isinstance(event, SessionStarted)]
        if not starts:
            return tracker, None
        latest = [event for event in tracker.events if event.timestamp >= max(starts)]
        if len(latest) == len(tracker.events):
            return tracker, max(starts)
        return DialogueStateTracker.from_events(tracker.sender_id, latest, self.domain.slots), max(starts)


def events_after(events: Any, count: int) -> List[Event]:
    """The events after the first `count`, read from the end (a long deque is not walked)."""
    return list(itertools.islice(reversed(events), max(len(events) - count, 0)))[::-1]


def make_plain(event: Event) -> None:
    """In place (the tracker and Rasa's caches keep the same objects): numpy values in the event,
    such as the intent names and scores the classifier returns, become the plain values its
    stored row gives back."""
    _plain_within(vars(event))


def _plain_within(container: Any) -> None:
    for key, value in list(container.items() if isinstance(container, dict) else enumerate(container)):
        if isinstance(value, np.generic):
            container[key] = value.item()
        elif isinstance(value, (dict, list)):
            _plain_within(value)


def _row(sender_id: Text, event: Event) -> dict:
    # Column for column what SQLTrackerStore.save writes.
    data = event.as_dict()
    return {"sender_id": sender_id, "type_name": event.type_name, "timestamp": data.get("timestamp"),
            "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
            "action_name": data.get("name"), "data": json.dumps(data)}


def cached_conversations(store: Any) -> List[Text]:
    """Sender ids held in memory, oldest first (for tests and diagnostics)."""
    inner = getattr(store, "_tracker_store", store)    # Rasa may wrap the store
    return list(getattr(inner, "_cache", {}))
