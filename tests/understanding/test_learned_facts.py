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
    from scipy.sparse import hstack
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
    words, letters, x = learn_facts.vectorize([learned_facts.prepared(r["text"]) for r in rows])
    sample = [learned_facts.prepared(r["text"]) for r in rows[::40]]
    x_sample = hstack([words.transform(sample), letters.transform(sample)]).tocsr()
    for field in ("group", "hardship"):
        clf = LogisticRegression(C=learn_facts.C, max_iter=3000).fit(
            x, [str(r["stated"].get(field, learned_facts.NOT_GIVEN)) for r in rows])
        for text, theirs in zip(rows[::40], clf.predict_proba(x_sample), strict=True):
            ours = learned_facts.probabilities(field, learned_facts.features(text["text"]))
            assert max(abs(ours[str(c)] - p) for c, p in zip(clf.classes_, theirs, strict=True)) < 2e-3


@pytest.mark.parametrize("text", ["a", "ok so", "he is an enginere, wants to go home!", "cant   pay  rent"])
def test_letter_sequences_are_scikit_learns(text):
    pytest.importorskip("sklearn")
    from sklearn.feature_extraction.text import TfidfVectorizer

    theirs = TfidfVectorizer(analyzer="char_wb", ngram_range=learned_facts.CHARS).build_analyzer()(text)
    assert [g for word in text.split() for g in learned_facts.char_grams(word)] == theirs


@pytest.mark.parametrize("typo", ["enginere", "enginneer"])
def test_a_misspelt_word_weighs_like_the_word(typo):
    """Letter sequences carry a spelling the model never saw to the word it knows (words alone
    gave these the weight of a nonsense word)."""
    def technical(word):
        text = f"my person is korean, she is a {word} in the city and she wants to go home to her family"
        return learned_facts.probabilities("group", learned_facts.features(text))["technical_personnel"]
    assert technical(typo) > 0.75 > 0.25 > technical("xqzvbwk")
