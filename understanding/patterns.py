"""Turning word lists into matchers: regex alternations, and a phrase finder for long lists."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import Generic, TypeVar

from .text import rewrite

Info = TypeVar("Info")


def alt(fragments: Iterable[str]) -> str:
    """One regex alternation of the fragments, longest first ("of course not" before "of course")."""
    return "|".join(sorted({rewrite(f) for f in fragments}, key=len, reverse=True))


def words(fragments: Iterable[str]) -> re.Pattern[str]:
    """The fragments as whole words."""
    return re.compile(r"(?<![\w'])(?:" + alt(fragments) + r")(?![\w'])")


class Terms(Generic[Info]):
    """Lexicon terms found by word n-gram lookup (a regex alternation of hundreds
    of words is far slower). CJK terms, written without spaces, use a small regex."""

    TOKEN = re.compile(r"[\w']+(?:\.[\w']+)*\.?")  # keeps "p.o.w." in one piece

    def __init__(self, pairs: Iterable[tuple[str, Info]]) -> None:
        self.table = {rewrite(t): info for t, info in pairs}
        self.starts = {t.split()[0]: len(t.split()) for t in sorted(self.table, key=lambda t: len(t.split()))}
        cjk = sorted((re.escape(t) for t in self.table if any(ord(c) >= 0x2E80 for c in t)), key=len, reverse=True)
        self.cjk = re.compile("|".join(cjk)) if cjk else None

    def lookup(self, key: str) -> str | None:
        """The term for key, allowing a final full stop, possessive or plural."""
        key = key if key in self.table else key.rstrip(".")
        cuts = (
            key,
            key[:-2] if key.endswith("'s") else "",
            key[:-1] if key.endswith("s") else "",
            key[:-2] if key.endswith("es") else "",
        )
        return next((cut for cut in cuts if cut in self.table), None)

    def find(self, text: str) -> Iterator[tuple[str, int, int]]:
        """(term, start, end) for each term, longest phrase first, left to right."""
        toks = [m.span() for m in self.TOKEN.finditer(text)]
        i = 0
        while i < len(toks):
            longest = self.starts.get(text[toks[i][0] : toks[i][1]], 1)  # phrases starting with this word
            for n in range(min(longest, len(toks) - i), 0, -1):
                span = toks[i : i + n]
                if any(text[a[1] : b[0]] != " " for a, b in pairwise(span)):
                    continue  # only words separated by a plain space form a phrase
                term = self.lookup(text[span[0][0] : span[-1][1]])
                if term:
                    yield term, span[0][0], span[-1][1]
                    i += n
                    break
            else:
                i += 1
        if self.cjk:
            for m in self.cjk.finditer(text):
                yield m.group(), m.start(), m.end()
