"""After the case form: the determination and its follow-ups (why, what would change it,
what if, go back, start over)."""



from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

import cable
from actions import presenters
from actions.case.form import CONFIRM, FORM, reset_case_events
from actions.classroom.session import rating_buttons  # 👍/👎 under answers in the web widget
from actions.tracker import DomainDict, Events, known_facts, latest_entities, latest_text
from teaching.assessments import default_store
from understanding.case_facts import hypothetical_changes


def current_case(tracker: Tracker) -> cable.Case:
    """The facts collected so far; fields never asked are false (they cannot change the outcome)."""
    return cable.Case.from_dict(known_facts(tracker))


def has_determination(tracker: Tracker) -> bool:
    return tracker.get_slot("outcome") is not None


class ActionAssessCase(Action):
    def name(self) -> str:
        return "action_assess_case"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Events:
        case = current_case(tracker)
        det = cable.assess(case)
        *body, closing = presenters.determination_messages(det)
        for message in body:
            dispatcher.utter_message(text=message)
        dispatcher.utter_message(text=closing, buttons=rating_buttons(tracker) or [])
        # Storage failures are logged inside save(); the user has the answer either way.
        default_store().save(tracker.sender_id, case.to_dict(), det.outcome, det.clauses)
        return [SlotSet("outcome", det.outcome), SlotSet("applicable_clauses", list(det.clauses))]


class ActionExplainWhy(Action):
    """'Why?': during the form, why the question matters; after a determination, the reasoning."""

    def name(self) -> str:
        return "action_explain_why"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Events:
        requested = tracker.get_slot("requested_slot")
        if tracker.active_loop_name == FORM and requested in cable.FIELDS:
            dispatcher.utter_message(text=presenters.why_question_text(requested))
        elif tracker.active_loop_name == FORM and requested == CONFIRM:
            dispatcher.utter_message(
                text="I read the facts back so that you can fix any of them before I apply the cable.")
        elif has_determination(tracker):
            dispatcher.utter_message(text=presenters.reasoning_message(cable.assess(current_case(tracker))))
        else:
            dispatcher.utter_message(
                text='There is no determination to explain yet. Describe a fictional person '
                     '("A Korean shopkeeper wants to go home") and I will apply the cable.')
        return []


class ActionExplainChanges(Action):
    """'What would change it?': every one-fact flip of the current case."""

    def name(self) -> str:
        return "action_explain_changes"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Events:
        if not has_determination(tracker):
            dispatcher.utter_message(text="Let's assess a case first; then I can show what would change it.")
            return []
        dispatcher.utter_message(text=presenters.flips_message(cable.assess(current_case(tracker))))
        return []


class ActionWhatIf(Action):
    """'What if she had a criminal case?': the same case with the stated facts changed."""

    def name(self) -> str:
        return "action_what_if"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Events:
        if not has_determination(tracker):
            dispatcher.utter_message(
                text="Let's assess a case first; then you can ask what if one fact were different."
            )
            return []
        changes = hypothetical_changes(latest_text(tracker), latest_entities(tracker))
        case = current_case(tracker)
        changes = {f: v for f, v in changes.items() if getattr(case, f) != v}
        if not changes:
            dispatcher.utter_message(
                text='Which fact should be different? For example: "what if she had a criminal case?" '
                'or "what if he were Japanese?"'
            )
            return []
        before, after = cable.assess(case), cable.what_if(case, **changes)
        for message in presenters.what_if_message(before, after, changes):
            dispatcher.utter_message(text=message)
        return []


class ActionGoBack(Action):
    """Undo the last answer and ask that question again."""

    def name(self) -> str:
        return "action_go_back"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Events:
        order = list(tracker.get_slot("answer_order") or [])
        facts = known_facts(tracker)
        while order and order[-1] not in facts:
            order.pop()
        if not order:
            dispatcher.utter_message(
                text="There's no earlier answer to go back to, so let's start from the first question."
            )
            return [SlotSet("requested_slot", None)]
        field = order.pop()
        dispatcher.utter_message(text=f"OK, let's redo that answer ({presenters.describe(field, facts[field])}).")
        return [
            SlotSet(field, None),
            SlotSet("answer_order", order),
            SlotSet(CONFIRM, None),
            SlotSet("outcome", None),
            SlotSet("applicable_clauses", None),
            SlotSet("requested_slot", field),
        ]


class ActionStartOver(Action):
    def name(self) -> str:
        return "action_start_over"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Events:
        dispatcher.utter_message(text="Starting over with a new case.")
        return reset_case_events() + [SlotSet("requested_slot", None)]
