"""The guided source analysis: content, and how it responds to answers."""

import re

import pytest

import cable
from teaching import analysis, evidence, misconceptions

STEPS = analysis.steps()
N = len(STEPS)
INDEX = {s.id: i for i, s in enumerate(STEPS)}
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
    "corroboration_military": "Both are about Koreans going back to Korea, but the CMC cable moves soldiers in units "
                              "while ours is about civilians, because the army handled its own men",
    "corroboration_japanese": "Keeping the Japanese technicians fits view 1, but the returns came later in big batches "
                              "because there were no diplomatic relations",
    "corroboration_other": "Shanghai's letter, the Chinese original, and the related cables about Korean soldiers",
}
CABLE_TEXT = " ".join([cable.TITLE, cable.ARCHIVE_NOTE, cable.SUMMARY, cable.ARCHIVE_CITATION]
                      + [c.text for c in cable.CLAUSES])


def test_four_habits_in_order_with_open_questions_and_corroboration_among_them():
    habits = [s.habit for s in STEPS]
    assert sorted(set(habits), key=habits.index) == list(analysis.HABITS)
    puzzles = {s.entry for s in STEPS if s.kind == "argue"}
    assert puzzles == {"interp_title_koreans_only", "interp_timing_before_war", "interp_advisory_guidance",
                       "interp_involuntary_vs_request"}
    compared = {e for s in STEPS if s.kind == "compare" for c in s.about for e in c.cites}
    # The Central Military Commission's cable, Nie Rongzhen's telegram, Zhou Enlai's order, the later Japanese returns.
    assert {"rd_cmc_jan1950", "rd_nie_dec1949", "rd_zhou_oct1950", "jp_1953_1958_batches"} <= compared


def test_every_step_is_complete():
    for s in STEPS:
        assert s.question.endswith(("?", ".", ")")) and s.hints and s.why and s.title, s.id
        if s.kind == "check":
            ids = {p.id for p in s.points}
            assert isinstance(s.needed, int) or set(s.needed) <= ids
            assert all(p.prompt for p in s.points), s.id
        elif s.kind == "argue":
            assert len(s.sides) == 2 and all(side.evidence for side in s.sides) and s.entry
        else:
            assert {p.group for p in s.points} == set(analysis.GROUPS) and s.about


def all_claims():
    for s in STEPS:
        for c in s.claims():
            yield s.id, c
    for m in misconceptions.all_misconceptions():
        for c in m.correction:
            yield m.id, c


def test_every_claim_cites_entries_that_exist_with_an_evidence_type_that_fits():
    """"cable text" only for what the cable says, "interpretation" for readings, scholarship for history."""
    problems = [(where, c.text[:50], p) for where, c in all_claims() for p in evidence.misfits(c)]
    assert problems == []


def test_quotations_of_the_cable_and_the_archive_page_are_verbatim():
    flat = lambda t: " ".join(t.replace("\u2019", "'").split())  # noqa: E731
    source = flat(CABLE_TEXT)
    for where, c in all_claims():
        if c.basis not in ("cable", "archive"):
            continue
        for quoted in re.findall(r'"([^"]+)"', c.text):
            for piece in re.split(r"\s*\.\.\.\s*", quoted):
                assert flat(piece) in source or flat(re.sub(r"\[\w+\]", "", piece)) in source, (where, piece)


def test_no_unsourced_claim_that_historians_argue():
    text = open(analysis.steps.__wrapped__.__globals__["CONTENT"], encoding="utf-8").read().lower()
    assert "historians still argue" not in text and "historians argue" not in analysis.intro().lower()
    assert "(it is not published)" not in text and "whatever they want" not in text


def walk(answers, step=0):
    state, replies = {**analysis.new_state(), "step": step}, []
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
    assert f"{N} of {N}" in analysis.outro(state)


def test_a_partial_answer_is_confirmed_in_the_students_words_and_pushed_further():
    state, [(message, record)] = walk(["It was sent from the Foreign Ministry"])
    assert record["verdict"] == "try again" and record["matched"] == ["author"]
    assert message.startswith("Good so far:\n- You wrote \"It was sent from the Foreign Ministry\": "
                              "China's Foreign Ministry sent it")
    assert "whom was it for" in message
    assert state["step"] == 0 and state["tries"] == 1
    state, message, record = analysis.answer(state, "to Shanghai")
    assert record["verdict"] == "complete" and state["step"] == 1


def test_a_misconception_is_corrected_with_evidence():
    _, [(message, record)] = walk(["Mao wrote it"])
    assert "No person is named" in message and "Source:" in message and record["misconceptions"] == ["mao_wrote_it"]
    assert 'in your words "Mao wrote it"' in message
    assert "entry po_zhou_foreign_minister" in message and "entry gap_signer" in message   # one source per claim


def test_two_misses_reveal_the_full_picture_and_move_on():
    state, replies = walk(["no clue really, something about trains", "something about trains"])
    assert replies[0][1]["verdict"] == "try again" and "Hint" not in replies[0][0]
    assert '"no clue really, something about trains"' in replies[0][0]
    assert replies[1][1]["verdict"] == "missed" and "The full picture" in replies[1][0]
    assert state["step"] == 1 and state["results"]["sourcing_author"] == "missed"


def test_an_open_question_asks_for_a_side_then_sets_out_both():
    state = {**analysis.new_state(), "step": INDEX["close_regulations"]}
    state, message, record = analysis.answer(state, "hmm, interesting")
    assert "Take a side first" in message and record["verdict"] == "try again"
    state, message, record = analysis.answer(state, "binding orders, because view 4 says should")
    assert record["verdict"] == "argued" and record["side"] == "binding"
    for side in STEPS[INDEX["close_regulations"]].sides:
        assert side.evidence[0].text.rstrip(".") in message     # both sides, never a verdict
    assert "Our sources do not settle this" in message and "Historians still argue" not in message


def test_not_binding_counts_for_advice():
    state = {**analysis.new_state(), "step": INDEX["close_regulations"]}
    _, _, record = analysis.answer(state, "not binding: they only propose views")
    assert record["side"] == "advice"


def test_hints_skip_and_back():
    state = analysis.new_state()
    state, first = analysis.hint(state)
    state, second = analysis.hint(state)
    _, third = analysis.hint(state)
    assert first.startswith("Hint:") and second != first and "last hint" in third
    assert "entry doc_title" in first            # a hint that states a fact names its source
    state, message = analysis.skip(state)
    assert state["step"] == 1 and "key points" in message and state["results"]["sourcing_author"] == "skipped"
    state, message = analysis.back(state)
    assert state["step"] == 0
    _, message = analysis.back(state)
    assert "first step" in message


def test_questions_and_the_cable_text():
    state = analysis.new_state()
    assert analysis.question_text(state).startswith(f"Step 1 of {N}, sourcing.\nWho wrote this document")
    assert analysis.question_text(state, reminder=True).startswith(f"Back to step 1 of {N}, sourcing:")
    text = analysis.intro()
    assert "involuntary repatriation" in text and "4. Those with difficulty living" in text
    war = analysis.question_text({**state, "step": INDEX["context_war"]})
    assert "25 June 1950" in war and "entry kw_start" in war and "entry doc_date" in war


@pytest.mark.parametrize("text,expected", [("what does gratis mean?", True), ("the weather is nice", False)])
def test_matches_anything(text, expected):
    state = {**analysis.new_state(), "step": 1}
    assert analysis.matches_anything(state, text) is expected


# --- The examples --------------------------------------------------------------------------

def test_written_during_the_war_is_corrected_and_not_credited():
    state, [(message, record)] = walk(["1950, it was during the korean war"], INDEX["context_when"])
    assert record["misconceptions"] == ["during_korean_war"] and "korean_war" not in record["matched"]
    assert "25 June 1950" in message and "two months later" in message and "entry kw_start" in message
    assert "would begin two months later" not in message          # never credited and corrected at once
    assert '- You wrote "1950": it is dated 20 April 1950' in message


def test_only_koreans_from_the_title_is_corrected_before_asking_for_a_side():
    _, [(message, record)] = walk(["its about koreans obviously, the title says so"], INDEX["sourcing_title"])
    assert record["misconceptions"] == ["only_koreans"]
    assert message.index("Japanese and Korean prisoners of war") < message.index("Take a side first")


def test_forced_out_for_the_war_is_corrected_then_the_reading_restated():
    text = "china was getting ready for the war so it forced all the koreans to leave"
    _, [(message, record)] = walk([text], INDEX["context_war"])
    assert record["misconceptions"] == ["everyone_forced_out"] and record["side"] == "linked"
    assert message.index("does not send everyone away") < message.index("you read it as")


def test_view_4_read_as_applying_to_everyone_is_corrected():
    _, [(message, record)] = walk(["they are binding: it says they should be repatriated as soon as possible"],
                                  INDEX["close_regulations"])
    assert record["misconceptions"] == ["view4_for_everyone"] and "covers only" in message


def test_quoting_views_1_and_3_is_not_called_view_4():
    _, [(message, record)] = walk(["binding: view 1 says we should strive to reform and keep them, and view 3 "
                                   "says they should be sent back"], INDEX["close_regulations"])
    assert set(record["matched"]) == {"should_v1", "should_v3"}
    assert "view 4's" not in message.split("For the reading")[0]


def test_not_really_is_a_no_to_involuntary():
    _, [(message, record)] = walk(["not really, most of them could choose"], INDEX["corroboration_note"])
    assert record["side"] == "misleading"
    assert 'misdescribes most of the cable ("' in message


# --- Every step restates what it judges in the student's own words, negation included ----------

RESTATED = [
    # (step, answer, the words the reply must quote, a point it must not credit)
    ("sourcing_author", "it wasn't Mao, it was the foreign ministry writing to shanghai",
     "it was the foreign ministry writing to shanghai", None),
    ("sourcing_title", "the archive editors picked it, the text isn't only about koreans",
     "the archive editors picked it", None),
    ("context_when", "april 1950, not long after the prc was founded", "april 1950", None),
    ("context_war", "it does not mention soldiers at all, so i'd say routine paperwork",
     "it does not mention soldiers at all", "soldiers"),
    ("close_views", "technical people are kept and prisoners of war go home if they ask, but not everyone leaves",
     "technical people are kept and prisoners of war go home if they ask", None),
    ("close_regulations", "advice, since the ministry does not have regulations and only proposes views",
     "since the ministry does not have regulations and only proposes views", None),
    ("corroboration_note", "no, it doesn't fit, most could choose to go", "it doesn't fit", None),
    ("corroboration_military", "the cmc cable is about soldiers, not civilians like ours",
     "the cmc cable is about soldiers", None),
    ("corroboration_japanese", "they kept the japanese technicians, which is like view 1",
     "they kept the japanese technicians", None),
    ("corroboration_other", "i would not use wikipedia, i'd find the chinese original", "i'd find the chinese original",
     None),
]


@pytest.mark.parametrize("step_id,text,words,not_credited", RESTATED, ids=[r[0] for r in RESTATED])
def test_each_step_quotes_the_students_own_words(step_id, text, words, not_credited):
    assert {r[0] for r in RESTATED} == set(INDEX)
    _, [(message, record)] = walk([text], INDEX[step_id])
    quoted = re.findall(r'"([^"]+)"', message.split("Sources:")[0])
    assert words in quoted, (message, quoted)
    for q in quoted:                              # every quotation of the student is their words, unchanged
        if q.lower() in text.lower():
            assert q in text
    if not_credited:
        assert not_credited not in record["matched"]
    assert not record["misconceptions"], record   # a negated claim ("it wasn't Mao") is not held against them
