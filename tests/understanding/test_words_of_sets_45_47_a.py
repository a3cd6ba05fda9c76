"""The structures of development sets 45 to 47 (helper A): second thoughts (a correction by apology, a word
taken back by degree, a job set against another, a former job, a mixed nationality concluded), a nationality
said of a place rather than the person, a job named by two words, the person with a relative, questions the
writer answers, fields between slashes, a choice between two, the person's own plea, a flag, and a wish with a
condition. Each with sentences written for these tests (none is taken from the sets), and where the category
has one, the reading it must not take."""

from __future__ import annotations

import pytest

from understanding.case_facts import read_mentions


@pytest.mark.parametrize("text, facts", [
    # a correction by apology: what follows replaces what it restates
    ("She's Chinese. Or, sorry, she's Korean, she only went to school in Harbin.", {"nationality": "korean"}),
    ("he is korean, or rather japanese, his parents moved to Pusan", {"nationality": "japanese"}),
    ("He's a baker. Sorry, he's a Japanese baker, I forgot that.", {"nationality": "japanese"}),
    # a word taken back by degree: said again, negated
    ("she's broke. well, not broke exactly, she gets by fine mending shoes", {"hardship": False}),
    # a job set against another is no taking back ("a nurse (not a doctor)") ...
    ("job: mechanic (not engineer, I checked). korean.", {"group": "technical_personnel"}),
    ("she is a teacher, not a doctor", {"group": "ordinary_national"}),
    # ... but the same word negated, or the group's name, is
    ("he's a doctor - sorry, not a doctor, a cook", {"group": "ordinary_national"}),
    # a former job beside what the person is now
    ("Japanese prisoner of war, formerly an engineer at a dye works", {"group": "prisoner_of_war"}),
    ("korean pow, ex-radio operator, captured in 1947", {"group": "prisoner_of_war"}),
    # ... and alone, still the person's trade
    ("a retired chemist living in Dairen", {"group": "technical_personnel"}),
    # a mixed nationality concluded
    ("Kim is Korean I guess? his father is Korean and his mother Japanese, so he is kind of both.",
     {"nationality": "unsure"}),
    ("she considers herself both Korean and Chinese", {"nationality": "unsure"}),
    ("a mixed korean and chinese background, works in a shop", {"nationality": "unsure"}),
    # a demonym of a place of work or learning is not the person's
    ("Korean welder, trained at a Japanese shipyard in Dairen", {"nationality": "korean"}),
    ("Japanese woman, her father ran a Korean trading company in Seoul", {"nationality": "japanese"}),
    # ... but a worker or a student of one is the person
    ("a Korean university student in Peking", {"nationality": "korean"}),
    ("a japanese mill hand in Mukden", {"nationality": "japanese"}),
    # two jobs side by side: the last names the job
    ("an American missionary doctor in Shanghai", {"group": "technical_personnel"}),
    ("she is a Swiss missionary teacher", {"group": "ordinary_national"}),
    # the person with a relative: theirs, and so the person's too
    ("she and her husband both want to go back to Japan", {"requests_return": True}),
    ("he and his brother are desperate to go home", {"requests_return": True}),
    # questions the writer answers: a form's labels
    ("nationality? japanese. work? none really. money? practically nothing.",
     {"nationality": "japanese", "group": "ordinary_national", "hardship": True}),
    ("korean. job? farmer. wants to return? yes, badly. court case? none really.",
     {"requests_return": True, "pending_case": False}),
    ("Korean? yep. fights? never. go back home? duh, of course",
     {"nationality": "korean", "requests_return": True}),
    # fields between slashes
    ("NAT: JP / JOB: DOCTOR / WANTS TO RETURN: NO / TROUBLE WITH POLICE: NO",
     {"nationality": "japanese", "group": "technical_personnel", "requests_return": False, "disturbs_order": False}),
    # a choice between two, answered
    ("korean nurse. stay or go home? stay", {"requests_return": False}),
    ("japanese teacher. stays or leaves: leaves", {"requests_return": True}),
    ("korean or japanese? japanese. a fisherman.", {"nationality": "japanese"}),
    # the person's own plea
    ("I am a Japanese teacher in Mukden and I have no money left. Could I please go back to Sendai?",
     {"nationality": "japanese", "requests_return": True}),
    ("I'm Korean, I sell rice cakes in Yanji. Please send me home!", {"requests_return": True}),
    # a flag is its country
    ("🇰🇷 lady, 🧵 seamstress in Harbin", {"nationality": "korean"}),
    # a condition after a wish said outright qualifies it
    ("he would like to go home to Busan if the trains ever run again", {"requests_return": True}),
    ("she wants to return to Kyoto if her house is still standing", {"requests_return": True}),
])
def test_structures_of_sets_45_to_47_are_read(text, facts):
    read = read_mentions(text).facts
    assert {k: read.get(k) for k in facts} == facts


@pytest.mark.parametrize("text, field", [
    # a relative's wish alone is not the person's
    ("her husband wants to go back to Japan", "requests_return"),
    # the writer going back in the conversation is no plea
    ("can I go back to the previous question?", "requests_return"),
    ("Could I go back and change my answer?", "requests_return"),
    ("let me go back.", "requests_return"),
    ("can I go home now? I'm tired of this lesson", "requests_return"),
    # a wish only imagined
    ("he would want to go home if his case were settled", "requests_return"),
    # one label asked is a question, not a form
    ("korean? not sure", "nationality"),
])
def test_what_these_structures_must_not_read(text, field):
    assert field not in read_mentions(text).facts
