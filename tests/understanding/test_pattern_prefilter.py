"""The case reader skips a pattern when a message lacks every word the pattern cannot match without
(patterns.required_words): that must never skip a pattern that would have matched."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from understanding import case_facts
from understanding.patterns import required_words, words
from understanding.text import prepare, spell_out

HERE = Path(__file__).resolve().parent


@pytest.mark.parametrize("pattern, needs", [
    (r"robbed\s+(?:a|the)\s+\w+", ("robbed",)),
    (r"(?:he|she)\s+is\s+no\s+(?:revolutionary|leftie)", ("leftie", "revolutionary")),
    (r"(?:x|y)?zz", ("zz",)),
    (r"[a-z]+\s+\d", None),                 # nothing literal to look for
    (r"(?:very\s+)?poor|broke", ("broke", "poor")),
])
def test_the_words_a_pattern_needs(pattern, needs):
    assert required_words(words([pattern])) == needs


def test_no_pattern_matches_a_text_without_the_words_it_needs():
    texts = [d["text"] for name in ("case_descriptions_dev24.yml", "case_descriptions_dev30.yml",
                                     "case_descriptions_dev34.yml")
             for d in yaml.safe_load((HERE / name).read_text(encoding="utf-8"))]
    prepared = [spell_out(prepare(t)) for t in texts]
    for field, rows in case_facts._BOOL.items():
        for (pattern, _, _), needs in zip(rows, case_facts._NEEDS[field], strict=True):
            if not needs:
                continue
            for text in prepared:
                if pattern.search(text):
                    assert any(n in text.lower() for n in needs), (field, pattern.pattern[:80], text[:80])
