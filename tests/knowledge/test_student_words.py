"""Students' words the first retrieval missed (issue 14): spellings, idioms, the "you" that means
anyone, one-word questions, framing words, and what "Did you mean" may show - on the real content."""
from __future__ import annotations

import pytest

from knowledge.features import years
from knowledge.scope import out_of_scope
from understanding.text import normalize


@pytest.mark.parametrize("question, entry", [
    ("what is the wilson centre", "po_wilson_center_founding"),        # British spelling
    ("who was running the foreign ministry back then", "po_zhou_foreign_minister"),   # idiom
    ("could ordinary koreans head home if they wanted", "clause_view_2"),
    ("who is amy king the historian", "po_amy_king"),                 # "King" is her name
    ("hw many koreans were in the army", "kn_soldiers_in_pla"),       # "hw" is "how"
    ("sender?", "doc_sender_recipient"),                              # one word, one entry about it
    ("when?", "doc_date"),
])
def test_students_words_find_their_entry(real_kb, question, entry):
    answer = real_kb.ask(question)
    assert answer.answered and answer.entry_id == entry, answer


@pytest.mark.parametrize("question", ["korea?", "japan", "soldiers", "christmas?"])
def test_a_bare_word_many_entries_are_about_is_not_answered(real_kb, question):
    assert not real_kb.ask(question).answered


def test_a_students_situation_is_not_the_topic(real_kb):
    """"my teacher said", "for my essay": the question is the rest."""
    plain = real_kb.ask("who sent the cable")
    framed = real_kb.ask("ok so for my essay my teacher said i need to know who sent the cable")
    assert framed.answered and framed.entry_id == plain.entry_id == "doc_sender_recipient"


@pytest.mark.parametrize("question", [
    "does involuntary mean against your will",
    "what if u r a technician in 1950",
    "if you were korean in china in 1950 could you go home",
    "who is amy king",
    "who runs the digital archive",     # an institution's keeper, not an office held today
])
def test_the_you_that_means_anyone_is_in_scope(question):
    assert out_of_scope(question) is None


@pytest.mark.parametrize("question, why", [
    ("who made you", "assistant"), ("what is your name", "assistant"),
    ("who is the king of korea", "office_now"), ("who is the president of korea", "office_now"),
    ("who runs north korea", "office_now"),
])
def test_questions_about_the_assistant_or_today_stay_out_of_scope(question, why):
    assert out_of_scope(question) == why


def test_a_year_the_entry_never_names_counts_against_it():
    assert years("how many lived in yanbian in 1950") == {"1950"}
    assert years("the 2021 census counted 1.7 million") == {"2021"}


def test_did_you_mean_offers_only_written_out_questions(real_kb):
    """The chat-speak and misspelt phrasings kept for matching are never shown as a suggestion."""
    for question in ("wat day was it sent on lol", "railway?", "summary?", "teh korean pows thing"):
        answer = real_kb.ask(question)
        for offer in answer.did_you_mean:
            assert offer["question"][:1].isupper() and offer["question"].endswith("?"), offer


def test_chat_speak_seen_in_students_messages_is_written_out():
    assert normalize("hw many ppl left, wot was the diff") == "how many people left, what was the difference"
    assert normalize("archive ref pls") == "archive reference please"


def test_or_nah_is_no_topic(real_kb):
    plain = real_kb.ask("could koreans ride the train home for free")
    assert plain.answered and real_kb.ask("could koreans ride the train home for free or nah").entry_id == \
        plain.entry_id == "clause_railway"


def test_that_before_a_noun_of_its_own_borrows_nothing(real_kb):
    """"is THAT railway ministry still around" names its subject; "is that true" would not."""
    answer = real_kb.ask("could koreans ride the train home for free? and is that railway ministry still around")
    assert [p["entry_id"] for p in answer.parts] == ["clause_railway", "po_railway_ministry"]


def test_two_words_run_together_are_read_as_both(real_kb):
    """"lawbook" is in no entry; "law" and "book" are."""
    slot = real_kb._scorer.query("did the ministry have a lawbook")["lawbook"]
    assert set(slot[1]) == {"law", "book"}


def test_an_unknown_word_that_splits_into_nothing_known_stays_unknown(real_kb):
    assert real_kb._scorer.query("what about the zzqxvblorp")["zzqxvblorp"] == (pytest.approx(4.0), {})


def test_kind_of_is_a_hedge_unless_it_asks_the_type(real_kb):
    hedged = real_kb._scorer.query("were they kind of improvising")
    assert "kind" not in hedged
    assert "kind" in real_kb._scorer.query("what kind of document is it")


@pytest.mark.parametrize("term, entry", [("repatriation?", "gl_repatriation"),
                                         ("involuntary", "gl_involuntary")])
def test_a_term_the_glossary_defines_asked_alone_gets_its_definition(real_kb, term, entry):
    answer = real_kb.ask(term)
    assert answer.answered and answer.entry_id == entry, answer


def test_known_frames_a_question(real_kb):
    """"what is known about X" asks about X: "known" is no topic word."""
    assert "known" not in real_kb._scorer.query("what is known about the shanghai office")


def test_it_in_a_later_part_borrows_what_entries_are_about(real_kb):
    """"who was leading them" after "when did chinese troops go into korea": the troops, not "go"."""
    from knowledge import parts
    pieces = ["when did chinese troops go into korea", "who was leading them"]
    borrowed = parts.borrowed(real_kb._scorer, pieces)
    assert borrowed[0] == [] and "armi" in borrowed[1] and "go" not in borrowed[1]


def test_a_misspelt_subject_is_borrowed_as_the_word_it_was_read_as(real_kb):
    from knowledge import parts
    terms = parts.subject_terms(real_kb._scorer.query("who was zhou enali"))
    assert "zhou" in terms and all(t in real_kb._scorer.idf for t in terms)


@pytest.mark.parametrize("text, core", [
    ("what does gratis mean though, never seen that word before", "what does gratis mean"),
    ("how did they deal with skilled workers because i am confused", "how did they deal with skilled workers"),
    ("who sent it", None),                                            # the question is the whole message
    ("who sent it, and when was it sent", None),                      # two questions: split, not cut
    ("what is it called in chinese, like the actual characters", None),   # "like ..." narrows the question
])
def test_the_question_core_leaves_the_asides(text, core):
    from understanding.acts import asks
    from understanding.split import question_core
    assert question_core(text, asks) == core


def test_an_aside_after_the_question_does_not_make_it_unanswerable(real_kb):
    answer = real_kb.ask("wat does gratis mean tho, never seen that word b4")
    assert answer.answered and answer.entry_id == "gl_gratis"


def test_what_a_student_was_told_frames_a_claim_without_counting_against_it(real_kb):
    answer = real_kb.ask("my teacher told us the cable forced everyone to go home but i read it was only if they asked")
    assert answer.answered and answer.entry_id == "interp_involuntary_vs_request"


def test_that_word_in_a_later_part_points_back_to_the_first_parts_subject(real_kb):
    """"why did they use that word" after "what does gratis mean": "that word" is gratis."""
    from knowledge import parts
    assert parts.refers_back("why did they pick that word") and parts.refers_back("where did those people go")
    assert not parts.refers_back("is that railway ministry still around")
    borrowed = parts.borrowed(real_kb._scorer, ["what does gratis mean", "why that word"])
    assert any(term.startswith("grati") for term in borrowed[1])   # the stem of "gratis"


@pytest.mark.parametrize("text, claims", [
    ("my teacher told us the cable was a law but i think it was just advice",
     ["the cable was a law", "it was just advice"]),
    ("the textbook says the koreans paid their fares, but i heard they asked to travel free",
     ["the koreans paid their fares", "they asked to travel free"]),
    # who says it is no part of the claim; a source may be any book or site, or "apparently"
    ("my friend thinks the japanese all left in 1946 but another website says some stayed until the 1950s",
     ["the japanese all left in 1946", "some stayed until the 1950s"]),
    ("we were told the cable was signed by zhou but apparently nobody knows who signed it",
     ["the cable was signed by zhou", "nobody knows who signed it"]),
    ("he was poor but he wanted to stay", []),           # one person's two facts, no claims set against
    ("who sent it but why", []),
])
def test_two_claims_set_against_each_other_are_two_claims(text, claims):
    from understanding.split import contrasted_claims
    assert contrasted_claims(text) == claims


def test_a_claim_set_against_another_is_answered_from_the_claim_the_sources_settle(real_kb):
    answer = real_kb.ask("my teacher told us the cable was a law but i think it was just advice")
    assert answer.answered and answer.entry_id == "interp_advisory_guidance"
    # the second claim is about the first claim's subject: the Korean soldiers' unrest
    answer = real_kb.ask("my friend thinks the korean soldiers went home happily but i read there was unrest")
    assert answer.answered and answer.entry_id == "rd_nie_unrest"
