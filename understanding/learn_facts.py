"""Builds understanding/learned_facts.json from the development sets' stated facts (build time:
needs scikit-learn, which Rasa's environment has). `python -m understanding.learn_facts` writes
it; `--check` says whether the committed file is what the sets give now."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

from .learned_facts import CHARS, MODEL, NOT_GIVEN, prepared

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "tests" / "understanding"
# The facts learned, group first (prisoners' facts are guessed only for a prisoner of war);
# nationality is left to the rules, which name it outright.
LEARNED = ("group", "requests_return", "pending_case", "hardship", "disturbs_order", "wants_free_travel",
           "pow_language_barrier", "pow_early_revolutionary_work", "pow_family_difficulties")
MAX_FEATURES, MAX_CHAR_FEATURES, MIN_DF, C = 6000, 8000, 3, 4.0
DIGITS = 4                                  # weights rounded: half the size, the same readings


def training_set() -> list[dict[str, Any]]:
    """Every development set's descriptions (the held-out sets are never learned from)."""
    rows = []
    for path in sorted(SETS.glob("case_descriptions*.yml")):
        if "holdout" not in path.name:
            rows += yaml.safe_load(path.read_text(encoding="utf-8"))
    return rows


def vectorize(texts: list[str]) -> tuple[Any, Any, Any]:
    """The word and letter tf-idf vectorizers fitted on prepared `texts`, and the texts' matrix."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer  # type: ignore[import-untyped]

    words = TfidfVectorizer(ngram_range=(1, 2), min_df=MIN_DF, sublinear_tf=True, max_features=MAX_FEATURES)
    letters = TfidfVectorizer(analyzer="char_wb", ngram_range=CHARS, min_df=MIN_DF, sublinear_tf=True,
                              max_features=MAX_CHAR_FEATURES)
    return words, letters, hstack([words.fit_transform(texts), letters.fit_transform(texts)]).tocsr()


def fit(rows: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    rows = training_set() if rows is None else rows
    words, letters, x = vectorize([prepared(r["text"]) for r in rows])
    model: dict[str, Any] = {"trained_on": len(rows), "fields": {}}
    for name, vectorizer in (("vocabulary", words), ("char_vocabulary", letters)):
        model[name] = {g: int(i) for g, i in sorted(vectorizer.vocabulary_.items())}
        model[name.replace("vocabulary", "idf")] = [round(float(v), DIGITS) for v in vectorizer.idf_]
    for field in LEARNED:
        labels = [str(r["stated"].get(field, NOT_GIVEN)) for r in rows]
        clf = LogisticRegression(C=C, max_iter=3000).fit(x, labels)
        model["fields"][field] = {
            "classes": [str(c) for c in clf.classes_],
            "coef": [[round(float(w), DIGITS) for w in row] for row in clf.coef_],
            "intercept": [round(float(b), DIGITS) for b in clf.intercept_]}
    return model


FOLDS = 5


def cross_validate() -> str:
    """Each fifth of the development sets (whole files) guessed by a model fitted on the rest, per
    fact: the guesses with nothing known (how good the model is alone), and where today's rules
    leave the fact open (what it adds; the rules were tuned on these sets, so only the hardest
    are left): how many guesses, and how many are the stated value."""
    from . import learned_facts
    from .case_facts import read_mentions

    files = [p for p in sorted(SETS.glob("case_descriptions*.yml")) if "holdout" not in p.name]
    alone = {f: [0, 0, 0] for f in LEARNED}     # right, wrong value, not stated
    added = {f: [0, 0, 0] for f in LEARNED}
    for k in range(FOLDS):
        test = [r for i, p in enumerate(files) if i % FOLDS == k for r in yaml.safe_load(p.read_text("utf-8"))]
        train = [r for i, p in enumerate(files) if i % FOLDS != k for r in yaml.safe_load(p.read_text("utf-8"))]
        learned_facts.use(fit(train))
        for r in test:
            rules = read_mentions(r["text"]).facts
            for known, totals in (({}, alone), (rules, added)):
                if totals is added and not rules:
                    continue
                for field, (value, _) in learned_facts.guess(r["text"], known).items():
                    stated = r["stated"].get(field)
                    totals[field][0 if stated == value else 1 if stated is not None else 2] += 1
    learned_facts.use(None)
    lines = [f"{FOLDS}-fold cross-validation over {len(files)} development sets (whole files per fold);",
             "per fact: guesses, right / wrong value / not stated; alone, then where the rules leave it open"]
    for field in LEARNED:
        lines.append(f"  {field}: " + "; ".join(f"{sum(t[field])}, {t[field][0]} / {t[field][1]} / {t[field][2]}"
                                               for t in (alone, added)))
    for name, totals in (("alone", alone), ("where the rules leave it open", added)):
        right, wrong, extra = (sum(t[i] for t in totals.values()) for i in range(3))
        lines.append(f"  all, {name}: {right + wrong + extra} guesses, {right} right, {wrong} a wrong value, "
                     f"{extra} not stated ({right / max(right + wrong + extra, 1):.1%} right)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m understanding.learn_facts", description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed model is out of date")
    parser.add_argument("--cross-validate", action="store_true",
                        help="print how often held-back sets' guesses are right")
    args = parser.parse_args(argv)
    if args.cross_validate:
        print(cross_validate())
        return 0
    text = json.dumps(fit(), separators=(",", ":"), sort_keys=True) + "\n"
    if args.check:
        same = MODEL.exists() and MODEL.read_text(encoding="utf-8") == text
        print("understanding/learned_facts.json is " + ("up to date" if same else "out of date: run "
                                                         "python -m understanding.learn_facts"))
        return 0 if same else 1
    MODEL.write_text(text, encoding="utf-8")
    print(f"wrote {MODEL.relative_to(ROOT)}: {len(text) // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
