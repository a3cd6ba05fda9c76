"""Tests for understanding/case_facts.py (free-text answers -> case-field values)."""

from __future__ import annotations

import dataclasses

import pytest

import cable
from understanding import yes_no_lexicon
from understanding.case_facts import (
    _CHOICE_PARSERS,
    BOOL_FIELDS,
    CHOICES,
    FIELDS,
    Parsed,
    _remembered_reply,
    confirms,
    facts_in_reply,
    hypothetical_changes,
    parse_answer,
    parse_mentions,
    read_mentions,
    read_reply,
)
from understanding.remember import EntitiesKey

YES, NO = Parsed(True), Parsed(False)
HEDGED_YES, HEDGED_NO = Parsed(True, hedged=True), Parsed(False, hedged=True)
ASSUMED_NO = Parsed(False, assumed=True)
NONE = Parsed(None)

# --- Generic yes/no, valid for every yes/no field ---------------------------------------------

GENERIC = [
    ("yes", YES), ("Yes.", YES), ("YES!", YES), ("yeah", YES), ("yep", YES), ("yup", YES),
    ("y", YES), ("Y", YES), ("sure", YES), ("of course", YES), ("correct", YES),
    ("that's correct", YES), ("definitely", YES), ("absolutely", YES), ("yes, definitely", YES),
    ("right", YES), ("  yes  ", YES), ("yes 👍", YES), ("👍", YES), ("um, yes", YES),
    ("I think so", HEDGED_YES), ("probably", HEDGED_YES), ("Probably.", HEDGED_YES),
    ("maybe", HEDGED_YES), ("I believe so", HEDGED_YES), ("yes, I think so", HEDGED_YES),
    ("no", NO), ("No.", NO), ("nope", NO), ("n", NO), ("N", NO), ("nah", NO), ("not really", NO),
    ("no way", NO), ("never", NO), ("not at all", NO), ("of course not", NO), ("definitely not", NO),
    ("no, not really", NO), ("👎", NO),
    ("I don't think so", HEDGED_NO), ("I do not think so", HEDGED_NO), ("probably not", HEDGED_NO),
    ("maybe not", HEDGED_NO), ("I doubt it", HEDGED_NO), ("not that I know of", HEDGED_NO),
    ("don't know", ASSUMED_NO), ("I don't know", ASSUMED_NO), ("not sure", ASSUMED_NO),
    ("I'm not sure", ASSUMED_NO), ("no idea", ASSUMED_NO), ("dunno", ASSUMED_NO),
    ("idk", ASSUMED_NO), ("no clue", ASSUMED_NO), ("unknown", ASSUMED_NO), ("hard to say", ASSUMED_NO),
    ("I'm not sure, probably not", HEDGED_NO), ("yes and no", NONE), ("yes... no", NONE),
]


@pytest.mark.parametrize("field", BOOL_FIELDS)
@pytest.mark.parametrize("text,expected", GENERIC)
def test_generic_yes_no(field, text, expected):
    assert parse_answer(field, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("he does", YES), ("yes he does", YES), ("she is", YES), ("he doesn't", NO),
        ("no he doesn't", NO), ("no, she does not", NO), ("she isn't", NO), ("yes, she has", YES),
    ],
)
def test_short_auxiliary_answers(text, expected):
    assert parse_answer("pending_case", text) == expected


# --- Field-specific statements ----------------------------------------------------------------

STATEMENTS = [
    # hardship
    ("hardship", "she can barely make a living", YES),
    ("hardship", "yes she can barely make a living", YES),
    ("hardship", "Yes. She can barely make a living.", YES),
    ("hardship", "he's struggling to get by", YES),
    ("hardship", "he is struggling", YES),
    ("hardship", "no job", YES),
    ("hardship", "he has no job and no money", YES),
    ("hardship", "she lost her job last year", YES),
    ("hardship", "unemployed", YES),
    ("hardship", "he is very poor", YES),
    ("hardship", "life in China is very hard for her", YES),
    ("hardship", "they don't have enough food", YES),
    ("hardship", "he doesn't have a job", YES),
    ("hardship", "he's doing fine", NO),
    ("hardship", "he has a good job", NO),
    ("hardship", "they're well off", NO),
    ("hardship", "she is not struggling", NO),
    ("hardship", "no, she's doing well", NO),
    ("hardship", "he earns good money", NO),
    ("hardship", "she's fine", NO),
    ("hardship", "I think she is poor", HEDGED_YES),
    ("hardship", "he is not doing fine", YES),
    ("hardship", "yes, she's doing fine", NONE),
    # disturbs_order
    ("disturbs_order", "he keeps getting into fights", YES),
    ("disturbs_order", "causes trouble", YES),
    ("disturbs_order", "he was involved in riots", YES),
    ("disturbs_order", "she disturbs the peace", YES),
    ("disturbs_order", "yes, he is a troublemaker", YES),
    ("disturbs_order", "he steals from the neighbours", YES),
    ("disturbs_order", "she's law-abiding", NO),
    ("disturbs_order", "quiet, no trouble", NO),
    ("disturbs_order", "he never causes trouble", NO),
    ("disturbs_order", "no, he is a good citizen", NO),
    ("disturbs_order", "he keeps to himself", NO),
    ("disturbs_order", "she doesn't cause any problems", NO),
    # pending_case
    ("pending_case", "he's being sued", YES),
    ("pending_case", "there's a criminal case against her", YES),
    ("pending_case", "yes, a civil case about a debt", YES),
    ("pending_case", "he is on trial for theft", YES),
    ("pending_case", "she has been charged with fraud", YES),
    ("pending_case", "he owes a debt in court", YES),
    ("pending_case", "there is a lawsuit", YES),
    ("pending_case", "he has a case", YES),
    ("pending_case", "no court cases", NO),
    ("pending_case", "clean record", NO),
    ("pending_case", "no, he has no pending case", NO),
    ("pending_case", "no pending case", NO),
    ("pending_case", "the case was closed last year", NO),
    ("pending_case", "I don't think he has a case", HEDGED_NO),
    ("pending_case", "I'm not sure, but I think there is a criminal case", HEDGED_YES),
    ("pending_case", "I don't know if he has a case", ASSUMED_NO),
    ("pending_case", "no he has a pending case", NONE),
    # requests_return
    ("requests_return", "she wants to go home", YES),
    ("requests_return", "yes, he wants to return to Korea", YES),
    ("requests_return", "he asked to be repatriated", YES),
    ("requests_return", "she would like to go back to Japan", YES),
    ("requests_return", "he has applied for repatriation", YES),
    ("requests_return", "she wants to go back", YES),
    ("requests_return", "he'd rather stay", NO),
    ("requests_return", "wants to stay in China", NO),
    ("requests_return", "she doesn't want to go home", NO),
    ("requests_return", "he does not wish to return", NO),
    ("requests_return", "no, she prefers to remain in China", NO),
    ("requests_return", "he has no wish to return", NO),
    ("requests_return", "she doesn't want to stay, she wants to go home", YES),
    ("requests_return", "she probably wants to go home", HEDGED_YES),
    ("requests_return", "yes, she doesn't want to go home", NONE),
    # wants_free_travel
    ("wants_free_travel", "he can't afford the ticket", YES),
    ("wants_free_travel", "she cannot pay the fare", YES),
    ("wants_free_travel", "wants the train for free", YES),
    ("wants_free_travel", "he asks for a free trip home", YES),
    ("wants_free_travel", "she has no money for the ticket", YES),
    ("wants_free_travel", "she'll pay her own way", NO),
    ("wants_free_travel", "he can afford the ticket", NO),
    ("wants_free_travel", "no, he will pay for it himself", NO),
    ("wants_free_travel", "he doesn't need a free ticket", NO),
    # pow conditions
    ("pow_language_barrier", "he doesn't speak Chinese well", YES),
    ("pow_language_barrier", "language is a problem", YES),
    ("pow_language_barrier", "he can't understand the training", YES),
    ("pow_language_barrier", "he speaks only a little Chinese", YES),
    ("pow_language_barrier", "she has trouble with the language", YES),
    ("pow_language_barrier", "he speaks Chinese fluently", NO),
    ("pow_language_barrier", "no language problems", NO),
    ("pow_language_barrier", "he is fluent in Chinese", NO),
    ("pow_early_revolutionary_work", "he joined the revolution early", YES),
    ("pow_early_revolutionary_work", "fought with the communists early on", YES),
    ("pow_early_revolutionary_work", "he joined the Eighth Route Army in 1940", YES),
    ("pow_early_revolutionary_work", "yes, he did revolutionary work", YES),
    ("pow_early_revolutionary_work", "he never took part in revolutionary work", NO),
    ("pow_early_revolutionary_work", "he fought against the communists", NO),
    ("pow_early_revolutionary_work", "he is a counter-revolutionary", NONE),
    ("pow_family_difficulties", "his family is sick", YES),
    ("pow_family_difficulties", "worried about his family", YES),
    ("pow_family_difficulties", "his wife is ill and his children are alone", YES),
    ("pow_family_difficulties", "he has family problems", YES),
    ("pow_family_difficulties", "he misses his family", YES),
    ("pow_family_difficulties", "his family is fine", NO),
    ("pow_family_difficulties", "no family problems", NO),
    ("pow_family_difficulties", "he can work at ease", NONE),
]


@pytest.mark.parametrize("field,text,expected", STATEMENTS)
def test_field_statements(field, text, expected):
    assert parse_answer(field, text) == expected


@pytest.mark.parametrize(
    "field,text,expected",
    [
        # fillers, leads in later clauses, contradictions across sentences
        ("hardship", "well yes", YES),
        ("hardship", "um, yes she is poor", YES),
        ("hardship", "ok so she is poor", YES),
        ("hardship", "hmm, no", NO),
        ("hardship", "she is poor, yes", YES),
        ("hardship", "no. he is poor", NONE),
        ("requests_return", "actually no, she wants to stay", NO),
        ("pending_case", "well, he does", YES),
        # spelling variants: no apostrophes, curly apostrophes, capitals, line breaks
        ("requests_return", "he doesnt want to go home", NO),
        ("requests_return", "she doesn\u2019t want to go home", NO),
        ("requests_return", "SHE WANTS TO GO HOME", YES),
        ("wants_free_travel", "she cant afford the ticket", YES),
        ("hardship", "he isnt poor", NO),
        ("hardship", "yes\nshe is poor", YES),
        # negation inside a phrase, before its key word
        ("pow_language_barrier", "no, language is not a problem", NO),
        ("pow_language_barrier", "language isn't an issue", NO),
        ("pow_language_barrier", "his Chinese is poor", YES),
        ("pending_case", "he didn't have a case", NO),
        # organisations: joining one is revolutionary work, being captured by one is not
        ("pow_early_revolutionary_work", "he was with the Eighth Route Army from 1938", YES),
        ("pow_early_revolutionary_work", "he was a member of the Japanese People's Emancipation League", YES),
        ("pow_early_revolutionary_work", "he was captured by the Eighth Route Army", NONE),
        ("pow_family_difficulties", "he has a wife and children in Japan", NONE),
        ("hardship", "they have a farm and live comfortably", NO),
        # more everyday phrasings
        ("requests_return", "he has asked the authorities to send him home", YES),
        ("requests_return", "she keeps asking when she can go home", YES),
        ("requests_return", "he applied for an exit permit", YES),
        ("requests_return", "she's ready to leave", YES),
        ("requests_return", "he refuses to go back", NO),
        ("requests_return", "he hasn't asked", NO),
        ("requests_return", "she did not request it", NO),
        ("requests_return", "she applied for a job", NONE),
        ("wants_free_travel", "he wants it for free", YES),
        ("requests_return", "not yet", NO),
        ("requests_return", "no he is settled here", NO),
        ("requests_return", "he married a Chinese woman and will stay", NO),
        ("requests_return", "he wants to see his family in Japan again", NONE),
        ("pending_case", "his landlord is suing him", YES),
        ("pending_case", "he is under investigation", YES),
        ("pending_case", "there's a dispute over his house in court", YES),
        ("pending_case", "not any more, it was settled", NO),
        ("pending_case", "no legal issues at all", NO),
        ("pending_case", "nope, nothing", NO),
        ("hardship", "she has nothing to eat", YES),
        ("hardship", "they survive on charity", YES),
        ("hardship", "he can't find work", YES),
        ("hardship", "money is tight", YES),
        ("hardship", "she's a widow with three kids and no income", YES),
        ("hardship", "he earns enough", NO),
        ("hardship", "not really, he runs a shop", NO),
        ("hardship", "he has a steady job at the factory", NO),
        ("disturbs_order", "the neighbours complain about him", YES),
        ("disturbs_order", "he drinks and gets violent", YES),
        ("disturbs_order", "he was arrested for brawling", YES),
        ("disturbs_order", "she smuggles goods", YES),
        ("disturbs_order", "he is a model citizen", NO),
        ("disturbs_order", "never any trouble", NO),
        ("disturbs_order", "he has not caused problems", NO),
        ("disturbs_order", "he's loud but harmless", NO),
        ("wants_free_travel", "he asks to travel free of charge", YES),
        ("wants_free_travel", "she'd like the state to pay for her trip", YES),
        ("wants_free_travel", "he doesn't have money for the fare", YES),
        ("wants_free_travel", "he can cover the cost himself", NO),
        ("wants_free_travel", "he'll buy his own ticket", NO),
        ("wants_free_travel", "no, his family will pay", NO),
        ("pow_language_barrier", "he can't follow the political classes because they are in Chinese", YES),
        ("pow_language_barrier", "he needs an interpreter", YES),
        ("pow_language_barrier", "he only knows a few words of Chinese", YES),
        ("pow_language_barrier", "his Mandarin is excellent", NO),
        ("pow_language_barrier", "no, he's fluent", NO),
        ("pow_early_revolutionary_work", "he was part of the anti-war league", YES),
        ("pow_early_revolutionary_work", "he worked with the resistance", YES),
        ("pow_early_revolutionary_work", "he was never politically active", NO),
        ("pow_early_revolutionary_work", "he joined after 1949", NO),
        ("pow_early_revolutionary_work", "no, he fought for Japan", NO),
        ("pow_family_difficulties", "his parents are old and need him", YES),
        ("pow_family_difficulties", "he's always thinking about his children back home", YES),
        ("pow_family_difficulties", "his son is sick", YES),
        ("pow_family_difficulties", "he doesn't have any family", NO),
        ("pow_family_difficulties", "his family is doing well", NO),
        ("pow_family_difficulties", "he is single", NONE),
    ],
)
def test_answer_details(field, text, expected):
    assert parse_answer(field, text) == expected


def test_question_as_answer_is_not_understood():
    assert parse_answer("hardship", "why do you ask?") == NONE
    assert parse_answer("wants_free_travel", "what does gratis mean?") == NONE
    assert parse_answer("pending_case", "what counts as a case? he is being sued") == YES


# --- Nationality ------------------------------------------------------------------------------

NATIONALITY = [
    ("Korean", "korean"), ("korean", "korean"), ("she is Korean", "korean"), ("he's from Pyongyang", "korean"),
    ("from Seoul", "korean"), ("Busan", "korean"), ("from Wonsan", "korean"), ("Hamhung", "korean"),
    ("Kaesong", "korean"), ("from Incheon", "korean"), ("Korea", "korean"), ("North Korea", "korean"),
    ("South Korean", "korean"), ("Chosen", "korean"), ("朝鲜人", "korean"),
    ("Japanese", "japanese"), ("he is Japanese", "japanese"), ("from Tokyo", "japanese"), ("Osaka", "japanese"),
    ("Kyoto", "japanese"), ("from Hokkaido", "japanese"), ("Nagasaki", "japanese"), ("Hiroshima", "japanese"),
    ("Japan", "japanese"), ("she's not Korean, she's Japanese", "japanese"), ("日本人", "japanese"),
    ("she's Russian", "other"), ("American", "other"), ("French", "other"), ("British", "other"),
    ("German", "other"), ("Mongolian", "other"), ("Vietnamese", "other"), ("Chinese", "other"),
    ("from Moscow", "other"), ("neither", "other"), ("something else", "other"),
    ("another nationality", "other"), ("neither Korean nor Japanese", "other"),
    ("not Korean or Japanese", "other"), ("he is from China", "other"),
    ("koraen", "korean"), ("japanes", "japanese"), ("korea n", "korean"), ("Jappanese", "japanese"),
    ("Korean, he lives in Shanghai", "korean"), ("probably Korean", "korean"), ("Korean?", "korean"),
    ("he is Korean but speaks Japanese", "korean"),
    ("she is from the soviet union", "other"), ("korean national", "korean"), ("a foreigner", "other"),
    ("he was born in Japan but is Korean", "korean"), ("Korean, from Tokyo", "korean"),
    ("his mother is Japanese", None), ("he speaks Korean", None),
    ("not Korean", None), ("yes", None), ("", None), ("🙂", None),
    # a mixed or unknown nationality is an answer of its own, never forced to "other" (issue 14)
    ("Chinese Korean", "unsure"), ("Korean-Japanese", "unsure"), ("both", "unsure"),
    ("half Korean, half Japanese", "unsure"), ("I don't know", "unsure"), ("not sure", "unsure"),
    ("idk tbh", "unsure"), ("no idea what passport he has", "unsure"), ("mixed", "unsure"),
]


@pytest.mark.parametrize("text,expected", NATIONALITY)
def test_nationality(text, expected):
    assert parse_answer("nationality", text).value == expected


@pytest.mark.parametrize("text,hedged", [("Korean", False), ("probably Korean", True), ("I think she's Japanese",
    True), ("Korean?", True)])
def test_nationality_hedged(text, hedged):
    assert parse_answer("nationality", text).hedged is hedged


def test_nationality_entities():
    ents = [{"entity": "nationality", "value": "korean", "start": 0, "end": 7}]
    assert parse_answer("nationality", "Hanguk-saram", ents) == Parsed("korean")
    # the text wins over a wrong entity
    wrong = [{"entity": "nationality", "value": "japanese"}]
    assert parse_answer("nationality", "Korean", wrong) == Parsed("korean")
    # invalid or conflicting entities are ignored
    assert parse_answer("nationality", "xyz", [{"entity": "nationality", "value": "martian"}]) == NONE
    both = [{"entity": "nationality", "value": "korean"}, {"entity": "nationality", "value": "japanese"}]
    assert parse_answer("nationality", "xyz", both) == NONE
    assert parse_answer("nationality", "xyz", [{"entity": "group", "value": "korean"}]) == NONE
    assert parse_answer("nationality", "xyz", "garbage") == NONE  # type: ignore[arg-type]  # a wrong type on purpose


# --- Group ------------------------------------------------------------------------------------

GROUP = [
    ("she's a railway engineer", "technical_personnel"), ("engineer", "technical_personnel"),
    ("technician", "technical_personnel"), ("chemist", "technical_personnel"), ("a doctor", "technical_personnel"),
    ("nurse", "technical_personnel"), ("mechanic", "technical_personnel"), ("scientist", "technical_personnel"),
    ("architect", "technical_personnel"), ("surveyor", "technical_personnel"), ("geologist", "technical_personnel"),
    ("pharmacist", "technical_personnel"), ("skilled worker", "technical_personnel"),
    ("specialist", "technical_personnel"), ("an expert", "technical_personnel"),
    ("technical personnel", "technical_personnel"), ("enginer", "technical_personnel"),
    ("he works as an electrician", "technical_personnel"), ("engineers", "technical_personnel"),
    ("he was captured in 1945", "prisoner_of_war"), ("a POW", "prisoner_of_war"), ("POW", "prisoner_of_war"),
    ("prisoner of war", "prisoner_of_war"), ("prisoner", "prisoner_of_war"),
    ("former Japanese soldier held since the war", "prisoner_of_war"),
    ("a former soldier held in a camp", "prisoner_of_war"), ("he was taken prisoner", "prisoner_of_war"),
    ("a shopkeeper", "ordinary_national"), ("farmer", "ordinary_national"), ("student", "ordinary_national"),
    ("housewife", "ordinary_national"), ("merchant", "ordinary_national"), ("labourer", "ordinary_national"),
    ("teacher", "ordinary_national"), ("clerk", "ordinary_national"), ("fisherman", "ordinary_national"),
    ("cook", "ordinary_national"), ("just an ordinary person", "ordinary_national"),
    ("none of those", "ordinary_national"), ("just a regular person", "ordinary_national"),
    ("civilian", "ordinary_national"), ("a factory worker", "ordinary_national"),
    ("she's not a farmer, she's an engineer", "technical_personnel"),
    ("no, she's a farmer", "ordinary_national"), ("he is a teacher, not an engineer", "ordinary_national"),
    ("she works in a factory", "ordinary_national"), ("he worked as a carpenter", "ordinary_national"),
    ("he teaches", "ordinary_national"), ("medical student", "ordinary_national"),
    ("his father was a doctor, he is a farmer", "ordinary_national"), ("a Japanese POW who is a doctor", None),
    ("he's not a POW", None), ("he worked hard", None), ("he was a soldier", None),
    ("a juggler", "ordinary_national"), ("astronaut", None), ("a former soldier", None),
    ("he was never captured", None),
    ("an engineer who was captured in 1945", None), ("yes", None), ("not sure", None), ("", None),
]


@pytest.mark.parametrize("text,expected", GROUP)
def test_group(text, expected):
    assert parse_answer("group", text).value == expected


def test_group_entities():
    ents = [{"entity": "group", "value": "technical_personnel"}]
    assert parse_answer("group", "gishi", ents).value == "technical_personnel"
    assert parse_answer("group", "farmer", ents).value == "ordinary_national"
    assert parse_answer("group", "gishi", [{"entity": "group", "value": "wizard"}]).value is None


# --- Mentions ---------------------------------------------------------------------------------

MENTIONS = [
    ("a Korean chemist wants to go home", {"nationality": "korean", "group": "technical_personnel",
    "requests_return": True}),
    ("My case: a Japanese POW who can't speak Chinese", {"nationality": "japanese", "group": "prisoner_of_war",
    "pow_language_barrier": True}),
    ("actually she is Japanese", {"nationality": "japanese"}),
    ("wait, he has a criminal case", {"pending_case": True}),
    ("oh wait, he does have a criminal case", {"pending_case": True}),
    ("no, she's a farmer", {"group": "ordinary_national"}),
    ("she's from Pyongyang and is being sued", {"nationality": "korean", "pending_case": True}),
    ("a Japanese engineer in Korea who doesn't want to go home", {"nationality": "japanese",
    "group": "technical_personnel", "requests_return": False}),
    ("he was captured by the Japanese", {"group": "prisoner_of_war"}),
    ("a Korean who fought in the Korean War", {"nationality": "korean"}),
    ("he joined the Chinese Communist Party early", {"pow_early_revolutionary_work": True}),
    ("Japanese POW, his family is sick, he can barely make a living", {"nationality": "japanese",
    "group": "prisoner_of_war", "pow_family_difficulties": True, "hardship": True}),
    ("she keeps getting into fights and can't afford the ticket", {"disturbs_order": True, "wants_free_travel": True}),
    ("A Korean farmer. Does that matter?", {"nationality": "korean", "group": "ordinary_national"}),
    ("a koraen doctor", {"nationality": "korean", "group": "technical_personnel"}),
    ("actually he's not a POW, he's an engineer", {"group": "technical_personnel"}),
    ("correction: she has no pending case", {"pending_case": False}),
    ("no wait, she doesn't want to go home", {"requests_return": False}),
    ("sorry, I meant Korean", {"nationality": "korean"}),
    ("change nationality to Japanese", {"nationality": "japanese"}),
    ("Korean. POW. Speaks no Chinese. Family sick.", {"nationality": "korean", "group": "prisoner_of_war",
    "pow_language_barrier": True, "pow_family_difficulties": True}),
    ("Korean\nengineer", {"nationality": "korean", "group": "technical_personnel"}),
    ("he is poor", {"hardship": True}),
    ("he is a gambler and a thief", {"disturbs_order": True}),
    ("he was captured by the Eighth Route Army", {"group": "prisoner_of_war"}),
    ("A Japanese woman married to a Chinese man", {"nationality": "japanese"}),
    ("a Korean teacher of Japanese", {"nationality": "korean", "group": "ordinary_national"}),
    # read as plain statements after the dialogue strips "what if"
    ("she had a criminal case", {"pending_case": True}),
    ("he didn't have a case", {"pending_case": False}),
    ("she were Japanese", {"nationality": "japanese"}),
    ("a Korean resident of Shanghai", {"nationality": "korean"}),
    ("he needs an interpreter", {"pow_language_barrier": True}),
    ("he wants to go home for free", {"requests_return": True, "wants_free_travel": True}),
    ("he worked for nothing for years", {}),
    ("he is comfortable with the language", {}),
    ("he knows Chinese people", {}),
    ("hello", {}),
    ("I have a case for you", {}),
    ("the cable says technical personnel should stay", {}),
    ("view 2 mentions civil or criminal cases", {}),
    ("tell me about Korean nationals in China", {}),
    ("his parents were Korean but he was born in Japan", {}),
    ("the Japanese surrendered in 1945", {}),
    ("My grandfather was a Korean doctor", {}),
    ("he fought against the Japanese", {}),
    ("I'd like to go back to the previous question", {}),
    ("go back", {}),
    ("he is Chinese-Korean", {"nationality": "unsure"}),
    ("he's either Korean or Japanese", {"nationality": "unsure"}),
    ("I'm not sure he is Korean", {"nationality": "unsure"}),
    ("he might be a POW", {}),
    ("I don't know if she wants to go home", {}),
    ("What happens to Japanese POWs?", {}),
    ("how about technical personnel", {}),
    ("hi there!", {}),
    ("why do you ask?", {}),
    ("what does gratis mean?", {}),
    ("Is she Korean?", {}),
    ("I'd like to assess a case", {}),
    ("I want to check a case", {}),
    ("what if he were Japanese", {}),
    ("if he has a criminal case, what happens?", {}),
    ("maybe he has a criminal case", {}),
    ("the poor man", {}),
    ("she is struggling", {}),
    ("he is quiet", {}),
    ("yes", {}),
    ("no", {}),
    ("not sure", {}),
    ("he speaks Japanese", {}),
    ("he went to see a doctor", {}),
    ("his wife is Chinese", {}),
    ("", {}),
    ("😀😀😀", {}),
]


@pytest.mark.parametrize("text,expected", MENTIONS)
def test_mentions(text, expected):
    assert parse_mentions(text) == expected


def test_mentions_exclude():
    text = "a Korean chemist wants to go home"
    assert parse_mentions(text, exclude="group") == {"nationality": "korean", "requests_return": True}
    assert parse_mentions(text, exclude="nationality") == {"group": "technical_personnel", "requests_return": True}


def test_mentions_entities():
    ents = [{"entity": "nationality", "value": "japanese"}]
    assert parse_mentions("he is a Nihonjin-ish fellow chemist", ents)["nationality"] == "japanese"
    assert parse_mentions("a Korean chemist", ents)["nationality"] == "korean"  # text wins
    assert parse_mentions("is he a chemist?", ents) == {}


# --- Robustness -------------------------------------------------------------------------------

WEIRD = ["", " ", "\x00\x01", "😀", "🇰🇷🇯🇵", "?", "???", "...", "-", "朝鲜 日本 한국", "yes" * 10000,
         "no " * 40000, "Korean " * 20000, ("a" * 100_000), "\ud800", "ä" * 3000, "' \" ` \\", "(((", "[.*+?]"]


@pytest.mark.parametrize("text", WEIRD)
@pytest.mark.parametrize("field", FIELDS)
def test_never_raises(field, text):
    result = parse_answer(field, text)
    assert isinstance(result, Parsed)
    assert isinstance(parse_mentions(text), dict)


def test_unknown_field_and_bad_types():
    assert parse_answer("height", "yes") == NONE
    assert parse_answer("hardship", None) == NONE  # type: ignore[arg-type]  # a wrong type on purpose
    assert parse_mentions(None) == {}  # type: ignore[arg-type]  # a wrong type on purpose


def test_parsed_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        YES.value = False  # type: ignore[misc]  # writing a frozen field on purpose


@pytest.mark.parametrize("text, expected", [
    ("a Japanese POW who can't speak Chinese wants to go home",
     {"nationality": "japanese", "group": "prisoner_of_war", "requests_return": True, "pow_language_barrier": True}),
    ("a Korean who does not have a job wants to go home",      # jobless: an ordinary national
     {"nationality": "korean", "group": "ordinary_national", "requests_return": True, "hardship": True}),
])
def test_a_negation_inside_a_relative_clause_stays_there(text, expected):
    assert parse_mentions(text) == expected


# --- One turn of the case form, the read-back, "what if" ------------------------------------------


def test_a_reply_gives_the_answer_and_what_else_it_states():
    # no job: jobless, an ordinary national (read back as unsure: an out-of-work engineer is not)
    assert facts_in_reply("yes, and she has no job", [], "requests_return") == (
        {"requests_return": True, "group": "ordinary_national", "hardship": True}, [])
    assert facts_in_reply("no idea", [], "pending_case") == ({"pending_case": False}, ["pending_case"])
    assert facts_in_reply("a Korean chemist", [], None) == (
        {"nationality": "korean", "group": "technical_personnel"}, [])
    assert facts_in_reply("blue bicycles", [], "nationality") == ({}, [])


def test_a_reply_read_again_is_remembered_and_each_caller_gets_its_own():
    entities = [{"entity": "nationality", "value": "korean", "start": 2, "end": 8}]
    first = read_reply("she is a korean engineer", entities, None)
    assert first == _remembered_reply.__wrapped__("she is a korean engineer", None, EntitiesKey(entities))
    assert first.unsure == {"group": ("occupation", "engineer")}
    first.facts.clear()
    first.assumed.append("changed by the caller")
    first.unsure.clear()
    again = read_reply("she is a korean engineer", entities, None)
    assert again.facts == {"nationality": "korean", "group": "technical_personnel"} and again.assumed == []
    assert again.unsure == {"group": ("occupation", "engineer")}
    long = "she is a korean engineer and she wants to go home and she has no criminal case " * 3
    kept = _remembered_reply.cache_info().currsize
    assert read_reply(long, [], None) == _remembered_reply.__wrapped__(long, None, EntitiesKey([]))
    assert _remembered_reply.cache_info().currsize == kept      # long replies rarely recur: not kept
    # other entities, another question: read anew
    assert read_reply("yes", [], "requests_return").facts == {"requests_return": True}
    assert read_reply("korean", [{"entity": "nationality", "value": "japanese"}], "nationality").facts == \
        _remembered_reply.__wrapped__("korean", "nationality", EntitiesKey(
            [{"entity": "nationality", "value": "japanese"}])).facts


@pytest.mark.parametrize("text, yes", [("yes", True), ("that's right", True), ("no", False), ("hmm", False)])
def test_the_read_back_is_confirmed_by_a_yes(text, yes):
    assert confirms(text) is yes


@pytest.mark.parametrize("text, expected", [
    ("what if she had a criminal case?", {"pending_case": True}),
    ("suppose he were Japanese", {"nationality": "japanese"}),
    ("and if he didn't want to go home?", {"requests_return": False}),
])
def test_hypotheticals_are_read_as_statements(text, expected):
    assert hypothetical_changes(text) == expected


# --- The parser covers exactly the declared facts -------------------------------------------------


def test_the_parser_reads_exactly_the_declared_facts():
    assert FIELDS == cable.FIELDS
    assert set(yes_no_lexicon.BOOL_PATTERNS) == set(BOOL_FIELDS) == set(cable.case.BOOL_FIELDS)
    assert set(_CHOICE_PARSERS) == set(CHOICES) == set(cable.case.CHOICE_FIELDS)
    assert all(CHOICES[f] == cable.FIELD_VALUES[f] for f in CHOICES)


@pytest.mark.parametrize("fact", cable.FACTS, ids=lambda f: f.name)
def test_every_answer_button_is_understood(fact):
    expected = fact.accepted if fact.kind == "choice" else (True, False, False)
    assert [parse_answer(fact.name, b).value for b in fact.buttons] == list(expected)


def _entity_at(text: str, word: str, field: str, value: str) -> dict:
    start = text.index(word)
    return {"entity": field, "value": value, "start": start, "end": start + len(word)}


def test_the_nlus_entity_fills_only_the_part_of_the_message_that_says_it():
    # the layout reads "Quick q" apart: the NLU's "Korean", said later beside a doubt, is not its nationality
    text = ("Quick q: does it apply if we dont know? My guy might be Korean or Japanese, he isnt sure himself. "
            "He sells rice.")
    assert read_mentions(text, [_entity_at(text, "Korean", "nationality", "korean")]).facts["nationality"] == "unsure"
    # ... while a word only the NLU knows still gives the fact where it is said
    text = "my guy is a zorblian, sells rice and wants to go home"
    assert read_mentions(text, [_entity_at(text, "zorblian", "nationality", "korean")]).facts["nationality"] == "korean"
