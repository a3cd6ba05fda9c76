"""The guided source analysis as a Rasa form: one requested slot, re-asked until the last step.

The walk-through lives in `teaching.analysis`; its state is kept in the `analysis_state`
slot, so "stop" and "resume the analysis" continue where the student left off, even in a
later session. Every message is read as an answer unless it is plainly a command; a
question about the document is left to the rules (returning no events rejects the form),
which answer it and come back here.
"""



from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.classroom.session import CLASS_SLOT, RATED, common_command, rating_buttons
from actions.tracker import DomainDict, Events, asked_after, intent_of, is_fresh_user_turn, latest_text
from teaching import analysis, turns
from teaching.store import default_store
from understanding.commands import by_intent, by_pattern, wants_restart
from understanding.reading import read
from understanding.routing import interrupts

FORM, SLOT, STATE = "analysis_form", "analysis_reply", "analysis_state"
# Intents left to the rules mid-walk-through (besides document questions): switching exercise.
SWITCH_INTENTS = {"start_quiz": 0.7, "start_case": 0.8}
HELP = ('We are in the guided source analysis. Answer each question in your own words; I compare your answer '
        'with what historians would look for and show you the evidence. Say "hint" for a clue, "skip" to move '
        'on, "go back" for the previous step, "show the text" to see the cable, or "stop" to pause (say '
        '"resume the analysis" later).')


def keep_asking(state: analysis.AnalysisState, **flags: object) -> Events:
    return [SlotSet(STATE, {**state, **flags}), SlotSet(SLOT, None), SlotSet("requested_slot", SLOT)]


def finish(state: analysis.AnalysisState) -> Events:
    """End the form (done or paused); action_end_analysis says which."""
    return [SlotSet(STATE, state), SlotSet("requested_slot", None)]


class ValidateAnalysisForm(FormValidationAction):
    def name(self) -> str:
        return "validate_analysis_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Events:
        events = self.read_turn(dispatcher, tracker)
        asked, slots = asked_after(tracker, events)
        return events + ask(slots.get(STATE), dispatcher) if asked == SLOT else events

    def read_turn(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        state = tracker.get_slot(STATE)
        if tracker.get_slot("requested_slot") != SLOT:
            return self.activate(dispatcher, tracker, state)
        if not is_fresh_user_turn(tracker, FORM):
            return [SlotSet("requested_slot", SLOT)]  # back from an interruption: ask again
        text = latest_text(tracker)
        intent, confidence = intent_of(tracker)
        command = by_pattern(text)
        matched = command is None and analysis.matches_anything(state, text)
        reading = read(text, on_topic=lambda part: analysis.matches_anything(state, part))
        if command is None and interrupts(reading, intent):
            return []  # a question or an aside: the rules answer it, then come back here (never recorded)
        if command is None and not matched:
            if confidence >= SWITCH_INTENTS.get(intent or "", 2):
                return []
            command = by_intent(text, intent, confidence)
        if command:
            return self.command(command, state, dispatcher, tracker)
        aside = turns.aside(text, lambda t: analysis.matches_anything(state, t))
        if aside:  # "I don't know", small talk, a question about the lesson: answered, never judged
            dispatcher.utter_message(text=aside[1])
            return self.command("hint", state, dispatcher, tracker) if aside[0] == "dont_know" else keep_asking(state)
        state, message, record = analysis.answer(state, text)
        default_store().add_analysis(tracker.sender_id, tracker.get_slot(CLASS_SLOT), record, text)
        dispatcher.utter_message(text=message, buttons=rating_buttons(tracker) or [], **{RATED: "analysis"})
        return finish(state) if state["done"] else keep_asking(state)

    @staticmethod
    def activate(dispatcher: CollectingDispatcher, tracker: Tracker, state: analysis.AnalysisState | None) -> Events:
        intent, _ = intent_of(tracker)
        restart = intent == "start_analysis" and wants_restart(latest_text(tracker))
        if state is None or state.get("done") or restart:
            if intent == "resume_analysis" and state is None:
                dispatcher.utter_message(text="There's no analysis in progress, so let's start from the beginning.")
            state = analysis.new_state()
            dispatcher.utter_message(text=analysis.intro())
        else:
            dispatcher.utter_message(text='Welcome back: let\'s carry on where you left off '
                                          '(say "restart the analysis" to begin again).')
        return keep_asking(state, shown=-1)

    @staticmethod
    def command(command: str, state: analysis.AnalysisState, dispatcher: CollectingDispatcher,
                tracker: Tracker) -> Events:
        if command in ("stop", "goodbye"):
            if command == "goodbye":
                dispatcher.utter_message(text="Goodbye! Your place in the analysis is saved.")
            return finish(state)
        if command in ("hint", "skip", "back"):
            if command in ("hint", "skip"):
                step = analysis.current(state)
                default_store().add_event(tracker.sender_id, tracker.get_slot(CLASS_SLOT), "analysis", step.id, command)
            state, message = getattr(analysis, command)(state)
            dispatcher.utter_message(text=message)
            if state["done"]:
                return finish(state)
            return keep_asking(state, quiet=command == "hint", shown=-1 if command == "back" else state.get("shown"))
        if command in ("repeat", "text"):
            if command == "text":
                dispatcher.utter_message(text=analysis.cable_text())
            return keep_asking(state, shown=-1)
        if command in ("why", "help"):
            dispatcher.utter_message(text=analysis.why(state) if command == "why" else HELP)
            return keep_asking(state, quiet=True)
        events = common_command(command, tracker, dispatcher)
        # After a greeting the question is shown again; other replies stand on their own.
        return (events or []) + keep_asking(state, quiet=command != "greet")


def ask(state: analysis.AnalysisState | None, dispatcher: CollectingDispatcher) -> Events:
    """Shows the current step's question (a short reminder if it was already shown); nothing
    after a command that answered on its own ("quiet")."""
    state = state or analysis.new_state()
    if state.get("quiet"):
        return [SlotSet(STATE, {**state, "quiet": False})]
    reminder = state.get("shown") == state["step"]
    dispatcher.utter_message(text=analysis.question_text(state, reminder=reminder))
    return [SlotSet(STATE, {**state, "shown": state["step"]})]


class ActionEndAnalysis(Action):
    def name(self) -> str:
        return "action_end_analysis"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Events:
        state = tracker.get_slot(STATE)
        if not state:
            return []
        if state.get("done"):
            dispatcher.utter_message(text=analysis.outro(state), buttons=rating_buttons(tracker) or [],
                                     **{RATED: "analysis"})
        else:
            dispatcher.utter_message(
                text=f"Paused at step {state['step'] + 1} of {len(analysis.steps())}. Say \"resume the analysis\" "
                     f"whenever you want to carry on.")
        return []
