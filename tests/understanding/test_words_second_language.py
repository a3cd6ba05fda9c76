"""The everyday words of development set 25 (students writing in a second language or in slang), taught
as categories: each with a sentence written for these tests and its negated form. Sentences are not
taken from the set."""

from __future__ import annotations

import pytest

from understanding.case_facts import read_mentions


@pytest.mark.parametrize("text, facts", [
    # others asked to carry the person home ("ship him home", "send her back")
    ("she pesters the officials to send her home", {"requests_return": True}),
    ("she never asked anyone to send her home", {"requests_return": False}),
    # a wish with its urgency after it ("as soon as possible", "right away")
    ("he wants to return right away", {"requests_return": True}),
    ("she wants out of here as soon as she can", {"requests_return": True}),
    ("he does not want to leave immediately", {"requests_return": False}),
    # the request named by "it" after a clause about going home
    ("Please check whether he can go back, he is begging for it.", {"requests_return": True}),
    ("Please check whether he can go back, he is not begging for it.", {"requests_return": False}),
    ("please tell me if she may go home. she hasn't asked for it", {"requests_return": False}),
    # "cause" for "because" before a reason
    ("she wants to go back cause her mother is old", {"requests_return": True}),
    ("she doesn't want to return cause her son lives here", {"requests_return": False}),
    # pay judged ("pay is decent", "salary is fine")
    ("his wages are quite fair", {"hardship": False}),
    ("her salary is more than adequate", {"hardship": False}),
    # debts, a wage too small to live on, money run out, work that pays nothing, meals gone without
    ("she has heavy debts", {"hardship": True}),
    ("she has no heavy debts", {"hardship": False}),
    ("he can't live off his wages", {"hardship": True}),
    ("he can live off his wages", {"hardship": False}),
    ("the family is out of rice", {"hardship": True}),
    ("she is not out of money", {"hardship": False}),
    ("the stall earns next to nothing", {"hardship": True}),
    ("he goes for days without food", {"hardship": True}),
    # a case still running, a court awaited; a bare "no trial" in a list
    ("his lawsuit is dragging on", {"pending_case": True}),
    ("the lawsuit is not dragging on, it ended", {"pending_case": False}),
    ("he is awaiting his sentencing", {"pending_case": True}),
    ("he isn't waiting for a hearing", {"pending_case": False}),
    ("no fights, no charges, no debts", {"pending_case": False, "disturbs_order": False}),
    # theft in slang; crime denied outright; a bare "no trouble" in a list
    ("he pinched a wallet at the station", {"disturbs_order": True}),
    ("he never pinched a wallet in his life", {"disturbs_order": False}),
    ("she did something illegal at the border", {"disturbs_order": True}),
    ("she has done nothing criminal", {"disturbs_order": False}),
    ("he never did anything illegal", {"disturbs_order": False}),
    ("korean baker. no debts, no trouble, no lawsuits.", {"nationality": "korean", "group": "ordinary_national",
                                                          "disturbs_order": False, "pending_case": False}),
    # home falling apart without the prisoner, news of illness, the old left alone
    ("his wife can't manage the farm on her own", {"pow_family_difficulties": True}),
    ("his sister writes that she is gravely ill", {"pow_family_difficulties": True}),
    ("the farm is falling apart without him", {"pow_family_difficulties": True}),
    ("his grandparents in osaka are frail and alone", {"pow_family_difficulties": True}),
    # the lessons' words barely caught
    ("he hardly catches a word in the lessons", {"pow_language_barrier": True}),
    ("he doesn't catch one word of what the instructor says", {"pow_language_barrier": True}),
    # the stage and small plots of land are ordinary occupations
    ("she is a storyteller in harbin", {"group": "ordinary_national"}),
    ("he is not a magician, he is an engineer", {"group": "technical_personnel"}),
    ("he tills a small patch of land", {"group": "ordinary_national"}),
    ("she performs at the night market", {"group": "ordinary_national"}),
    # a nationality the writer cannot decide on is unclear; a decided one is not
    ("we cannot decide whether he is korean or japanese", {"nationality": "unsure"}),
    ("i can decide easily: he is korean", {"nationality": "korean"}),
    # a nationality after "my character is" is no name to be replaced later by "he"
    ("My character is Japanese or Korean lol. Japanese dad, Korean mum. She sews for a living.",
     {"nationality": "unsure", "group": "ordinary_national"}),
    ("his wife is korean or japanese, he is korean", {"nationality": "korean"}),  # hers is not his
    ("My character is Korean. Korean people in her town like her. She wants to go home.",
     {"nationality": "korean", "requests_return": True}),
])
def test_second_language_words_state_facts(text, facts):
    assert read_mentions(text).facts == facts


@pytest.mark.parametrize("text, absent", [
    ("korean guy, gets drunk and fights, he is asking for it", "requests_return"),  # no going home before "it"
    ("the case isn't going anywhere", "pending_case"),
    ("korean pow, worked for the cause of the revolution", "requests_return"),
])
def test_look_alikes_state_nothing(text, absent):
    assert absent not in read_mentions(text).facts
