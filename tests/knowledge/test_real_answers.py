"""What a student sees for a few kinds of question, on the real content."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, gap", [
    ("how much did it cost to go home to korea by train", "gap_travel_costs"),
    ("how did the soviets react to the cable", "gap_reactions"),
    ("did the repatriated koreans want to leave", "gap_personal_experiences"),
    ("how many koreans lived in shanghai back then", "gap_shanghai_community"),
    ("which shanghai official wrote to the ministry, what was his name", "gap_individual_names"),
])
def test_questions_the_sources_cannot_answer_say_so_with_their_source(real_kb, question, gap):
    answer = real_kb.ask(question)
    assert not answer.answered and answer.entry_id == gap
    assert answer.answer.startswith("The sources here do not say")
    assert answer.sources and answer.sources[0]["url"].startswith("https://")
    assert answer.suggestions       # a decline always offers what can be answered


def test_a_question_about_the_present_is_declined(real_kb):
    answer = real_kb.ask("what is the weather in beijing right now")
    assert not answer.answered and answer.entry_id is None


@pytest.mark.parametrize("question, entry", [
    ("may i use the cable for a school project", "prov_rights_reuse"),
    ("where did koreans in manchuria live at the end of the war", "kn_ccp_areas"),
    ("which letter does this telegram reply to", "doc_reply_to_letter"),
])
def test_everyday_wording_is_answered(real_kb, question, entry):
    answer = real_kb.ask(question)
    assert answer.answered and answer.entry_id == entry


@pytest.mark.parametrize("question", [
    "whats ur name", "who created u",                                   # the assistant itself
    "what day is today", "is it snowing in seoul",                      # clock, weather now
    "who leads north korea now", "who is the current premier of china",  # office-holders now
    "what happened", "seoul",                                           # no question, or a bare word
])
def test_questions_about_the_present_or_the_assistant_are_declined(real_kb, question):
    answer = real_kb.ask(question)
    assert not answer.answered and answer.answer == "The sources here do not say."
    assert answer.suggestions


@pytest.mark.parametrize("question, entry", [
    ("can you tell me who sent it", "doc_sender_recipient"),        # "you" in a request
    ("what year is it from", "doc_date"),                           # "is it" about the cable
    ("how many koreans live in china today", "kn_population_2021"),  # a present fact it holds
    ("who is the premier mentioned in the cable", "po_zhou_foreign_minister"),
    ("gratis?", "gl_gratis"), ("when?", "doc_date"),                 # one word, still a question
])
def test_the_same_cue_words_in_document_questions_are_answered(real_kb, question, entry):
    answer = real_kb.ask(question)
    assert answer.answered and answer.entry_id == entry


@pytest.mark.parametrize("question, date", [
    ("how many japanese prisoners were still held at fushun in 1962", "1962"),
    ("how many japanese prisoners did fushun hold in march 1950", "march 1950"),
    # the entries name 1950 as the cable's date, or beside another count, never as a count's date
    ("how many koreans were living in china in 1950", "1950"),
    ("what number of korean soldiers were in the PLA in april 1950", "april 1950"),
])
def test_a_count_asked_for_another_date_is_not_given_as_if_it_were_that_dates(real_kb, question, date):
    answer = real_kb.ask(question)
    assert not answer.answered and answer.reason == "not_in_sources"
    assert f"They give no figure for {date}." in answer.answer and "What they do say nearby:" in answer.answer


@pytest.mark.parametrize("question, entry", [
    ("how many japanese prisoners were sent to fushun in july 1950", "jp_fushun_1950"),
    ("how many groups of japanese went home between 1953 and 1958", "jp_1953_1958_batches"),  # "21 batches"
    ("how many koreans served in the PLA in 1949", "kn_soldiers_in_pla"),
])
def test_a_count_asked_for_the_entrys_own_date_is_answered(real_kb, question, entry):
    answer = real_kb.ask(question)
    assert answer.answered and answer.entry_id == entry


@pytest.mark.parametrize("question", [
    "what happened to the japanese prisoners of war once they got back",
    "what happened to ordinary koreans who went home under view 2 after they arrived",
])
def test_what_became_of_people_later_is_not_answered_with_the_rule(real_kb, question):
    answer = real_kb.ask(question)
    assert not answer.answered and answer.reason == "not_in_sources"
    assert "not what became of anyone" in answer.answer and 'View ' in answer.answer   # the rule, given as nearby


def test_what_the_rule_says_about_people_who_go_home_is_still_answered(real_kb):
    answer = real_kb.ask("what does view 3 say about prisoners of war who want to go home")
    assert answer.answered and answer.entry_id == "clause_view_3"
