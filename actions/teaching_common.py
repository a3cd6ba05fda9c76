"""Shared glue for the teaching actions: turns, ratings, class codes, summaries.

The logic lives in the `teaching` package; this module only reads the tracker and
talks to the dispatcher. Anything the student typed goes through presenters.safe().
"""

import logging
import re
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import presenters
from actions.case_form import latest_text
from teaching import summary
from teaching.classcode import ClassCodeError, code_in_text
from teaching.store import default_store

logger = logging.getLogger(__name__)
CLASS_SLOT = "class_code"
SHELL_CHANNEL = "cmdline"
# Words, not emoji: the page uses the system's fonts, and many have no emoji (Debian's Chromium shows boxes).
RATING_BUTTONS = [{"title": "Helpful", "payload": "/rate_helpful"},
                  {"title": "Not helpful", "payload": "/rate_unhelpful"}]
# The metadata key marking a reply that judged an answer (utter_message(..., rated=kind)): only those
# messages are rated inside an exercise, never its questions, hints or requests to try again.
RATED = "rated"
# Which kind of answer a rating is about, from the action that produced it (latest first wins).
ANSWER_KINDS = {
    "quiz_form": "quiz", "action_end_quiz": "quiz",
    "analysis_form": "analysis", "action_end_analysis": "analysis",
    "action_answer_question": "knowledge", "action_tell_me_more": "knowledge", "action_handle_fallback": "knowledge",
    "action_list_related_documents": "knowledge", "action_assess_case": "assessment",
    "action_explain_why": "assessment", "action_explain_changes": "assessment", "action_what_if": "assessment",
    "action_session_summary": "summary",
}
QUESTION_WORDS = ("what", "who", "when", "where", "why ", "how", "which", "tell me", "is ", "are ", "was ", "were ",
                  "does ", "do ", "did ", "can ", "could ")
# "what does gratis mean", "who was ...", "tell me about ...": a question even without "?"
# ("what she did affects order" is an answer).
WH_QUESTION = re.compile(r"^(?:(?:what|who|when|where|why|how|which)(?:'s|\s+(?:is|are|was|were|does|do|did|can|could|"
                         r"would|should|will|has|have|had|about)\b)|tell me\b|explain\b)")


def intent_of(tracker: Tracker) -> Tuple[Optional[str], float]:
    intent = (tracker.latest_message or {}).get("intent") or {}
    return intent.get("name"), float(intent.get("confidence") or 0.0)


def is_fresh_user_turn(tracker: Tracker, form: str) -> bool:
    """True if no other action has answered the latest user message yet (see case_form)."""
    same_turn = {form, f"validate_{form}", "action_extract_slots", "action_listen"}
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return True
        if event.get("event") == "action" and event.get("name") not in same_turn:
            return False
    return True


def looks_like_question(text: str) -> bool:
    t = text.strip().lower()
    return t.endswith("?") or t.startswith(QUESTION_WORDS)


def is_document_question(text: str, intent: Optional[str], confidence: float, matched: bool) -> bool:
    """A question for the knowledge base rather than an answer: "what does gratis mean?" is one even
    though "gratis" is something an answer may mention; "the ministry?" and "is it view 2?" are answers."""
    if intent not in ("ask_document", "tell_me_more", "list_related_documents") or confidence < 0.5:
        return False
    t = text.strip().lower()
    return bool(WH_QUESTION.match(t)) or (not matched and looks_like_question(t))


def rating_buttons(tracker: Tracker) -> Optional[List[Dict[str, str]]]:
    """Rating buttons for the web widget; in the shell students type "that was helpful"."""
    return None if tracker.get_latest_input_channel() == SHELL_CHANNEL else RATING_BUTTONS


def last_bot_turn(events: List[Dict[str, Any]]) -> Tuple[str, str]:
    """(text, kind) of the bot's reply before the latest user message. Inside an exercise only the
    messages that judged an answer count (kind "other" when there were none)."""
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    if not users:
        return "", "other"
    end = users[-1]
    start = users[-2] if len(users) > 1 else -1
    span = events[start + 1:end]
    bots = [e for e in span if e.get("event") == "bot" and e.get("text")]
    rated = [e for e in bots if (e.get("metadata") or {}).get(RATED)]
    if rated:
        return "\n".join(e["text"] for e in rated), rated[-1]["metadata"][RATED]
    names = [e.get("name") for e in span if e.get("event") == "action"]
    kind = next((ANSWER_KINDS[n] for n in reversed(names) if n in ANSWER_KINDS), "other")
    if kind in ("quiz", "analysis") and not any(n in ("action_end_quiz", "action_end_analysis") for n in names):
        kind = "other"   # a question, a hint or "try again": not an answer
    return "\n".join(e["text"] for e in bots), kind


def rate(tracker: Tracker, helpful: bool, ref: Optional[str] = None) -> str:
    """Store a rating with the reply it rates; returns the message for the student."""
    text, kind = last_bot_turn(tracker.events)
    if not text:
        return "There's no answer to rate yet. Ask me something first."
    if kind == "other":
        return "Only my answers can be rated, and that was a question or a prompt, not an answer."
    if ref is None:
        ref = tracker.get_slot("last_kb_entry") if kind == "knowledge" else (
            tracker.get_slot("outcome") if kind == "assessment" else None)
    default_store().add_rating(tracker.sender_id, tracker.get_slot(CLASS_SLOT), helpful, kind, ref, text)
    if helpful:
        return "Thanks! I've noted that this answer helped."
    return "Thanks for telling me. I've noted that this answer didn't help, so your teacher can see it."


def set_class_code(tracker: Tracker) -> Tuple[str, List[Dict]]:
    """(message, events) for "my class code is HIST7"."""
    try:
        code = code_in_text(latest_text(tracker))
    except ClassCodeError as e:
        return presenters.safe(f"Sorry: {e}."), []
    if code is None:
        return ('To join your class, say "my class code is" and the code your teacher gave you, '
                'for example "my class code is HIST7".'), []
    try:
        created = default_store().class_exists(code)
    except Exception:  # noqa: BLE001 - a database fault must not end the conversation
        logger.exception("could not check class code %s", code)
        return "Sorry, I couldn't check that class code just now. Please try again later.", []
    if not created:
        return (f"There's no class {code}: check the code with your teacher, who creates it before the class "
                "starts."), []
    default_store().set_class(tracker.sender_id, code)
    return (f"Thanks: you're in class {code}. Your quiz and analysis answers will appear in your teacher's "
            f"report (by conversation, never by name)."), [SlotSet(CLASS_SLOT, code)]


def summary_messages(tracker: Tracker, dispatcher: CollectingDispatcher, export: bool) -> None:
    """The student's own summary in chat; "export" gives the Markdown version (and, on the web,
    the same text as a custom payload the page can offer as a download)."""
    try:
        data = summary.collect(default_store(), tracker.sender_id)
    except Exception:  # noqa: BLE001 - a database fault must not end the conversation
        logger.exception("could not read the summary of %s", tracker.sender_id)
        dispatcher.utter_message(text="Sorry, I couldn't read your records just now. Please try again later.")
        return
    if not export:
        dispatcher.utter_message(text=presenters.safe(summary.as_chat(data, tracker.get_slot("quiz_state"))))
        return
    markdown = presenters.safe(summary.as_markdown(data, tracker.sender_id))
    dispatcher.utter_message(text="Here is your summary as Markdown; copy it into a file to hand in:\n\n" + markdown)
    if tracker.get_latest_input_channel() != SHELL_CHANNEL:
        dispatcher.utter_message(json_message={"type": "summary_markdown", "filename": "cable-summary.md",
                                               "markdown": markdown})


def wants_export(tracker: Tracker) -> bool:
    text = latest_text(tracker).lower()
    return any(w in text for w in ("export", "download", "markdown", "hand in", "save"))


def common_command(command: Text, tracker: Tracker, dispatcher: CollectingDispatcher) -> Optional[List[Dict]]:
    """Commands that work the same in both exercises; None if `command` is not one of them."""
    if command in ("helpful", "unhelpful"):
        dispatcher.utter_message(text=rate(tracker, command == "helpful"))
        return []
    if command == "class_code":
        message, events = set_class_code(tracker)
        dispatcher.utter_message(text=message)
        return events
    if command == "summary":
        summary_messages(tracker, dispatcher, wants_export(tracker))
        return []
    if command == "thanks":
        dispatcher.utter_message(text="You're welcome.")
        return []
    if command == "greet":
        dispatcher.utter_message(text="Hello again!")
        return []
    return None
