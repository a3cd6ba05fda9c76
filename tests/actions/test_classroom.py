"""The teaching adapters with rasa-sdk's Tracker and CollectingDispatcher."""

import re
from typing import Any

import pytest
from rasa_sdk import Tracker

from actions import presenters
from actions.classroom import session
from actions.classroom.analysis import ActionEndAnalysis, ValidateAnalysisForm
from actions.classroom.quiz import ActionEndQuiz, ValidateQuizForm
from actions.classroom.session import ActionRateAnswer, ActionSessionSummary, ActionSetClassCode, ActionTeachingCommand
from teaching import analysis, quiz
from teaching.store import default_store
from tests.support.trackers import slot_events, texts
from tests.teaching.test_quiz import right

BOT_TURN = [{"event": "action", "name": "action_answer_question"},
            {"event": "bot", "text": "Gratis means free of charge."}]


def tracker(text="", intent=None, slots=None, form=None, confidence=0.95, before=(), channel="rest",
            sender="student-1", after: str | None = None) -> Tracker:
    """A tracker whose latest event is the user's message, seen from `form`'s validation (if any)."""
    latest = {"text": text, "intent": {"name": intent, "confidence": confidence}, "entities": []}
    events: list[dict[str, Any]] = [{"event": "user", "text": "earlier"}, *before,
                                    {"event": "action", "name": "action_listen"},
                                    {"event": "user", "text": text, "parse_data": latest, "input_channel": channel}]
    if after:
        events.append({"event": "action", "name": after})
    if form:
        events.append({"event": "action", "name": form})
    return Tracker(sender, dict(slots or {}), latest, events, False, None, {"name": form} if form else {},
        "action_listen")


async def run(action, dispatcher, **kwargs):
    return slot_events(await action.run(dispatcher, tracker(**kwargs), {}))


# --- The quiz -------------------------------------------------------------------------------------

async def start_quiz(dispatcher, text="quiz me"):
    return await run(ValidateQuizForm(), dispatcher, text=text, intent="start_quiz", form="quiz_form")


async def test_quiz_starts_with_the_intro_and_question_one(dispatcher):
    slots = await start_quiz(dispatcher)
    assert slots["requested_slot"] == "quiz_reply" and slots["quiz_state"]["n"] == 1
    assert "fictional people" in texts(dispatcher)   # then the validation asks the first question
    assert "Question 1 of 10 (level 1)" in texts(dispatcher) and "Persona card:" in texts(dispatcher)
    assert slots["quiz_state"]["shown"] == 1


async def test_a_prediction_is_graded_stored_and_followed_by_the_next_question(dispatcher):
    state = (await start_quiz(dispatcher))["quiz_state"]
    s = quiz.current(state)
    slots = await run(ValidateQuizForm(), dispatcher, text=right(s), intent="inform", form="quiz_form",
                      slots={"quiz_state": state, "requested_slot": "quiz_reply", "class_code": "HIST7"})
    assert "Right:" in texts(dispatcher) and "Score: 1 of 1." in texts(dispatcher)
    assert slots["quiz_state"]["n"] == 2
    [graded] = [m for m in dispatcher.messages if "Right:" in (m.get("text") or "")]
    assert graded["buttons"][0]["payload"] == "/rate_helpful" and graded["rated"] == "quiz"   # the answer is rated
    [asked] = [m for m in dispatcher.messages if "Question 2 of 10" in (m.get("text") or "")]
    assert not asked["buttons"]   # the question is not
    [row] = default_store().class_attempts("HIST7")
    assert row.correct and row.conversation_id == "student-1" and row.question_no == 1


async def test_the_last_answer_ends_the_form(dispatcher):
    state = {**(await start_quiz(dispatcher))["quiz_state"], "total": 1}
    s = quiz.current(state)
    slots = await run(ValidateQuizForm(), dispatcher, text=right(s), form="quiz_form",
                      slots={"quiz_state": state, "requested_slot": "quiz_reply"})
    assert slots["requested_slot"] is None and slots["quiz_state"]["done"]
    await run(ActionEndQuiz(), dispatcher, slots=slots)
    assert "Quiz finished: 1 right out of 1." in texts(dispatcher)


@pytest.mark.parametrize("text,intent,words", [
    ("hint", "ask_hint", "Hint:"),
    ("I don't know", "dont_know", "Hint:"),
    ("why?", "why", "Make a prediction first"),
    ("go back", "go_back", "can't go back"),
    ("help", "help", "We are in the quiz"),
    ("purple elephants", "out_of_scope", "couldn't read a prediction"),
])
async def test_quiz_commands_answer_and_keep_the_question_open(dispatcher, text, intent, words):
    state = (await start_quiz(dispatcher))["quiz_state"]
    dispatcher.messages.clear()
    slots = await run(ValidateQuizForm(), dispatcher, text=text, intent=intent, form="quiz_form",
                      slots={"quiz_state": state, "requested_slot": "quiz_reply"})
    assert words in texts(dispatcher)
    assert slots["requested_slot"] == "quiz_reply" and slots["quiz_state"]["n"] == 1
    assert "Question 1 of 10" not in texts(dispatcher)   # no re-ask after a command


async def test_skip_and_stop(dispatcher):
    state = (await start_quiz(dispatcher))["quiz_state"]
    slots = await run(ValidateQuizForm(), dispatcher, text="skip", form="quiz_form",
                      slots={"quiz_state": state, "requested_slot": "quiz_reply"})
    assert "The cable's answer was" in texts(dispatcher) and slots["quiz_state"]["n"] == 2
    assert not re.search(r"\(views? [\d, ]+\) \(views? ", texts(dispatcher))   # the view is named once
    slots = await run(ValidateQuizForm(), dispatcher, text="stop the quiz", form="quiz_form",
                      slots={"quiz_state": slots["quiz_state"], "requested_slot": "quiz_reply"})
    assert slots["requested_slot"] is None and "Quiz paused at question 2 of 10" in texts(dispatcher)
    dispatcher.messages.clear()
    slots = await run(ValidateQuizForm(), dispatcher, text="quiz me", intent="start_quiz", form="quiz_form",
                      slots={"quiz_state": slots["quiz_state"]})
    assert "Welcome back to your quiz" in texts(dispatcher) and slots["quiz_state"]["n"] == 2


async def test_a_document_question_mid_quiz_is_left_to_the_rules(dispatcher):
    state = (await start_quiz(dispatcher))["quiz_state"]
    events = await ValidateQuizForm().run(dispatcher, tracker(
        text="what does technical personnel mean?", intent="ask_document", form="quiz_form",
        slots={"quiz_state": state, "requested_slot": "quiz_reply"}), {})
    assert events == []


async def test_after_the_rules_answered_the_form_only_asks_again(dispatcher):
    state = (await start_quiz(dispatcher))["quiz_state"]
    dispatcher.messages.clear()
    slots = await run(ValidateQuizForm(), dispatcher, text="what does gratis mean?", intent="ask_document",
                      form="quiz_form", after="action_answer_question",
                      slots={"quiz_state": state, "requested_slot": "quiz_reply"})
    assert slots["requested_slot"] == "quiz_reply" and slots["quiz_state"]["score"] == state["score"]  # not graded
    assert [m["text"].split(":")[0] for m in dispatcher.messages] == [
        f"Back to question 1 of 10 ({quiz.current(state).persona.name})"]   # only asked again


# --- The analysis ---------------------------------------------------------------------------------

async def test_analysis_start_answer_pause_and_resume(dispatcher):
    slots = await run(ValidateAnalysisForm(), dispatcher, text="let's analyse the document",
                      intent="start_analysis", form="analysis_form")
    assert "four habits" in texts(dispatcher) and slots["requested_slot"] == "analysis_reply"
    assert f"Step 1 of {len(analysis.steps())}, sourcing." in texts(dispatcher)
    state = slots["analysis_state"]
    slots = await run(ValidateAnalysisForm(), dispatcher, text="the foreign ministry, to the shanghai office",
                      intent="inform", form="analysis_form", slots={"analysis_state": state,
                                                                    "requested_slot": "analysis_reply"})
    assert "Yes, that's the full picture:" in texts(dispatcher) and slots["analysis_state"]["step"] == 1
    assert '- You wrote "the foreign ministry": China\'s Foreign Ministry sent it' in texts(dispatcher)
    assert default_store().analysis(conversation_id="student-1")[0].verdict == "complete"
    slots = await run(ValidateAnalysisForm(), dispatcher, text="stop", intent="stop", form="analysis_form",
                      slots={"analysis_state": slots["analysis_state"], "requested_slot": "analysis_reply"})
    assert slots["requested_slot"] is None
    await run(ActionEndAnalysis(), dispatcher, slots=slots)
    assert f"Paused at step 2 of {len(analysis.steps())}" in texts(dispatcher)
    dispatcher.messages.clear()
    slots = await run(ValidateAnalysisForm(), dispatcher, text="resume the analysis", intent="resume_analysis",
                      form="analysis_form", slots={"analysis_state": slots["analysis_state"]})
    assert "Welcome back" in texts(dispatcher) and slots["analysis_state"]["step"] == 1


async def test_resume_with_nothing_started_starts_from_the_beginning(dispatcher):
    await run(ValidateAnalysisForm(), dispatcher, text="resume the analysis", intent="resume_analysis",
              form="analysis_form")
    assert "no analysis in progress" in texts(dispatcher)


async def test_a_question_mid_analysis_goes_to_the_knowledge_base_even_if_it_names_a_point(dispatcher):
    state = {**analysis.new_state(), "step": 1}
    events = await ValidateAnalysisForm().run(dispatcher, tracker(
        text="what does gratis mean?", intent="ask_document", confidence=0.9, form="analysis_form",
        slots={"analysis_state": state, "requested_slot": "analysis_reply"}), {})
    assert events == []


async def test_the_final_step_ends_with_the_outro(dispatcher):
    state = {**analysis.new_state(), "step": len(analysis.steps()) - 1}
    slots = await run(ValidateAnalysisForm(), dispatcher, text="the shanghai letter and the chinese original",
                      form="analysis_form", slots={"analysis_state": state, "requested_slot": "analysis_reply"})
    assert slots["requested_slot"] is None and slots["analysis_state"]["done"]
    await run(ActionEndAnalysis(), dispatcher, slots=slots)
    assert "four habits done" in texts(dispatcher)


# --- Ratings, class codes, summaries, stray commands ----------------------------------------------

async def test_a_rating_is_stored_with_the_answer_it_rates(dispatcher):
    await run(ActionRateAnswer(), dispatcher, text="/rate_unhelpful", intent="rate_unhelpful", before=BOT_TURN,
              slots={"last_kb_entry": "gl_gratis", "class_code": "HIST7"})
    [row] = default_store().class_ratings("HIST7")
    assert (row.helpful, row.kind, row.ref, row.answer_text) == (False, "knowledge", "gl_gratis",
                                                                "Gratis means free of charge.")
    assert "didn't help" in texts(dispatcher)


async def test_rating_with_nothing_to_rate(dispatcher):
    await run(ActionRateAnswer(), dispatcher, text="that was helpful", intent="rate_helpful")
    assert "no answer to rate" in texts(dispatcher)


async def test_rating_inside_the_quiz(dispatcher):
    state = (await start_quiz(dispatcher))["quiz_state"]
    before = [{"event": "action", "name": "quiz_form"},
              {"event": "bot", "text": "Right: Approved to leave.", "metadata": {"rated": "quiz"}},
              {"event": "bot", "text": "Question 2 of 10 (level 1).", "metadata": {}}]
    await run(ValidateQuizForm(), dispatcher, text="👍 helpful", intent="rate_helpful", form="quiz_form",
              before=before, slots={"quiz_state": state, "requested_slot": "quiz_reply"})
    [row] = default_store().ratings(conversation_id="student-1")
    assert row.helpful and row.kind == "quiz" and row.answer_text == "Right: Approved to leave."


@pytest.mark.parametrize("before", [
    [{"event": "action", "name": "case_form"}, {"event": "bot",
    "text": "Does the person have difficulty living in China?"}],
    [{"event": "action", "name": "quiz_form"}, {"event": "bot", "text": "Hint: start with the group."}],
])
async def test_only_answers_can_be_rated(dispatcher, before):
    await run(ActionRateAnswer(), dispatcher, text="not helpful", intent="rate_unhelpful", before=before)
    assert default_store().ratings(conversation_id="student-1") == []
    assert "Only my answers can be rated" in texts(dispatcher)


def test_rating_buttons_are_words_every_font_can_show():
    for button in presenters.RATING_BUTTONS:
        assert button["title"].replace(" ", "").isalpha() and button["title"].isascii()


def test_rating_buttons_only_outside_the_shell():
    assert session.rating_buttons(tracker(channel="rest"))[0]["payload"] == "/rate_helpful"
    assert session.rating_buttons(tracker(channel="cmdline")) is None


async def test_class_code_is_set_and_a_bad_one_explained(dispatcher):
    slots = await run(ActionSetClassCode(), dispatcher, text="my class code is hist7", intent="give_class_code")
    assert slots == {} and "There's no class HIST7" in texts(dispatcher) and "\n" not in texts(dispatcher)
    assert default_store().class_of("student-1") is None          # a code nobody created is refused
    default_store().create_class("HIST7")
    dispatcher.messages.clear()
    slots = await run(ActionSetClassCode(), dispatcher, text="my class code is hist7", intent="give_class_code")
    assert slots == {"class_code": "HIST7"} and default_store().class_of("student-1") == "HIST7"
    dispatcher.messages.clear()
    slots = await run(ActionSetClassCode(), dispatcher, text="my class code is <script>", intent="give_class_code")
    assert slots == {} and "not a valid class code" in texts(dispatcher) and "<script>" not in texts(dispatcher)


async def test_summary_in_chat_and_exported(dispatcher):
    await run(ActionSessionSummary(), dispatcher, text="how am I doing", intent="session_summary")
    assert "Your session so far" in texts(dispatcher)
    dispatcher.messages.clear()
    await ActionSessionSummary().run(dispatcher, tracker(text="export my summary", intent="session_summary"), {})
    assert "# Session summary" in texts(dispatcher)
    assert any(m.get("custom", {}).get("type") == "summary_markdown" for m in dispatcher.messages)


@pytest.mark.parametrize("slots,form,words", [
    ({}, None, "no question open"),
    ({"requested_slot": "pending_case"}, "case_form", "For example"),
    ({"requested_slot": "case_confirmed"}, "case_form", "Say \"yes\""),
])
async def test_stray_hint(dispatcher, slots, form, words):
    await run(ActionTeachingCommand(), dispatcher, text="hint", intent="ask_hint", slots=slots, form=form)
    assert words in texts(dispatcher)


def test_last_bot_turn_reads_the_previous_reply_only():
    events = [{"event": "user", "text": "q1"}, {"event": "action", "name": "action_assess_case"},
              {"event": "bot", "text": "Outcome: Approved"}, {"event": "bot", "text": "Why: ..."},
              {"event": "action", "name": "action_listen"}, {"event": "user", "text": "not helpful"}]
    assert session.last_bot_turn(events) == ("Outcome: Approved\nWhy: ...", "assessment")


@pytest.mark.parametrize("sender", ["s-1", "s-2", "s-3", "s-4"])
async def test_a_whole_quiz_through_the_form_even_if_every_answer_looks_like_a_document_question(sender):
    """The classifier often calls predictions ask_document; they must still be graded."""
    from rasa_sdk.executor import CollectingDispatcher

    d = CollectingDispatcher()
    slots = await run(ValidateQuizForm(), d, text="quiz me", intent="start_quiz", form="quiz_form", sender=sender)
    for n in range(1, quiz.TOTAL + 1):
        state = slots["quiz_state"]
        slots = await run(ValidateQuizForm(), d, text=right(quiz.current(state)), intent="ask_document",
                          form="quiz_form", sender=sender, slots={"quiz_state": state, "requested_slot": "quiz_reply"})
        assert f"Score: {n} of {n}." in texts(d), (n, texts(d)[-500:])
    assert slots["quiz_state"]["done"] and slots["requested_slot"] is None


async def test_a_whole_walkthrough_through_the_form_even_if_answers_look_like_questions(dispatcher):
    from tests.teaching.test_analysis import GOOD

    slots = await run(ValidateAnalysisForm(), dispatcher, text="let's analyse the document", intent="start_analysis",
                      form="analysis_form")
    for step in analysis.steps():
        slots = await run(ValidateAnalysisForm(), dispatcher, text=GOOD[step.id], intent="ask_document",
                          form="analysis_form", slots={"analysis_state": slots["analysis_state"],
                                                       "requested_slot": "analysis_reply"})
    assert slots["analysis_state"]["done"] and slots["requested_slot"] is None
    assert len(default_store().analysis(conversation_id="student-1")) == len(analysis.steps())


# --- Messages that are not answers are never judged -------------------------------------------------

@pytest.mark.parametrize("text,words", [
    ("wait is this gonna be on the test? also whats ur favourite food lol", "up to your teacher"),
    ("lol im so bored", "keep to the cable"),
    ("idk", "Hint:"),
])
async def test_asides_in_the_analysis_are_answered_not_judged(dispatcher, text, words):
    state = {**analysis.new_state(), "step": 2}
    slots = await run(ValidateAnalysisForm(), dispatcher, text=text, intent="inform", confidence=0.4,
                      form="analysis_form", slots={"analysis_state": state, "requested_slot": "analysis_reply"})
    assert words in texts(dispatcher)
    assert slots["analysis_state"]["step"] == 2 and slots["analysis_state"]["tries"] == 0
    assert default_store().analysis(conversation_id="student-1") == []      # nothing recorded as an answer


async def test_asides_in_the_quiz_are_answered_not_graded(dispatcher):
    state = (await start_quiz(dispatcher))["quiz_state"]
    dispatcher.messages.clear()
    slots = await run(ValidateQuizForm(), dispatcher, text="is this on the exam? what's your favourite movie",
                      intent="inform", confidence=0.4, form="quiz_form",
                      slots={"quiz_state": state, "requested_slot": "quiz_reply"})
    assert "up to your teacher" in texts(dispatcher) and "couldn't read a prediction" not in texts(dispatcher)
    assert slots["quiz_state"]["graded"] == 0 and default_store().events(conversation_id="student-1") == []


async def test_hints_skips_and_unreadable_answers_are_kept_for_the_teacher(dispatcher):
    state = (await start_quiz(dispatcher))["quiz_state"]
    common = dict(form="quiz_form", slots={"quiz_state": state, "requested_slot": "quiz_reply"})
    await run(ValidateQuizForm(), dispatcher, text="hint", intent="ask_hint", **common)
    await run(ValidateQuizForm(), dispatcher, text="purple elephants", intent="inform", **common)
    await run(ValidateQuizForm(), dispatcher, text="skip", intent="skip_question", **common)
    events = default_store().events(conversation_id="student-1")
    assert [(e.kind, e.question, e.detail) for e in events] == [
        ("hint", "question 1", ""), ("unclear", "question 1", "purple elephants"), ("skip", "question 1", "")]
    assert events[0].question_label.startswith(quiz.current(state).persona.name)
    a_state = {**analysis.new_state(), "step": 3}
    await run(ValidateAnalysisForm(), dispatcher, text="skip", form="analysis_form",
              slots={"analysis_state": a_state, "requested_slot": "analysis_reply"})
    assert default_store().events(conversation_id="student-1")[-1].question == "context_war"
