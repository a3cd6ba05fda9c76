"""Fixtures for the teaching tests: an isolated database and a dispatcher."""

import pytest


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
