"""The case form's validation action: what it asks next and how it reads free text."""

import pytest

import cable
from actions.case.form import CONFIRM, ValidateCaseForm, ask, next_question
from actions.tracker import is_fresh_user_turn
from tests.support.trackers import make_tracker, slot_events, texts

KOREAN_ORDINARY = {"nationality": "korean", "group": "ordinary_national"}


async def validate(dispatcher, **kwargs):
    return slot_events(await ValidateCaseForm().run(dispatcher, make_tracker(**kwargs), {}))


async def test_opening_message_fills_what_it_states_and_asks_only_whats_left(dispatcher):
    slots = await validate(dispatcher, text="A Korean chemist wants to go home", intent="start_case")
    assert slots["nationality"] == "korean"
    assert slots["group"] == "technical_personnel"
    assert slots["requests_return"] is True
    # For technical personnel only view 4 can still change the outcome (a conflict).
    assert slots["requested_slot"] == "hardship"
    assert "Noted" in texts(dispatcher)
    assert texts(dispatcher).count(cable.FACT["hardship"].question) == 1   # the validation asks, once


async def test_a_pasted_chat_opens_the_case_with_what_its_speakers_said(dispatcher):
    # each line is one speaker's turn: "no" answers "want to go back?", "never" the police question
    chat = ("my notes from talking to her:\nme: where are you from\nher: Busan. I'm Korean.\nme: what do you do\n"
            "her: I sell noodles at the station\nme: want to go back?\nher: no\nme: any trouble with the police?\n"
            "her: never")
    slots = await validate(dispatcher, text=chat, intent="start_case")
    assert {k: slots[k] for k in ("nationality", "group", "requests_return", "disturbs_order")} == {
        "nationality": "korean", "group": "ordinary_national", "requests_return": False, "disturbs_order": False}


async def test_a_case_opened_by_a_question_takes_the_person_it_describes(dispatcher):
    # the question's "if" clause describes the person: nothing it states is asked again
    slots = await validate(dispatcher, text="if a japanese baker is skint and keeps brawling, would they "
                                            "send him back straight away?", intent="start_case")
    assert slots["nationality"] == "japanese"
    assert slots["group"] == "ordinary_national"
    assert slots["hardship"] is True
    assert slots["disturbs_order"] is True
    assert slots["requested_slot"] not in ("nationality", "group", "hardship", "disturbs_order")


async def test_answer_to_the_requested_question(dispatcher):
    slots = await validate(dispatcher, text="he's from Pyongyang", intent="inform",
                           slots={"requested_slot": "nationality"})
    assert slots["nationality"] == "korean"
    assert slots["requested_slot"] == "group"
    assert slots["answer_order"] == ["nationality"]


async def test_other_nationality_needs_nothing_more_than_the_read_back(dispatcher):
    slots = await validate(dispatcher, text="she's Russian", intent="inform",
                           slots={"requested_slot": "nationality"})
    assert slots["nationality"] == "other"
    assert slots["requested_slot"] == "case_confirmed"


async def test_pow_conditions_are_asked_only_for_prisoners_of_war_who_ask_to_return(dispatcher):
    slots = await validate(dispatcher, text="he was captured in 1945", intent="inform",
                           slots={"nationality": "japanese", "requested_slot": "group"})
    assert slots["group"] == "prisoner_of_war"
    assert slots["requested_slot"] == "requests_return"
    slots = await validate(dispatcher, text="yes", intent="affirm",
                           slots={"nationality": "japanese", "group": "prisoner_of_war",
                                  "requested_slot": "requests_return"})
    assert slots["requested_slot"] == "pow_language_barrier"


@pytest.mark.parametrize("intent", ["why", "ask_document", "go_back", "start_over", "stop", "help"])
async def test_an_interruption_is_left_to_the_rules(dispatcher, intent):
    events = await ValidateCaseForm().run(
        dispatcher, make_tracker("why do you ask?", intent, slots={"requested_slot": "nationality"}), {})
    assert events == []  # no slot set: Rasa rejects the form and the rules answer


async def test_after_an_interruption_the_same_question_is_asked_again(dispatcher):
    tracker = make_tracker("why do you ask?", "why", after_action="action_explain_why",
                           slots={**KOREAN_ORDINARY, "requested_slot": "requests_return"})
    assert not is_fresh_user_turn(tracker, "case_form")
    slots = slot_events(await ValidateCaseForm().run(dispatcher, tracker, {}))
    assert slots == {"requested_slot": "requests_return"}


async def test_an_answer_it_cannot_read_gets_a_hint_then_buttons(dispatcher):
    slots = await validate(dispatcher, text="blue bicycles", intent="inform",
                           slots={"requested_slot": "nationality"})
    assert slots == {"misses": 1, "requested_slot": "nationality"}
    assert "for example" in texts(dispatcher)

    assert dispatcher.messages[-1]["text"] == cable.FACT["nationality"].question   # asked again, once
    assert not dispatcher.messages[-1]["buttons"]
    dispatcher.messages.clear()
    slots = await validate(dispatcher, text="still blue", intent="inform",
                           slots={"requested_slot": "nationality", "misses": 1})
    assert slots["misses"] == 2
    assert [b["title"] for b in dispatcher.messages[-1]["buttons"]] == [
        "Korean", "Japanese", "Another nationality", "Not sure"]


async def test_a_correction_changes_an_earlier_answer_and_says_so(dispatcher):
    slots = await validate(dispatcher, text="actually she is Japanese", intent="inform",
                           slots={**KOREAN_ORDINARY, "requests_return": True, "requested_slot": "pending_case"})
    assert slots["nationality"] == "japanese"
    assert slots["requested_slot"] == "pending_case"
    assert "Changed: Japanese (was: Korean)" in texts(dispatcher)


async def test_dont_know_is_assumed_no_and_marked(dispatcher):
    slots = await validate(dispatcher, text="no idea", intent="dont_know",
                           slots={**KOREAN_ORDINARY, "requests_return": True, "requested_slot": "pending_case"})
    assert slots["pending_case"] is False
    assert slots["assumed_fields"] == ["pending_case"]


async def test_read_back_yes_completes_the_form(dispatcher):
    full = {**KOREAN_ORDINARY, "requests_return": True, "pending_case": False, "hardship": False,
            "disturbs_order": False, "wants_free_travel": False}
    assert next_question(full, None) == "case_confirmed"
    slots = await validate(dispatcher, text="yes", intent="affirm", slots={**full, "requested_slot": "case_confirmed"})
    assert slots == {"case_confirmed": True, "requested_slot": None}


async def test_read_back_no_asks_which_fact_to_change(dispatcher):
    full = {**KOREAN_ORDINARY, "requests_return": True, "pending_case": False, "hardship": False,
            "disturbs_order": False, "wants_free_travel": False}
    slots = await validate(dispatcher, text="no", intent="deny", slots={**full, "requested_slot": "case_confirmed"})
    assert slots == {"case_confirmed": None, "misses": 1, "requested_slot": "case_confirmed"}
    assert "Which fact should I change?" in texts(dispatcher)


async def test_a_second_no_at_the_read_back_shows_what_stands_and_the_ways_out(dispatcher):
    full = {**KOREAN_ORDINARY, "requests_return": True, "pending_case": False, "hardship": False,
            "disturbs_order": False, "wants_free_travel": False}
    slots = await validate(dispatcher, text="no", intent="deny",
                           slots={**full, "misses": 1, "requested_slot": "case_confirmed"})
    assert slots["misses"] == 2
    said = texts(dispatcher)
    assert "Which fact should I change?" in said and "What I have now: Korean" in said
    buttons = [b["payload"] for m in dispatcher.messages for b in m.get("buttons") or []]
    assert buttons == ["yes", "/start_over"]


async def test_read_back_names_every_fact(dispatcher):
    full = {**KOREAN_ORDINARY, "requests_return": True, "pending_case": False}
    ask(CONFIRM, full, dispatcher)
    text = texts(dispatcher)
    assert text.startswith("So far: Korean; ordinary national;")
    assert dispatcher.messages[0]["buttons"][0]["payload"] == "yes"


async def test_a_new_case_replaces_the_previous_one(dispatcher):
    old = {"nationality": "japanese", "group": "prisoner_of_war", "requests_return": True,
           "pow_language_barrier": True, "outcome": "return_on_request", "case_confirmed": True}
    slots = await validate(dispatcher, text="new case: a Korean shopkeeper", intent="start_case",
                           slots=old, active_loop=None)
    assert slots["nationality"] == "korean"
    assert slots["group"] == "ordinary_national"
    assert slots["pow_language_barrier"] is None
    assert slots["outcome"] is None
    assert slots["requested_slot"] == "requests_return"


async def test_a_weak_guess_at_start_over_does_not_throw_the_answers_away(dispatcher):
    facts = {**KOREAN_ORDINARY, "requests_return": True, "requested_slot": "pending_case"}
    weak = make_tracker("blue cars again", "start_over", slots=facts, confidence=0.4)
    slots = slot_events(await ValidateCaseForm().run(dispatcher, weak, {}))
    assert slots == {"misses": 1, "requested_slot": "pending_case"}
    sure = make_tracker("start over", "start_over", slots=facts, confidence=0.95)
    assert await ValidateCaseForm().run(dispatcher, sure, {}) == []


async def test_off_topic_is_still_read_for_an_answer_first(dispatcher):
    facts = {"requested_slot": "nationality"}
    slots = await validate(dispatcher, text="she's from Osaka", intent="out_of_scope", slots=facts)
    assert slots["nationality"] == "japanese"
    assert await ValidateCaseForm().run(dispatcher, make_tracker("what's the weather", "out_of_scope", slots=facts),
        {}) == []


# --- Readings the parser was unsure of are read back, and can be corrected (issue 14) --------------


async def test_a_group_read_from_a_negation_is_read_back_before_assessing(dispatcher):
    slots = await validate(dispatcher, text="korean woman, definitely not technical, never asked to go back",
                           intent="start_case")
    assert (slots["nationality"], slots["group"], slots["requests_return"]) == ("korean", "ordinary_national", False)
    assert slots["unsure_readings"]["group"][0] == "negated"
    full = {**KOREAN_ORDINARY, "requests_return": False, "hardship": False, "disturbs_order": False}
    ask(CONFIRM, {**full, "unsure_readings": slots["unsure_readings"]}, dispatcher)
    assert ("You said the person is *not* technical personnel, so I take it that the person is an "
            "ordinary national.") in texts(dispatcher)


async def test_an_occupation_a_typo_and_a_hedge_are_each_read_back(dispatcher):
    slots = await validate(dispatcher, text="a japaneese welder, i think he wants to go home", intent="start_case")
    assert (slots["nationality"], slots["group"], slots["requests_return"]) == ("japanese", "technical_personnel", True)
    readings = slots["unsure_readings"]
    assert readings["nationality"][0] == "spelling" and readings["group"] == ["occupation", "welder"]
    assert readings["requests_return"] == ["hedged", "i think"]
    ask(CONFIRM, {"nationality": "japanese", "group": "technical_personnel", "requests_return": True,
                  "unsure_readings": readings}, dispatcher)
    text = texts(dispatcher)
    assert 'I read "japaneese" as "japanese", so I take it that the person is Japanese.' in text
    assert 'You said "welder", so I take it that the person is technical personnel.' in text
    assert 'You said "i think" about it, so I take it that the person asks to return home.' in text


async def test_a_plain_statement_is_not_read_back_as_unsure(dispatcher):
    slots = await validate(dispatcher, text="a Korean prisoner of war who wants to go home", intent="start_case")
    assert slots["unsure_readings"] == {}


async def test_the_read_back_takes_a_correction_of_an_unsure_reading(dispatcher):
    full = {**KOREAN_ORDINARY, "requests_return": False, "hardship": False, "disturbs_order": False,
            "unsure_readings": {"group": ["negated", "technical personnel"]}, "requested_slot": "case_confirmed"}
    slots = await validate(dispatcher, text="no, she is technical", intent="deny", slots=full)
    assert slots["group"] == "technical_personnel"
    assert slots["unsure_readings"] == {}
    assert "Changed: technical personnel (was: ordinary national)" in texts(dispatcher)
    assert slots["requested_slot"] == "case_confirmed"


async def test_corrections_keep_working_after_an_unsure_reading(dispatcher):
    slots = await validate(dispatcher, text="actually she is Japanese", intent="inform", slots={
        **KOREAN_ORDINARY, "unsure_readings": {"nationality": ["hedged", "i think"]},
        "requested_slot": "requests_return"})
    assert slots["nationality"] == "japanese" and "nationality" not in slots["unsure_readings"]


@pytest.mark.parametrize("text", ["not sure", "idk tbh", "half korean half japanese", "Not sure"])
async def test_an_unclear_nationality_is_an_answer_and_is_not_asked_again(dispatcher, text):
    slots = await validate(dispatcher, text=text, intent="inform", slots={"requested_slot": "nationality"})
    assert slots["nationality"] == "unsure"
    assert slots["requested_slot"] == "group"


async def test_an_other_nationality_is_a_case_that_the_cable_does_not_cover(dispatcher):
    slots = await validate(dispatcher, text="my guy is mongolian and works as a herdsman", intent="start_case")
    assert slots["nationality"] == "other" and slots["requested_slot"] == "case_confirmed"


async def test_a_new_case_forgets_the_unsure_readings_of_the_last_one(dispatcher):
    slots = await validate(dispatcher, text="a korean prisoner of war who wants to go home", intent="start_case",
        slots={
        "nationality": "japanese", "group": "technical_personnel", "outcome": "retain",
        "unsure_readings": {"group": ["occupation", "welder"]}, "assumed_fields": ["pending_case"],
        "answer_order": ["nationality", "group"]})
    assert slots["group"] == "prisoner_of_war"
    assert slots["unsure_readings"] == {} and slots["assumed_fields"] == []
    assert slots["answer_order"] == ["nationality", "group", "requests_return"]


async def test_a_prisoners_condition_said_of_someone_else_is_not_noted_for_a_civilian(dispatcher):
    slots = await validate(dispatcher, text="korean miner, his parents are very poor, he wants to go home",
                           intent="start_case")
    assert slots["group"] == "ordinary_national" and slots["requests_return"] is True
    assert "pow_family_difficulties" not in slots
    assert "family issues" not in texts(dispatcher)


async def test_a_prisoners_conditions_are_still_taken_for_a_prisoner(dispatcher):
    slots = await validate(dispatcher, text="korean pow, his family back home is starving", intent="start_case")
    assert slots["pow_family_difficulties"] is True


async def test_a_fact_only_the_learned_reader_took_is_read_back_as_a_guess(dispatcher):
    text = ("a korean woman sews uniforms in a factory, she is saving every coin for the boat back to incheon, "
            "her rent eats most of her pay")
    slots = await validate(dispatcher, text=text, intent="start_case")
    kind, word = slots["unsure_readings"]["hardship"]
    assert slots["hardship"] is True and kind == "guessed" and word in ("rent", "pay")   # a word of the message
    dispatcher.messages.clear()
    ask(CONFIRM, {**slots, "requests_return": True}, dispatcher)
    assert (f'You did not say it in words I know, but from "{word}" I guess that '
            f'{cable.FACT["hardship"].statement(True)}.') in texts(dispatcher)


async def test_nothing_is_guessed_from_a_reply_to_a_question(dispatcher):
    slots = await validate(dispatcher, text="yes and her rent eats most of her pay every single month, poor woman",
                           intent="affirm", slots={**KOREAN_ORDINARY, "requested_slot": "requests_return"})
    assert "guessed" not in str(slots.get("unsure_readings"))
