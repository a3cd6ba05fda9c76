"""Scoring pieces: names, weights, confidence penalties (pure functions)."""
from __future__ import annotations

import math
from pathlib import Path

import yaml

from knowledge import bm25, features, ranking, scoring, store
from knowledge.scoring import Scored, confidence, name_terms, weight


def test_name_terms_finds_capitalised_words_not_sentence_starts():
    texts = ["The cable went to Shanghai in April.", "Shanghai replied to Shanghai. Views.",
             "He met Stalin; later Stalin wrote.", "Views and views of the office"]
    names = name_terms(texts)
    assert {"shanghai", "stalin"} <= names
    assert "view" not in names          # capitalised only at sentence starts
    assert "the" not in names


def test_lower_case_phrasings_do_not_hide_a_name():
    """Phrasings are typed as students type ("kovalev telegram"): only the prose's lower case
    says a word is no name; a name of an office does not make its common word one."""
    prose = ["Then Kovalev reported to Stalin.", "The telegram from Kovalev arrived.",
             "The War Criminals Management Centre held them.", "Who was Criminals' keeper? Criminals.",
             "a criminal case", "a criminal offence"]
    names = name_terms(prose, ["kovalev telegram", "what did kovalev say", "who was kovalev"])
    assert "kovalev" in names
    assert "crimin" not in names


def test_weight_clips_idf_and_lifts_names_and_numbers():
    assert weight("cabl", 0.2) == scoring.IDF_FLOOR
    assert weight("rare", 9.0) == scoring.IDF_CAP
    assert weight("shanghai", 0.5, name=True) == scoring.NAME_WEIGHT
    assert weight("1950", 0.5) == scoring.NAME_WEIGHT


def test_confidence_penalties_only_lower_it():
    s = Scored(doc=None, score=0.0, coverage=1.0, phrase=1.0, rank=1.0)
    full = confidence(s, 0, 0, 3, 0)
    assert full == 1.0
    for args in [(1, 0, 3, 0), (0, 1, 3, 0), (0, 0, 2, 0), (0, 0, 3, 1)]:
        assert confidence(s, *args) < full
    assert confidence(s, 2, 0, 3, 0) < confidence(s, 1, 0, 3, 0)
    weak = Scored(doc=None, score=0.0, coverage=0.2, phrase=0.1, rank=1.0)
    assert 0.0 <= confidence(weak, 5, 5, 0, 5) <= confidence(weak, 0, 0, 3, 0) <= 1.0


# --- The ranking's shortcuts give the straightforward formulas' numbers, bit for bit ---------------

DEV_SET = Path(__file__).resolve().parent / "dev_questions.yml"


def _dev_questions() -> list[str]:
    data = yaml.safe_load(DEV_SET.read_text(encoding="utf-8"))
    return [item["q"] for group in ("answerable", "unanswerable") for item in data[group]]


def _reference_score(q, doc, rank):
    total = sum(w for w, _ in q.values())
    covered = sum(w * max((doc.credit.get(a, 0.0) * f for a, f in alts.items()), default=0.0)
                  for w, alts in q.values())
    phrase = 0.0
    for p, pw in zip(doc.phrasings, doc.phrasing_weights, strict=True):
        shared = sum(w * max((f for a, f in alts.items() if a in p), default=0.0) for w, alts in q.values())
        if shared:
            phrase = max(phrase, shared / math.sqrt(total * pw))
    return covered / total, min(phrase, 1.0)


def _reference_bm25(bm, terms):
    rows = {}
    for t, factor in terms.items():
        if t not in bm.idf:
            continue
        for i, (_, _, body) in enumerate(bm.rows):
            tf = body.count(t)
            if tf:
                norm = tf * (bm25.K1 + 1) / (tf + bm25.K1 * (1 - bm25.B + bm25.B * bm.length[i] / bm.avg))
                rows[i] = rows.get(i, 0.0) + factor * bm.idf[t] * norm
    out = {}
    for i, s in rows.items():
        s *= bm.weight[i]
        if s > out.get(bm.entry[i], 0.0):
            out[bm.entry[i]] = s
    return out


def test_the_rankings_shortcuts_give_the_straightforward_numbers(real_kb):
    scorer = real_kb._scorer
    rows = [(e.id, f, body.split()) for e in real_kb.entries()
            for f, bodies in store.entry_fields(e).items() for body in bodies if body]
    bm = bm25.BM25(rows, store.FIELD_WEIGHTS)
    bm.rows = rows
    checked = 0
    for question in _dev_questions():
        q = scorer.query(question)
        if not q:
            continue
        terms = scorer.bm25_terms(q)
        assert bm.scores(terms) == _reference_bm25(bm, terms)
        for doc in list(scorer.docs.values())[::3]:
            s = scorer.score(q, doc, 0.5)
            assert (s.coverage, s.phrase) == _reference_score(q, doc, 0.5)
            checked += 1
        candidates = [eid for eid, _ in scorer.candidates(q, 25)]
        if not candidates:
            continue
        ranked = scorer.rank_learned(q, candidates, question)
        coverages = [s.coverage for s in ranked]
        grams = features.char_grams(features.content_words(question))
        for s in ranked:
            rivals = sum(1 for c in coverages if c >= s.coverage - ranking.RIVAL_MARGIN) - 1
            assert s.features[features.NAMES.index("rivals")] == math.log1p(rivals)
            assert features.best_cosine(grams, s.doc.phrasing_grams) == max(
                (features.cosine(grams, g) for g in s.doc.phrasing_grams), default=0.0)
        assert [round(c, 4) for c in ranking.confidences(scorer.model.weights, [s.features for s in ranked])] == \
            [s.confidence for s in ranked]
    assert checked > 1000


def test_asking_again_gives_an_equal_answer_of_its_own(real_kb):
    first = real_kb.ask("who sent this cable?")
    first.sources.clear()
    first.suggestions.append("changed by the caller")
    again, fresh = real_kb.ask("who sent this cable?"), real_kb._ask_text("who sent this cable?")
    assert again.to_dict() == fresh.to_dict() and again is not fresh and again.sources
    assert real_kb.ask("Who sent this cable??").to_dict() == real_kb._ask_text("who sent this cable??").to_dict()
    kept = len(real_kb._answers)
    long = "who sent this cable and who received it " * 6
    assert real_kb.ask(long).to_dict() == real_kb._ask_text(long).to_dict() and len(real_kb._answers) == kept
