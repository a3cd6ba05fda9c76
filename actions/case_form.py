"""The case form: which question comes next, and what the user's free text means.

Rasa's FormAction asks whatever `requested_slot` we set; `cable.open_questions` decides
it, so the form only asks questions whose answer can still change the outcome.
Returning no events for an interruption (why?, a document question, go back, ...)
makes Rasa reject the form for that turn, so the rules can answer and then resume.
"""

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

import cable
from actions import presenters
from actions.parsing import describe, parse_answer, parse_mentions, sanitize

FORM = "case_form"
CONFIRM = "case_confirmed"
# Intents whose text may carry an answer; anything else interrupts the form.
ANSWER_INTENTS = {"inform", "affirm", "deny", "dont_know", "start_case", "nlu_fallback"}
# Off-topic replies are still read for an answer first: the classifier may be wrong.
SOFT_INTERRUPTIONS = {"out_of_scope"}
# Actions that run between the user's message and the form on an ordinary form turn.
_SAME_TURN_ACTIONS = {FORM, "action_extract_slots", "validate_case_form", "action_listen"}
BUTTONS_AFTER_MISSES = 2
# Intents that throw answers away are only obeyed mid-form when the classifier is sure;
# a weak guess ("blue cars again" -> start_over) is treated as an answer it could not read.
DESTRUCTIVE_INTENTS = {"start_over", "stop", "go_back"}
DESTRUCTIVE_MIN_CONFIDENCE = 0.6

BUTTONS = {
    "nationality": ["Korean", "Japanese", "Another nationality"],
    "group": ["Technical personnel", "Prisoner of war", "Ordinary national"],
}
YES_NO = ["Yes", "No", "Not sure"]


def latest_text(tracker: Tracker) -> str:
    return sanitize((tracker.latest_message or {}).get("text") or "")


def latest_intent(tracker: Tracker) -> Optional[str]:
    return ((tracker.latest_message or {}).get("intent") or {}).get("name")


def reads_as_answer(tracker: Tracker, requested: Optional[str]) -> bool:
    """Whether the latest message should be read for an answer rather than left to the rules."""
    intent = (tracker.latest_message or {}).get("intent") or {}
    name = intent.get("name")
    if name in ANSWER_INTENTS | SOFT_INTERRUPTIONS:
        return True
    unsure = float(intent.get("confidence") or 0.0) < DESTRUCTIVE_MIN_CONFIDENCE
    return requested is not None and name in DESTRUCTIVE_INTENTS and unsure


def is_fresh_user_turn(tracker: Tracker) -> bool:
    """True if the latest user message has not yet been answered by another action.

    When the form resumes after an interruption, the same message is still the latest,
    but an action has run since; it must not be read as an answer a second time.
    """
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return True
        if event.get("event") == "action" and event.get("name") not in _SAME_TURN_ACTIONS:
            return False
    return True


def case_facts(tracker: Tracker) -> Dict[str, Any]:
    return presenters.known_facts(tracker.slots)


def next_question(facts: Dict[str, Any], confirmed: Optional[bool], keep: Optional[str] = None) -> Optional[str]:
    """The slot to ask next: `keep` if still open, else the first open question, then the read-back."""
    open_fields = cable.open_questions(facts)
    if keep in open_fields:
        return keep
    if open_fields:
        return open_fields[0]
    return None if confirmed else CONFIRM


class ValidateCaseForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_case_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List[Dict]:
        slots = tracker.slots
        requested = slots.get("requested_slot")
        intent = latest_intent(tracker)
        fresh = is_fresh_user_turn(tracker)
        facts = case_facts(tracker)
        confirmed = slots.get(CONFIRM)

        if not fresh or not reads_as_answer(tracker, requested):
            if fresh and requested is not None:
                return []  # an interruption: let the rules answer it, then resume
            return [SlotSet("requested_slot", next_question(facts, confirmed, keep=requested))]

        events: List[Dict] = []
        starting = requested is None and intent == "start_case"
        if starting and (facts or slots.get("outcome")):
            facts, confirmed = {}, None  # a new case replaces the previous one
            events += reset_case_events()

        text = latest_text(tracker)
        entities = (tracker.latest_message or {}).get("entities") or []
        updates, assumed = self._understand(text, entities, requested, intent)
        assumed_fields = [f for f in (slots.get("assumed_fields") or []) if f not in updates] + assumed

        if requested == CONFIRM and not updates:
            if intent == "affirm" or parse_answer("requests_return", text).value is True:
                return events + [SlotSet(CONFIRM, True), SlotSet("requested_slot", None)]
            if intent in SOFT_INTERRUPTIONS:
                return events
            # "no": the read-back is asked again as a prompt to name the fact to fix.
            misses = int(slots.get("misses") or 0) + 1
            return events + [SlotSet(CONFIRM, None), SlotSet("misses", misses), SlotSet("requested_slot", CONFIRM)]

        if not updates:
            if intent not in ANSWER_INTENTS | DESTRUCTIVE_INTENTS and requested is not None:
                return events  # nothing understood: treat it as the interruption it looked like
            if requested in cable.FIELDS:
                misses = int(slots.get("misses") or 0) + 1
                dispatcher.utter_message(text=presenters.hint_text(requested, misses))
                return events + [SlotSet("misses", misses), SlotSet("requested_slot", requested)]
            return events + [SlotSet("requested_slot", next_question(facts, confirmed))]

        acknowledgement = self._acknowledge(facts, updates, requested, assumed)
        if acknowledgement:
            dispatcher.utter_message(text=acknowledgement)
        facts = {**facts, **updates}
        order = [f for f in (slots.get("answer_order") or []) if f not in updates] + list(updates)
        events += [SlotSet(field, value) for field, value in updates.items()]
        events += [
            SlotSet("answer_order", order),
            SlotSet("assumed_fields", assumed_fields),
            SlotSet("misses", 0),
            SlotSet(CONFIRM, None),
            SlotSet("requested_slot", next_question(facts, None)),
        ]
        return events

    @staticmethod
    def _understand(text: str, entities: List[Dict], requested: Optional[str], intent: Optional[str]):
        """Facts in the message: the answer to the requested question plus anything stated outright."""
        updates: Dict[str, Any] = {}
        assumed: List[str] = []
        if requested in cable.FIELDS:
            parsed = parse_answer(requested, text, entities)
            if parsed.value is not None:
                updates[requested] = parsed.value
                if parsed.assumed:
                    assumed.append(requested)
        for field, value in parse_mentions(text, entities, exclude=requested if updates else None).items():
            updates.setdefault(field, value)
        return updates, assumed

    @staticmethod
    def _acknowledge(facts: Dict[str, Any], updates: Dict[str, Any], requested: Optional[str],
                     assumed: List[str]) -> Optional[str]:
        changed = [f for f, v in updates.items() if f in facts and facts[f] != v]
        volunteered = [f for f in updates if f != requested and f not in changed]
        parts = []
        if changed:
            parts.append("Changed: " + "; ".join(
                f"{describe(f, updates[f])} (was: {describe(f, facts[f])})" for f in changed) + ".")
        if volunteered:
            parts.append("Noted: " + "; ".join(describe(f, updates[f]) for f in volunteered) + ".")
        if assumed:
            parts.append("Not sure is fine: I'll assume not for now, and you can change it later.")
        return " ".join(parts) or None


def reset_case_events() -> List[Dict]:
    """Forget the current case (facts, bookkeeping and the last determination)."""
    names = list(cable.FIELDS) + [CONFIRM, "answer_order", "assumed_fields", "misses", "outcome",
                                  "applicable_clauses"]
    return [SlotSet(name, None) for name in names]


class ActionAskCaseField(Action):
    """Asks for one case field; after repeated misunderstandings it offers buttons."""

    field: str = ""

    def name(self) -> Text:
        return f"action_ask_{self.field}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List[Dict]:
        text = presenters.question_text(self.field)
        misses = int(tracker.slots.get("misses") or 0)
        if not misses and not case_facts(tracker) and not tracker.slots.get("answer_order"):
            text = "Let's look at the person's case; I'll only ask what the cable needs. " + text
        if misses >= BUTTONS_AFTER_MISSES:
            options = BUTTONS.get(self.field, YES_NO)
            dispatcher.utter_message(text=text, buttons=[{"title": o, "payload": o} for o in options])
        else:
            dispatcher.utter_message(text=text)
        return []


# One ask action per case field, named as Rasa's form expects (action_ask_<slot>).
for _field in cable.FIELDS:
    _cls_name = "ActionAsk" + "".join(part.title() for part in _field.split("_"))
    globals()[_cls_name] = type(_cls_name, (ActionAskCaseField,), {"field": _field})


class ActionAskCaseConfirmed(Action):
    """The read-back before assessing, with a chance to fix one fact."""

    def name(self) -> Text:
        return "action_ask_case_confirmed"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List[Dict]:
        if tracker.slots.get("misses"):  # the user said the read-back was wrong
            dispatcher.utter_message(
                text='Which fact should I change? Say it in your own words, e.g. "she is Japanese" '
                     'or "he has no pending case".')
            return []
        summary = presenters.summary_line(case_facts(tracker), tracker.slots.get("assumed_fields"))
        dispatcher.utter_message(
            text=f"So far: {summary}. Is that right? Say yes, or tell me what to change.",
            buttons=[{"title": "Yes, assess it", "payload": "yes"}],
        )
        return []
