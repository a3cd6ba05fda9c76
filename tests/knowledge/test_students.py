"""Students' own words (issue 14): chat-speak, several questions in one message, words the content
never uses, definitions, and the two kinds of "no" - on the real content."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from knowledge import loader, related
from knowledge.parts import conjoined
from understanding.lexical import Related, WordNet, WordNetMissing
from understanding.split import split_questions
from understanding.text import normalize

HERE = Path(__file__).resolve().parent
STUDENT_DEV = HERE / "student_dev_questions.yml"
STUDENT_HOLDOUT = HERE / "student_holdout_questions.yml"


@pytest.mark.parametrize("text, plain", [
    ("wat r ppl supposed to do lol", "what are people supposed to do"),
    ("she didn't ask, idk tbh", "she did not ask, i do not know"),
    ("I dont think hes korean", "I do not think he is korean"),          # negation kept
    ("soooo whats the deal w the POW part?", "so what is the deal with the POW part?"),
    # "2" for "to" and "too", but never where it numbers something
    ("the koreans asked 2 take their soldiers back", "the koreans asked to take their soldiers back"),
    ("did it cover japanese ppl 2", "did it cover japanese people too"),
    ("what does view 2 say", "what does view 2 say"),
    ("points 2 and 3", "points 2 and 3"),
    ("he has 2 kids", "he has 2 kids"),
])
def test_chat_speak_is_written_out_and_negation_kept(text, plain):
    assert normalize(text) == plain


@pytest.mark.parametrize("text, parts", [
    ("when was it sent and when did the war start", ["when was it sent", "when did the war start"]),
    ("whats the number? also how do i cite it", ["whats the number?", "how do i cite it"]),
    ("what's the difference between the PLA and the PVA", ["what is the PLA", "what is the PVA"]),
    ("was it forced or voluntary", ["was it forced or voluntary"]),
    ("how many koreans and japanese went home", ["how many koreans and japanese went home"]),
    ("is it a rule or a goal, what if one asks to leave",
     ["is it a rule or a goal, what if one asks to leave"]),
    ("who sent it?'; drop table x; --", ["who sent it?", "drop table x; --"]),   # a quote stuck to the "?"
    # a comma before a second question, when the first asks too
    ("when was the treaty signed, when was the prc founded",
     ["when was the treaty signed", "when was the prc founded"]),
    ("what is the fourth field army, who led it", ["what is the fourth field army", "who led it"]),
    ("in the cable, who is meant by nationals", ["in the cable, who is meant by nationals"]),
    ("what does fma stand for + what are the numbers", ["what does fma stand for", "what are the numbers"]),
])
def test_a_message_is_split_only_where_a_second_question_starts(text, parts):
    assert split_questions(text) == parts


@pytest.mark.parametrize("text, pieces", [
    ("when did the war start and end", ["when did the war start", "when did end"]),
    ("what is the doc id and the archive ref", ["what is the doc id", "what is the archive ref"]),
    # two things named together are one subject, not two questions
    ("when did the fighting between north and south korea begin", []),
    ("did the rules cover both koreans and japanese", []),
    ("when did china and the soviets sign their treaty", []),     # two subjects of one question
])
def test_and_makes_two_questions_only_between_two_things_asked(text, pieces):
    assert conjoined(text) == pieces


@pytest.mark.parametrize("question, entries", [
    ("when was the cable sent and when did the korean war start", {"doc_date", "kw_start"}),
    ("who was zhou enlai and who replaced him as foreign minister",
     {"po_zhou_foreign_minister", "po_zhou_successor"}),           # "him": the first part's subject
    # each part answered on its own, though one entry's words cover both
    ("what is the document number and the archival reference", {"prov_doc_id", "prov_citation"}),
    # "them": the first part's subject, whose likeliest other entry answers the second part
    ("what do they call koreans who are chinese citizens and how many of them are there",
     {"gl_chaoxianzu", "kn_population_2021"}),
    # an archive's keeper is no office held today
    ("who keeps the digital archive going and when was the wilson center founded",
     {"gl_happ", "po_wilson_center_founding"}),
    # one question naming two people: the entry about the second is added though it is less sure
    ("did peng dehuai or lin biao command the chinese troops in korea", {"po_peng_dehuai", "po_lin_biao"}),
    # a later part naming what the first part's entry does not say asks for another entry
    ("why did koreans settle in china in the first place? what happened in 1869 and in 1910",
     {"kn_migration_1869", "kn_migration_1910"}),
])
def test_every_part_of_a_two_part_question_gets_its_sourced_answer(real_kb, question, entries):
    answer = real_kb.ask(question)
    assert answer.answered
    assert {p["entry_id"] for p in answer.parts} == entries
    for part in answer.parts:
        entry = real_kb.get(part["entry_id"])
        assert entry.answer in answer.answer and part["sources"]
    assert len(answer.sources) >= 1


def test_a_follow_up_on_the_same_entry_gets_its_longer_explanation(real_kb):
    """"... and what pushed them to go": the likeliest entry for the follow-up is the one just
    given, so the part gets that entry's detail rather than "I could not tell"."""
    answer = real_kb.ask("when did koreans start settling in yanbian, and what pushed them to go")
    entry = real_kb.get("kn_migration_1869")
    assert [p["entry_id"] for p in answer.parts] == [entry.id, entry.id]
    assert entry.answer in answer.answer and entry.detail in answer.answer
    assert all(p["answered"] and p["sources"] for p in answer.parts)


@pytest.mark.parametrize("question, entry", [
    ("what does involuntary mean", "gl_involuntary"),
    ("whats the PLA", "gl_pla"),
    ("where is manchuria", "gl_northeast"),
    ("why are some words in square brackets", "gl_square_brackets"),
    ("what does reform mean in view 1", "gl_reform"),
])
def test_terms_of_the_cable_are_defined(real_kb, question, entry):
    answer = real_kb.ask(question)
    assert answer.answered and answer.entry_id == entry and answer.sources


def test_a_definition_does_not_answer_a_question_about_the_rule(real_kb):
    answer = real_kb.ask("could someone with a pending criminal case leave china")
    assert answer.entry_id == "clause_view_2"


def test_not_understood_offers_the_closest_entries(real_kb):
    answer = real_kb.ask("what about the thing with the stuff")
    assert not answer.answered and answer.reason == "not_understood"
    assert answer.answer == "The sources here do not say."
    assert answer.suggestions


def test_a_question_the_sources_cannot_answer_says_so(real_kb):
    answer = real_kb.ask("how many koreans actualy went home because of the cable")
    assert not answer.answered and answer.reason == "not_in_sources"
    assert answer.entry_id == "gap_numbers" and answer.sources


def test_a_question_with_an_entry_is_never_declined_for_an_unknown_word(real_kb):
    """"complimentary" is not in the content; WordNet relates it to "gratis"."""
    answer = real_kb.ask("did the railways offer complimentary tickets home")
    assert answer.answered and answer.entry_id == "clause_railway"


def test_without_the_wordnet_table_the_knowledge_base_still_answers(tmp_path):
    assert len(Related.load(tmp_path / "absent.json")) == 0
    assert len(related.load_terms()) > 1000       # the committed table is there


def test_the_committed_wordnet_table_is_up_to_date():
    """Rebuilding from WordNet gives the committed table (skipped where WordNet is absent)."""
    try:
        WordNet()
    except WordNetMissing as exc:
        pytest.skip(str(exc))
    stored = Related.load(related.RELATED_FILE).table
    assert related.build_table() == stored, "content changed: run `make wordnet`"
    built = related.build_spelling(loader.load_content().entries, WordNet())
    assert built == related.load_spelling(), "content changed: run `make wordnet`"


@pytest.mark.parametrize("question, entry", [
    ("who got the cabel", "doc_sender_recipient"),        # "cabel" is in one entry's phrasing
    ("wat does gratis meen", "gl_gratis"),                # "meen": a typo of a common word
    ("what was the liu shaoqi cabel to mao abowt", "rd_liu_jan1950"),
])
def test_a_typo_finds_every_entry_the_word_would(real_kb, question, entry):
    """A typo the content's phrasings use on purpose is corrected like any other, so it finds
    every entry about the word meant, not only the one whose phrasing shares the typo."""
    answer = real_kb.ask(question)
    assert answer.answered and answer.entry_id == entry, (answer.entry_id, answer.reason)


def test_the_content_typos_are_listed_and_real_words_are_not():
    spelling = related.load_spelling()
    assert spelling.misspelt.get("cabel") == "cable"
    assert "voluntary" not in spelling.misspelt        # a real word, however near "involuntary"
    assert "think" in spelling.real or "think" in related.vocabulary()


def _right(kb, path: Path) -> tuple[int, int, int]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    right = false = 0
    for item in data["answerable"]:
        a = kb.ask(item["q"])
        got = {a.entry_id} | {p["entry_id"] for p in a.parts}
        parts = item["expected"] if isinstance(item["expected"], list) else [item["expected"]]
        right += all(set(p.split("|")) & got for p in parts)
    for item in data["unanswerable"]:
        false += kb.ask(item["q"]).answered
    return right, len(data["answerable"]), false


def test_student_register_development_set(real_kb):
    right, n, false = _right(real_kb, STUDENT_DEV)
    # measured 50/67 right and 3/15 unanswerable answered (22/67 before issue 14's work):
    # floors at what it measures
    assert right >= 50, f"{right}/{n}"
    assert false <= 3


def test_student_register_held_out_set(real_kb):
    """Never tuned on: its floors sit a little below what it measured (33/48 right, 4/17
    unanswerable answered; 17/48 before issue 14's work)."""
    right, n, false = _right(real_kb, STUDENT_HOLDOUT)
    assert right >= 31, f"{right}/{n}"
    assert false <= 4
