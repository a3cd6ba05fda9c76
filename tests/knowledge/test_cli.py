"""``python -m knowledge`` as a user runs it (subprocess, project root as cwd)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def run(tmp_path, fixture_content):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}"}

    def _run(*args, content=True, **overrides):
        extra = ["--content", str(fixture_content)] if content else []
        return subprocess.run([sys.executable, "-m", "knowledge", *extra, *args],
                              cwd=PROJECT_ROOT, env={**env, **overrides},
                              capture_output=True, text=True, timeout=60)
    return _run


def test_build_prints_counts(run):
    result = run("build")
    assert result.returncode == 0, result.stderr
    assert "11 entries" in result.stdout and "16 questions" in result.stdout
    again = run("build", "--if-needed")
    assert again.returncode == 0 and "up to date" in again.stdout


def test_ask_prints_json(run):
    result = run("ask", "Who", "sent", "the", "telegram?")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["answered"] is True and data["entry_id"] == "doc_sender"
    assert data["sources"][0]["id"] == "src_cable"
    assert {"answer", "score", "suggestions", "evidence", "topic", "date"} <= set(data)


def test_ask_declines_as_json(run):
    data = json.loads(run("ask", "What is the capital of France?").stdout)
    assert data["answered"] is False and data["suggestions"]


def test_search_and_topics(run):
    hits = json.loads(run("search", "gratis", "--limit", "2").stdout)
    assert len(hits) == 2 and hits[0]["entry_id"] in {"clause_gratis", "gloss_gratis"}
    topics = json.loads(run("topics").stdout)
    assert topics[0]["id"] == "document" and topics[0]["entries"] == 3


def test_check_validates_only(run, tmp_path):
    result = run("check")
    assert result.returncode == 0 and "content OK" in result.stdout
    assert not (tmp_path / "cli.db").exists()


def one_line_error(result):
    assert result.returncode == 2
    assert result.stderr.startswith("error: ")
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr


def test_empty_question_exits_2(run):
    assert "empty question" in one_line_error(run("ask", "   "))


def test_bad_database_url_exits_2(run):
    err = one_line_error(run("ask", "who sent it", DATABASE_URL="nonsense://"))
    assert "DATABASE_URL" in err


def test_unreachable_database_exits_2(run):
    err = one_line_error(run("build", DATABASE_URL="postgresql://nobody@127.0.0.1:1/none"))
    assert "DATABASE_URL" in err


def test_bad_content_exits_2(run, fixture_content):
    (fixture_content / "glossary.yml").write_text(
        "topic: glossary\nentries:\n  - id: gloss_x\n    answer: A\n")
    err = one_line_error(run("check"))
    assert "glossary.yml" in err and "gloss_x" in err
    assert "glossary.yml" in one_line_error(run("build"))
