"""Reading the tracker: the one place that knows how Rasa keeps a conversation.

Actions ask here for the latest message (its cleaned text, intent and confidence, entities, and what
the server's understanding step made of it),
whether it is still unanswered, the case facts in the slots, and the channel it came from.
"""

from typing import Any

from rasa_sdk import Tracker

import cable
from understanding.text import sanitize
from understanding.transcript import for_reading

# What rasa_sdk passes an action and takes back: plain JSON (rasa_sdk's own types are not checked).
DomainDict = dict[str, Any]
Events = list[dict[str, Any]]

# Rasa's channel name for `rasa shell`, where the web widget's buttons are not shown.
SHELL_CHANNEL = "cmdline"


# Metadata key of a reply that asked which of two readings was meant; a button press answers it.
CLARIFIES = "clarifies"


def latest_text(tracker: Tracker) -> str:
    """The latest message's text; for a button pressed under "which did you mean?", the message
    that question was about (the button only says which reading to take)."""
    # each line of a pasted form stays a sentence of its own; a pasted chat stays as written
    text = for_reading((tracker.latest_message or {}).get("text") or "")
    if text.startswith("/"):
        return clarified_text(tracker.events) or text
    return text


def clarified_text(events: list[dict[str, Any]]) -> str | None:
    """The message a "which did you mean?" reply asked about, if that reply came just before."""
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    for event in reversed(events[:users[-1]] if users else []):
        if event.get("event") == "user":
            return None
        if event.get("event") == "bot" and (event.get("metadata") or {}).get(CLARIFIES):
            return sanitize(event["metadata"][CLARIFIES])
    return None


def parsed(tracker: Tracker, key: str) -> dict[str, Any]:
    """What the server's understanding step added to the latest message ("reading", "routing")."""
    return (tracker.latest_message or {}).get(key) or {}


def intent_of(tracker: Tracker) -> tuple[str | None, float]:
    """The classifier's intent for the latest message and its confidence."""
    intent = (tracker.latest_message or {}).get("intent") or {}
    return intent.get("name"), float(intent.get("confidence") or 0.0)


def latest_entities(tracker: Tracker) -> list[dict[str, Any]]:
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


def known_facts(tracker: Tracker) -> dict[str, Any]:
    """The case facts that have a value, in the declared order."""
    return facts_in(tracker.slots)


def asked_after(tracker: Tracker, events: Events) -> tuple[str | None, dict[str, Any]]:
    """The slot a form asks for once its validation action returns `events`, and the slots then.

    The forms' questions are asked by their validation actions, not by `action_ask_<slot>`
    actions (one action-server call per answer, not two): with none in the domain, Rasa asks
    nothing itself. The validation sets `requested_slot` once; None ends the form."""
    slots = {**tracker.slots, **{e["name"]: e["value"] for e in events if e.get("event") == "slot"}}
    set_here = [e for e in events if e.get("event") == "slot" and e.get("name") == "requested_slot"]
    return (set_here[-1]["value"] if set_here else None), slots


def facts_in(slots: dict[str, Any]) -> dict[str, Any]:
    return {f: slots.get(f) for f in cable.FIELDS if slots.get(f) is not None}


def on_shell(tracker: Tracker) -> bool:
    return tracker.get_latest_input_channel() == SHELL_CHANNEL
