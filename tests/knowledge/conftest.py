"""Fixtures for the knowledge-base tests.

``backend`` parametrises store tests over SQLite (a tmp file) and PostgreSQL
(a throw-away schema in $TEST_POSTGRES_URL, skipped when that is unset).
"""
from __future__ import annotations

import os
import secrets
from pathlib import Path

import pytest
from sqlalchemy import text

from knowledge.db import make_engine
from knowledge.search import KnowledgeBase

HERE = Path(__file__).resolve().parent
FIXTURE_CONTENT = HERE / "fixtures" / "content"
PROJECT_ROOT = HERE.parent.parent
REAL_CONTENT = PROJECT_ROOT / "knowledge" / "content"


@pytest.fixture
def fixture_content(tmp_path) -> Path:
    """A private copy of the fixture content (tests may edit it)."""
    dest = tmp_path / "content"
    dest.mkdir()
    for p in FIXTURE_CONTENT.glob("*.yml"):
        (dest / p.name).write_bytes(p.read_bytes())
    return dest


def _postgres_engine():
    url = os.environ.get("TEST_POSTGRES_URL")
    if not url:
        pytest.skip("TEST_POSTGRES_URL not set")
    schema = f"kb_test_{secrets.token_hex(6)}"
    admin = make_engine(url)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    engine = make_engine(url, connect_args={"options": f"-csearch_path={schema}"})

    def cleanup():
        engine.dispose()
        with admin.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.dispose()
    return engine, cleanup


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path):
    if request.param == "sqlite":
        eng = make_engine(f"sqlite:///{tmp_path / 'kb.db'}")
        yield eng
        eng.dispose()
    else:
        eng, cleanup = _postgres_engine()
        try:
            yield eng
        finally:
            cleanup()


@pytest.fixture
def kb(engine, fixture_content) -> KnowledgeBase:
    return KnowledgeBase(engine, fixture_content)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def shared_kb(request, tmp_path_factory) -> KnowledgeBase:
    """One knowledge base per backend for a whole module: for read-only tests."""
    if request.param == "sqlite":
        engine, cleanup = make_engine(f"sqlite:///{tmp_path_factory.mktemp('kb') / 'kb.db'}"), None
    else:
        engine, cleanup = _postgres_engine()
    try:
        yield KnowledgeBase(engine, FIXTURE_CONTENT)
    finally:
        engine.dispose()
        if cleanup:
            cleanup()


@pytest.fixture(scope="module")
def real_kb(tmp_path_factory) -> KnowledgeBase:
    """The knowledge base built from the real content, in SQLite."""
    db = tmp_path_factory.mktemp("real") / "kb.db"
    kb = KnowledgeBase.open(f"sqlite:///{db}", content_dir=REAL_CONTENT)
    yield kb
    kb.close()


def _row_counts(engine) -> dict[str, int]:
    tables = ["kb_entries", "kb_questions", "kb_topics", "kb_sources", "kb_meta"]
    with engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                for t in tables}


@pytest.fixture
def row_counts():
    """``row_counts(engine)`` -> rows per kb_ table."""
    return _row_counts
