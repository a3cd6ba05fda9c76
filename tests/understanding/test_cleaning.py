"""Cleaning a message before anything reads it (understanding/text.py)."""

import pytest

from understanding.text import fold, normalize, prepare, sanitize


@pytest.mark.parametrize(
    "raw,clean",
    [
        ("hello", "hello"),
        ("  hello   world  ", "hello world"),
        ("a\nb\tc", "a b c"),
        ("a\r\nb", "a b"),
        ("a\x00b\x07c\x1b", "abc"),
        ("a\x7fb", "ab"),
        ("zero\u200bwidth", "zerowidth"),
        ("日本人 😀", "日本人 😀"),
        ("👨‍👩‍👧", "👨‍👩‍👧"),
        ("", ""),
        (None, ""),
    ],
)
def test_sanitize(raw, clean):
    assert sanitize(raw) == clean


def test_sanitize_caps_length():
    assert len(sanitize("x" * 5000)) == 2000
    assert sanitize("a " * 3000).endswith("a")


def test_the_matching_form_expands_contractions_and_straightens_quotes():
    assert prepare("She’s NOT   here & can't") == "she is not here and can't"
    assert prepare("he doesnt know") == "he doesn't know"
    assert fold("  View’s  TWO ") == "view's two"


def test_chat_speak_is_written_out_in_the_same_module():
    # one module for every form of a message; the chat-speak cases themselves are in tests/knowledge/test_students.py
    assert normalize("wat r ppl sayin abt it lol") == "what are people sayin about it"
    assert prepare(normalize("he isnt korean")) == prepare("he isn't korean") == "he isn't korean"
