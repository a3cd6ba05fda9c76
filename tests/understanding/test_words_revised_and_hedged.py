"""The words of development set 37 (students who hedge, qualify and correct themselves inside the message,
and double negatives), taught as categories: each with a sentence written for these tests and its negated
form. The value a correction ends on is the one stated. Sentences are not taken from the set."""

from __future__ import annotations

import pytest

from understanding.case_facts import read_mentions


@pytest.mark.parametrize("text, facts", [
    # a request made, then taken back or never made ("took it back", "was going to ask, but never did")
    ("Oh Min-ji applied to go back to Korea but took it back.", {"requests_return": False}),
    ("Tanaka asked to be sent home, then later took it back.", {"requests_return": False}),
    ("She was planning to ask to go home, but she never did.", {"requests_return": False}),
    ("He was about to ask for repatriation but backed out.", {"requests_return": False}),
    ("She asked to go home and never took it back.", {"requests_return": True}),
    ("She was going to ask to go home, and she did.", {"requests_return": True}),
    ("His cousin got into a brawl, but he didn't.", {"disturbs_order": False}),
    # a request dropped: "not asking anymore", "stopped asking", persuaded to stay
    ("He isn't asking anymore.", {"requests_return": False}),
    ("She has stopped asking.", {"requests_return": False}),
    ("He was talked into staying by the factory director.", {"requests_return": False}),
    ("She hasn't stopped asking to go home.", {"requests_return": True}),
    # a clause corrected by what follows: the corrected value stands
    ("He was in a brawl at the depot -- oh wait, I'm mixing him up with his brother, he never fights.",
     {"disturbs_order": False}),
    ("She had a fight with a neighbour, well, no, the neighbour hit her, she never fought back.",
     {"disturbs_order": False}),
    ("He hasn't got a lawsuit, actually no, wait, he does have a pending case.", {"pending_case": True}),
    ("I was going to say he is poor, but no, he earns a decent wage.", {"hardship": False}),
    ("I almost wrote that she has a court case, but no, there is no case.", {"pending_case": False}),
    ("I first put farmer but no, he is a surveyor.", {"group": "technical_personnel"}),
    ("I originally wrote engineer, but he is actually a street sweeper.", {"group": "ordinary_national"}),
    # a hesitation that restates: "not broke... well, kind of broke"
    ("He's not struggling... well, kind of struggling, he can't pay his rent.", {"hardship": True}),
    ("He's struggling... well, not really, he earns enough.", {"hardship": False}),
    ("She wants to leave China... well, she did, now she is happy to stay.", {"requests_return": False}),
    # the present restated in the past, and a past state that has ended
    ("He's broke. Actually, he was broke, then he found work and now he earns enough.", {"hardship": False}),
    ("She was poor, then her son sent money, and now she is comfortable.", {"hardship": False}),
    ("She was poor, then she lost her job too, and now she is still poor.", {"hardship": True}),
    ("He was rich, then the war came, and now he is broke.", {"hardship": True}),
    # double negatives: "not the kind who can't ...", "the last person to ..."
    ("He is not the type who can't pay his bills.", {"hardship": False}),
    ("She's not someone who can't pay her rent.", {"hardship": False}),
    ("She is not the sort of woman who gets into fights.", {"disturbs_order": False}),
    ("He is the last man to start fights.", {"disturbs_order": False}),
    ("She is not the kind of woman who would start fights.", {"disturbs_order": False}),
    ("He is the kind who can't pay his bills.", {"hardship": True}),
    ("He is not the kind of man who pays his bills.", {"hardship": True}),
    # the family named, then what is said of it
    ("His parents back in Osaka, no problems there.", {"pow_family_difficulties": False}),
    ("Her family in Busan: no real worries.", {"pow_family_difficulties": False}),
    ("His folks at home... honestly, they are not doing badly.", {"pow_family_difficulties": False}),
    ("His wife and kids, well, they are struggling.", {"pow_family_difficulties": True}),
    # the language named, then a verdict on the person
    ("Language: she is perfectly fine in the lessons.", {"pow_language_barrier": False}),
    ("Language-wise, he's ok.", {"pow_language_barrier": False}),
    ("Language: he is not fine at all, he follows nothing.", {"pow_language_barrier": True}),
    # punches thrown, a hand laid on someone
    ("He threw a punch at the foreman.", {"disturbs_order": True}),
    ("She has never thrown a punch in her life.", {"disturbs_order": False}),
    ("He never laid a finger on anybody.", {"disturbs_order": False}),
    # a trial waited on
    ("She is waiting on her civil hearing.", {"pending_case": True}),
    ("He's still awaiting his verdict.", {"pending_case": True}),
    ("He is not waiting on any trial.", {"pending_case": False}),
    # who the person works on is not who the person is
    ("Mori, a Japanese doctor, treats the Korean patients at the clinic.", {"nationality": "japanese"}),
])
def test_revised_and_hedged_words_state_facts(text, facts):
    read = read_mentions(text).facts
    for field, value in facts.items():
        assert read.get(field) == value, (field, read)


@pytest.mark.parametrize("text, absent", [
    # a detail corrected takes nothing back
    ("She applied to go back to Seoul -- wait, actually Pyongyang, where her aunt lives.", None),
    # others' corrections and facts, hypotheticals and questions state nothing about the person
    ("He teaches Chinese apprentices.", "nationality"),
    ("If he was going to ask to go home but never did, would that count?", "requests_return"),
    ("What if he took part in a brawl -- wait, no, let's say he didn't?", None),
])
def test_corrections_and_look_alikes(text, absent):
    read = read_mentions(text).facts
    if absent is None:
        assert read.get("requests_return") in (True, None) and read.get("disturbs_order") in (False, None)
    else:
        assert absent not in read
