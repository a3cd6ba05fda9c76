"""BM25 over the rows of the database index, in Python: one feature of the learned ranking.

The database (FTS5 bm25 or PostgreSQL ts_rank) finds the candidates; the ranking needs a score
that is the same on both backends and that can be computed with some phrasings left out, so the
ranking can be fitted by cross-validation (fit.py).  Rows are those of store.entry_fields: one
per phrasing, answer, keyword line and detail; an entry scores its best row times the field's
weight, as in the index.  Query terms carry a factor (1 for an exact word, less for a typo
correction or a WordNet relative).
"""
from __future__ import annotations

import math
from collections import Counter

K1, B = 1.2, 0.75


class BM25:
    def __init__(self, rows: list[tuple[str, str, list[str]]], field_weights: dict[str, float]):
        """``rows``: (entry id, field, terms)."""
        self.entry = [r[0] for r in rows]
        self.weight = [field_weights.get(r[1], 0.0) for r in rows]
        self.length = [len(r[2]) or 1 for r in rows]
        self.avg = sum(self.length) / max(len(rows), 1)
        # per term, its rows and their term weights: the length normalisation depends on the row
        # alone, so it is computed here once, not on every question
        postings: dict[str, tuple[list[int], list[float]]] = {}
        for i, (_, _, terms) in enumerate(rows):
            for t, tf in Counter(terms).items():
                norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * self.length[i] / self.avg))
                ids, norms = postings.setdefault(t, ([], []))
                ids.append(i)
                norms.append(norm)
        self.postings = {t: (tuple(ids), tuple(norms)) for t, (ids, norms) in postings.items()}
        n = len(rows)
        # FTS5's IDF (never below a tiny positive value)
        self.idf = {t: max(math.log((n - len(p[0]) + 0.5) / (len(p[0]) + 0.5)), 1e-6)
                    for t, p in self.postings.items()}
        # the last question's scores: the candidates and their ranking ask for the same terms
        self._last: tuple[tuple[tuple[str, float], ...], dict[str, float]] | None = None

    def scores(self, terms: dict[str, float]) -> dict[str, float]:
        """{entry id: score} for the entries matching any of ``terms`` ({term: factor}).
        The dict may be the one returned before: callers must not change it."""
        key = tuple(terms.items())
        last = self._last
        if last is not None and last[0] == key:
            return last[1]
        # a row's sum starts at 0.0 and adds each term's share in the order of ``terms``, as
        # rows.get(i, 0.0) + factor * idf * norm did: the same floats, bit for bit
        acc = [0.0] * len(self.entry)
        touched: set[int] = set()
        for t, factor in terms.items():
            idf = self.idf.get(t)
            if idf is None:
                continue
            ids, norms = self.postings[t]
            share = factor * idf
            for i, norm in zip(ids, norms, strict=True):
                acc[i] += share * norm
            touched.update(ids)
        out: dict[str, float] = {}
        entry, weight = self.entry, self.weight
        for i in touched:
            s = acc[i] * weight[i]
            if s > out.get(entry[i], 0.0):
                out[entry[i]] = s
        self._last = (key, out)
        return out

    def ceiling(self, terms: dict[str, float]) -> float:
        """What a row matching every term once, of average length, would score: bm25_abs's scale."""
        return sum(f * self.idf.get(t, 0.0) for t, f in terms.items()) or 1.0
