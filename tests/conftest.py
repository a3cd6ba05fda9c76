"""Shared fixtures: tracker builders for action tests, isolated databases."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def _isolated_records(tmp_path, monkeypatch):
    """Each test writes assessment records to its own SQLite file, never to var/."""
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'app.db'}")
    records = sys.modules.get("teaching.assessments")
    if records is not None:
        monkeypatch.setattr(records, "_default", None)
    yield
