"""The student's session: class code, ratings and summary, the commands both exercises share,
and the actions for them outside the exercises.

The logic lives in the `teaching` package; this module only reads the tracker and
talks to the dispatcher. Anything the student typed goes through presenters.safe().
"""

import logging
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

import cable
from actions import presenters
from actions.case.form import FORM as CASE_FORM
from actions.tracker import intent_of, latest_text, on_shell
from teaching import summary
from teaching.classcode import ClassCodeError, code_in_text
from teaching.store import default_store
from understanding.commands import wants_export

logger = logging.getLogger(__name__)
CLASS_SLOT = "class_code"
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


def rating_buttons(tracker: Tracker) -> Optional[List[Dict[str, str]]]:
    """Rating buttons for the web widget; in the shell students type "that was helpful"."""
    return None if on_shell(tracker) else presenters.RATING_BUTTONS


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
    if not on_shell(tracker):
        dispatcher.utter_message(json_message={"type": "summary_markdown", "filename": "cable-summary.md",
                                               "markdown": markdown})


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
        summary_messages(tracker, dispatcher, wants_export(latest_text(tracker)))
        return []
    if command == "thanks":
        dispatcher.utter_message(text="You're welcome.")
        return []
    if command == "greet":
        dispatcher.utter_message(text="Hello again!")
        return []
    return None


# --- Actions outside the exercises ----------------------------------------------------------


class ActionSetClassCode(Action):
    def name(self) -> Text:
        return "action_set_class_code"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List[Dict]:
        message, events = set_class_code(tracker)
        dispatcher.utter_message(text=message)
        return events


class ActionRateAnswer(Action):
    """"👍 helpful" / "not helpful": stored with the reply it rates."""

    def name(self) -> Text:
        return "action_rate_answer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List[Dict]:
        intent, _ = intent_of(tracker)
        dispatcher.utter_message(text=rate(tracker, intent == "rate_helpful"))
        return []


class ActionSessionSummary(Action):
    def name(self) -> Text:
        return "action_session_summary"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List[Dict]:
        summary_messages(tracker, dispatcher, wants_export(latest_text(tracker)))
        return []


class ActionTeachingCommand(Action):
    """"hint" or "skip" when no exercise question is open (in a case, a hint for the case question)."""

    def name(self) -> Text:
        return "action_teaching_command"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List[Dict]:
        intent, _ = intent_of(tracker)
        requested = tracker.get_slot("requested_slot")
        if tracker.active_loop_name == CASE_FORM:
            if requested not in cable.FACT:
                text = "Say \"yes\" to assess the case, or tell me which fact to change."
            elif intent == "skip_question":
                text = "Every question in a case can change the outcome, so I can't skip it; \"I don't know\" is fine."
            else:
                text = presenters.example_text(requested)
        else:
            text = ("There's no question open just now. Say \"quiz me\" for a quiz, or \"let's analyse the "
                    "document\" for a guided reading of the cable.")
        dispatcher.utter_message(text=text)
        return []
