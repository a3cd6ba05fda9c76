"""Quoting a student's own words back: the clause around a phrase, safe to show, never cut mid-word.

A reply that judges an answer should show which words it judged. `clause_around` finds the clause of
the message that holds a matched phrase (keeping a negation cue that governs it), and `quote` makes it
safe for chat and HTML-free Markdown: markup characters become spaces and long text is shortened at a
word boundary with an ellipsis.
"""

from __future__ import annotations

import re
from typing import Tuple

from .negation import NEGATION

_MARKUP = re.compile(r"[\[\]<>`|*_#\\]")
# Clause boundaries for quoting: sentence punctuation, commas and semicolons.
_BOUNDARY = re.compile(r"[.;!?\n]+(?:\s|$)|,\s*|\s[-\u2013\u2014]\s")
MAX_WORDS = 16


def clean(text: str) -> str:
    """The text with markup characters neutralised and spaces collapsed."""
    return " ".join(_MARKUP.sub(" ", text or "").split())


def shorten(text: str, max_words: int = MAX_WORDS) -> str:
    words = text.split()
    return text if len(words) <= max_words else " ".join(words[:max_words]) + " ..."


def clause_around(text: str, start: int, end: int) -> Tuple[int, int]:
    """(start, end) of the clause of `text` that contains text[start:end]."""
    left, right = 0, len(text)
    for m in _BOUNDARY.finditer(text):
        if m.end() <= start:
            left = m.end()
        elif m.start() >= end:
            right = m.start()
            break
    return left, right


def quote_span(text: str, start: int, end: int, max_words: int = MAX_WORDS) -> str:
    """The student's clause around text[start:end], cleaned, at most `max_words` words.

    A long clause is cut to a window that starts at the nearest negation cue before the phrase (so
    "isnt really technical" keeps its "isnt"), or a few words before it.
    """
    left, right = clause_around(text, start, end)
    piece = text[left:right]
    if len(piece.split()) > max_words:
        cues = [m.start() for m in NEGATION.finditer(text, left, start)]
        window_start = cues[-1] if cues else max(left, _words_back(text, start, 4))
        window_start = max(left, window_start)
        piece = text[window_start:right]
        words = piece.split()
        if len(words) > max_words:
            piece = " ".join(words[:max_words])
        return ("... " if window_start > left else "") + clean(piece) + (" ..." if len(words) > max_words else "")
    return clean(piece)


def _words_back(text: str, position: int, n: int) -> int:
    head = text[:position]
    spaces = [m.start() for m in re.finditer(r"\s+", head)]
    return spaces[-n] + 1 if len(spaces) >= n else 0


def quote(text: str, max_words: int = MAX_WORDS) -> str:
    """The whole message, cleaned and shortened."""
    return shorten(clean(text), max_words)
