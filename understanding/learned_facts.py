"""A learned second reader for the facts a description states in words no rule knows.

The rules (case_facts) read most of a description; on descriptions written blind, they missed
about one stated fact in seven before tuning. A logistic regression per fact over the description's
words and word pairs (tf-idf), learned from the development sets' stated facts, takes a fact the
rules left open when it is confident. Cross-validated on blind sets the rules had not been tuned on
(docs/understanding.md): at these thresholds it took about a third of the facts the rules missed,
one in ten of its readings wrong, so each one is read back before assessing ("guessed").
Built by `python -m understanding.learn_facts` (scikit-learn, build time only); this module is
plain Python, so it runs wherever the rest of the package does.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

MODEL = Path(__file__).with_name("learned_facts.json")
TOKEN = re.compile(r"(?u)\b\w\w+\b")      # scikit-learn's default token pattern
# How sure the model must be to take a fact; a group changes an outcome most, so it must be surer.
THRESHOLD = {"group": 0.85, "requests_return": 0.95}
DEFAULT_THRESHOLD = 0.75
MIN_WORDS = 10                              # shorter messages are replies and questions, not descriptions
NOT_GIVEN = "None"                          # the class of descriptions that do not state the fact


_MODEL_IN_USE: dict[str, Any] | None = None


def _model() -> dict[str, Any]:
    global _MODEL_IN_USE
    if _MODEL_IN_USE is None:
        _MODEL_IN_USE = json.loads(MODEL.read_text(encoding="utf-8"))
    return _MODEL_IN_USE


def use(model: dict[str, Any] | None) -> None:
    """Guess with `model` (cross-validation), or with the committed one again (None)."""
    global _MODEL_IN_USE
    _MODEL_IN_USE = model
    _names.cache_clear()


def grams(text: str) -> list[str]:
    """The words (two letters or more) and word pairs of a text, lower-cased, as the model saw them."""
    tokens = TOKEN.findall(text.lower())
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]


def features(text: str) -> dict[int, float]:
    """The text's tf-idf vector (sublinear tf, l2-normalised), as {feature index: weight}."""
    model = _model()
    vocabulary, idf = model["vocabulary"], model["idf"]
    counts = Counter(g for g in grams(text) if g in vocabulary)
    weights = {vocabulary[g]: (1 + math.log(n)) * idf[vocabulary[g]] for g, n in counts.items()}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {i: w / norm for i, w in weights.items()}


def probabilities(field: str, x: dict[int, float]) -> dict[str, float]:
    """P(class) for one fact: its classes are the values seen ("True", "korean", ...) and "None"."""
    spec = _model()["fields"][field]
    scores = [b + sum(w * row[i] for i, w in x.items()) for row, b in zip(spec["coef"], spec["intercept"], strict=True)]
    if len(scores) == 1:                    # two classes: one row, a sigmoid
        p = 1 / (1 + math.exp(-scores[0]))
        return dict(zip(spec["classes"], (1 - p, p), strict=True))
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    return {c: e / sum(exps) for c, e in zip(spec["classes"], exps, strict=True)}


def _value(label: str) -> Any:
    return {"True": True, "False": False}.get(label, label)


def guess(text: str, known: dict[str, Any]) -> dict[str, tuple[Any, str]]:
    """{field: (value, the words that weighed most)} for facts `known` leaves open, where the
    model is sure enough. Prisoners' facts only for a prisoner of war; nothing for short texts."""
    if len(TOKEN.findall(text)) < MIN_WORDS or (_MODEL_IN_USE is None and not MODEL.exists()):
        return {}
    x = features(text)
    found: dict[str, tuple[Any, str]] = {}
    for field, spec in _model()["fields"].items():
        if known.get(field) is not None:
            continue
        if field.startswith("pow_") and {**known, **{f: v for f, (v, _) in found.items()}}.get(
                "group") != "prisoner_of_war":
            continue
        p = probabilities(field, x)
        label = max(p, key=p.__getitem__)
        if label == NOT_GIVEN or p[label] < THRESHOLD.get(field, DEFAULT_THRESHOLD):
            continue
        found[field] = (_value(label), _evidence(text, spec, label, x))
    return found


def _evidence(text: str, spec: dict[str, Any], label: str, x: dict[int, float]) -> str:
    """The word or pair of the text that pushed most towards `label` (for the read-back)."""
    rows = spec["coef"]
    sign = 1 if len(rows) > 1 or label == spec["classes"][1] else -1
    row = rows[spec["classes"].index(label)] if len(rows) > 1 else rows[0]
    best = max(x, key=lambda i: sign * x[i] * row[i], default=None)
    return _names().get(best, "") if best is not None else ""


@lru_cache(maxsize=1)
def _names() -> dict[int, str]:
    return {i: g for g, i in _model()["vocabulary"].items()}
