"""The teaching records: SQLAlchemy on SQLite (and PostgreSQL when TEST_POSTGRES_URL is set)."""

import os
import secrets

import pytest
from sqlalchemy import create_engine, text

from tests.teaching.records import ENGINEER, KOREAN_ASKS, attempt
from teaching.store import TeachingStore, Unscoped


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request, tmp_path):
    if request.param == "sqlite":
        yield TeachingStore(f"sqlite:///{tmp_path / 'rows.db'}")
        return
    url = os.environ.get("TEST_POSTGRES_URL")
    if not url:
        pytest.skip("TEST_POSTGRES_URL not set")
    schema = f"teach_{secrets.token_hex(5)}"
    admin = create_engine(url, future=True)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    store = TeachingStore(url)
    store._engine = create_engine(url, future=True, connect_args={"options": f"-csearch_path={schema}"})
    from teaching.store import Base
    Base.metadata.create_all(store._engine)
    yield store
    store._engine.dispose()
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))


def test_attempts_answers_and_ratings_round_trip(any_store):
    g = attempt(any_store, "conv-1", KOREAN_ASKS, "approved to leave, view 2", "HIST7")
    assert any_store.add_analysis("conv-1", "HIST7", {"step": "sourcing_author", "habit": "sourcing", "attempt": 1,
                                                      "verdict": "complete", "matched": ["author"]}, "the ministry")
    assert any_store.add_rating("conv-1", "HIST7", False, "quiz", "question 1", "Right: Approved to leave.")
    [row] = any_store.class_attempts("HIST7")
    assert row.correct and row.expected_outcome == "approve_return" and row.expected_clauses == [2]
    assert row.predicted_views == [2] and row.answer_text == "approved to leave, view 2" and g.correct
    assert any_store.analysis(conversation_id="conv-1")[0].matched == ["author"]
    assert any_store.class_ratings("HIST7")[0].helpful is False


def test_a_class_code_given_later_files_earlier_rows_under_it(any_store):
    attempt(any_store, "conv-2", ENGINEER, "kept, view 1")
    assert any_store.class_attempts("HIST7") == []
    assert any_store.set_class("conv-2", "HIST7")
    assert len(any_store.class_attempts("HIST7")) == 1
    assert any_store.class_of("conv-2") == "HIST7"
    assert any_store.set_class("conv-2", "GEO1")          # a corrected code moves them again
    assert any_store.known_classes() == ["GEO1"] and any_store.students("GEO1") == ["conv-2"]


def test_writes_never_raise(tmp_path):
    broken = TeachingStore(f"sqlite:///{tmp_path / 'missing' / 'dir' / 'x.db'}")
    assert broken.add_rating("c", None, True, "other", None, "text") is False
    assert broken.set_class("c", "HIST7") is False


# --- every call names one conversation (or, for the teacher's report, one class) --------------

GRADE = {"scenario_id": "s", "source": "built-in", "level": 1, "expected_outcome": "approve_return",
         "expected_clauses": [2], "predicted_outcome": "approve_return", "predicted_views": [2],
         "outcome_correct": True, "clause_correct": True, "correct": True, "misapplied": [], "missed": []}
ANALYSIS = {"step": "sourcing_author", "habit": "sourcing", "attempt": 1, "verdict": "complete"}
BY_CONVERSATION = {
    "attempts": lambda s, c: s.attempts(c),
    "analysis": lambda s, c: s.analysis(c),
    "ratings": lambda s, c: s.ratings(c),
    "class_of": lambda s, c: s.class_of(c),
    "set_class": lambda s, c: s.set_class(c, "HIST7"),
    "add_attempt": lambda s, c: s.add_attempt(c, "HIST7", 1, GRADE, "view 2"),
    "add_analysis": lambda s, c: s.add_analysis(c, "HIST7", ANALYSIS, "the ministry"),
    "add_rating": lambda s, c: s.add_rating(c, "HIST7", True, "quiz", None, "Right."),
}
BY_CLASS = {
    "class_attempts": lambda s, c: s.class_attempts(c),
    "class_analysis": lambda s, c: s.class_analysis(c),
    "class_ratings": lambda s, c: s.class_ratings(c),
    "students": lambda s, c: s.students(c),
    "set_class": lambda s, c: s.set_class("conv-1", c),
}


def _two_students(store):
    for conversation in ("conv-1", "conv-2"):
        attempt(store, conversation, KOREAN_ASKS, "approved to leave, view 2", "HIST7")
        assert store.add_analysis(conversation, "HIST7", ANALYSIS, f"{conversation} says the ministry")
        assert store.add_rating(conversation, "HIST7", True, "quiz", None, "Right.")


@pytest.mark.parametrize("method", list(BY_CONVERSATION))
@pytest.mark.parametrize("missing", [None, "", "   "], ids=["None", "empty", "blank"])
def test_a_call_without_a_conversation_id_is_refused_never_answered_for_everyone(any_store, method, missing):
    _two_students(any_store)
    with pytest.raises(Unscoped, match="conversation id is required"):
        BY_CONVERSATION[method](any_store, missing)
    # Nothing was written either: each student still has exactly their own rows.
    for conversation in ("conv-1", "conv-2"):
        assert [r.conversation_id for r in any_store.attempts(conversation)] == [conversation]
        assert [r.answer_text for r in any_store.analysis(conversation)] == [f"{conversation} says the ministry"]
        assert len(any_store.ratings(conversation)) == 1
    assert any_store.students("HIST7") == ["conv-1", "conv-2"]


@pytest.mark.parametrize("method", list(BY_CLASS))
@pytest.mark.parametrize("missing", [None, ""], ids=["None", "empty"])
def test_a_class_query_without_a_class_code_is_refused(any_store, method, missing):
    _two_students(any_store)
    with pytest.raises(Unscoped, match="class code is required"):
        BY_CLASS[method](any_store, missing)
    assert any_store.class_of("conv-1") is None and any_store.students("HIST7") == ["conv-1", "conv-2"]


def test_a_conversations_reads_hold_only_its_own_rows(any_store):
    _two_students(any_store)
    assert {r.conversation_id for r in any_store.attempts("conv-2")} == {"conv-2"}
    assert {r.conversation_id for r in any_store.analysis("conv-2")} == {"conv-2"}
    assert {r.conversation_id for r in any_store.ratings("conv-2")} == {"conv-2"}
    assert any_store.attempts("conv-3") == [] and any_store.class_of("conv-3") is None
