"""The teaching records: SQLAlchemy on SQLite (and PostgreSQL when TEST_POSTGRES_URL is set)."""

import os
import secrets

import pytest
from sqlalchemy import create_engine, text

from records import ENGINEER, KOREAN_ASKS, attempt
from teaching.store import TeachingStore


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
    [row] = any_store.attempts(class_code="HIST7")
    assert row.correct and row.expected_outcome == "approve_return" and row.expected_clauses == [2]
    assert row.predicted_views == [2] and row.answer_text == "approved to leave, view 2" and g.correct
    assert any_store.analysis(conversation_id="conv-1")[0].matched == ["author"]
    assert any_store.ratings(class_code="HIST7")[0].helpful is False


def test_a_class_code_given_later_files_earlier_rows_under_it(any_store):
    attempt(any_store, "conv-2", ENGINEER, "kept, view 1")
    assert any_store.attempts(class_code="HIST7") == []
    assert any_store.set_class("conv-2", "HIST7")
    assert len(any_store.attempts(class_code="HIST7")) == 1
    assert any_store.class_of("conv-2") == "HIST7"
    assert any_store.set_class("conv-2", "GEO1")          # a corrected code moves them again
    assert any_store.known_classes() == ["GEO1"] and any_store.students("GEO1") == ["conv-2"]


def test_writes_never_raise(tmp_path):
    broken = TeachingStore(f"sqlite:///{tmp_path / 'missing' / 'dir' / 'x.db'}")
    assert broken.add_rating("c", None, True, "other", None, "text") is False
    assert broken.set_class("c", "HIST7") is False
