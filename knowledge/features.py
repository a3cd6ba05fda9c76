"""What the learned ranking (ranking.py) sees of one question and one candidate entry.

Every feature is cheap and the same on SQLite and PostgreSQL (the backend only finds the
candidates):

* word overlaps: ``coverage`` (the question's IDF-weighted words the entry has, WordNet
  expansions and typo corrections counting below exact words), ``exact`` (exact words only),
  ``phrase`` (cosine with the closest stored phrasing) and ``log_base`` (their mean, in logs: the
  hand-set confidence of scoring.py was multiplicative);
* ``bigrams``: the share of the question's neighbouring term pairs ("railway ministry",
  "technical personnel") that the entry has side by side: words that belong together;
* ``bm25_rel`` / ``bm25_abs``: a BM25 over the same rows as the database index, computed in
  Python (bm25.py), relative to the best candidate and to the question's own IDF mass;
* character trigrams of the question's content words against the closest phrasing and against
  the entry's whole text: misspellings and word forms the stemmer misses still overlap;
* evidence against: unknown words (their number and their share of the question's weight),
  names and numbers the entry lacks, other known words it lacks, a time shift ("today",
  "later") it lacks, the rankings that prefer another entry, how many other candidates cover
  the question as well (a bare word, "korea", matches dozens), a bare word the entry is not
  about, and how many entries use a bare word (``bare_spread``); for a bare word or a one-word
  question, ``sole_focus``: one over the number of candidates about that word, when this entry
  is one of them ("sender?", "when?": dozens of entries say who sent something or when, one is
  about the cable's sender, one about its date);
* the kind of question against the kind of entry: the thing asked for ("how OLD", "how many
  PAGES", "who was the CAPTAIN of", "what were their NAMES") absent from the entry, "how many" with
  no figure in the answer, "when" with no date, a year asked about that the entry, which names
  other years, never names (``year_conflict``: "how many lived there in 1950" against a 2021
  census), a definition entry for a question that asks no
  definition (and the converse), a request to quote for an entry that quotes nothing; and
  whether the entry is a gap ("the sources do not say");
* ``hand``: the log of scoring.py's hand-set confidence, tuned on the development set before the
  ranking was learned: the fit decides how far to trust it.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable
from itertools import pairwise

from .text import FILLER, STOPWORDS, words

NAMES = ("bias", "log_base", "coverage", "exact", "phrase", "bigrams", "bm25_rel", "bm25_abs",
         "chars_phrasing", "chars_text", "unknown", "unknown_share", "missing_names", "missing_words",
         "time_shift", "disagree", "rivals", "off_focus", "bare_spread", "sole_focus", "asked_missing",
         "definition_mismatch", "defines", "hand",
         "count_mismatch", "date_mismatch", "year_conflict", "quote_mismatch", "gap")

_COUNT_RE = re.compile(r"\bhow (?:many|much)\b|\bnumber of\b|\bhow (?:big|large)\b|\bcount\b"
                       r"|\bpopulation\b|\bfigures?\b", re.IGNORECASE)
_DATE_RE = re.compile(r"\bwhen\b|\b(?:what|which) (?:year|date|day|month)\b|\bwhat time\b",
                      re.IGNORECASE)
_QUOTE_RE = re.compile(r"\bquote\b|\bword for word\b|\bexact (?:words|wording|text)\b|\bverbatim\b"
                       r"|\bread (?:me|out)\b|\bfull text\b|\bwhole text\b", re.IGNORECASE)
# a definition asked for without "what is": "is X a word for Koreans", "explain the term"
_MEANING_RE = re.compile(r"\b(?:a|the|another|other) (?:word|term|name) for\b|\bmeaning of\b"
                         r"|\bexplain (?:the|this|that) (?:term|word|phrase)\b|\bstands? for\b",
                         re.IGNORECASE)
_YEAR_RE = re.compile(r"^(1[6-9]|20)\d\d$")
# "four numbered views" gives a count as well as "4" does ("one" is too often a pronoun)
_AMOUNT_WORDS = frozenset("million millions thousand thousands hundred hundreds dozens most "
                          "majority half none few several two three four five six seven eight "
                          "nine ten eleven twelve twenty thirty forty fifty dozen".split())
_MONTHS = frozenset("january february march april may june july august september october "
                    "november december".split())


_WH = frozenset("who what which whose how".split())
_HOW = frozenset("old long much many big large tall far often high wide".split())
_SKIP = frozenset("is was are were be the a an his her their its this that these those".split())
_OF = frozenset("of for in at on".split())
_OWNER = frozenset("his her their its".split())


def asked_words(question: str) -> list[list[str]]:
    """The words naming what a question asks for, one group per thing asked: "how OLD was he",
    "how many PAGES", "how many NUMBERED POINTS" (either word will do: the noun may be named by
    its modifier), "who was the CAPTAIN of", "what were the NAMES of", "what was his first
    NAME".  [] when its form says nothing ("what did the cable say")."""
    w = words(question)
    out = []
    for i, tok in enumerate(w):
        if tok not in _WH:
            continue
        rest = w[i + 1:]
        if tok == "how" and rest and rest[0] in _HOW:
            nxt = [x for x in rest[1:3] if x not in STOPWORDS]
            out.append(nxt if rest[0] in ("much", "many") and nxt else [rest[0]])
        elif tok != "how":
            j = 0
            while j < len(rest) and rest[j] in _SKIP:
                j += 1
            if j and j + 1 < len(rest) and rest[j] not in STOPWORDS and rest[j + 1] in _OF:
                out.append([rest[j]])
        break
    if len(w) >= 2 and w[-2] in _OWNER | {"first", "last", "full"} and w[-1] not in STOPWORDS:
        out.append([w[-1]])
    return out


def asks_count(question: str) -> bool:
    return bool(_COUNT_RE.search(question))


def asks_date(question: str) -> bool:
    return bool(_DATE_RE.search(question))


def asks_meaning(question: str) -> bool:
    return bool(_MEANING_RE.search(question))


def asks_quote(question: str) -> bool:
    return bool(_QUOTE_RE.search(question))


def has_count(text: str) -> bool:
    """A figure that is not a year ("14,000", "969", "1.4 million"), or a word of amount."""
    for w in re.findall(r"\d[\d,.]*\d|\d|[a-z]+", (text or "").lower()):
        if w[0].isdigit():
            if not _YEAR_RE.match(w.replace(",", "")):
                return True
        elif w in _AMOUNT_WORDS:
            return True
    return False


def years(text: str) -> frozenset[str]:
    """The years a text names ("1950", "2021"), not other numbers ("114906", "14,000")."""
    return frozenset(w for w in re.findall(r"\d+", text or "") if _YEAR_RE.match(w))


def has_date(text: str, date: str | None = None) -> bool:
    if date:
        return True
    return any(_YEAR_RE.match(w) or w in _MONTHS for w in words(text))


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOPWORDS and w not in FILLER]


def char_grams(text_words: Iterable[str]) -> frozenset[str]:
    """Character trigrams of each word, its ends marked ("#ko", "kor", ..., "an#")."""
    out: set[str] = set()
    for w in text_words:
        w = f"#{w}#"
        out.update(w[i:i + 3] for i in range(len(w) - 2))
    return frozenset(out)


def cosine(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def best_cosine(a: frozenset[str], others: Iterable[frozenset[str]]) -> float:
    """The highest cosine of ``a`` with any of ``others`` (0 for none): cosine() of each, inlined."""
    if not a:
        return 0.0
    size = len(a)
    return max((len(a & b) / math.sqrt(size * len(b)) for b in others if b), default=0.0)


def phrasing_index(sets: Iterable[frozenset[str]]) -> dict[str, tuple[int, ...]]:
    """Item -> the numbers of the sets holding it: a question meets every phrasing of an entry
    in one pass over its own terms (Scorer.score)."""
    index: dict[str, list[int]] = {}
    for j, items in enumerate(sets):
        for item in items:
            index.setdefault(item, []).append(j)
    return {item: tuple(js) for item, js in index.items()}


class GramBits:
    """Sets of trigrams as the bits of an int, one bit per trigram of the content: an overlap is
    an AND and a bit count, not a new set per pair (a question meets ~20 phrasings of each of
    ~25 candidates).  Trigrams the content lacks overlap nothing, so they get no bit."""

    def __init__(self, sets: Iterable[frozenset[str]]):
        self.ids: dict[str, int] = {}
        for grams in sets:
            for g in sorted(grams):
                self.ids.setdefault(g, len(self.ids))

    def __call__(self, grams: Iterable[str]) -> int:
        bits = 0
        for g in grams:
            i = self.ids.get(g)
            if i is not None:
                bits |= 1 << i
        return bits


def best_cosine_bits(a: int, size: int, others: list[tuple[int, int]]) -> float:
    """best_cosine() with ``a`` as GramBits of ``size`` trigrams and ``others`` as (bits, size),
    none empty: the same numbers, as len(a & b) is the bit count of a & b."""
    if not size:
        return 0.0
    return max(((a & b).bit_count() / math.sqrt(size * n) for b, n in others), default=0.0)


def containment_bits(a: int, size: int, b: int) -> float:
    """containment() with ``a`` (of ``size`` trigrams) and ``b`` as GramBits."""
    return (a & b).bit_count() / size if size else 0.0


def containment(a: frozenset[str], b: frozenset[str]) -> float:
    """The share of ``a`` found in ``b``."""
    return len(a & b) / len(a) if a else 0.0


def bigrams(term_lists: Iterable[list[str]]) -> frozenset[tuple[str, str]]:
    """Neighbouring pairs of each list of terms (order kept: "ministri railwai" is not
    "railwai ministri")."""
    return frozenset(pair for terms in term_lists for pair in pairwise(terms))


def vector(values: dict[str, float]) -> list[float]:
    """The features in NAMES order (the bias is 1)."""
    return [1.0 if n == "bias" else float(values.get(n, 0.0)) for n in NAMES]
