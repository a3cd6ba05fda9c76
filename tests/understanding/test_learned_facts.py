"""The learned second reader (understanding.learned_facts): it takes only what the rules left open,
only in descriptions, only prisoners' facts for a prisoner of war; its model is what the
development sets give (understanding.learn_facts), and its arithmetic is scikit-learn's."""

import json

import pytest

from understanding import learned_facts
from understanding.case_facts import read_mentions

RENT = "a korean woman sews uniforms in a factory, she is saving every coin for the boat back to incheon, " \
       "her rent eats most of her pay"


def test_a_fact_no_rule_reads_is_guessed_with_the_words_that_weighed_most():
    rules = read_mentions(RENT).facts
    assert "hardship" not in rules                      # no rule knows "rent eats her pay"
    guessed = learned_facts.guess(RENT, rules)
    assert set(guessed) == {"hardship"} and guessed["hardship"][0] is True
    assert guessed["hardship"][1] in ("rent", "pay")    # a word of the message that weighed towards it


def test_what_the_rules_read_is_never_guessed_over():
    assert "hardship" not in learned_facts.guess(RENT, {"hardship": False})


@pytest.mark.parametrize("text", ["no", "she is korean", "what does gratis mean?", "yes her rent eats her pay"])
def test_short_replies_and_questions_are_not_guessed_from(text):
    assert learned_facts.guess(text, {}) == {}


def test_prisoners_facts_are_guessed_only_for_a_prisoner_of_war():
    text = ("korean soldier taken prisoner near the river, he never managed to learn chinese so the study "
            "sessions mean nothing to him")
    assert learned_facts.guess(text, {"group": "ordinary_national"}).keys().isdisjoint(
        {"pow_language_barrier", "pow_early_revolutionary_work", "pow_family_difficulties"})
    assert learned_facts.guess(text, {"group": "prisoner_of_war"})["pow_language_barrier"][0] is True


def test_the_committed_model_is_what_the_development_sets_give_and_scores_as_scikit_learn_does():
    pytest.importorskip("sklearn")
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from understanding import learn_facts
    committed = json.loads(learned_facts.MODEL.read_text(encoding="utf-8"))
    fresh = learn_facts.fit()
    # same words and classes; weights equal to their rounding (BLAS may differ in the last bits)
    assert fresh["vocabulary"] == committed["vocabulary"], "run: python -m understanding.learn_facts"
    for field, spec in fresh["fields"].items():
        assert spec["classes"] == committed["fields"][field]["classes"]
        for new, old in zip(spec["coef"], committed["fields"][field]["coef"], strict=True):
            assert max(abs(a - b) for a, b in zip(new, old, strict=True)) < 1e-3, field
    rows = learn_facts.training_set()
    texts = [r["text"].lower() for r in rows]
    x = TfidfVectorizer(ngram_range=(1, 2), min_df=learn_facts.MIN_DF, sublinear_tf=True,
                        max_features=learn_facts.MAX_FEATURES).fit(texts)
    sample = [r["text"] for r in rows[::40]]
    for field in ("group", "hardship"):
        clf = LogisticRegression(C=learn_facts.C, max_iter=3000).fit(
            x.transform(texts), [str(r["stated"].get(field, learned_facts.NOT_GIVEN)) for r in rows])
        for text, theirs in zip(sample, clf.predict_proba(x.transform([t.lower() for t in sample])), strict=True):
            ours = learned_facts.probabilities(field, learned_facts.features(text))
            assert max(abs(ours[str(c)] - p) for c, p in zip(clf.classes_, theirs, strict=True)) < 2e-3
