"""A learned second reader for the facts a description states in words no rule knows.

The rules (case_facts) read most of a description; on descriptions written blind, they missed
about one stated fact in seven before tuning. A logistic regression per fact over the description's
words and word pairs (tf-idf), learned from the development sets' stated facts, takes a fact the
rules left open when it is confident. Its features are the words and word pairs of the text with
its chat-speak written out, and each word's letter sequences (2 to 5 letters, so "enginere" and
"engineering" weigh like "engineer"). On five blind folds the rules had not been tuned on
(docs/understanding.md) it took 116 of the 214 facts the rules missed, 17 of its guesses wrong or
unstated, so each one is read back before assessing ("guessed").
Built by `python -m understanding.learn_facts` (scikit-learn, build time only); this module is
plain Python, so it runs wherever the rest of the package does.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from pathlib import Path
from typing import Any

from .lexicon import UNKNOWN
from .text import as_written, prepare, spell_out

MODEL = Path(__file__).with_name("learned_facts.json")
TOKEN = re.compile(r"(?u)\b\w\w+\b")      # scikit-learn's default token pattern
CHARS = (2, 5)                              # letter sequences within a word, as scikit-learn's char_wb
# What the writer says they do not know ("no idea if he wants to go home") is no evidence either way.
UNDECIDED = re.compile(rf"\b(?:{'|'.join(UNKNOWN)})\s+(?:if|whether)\b[^.,;!?\n]*")
# How sure the model must be to take a fact; a group changes an outcome most, so it must be surer.
# Chosen on five blind folds (docs/understanding.md): below these, guesses of unstated facts grow faster
# than right ones.
THRESHOLD = {"group": 0.85, "requests_return": 0.9, "disturbs_order": 0.75}
DEFAULT_THRESHOLD = 0.7
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


def prepared(text: str) -> str:
    """The text as the model reads it: lower-cased, chat-speak written out, undecided clauses out."""
    return UNDECIDED.sub(" ", spell_out(prepare(text)))


def grams(text: str) -> list[str]:
    """The words (two letters or more) and word pairs of a prepared text, as the model saw them."""
    tokens = TOKEN.findall(text)
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]


def char_grams(word: str) -> list[str]:
    """A word's letter sequences with a space either side, as scikit-learn's char_wb analyzer."""
    padded, found = f" {word} ", []
    for n in range(CHARS[0], CHARS[1] + 1):
        found += [padded[i:i + n] for i in range(max(len(padded) - n, 0) + 1)]
        if len(padded) <= n:                # a short word counts once
            break
    return found


def _tfidf(counts: Counter[str], vocabulary: dict[str, int], idf: list[float], offset: int) -> dict[int, float]:
    weights = {vocabulary[g]: (1 + math.log(n)) * idf[vocabulary[g]] for g, n in counts.items() if g in vocabulary}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {offset + i: w / norm for i, w in weights.items()}


def features(text: str) -> dict[int, float]:
    """The prepared text's tf-idf vectors (sublinear tf, each l2-normalised), words then letters,
    as {feature index: weight}."""
    return _features(prepared(text))


def _features(text: str) -> dict[int, float]:
    model = _model()
    found = _tfidf(Counter(grams(text)), model["vocabulary"], model["idf"], 0)
    letters = Counter(g for word in text.split() for g in char_grams(word))
    return found | _tfidf(letters, model["char_vocabulary"], model["char_idf"], len(model["vocabulary"]))


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
    read = prepared(text)
    x = _features(read)
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
        found[field] = (_value(label), _evidence(text, read, spec, label, x))
    return found


def _evidence(text: str, read: str, spec: dict[str, Any], label: str, x: dict[int, float]) -> str:
    """The word of the text that pushed most towards `label`, by its own features (itself and its
    letter sequences), as the student wrote it (for the read-back)."""
    model, rows = _model(), spec["coef"]
    sign = 1 if len(rows) > 1 or label == spec["classes"][1] else -1
    row = rows[spec["classes"].index(label)] if len(rows) > 1 else rows[0]
    words, letters, offset = model["vocabulary"], model["char_vocabulary"], len(model["vocabulary"])

    def weight(word: str) -> float:
        own = [words[t] for t in TOKEN.findall(word) if t in words]
        own += [offset + letters[g] for g in char_grams(word) if g in letters]
        return float(sum(sign * x.get(i, 0.0) * row[i] for i in own))

    best = max(dict.fromkeys(read.split()), key=weight, default="")
    word = best.strip(".,;:!?()[]\"'")
    return as_written(word, text) if word and weight(best) > 0 else ""
