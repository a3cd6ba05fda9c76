"""Fit the learned ranking (ranking.py) with cross-validation: `python -m knowledge fit`.

Training questions, each with the entry that answers it (or none):

* the content's own phrasings, in K folds: for fold k every entry loses its fold-k phrasings
  (at most one each), the statistics are rebuilt without them, and those phrasings are asked
  against what is left - so a phrasing never finds itself;
* the project's development sets (tests/knowledge/dev_questions.yml, student_dev_questions.yml
  and near_miss_questions.yml), answerable and unanswerable; a multi-part question gives one
  question per part.  Never the held-out sets, never the shared validation sets.

Each question's candidates (the entries BM25 finds, as the database would) give one row of
features per candidate, labelled 1 for the expected entry.  A conditional logit model (each
candidate, or none of them) with an L2 penalty is fitted by Newton's method; K-fold
cross-validation (the same folds: a development question's fold comes from a hash of its text)
gives out-of-fold probabilities, on which the thresholds are
chosen: ``threshold`` maximises right replies (answers, and declines of unanswerable questions)
less WRONG_ANSWER_COST per wrong answer and FALSE_ANSWER_COST per unanswerable question answered
(the middle of the band where it is nearly flat), on the development sets dev_questions.yml and
student_dev_questions.yml; ``sure`` is where those answers are right at least SURE_PRECISION of
the time.  The final weights are fitted on every row.
The report (cross-validated figures) is stored with the weights in ranking.json.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple, TypeAlias, TypedDict

import yaml

from understanding.lexical import WordNet, WordNetMissing, related_words
from understanding.split import split_questions
from understanding.text import normalize

from . import features as F
from . import loader, parts, related, scope, store
from .ranking import RANKING_FILE, confidences, probabilities
from .scoring import Scorer
from .search import GAP_THRESHOLD as HAND_GAP_THRESHOLD
from .search import THRESHOLD as HAND_THRESHOLD

ROOT = Path(__file__).resolve().parent.parent
DEV_SETS = tuple(ROOT / "tests" / "knowledge" / name for name in
                 ("dev_questions.yml", "student_dev_questions.yml", "near_miss_questions.yml",
                  "student_dev3_questions.yml"))
# The thresholds are set on these two (the near-miss set only teaches the weights).
CALIBRATION_SETS = ("dev_questions.yml", "student_dev_questions.yml")
FOLDS = 5
CANDIDATES = 25           # as search.CANDIDATES
L2 = 1.0
# A wrong answer costs the right one and half as much again (a decline at least offers the
# closest entries); an unanswerable question answered costs three: it invents an answer.
WRONG_ANSWER_COST = 0.5
FALSE_ANSWER_COST = 3.0
SMOOTHING = 0.06          # thresholds are chosen on utility averaged over +-0.06
PLATEAU = 1.0             # ... in the middle of the band of thresholds this close to the best
SURE_PRECISION = 0.98
NEWTON_STEPS = 60
MAX_STEP = 1.0            # Newton's steps are damped: no weight moves more than this at once
# The phrasings are the content's own register; the development sets are the students'.
PHRASING_WEIGHT = 0.5
# What the fit depends on: a change to any of them needs a refit (tests check the hash).
_CODE = ("features.py", "ranking.py", "fit.py", "scoring.py", "bm25.py", "text.py", "stem.py",
         "spelling.py", "search.py", "related_words.json")


class Candidate(NamedTuple):
    """One candidate entry of a question: one row of the fit."""
    entry_id: str
    gap: bool
    features: list[float]


class Best(NamedTuple):
    """A question's most likely entry and how sure of it a ranking is."""
    entry_id: str
    gap: bool
    confidence: float


@dataclass
class Example:
    text: str
    expected: frozenset[str]  # entry ids that answer it (empty: unanswerable)
    fold: int
    source: str               # "phrasings", or a development set's file name
    extra: tuple[str, ...] = ()   # terms a later part borrows from the first (parts.borrowed)
    rows: list[Candidate] = field(default_factory=list)
    hand: Best | None = None  # the hand-set confidence's best


# An example and its best candidate by a model (None: no candidate).
Prediction: TypeAlias = tuple[Example, Best | None]


class Thresholds(TypedDict):
    threshold: float
    gap_threshold: float
    near: float
    sure: float


class Fitted(TypedDict):
    """What ranking.json holds."""
    note: str
    inputs: str
    weights: dict[str, float]
    thresholds: Thresholds
    cross_validation: dict[str, object]


def inputs_hash(content_dir: Path | None = None, dev_sets: Iterable[Path] = DEV_SETS) -> str:
    here = Path(__file__).resolve().parent
    extra = [(here / name).read_bytes() for name in _CODE]
    extra += [Path(p).read_bytes() for p in dev_sets]
    return loader.content_hash(content_dir, extra)[:16]


def _fold_of(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest(), 16) % FOLDS


def _wordnet() -> WordNet | None:
    try:
        return WordNet()
    except WordNetMissing:
        return None


def _scorer(entries: list[loader.Entry], wordnet: WordNet | None = None) -> Scorer:
    """The statistics of ``entries``.  With WordNet, the table of related words is rebuilt for
    their vocabulary, so a word only a held-out phrasing used is related to the rest as it
    would be at run time; without it, the committed table stands in."""
    if wordnet is None:
        terms = related.load_terms()
    else:
        terms = related.as_terms(related_words(related.vocabulary_of(entries), wordnet,
                                               exclude=related.excluded))
    # the committed spelling tables (built from every entry: a fold's typos stay known)
    return Scorer(entries, {e.id: store.entry_fields(e) for e in entries}, terms,
                  None, store.FIELD_WEIGHTS, *related.load_spelling())


def _featurise(scorer: Scorer, ex: Example) -> Example:
    text = normalize(ex.text)
    q = scorer.query(text, ex.extra)
    rows: list[Candidate] = []
    if q and not scope.out_of_scope(text):
        found = scorer.candidates(q, CANDIDATES)
        if found:
            rows = [Candidate(s.doc.entry.id, s.doc.entry.gap, s.features)
                    for s in scorer.rank_learned(q, [eid for eid, _ in found], text)]
            top = scorer.rank(q, found, 1, text)[0]
            ex.hand = Best(top.doc.entry.id, top.doc.entry.gap, top.confidence)
    ex.rows = rows
    return ex


def phrasing_examples(content: loader.Content, wordnet: WordNet | None = None) -> list[Example]:
    out: list[Example] = []
    for k in range(FOLDS):
        held: list[tuple[str, str]] = []
        kept: list[loader.Entry] = []
        for i, e in enumerate(content.entries):
            out_q = [q for j, q in enumerate(e.questions) if (i + j) % FOLDS == k]
            held += [(q, e.id) for q in out_q]
            kept.append(replace(e, questions=tuple(q for q in e.questions if q not in out_q)))
        scorer = _scorer(kept, wordnet)
        # a word only the held-out phrasing uses is unknown here but known at run time: such a
        # phrasing would teach that unknown words are harmless, which the students' sets deny
        out += [_featurise(scorer, Example(q, frozenset({eid}), k, "phrasings")) for q, eid in held
                if all(alts for _, alts in scorer.query(normalize(q)).values())]
    return out


def dev_examples(content: loader.Content, paths: Iterable[Path] = DEV_SETS) -> list[Example]:
    scorer = _scorer(content.entries)
    out: list[Example] = []
    for path in paths:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        # expected: an entry id, "id|id" (either answers), a list (one per part), or None
        items: list[tuple[str, Any]] = [(i["q"], i["expected"]) for i in data.get("answerable") or []]
        items += [(i["q"], None) for i in data.get("unanswerable") or []]
        for text, expected in items:
            if isinstance(expected, list):
                pieces = split_questions(normalize(text))
                if len(pieces) != len(expected):
                    continue
                triples = list(zip(pieces, expected, parts.borrowed(scorer, pieces), strict=True))
            else:
                triples = [(text, expected, [])]
            for piece, exp, extra in triples:
                ids = frozenset(str(exp).split("|")) if exp else frozenset()
                out.append(_featurise(scorer, Example(piece, ids, _fold_of(text), Path(path).name,
                                                      tuple(extra))))
    return out


# -- the model ---------------------------------------------------------------

def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the matrix is small and positive definite)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            if f:
                for j in range(c, n + 1):
                    m[r][j] -= f * m[c][j]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][j] * x[j] for j in range(r + 1, n))) / m[r][r]
    return x


def fit_weights(examples: list[Example], l2: float = L2) -> list[float]:
    """The conditional logit with a "none of them" choice, L2-penalised (not the bias), by
    damped Newton steps: P(candidate i) = exp(w.x_i) / (1 + sum_j exp(w.x_j)).  A question's
    expected entry is its choice; an unanswerable question (or one whose entry was not among
    the candidates) chooses none."""
    n = len(F.NAMES)
    w = [0.0] * n
    for _ in range(NEWTON_STEPS):
        grad = [0.0] * n
        hess = [[0.0] * n for _ in range(n)]
        for ex in examples:
            weight = PHRASING_WEIGHT if ex.source == "phrasings" else 1.0
            xs = [x for _, _, x in ex.rows]
            ps = probabilities(w, xs)
            ys = [float(eid in ex.expected) for eid, _, _ in ex.rows]
            if sum(ys) > 1:
                ys = [y / sum(ys) for y in ys]
            mean = [sum(p * x[i] for p, x in zip(ps, xs, strict=True)) for i in range(n)]
            for i in range(n):
                grad[i] += weight * (mean[i] - sum(y * x[i] for y, x in zip(ys, xs, strict=True)))
            for p, x in zip(ps, xs, strict=True):
                if p < 1e-12:
                    continue
                for i in range(n):
                    if x[i]:
                        px, row = weight * p * x[i], hess[i]
                        for j in range(i + 1):
                            row[j] += px * x[j]
            for i in range(n):
                mi, row = weight * mean[i], hess[i]
                for j in range(i + 1):
                    row[j] -= mi * mean[j]
        for i in range(n):
            for j in range(i):
                hess[j][i] = hess[i][j]
            if i:       # the bias (feature 0) is not penalised
                grad[i] += l2 * w[i]
                hess[i][i] += l2
            hess[i][i] += 1e-9
        step = _solve(hess, grad)
        largest = max(abs(s) for s in step)
        damp = min(1.0, MAX_STEP / largest) if largest else 1.0
        w = [wi - damp * si for wi, si in zip(w, step, strict=True)]
        if largest < 1e-6:
            break
    return w


def _best(ex: Example, w: list[float]) -> Best | None:
    """The best candidate with its probability, or None."""
    if not ex.rows:
        return None
    cs = confidences(w, [x for _, _, x in ex.rows])
    i = max(range(len(cs)), key=lambda k: cs[k])
    return Best(ex.rows[i].entry_id, ex.rows[i].gap, cs[i])


def outcome(ex: Example, best: Best | None, threshold: float, gap_threshold: float) -> str:
    """right / wrong / declined (an answerable question) / false (an unanswerable one answered),
    as `ask` would give it: a gap entry found is a decline that names the gap."""
    if best is None or best.confidence < (gap_threshold if best.gap else threshold):
        return "declined" if ex.expected else "right"
    eid, gap, _ = best
    if eid in ex.expected:
        return "right"
    if not ex.expected:
        return "right" if gap else "false"
    return "wrong"


def _score(preds: Iterable[Prediction], threshold: float, gap_threshold: float) -> dict[str, int]:
    c = {"right": 0, "wrong": 0, "declined": 0, "false": 0}
    for ex, best in preds:
        c[outcome(ex, best, threshold, gap_threshold)] += 1
    return c


def figures(preds: list[Prediction], threshold: float, gap_threshold: float) -> dict[str, int]:
    """The report's figures for one set of (example, best candidate)."""
    answerable = [(ex, b) for ex, b in preds if ex.expected]
    unanswerable = [(ex, b) for ex, b in preds if not ex.expected]
    a, u = _score(answerable, threshold, gap_threshold), _score(unanswerable, threshold,
                                                                 gap_threshold)
    return {"answerable": len(answerable),
            "top1": sum(1 for ex, b in answerable if b and b.entry_id in ex.expected),
            "answered_right": a["right"], "wrong_answer": a["wrong"],
            "wrongly_declined": a["declined"], "unanswerable": len(unanswerable),
            "unanswerable_answered": u["false"]}


def utility(c: dict[str, int]) -> float:
    return c["right"] - WRONG_ANSWER_COST * c["wrong"] - FALSE_ANSWER_COST * c["false"]


def choose_thresholds(preds: list[Prediction]) -> tuple[float, float]:
    """The thresholds of best utility, each averaged over its neighbours (SMOOTHING either
    side): a few questions either way should not move them far."""
    grid = [round(0.02 * i, 2) for i in range(1, 50)]
    table = {(t, g): utility(_score(preds, t, g)) for t in grid for g in grid if g <= t}

    def smoothed(t: float, g: float) -> float:
        near = [table[(t2, g2)] for t2 in grid for g2 in grid
                if abs(t2 - t) <= SMOOTHING + 1e-9 and abs(g2 - g) <= SMOOTHING + 1e-9
                and (t2, g2) in table]
        return sum(near) / len(near)

    best = max(table, key=lambda tg: (smoothed(*tg), tg[0]))
    # Utility is often flat over a wide band (a question or two either way): take the middle of
    # the band within PLATEAU of the best, so a small change of the data does not move the
    # threshold from one end of it to the other.
    band = [t for t in grid if (t, best[1]) in table
            and smoothed(t, best[1]) >= smoothed(*best) - PLATEAU]
    return band[len(band) // 2], best[1]


def sure_threshold(preds: list[Prediction]) -> float:
    """The lowest probability from which answers to answerable questions are right at least
    SURE_PRECISION of the time (and no unanswerable question is answered)."""
    answered = sorted(((b.confidence, ex.expected and b.entry_id in ex.expected) for ex, b in preds
                       if b is not None and not b.gap), key=lambda r: -r[0])
    sure, right = 1.0, 0
    for i, (p, ok) in enumerate(answered, 1):
        right += bool(ok)
        if right / i >= SURE_PRECISION:
            sure = p
    return round(sure, 2)


def run(content_dir: Path | None = None, dev_sets: Iterable[Path] = DEV_SETS,
        out: Path = RANKING_FILE, log: Callable[[str], object] = print) -> Fitted:
    content = loader.load_content(content_dir)
    wordnet = _wordnet()
    examples = phrasing_examples(content, wordnet) + dev_examples(content, dev_sets)
    examples = [ex for ex in examples if ex.rows or not ex.expected]
    log(f"{len(examples)} questions, {sum(len(e.rows) for e in examples)} candidate rows")
    oof: list[Prediction] = []
    for k in range(FOLDS):
        w = fit_weights([ex for ex in examples if ex.fold != k])
        oof += [(ex, _best(ex, w)) for ex in examples if ex.fold == k]
    dev = [(ex, b) for ex, b in oof if ex.source in CALIBRATION_SETS]
    threshold, gap_threshold = choose_thresholds(dev)
    sure = max(sure_threshold(dev), threshold)
    report: dict[str, object] = {"folds": FOLDS, "threshold_chosen_on": "out-of-fold predictions of "
              + ", ".join(CALIBRATION_SETS),
              "wordnet_per_fold": wordnet is not None}
    for source in sorted({ex.source for ex in examples}):
        report[source] = figures([(ex, b) for ex, b in oof if ex.source == source],
                                 threshold, gap_threshold)
    hand: list[Prediction] = [(ex, ex.hand) for ex in examples]
    for source in sorted({ex.source for ex in examples}):
        report[f"{source}, hand-set confidence"] = figures(
            [(ex, b) for ex, b in hand if ex.source == source], HAND_THRESHOLD, HAND_GAP_THRESHOLD)
    weights = fit_weights(examples)
    data: Fitted = {"note": "Fitted by `python -m knowledge fit` (make ranking): do not edit by hand.",
            "inputs": inputs_hash(content_dir, dev_sets),
            "weights": {n: round(v, 4) for n, v in zip(F.NAMES, weights, strict=True)},
            "thresholds": {"threshold": threshold, "gap_threshold": gap_threshold,
                           "near": round(threshold / 2, 3), "sure": sure},
            "cross_validation": report}
    out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return data
