"""Routing by evidence (understanding/routing.py): where a message goes when the classifier's guess and
what the message plainly says disagree."""

import pytest

from understanding import routing
from understanding.reading import read
from understanding.routing import Situation, interrupts, route

IN_FORM = Situation(loop="case_form", requested="nationality")
ASSESSED = Situation(assessed=True)


@pytest.mark.parametrize("text,matched,question", [
    ("what does gratis mean?", True, True),
    ("what does gratis mean", True, True),
    ("who was the foreign minister", False, True),
    ("what she did affects social order, so repatriated under view 4", True, False),
    ("the ministry?", True, False),
    ("gratis?", False, True),
])
def test_document_questions_and_answers_are_told_apart(text, matched, question):
    reading = read(text, on_topic=lambda part: matched)
    assert interrupts(reading, "ask_document") is question
    assert interrupts(reading, "inform") is False


@pytest.mark.parametrize("text,classifier,expected", [
    # questions the classifier sent elsewhere reach the knowledge base
    ("can i still go to the archive in beijing and see the original", "start_case", "ask_document"),
    ("who wrote this thing", "help", "ask_document"),
    ("were skilled specialists allowed to emigrate", "goodbye", "ask_document"),
    ("whats a civil case vs a criminal case", "start_case", "ask_document"),
    ("so techs werent allowed to go home even if they begged?", "what_if", "ask_document"),
    ("why wouldnt china let the engineers leave", "why", "ask_document"),
    ("tell me about peng dehuai", "tell_me_more", "ask_document"),
    # ... unless they carry the words of the classifier's intent
    ("how does this work?", "help", "help"),
    ("why is that?", "why", "why"),
    ("what if she was japanese instead?", "what_if", "what_if"),
    ("can we do the quiz now?", "start_quiz", "start_quiz"),
    ("tell me mor", "tell_me_more", "tell_me_more"),
    ("can we asses a new person", "start_case", "start_case"),
    # small talk and questions about the lesson are never answers
    ("wait is this gonna be on the test? also whats your favourite food lol", "inform", "out_of_scope"),
    ("are you a robot", "start_case", "out_of_scope"),
    # a person's facts are a case
    ("my neighbour is korean and a doctor, he wants to go home", "out_of_scope", "start_case"),
    ("russian guy, totally broke, wants to go home", "affirm", "start_case"),
    ("she keeps stealing from shops lol", "out_of_scope", "start_case"),
    # a note that says what someone has is a statement, not a question without its "?"
    ("Korean dentist. Has an open debt case.", "ask_document", "start_case"),
    ("japanese welder. has no money left.", "start_case", "start_case"),
    # the student's own person, beside a remark on the peoples the cable is about
    ("my character is a russian baker who wants to stay. i know the cable covers koreans and japanese, just asking",
     "ask_document", "start_case"),
    # a question the writer answers at once states something ("money trouble? none")
    ("korean pow, held in fushun. money trouble? none. language problems? yes", "ask_document", "start_case"),
    # a bare fact about nobody in particular is not a case
    ("korean minority population in china census", "inform", "ask_document"),
    # the classifier is kept when nothing contradicts it
    ("a Korean shopkeeper wants to go home", "start_case", "start_case"),
    ("yes, he's being sued", "affirm", "affirm"),
    ("what's the weather like today?", "out_of_scope", "out_of_scope"),
    ("view 2", "nlu_fallback", "nlu_fallback"),
])
def test_the_evidence_corrects_the_classifier(text, classifier, expected):
    assert route(read(text), classifier).intent == expected


@pytest.mark.parametrize("text, facts", [
    # a pasted form, one line per label, its answers after "?", ":" or " - "
    ("Name: Pak\nNationality: Korean\nJob: welder\nIn debt? yes\nAsked to go home? no",
     {"nationality": "korean", "group": "technical_personnel", "hardship": True, "requests_return": False}),
    ("NAME: Oleg\nHOME COUNTRY: Russia\nPOW: yes\nJoined the revolution early: no",
     {"nationality": "other", "group": "prisoner_of_war", "pow_early_revolutionary_work": False}),
    # a student playing the person: "I can't follow the lessons" is the person's, no question
    ("ok im playing a korean pow. I can't follow the lectures because they're all in chinese. I want to go home",
     {"nationality": "korean", "pow_language_barrier": True, "requests_return": True}),
    # a fact doubted with "?" asks the assistant nothing; a note without its subject is no question
    ("kr? jp? no idea. porter. cant afford rice. no lawsuit", {"nationality": "unsure", "pending_case": False}),
    ("japanese pow. was in the underground in 1938. wife n kids hungry back home.",
     {"group": "prisoner_of_war", "pow_family_difficulties": True}),
    ("japanese pow. family fine. can understand the lessons.",
     {"group": "prisoner_of_war", "pow_language_barrier": False}),
    ("korean cook. could barely feed himself last winter. wants home",
     {"group": "ordinary_national", "requests_return": True}),
    # the person a question names, whom the statements go on about
    ("would a japanese welder count as technical? he earns little and wants to go home",
     {"nationality": "japanese", "group": "technical_personnel", "requests_return": True}),
    # a teacher's note: "the people's court" is an institution, and the question asks this person's outcome
    ("Consider the following person: a Korean national employed as a porter. He has a matter before the "
     "people's court. He has applied for repatriation. How does the cable apply?",
     {"nationality": "korean", "pending_case": True, "requests_return": True}),
])
def test_a_form_or_a_role_play_starts_the_case_with_its_facts(text, facts):
    reading = read(text)
    assert {k: reading.facts.get(k) for k in facts} == facts
    for classifier in ("start_case", "ask_document", "nlu_fallback"):
        assert route(reading, classifier).intent == "start_case", classifier


def test_a_question_mid_form_is_no_answer():
    # "whats the capital of france" names a place, but asks: the form must not take it as a nationality
    reading = read("whats the capital of france", expecting="nationality")
    assert reading.kind == "question" and not reading.facts
    assert route(reading, "inform", IN_FORM).intent == "ask_document"
    assert route(read("korean?", expecting="nationality"), "inform", IN_FORM).intent == "inform"
    assert route(read("she's from france", expecting="nationality"), "inform", IN_FORM).intent == "inform"


def test_follow_ups_need_their_own_words():
    assert route(read("why?"), "why", ASSESSED).intent == "why"
    assert route(read("what did they decid about POWs"), "why", ASSESSED).intent == "ask_document"
    assert route(read("what would change the outcome?"), "what_changes", ASSESSED).intent == "what_changes"


def test_a_question_that_is_also_a_case_is_asked_about():
    chosen = route(read("could a korean doctor who wants to go home leave?"), "ask_document")
    assert chosen.intent == "nlu_fallback" and set(chosen.alternatives) == {"start_case", "ask_document"}
    # the classifier and the facts agree: a case
    assert route(read("could a korean doctor who wants to go home leave?"), "start_case").intent == "start_case"
    # about this very person: a case
    assert route(read("shes a korean farmer, what happens to her?"), "ask_document").intent == "start_case"
    # about many people: a question
    assert route(read("could korean doctors who want to go home leave?"), "start_case").intent == "ask_document"


def test_button_payloads_are_left_alone():
    assert route(read("/start_case"), "start_case").intent == "start_case"
    assert not route(read("/ask_document"), "ask_document").changed


def test_every_intent_with_words_of_its_own_has_them_listed():
    assert set(routing.CUES) >= {"greet", "goodbye", "help", "why", "what_if", "what_changes", "start_quiz",
                                 "start_analysis", "start_case", "tell_me_more", "list_related_documents"}


def test_a_claim_with_no_fact_of_anyones_case_is_not_a_case():
    # "i thought china joined the war in june": the classifier's "start_case" is a guess
    assert route(read("i thought china joined the korean war straight away in june"), "start_case").intent \
        == "ask_document"
    assert route(read("let me describe someone"), "start_case").intent == "start_case"


@pytest.mark.parametrize("text", [
    "our teacher told us the korean troops were glad to go back but a book says some of them made trouble",
    "i read that some of them rioted because they wanted to go home, is that true",
    # a nationality said of a plural group is no one's nationality
    "apparently the japanese soldiers all wanted to go home but my book says some of them rioted",
])
def test_facts_of_many_people_and_nobody_in_particular_are_history_not_a_case(text):
    assert route(read(text), "start_case").intent == "ask_document"


def test_a_description_with_a_doubt_in_it_starts_a_case_when_nothing_was_asked():
    # "dunno" makes the classifier hear "I don't know"; with nothing asked it answers nothing
    assert route(read("mixed korean and japanese cook, dunno which side, broke"), "dont_know").intent \
        == "start_case"
    in_form = Situation(loop="case_form", requested="hardship")
    assert route(read("dunno, he's korean though"), "dont_know", in_form).intent == "dont_know"


def test_text_messages_are_no_talk_about_the_cable():
    chat = "texts from my made-up guy:\n[09:01] Sato: i want to go back to japan\n[09:02] me: ur the engineer right\n" \
           "[09:02] Sato: yes, the only japanese engineer at the plant\n[09:03] Sato: no lawsuits"
    assert not read(chat).document and not read("my text messages from her").document
    assert read("what does the text of the cable say").document


def test_one_person_among_many_is_still_a_case():
    assert route(read("a korean cook whose neighbours are all broke wants to go home"), "start_case").intent \
        == "start_case"
    assert route(read("they want to go home, korean tailor, no court case"), "start_case").intent == "start_case"


def test_every_way_of_asking_for_a_case_in_the_training_data_starts_one():
    import re
    from pathlib import Path

    import yaml
    data = yaml.safe_load((Path(__file__).resolve().parents[2] / "data" / "nlu" / "case.yml").read_text())
    examples = [re.sub(r"\[([^\]]+)\][({][^)}]*[)}]", r"\1", line.lstrip("- ").strip())
                for item in data["nlu"] if item.get("intent") == "start_case"
                for line in item["examples"].splitlines() if line.strip()]
    assert len(examples) > 20
    assert [t for t in examples if route(read(t), "start_case").intent != "start_case"] == []


@pytest.mark.parametrize("text, intent", [
    # a description, then a question about what it means for this person: the case
    ("korean cook in harbin. wants to go home. is that ok?", "start_case"),
    ("japanese welder, never fights. what does the cable say?", "start_case"),
    ("mongolian trader in peking, wants to leave. is the cable even relevant?", "start_case"),
    ("korean miner, broke, wants to go home. now what", "start_case"),
    # ... or about such people in general: asked which was meant
    ("korean miner, broke, wants to go home. what does the cable say about miners?", "nlu_fallback"),
    # what becomes of one imagined person described in the question itself: the case
    ("so what would happen to a korean welder who wants to go back?", "start_case"),
    ("what about someone japanese who fixes bikes and has a court case", "start_case"),
    ("what will happen to a japanese nurse thats broke", "start_case"),
    ("what would the cable say about a korean dentist in jilin who wants to go home?", "start_case"),
    # ... followed by more of their facts
    ("what about a korean porter in dalian who got into a brawl? no court case though, he is broke", "start_case"),
    # ... but not of many people, and not with nothing but a nationality
    ("what would happen to japanese welders who want to go back?", "ask_document"),
    ("what about a korean miner? i mean what does the cable say about miners in general", "nlu_fallback"),
    ("what happens to a korean?", "ask_document"),
])
def test_a_question_about_the_description_just_given_opens_the_case(text, intent):
    assert route(read(text), "ask_document").intent == intent
