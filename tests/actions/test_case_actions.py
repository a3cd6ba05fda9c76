"""The determination and its follow-ups, as the user sees them."""

import pytest

import cable
from teaching import assessments as records
from teaching.store import Unscoped
from actions.case.follow_ups import (ActionAssessCase, ActionExplainChanges, ActionExplainWhy, ActionGoBack,
                                     ActionStartOver, ActionWhatIf)
from tests.support.trackers import make_tracker, slot_events, texts

APPROVED = {"nationality": "korean", "group": "ordinary_national", "requests_return": True,
            "pending_case": False, "hardship": False, "disturbs_order": False, "wants_free_travel": False,
            "case_confirmed": True}


async def assess(dispatcher, facts, sender="conv-1"):
    tracker = make_tracker("yes", "affirm", slots=facts, active_loop=None, sender=sender)
    return slot_events(await ActionAssessCase().run(dispatcher, tracker, {}))


async def test_determination_quotes_the_clause_and_sets_outcome_slots(dispatcher):
    slots = await assess(dispatcher, APPROVED)
    assert slots == {"outcome": "approve_return", "applicable_clauses": [2]}
    text = texts(dispatcher)
    assert f'View 2: "{cable.view(2).text}"' in text
    assert "Approved to leave" in text
    assert "Caveats:" in text and "does not have overall regulations" in text


async def test_railway_note_when_a_free_trip_is_asked_for(dispatcher):
    await assess(dispatcher, {**APPROVED, "wants_free_travel": True})
    assert "the Railway Ministry does not have such regulations" in texts(dispatcher)


async def test_conflict_says_the_cable_gives_no_precedence(dispatcher):
    facts = {"nationality": "japanese", "group": "technical_personnel", "hardship": True, "disturbs_order": True}
    slots = await assess(dispatcher, facts)
    assert slots == {"outcome": "conflict", "applicable_clauses": [1, 4]}
    assert "no precedence" in texts(dispatcher)


async def test_every_assessment_is_recorded(dispatcher):
    await assess(dispatcher, APPROVED, sender="conv-records")
    rows = records.default_store().for_conversation("conv-records")
    assert len(rows) == 1
    assert rows[0].outcome == "approve_return"
    assert rows[0].clauses == [2]
    assert rows[0].facts["nationality"] == "korean"


@pytest.mark.parametrize("missing", [None, "", "  "], ids=["None", "empty", "blank"])
def test_the_records_store_refuses_a_call_without_a_conversation_id(missing, tmp_path):
    store = records.RecordStore(f"sqlite:///{tmp_path / 'records.db'}")
    assert store.save("conv-a", {"nationality": "korean"}, "approve_return", [2])
    with pytest.raises(Unscoped, match="conversation id is required"):
        store.save(missing, {"nationality": "korean"}, "retain", [1])
    with pytest.raises(Unscoped, match="conversation id is required"):
        store.for_conversation(missing)
    assert [(r.conversation_id, r.outcome) for r in store.for_conversation("conv-a")] == [("conv-a", "approve_return")]
    assert store.for_conversation("conv-b") == []


async def test_a_storage_failure_still_gives_the_determination(dispatcher, monkeypatch, caplog):
    monkeypatch.setattr(records, "_default", records.RecordStore("sqlite:////nonexistent-dir/x/records.db"))
    slots = await assess(dispatcher, APPROVED)
    assert slots["outcome"] == "approve_return"
    assert "View 2" in texts(dispatcher)
    assert "could not store the assessment" in caplog.text


async def test_why_after_a_determination_gives_the_reasoning(dispatcher):
    tracker = make_tracker("why?", "why", slots={**APPROVED, "outcome": "approve_return"}, active_loop=None)
    await ActionExplainWhy().run(dispatcher, tracker, {})
    text = texts(dispatcher)
    assert text.startswith("Step by step:")
    assert "So: Approved to leave (view 2)." in text


async def test_why_during_the_form_explains_the_question_with_its_clause(dispatcher):
    tracker = make_tracker("why do you ask?", "why", slots={"requested_slot": "pending_case"})
    await ActionExplainWhy().run(dispatcher, tracker, {})
    text = texts(dispatcher)
    assert "View 2 only covers people with no pending civil or criminal case" in text
    assert cable.view(2).text in text


async def test_what_would_change_it_lists_the_flips(dispatcher):
    tracker = make_tracker("what would change it", "what_changes", slots={**APPROVED, "outcome": "approve_return"},
                           active_loop=None)
    await ActionExplainChanges().run(dispatcher, tracker, {})
    det = cable.assess(cable.Case.from_dict({k: v for k, v in APPROVED.items() if k in cable.FIELDS}))
    text = texts(dispatcher)
    assert det.flips and all(flip["summary"] in text for flip in det.flips)


async def test_what_if_reassesses_with_one_fact_changed(dispatcher):
    tracker = make_tracker("what if she had a criminal case?", "what_if",
                           slots={**APPROVED, "outcome": "approve_return"}, active_loop=None)
    events = await ActionWhatIf().run(dispatcher, tracker, {})
    assert events == []  # the user's own case is unchanged
    text = texts(dispatcher)
    assert "No provision in the cable" in text


async def test_what_if_without_a_determination_says_so(dispatcher):
    await ActionWhatIf().run(dispatcher, make_tracker("what if he were Japanese", "what_if", active_loop=None), {})
    assert "assess a case first" in texts(dispatcher)


async def test_go_back_clears_the_last_answer_and_asks_it_again(dispatcher):
    facts = {"nationality": "korean", "group": "ordinary_national", "answer_order": ["nationality", "group"],
             "requested_slot": "requests_return"}
    slots = slot_events(await ActionGoBack().run(dispatcher, make_tracker("go back", "go_back", slots=facts), {}))
    assert slots["group"] is None
    assert slots["requested_slot"] == "group"
    assert slots["answer_order"] == ["nationality"]


async def test_start_over_forgets_the_case(dispatcher):
    slots = slot_events(await ActionStartOver().run(
        dispatcher, make_tracker("start over", "start_over", slots=APPROVED), {}))
    assert all(slots[f] is None for f in cable.FIELDS)
    assert slots["outcome"] is None
