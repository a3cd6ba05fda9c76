"""Who the writer is and what a flag says (forms found on development sets 63-65): a learner or
teacher introducing themselves is not the person; a flag beside a person is their people, after a
preposition a country."""

import pytest

from understanding.case_facts import read_mentions

READINGS = [
    # the writer's own nationality and work, beside the person they ask about
    ("Hello, I am a French student in adult classes. I want to ask about a lady, Mme Park, she is Korean "
     "and she is nurse in a hospital of Shenyang.", {"nationality": "korean", "group": "technical_personnel"}),
    ("Hello teacher, I am Vietnamese learner in adult English class. My example person: Kim, she is Korean, "
     "she sell vegetables on the market.", {"nationality": "korean", "group": "ordinary_national"}),
    ("Good morning, I am Italian and I teach in a liceo. The person of my case is a Japanese fisherman.",
     {"nationality": "japanese", "group": "ordinary_national"}),
    ("Peace be upon you. I am an Egyptian teacher learning history in English. My case is Mr. Jang, a Korean "
     "old man, retired.", {"nationality": "korean"}),
    ("Dear bot, I am Polish teacher of English and history. Please evaluate: Japanese woman, Takeda, she is "
     "nurse in the railway hospital.", {"nationality": "japanese", "group": "technical_personnel"}),
    # ... while a writer who speaks as the person stays the person
    ("I am a Mongolian student in Harbin and I want to go home", {"nationality": "other", "requests_return": True}),
    ("I am Korean and I want to go home", {"nationality": "korean", "requests_return": True}),
    # flags
    ("kobayashi tetsuo 🇯🇵 chemist at a fertilizer plant in jilin", {"nationality": "japanese",
                                                                   "group": "technical_personnel"}),
    ("kim 🇰🇷 cook in yanji", {"nationality": "korean"}),
    ("korean cook, wants to go back to 🇰🇷", {"nationality": "korean", "requests_return": True}),
    ("a cook from 🇯🇵, wants to go home", {"nationality": "japanese", "requests_return": True}),
    # a flag beside its own people's name says it once, not twice
    ("my character: 🇰🇷 Korean, mechanic", {"nationality": "korean"}),
    ("pharmacist korean 🇰🇵 shenyang wants to go home", {"nationality": "korean"}),
]


@pytest.mark.parametrize("text, expected", READINGS)
def test_writers_and_flags_are_read(text, expected):
    facts = read_mentions(text).facts
    assert {f: facts.get(f) for f in expected} == expected
