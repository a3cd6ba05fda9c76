"""Hostile input is just words: no SQL or FTS syntax gets through."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from knowledge.search import KnowledgeBase

HOSTILE = [
    '") OR 1=1 --', "NEAR(", "NEAR(cable sent, 2)", "*", '"', '""', "AND", "OR", "NOT",
    "-", "cable -sent", "cable AND NOT date", "'; DROP TABLE kb_entries; --",
    "'; DELETE FROM kb_questions WHERE 1=1; --", "cable* OR gratis^", "answer:gratis",
    "{questions answer}: cable", "a:b:c", "(((", ")))", "\\", "%", "_", "$1", ":expr",
    "' || (SELECT count(*) FROM kb_meta) || '", "cable & date | !who", "cable <-> sent",
    "1); DROP SCHEMA public CASCADE; --", "\x00 cable", "who sent the cable\u202e",
    "who sent the cable? ' OR '1'='1",
]


@pytest.mark.parametrize("question", HOSTILE)
def test_hostile_question_is_handled_and_tables_unchanged(shared_kb, question, row_counts):
    kb = shared_kb
    before = row_counts(kb.engine)
    answer = kb.ask(question)
    assert isinstance(answer.answered, bool)
    assert 0.0 <= answer.score <= 1.0
    if not answer.answered:
        assert answer.suggestions
    kb.search(question)
    assert row_counts(kb.engine) == before


def test_hostile_suffix_does_not_break_a_real_question(shared_kb):
    kb = shared_kb
    # the junk may lower the confidence, but the right entry still ranks first
    assert kb.search('who sent the cable") OR 1=1 --')[0].entry_id == "doc_sender"
    assert kb.search("NEAR( gratis * mean")[0].entry_id == "gloss_gratis"


@given(st.text(max_size=120))
@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_text_is_answered_or_declined(sqlite_kb, question):
    answer = sqlite_kb.ask(question)
    assert 0.0 <= answer.score <= 1.0
    assert answer.answered or answer.suggestions


@pytest.fixture
def sqlite_kb(tmp_path, fixture_content):
    kb = KnowledgeBase.open(f"sqlite:///{tmp_path / 'kb.db'}", content_dir=fixture_content)
    yield kb
    kb.close()
