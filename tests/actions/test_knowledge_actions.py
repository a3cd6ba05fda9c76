"""Knowledge-base answers in the conversation: always cited, honest when the sources are silent."""

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.knowledge_base import answers
from actions.knowledge_base.answers import (ActionAnswerQuestion, ActionHandleFallback, ActionListRelatedDocuments,
                                            ActionTellMeMore)
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
    lines = [l for l in texts(dispatcher).splitlines() if l.startswith("- ")]
    dates = [l[2:].split(":")[0] for l in lines]
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
