"""The case reader skips a pattern when a message lacks every word the pattern cannot match without
(patterns.required_words): that must never skip a pattern that would have matched."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from understanding import case_facts
from understanding.patterns import Prefilter, required_words, words
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
        prefilter = case_facts._PREFILTER[field]
        for text in prepared:
            run = set(prefilter.rows_to_run(text.lower()))
            for row, (pattern, _, _) in enumerate(rows):
                if pattern.search(text):
                    assert row in run, (field, pattern.pattern[:80], text[:80])


def test_the_rows_a_text_may_match_keep_the_tables_order():
    prefilter = Prefilter([words([p]) for p in (r"very\s+poor", r"poor|broke", r"[a-z]+\s+\d", r"rich")])
    assert prefilter.rows_to_run("she is very poor, 3 kids") == (0, 1, 2)
    assert prefilter.rows_to_run("he is rich") == (2, 3)
