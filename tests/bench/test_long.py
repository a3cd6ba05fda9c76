"""The long-conversation section's arithmetic, script and report, on made-up figures (nothing timed)."""

import pytest

from bench import lesson, load, long, report
from bench.long import LongSample


def test_the_lesson_goes_round_to_any_length_and_every_turn_is_checked():
    turns = lesson.lesson_turns(2 * len(lesson.LESSON) + 5)
    assert turns[:len(lesson.LESSON)] == lesson.LESSON == turns[len(lesson.LESSON):2 * len(lesson.LESSON)]
    assert turns[-5:] == lesson.LESSON[:5]
    assert all(t.expect for t in lesson.LESSON)
    kinds = {t.kind for t in lesson.LESSON}
    assert set(load.KINDS) <= kinds and lesson.TEACHING in kinds     # cases, questions, quiz and analysis
    with pytest.raises(ValueError):
        lesson.lesson_turns(-1)


def _samples(cost):
    """Turns 1..40 whose latency and CPU follow `cost(turn)`; turn 25 failed."""
    return [LongSample(t, cost(t), cost(t) / 2, cost(t) / 10, t != 25, None if t != 25 else "x") for t in range(1, 41)]


def test_each_checkpoint_takes_its_window_of_turns_and_leaves_errors_out():
    figures = long.at_checkpoints(_samples(lambda t: float(t)), (10, 20, 30), window=10)
    assert figures[10] == {"turns": 10, "errors": 0, "p50": 14.5, "p95": pytest.approx(18.55),
                           "rasa_cpu_ms": 7.25, "action_cpu_ms": pytest.approx(1.45)}
    assert figures[20]["turns"] == 10 and figures[20]["errors"] == 1
    assert figures[20]["p50"] == load.percentile([t for t in range(20, 30) if t != 25], 50)


def test_growth_is_the_last_checkpoint_over_the_first():
    flat = long.growth(long.at_checkpoints(_samples(lambda t: 5.0), (10, 30), window=10))
    assert flat == {"p50": 1.0, "rasa_cpu_ms": 1.0, "action_cpu_ms": 1.0}
    linear = long.growth(long.at_checkpoints(_samples(lambda t: float(t)), (1, 31), window=10))
    assert linear["p50"] == pytest.approx(35.5 / 5.5) and linear["rasa_cpu_ms"] == pytest.approx(35.5 / 5.5)


def _results(growth_p50=1.1, grown_msgs=150.0, c16_msgs=160.0, errors=0, new_msgs=160.0):
    by_turn = {"10": {"turns": 30, "errors": 0, "p50": 5.0, "p95": 8.0, "rasa_cpu_ms": 4.0, "action_cpu_ms": 1.0},
               "2000": {"turns": 30, "errors": errors, "p50": 5.0 * growth_p50, "p95": 9.0, "rasa_cpu_ms": 4.2,
                        "action_cpu_ms": 1.0}}
    ours = {"c16": {"msgs_per_s": c16_msgs, "errors": 0, "turns": 256, "rasa_cpu_ms_per_turn": 4.0},
            "long": {"window": 30, "by_turn": by_turn, "turns_played": 2029, "errors": errors,
                     "growth": {"p50": growth_p50, "rasa_cpu_ms": 1.05, "action_cpu_ms": 1.0},
                     "grown": {"conversations": 16, "grown_turns": 336, "measured_turns": 384, "errors": 0,
                               "msgs_per_s": grown_msgs, "new_msgs_per_s": new_msgs, "p50": 90.0, "p95": 120.0,
                               "cpu_ms_per_turn": [4.3, 1.1]}}}
    return {"meta": {}, "configs": {"ours": ours}}


def _long_verdicts(results):
    return [(target, ok) for target, _, _, ok in report.verdicts(results) if "long" in target]


def test_the_long_targets_are_met_within_a_third_and_missed_beyond_it():
    met = _long_verdicts(_results())
    assert len(met) == 4 and all(ok for _, ok in met)
    slow = dict(_long_verdicts(_results(growth_p50=1.4, grown_msgs=100.0)))
    assert [ok for target, ok in slow.items() if "p50" in target] == [False]
    assert [ok for target, ok in slow.items() if "already" in target] == [False]
    assert not all(ok for _, ok in _long_verdicts(_results(errors=1)))


def test_grown_conversations_are_compared_with_new_ones_measured_in_turn_with_them():
    # a c16 figure from another part of the run does not decide it ...
    [(target, ok)] = [v for v in _long_verdicts(_results(grown_msgs=150.0, new_msgs=160.0, c16_msgs=400.0))
                      if "already" in v[0]]
    assert ok and "new conversations" in target
    assert not dict(_long_verdicts(_results(grown_msgs=100.0, new_msgs=160.0, c16_msgs=100.0)))[target]
    # ... except in results from before the new ones were measured
    old = _results(grown_msgs=150.0, c16_msgs=400.0)
    del old["configs"]["ours"]["long"]["grown"]["new_msgs_per_s"]
    assert [ok for target, ok in _long_verdicts(old) if "8-turn figure" in target] == [False]


def test_the_report_has_a_long_conversation_section_for_each_configuration():
    results = _results()
    results["configs"]["default"] = {k: v for k, v in results["configs"]["ours"].items()}
    lines = report.long_section(results)
    assert lines[0] == "## Long conversation (bench/long.py)"
    rows = [line for line in lines if line.startswith("| 2000 |") or line.startswith("| 10 |")]
    assert [row.split("|")[2].strip() for row in rows] == ["ours", "default", "ours", "default"]
    assert any("16 × 336 turns" in line and "| 150.0 | 160.0 | 1.07 |" in line for line in lines)
    assert report.long_section({"meta": {}, "configs": {"ours": {}}}) == []


def test_the_report_says_where_a_conversation_stopped_and_why():
    results = _results()
    stopped = dict(results["configs"]["ours"]["long"], turns_played=52, error_examples=["'no': expected 'x', got 'y'"])
    results["configs"]["default"] = dict(results["configs"]["ours"], long=stopped)
    lines = report.long_section(results)
    said = [line for line in lines if "stopped" in line]
    assert said == ["The default configuration's conversation stopped at turn 52 of 2029 "
                    "('no': expected 'x', got 'y'): the rows after it have no turns."]
