"""Facts told as events, shorthand, romanised words, transcripts, corrections that only deny, double
negatives and the person singled out among others (dev17's kinds of phrasing, in new sentences)."""

import pytest

from understanding.case_facts import read_mentions
from understanding.transcript import as_prose

CASES = [
    # a note's shorthand: three-letter nationalities, "rev past", "ex-guerrilla"
    ("jpn welder, fam fine, no court case", {"nationality": "japanese", "pending_case": False}),
    ("kor teacher. wants to stay", {"nationality": "korean", "requests_return": False}),
    ("mixed jpn/kor orphan, nobody knows which", {"nationality": "unsure"}),
    ("japanese pow, rev past: none", {"pow_early_revolutionary_work": False}),
    ("korean pow, no rev history, family ok", {"pow_early_revolutionary_work": False}),
    ("japanese pow, ex-partisan in the 1930s", {"pow_early_revolutionary_work": True}),
    # romanised words for the court, the person's job and who they are
    ("She is Korean, she has beobwon case still open.", {"pending_case": True}),
    ("He is Japanese isha (doctor) in Mukden.", {"group": "technical_personnel"}),
    ("Her mother is Nihon and her father is Joseon saram, so nobody sure.", {"nationality": "unsure"}),
    ("He is poor farmer, he have no don, every day hungry.", {"hardship": True}),
    ("A farmhand in Jilin. His father was Japanese and his mother Korean.", {"nationality": "unsure"}),
    ("He is Korean poro. In camp the lessons are only in Chinese, he cannot understand nothing.",
     {"pow_language_barrier": True}),
    # facts told as events
    ("A Korean widow in Dandong. Her cupboards have been bare for a week.", {"hardship": True}),
    ("A Japanese tailor. His wallet is always full.", {"hardship": False}),
    ("A Korean cook who queued all night for a ticket to Busan.", {"requests_return": True}),
    ("A Japanese POW who begged to be put on the next boat for Maizuru.", {"requests_return": True}),
    ("A Japanese potter who says he will be buried in Dalian.", {"requests_return": False}),
    ("A Korean clerk. The summons arrived last week.", {"pending_case": True}),
    ("A Japanese miner. The militia dragged him out of a brawl at the market.", {"disturbs_order": True}),
    ("A Korean POW whose wife wrote that the farm was seized.", {"pow_family_difficulties": True}),
    ("A Japanese weaver, the mill cut her wages twice and she can't even buy rice.", {"hardship": True}),
    ("A Korean labourer who's hardly got two coins to rub together.", {"hardship": True}),
    ("A Japanese chemist. He has plenty of money.", {"hardship": False}),
    # occupations told by their task
    ("A Korean woman who packs tea at a factory in Hangzhou.", {"group": "ordinary_national"}),
    ("A Japanese man who pedals a trishaw in Dalian.", {"group": "ordinary_national"}),
    ("A Korean who keeps the boilers running at the power plant.", {"group": "technical_personnel"}),
    # double negatives and echo answers
    ("A Korean porter. It's not that Lim doesn't want to leave; he does.", {"requests_return": True}),
    ("A Japanese POW who's not never been in a fight in camp; he's been in several.", {"disturbs_order": True}),
    ("A Korean farmer. Any lawsuits? none. Ever been in fights? never.",
     {"pending_case": False, "disturbs_order": False}),
    ("A Japanese POW. His family in Sendai? Hardly a problem, they're fine.", {"pow_family_difficulties": False}),
    ("A Korean driver. Money problems? nah.", {"hardship": False}),
    ('A Korean cook. He snorted: "What court case? I never had one."',
     {"pending_case": False}),
    ("A Korean nurse. He's never asked to.", {"requests_return": False}),
    ("A Japanese fitter who has never been mixed up in any lawsuit.", {"pending_case": False}),
    # a correction that only denies what it corrects
    ("A Korean baker. He got into a brawl at the market, wait, it was his cousin who did that, not him.",
     {"disturbs_order": False}),
    ("A Japanese clerk. She joined the riot - actually no, she just watched from the window.",
     {"disturbs_order": False}),
    ("Choi is a Korean mechanic, hold on, correction, he lost that job and has no work now.",
     {"group": "ordinary_national"}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_kinds_of_phrasing_are_read(text, expected):
    facts = read_mentions(text).facts
    assert {k: facts.get(k) for k in expected} == expected


# The person singled out among others: what was said before of the others is not the person's
SINGLED_OUT = [
    ("In our lane lived a Japanese cobbler who was always drunk and brawling. The one I really want you to assess "
     "is his lodger, a Korean seamstress who wants to stay.",
     {"nationality": "korean", "requests_return": False}, ["disturbs_order"]),
    ("Three POWs shared a hut; one had sued a guard and another wanted to go home. My real character is the "
     "third: a Japanese POW with fluent Chinese.", {"pow_language_barrier": False},
     ["pending_case", "requests_return"]),
    ("Two brothers worked at the docks; the elder kept getting arrested. My person is none of those, he is a "
     "Korean teacher who wants to go home.", {"requests_return": True}, ["disturbs_order"]),
]


@pytest.mark.parametrize("text, expected, not_read", SINGLED_OUT)
def test_the_others_facts_are_not_the_persons(text, expected, not_read):
    facts = read_mentions(text).facts
    assert {k: facts.get(k) for k in expected} == expected
    assert not set(not_read) & set(facts)


TRANSCRIPTS = [
    # the asker's "you" is the person; the person speaks in the first person
    ("notes from my interview:\nme: are you Korean?\nher: yes, from Wonsan\nme: do you want to go back?\n"
     "her: no, my life is here\nme: any lawsuits?\nher: none",
     {"nationality": "korean", "requests_return": False, "pending_case": False}),
    # another character speaking of himself says nothing of the person
    ("My character is Ryu, a Korean fisherman.\nRyu: I'm staying in Dalian.\nCousin: I'm going back to Busan, "
     "I've applied already.\nRyu: Suit yourself.\nCousin: I will.",
     {"requests_return": False}),
    # a friend describing the person is read as written
    ("me: who is he / friend: a Japanese POW / me: can he follow the lessons / friend: no, his Chinese is hopeless"
     " / me: family? / friend: fine", {"pow_language_barrier": True, "pow_family_difficulties": False}),
]


@pytest.mark.parametrize("text, expected", TRANSCRIPTS)
def test_transcripts_are_read_as_descriptions(text, expected):
    facts = read_mentions(text).facts
    assert {k: facts.get(k) for k in expected} == expected


def test_a_form_is_no_transcript():
    form = "Name: Kim\nNationality: Korean\nJob: welder\nCourt case: no\nWants to go home: yes"
    assert as_prose(form) == form


def test_the_one_reading_step_keeps_a_pasted_chat_as_its_turns():
    # read() joins lines into sentences for everything else; a chat's lines are its speakers' turns
    from understanding.reading import read
    chat = ("my interview notes:\nme: where are you from\nher: Busan. I'm Korean.\nme: what do you do\n"
            "her: I sell noodles\nme: want to go back?\nher: no\nme: any trouble with the police?\n"
            "her: never")
    assert read(chat).facts == read_mentions(chat).facts == {
        "nationality": "korean", "group": "ordinary_national", "requests_return": False, "disturbs_order": False}
