"""The benchmark's conversations are ones the assistant holds today: `make bench` checks every reply,
so a script that no longer matches the assistant would turn a measurement into a list of errors."""

import pytest

from bench.lesson import LESSON, lesson_turns
from bench.load import SCRIPT


@pytest.mark.parametrize("name, turns", [("the 8-turn script", SCRIPT),
                                         ("the lesson, round and back to its start", lesson_turns(len(LESSON) + 6))])
def test_every_scripted_reply_says_what_the_benchmark_expects(bot, sender, name, turns):
    for turn in turns:
        text = bot.texts(sender, turn.text)
        missing = [w for w in turn.expect if w not in text]
        assert not missing, f"{name}: {turn.text!r} should say {missing[0]!r}, got {text[:200]!r}"
