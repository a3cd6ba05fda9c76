"""Case facts as students state them (issue 14): negation and hedges with their scope for every
fact, the categories students use (captured, broke, brawls, a free ride, no court business),
unclear nationality, and which readings are unsure. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import cable
from understanding.case_facts import parse_answer, read_mentions

HERE = Path(__file__).resolve().parent

# (field, statement, its negation): every case fact, negated the ways students negate.
NEGATIONS = [
    ("nationality", "hes japanese", "hes not japanese hes korean"),
    ("group", "she is technical personnel", "she isnt technical personnel or anything"),
    ("group", "he is a prisoner of war", "hes not a pow and was never captured, hes a welder"),
    ("requests_return", "he wants to go home", "he doesnt wanna go home"),
    ("requests_return", "she has asked to go back", "she hasnt asked to go back"),
    ("requests_return", "he wants to go back to korea", "he no longer wants to go back to korea"),
    ("requests_return", "she is keen on going home", "she is not interested in going home at all"),
    ("requests_return", "he mentioned wanting to leave china", "he has never once mentioned wanting to leave china"),
    ("pending_case", "theres a court case against him", "theres no court case against him"),
    ("pending_case", "she is being sued", "she isnt being sued or charged"),
    ("pending_case", "he has legal trouble", "he has no legal stuff going on"),
    ("pow_language_barrier", "he has language problems in training", "he has no language problems"),
    ("pow_language_barrier", "she has trouble with chinese", "she never had trouble with chinese"),
    ("pow_early_revolutionary_work", "he did revolutionary work early on", "he never did any revolutionary work"),
    ("pow_family_difficulties", "his family problems keep him from working", "he doesnt have family problems"),
    ("hardship", "she is totally broke", "she isnt broke"),
    ("hardship", "he struggles to pay the rent", "he has no money problems"),
    ("hardship", "she is poor", "she is not poor"),
    ("disturbs_order", "he causes trouble", "he doesnt cause trouble"),
    ("disturbs_order", "she gets into fights", "she never gets into fights"),
    ("disturbs_order", "he has trouble with the police", "he has never had trouble with the police"),
    ("wants_free_travel", "he needs a free ticket", "he doesnt need a free ticket"),
    ("wants_free_travel", "she needs help paying the fare", "she doesnt need help paying the fare"),
]
# A negated choice is read as what the rest of the message says ("not technical": an ordinary national).
NEGATED_VALUE = {"hes not japanese hes korean": "korean",
    "she isnt technical personnel or anything": "ordinary_national",
                 "hes not a pow and was never captured, hes a welder": "technical_personnel"}


@pytest.mark.parametrize("field, statement, negation", NEGATIONS)
def test_a_negation_reverses_the_fact(field, statement, negation):
    stated, negated = read_mentions(statement).facts, read_mentions(negation).facts
    assert field in stated and field in negated
    if cable.FACT[field].kind == "yes-no":
        assert (stated[field], negated[field]) == (True, False)
    else:
        assert stated[field] != negated[field] == NEGATED_VALUE[negation]


def test_every_case_fact_has_negation_tests():
    assert {row[0] for row in NEGATIONS} == set(cable.FIELDS)


@pytest.mark.parametrize("text, field, value", [
    ("he wants to go home but hes not poor", "requests_return", True),
    ("hes not poor but he wants to go home", "requests_return", True),
    ("he cant speak chinese but he wants to go home", "requests_return", True),
    ("she doesnt have a job and wants to go home", "hardship", True),
    ("not a pow, hes a welder", "group", "technical_personnel"),
])
def test_a_negation_stays_in_its_clause(text, field, value):
    assert read_mentions(text).facts[field] == value


@pytest.mark.parametrize("text, field, value, hedge", [
    ("i dont think she wants to leave", "requests_return", False, "don't think"),
    ("as far as i know he has no problems with the neighbours", "disturbs_order", False, "as far as i know"),
    ("she has a lawsuit i think", "pending_case", True, "i think"),
    ("i think hes japanese", "nationality", "japanese", "i think"),
    ("pretty sure he is broke", "hardship", True, "pretty sure"),
])
def test_a_hedged_fact_is_taken_and_marked_unsure(text, field, value, hedge):
    reading = read_mentions(text)
    assert reading.facts[field] == value
    assert reading.unsure[field] == ("hedged", hedge)


@pytest.mark.parametrize("text", ["maybe he has a court case", "he might be a pow", "not sure if she wants to go home"])
def test_an_undecided_clause_states_nothing(text):
    assert read_mentions(text).facts == {}


@pytest.mark.parametrize("text, facts", [
    ("he got captured by the other side in 46", {"group": "prisoner_of_war"}),
    ("shes flat broke", {"hardship": True}),
    ("broke, always in debt", {"hardship": True}),
    ("he keeps brawling in the street", {"disturbs_order": True}),
    ("gets drunk and punches people", {"disturbs_order": True}),
    ("the cops picked him up twice", {"disturbs_order": True}),
    ("he wants the train ride to be free", {"wants_free_travel": True}),
    ("she asked if the railway would pay for her ticket", {"wants_free_travel": True}),
    ("she can pay for it herself", {"wants_free_travel": False}),
    ("no court drama at all", {"pending_case": False}),
    ("hes being taken to court by his landlord", {"pending_case": True}),
    ("he asked the police station if he can go home", {"requests_return": True}),
    # going BACK to a country says where she is from
    ("she wants to head back to japan someday", {"requests_return": True, "nationality": "japanese"}),
])
def test_facts_as_students_state_them(text, facts):
    assert read_mentions(text).facts == facts


@pytest.mark.parametrize("text, group", [
    ("she runs a small tea stall near the river", "ordinary_national"),
    ("he sells cabbages at the morning market", "ordinary_national"),
    ("works at a brick factory", "ordinary_national"),
    ("he fixes radios for a living", "technical_personnel"),
])
def test_what_a_person_does_states_the_group(text, group):
    reading = read_mentions(text)
    assert reading.facts["group"] == group and reading.unsure["group"][0] == "occupation"


@pytest.mark.parametrize("text", [
    "his mum is japanese and his dad is russian",
    "no clue what nationality he counts as",
    "hes ethnically korean but grew up here with chinese papers and korean parents",
    "shes half japanese",
    "either korean or chinese, i honestly dont know",
])
def test_an_unclear_nationality_is_taken_as_such(text):
    assert read_mentions(text).facts["nationality"] == "unsure"


@pytest.mark.parametrize("text, value", [
    ("shes korean, her husband is japanese", "korean"),
    ("a korean guy, not sure if he has a court case", "korean"),
    ("both his parents are korean", "korean"),   # read back before assessing (nationality_doubts.py)
    ("his wife's parents are korean, he is a farmer", None),
    ("my grandfather was korean, my person is a farmer", None),
])
def test_other_peoples_nationality_leaves_the_persons_alone(text, value):
    assert read_mentions(text).facts.get("nationality") == value


def test_an_unsure_answer_to_the_nationality_question_is_an_answer():
    assert parse_answer("nationality", "honestly no idea").value == "unsure"
    assert parse_answer("nationality", "mixed, korean and chinese").value == "unsure"
    assert parse_answer("nationality", "not korean").value is None


@pytest.mark.parametrize("text, unsure", [
    ("a korean engineer who wants to go home", {"group": ("occupation", "engineer")}),
    ("a korean prisoner of war who wants to go home", {}),
    ("shes not technical at all", {"group": ("negated", "technical personnel")}),
    ("korrean technical personnel", {"nationality": ("spelling", "korrean -> korean")}),
])
def test_unsure_readings_say_why(text, unsure):
    assert read_mentions(text).unsure == unsure


def test_a_question_sentence_among_statements_is_a_doubtful_statement():
    reading = read_mentions("she is korean and a pow?? she got captured in 1944. she wants to go home")
    assert reading.facts["group"] == "prisoner_of_war" and reading.facts["requests_return"] is True
    assert read_mentions("free train tickets for koreans?").facts == {}  # a lone question states nothing
    assert read_mentions("wait. free train tickets for koreans?").facts == {}
    # a question about the cable, however it opens, is no description
    assert read_mentions("could a korean with a lawsuit leave? and is the railway ministry still around").facts == {}
    assert read_mentions("wheres the archive copy from? and wat is the fond number").facts == {}
    # a lead-in that only introduces the person does not make the rest a question
    assert read_mentions("can i ask about a mongolian lady? she sells tea at the station").facts == {
        "nationality": "other", "group": "ordinary_national"}


# The project's development sets of case descriptions (the held-out ones are measured by `make eval`
# only), with how many stated facts each may still miss: the figures may only go down. Before
# tuning, the reader alone took 200/260 (dev 5), 211/245 (dev 6), 293/322 (dev 7), 277/347 (dev 8),
# 259/326 (dev 11), 299/353 (dev 12), 215/239 (dev 13), 272/296 (dev 14), 292/379 (dev 17), 285/367 (dev 18),
# 297/331 (dev 19), 269/331 (dev 20), 253/282 (dev 21), 261/303 (dev 22),
# 248/272 (dev 23), 246/284 (dev 24), 263/288 (dev 25), 248/291 (dev 26), 248/291 (dev 27),
# 257/300 (dev 28), 252/282 (dev 29), 266/292 (dev 30), 253/284 (dev 31), 259/286 (dev 32),
# 240/274 (dev 33), 251/294 (dev 34), 260/294 (dev 35), 222/254 (dev 40), 198/233 (dev 41),
# 219/222 (dev 42), 223/258 (dev 43), 230/241 (dev 44).
DEVELOPMENT_DESCRIPTIONS = [
    ("case_descriptions.yml", 0),
    ("case_descriptions_dev2.yml", 0),
    ("case_descriptions_dev3.yml", 0),    # "vet": a veterinarian or a veteran?
    ("case_descriptions_dev4.yml", 0),    # narratives, slashes, facts without their usual words
    ("case_descriptions_dev5.yml", 3),    # events for labels, chat-speak, corrections mid-message
    ("case_descriptions_dev6.yml", 1),    # worksheets, idioms, other people's facts
    ("case_descriptions_dev7.yml", 4),    # plain informal descriptions in many voices
    ("case_descriptions_dev8.yml", 6),    # a mixed class describing made-up people
    ("case_descriptions_dev9.yml", 4),   # role play, forms, corrections, formal, two people
    ("case_descriptions_dev10.yml", 11),  # sixteen imagined students, each with their own habits
    ("case_descriptions_dev11.yml", 13),  # negated negatives, changes over time, quotes, euphemisms
    ("case_descriptions_dev12.yml", 9),  # dictation, figures, diaries, abbreviations, worksheets
    ("case_descriptions_dev13.yml", 1),   # sixty voices of one class
    ("case_descriptions_dev14.yml", 1),   # eighty voices: texting, passers-by, workplaces, everyday POW facts
    ("case_descriptions_dev15.yml", 2),   # second-language English, long stories, case notes, shorthand
    ("case_descriptions_dev16.yml", 1),  # irony, timelines, questions and hypotheticals, novel prose, romanised words
    ("case_descriptions_dev17.yml", 6),  # long stories with several people, transcripts, corrections, events, ESL
    ("case_descriptions_dev18.yml", 19),  # irony, several people, self-asked answers with reasons, past and present
    ("case_descriptions_dev19.yml", 0),   # seventy varied voices, second-language English, everyday words
    ("case_descriptions_dev20.yml", 12),  # seventy more: unusual words for each fact, queues and papers, bail
    ("case_descriptions_dev21.yml", 7),  # sixty, twenty-five of them prisoners of war in everyday words
    ("case_descriptions_dev22.yml", 6),  # sixty in the Englishes of many places: slang, idiom, pidgin, Scots
    ("case_descriptions_dev23.yml", 2),   # sixty more in the held-out sets' brief
    # sixty each, written blind on 7 December 2026 in the held-out sets' brief, each with a leaning:
    ("case_descriptions_dev24.yml", 2),   # none
    ("case_descriptions_dev25.yml", 1),   # second-language English, phones
    ("case_descriptions_dev26.yml", 1),   # long stories with dates, places, family, corrections
    ("case_descriptions_dev27.yml", 0),   # everyday life rather than the cable's categories
    ("case_descriptions_dev28.yml", 0),   # thirty prisoners of war
    ("case_descriptions_dev29.yml", 0),   # none
    ("case_descriptions_dev30.yml", 1),   # notes, lists, worksheets, role-play, dialogue
    ("case_descriptions_dev31.yml", 2),   # younger students: slang, emoji, jokes
    ("case_descriptions_dev32.yml", 0),   # none
    ("case_descriptions_dev33.yml", 0),   # a question about the cable, arguing, hedging, changing one's mind
    ("case_descriptions_dev34.yml", 0),   # women, old people, teenagers and children
    ("case_descriptions_dev35.yml", 0),   # teachers' worked examples, formal write-ups
    ("case_descriptions_dev36.yml", 0),   # typed fast on a phone: abbreviations, run-ons
    ("case_descriptions_dev37.yml", 0),   # hedging and correcting oneself mid-message
    ("case_descriptions_dev38.yml", 1),   # facts shown by story details, varied trades
    ("case_descriptions_dev39.yml", 0),   # the world's Englishes, ages 12 to adult
    ("case_descriptions_dev40.yml", 1),  # other people's facts beside the person's
    ("case_descriptions_dev41.yml", 2),  # facts that changed over time, reported speech
    # written blind, not tuned on (the learned reader is fitted on them): the rules as they stood
    ("case_descriptions_dev42.yml", 3),   # a class typing in a hurry
    ("case_descriptions_dev43.yml", 32),  # second-language adults, small life stories, many prisoners
    ("case_descriptions_dev44.yml", 9),  # hedges, questions, jokes and self-corrections mixed in
    # written blind on 7 December 2026 (second session), tuned on:
    ("case_descriptions_dev45.yml", 0),   # the person named as the subject, a question about the points
    ("case_descriptions_dev46.yml", 0),   # life stories and places rather than labels
    ("case_descriptions_dev47.yml", 0),   # self-corrections, question-and-answer lines, role play, emoji
    # written blind, the rules first measured on them, then tuned on 49 and 50 (7 December, third session)
    ("case_descriptions_dev48.yml", 8),   # a whole class, each with their own habits
    ("case_descriptions_dev49.yml", 10),  # prisoners and skilled people in everyday words
    ("case_descriptions_dev50.yml", 15),  # very short and very long, other people's facts around the person
    # written blind on 7 December 2026 (third session), measured first (the rules then took 620/697), then tuned on
    ("case_descriptions_dev51.yml", 10),  # work told by what the person does all day, prisoners by how taken
    ("case_descriptions_dev52.yml", 11),  # named people among others with their own nationalities, questions
    ("case_descriptions_dev53.yml", 1),   # no leaning: many ages and Englishes
    # written blind on 7 December 2026 (fourth session), measured first (the rules then took 602/656), then tuned on
    ("case_descriptions_dev54.yml", 8),   # money and going home told by situations and plans
    ("case_descriptions_dev55.yml", 6),   # trouble with the law, prisoners' lives, in everyday words
    ("case_descriptions_dev56.yml", 2),   # who the person is told indirectly: birthplace, parents, papers, daily life
    # written blind the same day after tuning on 54-56 and measured first (the rules took 619/669, 617 before
    # that tuning: little of it carried over), then tuned on lightly
    ("case_descriptions_dev57.yml", 6),   # no leaning: many ages and Englishes
    ("case_descriptions_dev58.yml", 14),  # prisoners in everyday words; others told by small details
    ("case_descriptions_dev59.yml", 21),  # several people, facts that changed, self-corrections
    # written blind on the sixteenth round's first day and measured first (the rules 607/680, the rules and the
    # learned reader 619 before it read letter sequences, 630 after); then only general forms were added
    # ("i doubt he wants to", "sorry my english", "not rich either")
    ("case_descriptions_dev60.yml", 13),  # no leaning
    ("case_descriptions_dev61.yml", 36),  # facts implied by tasks, events and plans; teenagers' spelling
    ("case_descriptions_dev62.yml", 19),  # very short notes beside long ones; hedged and negated facts
    # written blind after that, measured first (the rules 647/715 before the forms above, 648 with them; with
    # the learned reader 655 before it read letter sequences, 664 after), then general forms only: the writer's
    # own nationality and trade beside the person, flags, tasks told with two verbs
    ("case_descriptions_dev63.yml", 8),   # a class typing on phones
    ("case_descriptions_dev64.yml", 30),  # teachers and adult learners: formal, administrative, second-language
    ("case_descriptions_dev65.yml", 18),  # prisoners and specialists told by daily work, camp life, letters
    # written blind on the seventeenth round's first day, measured first (the rules 831/900, with the learned
    # reader 864; through the chat 860, 22 asked again), then general forms only: a technical training ("studied
    # metallurgy", "went to veterinary school"), "the person I imagine is", "He's the one I'm asking about",
    # second-language English without "to" or "is", lower-case Korean names
    ("case_descriptions_dev66.yml", 8),   # no leaning
    ("case_descriptions_dev67.yml", 19),  # jobs and wishes told sideways
    ("case_descriptions_dev68.yml", 12),  # facts spread over sentences, the person introduced late
    ("case_descriptions_dev69.yml", 14),  # second-language English and younger students
]


@pytest.mark.parametrize("name, may_miss", DEVELOPMENT_DESCRIPTIONS)
def test_the_development_descriptions_are_read(name, may_miss):
    missed = _missed(name)
    assert len(missed) <= may_miss, missed


def _missed(name: str) -> list[tuple[str, str]]:
    """(message, field) for every stated fact of a description set that is not read as stated."""
    missed = []
    for d in yaml.safe_load((HERE / name).read_text(encoding="utf-8")):
        facts = read_mentions(d["text"]).facts
        missed += [(d["text"], k) for k, v in d["stated"].items() if facts.get(k) != v]
    return missed


LIST_ITEMS_LANGUAGES_PAPERS = [
    # an item of a list, negated or not
    ("korean, not broke", {"hardship": False}),
    ("korean woman, poor, never fights", {"hardship": True, "disturbs_order": False}),
    ("japanese cook, not poor at all, never causes trouble", {"hardship": False, "disturbs_order": False}),
    # a language or health described as poor is no money trouble, and no nationality
    ("korean pow, his chinese is poor", {"nationality": "korean", "hardship": None,
                                         "pow_language_barrier": True}),
    ("korean farmer, his health is poor", {"hardship": None}),
    ("her chinese is good, shes korean", {"nationality": "korean"}),
    # papers of another country and a doubt about what came before: the nationality is unclear
    ("an ethnic korean with chinese papers, not sure if that counts", {"nationality": "unsure"}),
    ("korean guy with chinese papers, not sure if he wants to go home", {"nationality": "korean"}),
]


NARRATIVES_AND_LISTS = [
    # asked to picture someone, the sentence describes them; a war widow is her own nationality
    ("suppose a korean woman lives in dalian as a maid.", {"nationality": "korean", "group": "ordinary_national"}),
    ("suppose a korean farmer?", {"nationality": None}),
    ("a japanese war widow who cleans offices", {"nationality": "japanese"}),
    ("the japanese war ruined his town, he is a korean porter", {"nationality": "korean"}),
    # born or raised somewhere, unless the parents' nationality is given
    ("a farmer born in pyongyang", {"nationality": "korean"}),
    ("grew up in osaka, a nurse", {"nationality": "japanese"}),
    ("his parents were korean but he was born in japan", {"nationality": None}),
    # slashes as a list, "wants home", refusals
    ("korean / fisherman / broke / wants home", {"hardship": True, "requests_return": True}),
    ("korean noodle seller, refuses to leave", {"requests_return": False}),
    ("korean pow, never asked to go anywhere", {"requests_return": False}),
    # captured and held, without the word prisoner
    ("jp soldier, caught 1946, still in a camp", {"nationality": "japanese", "group": "prisoner_of_war"}),
    ("a korean seized by pla troops in 1948, in a labour camp since", {"group": "prisoner_of_war"}),
    # money and family in few words, trouble and its absence
    ("japanese, money: ok", {"hardship": False}),
    ("korean cook, cant even pay rent", {"hardship": True}),
    ("korean pow, family's fine", {"pow_family_difficulties": False}),
    ("vietnamese barber, never in any fights", {"disturbs_order": False}),
    ("filipino cook, smashed up a bar", {"disturbs_order": True}),
    # occupations as what someone does
    ("a russian emigre who bakes bread for a living", {"group": "ordinary_national"}),
    ("she designs bridges for the railway bureau", {"group": "technical_personnel"}),
    # a doubt after another statement is about that statement
    ("japanese dentist, might want to go home someday, who knows", {"nationality": "japanese"}),
    ("korean, i think, not sure", {"nationality": "unsure"}),
]


REFUSALS_MONEY_CAPTURE_DOUBTS = [
    # refusals, said or negated
    ("korean cook, aint going back", {"requests_return": False}),
    ("japanese architect, zero interest in going home", {"requests_return": False}),
    ("a korean tailor, not really interested in leaving china", {"requests_return": False}),
    ("korean nurse, no way shes leaving china", {"requests_return": False}),
    ("korean nurse, really wants to go home", {"requests_return": True}),
    # money said to be fine
    ("japanese doctor, gets paid well so money isnt an issue", {"hardship": False}),
    ("korean farmer's wife, moneys fine", {"hardship": False}),
    # captured by an army, helped the resistance, the family fine
    ("japanese soldier, caught by the 8th route army in 45", {"group": "prisoner_of_war"}),
    ("korean pow, as a teenager he helped the anti-japanese fighters", {"pow_early_revolutionary_work": True}),
    ("korean pow, he never did any early revolutionary stuff", {"pow_early_revolutionary_work": False}),
    ("korean pow, their family back home is doing ok", {"pow_family_difficulties": False}),
    # a trial still to come is a case; no trouble with the law is none
    ("vietnamese fisherman, his criminal trial hasnt happened yet", {"pending_case": True}),
    ("japanese technician, never been in any trouble with the law", {"pending_case": False}),
    # a doubt about something else leaves the nationality alone
    ("korean radio technician. not sure yet if he wants to go back", {"nationality": "korean"}),
    ("korean vendor. prob poor, idk.", {"nationality": "korean"}),
    ("shes korean. idk tho", {"nationality": "unsure"}),
    ("shes korean or maybe japanese, she sells tea", {"nationality": "unsure"}),
    ("shes korean, her background is kinda unclear", {"nationality": "unsure"}),
    ("a japanese geologist, the chinese kept him on to survey mines", {"nationality": "japanese"}),
]


CONDITIONS_OWN_ANSWERS_DOUBLE_NEGATIVES = [
    # a full stop after the nationality ends its clause: a doubt in the next sentence is not about it
    ("mr kim is korean. he may have debts, nobody can say", {"nationality": "korean"}),
    # a condition after the statement does not undo it; one before it does
    ("japanese pow, she would refuse to go home even if they paid", {"requests_return": False}),
    ("korean cook, keen to go back to korea if that could be arranged", {"requests_return": True}),
    ("korean cook, would go home if he had the money", {"requests_return": None}),
    # a yes/no question the student answers herself
    ("korean welder. is he in any legal trouble? nah", {"pending_case": False}),
    ("japanese pow. does he understand the lessons? no", {"pow_language_barrier": True}),
    ("korean maid. does she want to go back? yep", {"requests_return": True}),
    ("korean maid. does she want to go back?", {"requests_return": None}),
    # double negatives
    ("korean pow, not without worries about his kids", {"pow_family_difficulties": True}),
    ("japanese pow, its not like he cant understand the lectures", {"pow_language_barrier": False}),
    # learning a language names no nationality; a village is home; short typos of home and back
    ("japanese nurse, she picked up korean quickly", {"nationality": "japanese"}),
    ("korean widow who hopes to return to her native village", {"requests_return": True}),
    ("korean farmer, wants to head bak hme", {"requests_return": True}),
    ("korean clerk, she does not want to go home either", {"requests_return": False}),
    ("requests: korean, wants: to head home", {"requests_return": True}),
    # the nationality nobody knows, and a job WordNet files under a substance
    ("a dock hand whose nationality nobody really knows", {"nationality": "unsure"}),
    ("she doesnt even know her own nationality", {"nationality": "unsure"}),
    ("korean woman, works as a cleaner", {"group": "ordinary_national"}),
    ("korean man who loads cargo at the port", {"group": "ordinary_national"}),
    # arrested under another name, POW lessons without "the"
    ("korean, locked up once for brawling", {"disturbs_order": True}),
    ("korean pow, cant follow political lessons", {"pow_language_barrier": True}),
]


EVENTS_LABELS_AND_CHAT_SPEAK = [
    # chat-speak in a description is written out ("r", "n", "em", "hed")
    ("jp pow, classes r in chinese n he cant keep up w em", {"pow_language_barrier": True}),
    ("korean fisherman, hed like to go home soon", {"requests_return": True}),
    # a prisoner of war said so keeps that group, whatever ordinary job he had or whoever else is named
    ("korean pow, he was a farmer before the war", {"group": "prisoner_of_war"}),
    ("japanese pow with two kids back home", {"group": "prisoner_of_war"}),
    ("a korean, the communists captured him near siping", {"group": "prisoner_of_war"}),
    # facts told as events
    ("korean porter, savings gone, sleeping rough", {"hardship": True}),
    ("japanese clerk, hes deep in debt", {"hardship": True}),
    ("korean carpenter, got in a few drunken fights", {"disturbs_order": True}),
    ("korean carter, caught breaking into a shop", {"disturbs_order": True}),
    ("korean cook, was fined for brawling", {"disturbs_order": True}),
    ("korean seller, she has been charged", {"pending_case": True}),
    ("korean baker, the landlord took her to court", {"pending_case": True}),
    ("japanese teacher, never been to court", {"pending_case": False}),
    ("korean pow, his dad is ill and he cant settle to work", {"pow_family_difficulties": True}),
    ("korean pow, his wife's coping fine", {"pow_family_difficulties": False}),
    ("korean pow who once ran messages for the resistance", {"pow_early_revolutionary_work": True}),
    # labels and their values
    ("korean pow. revolutionary past: none", {"pow_early_revolutionary_work": False}),
    ("japanese pow. language: fine", {"pow_language_barrier": False}),
    ("korean weaver. wants to go home: no", {"requests_return": False}),
    ("korean weaver. money ok. no police trouble", {"hardship": False, "disturbs_order": False}),
    # what no longer holds, and doubled negatives
    ("japanese tailor, used to be poor but no longer is", {"hardship": False}),
    ("korean barber. he hasnt never asked to leave", {"requests_return": False}),
    ("korean nurse, she is not having any money trouble", {"hardship": False}),
    # asking through someone, being content to stay, being sent back
    ("korean miner who keeps badgering officials to let him go home", {"requests_return": True}),
    ("japanese engineer, content to stay in china", {"requests_return": False}),
    ("japanese maid who has asked to be returned to japan", {"requests_return": True}),
    ("korean mongolian trader, doesnt want to go anywhere", {"requests_return": False}),
    # a mixed or untold nationality; born somewhere is no nationality
    ("korean and japanese mixed, nobody can say which she is", {"nationality": "unsure"}),
    ("a china-born korean", {"nationality": "korean"}),
    ("japanese pow, he only speaks japanese and a bit of korean", {"nationality": "japanese",
                                                                   "pow_language_barrier": True}),
    # jobs told as what someone does
    ("korean woman who takes in laundry", {"group": "ordinary_national"}),
    ("korean man who teaches at a middle school", {"group": "ordinary_national"}),
    ("japanese man doing land surveys for the railway", {"group": "technical_personnel"}),
]


FORMS_IDIOMS_AND_TRAILING_QUESTIONS = [
    # a worksheet, one fact per line
    ("Nat: Korean\nJob: porter\nLawsuits: none\nWants to go: no", {"pending_case": False, "requests_return": False}),
    ("Nationality: kinda unclear\nJob: tailor", {"nationality": "unsure", "group": "ordinary_national"}),
    ("Name: Oh\nFamily: parents safe in Wonsan\nStatus: pow", {"pow_family_difficulties": False,
                                                               "group": "prisoner_of_war"}),
    # idioms
    ("korean cobbler, on the breadline", {"hardship": True}),
    ("japanese chemist, pays her rent no problem", {"hardship": False}),
    ("korean carter, cant make rent this month", {"hardship": True}),
    ("korean porter who stays out of trouble", {"disturbs_order": False}),
    ("korean girl, got caught pickpocketing", {"disturbs_order": True}),
    ("korean clerk, no fights, no debts", {"disturbs_order": False}),
    ("japanese welder, set against leaving", {"requests_return": False}),
    ("japanese welder, raring to get home", {"requests_return": True}),
    ("korean widow who wants to take her children back to korea", {"requests_return": True}),
    ("korean mechanic, quite happy staying here", {"requests_return": False}),
    # the language and the revolution
    ("japanese pow, handles the language fine", {"pow_language_barrier": False}),
    ("korean pow, cant understand a word in the lectures", {"pow_language_barrier": True}),
    ("korean pow who never did anything revolutionary", {"pow_early_revolutionary_work": False}),
    ("japanese pow, never joined any revolutionary groups", {"pow_early_revolutionary_work": False}),
    ("korean pow, speaks korean and russian only", {"nationality": "korean"}),
    # a question after the description asks about it
    ("a japanese miner who is broke, would the rules let him leave?", {"nationality": "japanese",
                                                                       "hardship": True}),
]


ENDED_CASES_CORRECTIONS_AND_PLAIN_WORDS = [
    # a case that has ended is none; a case "over" something is still one
    ("korean cook, the charges against her were withdrawn", {"pending_case": False}),
    ("japanese baker. was in a lawsuit but it was resolved", {"pending_case": False}),
    ("korean miner, case dismissed in may", {"pending_case": False}),
    ("korean miner, a suit against him over wages is still open", {"pending_case": True}),
    # arrested, or never; a ruckus
    ("korean carter, was arrested after the riot", {"disturbs_order": True}),
    ("japanese nurse, never been arrested", {"disturbs_order": False}),
    ("korean hawker, always making a ruckus", {"disturbs_order": True}),
    # money in plain words
    ("korean tailor, hard up since the winter", {"hardship": True}),
    ("korean trader, ran out of money", {"hardship": True}),
    ("japanese doctor, comfortable, wants to stay", {"hardship": False}),
    ("japanese engineer, the bureau pays him well", {"hardship": False}),
    ("korean farmer, he no have money", {"hardship": True}),
    # leaving, or not
    ("korean clerk who just wants out", {"requests_return": True}),
    ("korean nurse who won't leave china", {"requests_return": False}),
    # the group taken back ("a nurse - sorry, not a nurse, a typist")
    ("japanese woman, a nurse, sorry not a nurse, a typist", {"group": "ordinary_national"}),
    # POW facts as labels, a label asked and answered, things done or not done
    ("korean pow. family problems? none", {"pow_family_difficulties": False}),
    ("japanese pow. family problems: not really", {"pow_family_difficulties": False}),
    ("korean pow, his parents back home have no problems", {"pow_family_difficulties": False}),
    ("korean pow, he follows the lessons fine", {"pow_language_barrier": False}),
    ("japanese pow, hasn't done any revolutionary work", {"pow_early_revolutionary_work": False}),
    # "what about a ...?" that the next sentence goes on describing introduces the person
    ("what about a korean fisherman? he has no boat left and wants to go home",
     {"nationality": "korean", "group": "ordinary_national", "requests_return": True}),
    ("what about a korean fisherman?", {"nationality": None}),
]


MADE_UP_PEOPLE_AND_OTHER_PEOPLES_FACTS = [
    # a lead-in that introduces a made-up person described at some length
    ("picture a korean carpenter who is broke and wants to go home",
     {"nationality": "korean", "group": "ordinary_national", "hardship": True, "requests_return": True}),
    ("what would the cable say about a japanese dentist who has a lawsuit pending?",
     {"nationality": "japanese", "pending_case": True}),
    ("what if she were japanese?", {"nationality": None}),
    # "chinese" beside the person's own nationality is the language or the people around them
    ("a korean pow who speaks ok chinese", {"nationality": "korean", "pow_language_barrier": False}),
    ("a japanese cook married to a chinese carter", {"nationality": "japanese"}),
    ("a chinese farmer", {"nationality": "other"}),
    # another person's trouble with the law is not the person's, unless it is reported about them
    ("a korean nurse whose brother was arrested for theft", {"disturbs_order": None}),
    ("a korean cook, his neighbour is being sued", {"pending_case": None}),
    ("a korean cook, his boss says he started a brawl", {"disturbs_order": True}),
    ("a japanese tailor whose landlord sued him in may", {"pending_case": True}),
    ("a korean nurse whose son was arrested and she is broke", {"disturbs_order": None, "hardship": True}),
    # going back to somewhere, or to work
    ("a british teacher who wants to go back to bristol", {"requests_return": True}),
    ("a korean clerk who wants to go back to work", {"requests_return": None}),
    # labels, plain words
    ("korean pow. language problems: none", {"pow_language_barrier": False}),
    ("korean pow, the family situation is pretty fine", {"pow_family_difficulties": False}),
    ("japanese pow, can't get his head round the lectures", {"pow_language_barrier": True}),
    ("korean pow who did some underground work in the 30s", {"pow_early_revolutionary_work": True}),
    ("korean trader, makes good money", {"hardship": False}),
    ("korean hawker, keeps having rows with the neighbours", {"disturbs_order": True}),
]


FORMS_CORRECTIONS_AND_ROLE_PLAY = [
    # a form answers its own labels, with a yes or a no after a colon, a dash, a "?" or "="
    ("Name: Jun\nNationality: Korean\nMoney trouble? no\nWants to go back? yes",
     {"nationality": "korean", "hardship": False, "requests_return": True}),
    ("japanese | farmer | pending court case: no | gets into fights: yes",
     {"nationality": "japanese", "group": "ordinary_national", "pending_case": False, "disturbs_order": True}),
    ("Origin - Korea\nOccupation - welder\nIn trouble with the police = no",
     {"nationality": "korean", "disturbs_order": False}),
    # what follows a correction replaces what it restates
    ("she's a korean cook... no wait, a surgeon", {"nationality": "korean", "group": "technical_personnel"}),
    ("korean guy, got no money, scratch that, he's doing fine for money", {"hardship": False}),
    ("japanese farmer who asked to go home, hmm actually she never asked to go home",
     {"requests_return": False}),
    ("a nurse, sorry not a nurse, a korean typist", {"group": "ordinary_national"}),
    # the person singled out among others
    ("his sister is a nurse, but my person is the brother, a korean fisherman",
     {"group": "ordinary_national", "nationality": "korean"}),
    # a student playing the person speaks for them; without a role, "i think" is the student's
    ("I'm playing a Korean miner. I'm skint and I've begged them to send me home.",
     {"nationality": "korean", "hardship": True, "requests_return": True}),
    ("speaking as my character: i am japanese, i've never been in any fight and i don't want to leave",
     {"nationality": "japanese", "disturbs_order": False, "requests_return": False}),
    ("he's korean i think, a farmer", {"nationality": "korean", "group": "ordinary_national"}),
    # letters left out, and "doesn't know chinese" is the language, not a doubt
    ("korean, got a cort case going", {"pending_case": True}),
    ("a korean pow who doesnt know chinese", {"nationality": "korean", "pow_language_barrier": True}),
    # a question about a made-up person, told more about after it; alone it asks about the rule
    ("could a korean pow whose wife is ill be let go? he keeps asking to",
     {"nationality": "korean", "group": "prisoner_of_war"}),
    ("could a korean with a lawsuit leave?", {"nationality": None, "pending_case": None}),
    # "hasn't asked" in a description is about going home
    ("japanese miner. she hasnt asked yet", {"requests_return": False}),
    # the lessons in a language the person cannot follow, in plain and formal words
    ("korean pow, the lectures are in mandarin so he can't follow them", {"pow_language_barrier": True}),
    ("japanese pow with a rudimentary grasp of chinese", {"pow_language_barrier": True}),
    ("korean pow, mandarin is no obstacle for him", {"pow_language_barrier": False}),
    ("japanese pow, family affairs are in order", {"pow_family_difficulties": False}),
    ("korean pow, his folks have real worries at home", {"pow_family_difficulties": True}),
    ("japanese carter with no history of fighting", {"disturbs_order": False}),
    ("korean woman who practices medicine in harbin", {"group": "technical_personnel"}),
    # negatives said other ways, and idioms of money
    ("japanese clerk, has not yet applied to go home", {"requests_return": False}),
    ("korean tailor, hasnt a lawsuit", {"pending_case": False}),
    ("not that she would ever want to leave, this korean seamstress", {"requests_return": False}),
    ("never in her life has she been in court, this japanese typist", {"pending_case": False}),
    ("a korean potter of ample means", {"hardship": False}),
    ("korean docker with no job, scrapping with the foremen all the time", {"group": "ordinary_national"}),
    ("japanese welder, properly loaded", {"hardship": False}),
    ("korean cook, he gets into punch-ups with sailors", {"disturbs_order": True}),
    # places a person left, or goes back to
    ("a seamstress who left Kaesong in 1940", {"nationality": "korean"}),
    ("a clerk who wants to head back home to Nagoya", {"nationality": "japanese"}),
    ("a clerk who went to Nagoya on business", {"nationality": None}),
    ("her father was japanese and her mother was korean, and she wants to go back to japan",
     {"nationality": "unsure"}),
    # courts in other words; asking without saying what for
    ("korean nurse, awaiting her trial", {"pending_case": True}),
    ("korean pow. she has applied twice.", {"requests_return": True}),
    ("japanese, she doesnt have any work", {"group": "ordinary_national"}),
    ("korean man, he is wanting go back his village", {"requests_return": True}),
    ("japanese woman who works in the paddy fields", {"group": "ordinary_national"}),
]


@pytest.mark.parametrize("text, expected",
                         FORMS_CORRECTIONS_AND_ROLE_PLAY + LIST_ITEMS_LANGUAGES_PAPERS + NARRATIVES_AND_LISTS
                         + REFUSALS_MONEY_CAPTURE_DOUBTS
                         + CONDITIONS_OWN_ANSWERS_DOUBLE_NEGATIVES + EVENTS_LABELS_AND_CHAT_SPEAK
                         + FORMS_IDIOMS_AND_TRAILING_QUESTIONS + ENDED_CASES_CORRECTIONS_AND_PLAIN_WORDS
                         + MADE_UP_PEOPLE_AND_OTHER_PEOPLES_FACTS)
def test_stated_facts_are_read_with_their_negation(text, expected):
    facts = read_mentions(text).facts
    assert {k: facts.get(k) for k in expected} == expected, facts
