"""The guided source analysis: content, and how it responds to answers."""

import pytest

from teaching import analysis, evidence

STEPS = analysis.steps()
# A full answer for each step, as a student might put it.
GOOD = {
    "sourcing_author": "The Foreign Ministry in Beijing wrote it to the Shanghai Foreign Affairs office, replying to a letter",
    "sourcing_title": "It is about Japanese too; the archive editors probably chose the title for their collection",
    "context_when": "April 1950, just months after the communists founded the People's Republic",
    "context_war": "I think it was routine administration: it never mentions soldiers or war, and covers the Japanese too",
    "close_views": "Technical personnel are kept, ordinary nationals without cases may leave, prisoners of war are "
                   "sent back if they ask, and people who disturb social order are repatriated",
    "close_regulations": "It's advice: the ministry only proposes views based on experience with past cases",
    "corroboration_note": "Partly: view 4 is forced, but views 2 and 3 depend on a request, so involuntary only fits part",
    "corroboration_other": "Shanghai's letter, the Chinese original, and the related cables about Korean soldiers",
}


def test_four_habits_in_order_with_puzzles_among_them():
    habits = [s.habit for s in STEPS]
    assert sorted(set(habits), key=habits.index) == list(analysis.HABITS)
    puzzles = {s.entry for s in STEPS if s.kind == "argue"}
    assert puzzles == {"interp_title_koreans_only", "interp_timing_before_war", "interp_advisory_guidance",
                       "interp_involuntary_vs_request"}


def test_every_step_is_complete_and_cites_existing_entries():
    for s in STEPS:
        assert s.question.endswith(("?", ".", ")")) and s.hints and s.why
        entries = list(s.evidence) + ([s.entry] if s.entry else []) + [m["entry"] for m in s.misconceptions if "entry" in m]
        assert entries and all(evidence.known(e) for e in entries), s.id
        if s.kind == "check":
            ids = {p.id for p in s.points}
            assert isinstance(s.needed, int) or set(s.needed) <= ids
            assert all(p.prompt for p in s.points), s.id
        else:
            assert len(s.sides) == 2 and all(side.evidence for side in s.sides)


def walk(answers):
    state, replies = analysis.new_state(), []
    for text in answers:
        state, message, record = analysis.answer(state, text)
        replies.append((message, record))
    return state, replies


def test_a_good_answer_at_every_step_finishes_the_walkthrough():
    state = analysis.new_state()
    for step in STEPS:
        assert analysis.current(state).id == step.id
        state, message, record = analysis.answer(state, GOOD[step.id])
        assert record["verdict"] in ("complete", "argued"), (step.id, message)
        assert "Source:" in message
    assert state["done"]
    assert "8 of 8" in analysis.outro(state)


def test_a_partial_answer_is_confirmed_and_pushed_further():
    state, [(message, record)] = walk(["It was sent from the Foreign Ministry"])
    assert record["verdict"] == "try again" and record["matched"] == ["author"]
    assert message.startswith("Good: China's Foreign Ministry sent it.") and "whom was it for" in message
    assert state["step"] == 0 and state["tries"] == 1
    state, message, record = analysis.answer(state, "to Shanghai")
    assert record["verdict"] == "complete" and state["step"] == 1


def test_a_misconception_is_corrected_with_evidence():
    _, [(message, record)] = walk(["Mao Zedong wrote it"])
    assert "No person is named" in message and "Source:" in message and record["misconceptions"]


def test_two_misses_reveal_the_full_picture_and_move_on():
    state, replies = walk(["no clue really", "something about trains"])
    assert replies[0][1]["verdict"] == "try again" and "Hint" not in replies[0][0]
    assert replies[1][1]["verdict"] == "missed" and "The full picture" in replies[1][0]
    assert state["step"] == 1 and state["results"]["sourcing_author"] == "missed"


def test_a_puzzle_asks_for_a_side_then_sets_out_both():
    state = {**analysis.new_state(), "step": 5}
    state, message, record = analysis.answer(state, "hmm, interesting")
    assert "Take a side first" in message and record["verdict"] == "try again"
    state, message, record = analysis.answer(state, "binding orders, because view 4 says should")
    assert record["verdict"] == "argued" and record["side"] == "binding"
    for side in analysis.steps()[5].sides:
        assert side.evidence in message                     # both sides, never a verdict
    assert "Historians still argue" in message


def test_not_binding_counts_for_advice():
    state = {**analysis.new_state(), "step": 5}
    _, _, record = analysis.answer(state, "not binding: they only propose views")
    assert record["side"] == "advice"


def test_hints_skip_and_back():
    state = analysis.new_state()
    state, first = analysis.hint(state)
    state, second = analysis.hint(state)
    _, third = analysis.hint(state)
    assert first.startswith("Hint:") and second != first and "last hint" in third
    state, message = analysis.skip(state)
    assert state["step"] == 1 and "key points" in message and state["results"]["sourcing_author"] == "skipped"
    state, message = analysis.back(state)
    assert state["step"] == 0
    _, message = analysis.back(state)
    assert "first step" in message


def test_questions_and_the_cable_text():
    state = analysis.new_state()
    assert analysis.question_text(state).startswith("Step 1 of 8, sourcing.\nWho wrote this document")
    assert analysis.question_text(state, reminder=True).startswith("Back to step 1 of 8, sourcing:")
    text = analysis.intro()
    assert "involuntary repatriation" in text and "4. Those with difficulty living" in text


@pytest.mark.parametrize("text,expected", [("what does gratis mean?", True), ("the weather is nice", False)])
def test_matches_anything(text, expected):
    state = {**analysis.new_state(), "step": 1}
    assert analysis.matches_anything(state, text) is expected
