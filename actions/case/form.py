"""The case form: which question comes next, and what a reply changes.

Rasa's FormAction asks whatever `requested_slot` we set; `cable.open_questions` decides
it, so the form only asks questions whose answer can still change the outcome. One turn:
read the tracker (actions.tracker), understand the reply (understanding.case_facts),
decide the next question here, word the reply and the question (actions.presenters).
The validation action asks the question itself (`actions.tracker.asked_after`).
Returning no events for an interruption (why?, a document question, go back, ...)
makes Rasa reject the form for that turn, so the rules can answer and then resume.
"""

from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

import cable
from actions import presenters
from actions.tracker import (
    DomainDict,
    Events,
    asked_after,
    facts_in,
    intent_of,
    is_fresh_user_turn,
    known_facts,
    latest_entities,
    latest_text,
    parsed,
)
from understanding import learned_facts
from understanding.case_facts import confirms, parse_answer, read_reply
from understanding.reading import read

FORM = "case_form"
CONFIRM = "case_confirmed"
# {field: [kind, words]}: readings the parser was unsure of (understanding.case_facts.CaseReading),
# read back before assessing; a later answer to the field replaces them.
UNSURE = "unsure_readings"
# Intents whose text may carry an answer; anything else interrupts the form.
ANSWER_INTENTS = {"inform", "affirm", "deny", "dont_know", "start_case", "nlu_fallback"}
# Off-topic replies are still read for an answer first: the classifier may be wrong.
SOFT_INTERRUPTIONS = {"out_of_scope"}
BUTTONS_AFTER_MISSES = 2
# Intents that throw answers away are only obeyed mid-form when the classifier is sure;
# a weak guess ("blue cars again" -> start_over) is treated as an answer it could not read.
DESTRUCTIVE_INTENTS = {"start_over", "stop", "go_back"}
DESTRUCTIVE_MIN_CONFIDENCE = 0.6
# Facts that can matter only for a prisoner of war (view 3's conditions), from the cable's own
# rules: "his parents are poor" says nothing the cable asks of an ordinary national.
_OPEN_BY_GROUP = {group: set(cable.open_questions({"group": group})) for group in cable.FACT["group"].accepted}
PRISONERS_ONLY = frozenset(_OPEN_BY_GROUP["prisoner_of_war"]).difference(
    *(fields for group, fields in _OPEN_BY_GROUP.items() if group != "prisoner_of_war"))


def reads_as_answer(tracker: Tracker, requested: str | None) -> bool:
    """Whether the latest message should be read for an answer rather than left to the rules."""
    name, confidence = intent_of(tracker)
    if name in SOFT_INTERRUPTIONS:
        # unless the server read a question or small talk in it ("whats the capital of france" names no nationality)
        return parsed(tracker, "reading").get("kind") in (None, "answer", "dont_know")
    if name in ANSWER_INTENTS:
        return True
    unsure = confidence < DESTRUCTIVE_MIN_CONFIDENCE
    return requested is not None and name in DESTRUCTIVE_INTENTS and unsure


def next_question(facts: dict[str, Any], confirmed: bool | None, keep: str | None = None) -> str | None:
    """The slot to ask next: `keep` if still open, else the first open question, then the read-back."""
    open_fields = cable.open_questions(facts)
    if keep in open_fields:
        return keep
    if open_fields:
        return open_fields[0]
    return None if confirmed else CONFIRM


def reset_case_events() -> Events:
    """Forget the current case (facts, bookkeeping and the last determination)."""
    names = list(cable.FIELDS) + [CONFIRM, "answer_order", "assumed_fields", UNSURE, "misses", "outcome",
                                  "applicable_clauses"]
    return [SlotSet(name, None) for name in names]


class ValidateCaseForm(FormValidationAction):
    def name(self) -> str:
        return "validate_case_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Events:
        events = self.read_turn(dispatcher, tracker)
        asked, slots = asked_after(tracker, events)
        if asked is not None:
            ask(asked, slots, dispatcher)
        return events

    @staticmethod
    def read_turn(dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        """The slots this turn sets, ending with the question to ask next (none: an interruption)."""
        slots = tracker.slots
        requested = slots.get("requested_slot")
        intent, _ = intent_of(tracker)
        fresh = is_fresh_user_turn(tracker, FORM)
        facts = known_facts(tracker)
        confirmed = slots.get(CONFIRM)

        if not fresh or not reads_as_answer(tracker, requested):
            if fresh and requested is not None:
                return []  # an interruption: let the rules answer it, then resume
            return [SlotSet("requested_slot", next_question(facts, confirmed, keep=requested))]

        events: list[dict[str, Any]] = []
        starting = requested is None and intent == "start_case"
        kept = slots  # what the case so far noted beside its facts
        if starting and (facts or slots.get("outcome")):
            facts, confirmed, kept = {}, None, {}  # a new case replaces the previous one
            events += reset_case_events()

        text = latest_text(tracker)
        reply = read_reply(text, latest_entities(tracker), requested)
        updates, assumed = dict(reply.facts), reply.assumed
        if requested is None:
            # a case opened by a question about someone ("what happens to a korean farmer who ...?",
            # "if a korean cook is broke, would they send him home?"): the person it describes
            updates = {**read(text, entities=latest_entities(tracker)).facts, **updates}
        # a description the rules read something of: the learned reader may take what they left
        # open, read back before assessing as a guess
        guessed = learned_facts.guess(text, updates) if requested is None and updates else {}
        updates = {**updates, **{f: value for f, (value, _) in guessed.items()}}
        unsure_before = kept.get(UNSURE) or {}
        if requested == CONFIRM and not updates:
            updates = _correction(text, facts, unsure_before)  # "no, she is technical"
        group = updates.get("group", facts.get("group"))
        if group is not None and group != "prisoner_of_war":
            updates = {f: v for f, v in updates.items() if f not in PRISONERS_ONLY}
            assumed = [f for f in assumed if f not in PRISONERS_ONLY]
        assumed_fields = [f for f in (kept.get("assumed_fields") or []) if f not in updates] + assumed
        unsure = {**{f: w for f, w in unsure_before.items() if f not in updates},
                  **{f: list(w) for f, w in reply.unsure.items() if f in updates},
                  **{f: ["guessed", words] for f, (_, words) in guessed.items() if f in updates}}

        if requested == CONFIRM and not updates:
            if intent == "affirm" or confirms(text):
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

        acknowledgement = presenters.acknowledgement(facts, updates, requested, assumed)
        if acknowledgement:
            dispatcher.utter_message(text=acknowledgement)
        facts = {**facts, **updates}
        order = [f for f in (kept.get("answer_order") or []) if f not in updates] + list(updates)
        events += [SlotSet(field, value) for field, value in updates.items()]
        events += [
            SlotSet("answer_order", order),
            SlotSet("assumed_fields", assumed_fields),
            SlotSet(UNSURE, unsure),
            SlotSet("misses", 0),
            SlotSet(CONFIRM, None),
            SlotSet("requested_slot", next_question(facts, None)),
        ]
        return events


def _correction(text: str, facts: dict[str, Any], unsure: dict[str, Any]) -> dict[str, Any]:
    """At the read-back, a reply that answers one of the unsure choices differently
    ("no, she is technical") corrects it."""
    changes = {}
    for field in unsure:
        if field in cable.FIELDS and cable.FACT[field].kind == "choice":
            value = parse_answer(field, text).value
            if value is not None and value != facts.get(field):
                changes[field] = value
    return changes if len(changes) == 1 else {}


def ask(field: str, slots: dict[str, Any], dispatcher: CollectingDispatcher) -> None:
    """Ask for one case field, or read the case back; after repeated misunderstandings, with buttons."""
    misses = int(slots.get("misses") or 0)
    facts = facts_in(slots)
    if field == CONFIRM:
        if misses:  # the user said the read-back was wrong
            text = presenters.which_fact(facts, slots.get("assumed_fields") or [], misses)
            buttons = presenters.NOTHING_TO_CHANGE_BUTTONS if misses >= BUTTONS_AFTER_MISSES else None
            dispatcher.utter_message(text=text, buttons=buttons)
        else:
            text = presenters.read_back(facts, slots.get("assumed_fields") or [], slots.get(UNSURE))
            dispatcher.utter_message(text=text, buttons=presenters.READ_BACK_BUTTONS)
        return
    first = not misses and not facts and not slots.get("answer_order")
    text = presenters.question_text(field, first=first)
    if misses >= BUTTONS_AFTER_MISSES:
        dispatcher.utter_message(text=text, buttons=presenters.answer_buttons(field))
    else:
        dispatcher.utter_message(text=text)
