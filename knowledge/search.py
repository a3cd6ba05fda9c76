"""Question answering over the knowledge base.

Retrieval is two-stage:
  1. the database full-text index (FTS5 bm25 / PostgreSQL ts_rank) returns
     candidates matching ANY query term (OR), best first;
  2. the candidates are re-scored in Python with features that are the same
     on both backends - IDF-weighted term coverage (which fields matched),
     similarity to the best stored phrasing, and the backend rank relative
     to the best candidate - giving a confidence in [0, 1].
Below THRESHOLD the question is declined: wrong answers are worse than "the
sources here do not say".  Terms the index has never seen stay in the
denominator of coverage, which is what declines off-topic questions.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from . import loader, store
from .db import make_engine
from .models import KbEntry, KbQuestion, KbSource, KbTopic
from .stem import stem
from .text import (FILLER, GENERIC, STOPWORDS, Corrector, analyze, known_words, name_terms,
                   words)

NO_ANSWER = "The sources here do not say."
THRESHOLD = 0.5
CANDIDATES = 40
# How much a query term counts when it matched in each field (best field wins).
FIELD_CREDIT = {"questions": 1.0, "keywords": 0.85, "answer": 0.85, "detail": 0.5}
CORRECTED_WEIGHT = 0.8   # a typo-corrected term is weaker evidence
W_COVERAGE, W_PHRASE, W_RANK = 0.5, 0.3, 0.2
IDF_FLOOR, IDF_CAP = 1.0, 3.0
NAME_WEIGHT = 3.0
NAME_MAX_SHARE = 0.25
UNKNOWN_WEIGHT = 4.0    # a word no entry uses: it matters, and nothing covers it
NEAR_FLOOR = 0.25        # a declined question's candidates above this are "near"


@dataclass
class Hit:
    entry_id: str
    topic: str
    answer: str
    score: float
    question: str          # the stored phrasing closest to the query
    gap: bool = False
    evidence: str = ""
    date: Optional[str] = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Answer:
    answered: bool
    answer: str
    entry_id: Optional[str] = None
    detail: Optional[str] = None
    evidence: Optional[str] = None
    sources: list[dict[str, str]] = field(default_factory=list)
    score: float = 0.0
    suggestions: list[str] = field(default_factory=list)
    topic: Optional[str] = None
    date: Optional[str] = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Doc:
    """Per-entry term sets, computed once when the knowledge base opens."""
    entry: loader.Entry
    fields: dict[str, frozenset]
    phrasings: list[frozenset]
    terms: frozenset


@dataclass
class _Scored:
    doc: _Doc
    score: float        # ranking score
    coverage: float     # share of the query's IDF weight found in the entry
    phrase: float       # similarity to the closest stored phrasing
    rank: float         # backend rank relative to the best candidate
    confidence: float   # in [0, 1]; compared with THRESHOLD


def _weight(term: str, idf: float, name: bool = False) -> float:
    """How much a query term counts: IDF, clipped so that one rare word cannot
    outweigh the rest and a common one still counts; names and numbers
    (places, people, years, view numbers) are precise constraints, so they
    count at least NAME_WEIGHT."""
    w = min(max(idf, IDF_FLOOR), IDF_CAP)
    return max(w, NAME_WEIGHT) if name or term.isdigit() else w


def _confidence(coverage: float, phrase: float) -> float:
    """Both the coverage and a close phrasing are needed to be sure; the
    backend rank is relative (the best is always 1), so it is left out."""
    return round(min(1.0, max(0.0, coverage ** 1.5 * (0.5 + 0.5 * phrase))), 4)


class KnowledgeBase:
    """Read-side API.  Holds the engine and an in-memory view of the entries."""

    def __init__(self, engine: Engine, content_dir: Optional[Path] = None,
                 build: bool = True):
        self.engine = engine
        if build:
            store.build_if_needed(engine, content_dir)
        self._load()

    @classmethod
    def open(cls, url: Optional[str] = None, content_dir: Optional[Path] = None,
             **engine_kwargs: Any) -> "KnowledgeBase":
        """Open (building or refreshing the database if needed)."""
        return cls(make_engine(url, **engine_kwargs), content_dir)

    def close(self) -> None:
        self.engine.dispose()

    # -- loading -----------------------------------------------------------

    def _load(self) -> None:
        with Session(self.engine, future=True) as session:
            self._topics = [loader.Topic(r.id, r.label, r.description) for r in
                            session.execute(select(KbTopic).order_by(KbTopic.position))
                            .scalars()]
            self._sources = {r.id: loader.Source(r.id, r.title, r.url) for r in
                             session.execute(select(KbSource)).scalars()}
            phrasings: dict[str, list[str]] = {}
            for eid, q in session.execute(
                    select(KbQuestion.entry_id, KbQuestion.text)
                    .order_by(KbQuestion.entry_id, KbQuestion.position)):
                phrasings.setdefault(eid, []).append(q)
            rows = session.execute(select(KbEntry).order_by(KbEntry.position)).scalars()
            entries = [loader.Entry(
                id=r.id, topic=r.topic_id, answer=r.answer, evidence=r.evidence,
                source=r.source_id, questions=tuple(phrasings.get(r.id, ())),
                detail=r.detail, facts=tuple(r.facts.split()), date=r.date,
                gap=bool(r.gap), file=r.file) for r in rows]
        self._docs: dict[str, _Doc] = {}
        df: Counter = Counter()
        surface: Counter = Counter()
        for e in entries:
            fields = {k: frozenset(" ".join(v).split())
                      for k, v in store.entry_fields(e).items()}
            doc = _Doc(e, fields, [frozenset(analyze(q)) for q in e.questions],
                       frozenset().union(*fields.values()))
            self._docs[e.id] = doc
            df.update(doc.terms)
            for text in (*e.questions, e.answer, e.detail or "", e.id.replace("_", " ")):
                surface.update(words(text))
        n = max(len(entries), 1)
        self._idf = {t: math.log(1 + n / c) for t, c in df.items()}
        texts = [t for e in entries for t in (*e.questions, e.answer, e.detail or "")]
        # names and numbers are precise constraints - unless nearly every entry
        # has them ("China", "Korean", "1950" here), which makes them background
        self._names = {t for t in name_terms(texts) if df[t] <= NAME_MAX_SHARE * n}
        self._weights = {t: _weight(t, idf, t in self._names) for t, idf in self._idf.items()}
        for t in {stem(w) for w in GENERIC}:
            self._weights[t] = IDF_FLOOR
        self._filler = {stem(w) for w in FILLER}
        self._corrector = Corrector(surface, extra=known_words(), weak=STOPWORDS)

    # -- retrieval ---------------------------------------------------------

    def _query_terms(self, question: str) -> dict[str, tuple[float, bool]]:
        """Query term -> (IDF weight, was it typo-corrected?)."""
        plain = set(analyze(question))
        fixed = analyze(question, correct=self._corrector)
        return {t: (self._weights.get(t, UNKNOWN_WEIGHT), t not in plain) for t in fixed
                if t in self._idf or t not in self._filler}

    def _phrase_weight(self, terms: Iterable[str]) -> float:
        return sum(self._weights.get(t, UNKNOWN_WEIGHT) for t in terms)

    def _score(self, q: dict[str, tuple[float, bool]], doc: _Doc, rank: float) -> _Scored:
        total = sum(w for w, _ in q.values())
        covered = 0.0
        for t, (w, fixed) in q.items():
            credit = max((c for f, c in FIELD_CREDIT.items() if t in doc.fields[f]),
                         default=0.0)
            covered += w * credit * (CORRECTED_WEIGHT if fixed else 1.0)
        phrase = 0.0
        for p in doc.phrasings:
            shared = sum(w for t, (w, _) in q.items() if t in p)
            if shared:
                phrase = max(phrase, shared / math.sqrt(total * self._phrase_weight(p)))
        coverage, phrase = covered / total, min(phrase, 1.0)
        score = W_COVERAGE * coverage + W_PHRASE * phrase + W_RANK * rank
        return _Scored(doc, score, coverage, phrase, rank, _confidence(coverage, phrase))

    def _rank(self, question: str, limit: int) -> list[_Scored]:
        q = self._query_terms(question or "")
        known = [t for t in q if t in self._idf]
        if not known:
            return []
        with self.engine.connect() as conn:
            cands = store.fts_candidates(conn, known, max(limit, CANDIDATES))
        if not cands:
            return []
        top_rank = max(r for _, r in cands) or 1.0
        scored = [self._score(q, self._docs[eid], max(r, 0.0) / top_rank)
                  for eid, r in cands if eid in self._docs]
        scored.sort(key=lambda s: -s.score)     # stable: ties keep backend order
        return scored[:limit]

    def _best_phrasing(self, question: str, doc: _Doc) -> str:
        q = set(analyze(question, correct=self._corrector))
        best = max(range(len(doc.phrasings)),
                   key=lambda i: (len(q & doc.phrasings[i]), -i), default=0)
        return doc.entry.questions[best] if doc.entry.questions else ""

    # -- public API --------------------------------------------------------

    def ask(self, question: str) -> Answer:
        """Best answer, or a decline (answered=False) with suggestions."""
        ranked = self._rank(question or "", CANDIDATES)
        best = ranked[0] if ranked else None
        near = [r.doc for r in ranked if r.confidence >= NEAR_FLOOR]
        if best is None or best.confidence < THRESHOLD:
            return Answer(answered=False, answer=NO_ANSWER,
                          score=best.confidence if best else 0.0,
                          suggestions=self.suggestions(3, near=near))
        e = best.doc.entry
        src = self._sources.get(e.source)
        return Answer(
            answered=not e.gap, answer=e.answer, entry_id=e.id, detail=e.detail,
            evidence=e.evidence, score=best.confidence, topic=e.topic, date=e.date,
            sources=[{"id": src.id, "title": src.title, "url": src.url,
                      "evidence": e.evidence}] if src else [],
            # a gap is a kind of "no": offer what can be answered nearby
            suggestions=self.suggestions(3, exclude=[e.id], near=near[1:]) if e.gap else [])

    def search(self, term: str, limit: int = 5) -> list[Hit]:
        """Entries matching ``term`` (any words), best first, no threshold.
        ``score`` is the confidence ``ask`` would have for that entry."""
        hits = []
        for r in self._rank(term or "", max(int(limit), 0)):
            e = r.doc.entry
            hits.append(Hit(entry_id=e.id, topic=e.topic, answer=e.answer,
                            score=r.confidence, question=self._best_phrasing(term, r.doc),
                            gap=e.gap, evidence=e.evidence, date=e.date))
        return hits

    def topics(self) -> list[loader.Topic]:
        return list(self._topics)

    def topic_counts(self) -> dict[str, int]:
        return dict(Counter(d.entry.topic for d in self._docs.values()))

    def get(self, entry_id: str) -> Optional[loader.Entry]:
        doc = self._docs.get(entry_id)
        return doc.entry if doc else None

    def source(self, source_id: str) -> Optional[loader.Source]:
        return self._sources.get(source_id)

    def entries(self) -> list[loader.Entry]:
        return [d.entry for d in self._docs.values()]

    def related_documents(self) -> list[loader.Entry]:
        """Dated entries of topic related_documents, oldest first."""
        docs = [d.entry for d in self._docs.values()
                if d.entry.topic == "related_documents" and d.entry.date]
        return sorted(docs, key=lambda e: (e.date, e.id))

    def suggestions(self, n: int = 3, exclude: Iterable[str] = (),
                    near: Optional[list[_Doc]] = None) -> list[str]:
        """``n`` questions the KB can answer, one per topic where possible.

        ``exclude`` holds entry ids not to suggest.  ``near`` (ranked
        candidates of a declined question) puts related entries first.
        """
        skip = set(exclude)
        pool = [d.entry for d in (near or [])] + [d.entry for d in self._docs.values()]
        order = {t.id: i for i, t in enumerate(self._topics)}
        picked: list[loader.Entry] = []
        for diverse in (True, False):           # one per topic first, then fill
            for e in pool:
                if len(picked) >= n:
                    break
                if e.gap or e.id in skip or not e.questions:
                    continue
                if diverse and any(p.topic == e.topic for p in picked):
                    continue
                skip.add(e.id)
                picked.append(e)
        if not near:
            picked.sort(key=lambda e: order.get(e.topic, 0))
        return [e.questions[0] for e in picked]
