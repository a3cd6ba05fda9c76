"""Fixtures for the teaching tests: a store of its own."""

import pytest


@pytest.fixture
def store(tmp_path):
    from teaching.store import TeachingStore

    return TeachingStore(f"sqlite:///{tmp_path / 'teaching.db'}")
