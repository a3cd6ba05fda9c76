"""Development set 18's kinds of phrasing, in new sentences: answers to the student's own questions
(with a reason, in a list, as Q and A), irony, corrections and rumours, what used to hold, facts told
as events, and the person's clauses among other people's."""
from __future__ import annotations

import pytest

from understanding.case_facts import read_mentions
from understanding.reading import read


def _facts(text: str) -> dict:
    return read_mentions(text).facts


def _reads(text: str, expected: dict) -> None:
    facts = _facts(text)
    assert {k: facts.get(k) for k in expected} == expected, facts


@pytest.mark.parametrize("text, expected", [
    # an answer with its reason: the reason is no answer of its own
    ("korean tailor. go back to korea? no, his whole life is in tianjin now", {"requests_return": False}),
    ("japanese nurse. wants home? yes because her father is dying", {"requests_return": True}),
    ("korean cook. court? yes but only a small claim about a debt", {"pending_case": True}),
    # a label answered after a comma, and several labels in one sentence
    ("korean miner, go home? nah", {"nationality": "korean", "requests_return": False}),
    ("japanese clerk, broke? yes, fights? no", {"hardship": True, "disturbs_order": False}),
    ("japanese clerk, broke: very, court: no", {"hardship": True, "pending_case": False}),
    # a list of labels each with its yes or no, and a form's short labels
    ("korean welder kim. broke no, home yes, trouble no", {"hardship": False, "requests_return": True,
                                                           "disturbs_order": False}),
    ("korean dock worker. fights - yes. court - no", {"disturbs_order": True, "pending_case": False}),
    # a self-interview
    ("Q: where is he from? A: Korea.\nQ: in a camp? A: yes, a prisoner of war.\n"
     "Q: family ok? A: no, they lost the farm.",
     {"nationality": "korean", "pow_family_difficulties": True}),
    # the label asked, then answered by a clause: the label itself is no fact
    ("japanese cook. poor? she just bought a new bicycle", {"hardship": False}),
    ("korean farmer. trouble? he punched a soldier last spring", {"disturbs_order": True}),
])
def test_an_answer_to_the_students_own_question(text, expected):
    _reads(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("me: so where are you from\nher: korea\nme: want to go back?\nher: no, my children are here",
     {"nationality": "korean", "requests_return": False}),
    ("me: job\nhim: farmer\nme: from\nhim: osaka\nme: money ok?\nhim: no", {"nationality": "japanese"}),
])
def test_a_pasted_chats_short_answers_stay_beside_their_questions(text, expected):
    _reads(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("korean teacher. she wants to go back to pyongyang, NOT.", {"requests_return": False}),
    ("korean teacher. she wanted to go home in 1949 but not anymore", {"requests_return": False}),
    ("japanese baker. like he'd ever hurt anyone, he cries at sad songs", {"disturbs_order": False}),
    # a wink against the plain words: the plain words decide
    ("korean prisoner of war. oh he's soooo at home in the lessons, he can't understand a single word of chinese",
     {"pow_language_barrier": True}),
    ("japanese miner. a real saint, apart from the bar fights and the time he smashed the canteen window",
     {"disturbs_order": True}),
])
def test_irony_takes_back_what_it_says(text, expected):
    _reads(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("japanese... no, definitely korean, born in wonsan. a cook", {"nationality": "korean"}),
    ("korean nurse. she punched a guard - sorry, she broke up the fight, she wasn't in it",
     {"disturbs_order": False}),
    ("japanese engineer. people said he joined the dock riot. turned out to be false, he was on shift.",
     {"disturbs_order": False}),
    ("korean porter. he wants to go home. hmm no let me change that, he wants to stay in harbin",
     {"requests_return": False}),
])
def test_a_correction_or_a_false_rumour_is_taken_back(text, expected):
    _reads(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("used to be a POW, released in 1949. japanese, now sells tea", {"group": "ordinary_national"}),
    ("japanese, he was a prisoner of war until they let him go last spring, now a cook",
     {"group": "ordinary_national"}),
    # still in the camp's training: still a prisoner of war
    ("the person is korean, a former prisoner of war, and struggles in training because he cant speak the language",
     {"group": "prisoner_of_war"}),
    ("korean tailor. was in a lawsuit with his landlord, settled now.", {"pending_case": False}),
    ("korean tailor. had a case over a debt but it's over", {"pending_case": False}),
    ("korean tailor. he used to be poor but now he's paid well", {"hardship": False}),
    ("korean POW. his family had problems after the war but they're fine now", {"pow_family_difficulties": False}),
])
def test_what_used_to_hold_gives_way_to_what_holds_now(text, expected):
    _reads(text, expected)


@pytest.mark.parametrize("text, field, value", [
    ("korean grocer, went bankrupt in march", "hardship", True),
    ("korean grocer, his family gets one meal a day", "hardship", True),
    ("korean grocer, he's been sleeping in a shed since winter", "hardship", True),
    ("korean grocer, the landlord kicked him out because he couldn't pay", "hardship", True),
    ("japanese engineer, the best paid man at the plant", "hardship", False),
    ("japanese engineer, just bought a second house", "hardship", False),
    ("japanese engineer, the ministry gave him a bonus", "hardship", False),
    ("korean carter, the hearing keeps getting postponed", "pending_case", True),
    ("korean carter, the court threw out the case against him", "pending_case", False),
    ("korean carter, he put his name down to go home", "requests_return", True),
    ("korean carter, he hasn't put his name down to go home", "requests_return", False),
    ("korean carter, turned down his place on the repatriation train", "requests_return", False),
    ("korean carter, he says no to leaving", "requests_return", False),
    ("korean carter, started a fight at the market", "disturbs_order", True),
    ("korean carter, threw stones at the police", "disturbs_order", True),
    ("korean pow, his father's farm was flooded", "pow_family_difficulties", True),
    ("korean pow, his sisters are begging in the streets", "pow_family_difficulties", True),
    ("korean pow, in the 1930s he hid communist organisers in his attic", "pow_early_revolutionary_work", True),
    ("japanese pow, he can't follow a word of the lectures", "pow_language_barrier", True),
])
def test_facts_told_as_events(text, field, value):
    assert _facts(text).get(field) == value


@pytest.mark.parametrize("text, expected", [
    # the others want to go; the person, singled out, does not
    ("two korean sisters, the elder one wants to go home. my person is the younger, mi-ja, she wants to stay",
     {"requests_return": False}),
    ("the whole street wants to leave. my guy is park, a korean cobbler, he doesnt want to go anywhere",
     {"requests_return": False}),
    ("my person is the father, a japanese engineer, he wants to stay. his wife is the opposite, she begs to go home.",
     {"requests_return": False}),
    ("the one to assess is her son ho, korean, a clerk, he has no court case. his mother is suing a neighbour",
     {"pending_case": False}),
    ("she is korean, a seamstress. her japanese husband wants to go home", {"nationality": "korean"}),
    ("japanese doctor, now engaged to a chinese teacher", {"nationality": "japanese"}),
])
def test_the_persons_own_clauses_decide(text, expected):
    _reads(text, expected)


@pytest.mark.parametrize("text, expected", [
    # a list of people, then the one to look at by name: only their item of the list is theirs
    ("our play has uncle Cho (korean, a welder) and aunt Mei (japanese, a cook). focus on uncle Cho: he is broke",
     {"nationality": "korean", "group": "technical_personnel", "hardship": True}),
    ("two characters: a japanese teacher and a korean dock hand called Bae. i need help with Bae. he wants to go home",
     {"nationality": "korean", "group": "ordinary_national", "requests_return": True}),
    ("2 prisoners: (a) a korean who ran leaflets for the underground in 1935, (b) a japanese corporal. "
     "assess (b) only: his family is fine and he wants to go home",
     {"nationality": "japanese", "group": "prisoner_of_war", "pow_early_revolutionary_work": None,
      "pow_family_difficulties": False}),
    # one person, named again: nothing said of them is dropped
    ("meet Goto, a japanese engineer with two kids. i need help with Goto: he wants to go home",
     {"nationality": "japanese", "group": "technical_personnel", "requests_return": True}),
    ("I'll do korean. he is a farmer and he is poor", {"nationality": "korean", "hardship": True}),
])
def test_the_person_named_from_a_list(text, expected):
    _reads(text, expected)


def test_the_words_the_model_tagged_do_not_fill_a_forms_labels():
    """The chat passes the NLU's entities: a label like "home" is still read as the wish to go home."""
    text = "japanese chemist abe. poor no, home yes, court no"
    entities = [{"entity": "nationality", "value": "japanese", "start": 0, "end": 8},
                {"entity": "group", "value": "technical_personnel", "start": 9, "end": 16}]
    facts = read(text, entities=entities).facts
    assert {k: facts.get(k) for k in ("hardship", "requests_return", "pending_case")} == {
        "hardship": False, "requests_return": True, "pending_case": False}, facts


@pytest.mark.parametrize("text, field, value", [
    # second-language English and everyday words (development set 19's kinds, new sentences)
    ("japanese man, he work of porter at the station in dalian", "group", "ordinary_national"),
    ("korean, a cleaner, she never make trouble with the police or fights", "disturbs_order", False),
    ("korean, a miner, his salary is very small", "hardship", True),
    ("korean, a teacher, her pay is low but enough", "hardship", False),
    ("korean, a grocer, the shop is doing fine", "hardship", False),
    ("korean, a grocer, he does not have problems with the money", "hardship", False),
    ("korean, a grocer, against him runs a court process", "pending_case", True),
    ("korean, a grocer, nothing legal going on", "pending_case", False),
    ("korean, a grocer, she led a protest outside the town hall", "disturbs_order", True),
    ("korean, a grocer, honestly the last thing he wants is to leave", "requests_return", False),
    ("korean pow, he follows the political classes fine", "pow_language_barrier", False),
    ("korean pow, his family at home all fine", "pow_family_difficulties", False),
    ("he says he's korean but his papers say japanese, a tailor", "nationality", "unsure"),
    ("korean parents, raised in japan, a tailor, nobody knows which country he belongs to", "nationality", "unsure"),
    ("what would the ministry do with someone like this: japanese, a carpenter, wants to go home",
     "requests_return", True),
    ("can you tell me what happens to a korean nurse who wants to stay in china?", "requests_return", False),
    # development set 20's kinds of words, in new sentences
    ("korean clerk, he queues every day outside the foreign affairs office", "requests_return", True),
    ("korean clerk, she applied last month for repatriation", "requests_return", True),
    ("korean clerk, asked for a permit to leave", "requests_return", True),
    ("korean clerk, zero interest in moving back", "requests_return", False),
    ("korean clerk, it is not true that he wants to return", "requests_return", False),
    ("korean clerk, money is so tight", "hardship", True),
    ("korean clerk, she pawned her watch in may", "hardship", True),
    ("korean clerk, the harvest failed again", "hardship", True),
    ("korean clerk, he has savings in the bank", "hardship", False),
    ("korean clerk, the factory pays him alright", "hardship", False),
    ("korean clerk, he got a pay rise", "hardship", False),
    ("korean clerk, out on bail", "pending_case", True),
    ("korean clerk, the case is still ongoing", "pending_case", True),
    ("korean clerk, his neighbour took him to court", "pending_case", True),
    ("korean clerk, the verdict came in april", "pending_case", False),
    ("korean clerk, he never breaks the law", "disturbs_order", False),
    ("japanese pow, he did nothing revolutionary", "pow_early_revolutionary_work", False),
    ("japanese pow, in 1935 he printed anti-war leaflets", "pow_early_revolutionary_work", True),
    ("korean, smuggles salt over the river", "group", "ordinary_national"),
    ("japanese woman, she doesn't work, she stays home", "group", "ordinary_national"),
    # the other person's job: "his dad is a doctor", "a farmer sued him"
    ("japanese pow, his dad is a doctor", "group", "prisoner_of_war"),
    ("japanese veterinarian, a farmer sued him over a cow", "group", "technical_personnel"),
    # development set 21's kinds: a prisoner of war's three facts in everyday words, new sentences
    ("japanese pow, before the war he worked for the communists in a print shop", "pow_early_revolutionary_work", True),
    ("korean pow, he was in a secret cell in seoul in 1944", "pow_early_revolutionary_work", True),
    ("korean pow, he did nothing political before he was caught", "pow_early_revolutionary_work", False),
    ("korean pow, he was never part of any revolutionary group", "pow_early_revolutionary_work", False),
    ("japanese pow, he dont understand nothing in the study class", "pow_language_barrier", True),
    ("japanese pow, he cannot keep up in class", "pow_language_barrier", True),
    ("japanese pow, his brother had to leave school to work", "pow_family_difficulties", True),
    ("japanese pow, his mother writes that everyone at home is well", "pow_family_difficulties", False),
    ("korea man, a prisoner in china since 1947", "nationality", "korean"),
    ("korea man, a prisoner in china since 1947", "group", "prisoner_of_war"),
    ("korean pow, he hasn't asked to be sent home yet", "requests_return", False),
    ("korean cook, she can barely get by", "hardship", True),
    ("korean cook, no problem with money", "hardship", False),
    ("korean cook, no lawsuits, no crimes", "disturbs_order", False),
    ("born in yanbian, I can't tell if he's korean or chinese, a cook", "nationality", "unsure"),
    # development set 22's Englishes, in new sentences
    ("korean docker, pure brassic this month", "hardship", True),
    ("korean docker, absolutely minted", "hardship", False),
    ("korean docker, no wahala with money", "hardship", False),
    ("korean docker, he's itching to get back to busan", "requests_return", True),
    ("korean docker, she wouldn't leave for all the tea in china", "requests_return", False),
    ("korean docker, he no wan go back", "requests_return", False),
    ("japanese pow, he wants tae go hame", "requests_return", True),
    ("korean docker, never been in strife with the police", "disturbs_order", False),
    ("korean docker, got in a drunken scrap outside a bar", "disturbs_order", True),
    ("korean docker, the police charged him in june", "pending_case", True),
    ("japanese pow, the lectures go right over his head", "pow_language_barrier", True),
    ("japanese pow, his folks are doing it tough", "pow_family_difficulties", True),
    ("japanese woman, gives english lessons in tianjin", "group", "ordinary_national"),
    ("japanese man, he repair radio at a factory", "group", "technical_personnel"),
    # development set 23's kinds, in new sentences
    ("korean tailor, makes very little", "hardship", True),
    ("korean tailor, has zero money troubles", "hardship", False),
    ("korean tailor, she has enough to live", "hardship", False),
    ("korean tailor, insists she will stay", "requests_return", False),
    ("korean tailor, an ongoing civil case over rent", "pending_case", True),
    ("korean tailor, caused a big disturbance at the station", "disturbs_order", True),
    ("korean prisoner, captured while fighting in 1948", "group", "prisoner_of_war"),
    ("korean pow, his family no have problems", "pow_family_difficulties", False),
    ("korean pow, his brothers are orphans now", "pow_family_difficulties", True),
    ("two korean brothers. the elder is a rich doctor. i'm asking about minho: he is a beggar", "group",
     "ordinary_national"),
])
def test_everyday_and_second_language_words_for_each_fact(text, field, value):
    assert _facts(text).get(field) == value
