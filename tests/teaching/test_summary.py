"""The student's own summary, in chat and as Markdown."""

from tests.teaching.records import KOREAN_ASKS, POW_ASKS, attempt
from teaching import summary
from teaching.cli import main


def test_chat_and_markdown_summaries(store):
    store.set_class("me", "HIST7")
    attempt(store, "me", KOREAN_ASKS, "approved to leave under view 2", "HIST7", 1)
    attempt(store, "me", POW_ASKS, "approved to leave, view 2", "HIST7", 2)
    store.add_analysis("me", "HIST7", {"step": "sourcing_author", "habit": "sourcing", "attempt": 1,
                                       "verdict": "partial"}, "the [ministry](javascript:x) <b>")
    data = summary.collect(store, "me")
    chat = summary.as_chat(data, {"n": 3, "total": 10, "done": False})
    assert "(class HIST7)" in chat and "1 right out of 2 answered" in chat and "question 3 of 10" in chat
    assert "View 3 (not named when it decided the case 1 time(s))" in chat
    assert "View 2 (named when it did not apply 1 time(s))" in chat
    assert "Analysis, sourcing: Who wrote this document" in chat
    md = summary.as_markdown(data, "me")
    assert md.startswith("# Session summary") and "| 2 | 1 | Sent back on request (view 3) |" in md
    assert "[" not in md.split("## Source analysis")[1].split("## Quiz")[0] and "<b>" not in md


def test_empty_summary_points_to_the_exercises(store):
    chat = summary.as_chat(summary.collect(store, "new"))
    assert "not started" in chat and "quiz me" in chat


def test_cli_summary(store, capsys, tmp_path):
    assert main(["--database", store.url, "summary", "--conversation", "ghost"]) == 2
    assert "nothing recorded" in capsys.readouterr().err
    attempt(store, "me", KOREAN_ASKS, "approved to leave under view 2")
    out = tmp_path / "s.md"
    assert main(["--database", store.url, "summary", "--conversation", "me", "--out", str(out)]) == 0
    assert "1 right out of 1 answered" in out.read_text()
