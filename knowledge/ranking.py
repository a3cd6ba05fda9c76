"""The learned ranking: a conditional logit model over features.py, fitted by fit.py, loaded from
RANKING_FILE.

For each candidate entry of a question the model gives the probability that the entry answers
it, against the other candidates and against "none of them" (the fit); candidates are ranked by
it, and the best one is answered when its confidence (against "none" alone) reaches the
threshold (a lower one for a gap entry, itself a kind of "no").  The weights and thresholds are
fitted with cross-validation on the content's own phrasings and the project's development sets
(`python -m knowledge fit`, `make ranking`) and committed with the content; the knowledge base
only loads them.  Pure Python: a dot product per candidate.
"""
from __future__ import annotations

import json
import math
import operator
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import features as F
from .stem import stem
from .text import TIME_SHIFT, analyze, term

if TYPE_CHECKING:       # no import cycle at run time
    from .scoring import Query, Scored, Scorer

RANKING_FILE = Path(__file__).resolve().parent / "ranking.json"
_TIME_SHIFT = frozenset(stem(w) for w in TIME_SHIFT)
RIVAL_MARGIN = 0.05     # a rival covers the question at least this nearly as well


class RankingError(ValueError):
    """The stored model does not fit this code (its features differ): refit it."""


@dataclass
class Model:
    weights: list[float]
    threshold: float          # answer when the best candidate's probability reaches it
    gap_threshold: float      # ... or this, when the best candidate is a gap entry
    near: float               # candidates above this are offered when a question is declined
    sure: float               # from here on, answers are right almost always (see fit.py)

    def confidences(self, xs: list[list[float]]) -> list[float]:
        return confidences(self.weights, xs)

    @classmethod
    def load(cls, path: Path = RANKING_FILE) -> Model | None:
        """The committed model, or None where none was fitted (scoring.py's hand-set
        confidence is used instead)."""
        if not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        names = list(data["weights"])
        if names != list(F.NAMES):
            raise RankingError(f"{path} was fitted on other features ({', '.join(names)}): "
                               f"run `make ranking`")
        return cls([data["weights"][n] for n in F.NAMES], **data["thresholds"])


def probabilities(weights: list[float], xs: list[list[float]]) -> list[float]:
    """The chance that each candidate is the answer: exp(w.x_i) / (1 + sum_j exp(w.x_j)); the
    1 is "none of them" (a question the sources do not answer)."""
    zs = [sum(w * v for w, v in zip(weights, x, strict=True)) for x in xs]
    top = max(zs + [0.0])
    es = [math.exp(z - top) for z in zs]
    total = math.exp(-top) + sum(es)
    return [e / total for e in es]


def confidences(weights: list[float], xs: list[list[float]]) -> list[float]:
    """Each candidate against "none of them" alone: exp(w.x) / (1 + exp(w.x)).  The order is the
    model's; unlike the shared probabilities, a candidate's confidence does not fall because
    many weak candidates match a short question ("date?")."""
    out = []
    for x in xs:
        if len(x) != len(weights):
            raise ValueError(f"{len(x)} features for {len(weights)} weights")
        # the same products in the same order as a generator of w * v, without its overhead
        z = max(min(sum(map(operator.mul, weights, x)), 30.0), -30.0)
        out.append(1.0 / (1.0 + math.exp(-z)))
    return out


def _asked_terms(scorer: Scorer, q: Query, group: list[str]) -> set[str]:
    """The index terms that would name a thing asked for: each word as the query read it
    (a typo corrected, "points" read as "views"), or the word itself."""
    out: set[str] = set()
    for w in group:
        for t in {term(w), *analyze(w, correct=scorer.corrector)}:
            if t is not None:
                out |= set(q[t][1]) if t in q else {t}
    return out


def featurise(scorer: Scorer, q: Query, scored: list[Scored], question: str,
              bm25_abs: dict[str, float]) -> None:
    """Set ``features`` of every candidate in ``scored`` (see features.py)."""
    leaders = [max(scored, key=k).doc for k in
               (lambda s: s.coverage, lambda s: s.phrase, lambda s: s.rank)]
    total = sum(w for w, _ in q.values()) or 1.0
    unknown = sum(1 for _, alts in q.values() if not alts)
    unknown_mass = sum(w for w, alts in q.values() if not alts)
    focus = scorer.focus(q)
    # a bare word many entries use ("korea", "japan") is a topic, not a question
    spread = math.log1p(scorer.df.get(focus, 0)) if focus else 0.0
    defines = scorer.asks_definition(q, question) or F.asks_meaning(question)
    count, date, quote = F.asks_count(question), F.asks_date(question), F.asks_quote(question)
    asked_years = F.years(question)
    grams = F.char_grams(F.content_words(question))
    bits, size = scorer.gram_bits(grams), len(grams)
    asked = [_asked_terms(scorer, q, group) for group in F.asked_words(question)]
    pairs = F.bigrams([analyze(question, correct=scorer.corrector)])
    q_terms = set(q) | {a for _, alts in q.values() for a in alts}
    coverages = sorted(s.coverage for s in scored)
    # the one word of a one-word question, a question word too ("when?" reads as "date")
    single = focus or (next(iter(q)) if len(q) == 1 else None)
    about_single = sum(1 for s in scored if single and scorer.about(s.doc, single))
    for s in scored:
        doc, entry = s.doc, s.doc.entry
        # the candidates whose coverage is at least this one's less the margin, itself excluded
        rivals = len(coverages) - bisect_left(coverages, s.coverage - RIVAL_MARGIN) - 1
        absent = s.absent
        missed = [t for t in absent if t not in q[t][1]]
        exact = sum(w * doc.credit.get(t, 0.0) for t, (w, alts) in q.items()
                    if alts.get(t) == 1.0) / total
        glossary = entry.topic == scorer.definition_topic
        # "who is the premier" asks a definition, but not of prisoners of war
        of_it = glossary and bool(doc.about - {"gl"}) and doc.about - {"gl"} <= q_terms
        values = {
            "log_base": math.log(max(0.5 * s.coverage + 0.5 * s.phrase, 0.01)),
            "coverage": s.coverage, "exact": exact, "phrase": s.phrase,
            "bigrams": len(pairs & doc.bigrams) / len(pairs) if pairs else 0.0,
            "bm25_rel": s.rank, "bm25_abs": min(bm25_abs.get(entry.id, 0.0), 2.0),
            "chars_phrasing": F.best_cosine_bits(bits, size, doc.phrasing_bits),
            "chars_text": F.containment_bits(bits, size, doc.text_bits),
            "unknown": unknown + sum(1.0 - max(q[t][1].values()) for t in missed),
            # a slang word in a long message says less than one in a three-word question
            "unknown_share": unknown_mass / total,
            "missing_names": sum(1 for t in absent if (t in scorer.names or t.isdigit())
                                 and t not in _TIME_SHIFT),
            "missing_words": sum(1 for t in absent if scorer.weights.get(t, 0.0) > scorer.idf_floor),
            "time_shift": sum(1 for t in absent if t in _TIME_SHIFT),
            "disagree": 3 - sum(d is doc for d in leaders),
            "rivals": math.log1p(rivals),
            "off_focus": float(focus is not None and not scorer.about(doc, focus)),
            "sole_focus": 1.0 / about_single if single and scorer.about(doc, single) else 0.0,
            # ... unless the entry defines that very word ("gratis?") or is the one entry about
            # it ("sender?")
            "bare_spread": 0.0 if focus and scorer.about(doc, focus) and (glossary or about_single == 1)
            else spread,
            "asked_missing": sum(1 for terms in asked if terms and not terms & doc.terms),
            "definition_mismatch": float(glossary and not defines),
            "defines": float(of_it and defines),
            "hand": math.log(max(s.confidence, 0.01)),
            "count_mismatch": float(count and not doc.has_count),
            "date_mismatch": float(date and not doc.has_date),
            "year_conflict": float(bool(asked_years and doc.years and not asked_years & doc.years)),
            "quote_mismatch": float(quote and entry.evidence != "cable text"),
            "gap": float(entry.gap),
        }
        s.features = F.vector(values)
