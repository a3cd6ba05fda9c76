"""Routing by evidence over the REST webhook against the real servers (issue 14).

Every message passes through the understanding step in the Rasa server before the dialogue policy
decides: questions reach the knowledge base wherever they are asked, small talk and questions about
the lesson are answered and never taken as answers, a person's facts start a case, and a message that
reads both ways is asked about with buttons.
"""

import pytest
from sqlalchemy import create_engine, inspect, text

pytestmark = pytest.mark.e2e


def stored(bot, table, sender) -> int:
    """How many rows the teaching store holds for this conversation (no table yet: none)."""
    engine = create_engine(bot.database_url, future=True)
    if not inspect(engine).has_table(table):
        return 0
    with engine.connect() as conn:
        return conn.execute(text(f"select count(*) from {table} where conversation_id = :c"), {"c": sender}).scalar()


def active_loop(bot, sender):
    return (bot.tracker(sender).get("active_loop") or {}).get("name")


def test_a_definition_reaches_the_glossary(bot, sender):
    reply = bot.texts(sender, "what does involuntary mean")
    assert "Involuntary" in reply and "Source:" in reply and "do not say" not in reply


def test_a_question_about_the_archive_is_not_a_case(bot, sender):
    reply = bot.texts(sender, "can i still go to the archive in beijing and see the original")
    assert "Source:" in reply and "Archive" in reply
    assert active_loop(bot, sender) is None and bot.slots(sender)["nationality"] is None


def test_who_wrote_it_is_answered_rather_than_given_the_help_text(bot, sender):
    reply = bot.texts(sender, "who wrote this thing")
    assert "Foreign Ministry" in reply and "Source:" in reply
    assert "I work with one document" not in reply


def test_a_judgement_gets_a_helpful_reply(bot, sender):
    [message] = bot.send(sender, "was this fair?")
    assert "judgement for you to make" in message["text"] and "didn't understand" not in message["text"]
    reply = bot.texts(sender, message["buttons"][0]["payload"])     # a button asks one of the questions
    assert "Source:" in reply


def test_a_case_in_a_students_own_words_starts_an_assessment(bot, sender):
    bot.send(sender, "my neighbour is a korean doctor who got into a fight at the market and cant make ends meet")
    assert active_loop(bot, sender) == "case_form"


def test_a_question_mid_form_is_answered_never_taken_as_a_fact(bot, sender):
    assert "Korean, Japanese, or another nationality" in bot.texts(sender, "I'd like to assess a case")
    reply = bot.texts(sender, "whats the capital of france")
    assert "Korean, Japanese, or another nationality" in reply          # the form asks again
    assert bot.slots(sender)["nationality"] is None
    reply = bot.texts(sender, "what does gratis mean?")
    assert "Source:" in reply and "Korean, Japanese, or another nationality" in reply
    reply = bot.texts(sender, "lol whats your favourite food")
    assert "outside what I can help with" in reply and bot.slots(sender)["nationality"] is None
    bot.send(sender, "she's Korean")
    assert bot.slots(sender)["nationality"] == "korean"


# Both a question about what the cable says and a case: the classifier reads a question, the facts a person.
BOTH_WAYS = "what did the ministry decide for a japanese engineer who asks to go home?"


def test_a_message_that_reads_both_ways_is_asked_about_with_buttons(bot, sender):
    [reply] = bot.send(sender, BOTH_WAYS)
    assert {b["payload"] for b in reply["buttons"]} == {"/start_case", "/ask_document"}
    assert active_loop(bot, sender) is None
    bot.send(sender, "/start_case")
    slots = bot.slots(sender)
    assert active_loop(bot, sender) == "case_form"
    assert slots["nationality"] == "japanese" and slots["group"] == "technical_personnel"


def test_the_other_button_answers_the_message_from_the_sources(bot, sender):
    bot.send(sender, BOTH_WAYS)
    reply = bot.texts(sender, "/ask_document")
    assert "Source:" in reply and "Which fact" not in reply       # the message answered, not a case
    assert active_loop(bot, sender) is None and bot.slots(sender)["nationality"] is None


def test_mid_quiz_asides_are_answered_and_never_graded(bot, sender):
    bot.texts(sender, "quiz me")
    before = bot.slots(sender)["quiz_state"]
    reply = bot.texts(sender, "lol whats your favourite food")
    assert "outside what I can help with" in reply
    reply = bot.texts(sender, "is this gonna be on the test?")
    assert "rather than the cable" in reply
    reply = bot.texts(sender, "what does gratis mean?")
    assert "Source:" in reply and f"Back to question {before['n']} of" in reply   # answered, then the same card
    after = bot.slots(sender)["quiz_state"]
    assert (after["n"], after.get("score"), after.get("answered")) == (before["n"], before.get("score"),
                                                                      before.get("answered"))
    assert stored(bot, "teaching_quiz_attempts", sender) == 0
    assert active_loop(bot, sender) == "quiz_form"


def test_mid_analysis_an_aside_is_not_scored_moved_on_or_exported(bot, sender):
    assert "Step 1 of" in bot.texts(sender, "let's analyse the document")
    reply = bot.texts(sender, "wait is this gonna be on the test? also what's your favourite food lol")
    assert "rather than the cable" in reply and "Step 2 of" not in reply
    assert bot.slots(sender)["analysis_state"]["step"] == 0
    assert stored(bot, "teaching_analysis_answers", sender) == 0
    reply = bot.texts(sender, "who sent this cable?")
    assert "Foreign Ministry" in reply and "Source:" in reply and "Step 2 of" not in reply
    summary = bot.texts(sender, "export my summary")
    assert "favourite food" not in summary and "on the test" not in summary
