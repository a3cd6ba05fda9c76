"""Fixtures for the cable tests. Helpers (paths, the source text and an
independent reference implementation of the brief's semantics) live in
cable_helpers.py."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cable import all_cases, assess
from tests.cable.cable_helpers import PROJECT_ROOT, read_source


@pytest.fixture(scope="session")
def source_text() -> str:
    return read_source()


@pytest.fixture(scope="session")
def all_determinations() -> list:
    """(case, determination) for every case, an unsure nationality included, computed once."""
    return [(c, assess(c)) for c in all_cases(with_unsure=True)]


@pytest.fixture(scope="session")
def run_cli():
    """Run `python -m cable ...` from the project root; returns CompletedProcess."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(PROJECT_ROOT) + os.pathsep + env.get("PYTHONPATH", "")

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "cable", *args],
            cwd=PROJECT_ROOT,
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )

    return run
