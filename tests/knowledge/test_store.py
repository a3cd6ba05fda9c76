"""Build, rebuild and query the store - on SQLite and (if configured) PostgreSQL."""
from __future__ import annotations

from sqlalchemy import inspect, text

from knowledge import store
from knowledge.answers import NO_ANSWER
from knowledge.search import KnowledgeBase


def test_build_loads_everything(engine, fixture_content, row_counts):
    counts = store.build(engine, fixture_content)
    assert counts == {"topics": 5, "sources": 2, "entries": 11, "questions": 16, "gaps": 1}
    assert store.is_built(engine)
    rows = row_counts(engine)
    assert rows["kb_entries"] == 11 and rows["kb_questions"] == 16
    assert "kb_fts" not in inspect(engine).get_table_names()   # the search index lives in memory
    meta = store.read_meta(engine)
    assert meta["content_hash"] == store.index_hash(fixture_content)


def test_not_built_initially(engine):
    assert not store.is_built(engine)
    assert store.read_meta(engine) == {}


def test_build_if_needed_skips_unchanged_content(engine, fixture_content, row_counts):
    assert store.build_if_needed(engine, fixture_content) is True
    assert store.build_if_needed(engine, fixture_content) is False
    path = fixture_content / "glossary.yml"
    path.write_text(path.read_text() + """\
  - id: gloss_new
    answer: A new word.
    evidence: interpretation
    source: src_cable
    questions: [What is the new word]
""")
    assert store.build_if_needed(engine, fixture_content) is True
    assert row_counts(engine)["kb_entries"] == 12


def test_rebuild_drops_only_kb_tables(engine, fixture_content, row_counts):
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE other_table (id INTEGER PRIMARY KEY)")
        conn.exec_driver_sql("INSERT INTO other_table VALUES (1)")
    store.build(engine, fixture_content)
    store.build(engine, fixture_content)
    assert row_counts(engine)["kb_entries"] == 11
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM other_table")).scalar_one() == 1
    assert "other_table" in inspect(engine).get_table_names()


def test_bad_content_leaves_existing_database_untouched(engine, fixture_content, row_counts):
    store.build(engine, fixture_content)
    (fixture_content / "glossary.yml").write_text("topic: glossary\nentries: [")
    before = row_counts(engine)
    try:
        store.build(engine, fixture_content)
    except ValueError:
        pass
    assert row_counts(engine) == before


def test_ask_answers_paraphrases(kb):
    cases = {
        "Who sent the cable?": "doc_sender",
        "who wrote this telegram": "doc_sender",
        "when was it sent": "doc_date",
        "what's the date of the telegarm": "doc_date",       # typo
        "did the koreans have to pay to go home?": "clause_gratis",
        "what does gratis mean": "gloss_gratis",
        "when did the 1950 war begin": "war_start",
        "what's a POW": "gloss_pow",
    }
    for question, expected in cases.items():
        answer = kb.ask(question)
        assert answer.entry_id == expected, (question, answer)
        assert answer.answered and 0 < answer.score <= 1


def test_answer_carries_sources_and_metadata(kb):
    answer = kb.ask("Who sent the cable?")
    assert answer.answer.startswith("The Foreign Ministry")
    assert answer.detail == "No individual person is named as the sender."
    assert answer.evidence == "archive metadata" and answer.topic == "document"
    assert answer.sources == [{"id": "src_cable", "url": "https://example.org/document/114906",
                               "title": "Digital Archive: Cable on the Repatriation of "
                                        "Korean Nationals (20 April 1950)",
                               "evidence": "archive metadata"}]
    assert kb.ask("When did the Korean War start?").date == "1950-06-25"
    d = answer.to_dict()
    assert set(d) >= {"answered", "answer", "sources", "score", "suggestions", "entry_id"}


def test_gap_entry_declines_with_gap_text(kb):
    answer = kb.ask("Which official signed the cable?")
    assert answer.entry_id == "doc_sender_name_gap"
    assert answer.answered is False
    assert answer.answer.startswith("The sources here do not say")
    assert answer.sources and 2 <= len(answer.suggestions) <= 3


def test_unrelated_question_is_declined(kb):
    for question in ["What is the capital of France?", "recipe for banana bread",
                     "zzzz qqqq", "", "   ", "???", "the of and"]:
        answer = kb.ask(question)
        assert answer.answered is False, question
        assert answer.answer == NO_ANSWER and answer.entry_id is None
        assert 2 <= len(answer.suggestions) <= 3
        assert all(isinstance(s, str) and s for s in answer.suggestions)


def test_search_ranks_hits(kb):
    hits = kb.search("gratis", limit=5)
    assert {h.entry_id for h in hits[:2]} == {"clause_gratis", "gloss_gratis"}
    assert all(0 < h.score <= 1 for h in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert len(kb.search("cable", limit=2)) == 2
    assert kb.search("xyzzy") == []
    assert hits[0].to_dict()["entry_id"] == hits[0].entry_id


def test_topics_get_related_documents(kb):
    assert [t.id for t in kb.topics()] == ["document", "clauses", "related_documents",
                                          "glossary", "korean_war"]
    entry = kb.get("doc_date")
    assert entry.answer == "The cable is dated 20 April 1950."
    assert entry.questions[0] == "When was the cable sent?"
    assert kb.get("nope") is None
    related = kb.related_documents()
    assert [e.id for e in related] == ["rel_1949_nie", "rel_1961_embassy"]  # by date


def test_suggestions_are_diverse_answerable_questions(kb):
    suggestions = kb.suggestions(3)
    assert len(suggestions) == 3
    topics = set()
    for s in suggestions:
        answer = kb.ask(s)
        assert answer.answered, s
        topics.add(answer.topic)
    assert len(topics) == 3
    assert "Which official signed the cable?" not in kb.suggestions(20)   # no gaps
    first = kb.ask(suggestions[0]).entry_id
    assert suggestions[0] not in kb.suggestions(3, exclude=[first])


def test_open_by_url_builds_once(tmp_path, fixture_content):
    url = f"sqlite:///{tmp_path / 'sub' / 'kb.db'}"
    kb = KnowledgeBase.open(url, content_dir=fixture_content)
    assert kb.ask("Who sent the cable?").entry_id == "doc_sender"
    meta = store.read_meta(kb.engine)
    kb.close()
    kb2 = KnowledgeBase.open(url, content_dir=fixture_content)
    assert store.read_meta(kb2.engine)["built_at"] == meta["built_at"]
    kb2.close()


def test_declined_question_offers_the_closest_entry_first(kb):
    # "bananas" is a word no entry uses: declined, but the cable's sender is
    # clearly what the question is near
    answer = kb.ask("who sent the cable about bananas")
    assert answer.answered is False and answer.entry_id is None
    assert answer.suggestions[0] == "Who sent the cable?"


def test_unknown_name_or_number_lowers_confidence(kb):
    plain = kb.ask("When did the Korean War start?")
    shifted = kb.ask("When did the Korean War start in 1975?")
    assert plain.answered and shifted.score < plain.score


def test_source_of_entry(kb):
    assert kb.source_of("war_start") == {"id": "src_book", "title": "A book about the war",
                                         "url": "https://example.org/book",
                                         "evidence": "scholarship"}
    assert kb.source_of("nope") is None


def test_a_store_built_by_an_older_version_is_rebuilt_without_its_full_text_table(engine, fixture_content):
    # versions before 5 kept a full-text table beside the kb_ tables; a rebuild removes it
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE kb_fts (entry_id VARCHAR(128), body TEXT)"))
    store.build(engine, fixture_content)
    assert "kb_fts" not in inspect(engine).get_table_names()
    assert store.is_built(engine)
