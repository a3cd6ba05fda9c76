"""The words of development sets 40 and 41 (other people's facts beside the person's; facts that changed
over time, reported speech), taught as categories: each with a sentence written for these tests and, where
the category has one, its negated or opposite form. Sentences are not taken from the sets."""

from __future__ import annotations

import pytest

from understanding.case_facts import read_mentions


@pytest.mark.parametrize("text, facts", [
    # a case's end: settled by the court, decided, an acquittal
    ("a client sued him in 1948, but the judge threw out the case", {"pending_case": False}),
    ("she was in court over a debt, and it was finally settled in May", {"pending_case": False}),
    ("there was a trial over the fire, but he was found not guilty", {"pending_case": False}),
    # ... and a case still to end: "once the case is over", "a suit that isn't decided yet"
    ("she'll leave when the lawsuit is settled", {"pending_case": True}),
    ("he has a dispute over his shop that is not resolved yet", {"pending_case": True}),
    # no case of one's own
    ("he is a korean miner and has no legal case", {"pending_case": False}),
    ("she is not involved in any lawsuit", {"pending_case": False}),
    # rather die than go back
    ("he says he would rather starve than return to Korea", {"requests_return": False}),
    # a request withdrawn after a comma
    ("she asked to go home to Osaka, but later she withdrew it", {"requests_return": False}),
    # work that goes on here
    ("she hopes to continue her research in Mukden", {"requests_return": False}),
    ("he plans to keep farming here", {"requests_return": False}),
    # the way home by a landmark
    ("he longs to go back over the mountains to his native village", {"requests_return": True}),
    # the person's own plea, quoted
    ("every night he begs the guard: 'send me back to Pusan'", {"requests_return": True}),
    # a homeland seen again
    ("she hopes to see Kyoto again one day", {"requests_return": True}),
    # nothing but home
    ("since spring he thinks of nothing but going home", {"requests_return": True}),
    # a home here
    ("she told me 'Dairen is my home now'", {"requests_return": False}),
    ("he told me 'Japan is my home'", {"requests_return": None}),
    # money's want, and a harvest's plenty
    ("he is a korean cook with barely any savings", {"hardship": True}),
    ("they have next to no food left", {"hardship": True}),
    ("she hardly sells enough to pay the rent", {"hardship": True}),
    ("the wheat crop was excellent and he is doing fine", {"hardship": False}),
    ("with his wages they are comfortable", {"hardship": False}),
    # a family at home that cannot work the land
    ("a japanese POW whose mother at home is too frail to farm", {"pow_family_difficulties": True}),
    # classes one cannot keep up in
    ("a korean POW who struggles to keep up with the political classes", {"pow_language_barrier": True}),
    ("a japanese POW who keeps up with the lessons easily", {"pow_language_barrier": False}),
    ("a japanese POW, satos mandarin is very poor", {"pow_language_barrier": True}),
    # revolutionary work named by its kind
    ("a korean POW who did liaison work for the eighth route army in 1944", {"pow_early_revolutionary_work": True}),
    # trouble told by its punishment, and trouble over
    ("she was sacked from the mill for stealing", {"disturbs_order": True}),
    ("he was arrested with stolen bicycles", {"disturbs_order": True}),
    ("they accused him of theft, but he did nothing wrong", {"disturbs_order": False}),
    ("he has completely settled down, not a single fight", {"disturbs_order": False}),
    ("she has been no bother to anyone", {"disturbs_order": False}),
    # at school now, in a note's list
    ("Kim, korean, 15, goes to middle school in Yanji", {"group": "ordinary_national"}),
    ("a japanese girl who is 19 and studies at the medical college in Mukden", {"group": "ordinary_national"}),
    # staying home with children counted
    ("she doesn't work, only stays home with two kids", {"group": "ordinary_national"}),
])
def test_words_of_sets_40_41(text: str, facts: dict[str, object]) -> None:
    read = read_mentions(text).facts
    assert {k: read.get(k) for k in facts} == facts


@pytest.mark.parametrize("text, facts", [
    # a nationality that is not the person's: "anti japanese", a relation named with another, a coworker in brackets
    ("a korean POW who joined the anti japanese partisans", {"nationality": "korean"}),
    ("a russian nurse, her husband and her mother in law are japanese", {"nationality": "other"}),
    ("a japanese welder; his workmate Pak (korean) is poor", {"nationality": "japanese"}),
])
def test_others_nationality_in_sets_40_41(text: str, facts: dict[str, object]) -> None:
    read = read_mentions(text).facts
    assert {k: read.get(k) for k in facts} == facts
