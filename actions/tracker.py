"""Reading the tracker: the one place that knows how Rasa keeps a conversation.

Actions ask here for the latest message (its cleaned text, intent and confidence, entities),
whether it is still unanswered, the case facts in the slots, and the channel it came from.
"""

from typing import Any, Dict, List, Optional, Tuple

from rasa_sdk import Tracker

import cable
from understanding.text import sanitize

# Rasa's channel name for `rasa shell`, where the web widget's buttons are not shown.
SHELL_CHANNEL = "cmdline"


def latest_text(tracker: Tracker) -> str:
    return sanitize((tracker.latest_message or {}).get("text") or "")


def intent_of(tracker: Tracker) -> Tuple[Optional[str], float]:
    """The classifier's intent for the latest message and its confidence."""
    intent = (tracker.latest_message or {}).get("intent") or {}
    return intent.get("name"), float(intent.get("confidence") or 0.0)


def latest_entities(tracker: Tracker) -> List[Dict[str, Any]]:
    return (tracker.latest_message or {}).get("entities") or []


def is_fresh_user_turn(tracker: Tracker, form: str) -> bool:
    """True if the latest user message has not yet been answered by another action.

    When a form resumes after an interruption, the same message is still the latest, but an
    action has run since; it must not be read as an answer a second time.
    """
    same_turn = {form, f"validate_{form}", "action_extract_slots", "action_listen"}
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return True
        if event.get("event") == "action" and event.get("name") not in same_turn:
            return False
    return True


def known_facts(tracker: Tracker) -> Dict[str, Any]:
    """The case facts that have a value, in the declared order."""
    slots = tracker.slots
    return {f: slots.get(f) for f in cable.FIELDS if slots.get(f) is not None}


def on_shell(tracker: Tracker) -> bool:
    return tracker.get_latest_input_channel() == SHELL_CHANNEL
