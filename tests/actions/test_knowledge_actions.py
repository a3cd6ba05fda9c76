"""Knowledge-base answers in the conversation: always cited, honest when the sources are silent."""

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.knowledge_base import answers
from actions.knowledge_base.answers import (
    ActionAnswerQuestion,
    ActionHandleFallback,
    ActionListRelatedDocuments,
    ActionTellMeMore,
)
from tests.support.trackers import make_tracker, slot_events, texts


@pytest.fixture(autouse=True)
def fresh_kb(monkeypatch):
    monkeypatch.setattr(answers, "_kb", None)  # built into this test's own database


async def ask(dispatcher, question, intent="ask_document", slots=None):
    tracker = make_tracker(question, intent, slots=slots, active_loop=None)
    return slot_events(await ActionAnswerQuestion().run(dispatcher, tracker, {}))


async def test_an_answer_names_its_evidence_type_and_source(dispatcher):
    slots = await ask(dispatcher, "Who sent this cable?")
    text = texts(dispatcher)
    assert "Foreign Ministry" in text
    assert "Evidence:" in text and "Source: [" in text and "](https://" in text
    assert slots["last_kb_entry"]


async def test_what_the_sources_do_not_say_is_declined_with_alternatives(dispatcher):
    slots = await ask(dispatcher, "What was the exchange rate of the yuan in 1950?")
    text = texts(dispatcher)
    assert text.startswith("The sources here do not say")
    assert "I can answer, for example:" in text
    assert slots["last_kb_entry"] is None


async def test_tell_me_more_gives_the_longer_explanation_of_the_last_answer(dispatcher):
    slots = await ask(dispatcher, "what does gratis mean?")
    entry_id = slots["last_kb_entry"]
    entry = answers.knowledge_base().get(entry_id)
    tracker = make_tracker("tell me more", "tell_me_more", slots={"last_kb_entry": entry_id}, active_loop=None)
    more = type(dispatcher)()
    await ActionTellMeMore().run(more, tracker, {})
    assert (entry.detail or "That is all the sources here say") [:40] in texts(more)
    assert "Evidence:" in texts(more)


async def test_tell_me_more_without_a_question_says_what_to_ask(dispatcher):
    await ActionTellMeMore().run(dispatcher, make_tracker("tell me more", "tell_me_more", active_loop=None), {})
    assert "Ask me a question about the document first" in texts(dispatcher)


async def test_related_documents_are_listed_by_date(dispatcher):
    await ActionListRelatedDocuments().run(dispatcher, make_tracker("related documents", "list_related_documents"), {})
    lines = [line for line in texts(dispatcher).splitlines() if line.startswith("- ")]
    dates = [line[2:].split(":")[0] for line in lines]
    assert len(lines) >= 5 and dates == sorted(dates)


async def test_low_confidence_gets_a_list_of_what_the_assistant_can_do(dispatcher):
    await ActionHandleFallback().run(dispatcher, make_tracker("purple monkey dishwasher", "nlu_fallback",
                                                              active_loop=None), {})
    assert "I can assess a fictional person's case" in texts(dispatcher)


async def fallback(question):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(question, "nlu_fallback", active_loop=None, confidence=0.2)
    slots = slot_events(await ActionHandleFallback().run(dispatcher, tracker, {}))
    return texts(dispatcher), slots


async def test_fallback_answers_an_oddly_phrased_document_question():
    text, slots = await fallback("the telegram thing... who was it even for")
    assert "Foreign Ministry" in text and "Source: [" in text
    assert slots["last_kb_entry"] == "doc_sender_recipient"


@pytest.mark.parametrize("question", [
    "korea", "what time is it", "what is your name", "who is the president of korea",
    "how's it going", "is it raining in beijing",
])
async def test_fallback_does_not_answer_off_topic_messages_from_the_document(question):
    text, slots = await fallback(question)
    assert "I can assess a fictional person's case" in text
    assert "Source:" not in text and not slots


async def test_knowledge_text_cannot_smuggle_a_link(dispatcher, monkeypatch):
    kb = answers.knowledge_base()
    answer = kb.ask("Who sent this cable?")
    answer.answer = "See [here](javascript:alert(1)) <img src=x onerror=alert(1)>"
    monkeypatch.setattr(kb, "ask", lambda q: answer)
    await ActionAnswerQuestion().run(dispatcher, make_tracker("who sent it", "ask_document", active_loop=None), {})
    text = texts(dispatcher)
    assert "](javascript" not in text and "<img" not in text


# --- Every kind of answer the knowledge base gives, as the chat shows it (issue 14) --------------

def _patched(monkeypatch, **fields):
    kb = answers.knowledge_base()
    answer = kb.ask("who sent the cable")
    for name, value in {"answered": False, "entry_id": None, "sources": [], "evidence": None, "detail": None,
                        "suggestions": ["What does gratis mean?"], **fields}.items():
        setattr(answer, name, value)
    monkeypatch.setattr(kb, "ask", lambda q: answer)
    return kb


async def run_answer(text, intent="ask_document", action=ActionAnswerQuestion, **tracker_kwargs):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent, active_loop=tracker_kwargs.pop("active_loop", None), **tracker_kwargs)
    events = await action().run(dispatcher, tracker, {})
    return dispatcher, slot_events(events)


async def test_every_part_of_a_two_part_question_is_answered_with_its_source():
    dispatcher, slots = await run_answer("who sent the cable and what does gratis mean")
    text = texts(dispatcher)
    assert "Foreign Ministry" in text and "free" in text.lower()
    assert text.count("Source: [") == 2 and text.count('On "') == 2
    assert slots["last_kb_entry"]


async def test_not_understood_offers_the_closest_entries_as_buttons(monkeypatch):
    _patched(monkeypatch, answer="The sources here do not say.", reason="not_understood", score=0.2,
             did_you_mean=[{"entry_id": "clause_view_1", "question": "What does point 1 say?"},
                           {"entry_id": "gl_technical_personnel", "question": "What does technical personnel mean?"}])
    dispatcher, slots = await run_answer("the engineer bit?")
    assert texts(dispatcher).startswith("I'm not sure what you're asking. Did you mean:")
    buttons = dispatcher.messages[0]["buttons"]
    assert [b["payload"] for b in buttons] == ["What does point 1 say?", "What does technical personnel mean?"]
    assert slots["last_kb_entry"] is None


async def test_understood_but_not_in_the_sources_names_what_they_say_nearby(monkeypatch):
    kb = answers.knowledge_base()
    near = kb.get("doc_date")
    _patched(monkeypatch, answer="The sources here do not say. What they do say nearby: " + near.answer,
             reason="not_in_sources", score=0.5, nearby=[{"entry_id": "doc_date", "answer": near.answer}])
    dispatcher, _ = await run_answer("what was the weather in beijing when it was sent")
    text = texts(dispatcher)
    assert text.startswith("The sources here do not say. What they do say nearby:") and near.answer[:30] in text
    assert "Source: [" in text            # the entry named nearby carries its source
    assert "Did you mean" not in text


async def test_never_the_sources_do_not_say_when_an_entry_answers():
    dispatcher, slots = await run_answer("what does involuntary mean")
    assert "do not say" not in texts(dispatcher) and "Involuntary" in texts(dispatcher)
    assert slots["last_kb_entry"] == "gl_involuntary"


async def test_a_judgement_is_left_to_the_student_with_the_evidence_to_weigh_it():
    dispatcher, slots = await run_answer("was this fair?")
    text = texts(dispatcher)
    assert "judgement for you to make" in text and "didn't understand" not in text
    assert len(dispatcher.messages[0]["buttons"]) == len(answers.JUDGEMENT_ENTRIES)
    assert slots["last_kb_entry"] is None


async def test_nothing_near_and_off_topic_says_what_the_assistant_covers():
    dispatcher, _ = await run_answer("who won the world cup?")
    assert "outside what I can help with" in texts(dispatcher)
    dispatcher, _ = await run_answer("who won the world cup?", active_loop="case_form")
    assert texts(dispatcher).endswith("Let's carry on.")


async def test_a_case_or_a_question_is_asked_with_buttons_and_the_button_brings_the_message_back():
    text = "could a korean doctor who wants to go home leave?"
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, "nlu_fallback", active_loop=None)
    tracker.latest_message["routing"] = {"alternatives": ["start_case", "ask_document"]}
    assert await ActionHandleFallback().run(dispatcher, tracker, {}) == []
    message = dispatcher.messages[0]
    assert {b["payload"] for b in message["buttons"]} == {"/start_case", "/ask_document"}
    assert message["clarifies"] == text
    # the student presses "What the cable says": the question is the message the buttons were about
    events = tracker.events + [{"event": "bot", "text": message["text"], "metadata": {"clarifies": text}},
                               {"event": "user", "text": "/ask_document"}]
    pressed = make_tracker("/ask_document", "ask_document", active_loop=None)
    pressed.events[:] = events
    from actions.tracker import latest_text
    assert latest_text(pressed) == text
    assert latest_text(make_tracker("/ask_document", "ask_document", active_loop=None)) == "/ask_document"


async def test_small_talk_and_the_lesson_get_their_own_reply_and_the_rest_is_tried_on_the_sources():
    dispatcher, _ = await run_answer("lol whats your favourite food", "out_of_scope", answers.ActionReplyAside)
    assert "outside what I can help with" in texts(dispatcher) and "Source:" not in texts(dispatcher)
    dispatcher, _ = await run_answer("is this gonna be on the test", "out_of_scope", answers.ActionReplyAside)
    assert "rather than the cable" in texts(dispatcher)
    dispatcher, slots = await run_answer("opening words of the telegram please", "out_of_scope",
                                         answers.ActionReplyAside)
    assert "Source: [" in texts(dispatcher) and slots["last_kb_entry"]


@pytest.mark.parametrize("claim, cited", [
    ("our teacher said this was signed by mao himself", "gap_signer"),
    ("i heard the chinese archive this came from is still fully open to anyone", "arch_fma_closure"),
    ("i thought china joined the korean war straight away in june", "kw_pva_entry"),
])
async def test_a_misconception_said_in_passing_is_corrected_with_sources(dispatcher, claim, cited):
    await ask(dispatcher, claim)
    text = texts(dispatcher)
    assert text.startswith("A common mix-up") and "Sources:" in text and f"entry {cited}" in text


async def test_a_question_that_states_nothing_wrong_gets_no_correction(dispatcher):
    await ask(dispatcher, "is the foreign ministry archive still open?")
    assert "mix-up" not in texts(dispatcher)
    # the same claim asked, not stated, is answered from its entry
    await ask(dispatcher, "did china join the korean war straight away in june?")
    assert "mix-up" not in texts(dispatcher) and "October 1950" in texts(dispatcher)
