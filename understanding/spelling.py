"""Spelling correction against a reader's vocabulary (SymSpell-style deletes).

Students type "cabel", "foriegn", "veiw" (the knowledge base's words, knowledge/scoring.py) and
"enginer", "korrean", "strugling" (the case facts' words, case_facts.py).  Lookups are dictionary
probes on a precomputed delete index, not a scan of the vocabulary, and are memoised, so a
query costs microseconds.  Pure Python, no data files: each reader brings its vocabulary.
"""
from __future__ import annotations

from collections.abc import Iterable

MAX_WORD = 30  # longer "words" are no typo of a word (and their deletes would cost seconds)


def _deletes(word: str, depth: int) -> set[str]:
    found, frontier = set(), {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


def _distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein (optimal string alignment), stopping past ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2, prev = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if prev2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def _is_swap(a: str, b: str) -> bool:
    """``b`` is ``a`` with two neighbouring letters exchanged."""
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y]
    return (len(a) == len(b) and len(diff) == 2 and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])


def _vowel_slip(a: str, b: str) -> bool:
    """``b`` is ``a`` with one vowel written for another ("docter" is "doctor" before "docker")."""
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y]
    return len(a) == len(b) and len(diff) == 1 and a[diff[0]] in "aeiou" and b[diff[0]] in "aeiou"


def _drops_letters(word: str, c: str) -> bool:
    """``word`` is ``c`` with letters left out."""
    it = iter(c)
    return len(word) < len(c) and all(ch in it for ch in word)


class Corrector:
    """Spelling correction against a fixed vocabulary (SymSpell-style deletes).

    Lookups are dictionary probes, not a scan of the vocabulary, so a query
    costs microseconds.  Short words (< 4 letters) and numbers are never
    changed: too many of them are one edit away from something.  ``weak``
    words (stopwords) are reached only by swapping two letters ("thier"):
    otherwise a real word the index lacks ("think") would be "corrected" into
    a stopword ("thing") and vanish from the question instead of counting
    against the match.

    ``known`` words are real words the vocabulary lacks: left as they are, never suggested
    ("prisons" is not a typo of "prisoner").  ``same_start``: a correction keeps the first letter.
    ``known_complete``: ``known`` holds EVERY real word within reach of the vocabulary (built
    from WordNet), so the guards for short words and stopwords are not needed: "abowt" is
    "about" and "meen" is "mean", while "think" stays "think".  ``same_length``: of two
    corrections equally near, the one of the typo's length wins ("speeks" is "speaks", not "seeks").
    """

    def __init__(self, vocabulary: dict[str, int], extra: Iterable[str] = (),
                 weak: Iterable[str] = (), known: Iterable[str] = (), same_start: bool = False,
                 known_complete: bool = False, same_length: bool = False):
        self.freq = dict(vocabulary)
        self.same_length = same_length
        self.weak = frozenset(weak)
        self.known = frozenset(known)
        self.same_start = same_start
        self.known_complete = known_complete
        for w in (*extra, *self.weak):
            self.freq.setdefault(w, 0)
        self._index: dict[str, list[str]] = {}
        for w in self.freq:
            if len(w) < 3 or not w.isalpha():
                continue
            for d in _deletes(w, self._max_edits(len(w))) | {w}:
                self._index.setdefault(d, []).append(w)
        self._cache: dict[str, str] = {}

    @staticmethod
    def _max_edits(n: int) -> int:
        return 0 if n < 4 else 1 if n < 8 else 2

    def __contains__(self, word: str) -> bool:
        return word in self.freq

    def correct(self, word: str) -> str:
        if word in self.freq or word in self.known or not 4 <= len(word) <= MAX_WORD or not word.isalpha():
            return word
        hit = self._cache.get(word)
        if hit is None:
            hit = self._lookup(word)
            if len(self._cache) < 10000:
                self._cache[word] = hit
        return hit

    __call__ = correct

    def _lookup(self, word: str) -> str:
        limit = self._max_edits(len(word))
        cands: set[str] = set()
        for d in _deletes(word, limit) | {word}:
            cands.update(self._index.get(d, ()))
        best, best_key = word, None
        for c in cands:
            dist = _distance(word, c, limit)
            # the candidate must be long enough to deserve this many edits too
            if dist > min(limit, self._max_edits(len(c))) or (self.same_start and c[0] != word[0]):
                continue
            # short words: only two swapped letters ("veiw"), or real words
            # the index lacks ("near", "food") would be "corrected"; the same
            # for stopwords below six letters ("think" is not "thing")
            if (not self.known_complete and len(word) < (6 if c in self.weak else 5)
                    and not _is_swap(word, c)):
                continue
            # letters left out are the commonest slip ("cort" is "court", not "cost"); then, if asked,
            # a wrong letter ("speeks" is "speaks", not "seeks")
            key = (dist, c[0] != word[0], not _drops_letters(word, c),
                   self.same_length and len(c) != len(word), -self.freq[c], not _vowel_slip(word, c), c)
            if best_key is None or key < best_key:
                best, best_key = c, key
        return best
