"""What a message does: answer, question, command, "I don't know", off topic, or about the lesson."""

import re

import pytest

from understanding.acts import read, split
from understanding.quoting import clause_around, clean, quote, quote_span


@pytest.mark.parametrize("text,kind", [
    ("i don't know", "dont_know"), ("idk tbh", "dont_know"), ("no idea", "dont_know"), ("not sure", "dont_know"),
    ("dunno", "dont_know"), ("I have no clue sorry", "dont_know"),
    ("is this going to be on the exam?", "meta"), ("are you a bot", "meta"), ("will this be graded", "meta"),
    ("how many more questions", "meta"),
    ("what's your favourite food lol", "off_topic"), ("im so bored", "off_topic"), ("lol", "off_topic"),
    ("what does the word mean?", "question"), ("who sent it", "question"),
    ("it was sent by the ministry", "answer"), ("purple elephants", "answer"),
    ("i dont know, maybe the ministry sent it", "answer"),              # a hedged answer is an answer
    ("not really, most of them could choose", "answer"),
    # laughter is tone inside a question; a question beside small talk is still a question
    ("can i use this for my project or is it copyrighted lol", "question"), ("haha ok", "off_topic"),
    ("who sent the letter and what was the weather like that day", "question"),
    ("whats the weather like", "off_topic"),
    # a note without its subject states a fact, commas and all; asked, it is a question
    ("has a debt case in court, not over yet.", "answer"), ("has a debt case in court, not over yet?", "question"),
])
def test_kinds(text, kind):
    assert read(text).kind == kind


def test_a_meta_question_and_small_talk_together_are_not_an_answer():
    act = read("ok wait is this gonna be on the test? also whats ur favourite food lol")
    assert act.kind == "meta" and not act.is_answer
    assert [p.kind for p in act.parts] == ["meta", "off_topic"]


def test_the_callers_topic_test_claims_parts_it_recognises():
    def on_topic(t):
        return bool(re.search(r"ministry|shanghai", t, re.I))
    assert read("the ministry?", on_topic).kind == "answer"
    assert read("the ministry?").kind == "question"
    assert read("lol the ministry sent it to shanghai", on_topic).kind == "answer"


def test_commands_come_from_the_caller():
    def command(t):
        return "hint" if t.strip().lower() == "hint" else None
    assert read("hint", command=command).kind == "command"
    assert read("hint", command=None).kind == "answer"


def test_split_into_parts():
    assert split("is this on the test? also what's for lunch") == ("is this on the test?", "what's for lunch")
    assert split("") == ()


def test_quotes_keep_the_students_words_and_their_negation():
    text = "The Foreign Ministry in Beijing wrote it, replying to a letter from Shanghai"
    start = text.index("Foreign")
    assert quote_span(text, start, start + 16) == "The Foreign Ministry in Beijing wrote it"
    long = "well honestly a maths teacher who marks homework all day isnt really technical like an engineer at a mine"
    i = long.index("technical")
    assert quote_span(long, i, i + 9).startswith("... isnt really technical")
    assert clause_around("a, b; c", 3, 4) == (3, 4)


def test_quotes_are_safe_and_short():
    assert clean("[click](javascript:x) <b>hi</b>") == "click (javascript:x) b hi /b"
    assert quote("one two three four five", max_words=3) == "one two three ..."


@pytest.mark.parametrize("text, asking", [
    ("honestly unsure what their nationality is", False),     # a doubt about the person described
    ("not sure what his job was tbh", False),                 # ... or their job
    ("im not sure what the ministry meant by reform", True),  # a doubt about the document asks
    ("one parent korean, unsure what their nationality is", False),
])
def test_a_doubt_about_the_persons_own_nationality_is_no_question(text, asking):
    from understanding.acts import asks
    assert asks(text) is asking


def test_a_description_with_a_doubt_about_nationality_starts_a_case():
    from understanding.reading import read
    reading = read("theyre a pharmacist. one parent korean one japanese, honestly unsure what their "
                   "nationality is. they want to go home", None)
    assert reading.questions == ()
    assert reading.facts == {"nationality": "unsure", "group": "technical_personnel", "requests_return": True}


@pytest.mark.parametrize("text,kinds", [
    # a question the writer answers at once with a bare yes or no states something
    ("korean clerk. in debt? nope", ["answer", "answer", "answer"]),
    ("japanese pow. language problems? yes.", ["answer", "answer", "answer"]),
    # a hedged or a longer reply leaves the question standing
    ("was the cable secret? maybe", ["question", "answer"]),
    ("was the cable secret? no, it was sent to shanghai", ["question", "answer"]),
])
def test_a_question_the_writer_answers_is_no_question(text, kinds):
    assert [p.kind for p in read(text).parts] == kinds
