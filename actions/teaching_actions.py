"""Teaching actions outside the two exercises: class code, ratings, summary, stray commands."""

from typing import Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

import cable
from actions.case_form import FORM as CASE_FORM
from actions.teaching_common import intent_of, rate, set_class_code, summary_messages, wants_export


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
        summary_messages(tracker, dispatcher, wants_export(tracker))
        return []


class ActionTeachingCommand(Action):
    """"hint" or "skip" when no exercise question is open (in a case, a hint for the case question)."""

    def name(self) -> Text:
        return "action_teaching_command"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List[Dict]:
        intent, _ = intent_of(tracker)
        requested = tracker.get_slot("requested_slot")
        if tracker.active_loop_name == CASE_FORM:
            if requested not in cable.QUESTIONS:
                text = "Say \"yes\" to assess the case, or tell me which fact to change."
            elif intent == "skip_question":
                text = "Every question in a case can change the outcome, so I can't skip it; \"I don't know\" is fine."
            else:
                text = f"For example: \"{cable.QUESTIONS[requested]['hint']}\""
        else:
            text = ("There's no question open just now. Say \"quiz me\" for a quiz, or \"let's analyse the "
                    "document\" for a guided reading of the cable.")
        dispatcher.utter_message(text=text)
        return []
