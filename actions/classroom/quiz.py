"""The quiz as a Rasa form: a persona card, the student's prediction, the grade, the next card.

`teaching.quiz` keeps the score, the level and the questions in the `quiz_state` slot;
`teaching.grading` grades with the rule module. Every message is read as a prediction
unless it is plainly a command ("hint", "skip", "stop the quiz", "why?").
"""

import logging

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

import cable
from actions import presenters
from actions.classroom.session import CLASS_SLOT, RATED, common_command, rating_buttons
from actions.tracker import DomainDict, Events, asked_after, intent_of, is_fresh_user_turn, latest_text
from teaching import analysis, misconceptions, quiz, scenario_files, turns
from teaching.grading import Clarify, card_label, grade
from teaching.scenarios import Scenario
from teaching.store import default_store
from understanding.commands import by_intent, by_pattern, wants_new_quiz
from understanding.predictions import parse_prediction
from understanding.reading import PREDICTION, read
from understanding.routing import interrupts

logger = logging.getLogger(__name__)
FORM, SLOT, STATE = "quiz_form", "quiz_reply", "quiz_state"
SWITCH_INTENTS = {"start_analysis": 0.7, "resume_analysis": 0.7, "start_case": 0.8}
HELP = ('We are in the quiz. Read the persona card and predict what the cable says, naming the view: for example '
        '"approved to leave under view 2", "kept, view 1", "no provision", "out of scope" or "conflict between 1 '
        'and 4". Say "hint" for a clue, "skip" to see the answer, "why?" after a grade for the step-by-step '
        'reasoning, or "stop the quiz" to pause (say "quiz me" later to carry on).')


def teacher_scenarios(class_code: str | None) -> list[Scenario]:
    try:
        return scenario_files.for_class(class_code)
    except Exception:  # a broken teacher file must not stop the quiz (make test reports it)
        logger.exception("could not load the teachers' scenario sets")
        return []


def keep_asking(state: quiz.QuizState, **flags: object) -> Events:
    return [SlotSet(STATE, {**state, **flags}), SlotSet(SLOT, None), SlotSet("requested_slot", SLOT)]


def advance(state: quiz.QuizState, tracker: Tracker) -> Events:
    """The next question, or the end of the quiz (action_end_quiz gives the result)."""
    if state["done"]:
        return [SlotSet(STATE, state), SlotSet("requested_slot", None)]
    return keep_asking(quiz.next_question(state, teacher_scenarios(tracker.get_slot(CLASS_SLOT))))


def question_ref(state: quiz.QuizState) -> tuple[str, str | None]:
    """(question, label) under which hints, skips and unreadable answers are stored for the teacher."""
    s = quiz.current(state)
    return f"question {state['n']}", (card_label(s) if s else None)


def record_event(tracker: Tracker, state: quiz.QuizState, kind: str, detail: str = "") -> None:
    question, label = question_ref(state)
    default_store().add_event(tracker.sender_id, tracker.get_slot(CLASS_SLOT), "quiz", question, kind, detail, label)


def reasoning(state: quiz.QuizState) -> str:
    last = state.get("last")
    if not last:
        return "Make a prediction first; after the grade, \"why?\" shows the reasoning step by step."
    s = Scenario.from_dict(last)
    head = f"About the last question ({s.persona.name}):\n"
    if s.ambiguity:
        return head + "It turned on a reading:\n" + "\n".join(
            f"- If {r.label}: {cable.OUTCOME_LABELS[r.outcome]}." for r in s.ambiguity.readings)
    return head + presenters.reasoning_message(cable.assess(s.case))


class ValidateQuizForm(FormValidationAction):
    def name(self) -> str:
        return "validate_quiz_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Events:
        events = self.read_turn(dispatcher, tracker)
        asked, slots = asked_after(tracker, events)
        return events + ask(slots.get(STATE), dispatcher) if asked == SLOT else events

    def read_turn(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        state = tracker.get_slot(STATE)
        if tracker.get_slot("requested_slot") != SLOT:
            return self.activate(dispatcher, tracker, state)
        if not is_fresh_user_turn(tracker, FORM):
            return [SlotSet("requested_slot", SLOT)]
        text = latest_text(tracker)
        intent, confidence = intent_of(tracker)
        command = by_pattern(text)
        prediction = parse_prediction(text)
        readable = prediction.understood or prediction.vague
        if command is None and interrupts(read(text, expecting=PREDICTION), intent):
            return []  # a question or an aside: the rules answer it, then come back here (never graded)
        if command is None and not readable:
            if confidence >= SWITCH_INTENTS.get(intent or "", 2):
                return []
            command = by_intent(text, intent, confidence)
        if command:
            return self.command(command, state, dispatcher, tracker)
        aside = turns.aside(text, lambda t: readable or bool(misconceptions.find(t, "quiz")))
        if aside:  # "I don't know", small talk, a question about the lesson: answered, never graded
            dispatcher.utter_message(text=aside[1])
            return self.command("hint", state, dispatcher, tracker) if aside[0] == "dont_know" else keep_asking(state)
        return self.answer(text, state, dispatcher, tracker)

    @staticmethod
    def activate(dispatcher: CollectingDispatcher, tracker: Tracker, state: quiz.QuizState | None) -> Events:
        if state is None or state.get("done") or wants_new_quiz(latest_text(tracker)):
            round_ = (state.get("round", 0) if state else 0) + 1
            state = quiz.next_question(quiz.new_quiz(tracker.sender_id, round_=round_),
                                       teacher_scenarios(tracker.get_slot(CLASS_SLOT)))
            dispatcher.utter_message(text=quiz.intro(state))
        else:
            dispatcher.utter_message(text=f"Welcome back to your quiz ({quiz.score_line(state)[:-1].lower()}). "
                                          "Say \"new quiz\" to start again.")
            state = {**state, "shown": 0}
        return keep_asking(state)

    @staticmethod
    def answer(text: str, state: quiz.QuizState, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        result = grade(quiz.question(state), text)
        if isinstance(result, Clarify):
            record_event(tracker, state, "unclear", text)
            for m in result.misconceptions:
                record_event(tracker, state, "misconception", m)
            dispatcher.utter_message(text=result.message)
            return keep_asking(state, quiet=True)
        state, note = quiz.record(state, result)
        default_store().add_attempt(tracker.sender_id, tracker.get_slot(CLASS_SLOT), state["n"], result.record(), text)
        dispatcher.utter_message(text="\n".join(filter(None, [result.message, quiz.score_line(state), note])),
                                 buttons=rating_buttons(tracker) or [], **{RATED: "quiz"})
        return advance(state, tracker)

    @staticmethod
    def command(command: str, state: quiz.QuizState, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        if command in ("stop", "goodbye"):
            dispatcher.utter_message(text=f"Quiz paused at question {state['n']} of {state['total']}. "
                                          f"{quiz.score_line(state)} Say \"quiz me\" to carry on.")
            if command == "goodbye":
                dispatcher.utter_message(text="Goodbye, and good luck with your study of the cable.")
            return [SlotSet(STATE, {**state, "paused": True}), SlotSet("requested_slot", None)]
        if command == "hint":
            record_event(tracker, state, "hint")
            state, message = quiz.hint(state)
            dispatcher.utter_message(text=message)
            return keep_asking(state, quiet=True)
        if command == "skip":
            record_event(tracker, state, "skip")
            s = quiz.question(state)
            outcome, _clauses = s.expected()    # the outcome's label names its views
            dispatcher.utter_message(text=f"Skipped. The cable's answer was: {cable.OUTCOME_LABELS[outcome]}"
                                          + (" under the first reading" if s.ambiguity else "") + ".")
            return advance(quiz.skip(state), tracker)
        if command == "back":
            dispatcher.utter_message(text="A quiz can't go back, but you can say \"skip\" to move on, or \"why?\" "
                                          "about the last answer.")
            return keep_asking(state, quiet=True)
        if command in ("repeat", "text"):
            if command == "text":
                dispatcher.utter_message(text=analysis.cable_text())
            return keep_asking(state, shown=0)
        if command in ("why", "help"):
            dispatcher.utter_message(text=reasoning(state) if command == "why" else HELP)
            return keep_asking(state, quiet=True)
        events = common_command(command, tracker, dispatcher)
        # After a greeting the question is shown again; other replies stand on their own.
        return (events or []) + keep_asking(state, quiet=command != "greet")


def ask(state: quiz.QuizState | None, dispatcher: CollectingDispatcher) -> Events:
    """Shows the current persona card and question (a short reminder if already shown); nothing
    after a command that answered on its own ("quiet")."""
    if not state or not state.get("current"):
        return []
    if state.get("quiet"):
        return [SlotSet(STATE, {**state, "quiet": False})]
    text = quiz.question_text(state, reminder=state.get("shown") == state["n"])
    dispatcher.utter_message(text=text)
    return [SlotSet(STATE, {**state, "shown": state["n"]})]


class ActionEndQuiz(Action):
    def name(self) -> str:
        return "action_end_quiz"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Events:
        state = tracker.get_slot(STATE)
        if state and state.get("done"):
            dispatcher.utter_message(text=quiz.outro(state), buttons=rating_buttons(tracker) or [], **{RATED: "quiz"})
        return []
