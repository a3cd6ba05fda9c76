"""Shared fixtures: isolated databases. (`tests` is a package: pytest puts the project root on
sys.path, so helpers are imported as tests.<suite>.<module>.)"""

import sys

import pytest


@pytest.fixture(autouse=True)
def _isolated_records(tmp_path, monkeypatch):
    """Each test writes assessments and teaching records to its own SQLite file, never to var/."""
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'app.db'}")
    for name in ("teaching.assessments", "teaching.store"):
        module = sys.modules.get(name)
        if module is not None:
            monkeypatch.setattr(module, "_default", None)
    yield
