"""Builders for rasa-sdk trackers, in the shape the Rasa server sends them."""

from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import cable

SLOT_NAMES = list(cable.FIELDS) + [
    "case_confirmed", "answer_order", "misses", "assumed_fields", "unsure_readings", "outcome",
    "applicable_clauses", "last_kb_entry", "requested_slot",
]


def make_tracker(text: str = "", intent: Optional[str] = None, slots: Optional[Dict[str, Any]] = None,
                 entities: Optional[List[Dict]] = None, active_loop: Optional[str] = "case_form",
                 after_action: Optional[str] = None, sender: str = "test-user",
                 confidence: float = 0.9) -> Tracker:
    """A tracker whose latest event is the user's message (or an action run after it)."""
    all_slots = {name: None for name in SLOT_NAMES}
    all_slots.update(slots or {})
    latest = {"text": text, "intent": {"name": intent, "confidence": confidence}, "entities": entities or []}
    events = [{"event": "action", "name": "action_listen"}, {"event": "user", "text": text, "parse_data": latest}]
    if after_action:
        events.append({"event": "action", "name": after_action})
    events.append({"event": "action", "name": "case_form"})
    return Tracker(sender, all_slots, latest, events, False, None,
                   {"name": active_loop} if active_loop else {}, "case_form")


def slot_events(events: List[Dict]) -> Dict[str, Any]:
    """The slots an action set, as a dict (last value wins)."""
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def texts(dispatcher: CollectingDispatcher) -> str:
    return "\n".join(m.get("text") or m.get("response") or "" for m in dispatcher.messages)
