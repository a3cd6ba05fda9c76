"""Re-scoring of full-text candidates, and the confidence behind answer/decline.

The database index finds candidates (any query term); this module decides
which candidate is best and how sure we are, with features that are the same
on SQLite and PostgreSQL:

* coverage - the share of the question's weighted terms the entry contains
  (a phrasing match counts fully, the answer and keywords a little less, the
  long detail text half);
* phrase   - cosine similarity with the closest stored phrasing;
* rank     - the backend's BM25/ts_rank relative to the best candidate.

Term weights are IDF, clipped; names and numbers weigh at least NAME_WEIGHT;
words no entry uses weigh UNKNOWN_WEIGHT, so they pull coverage down.
All constants were set on the development set (tests/knowledge/dev_questions.yml);
the synonyms and stopwords in text.py are general.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from . import loader
from .spelling import Corrector
from .stem import stem
from .text import (FILLER, GENERIC, STOPWORDS, TIME_SHIFT, analyze, apply_phrases,
                   known_words, term, words)

FIELD_CREDIT = {"questions": 1.0, "keywords": 0.85, "answer": 0.85, "detail": 0.5}
CORRECTED_WEIGHT = 0.8      # a typo-corrected term is weaker evidence
W_COVERAGE, W_PHRASE, W_RANK = 0.5, 0.3, 0.2
IDF_FLOOR, IDF_CAP = 1.0, 3.0
NAME_WEIGHT = 3.0
NAME_MAX_SHARE = 0.25       # a "name" in more entries than this is background
UNKNOWN_WEIGHT = 4.0
# Evidence against a match multiplies the confidence down (see confidence()).
MISSING_NAME_FACTOR = 0.7
UNKNOWN_WORD_FACTOR = 0.4
DISAGREE_FACTOR = 0.8       # rankings often split between near-synonymous entries
MISSING_WORD_FACTOR = 0.9
FRAGMENT_FACTOR = 0.3       # a bare word ("korea") answered by an entry not about it
# Terms that make a question of a word ("who", "when" -> date, "why" -> reason).
QUESTION_TERMS = frozenset(stem(w) for w in "who how date place reason count".split())


@dataclass
class Doc:
    """Per-entry term sets, computed once when the knowledge base opens."""
    entry: loader.Entry
    fields: dict[str, frozenset]
    phrasings: list[frozenset]
    terms: frozenset
    credit: dict[str, float] = field(default_factory=dict)    # term -> best field credit
    phrasing_weights: list[float] = field(default_factory=list)
    about: frozenset = frozenset()      # terms of the entry id, a summary of its subject


@dataclass
class Scored:
    doc: Doc
    score: float            # ranking score
    coverage: float
    phrase: float
    rank: float
    confidence: float = 0.0


_CASED_RE = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_NAME_RUN_RE = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")
_SENTENCE_END = frozenset(".?!:;\"'(")


def name_terms(texts: Iterable[str]) -> set[str]:
    """Terms of words the content writes as names: capitalised when not
    starting a sentence and (almost) never in lower case - "Shanghai",
    "Stalin", "Huludao"."""
    upper: Counter = Counter()
    lower: Counter = Counter()
    for text in texts:
        for m in _CASED_RE.finditer(text):
            word, i = m.group(), m.start() - 1
            while i >= 0 and text[i].isspace():
                i -= 1
            initial = i < 0 or text[i] in _SENTENCE_END
            if word[0].isupper() and not initial and not word.isupper():
                upper[word.lower()] += 1
            elif word[0].islower():
                lower[word] += 1
        # a name of several words folded into one term: "South Korea" -> rok
        for m in _NAME_RUN_RE.finditer(text):
            run = words(m.group())
            upper.update(w for w in apply_phrases(run) if w not in run)
    return {t for w, n in upper.items() if n >= 2 and lower[w] * 5 <= n
            for t in [term(w)] if t}


def weight(t: str, idf: float, name: bool = False) -> float:
    """IDF clipped, so one rare word cannot outweigh the rest and a common
    one still counts; names and numbers are precise constraints."""
    w = min(max(idf, IDF_FLOOR), IDF_CAP)
    return max(w, NAME_WEIGHT) if name or t.isdigit() else w


def confidence(s: Scored, missing_names: int, unknown: int, agree: int,
               missing_words: int, off_focus: bool = False) -> float:
    """How sure we are that ``s`` answers the question, in [0, 1].

    The base is the mean of coverage and phrasing similarity.  Evidence
    against the match multiplies it down: each name or number in the
    question that the entry never mentions (Shanghai's population is not in a
    2021 census entry), each word no entry uses ("weather", "breakfast"), each
    known word the entry lacks (names included), and each of the three rankings
    (coverage, phrasing, backend) that prefers another entry.  A bare word
    ("korea", "shanghai") is a topic, not a question: it matches dozens of
    entries equally well, so only an entry about that very word ("gratis?",
    "FMA?") answers it with confidence (``off_focus`` otherwise).
    """
    base = 0.5 * s.coverage + 0.5 * s.phrase
    conf = (base * MISSING_NAME_FACTOR ** missing_names * UNKNOWN_WORD_FACTOR ** unknown
            * DISAGREE_FACTOR ** (3 - agree) * MISSING_WORD_FACTOR ** missing_words
            * (FRAGMENT_FACTOR if off_focus else 1.0))
    return round(min(1.0, max(0.0, conf)), 4)


class Scorer:
    """Term statistics of the whole content, and scoring against them."""

    def __init__(self, entries: list[loader.Entry], fields: dict[str, dict[str, list[str]]]):
        self.docs: dict[str, Doc] = {}
        df: Counter = Counter()
        surface: Counter = Counter()
        for e in entries:
            f = {k: frozenset(" ".join(v).split()) for k, v in fields[e.id].items()}
            doc = Doc(e, f, [frozenset(analyze(q)) for q in e.questions],
                      frozenset().union(*f.values()))
            self.docs[e.id] = doc
            df.update(doc.terms)
            for text in (*e.questions, e.answer, e.detail or "", e.id.replace("_", " ")):
                surface.update(words(text))
        n = max(len(entries), 1)
        self.idf = {t: math.log(1 + n / c) for t, c in df.items()}
        texts = [t for e in entries for t in (*e.questions, e.answer, e.detail or "")]
        self.names = {t for t in name_terms(texts) if df[t] <= NAME_MAX_SHARE * n}
        self.names |= {stem(w) for w in TIME_SHIFT}     # constraints like names
        self.names -= {stem(w) for w in FILLER}     # "Project" in a title; "school project"
        self.weights = {t: weight(t, idf, t in self.names) for t, idf in self.idf.items()}
        for t in {stem(w) for w in GENERIC}:       # light verbs count least
            self.weights[t] = IDF_FLOOR
        for doc in self.docs.values():     # precomputed: ask() is on the hot path
            doc.credit = {t: max(c for f, c in FIELD_CREDIT.items() if t in doc.fields[f])
                          for t in doc.terms}
            doc.phrasing_weights = [self._weight_of(p) for p in doc.phrasings]
            doc.about = frozenset(analyze(doc.entry.id.replace("_", " ")))
        self.light = {stem(w) for w in GENERIC}
        self.filler = {stem(w) for w in FILLER}
        self.corrector = Corrector(surface, extra=known_words(), weak=STOPWORDS)

    def query(self, question: str) -> dict[str, tuple[float, bool]]:
        """Query term -> (weight, was it typo-corrected?).  Filler words the
        index does not know are dropped."""
        plain = set(analyze(question))
        fixed = analyze(question, correct=self.corrector)
        return {t: (self.weights.get(t, UNKNOWN_WEIGHT), t not in plain) for t in fixed
                if t in self.idf or t not in self.filler}

    def focus(self, q: dict[str, tuple[float, bool]]) -> str | None:
        """The one topic word of a question that is only that word ("korea",
        "what is the FMA"), or None.  A question word or a second topic word
        makes it a question in its own right.  Light verbs alone ("what
        happened", "how's it going") have no topic: "" (no entry is about it)."""
        topic = [t for t in q if t not in self.light and t not in QUESTION_TERMS]
        if not topic:       # "when?" asks for the document's date: not a fragment
            return "" if any(t in self.light for t in q) else None
        if len(topic) != 1 or any(t in QUESTION_TERMS for t in q):
            return None
        return topic[0]

    def _weight_of(self, terms: Iterable[str]) -> float:
        return sum(self.weights.get(t, UNKNOWN_WEIGHT) for t in terms)

    def score(self, q: dict[str, tuple[float, bool]], doc: Doc, rank: float) -> Scored:
        total = sum(w for w, _ in q.values())
        credit = doc.credit
        covered = sum(w * credit.get(t, 0.0) * (CORRECTED_WEIGHT if fixed else 1.0)
                      for t, (w, fixed) in q.items())
        phrase = 0.0
        for p, pw in zip(doc.phrasings, doc.phrasing_weights):
            shared = sum(w for t, (w, _) in q.items() if t in p)
            if shared:
                phrase = max(phrase, shared / math.sqrt(total * pw))
        coverage, phrase = covered / total, min(phrase, 1.0)
        return Scored(doc, W_COVERAGE * coverage + W_PHRASE * phrase + W_RANK * rank,
                      coverage, phrase, rank)

    def rank(self, q: dict[str, tuple[float, bool]], candidates: list[tuple[str, float]],
             limit: int) -> list[Scored]:
        """Re-score backend candidates (entry_id, rank); best first."""
        cands = [(eid, r) for eid, r in candidates if eid in self.docs]
        if not q or not cands:
            return []
        top = max(r for _, r in cands) or 1.0
        scored = [self.score(q, self.docs[eid], max(r, 0.0) / top) for eid, r in cands]
        scored.sort(key=lambda s: -s.score)     # stable: ties keep backend order
        leaders = [max(scored, key=k).doc for k in
                   (lambda s: s.coverage, lambda s: s.phrase, lambda s: s.rank)]
        unknown = sum(1 for t in q if t not in self.idf)
        focus = self.focus(q)
        for s in scored[:limit]:
            absent = [t for t in q if t not in s.doc.terms]
            names = sum(1 for t in absent if t in self.names or t.isdigit())
            others = sum(1 for t in absent if self.weights.get(t, 0.0) > IDF_FLOOR)
            s.confidence = confidence(s, names, unknown, sum(d is s.doc for d in leaders),
                                      others, off_focus=focus is not None
                                      and focus not in s.doc.about)
        return scored[:limit]

    def best_phrasing(self, question: str, doc: Doc) -> str:
        q = set(analyze(question, correct=self.corrector))
        best = max(range(len(doc.phrasings)),
                   key=lambda i: (len(q & doc.phrasings[i]), -i), default=0)
        return doc.entry.questions[best] if doc.entry.questions else ""
