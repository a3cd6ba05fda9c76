"""Commands inside the exercises, and class codes."""

import pytest

from teaching.classcode import ClassCodeError, code_in_text, normalize_class_code
from teaching.commands import by_intent, by_pattern


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


@pytest.mark.parametrize("text,code", [
    ("my class code is HIST7", "HIST7"), ("class code: hist-7a", "HIST-7A"), ("our code is GEO9B.", "GEO9B"),
    ("I'm in class Y9HIST", "Y9HIST"), ("hello there", None),
])
def test_class_code_in_text(text, code):
    assert code_in_text(text) == code


@pytest.mark.parametrize("text,words", [
    ("my class code is $$$", "'$$$' is not a valid class code"),
    ("my class code is 7", "'7' is not a valid class code"),
    ("my class code is", "didn't catch the code"),
    ("class code is averyveryverylongcode", "not a valid class code"),
])
def test_bad_class_codes_get_one_clear_line(text, words):
    with pytest.raises(ClassCodeError) as info:
        code_in_text(text)
    assert words in str(info.value) and "HIST7" in str(info.value) and "\n" not in str(info.value)


def test_normalize():
    assert normalize_class_code(" hist7 ") == "HIST7"
    with pytest.raises(ClassCodeError):
        normalize_class_code("7HIST")
