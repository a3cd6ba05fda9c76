"""Turning word lists into matchers: regex alternations, and a phrase finder for long lists."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import Any, Generic, TypeVar

from .text import rewrite

# The regex parser: `re._parser` from Python 3.11 (where `sre_parse` is deprecated), `sre_parse` before.
try:
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants
    import sre_parse

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


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case strings at least one of which is in every match of ``pattern`` (None: no such
    short list), so a text that holds none of them is skipped without running the pattern."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError):  # pragma: no cover - every lexicon pattern parses
        return None
    found = _required(list(parsed))
    return tuple(sorted(found)) if found else None


def _required(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The best requirement of a sequence: its longest literal run, or a group every branch of which
    has one (the set whose shortest string is longest)."""
    candidates: list[set[str]] = []
    run = ""
    for op, av in items + [(None, None)]:
        if op is sre_constants.LITERAL:
            run += chr(av).lower()
            continue
        if run:
            candidates.append({run})
            run = ""
        need = _required_of(op, av)
        if need:
            candidates.append(need)
    best = max(candidates, key=lambda c: min(len(s) for s in c), default=None)
    return best if best and min(len(s) for s in best) >= 2 else None


def _required_of(op: Any, av: Any) -> set[str] | None:
    if op is sre_constants.SUBPATTERN:
        return _required(list(av[-1]))
    if op is sre_constants.BRANCH:
        needs = [_required(list(alt)) for alt in av[1]]
        return None if any(n is None for n in needs) else set().union(*needs)  # type: ignore[arg-type]
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and av[0] >= 1:
        return _required(list(av[2]))
    return None


class Prefilter:
    """The rows of a pattern table a text may match: each pattern's required words, indexed by word,
    so a text is searched once for the table's words rather than once per pattern."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self._rows_of: dict[str, list[int]] = {}
        self._always = tuple(i for i, p in enumerate(patterns) if not required_words(p))
        for row, pattern in enumerate(patterns):
            for word in required_words(pattern) or ():
                self._rows_of.setdefault(word, []).append(row)
        self._cache: dict[str, tuple[int, ...]] = {}

    def rows_to_run(self, lowered: str) -> tuple[int, ...]:
        """The rows `lowered` may match, in the table's order (an earlier row takes its span first)."""
        rows = self._cache.get(lowered)
        if rows is None:
            found = set(self._always)
            for word, of_word in self._rows_of.items():
                if word in lowered:
                    found.update(of_word)
            rows = tuple(sorted(found))
            if len(self._cache) >= TEXTS_REMEMBERED:
                self._cache.clear()   # (a classroom's messages: recent clauses recur, old ones do not)
            self._cache[lowered] = rows
        return rows


TEXTS_REMEMBERED = 1024
