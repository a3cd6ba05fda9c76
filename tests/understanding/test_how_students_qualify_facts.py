"""Facts stated the long way round: negated negatives, facts that changed, the person's own words
in quotes, degrees and euphemisms, a question the writer answers at once, guesses, lists with
bullets and emoji between clauses. Our own phrasings (the development sets are only measured)."""
import pytest

from understanding.case_facts import read_mentions

NEGATED_NEGATIVES = [
    ("korean docker. not that he doesn't want to leave, he does", {"requests_return": True}),
    ("not that she isn't broke, she very much is", {"hardship": True}),
    ("nobody would say she can't pay her way, she can make a living", {"hardship": False}),
    ("no one could claim he doesn't have a lawsuit going", {"pending_case": True}),
    ("there's no way she's not asking to go home", {"requests_return": True}),
    ("nobody would call her poor", {"hardship": False}),
    ("it's not like he never picks fights, he does all the time", {"disturbs_order": True}),
    ("a japanese miller, not the slightest bit rowdy", {"disturbs_order": False}),
]

CHANGES_OVER_TIME = [
    # what holds now replaces what used to
    ("korean tailor, used to be broke but now she's fine", {"hardship": False}),
    ("he was penniless when he first came to harbin but is doing well now", {"hardship": False}),
    ("at first she didn't want to go home, but now she does", {"requests_return": True}),
    ("he used to want to go home, but he's changed his mind and wants to stay", {"requests_return": False}),
    ("a japanese pow who couldn't follow the classes at first, but he's fluent now",
     {"pow_language_barrier": False}),
    ("she had a court case over rent but it ended in march", {"pending_case": False}),
    # a past state that still holds, and one that no longer does, said the short way
    ("she used to want to go back to japan but she no longer does", {"requests_return": False}),
    ("korean farmer who has been poor for years", {"hardship": True}),
]

QUOTED_WORDS = [
    ("a korean pow. he keeps begging the guards 'please let me go home'", {"requests_return": True}),
    ("japanese nurse, she told the officer 'I'm not leaving'", {"requests_return": False}),
    ("a korean man, he said to me 'I sell rice at the station'", {"group": "ordinary_national"}),
    ("she says 'my family back home is in real trouble', a japanese pow",
     {"pow_family_difficulties": True}),
    # another person's words about someone else stay theirs
    ("korean engineer. he said 'my cousin has a court case' but that's the cousin", {"pending_case": None}),
]

DEGREES_AND_EUPHEMISMS = [
    ("a korean widow, hungrier than anyone on her street", {"hardship": True}),
    ("japanese clerk who struggles to put food on the table", {"hardship": True}),
    ("korean carter, never short of a meal", {"hardship": False}),
    ("the police know him well, a korean porter", {"disturbs_order": True}),
    ("a japanese potter, quieter than a mouse", {"disturbs_order": False}),
    ("korean pow, he follows about one word in ten of the lectures", {"pow_language_barrier": True}),
    ("japanese pow, picked up chinese in a few months", {"pow_language_barrier": False}),
    ("korean pow, home life is about as calm as it gets", {"pow_family_difficulties": False}),
    ("a japanese pow with difficulties of a family nature at home", {"pow_family_difficulties": True}),
    ("korean clerk with nothing pending in any court", {"pending_case": False}),
    ("The subject's nationality could not be established.", {"nationality": "unsure"}),
    ("Her livelihood was judged to be secure.", {"hardship": False}),
    ("korean miner, he have no money for food", {"hardship": True}),
    ("japanese carpenter, he always make fight in the street", {"disturbs_order": True}),
    ("he is korea people and a baker", {"nationality": "korean"}),
]

ASKED_AND_ANSWERED_GUESSES_AND_LAYOUT = [
    ("korean welder. does he want to go back? nah, he likes it here", {"requests_return": False}),
    ("japanese cook. is she struggling for money? yes, badly", {"hardship": True}),
    ("korean. teacher. stays.", {"requests_return": False}),
    ("uh maybe a korean pow? he did early revolutionary work",
     {"nationality": "korean", "group": "prisoner_of_war", "pow_early_revolutionary_work": True}),
    ("maybe he has a court case", {"pending_case": None}),
    ("- korean\n- street sweeper\n- wants to go home",
     {"nationality": "korean", "group": "ordinary_national", "requests_return": True}),
    ("no clue if she's korean or japanese 😬 she's a midwife in dalian", {"group": "technical_personnel"}),
    ("Nagasaki-born, a pow since 1945", {"nationality": "japanese"}),
    ("a man farming near Yanji, korean", {"group": "ordinary_national"}),
]


def test_a_guess_at_who_the_person_is_is_read_back():
    reading = read_mentions("maybe a japanese pow? he was caught in 1946")
    assert reading.facts == {"nationality": "japanese", "group": "prisoner_of_war"}
    assert reading.unsure["nationality"][0] == "hedged"


def test_an_emoji_alone_is_still_an_answer():
    from understanding.case_facts import parse_answer
    assert parse_answer("hardship", "👎").value is False


MORE_WAYS_ROUND = [
    ("nobody's ever seen her pick a fight, a japanese weaver", {"disturbs_order": False}),
    ("korean porter, there's not a day he doesn't go hungry", {"hardship": True}),
    ("a clerk of indeterminate nationality", {"nationality": "unsure"}),
    ("nationality?? mixed (jp/kr), works as a cook", {"nationality": "unsure"}),
    ("she's half japanese half korean, a seamstress", {"nationality": "unsure"}),
    ("korean docker, not tryna go back at all", {"requests_return": False}),
    ("japanese chemist, she hasn't put in for going home", {"requests_return": False}),
    ("a dutch sailor who wants to head back to the netherlands", {"requests_return": True}),
    ("what happens to a korean pow who wants to go home? he is also broke btw", {"hardship": True}),
    ("japanese maid, doesn't want to leave rn", {"requests_return": False}),
    ("kr guy w/ no job", {"nationality": "korean", "group": "ordinary_national"}),
    ("Okay so she's a korean pow, and the guard in her camp is a japanese man", {"nationality": "korean"}),
    ("japanese pow. his best friend can't follow the classes but he follows everything",
     {"pow_language_barrier": False}),
    ("- korean pow\n- early revolutionary work? yes, in the 1930s\n- wants to go home: no",
     {"pow_early_revolutionary_work": True, "requests_return": False}),
]


def test_a_form_whose_question_the_writer_answers_asks_nothing():
    from understanding.reading import read
    reading = read("- japanese pow\n- language problems? no, he is fluent\n- family: fine")
    assert reading.kind != "question" and not reading.questions


PLAIN_LIFE_IN_OTHER_WORDS = [
    ("korean fitter, his pockets are empty by payday", {"hardship": True}),
    ("japanese clerk who can't support herself", {"hardship": True}),
    ("korean dentist with a comfortable income", {"hardship": False}),
    ("japanese widow, plenty set aside", {"hardship": False}),
    ("the judge hasn't ruled on his dispute yet, a korean miner", {"pending_case": True}),
    ("a japanese cook who has never set foot in a courtroom", {"pending_case": False}),
    ("korean weaver, she no longer has any court case", {"pending_case": False}),
    ("korean teacher, never once raised his voice", {"disturbs_order": False}),
    ("japanese pow, picks up the classes in chinese easily", {"pow_language_barrier": False}),
    ("korean pow, his folks back home are doing fine", {"pow_family_difficulties": False}),
    ("japanese, a man of no fixed occupation", {"group": "ordinary_national"}),
    ("a korean who spends his days behind a plough", {"group": "ordinary_national"}),
    ("a japanese woman who designs the wiring for the mills", {"group": "technical_personnel"}),
    ("a korean who mends shoes at the station for a living", {"group": "ordinary_national"}),
    ("The person's nationality cannot be determined.", {"nationality": "unsure"}),
]


@pytest.mark.parametrize("text", [
    "Homework Q2: describe your character\nName: Lee\nNationality: Korean\nJob: miner",
    "korean pow cant follow the classes, also did revolutionary work b4",
])
def test_a_heading_or_a_note_without_its_subject_asks_nothing(text):
    from understanding.reading import read
    reading = read(text)
    assert reading.kind == "answer" and not reading.questions and reading.facts["nationality"] == "korean"


@pytest.mark.parametrize("text", [
    "japanese chemist at the fertiliser plant. honestly not sure what else to say",
    "Korean. Miner. Has a lawsuit with his landlord that isn't settled. That's all I've got.",
])
def test_a_sign_off_or_a_note_with_a_relative_clause_asks_nothing(text):
    from understanding.reading import read
    reading = read(text)
    assert reading.kind == "answer" and not reading.questions, reading.parts


def test_a_question_that_opens_with_has_still_asks():
    from understanding import acts
    assert acts.part_kind("has a case been opened against him") == "question"


def test_a_label_the_next_part_answers_asks_nothing():
    from understanding.reading import read
    reading = read("money?? (pretty broke tbh). korean. farmer.")
    assert reading.kind == "answer" and not reading.questions
    assert reading.facts["hardship"] is True
    assert read("gratis? i dont get it").kind == "question"


WORKSHEETS_FIGURES_AND_EAR_SPELLINGS = [
    ("1) Japanese 2) miner 3) yes wants to go 4) no court",
     {"nationality": "japanese", "group": "ordinary_national", "requests_return": True, "pending_case": False}),
    ("1) Korean 2) cook 3) money problems: no 4) causes trouble: yes",
     {"hardship": False, "disturbs_order": True}),
    ("korean porter, he has know court case and their is no trouble with him", {"pending_case": False}),
    ("japanese nurse, she dose not want to leave", {"requests_return": False}),
    ("korean miner who earns 2 yuan a week, which isn't enough to feed him", {"hardship": True}),
    ("japanese typist, 30 yuan a month, plenty for her", {"hardship": False}),
    ("korean welder, 0 interest in going home", {"requests_return": False}),
    ("KR cook, no $ problems, no ct case", {"hardship": False, "pending_case": False}),
    ("JP pow, did rev work early = yes", {"pow_early_revolutionary_work": True}),
    ("korean baker. asked twice (march and april 1950) to go back to korea", {"requests_return": True}),
    ("Could you please assess this person: a japanese seamstress who wants to stay.",
     {"nationality": "japanese", "group": "ordinary_national", "requests_return": False}),
    ("korean clerk, the lawsuit over his shop is over now", {"pending_case": False}),
    ("korean pow, the lectures are all lost on him", {"pow_language_barrier": True}),
    ("japanese pow who follows them no bother", {"pow_language_barrier": False}),
    ("korean pow whose parents back home are in great difficulty", {"pow_family_difficulties": True}),
    ("korean docker, he's on the dole", {"hardship": True}),
    ("japanese clerk, not fussed about going home, she's staying put", {"requests_return": False}),
    ("hanguk saram, works as a laundress", {"nationality": "korean", "group": "ordinary_national"}),
]


@pytest.mark.parametrize("text, expected", WORKSHEETS_FIGURES_AND_EAR_SPELLINGS)
def test_worksheets_figures_and_ear_spellings_are_read(text, expected):
    from understanding.reading import read
    facts = read(text).facts
    assert {k: facts.get(k) for k in expected} == expected, facts


def test_a_doubt_voiced_among_answers_is_no_question():
    from understanding.reading import read
    reading = read("Russian - or maybe Ukrainian? not from Korea or Japan anyway. a cook. has 0 interest in leaving.")
    assert reading.kind == "answer" and not reading.questions
    assert reading.facts["nationality"] == "other" and reading.facts["requests_return"] is False
    # a question that opens like one still asks
    assert read("korean pow. wants to go home. is he allowed to go?").questions == ("is he allowed to go?",)


RUN_ONS_AND_NEGATED_ADJECTIVES = [
    ("japanese. not an ordinary labourer, he's a chemist", {"group": "technical_personnel"}),
    ("korean man who farmed wheat for twenty years", {"group": "ordinary_national"}),
    ("she is korean she does not want to leave she likes it there", {"requests_return": False}),
]


OTHER_PEOPLES_FACTS_AND_PLAIN_HARDSHIP = [
    ("This is Ito, a japanese clerk. Ito's landlord is suing half the street, but Ito has no case.",
     {"pending_case": False}),
    ("korean pow, his cellmate can't follow the lectures, but he speaks chinese well", {"pow_language_barrier": False}),
    ("korean pow who can't keep up with the lectures because of the language", {"pow_language_barrier": True}),
    ("japanese pow, sits through the classes without understanding a word", {"pow_language_barrier": True}),
    ("korean widow who couldn't afford coal last winter", {"hardship": True}),
    ("japanese surveyor hired at a handsome salary", {"hardship": False}),
    ("korean woman who found work mending clothes", {"group": "ordinary_national"}),
]


def test_the_person_spoken_of_by_name_is_the_person():
    reading = read_mentions("My character is called Sato, a japanese porter. Sato's neighbours brawl every night, "
                            "but Sato stays out of it. Sato has never been to court.")
    assert reading.facts["pending_case"] is False
    assert reading.facts.get("disturbs_order") is not True


FAMILIES_PAY_AND_RELATIVES = [
    ("japanese pow. family back home? a complete disaster, the farm is gone", {"pow_family_difficulties": True}),
    ("korean fitter who gets paid pretty well", {"hardship": False}),
    ("korean baker. his uncle's lawsuit drags on, but he has no case of his own", {"pending_case": False}),
]


CLASSROOM_VOICES = [
    ("the woman is korean, a seamstress", {"nationality": "korean"}),      # "the woman" is the person
    ("she's one of the japanese pows in fushun", {"nationality": "japanese", "group": "prisoner_of_war"}),
    ("some say he's korean, others japanese; he sells fish", {"nationality": "unsure"}),
    ("haven't decided if she's korean or japanese, she's a nurse", {"nationality": "unsure"}),
    ("a mongolian from outer mongolia who works as a clerk", {"nationality": "other"}),
    ("korean, a factory hand, money: zero", {"group": "ordinary_national", "hardship": True}),
    ("korean fisherman, poor as a church mouse", {"hardship": True}),
    ("japanese clerk, money's pretty tight", {"hardship": True}),
    ("korean pow who helped the revolution from the start", {"pow_early_revolutionary_work": True}),
    ("japanese pow who never had anything to do with the communists", {"pow_early_revolutionary_work": False}),
    ("korean pow, follows the lectures without any trouble", {"pow_language_barrier": False}),
    ("korean pow, his family in korea is no problem", {"pow_family_difficulties": False}),
    ("japanese chemist. conduct: exemplary", {"disturbs_order": False}),
    ("korean nurse who has asked twice to be allowed to go back", {"requests_return": True}),
    ("japanese docker. lawsuits? none", {"pending_case": False}),
    ("Subject: korean. (a) has requested repatriation; (b) is not involved in any pending case",
     {"requests_return": True, "pending_case": False}),
]


TEXTING_WORKPLACES_AND_PASSERSBY = [
    # chat-speak: "2" for "to" after a verb, "af" after an adjective, "or any" after a negation
    ("japanese welder, plans 2 stay in china", {"requests_return": False}),
    ("korean, asked 2 go back to pusan", {"requests_return": True}),
    ("korean porter, broke af", {"hardship": True}),
    ("she has never had a lawsuit or any run-ins with the police", {"pending_case": False, "disturbs_order": False}),
    # a bulleted form answers its own labels; "=" as a form's colon
    ("- name: Pak\n- causes trouble: no", {"disturbs_order": False}),
    ("korean, going home = yes, record = clean", {"requests_return": True, "disturbs_order": False}),
    # a family and a given name, the given name alone later
    ("my person is called Sato Kenji. His cousin was jailed for theft but Kenji never got into any fights",
     {"disturbs_order": False}),
    # where someone works, or what they do at home
    ("a japanese girl who waits tables in a teahouse", {"group": "ordinary_national"}),
    ("a japanese girl who works at a teahouse", {"group": "ordinary_national"}),
    ("korean lad, helps out at his aunt's noodle shop", {"group": "ordinary_national"}),
    ("korean woman who stays home to look after the children", {"group": "ordinary_national"}),
    ("a japanese dancer in a harbin cabaret", {"group": "ordinary_national"}),
    # fleeing home, a living barely paid for, a mob, an attack on a building
    ("korean maid who wants to flee back to her village", {"requests_return": True}),
    ("japanese cobbler, hardly pays the rent", {"hardship": True}),
    ("korean carter who was part of the mob at the grain office", {"disturbs_order": True}),
    ("japanese clerk, attacked the ration office last winter", {"disturbs_order": True}),
    ("a korean with a spotless record", {"disturbs_order": False}),
    # POW facts in everyday words
    ("korean pow, his parents lost their farm and he cannot keep his mind on his duties",
     {"pow_family_difficulties": True}),
    ("japanese pow, his mother has nothing to eat", {"pow_family_difficulties": True}),
    ("korean pow who led underground cells in the thirties", {"pow_early_revolutionary_work": True}),
    ("japanese pow who helped organise labour unions before the war", {"pow_early_revolutionary_work": True}),
    ("japanese pow. the study sessions are in mandarin and he gets none of it", {"pow_language_barrier": True}),
    # a suit the person brings; another person described between commas
    ("korean tailor, suing her old landlord over a deposit", {"pending_case": True}),
    ("a korean baker. her husband, a japanese mechanic, is in hospital",
     {"nationality": "korean", "group": "ordinary_national"}),
    ("japanese clerk; her father, a pow, lives in fushun", {"group": "ordinary_national"}),
]

# Another person's wish to go home beside the person's own: the person's decides
WHOSE_WISH = [
    ("korean miner. his sister wants to go back to korea, but he himself would rather stay",
     {"requests_return": False}),
    ("japanese typist whose husband is desperate to go home, but she wants to remain in harbin",
     {"requests_return": False}),
    ("korean cook. his uncle, a retired teacher, wants to go home; the cook does not want to leave",
     {"requests_return": False}),
    ("japanese nurse, her colleague wants to go back to japan but she doesn't", {"requests_return": False}),
    ("korean carter, his mother doesn't want to go back but he does", {"requests_return": True}),
    # the family far away: their want is the POW's family difficulty, not the person's own hardship
    ("japanese pow whose parents back in osaka can barely eat", {"pow_family_difficulties": True, "hardship": None}),
    ("korean pow; in korea his wife and daughters are going hungry",
     {"pow_family_difficulties": True, "hardship": None}),
    ("korean pow, his family at home is in a bad way and he himself has no money either", {"hardship": True}),
    ("japanese pow, his family in sendai is doing fine", {"pow_family_difficulties": False, "hardship": None}),
    ("korean clerk whose brother back in pusan is broke", {"hardship": None}),
    # jailed for the revolution is no disturbance of social order
    ("korean pow, jailed by the japanese in 1936 for printing communist leaflets", {"disturbs_order": None}),
    ("korean docker, arrested for brawling with communist cadres", {"disturbs_order": True}),
    # only someone else's wish: nothing is known of the person's
    ("japanese fitter. his cousin is a pow who wants to go home. the fitter earns little", {"requests_return": None}),
    # another person as the object or the place, not the subject: the person's wish stands
    ("korean nurse who wants to go back home to her uncle's farm near wonsan", {"requests_return": True}),
    ("japanese mechanic, he told his foreman he wants to go home", {"requests_return": True}),
    ("korean carter living with his aunt, who is always in court over a debt", {"pending_case": None}),
    # a laugh or a filler before the answer to a self-asked question
    ("korean stevedore. lawsuit? lol no. starts fights? haha nope", {"pending_case": False, "disturbs_order": False}),
    # and when nobody else is named, nothing changes
    ("korean carter who wants to go home and doesn't have any court case", {"requests_return": True}),
]

# Case notes in an office's words, second-language English, shorthand, and the person singled out
# late in a story about several people
CASE_NOTES_SECOND_LANGUAGE_AND_STORIES = [
    # administrative wording
    ("The applicant, a Korean clerk, has lodged a petition for repatriation.", {"requests_return": True}),
    ("A Japanese cook who has voiced a wish to be repatriated.", {"requests_return": True}),
    ("Korean miller. He made no request of any kind to go home.", {"requests_return": False}),
    ("Japanese tanner. Return has not been applied for.", {"requests_return": False}),
    ("A Korean porter who does not seek his return.", {"requests_return": False}),
    ("The woman asked the bureau to let her leave for Japan.", {"requests_return": True}),
    ("He has a dispute before the district court over a debt.", {"pending_case": True}),
    ("A Japanese dyer; the judge is hearing her case this month.", {"pending_case": True}),
    ("A Korean widow lacking any means of support.", {"hardship": True}),
    ("The subject lives in reduced circumstances.", {"hardship": True}),
    ("A Korean baker of sufficient means.", {"hardship": False}),
    ("She has engaged in conduct prejudicial to social order.", {"disturbs_order": True}),
    ("He has never engaged in conduct harmful to public order.", {"disturbs_order": False}),
    ("A Japanese carter who has caused no disturbance.", {"disturbs_order": False}),
    ("never caused no trouble, a korean farmer", {"disturbs_order": False}),
    ("A Korean POW with an inadequate grasp of the Chinese language.", {"pow_language_barrier": True}),
    ("A Japanese POW; home affairs keep him from concentrating on his tasks.",
     {"pow_family_difficulties": True}),
    ("Korean prisoner of war. There is no evidence of any early revolutionary involvement.",
     {"pow_early_revolutionary_work": False}),
    ("Japanese POW who had no part in any revolutionary movement.", {"pow_early_revolutionary_work": False}),
    ("Korean pow who worked for the secret party cells in the 1930s.", {"pow_early_revolutionary_work": True}),
    ("A Korean peasant engaged in farming near Andong.", {"group": "ordinary_national"}),
    ("Nationality: contested. A Japanese-speaking trader.", {"nationality": "unsure"}),
    ("Japanese or Korean? nobody can tell. she sells tea.", {"nationality": "unsure"}),
    ("a korean war prisoner held at Fushun", {"nationality": "korean", "group": "prisoner_of_war"}),
    # second-language English and shorthand
    ("he is japanese pow, speak only japanese, in lessons he understand nothing", {"pow_language_barrier": True}),
    ("korean pow who struggles to learn chinese", {"pow_language_barrier": True}),
    ("she is korean, wanting go back korea soon", {"requests_return": True}),
    ("korean tinsmith, hasn't job now", {"group": "ordinary_national"}),
    ("jp pow, fam in a terrible state back home", {"pow_family_difficulties": True}),
    ("korean pow, no lang probs", {"pow_language_barrier": False}),
    ("korean potter, no $$ worries", {"hardship": False}),
    ("jp pow. wants repat asap", {"requests_return": True}),
    # a misspelt word is read as the word of its own length ("speeks" is "speaks", not "seeks")
    ("korean pow, he speeks chinese well", {"pow_language_barrier": False}),
    # the person singled out after other people: what they are, not what the others are
    ("The grocer next door is Japanese and keeps asking to go home. The man I am writing about is his lodger, "
     "a Korean carpenter who wants to stay.", {"nationality": "korean", "requests_return": False}),
    ("Her brother drives a truck. She is my subject. She is a Korean seamstress.",
     {"nationality": "korean", "group": "ordinary_national"}),
    ("The cook was a Japanese man who wanted to leave. The Korean gardener is the one I mean: he wants to stay.",
     {"nationality": "korean", "requests_return": False}),
]

ROMANISED_WORDS_EVENTS_AND_CARDS = [
    # romanised korean, chinese and japanese words, and glosses that repeat them
    ("an elderly joseon saram who grows cabbages", {"nationality": "korean"}),
    ("korean tanner, he keeps begging to huiguo", {"requests_return": True}),
    ("japanese glassblower, he really does not want to kikoku", {"requests_return": False}),
    ("korean POW, his gajok in Wonsan is doing fine", {"pow_family_difficulties": False}),
    ("japanese POW, his eomma back home is gravely ill", {"pow_family_difficulties": True}),
    ("korean POW who did geming work before 1940", {"pow_early_revolutionary_work": True}),
    ("a japanese POW who understands putonghua fine", {"pow_language_barrier": False}),
    ("korean potter, ton eopseo", {"hardship": True}),
    ("a korean nongmin with a tiny plot", {"group": "ordinary_national"}),
    ("japanese barber, a sosong (lawsuit) still open against him", {"pending_case": True}),
    ("korean, wants to return to the gohyang in spring", {"requests_return": True}),
    ("she's like lowkey broke these days", {"hardship": True}),
    # told as events: the bailiffs, the rent, the passage home, the trial date, the fights
    ("The bailiffs took his sewing machine last winter.", {"hardship": True}),
    ("She is three months behind on her rent.", {"hardship": True}),
    ("He has not a cent to his name.", {"hardship": True}),
    ("He wrote to the consulate asking for a passage home.", {"requests_return": True}),
    ("In all these years he never once talked about going back.", {"requests_return": False}),
    ("She had no thought of leaving the city.", {"requests_return": False}),
    ("He would give anything to go back to Korea.", {"requests_return": True}),
    ("She longs to see her native village again.", {"requests_return": True}),
    ("Can he leave if he wants to? He does want to.", {"requests_return": True}),
    ("He petitioned to go home in May but withdrew the petition in June.", {"requests_return": False}),
    ("He filed the paperwork for repatriation in autumn.", {"requests_return": True}),
    ("The magistrate had not ruled on the theft yet.", {"pending_case": True}),
    ("Her hearing is scheduled for next week.", {"pending_case": True}),
    ("The lawsuit against her concluded in March.", {"pending_case": False}),
    ("He never once stood before a judge.", {"pending_case": False}),
    ("She had a boundary dispute in court, settled last year.", {"pending_case": False}),
    ("He got into two tavern brawls this spring.", {"disturbs_order": True}),
    ("The police are tired of him by now.", {"disturbs_order": True}),
    ("She does not bother anyone.", {"disturbs_order": False}),
    ("He has never been in a single fight.", {"disturbs_order": False}),
    ("The family he worked for paid a comfortable salary.", {"hardship": False}),
    ("He has tons of money.", {"hardship": False}),
    ("Card: money: next to none", {"hardship": True}),
    ("Finances: healthy", {"hardship": False}),
    ("He's not broke at all.", {"hardship": False}),
    ("Money has been short since the mill closed.", {"hardship": True}),
    ("Korean tinsmith. Still poor.", {"hardship": True}),
    ("He had no money for a doctor.", {"hardship": True}),
    ("a korean POW: language no problem for him", {"pow_language_barrier": False}),
    ("a japanese POW who could follow the officers' mandarin", {"pow_language_barrier": False}),
    ("a korean POW who carried pamphlets for the underground in 1936", {"pow_early_revolutionary_work": True}),
    ("Wishes: to stay close to her grandchildren", {"requests_return": False}),
    ("she designed boilers for the steel plant", {"group": "technical_personnel"}),
    # a job that is over, and one held now
    ("Before 1946 she worked as a chemist; now she mends nets for a living.", {"group": "ordinary_national"}),
    ("He was a mechanic at the arsenal till 1947 and has been a fisherman since.", {"group": "ordinary_national"}),
    ("He was a POW, released in 1948, and now drives a cart.", {"group": "ordinary_national"}),
    # "my korean farmer" is the person described; a title's full stop ends no sentence
    ("my korean farmer wants to go home", {"group": "ordinary_national"}),
    ("Nobody on the street knew if old Mrs. Oh was Korean or Japanese.", {"nationality": "unsure"}),
    ("He mends old boots by the station.", {"group": "ordinary_national"}),
    # the POW's lessons and family said as events
    ("korean POW; the study sessions wash right over his head", {"pow_language_barrier": True}),
    ("a korean POW; he couldn't follow the lessons because of the language", {"pow_language_barrier": True}),
    ("a japanese POW whose letters tell of an ailing mother", {"pow_family_difficulties": True}),
    ("a korean POW; since the flood his family has had nobody to feed them", {"pow_family_difficulties": True}),
]


@pytest.mark.parametrize("text, expected", NEGATED_NEGATIVES + CHANGES_OVER_TIME + QUOTED_WORDS
                         + DEGREES_AND_EUPHEMISMS + ASKED_AND_ANSWERED_GUESSES_AND_LAYOUT + MORE_WAYS_ROUND
                         + PLAIN_LIFE_IN_OTHER_WORDS + RUN_ONS_AND_NEGATED_ADJECTIVES
                         + OTHER_PEOPLES_FACTS_AND_PLAIN_HARDSHIP + FAMILIES_PAY_AND_RELATIVES + CLASSROOM_VOICES
                         + TEXTING_WORKPLACES_AND_PASSERSBY + WHOSE_WISH + CASE_NOTES_SECOND_LANGUAGE_AND_STORIES
                         + ROMANISED_WORDS_EVENTS_AND_CARDS)
def test_facts_said_the_long_way_round_are_read(text, expected):
    facts = read_mentions(text).facts
    assert {k: facts.get(k) for k in expected} == expected, facts


def test_out_of_work_gives_hardship_only_as_a_reading_to_confirm():
    reading = read_mentions("korean, out of work, wants to go home")
    # read back in the student's own words, not the rewritten "jobless"
    assert reading.facts["hardship"] is True and reading.unsure["hardship"] == ("occupation", "out of work")
    assert read_mentions("korean, hasn't got a job").unsure["hardship"] == ("occupation", "hasn't got a job")
    said_outright = read_mentions("korean, out of work and can't afford food")
    assert said_outright.facts["hardship"] is True and "hardship" not in said_outright.unsure


def test_an_arrest_alone_gives_a_disturbance_only_as_a_reading_to_confirm():
    reading = read_mentions("korean docker, he got arrested")
    assert reading.facts["disturbs_order"] is True and reading.unsure["disturbs_order"] == ("occupation", "arrested")
    assert "disturbs_order" not in read_mentions("korean docker, got arrested for a brawl at the market").unsure
