"""Fixtures for the teaching tests: an isolated database and the action-test tracker builders."""

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "actions"))  # trackers.py (make_tracker, slot_events, texts)


@pytest.fixture(autouse=True)
def _isolated_teaching_store(monkeypatch, tmp_path):
    """Each test gets its own database (tests/conftest.py sets DATABASE_URL to a tmp file)."""
    import teaching.store

    monkeypatch.setattr(teaching.store, "_default", None)
    yield


@pytest.fixture
def store(tmp_path):
    from teaching.store import TeachingStore

    return TeachingStore(f"sqlite:///{tmp_path / 'teaching.db'}")


@pytest.fixture
def dispatcher():
    from rasa_sdk.executor import CollectingDispatcher

    return CollectingDispatcher()
