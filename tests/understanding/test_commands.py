"""Commands inside the exercises (understanding/commands.py)."""

import pytest

from understanding.commands import by_intent, by_pattern, wants_export


@pytest.mark.parametrize("text,command", [
    ("hint", "hint"), ("Give me a hint please", "hint"), ("I'm stuck", "hint"),
    ("skip", "skip"), ("next question", "skip"), ("go back", "back"), ("stop", "stop"),
    ("stop the quiz", "stop"), ("pause the analysis", "stop"), ("why?", "why"), ("repeat the question", "repeat"),
    ("show the text", "text"), ("👍 helpful", "helpful"), ("that was helpful", "helpful"),
    ("👎 not helpful", "unhelpful"), ("not helpful", "unhelpful"), ("that wasn't helpful", "unhelpful"),
    ("export my summary", "summary"), ("how am I doing?", "summary"), ("my score", "summary"), ("help", "help"),
])
def test_whole_message_commands(text, command):
    assert by_pattern(text) == command


@pytest.mark.parametrize("text", [
    "the foreign ministry wrote it", "approved to leave under view 2", "it went back to Shanghai",
    "stop them from leaving, view 1", "/rate_helpful",
])
def test_answers_are_not_commands(text):
    assert by_pattern(text) is None


def test_intents_count_only_when_sure_and_short():
    assert by_intent("/rate_helpful", "rate_helpful", 1.0) == "helpful"
    assert by_intent("gimme a clue", "ask_hint", 0.9) == "hint"
    assert by_intent("gimme a clue", "ask_hint", 0.5) is None
    assert by_intent("I think it was sent back to Shanghai by the ministry in reply", "go_back", 0.95) is None
    assert by_intent("shanghai", "inform", 0.99) is None


@pytest.mark.parametrize("text, export", [("export my summary", True), ("download it as markdown", True),
                                          ("show my summary", False), ("my score", False)])
def test_a_summary_request_may_ask_for_the_markdown(text, export):
    assert wants_export(text) is export
