"""Facts said in the words students use beside their questions (development set 33): a trade that has
died or loses money, a man scraping by or living on the street, pay that doesn't pay, nothing against
him in court, a punch-up or a robbery (an accusation is none), no arrests, a demand to be sent home, a
wish one "would really like", a prisoner's good Chinese and lessons that are no problem, work "underground
or in the resistance", a family "in bad shape", pidgin, a job lost, an "ordinary guy", a nationality
left open and then settled, and a person named in a "what if my character is ...?" question."""

import pytest

from understanding.case_facts import read_mentions


@pytest.mark.parametrize("text, facts", [
    # a trade gone or going well
    ("her bakery has pretty much collapsed since the winter", {"hardship": True}),
    ("his noodle stand keeps losing money", {"hardship": True}),
    ("his noodle stand isn't losing money", {"hardship": False}),
    ("trade is actually really good this year", {"hardship": False}),
    ("she is not struggling at all", {"hardship": False}),
    ("he is struggling financially", {"hardship": True}),
    ("the job at the docks doesn't pay well", {"hardship": True, "group": "ordinary_national"}),
    ("her job pays decently", {"hardship": False}),
    # the street
    ("he is barely scraping by", {"hardship": True}),
    ("the boy lives on the streets of dalian", {"hardship": True}),
    ("he begs for rice to survive", {"hardship": True}),
    # the courts
    ("there is nothing pending against her in court", {"pending_case": False}),
    # fights, thefts, arrests
    ("he got into a punch-up at the railway yard", {"disturbs_order": True}),
    ("he has never been in a punch-up", {"disturbs_order": False}),
    ("she was caught robbing a grain depot", {"disturbs_order": True}),
    ("jailed for looting a shop", {"disturbs_order": True}),
    ("he had a row with his landlord and punched him", {"disturbs_order": True}),
    ("no fines, no arrests, nothing", {"disturbs_order": False}),
    ("never arrested in his life", {"disturbs_order": False}),
    ("a neighbour accused him of stealing chickens but he has never done anything wrong", {"disturbs_order": False}),
    # going home
    ("he keeps insisting on being sent home", {"requests_return": True}),
    ("he is not demanding to be sent back", {"requests_return": False}),
    ("she would really love to go home", {"requests_return": True}),
    ("she wouldn't really like to go back", {"requests_return": False}),
    # pidgin
    ("the shop no dey pay, e no fit buy food", {"hardship": True}),
    ("he wan go back home", {"requests_return": True}),
])
def test_facts_said_beside_the_questions(text, facts):
    assert read_mentions(text).facts == facts


@pytest.mark.parametrize("text, field, value", [
    ("japanese pow. his mandarin is really quite good", "pow_language_barrier", False),
    ("japanese pow. his chinese isn't good", "pow_language_barrier", True),
    ("korean pow, the lectures are not a problem for him", "pow_language_barrier", False),
    ("korean pow, he did some communist or partisan work in the 30s", "pow_early_revolutionary_work", True),
    ("korean pow, he never did any political or underground activities", "pow_early_revolutionary_work", False),
    ("japanese pow, he was a communist before he was drafted", "pow_early_revolutionary_work", True),
    ("japanese pow, he was never a leftist", "pow_early_revolutionary_work", False),
    ("korean pow, his parents back home are in a bad way", "pow_family_difficulties", True),
    ("korean pow, his parents at home are not in bad shape", "pow_family_difficulties", False),
])
def test_a_prisoners_facts_in_plain_words(text, field, value):
    assert read_mentions(text).facts[field] == value


@pytest.mark.parametrize("text, group", [
    ("korean woman, she lost her job at the mill in march", "ordinary_national"),
    ("japanese, just an ordinary bloke who keeps to himself", "ordinary_national"),
    ("korean chemist, otherwise an ordinary guy", "technical_personnel"),
    ("korean man, his brother lost his job, he is a surgeon", "technical_personnel"),
])
def test_no_job_or_an_ordinary_guy_states_the_group(text, group):
    assert read_mentions(text).facts["group"] == group


@pytest.mark.parametrize("text, nationality", [
    ("japanese or korean, i am not sure yet. let's say japanese. he sells tea.", "japanese"),
    ("korean or japanese, haven't decided. okay, korean. she farms.", "korean"),
    ("korean or japanese, haven't decided. she farms.", "unsure"),
])
def test_a_nationality_left_open_then_settled(text, nationality):
    assert read_mentions(text).facts["nationality"] == nationality


def test_the_person_named_in_a_what_if_question_is_described_after_it():
    facts = read_mentions(
        "What if my character is a British sailor in Tianjin? Ordinary guy, wants to go back to London.").facts
    assert (facts["nationality"] == "other" and facts["group"] == "ordinary_national"
            and facts["requests_return"] is True)
