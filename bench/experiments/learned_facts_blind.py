"""Would a learned second reader take facts the rules miss on writing they were never tuned on?
(The experiment behind understanding/learned_facts.py, 7 December 2026; not part of any suite.)

Trains on every development set but a fold, and reads the fold with the reader as it was before
it was tuned on that fold, from a worktree of that commit. Folds and commits used:
  git worktree add /tmp/pre_a866fdc a866fdc   # sets 28-31:  'dev(2[89]|3[01])\\.yml'
  git worktree add /tmp/pre_d3467e4 d3467e4   # sets 36-39:  'dev3[6-9]\\.yml'
  git worktree add /tmp/pre 9296fb6           # sets 40-41:  'dev4[01]\\.yml'
  .venv/bin/python -W ignore bench/experiments/learned_facts_blind.py /tmp/pre 'dev4[01]\\.yml'
Prints, per threshold, how many facts the old reader missed the model takes, and how many it gets
wrong (a wrong value, or a fact the writer did not state).
"""

import re
import sys
from pathlib import Path

import numpy as np
import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

FIELDS = ["group", "requests_return", "pending_case", "hardship", "disturbs_order", "wants_free_travel",
          "pow_language_barrier", "pow_early_revolutionary_work", "pow_family_difficulties"]
SETS = Path(__file__).resolve().parents[2] / "tests" / "understanding"


def main(old_reader: str, fold: str) -> None:
    sys.path.insert(0, old_reader)
    from understanding.case_facts import read_mentions

    train, test = [], []
    for path in sorted(SETS.glob("case_descriptions*.yml")):
        if "holdout" not in path.name:
            (test if re.search(fold, path.name) else train).extend(yaml.safe_load(path.read_text()))
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=3, sublinear_tf=True, max_features=6000)
    x_train = vectorizer.fit_transform([d["text"].lower() for d in train])
    x_test = vectorizer.transform([d["text"].lower() for d in test])
    readings = [read_mentions(d["text"]).facts for d in test]
    missed = sum(readings[i].get(k) != v for i, d in enumerate(test) for k, v in d["stated"].items())
    models = {f: LogisticRegression(C=4, max_iter=3000).fit(x_train, [str(d["stated"].get(f)) for d in train])
              for f in FIELDS}
    for threshold in (0.7, 0.8, 0.9):
        right = wrong = 0
        for field, model in models.items():
            for i, p in enumerate(model.predict_proba(x_test)):
                label = model.classes_[int(np.argmax(p))]
                if readings[i].get(field) is not None or label == "None" or p.max() < threshold:
                    continue
                if field.startswith("pow_") and readings[i].get("group") not in (None, "prisoner_of_war"):
                    continue
                ok = str(test[i]["stated"].get(field)) == label
                right, wrong = right + ok, wrong + (not ok)
        print(f"{fold} at {threshold}: {right} of the {missed} facts the old reader missed taken, {wrong} wrong")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
