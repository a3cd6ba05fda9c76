"""The benchmark's own arithmetic and reports, on made-up figures (nothing here is timed)."""

import os

import numpy as np
import pytest

import bench.__main__ as bench_main
from bench import load, procs, report
from bench.load import Sample


@pytest.mark.parametrize("values", [[5.0], [3.0, 1.0, 2.0], list(range(1, 101)), [0.5, 9.0, 2.5, 7.25, 1.0]])
@pytest.mark.parametrize("q", [50, 95, 99])
def test_percentile_matches_numpy(values, q):
    assert load.percentile(values, q) == pytest.approx(np.percentile(values, q))


def test_percentile_of_nothing_is_nan():
    assert np.isnan(load.percentile([], 50))


def test_reply_text_joins_texts_and_button_titles():
    messages = [{"text": "Which nationality?", "buttons": [{"title": "Korean", "payload": "/inform"}]},
                {"image": "x.png"}]
    assert load.reply_text(messages) == "Which nationality?\nKorean\n"


def test_summary_counts_errors_and_keeps_them_out_of_the_percentiles():
    samples = [Sample(load.GREETING, 10.0, True), Sample(load.GREETING, 20.0, True),
               Sample(load.FORM, 1000.0, False, "'no': expected 'free trip', got ''"),
               Sample(load.FORM, 30.0, True)]
    s = load.summarise(samples, elapsed=2.0)
    assert s["turns"] == 4 and s["errors"] == 1 and s["msgs_per_s"] == 2.0
    assert s["latency"][load.GREETING]["n"] == 2 and s["latency"][load.GREETING]["p50"] == 15.0
    assert s["latency"][load.FORM]["p99"] == 30.0
    assert s["latency"]["all"]["n"] == 3
    assert s["error_examples"] == ["'no': expected 'free trip', got ''"]


def test_script_covers_every_turn_type_the_issue_names():
    assert {t.kind for t in load.SCRIPT} >= set(load.KINDS)
    assert all(t.expect for t in load.SCRIPT)


def _latency(p50, p95):
    return {k: {"n": 10, "p50": p50, "p95": p95, "p99": p95, "max": p95} for k in load.KINDS + ["case opening", "all"]}


def _results(p50=8.0, p95=20.0, msgs=160.0, errors=0, ready=9.0, rasa_mb=560.0, intent=0.97,
             default_intent=0.96, kb=0.95):
    config = lambda lat, intent_acc: {  # noqa: E731 - a table row maker, read as the data it makes
        "train": {"seconds": 20.0, "peak_rss_mb": 640.0, "model_mb": 0.9},
        "ready": {"action_s": 0.8, "rasa_s": ready, "first_turn_ms": 100.0},
        "c1": {"turns": 80, "errors": 0, "msgs_per_s": 50.0, "latency": lat, "error_examples": []},
        "c16": {"turns": 256, "errors": errors, "msgs_per_s": msgs, "latency": lat, "error_examples": []},
        "memory": {"rasa": {"loaded_mb": rasa_mb, "steady_mb": rasa_mb, "peak_mb": rasa_mb},
                   "action": {"loaded_mb": None, "steady_mb": 70.0, "peak_mb": 70.0}},
        "nlu": {"intent_accuracy": intent_acc, "entity_f1": 0.9},
    }
    meta = {"date": "2026-01-01 00:00", "quick": True, "command": "python -m bench --quick", "cpu_count": 2,
            "cpu_model": "test", "mem_total_gb": 8.0, "load_start": "0.00", "cpu_check_ms_start": 41.25,
            "python": "3.10", "rasa": "3.6.21",
            "rasa_sdk": "3.6.2", "tensorflow": "2.12.0", "server_env": {}, "conversations": {"c1": 10, "c16": 32},
            "script": [{"text": t.text, "kind": t.kind} for t in load.SCRIPT]}
    return {"meta": meta, "kb": {"top1": kb, "correct": 95, "questions": 100, "best_match": kb,
                                 "best_match_correct": 95, "misses": [], "unanswerable": 5,
                                 "unanswerable_declined": 5, "ask_ms_p50": 2.0},
            "configs": {"ours": config(_latency(p50, p95), intent),
                        "default": config(_latency(p50 * 2, p95 * 2), default_intent)}}


def test_every_target_is_met_when_the_numbers_are():
    rows = report.verdicts(_results())
    assert len(rows) == 8 and all(ok for *_, ok in rows)


@pytest.mark.parametrize("change, target", [
    ({"p50": 10.5}, "p50"), ({"p95": 26.0}, "p50"), ({"msgs": 149.0}, "messages/s"),
    ({"errors": 1}, "messages/s"), ({"ready": 10.1}, "ready"), ({"rasa_mb": 640.0}, "700 MB"),
    ({"intent": 0.94, "default_intent": 0.9}, "intent"), ({"intent": 0.96, "default_intent": 0.97}, "intent"),
    ({"kb": 0.89}, "knowledge-base"),
])
def test_a_target_missed_by_a_little_is_not_met(change, target):
    rows = report.verdicts(_results(**change))
    failed = [t for t, _, _, ok in rows if not ok]
    assert len(failed) == 1 and target in failed[0]


def test_a_timing_near_its_target_is_flagged_either_side():
    def measured(target, **change):
        return next(m for t, m, _, _ in report.verdicts(_results(**change)) if target in t)
    assert "another run can fall on the other side" in measured("messages/s", msgs=151.5)
    assert "another run can fall on the other side" in measured("messages/s", msgs=146.0)
    assert "another run can fall on the other side" not in measured("messages/s", msgs=160.0)
    assert "another run can fall on the other side" in measured("p50", p50=10.0)
    assert "another run can fall on the other side" not in measured("p50", p50=8.0)


def test_the_report_and_the_chart_are_written(tmp_path):
    results = _results(p50=30.0, intent=0.95, default_intent=0.97)
    text = report.markdown(results)
    assert "| NLU intent accuracy" in text and "**not met**" in text and "**Traded:**" in text
    assert "ours/default" in text and "2 × test" in text
    assert "**Not met in this run:** p50 ≤ 10 ms" in text
    assert "host speed check" in text.split("**Not met in this run:**")[1]
    assert "Not met in this run" not in report.markdown(_results())
    results["configs"].pop("default")        # `--only ours` still makes a report
    assert "(default not measured)" in report.markdown(results)
    report.plot(results, tmp_path / "latency.png")
    assert (tmp_path / "latency.png").read_bytes()[:4] == b"\x89PNG"


def test_memory_and_cpu_are_read_for_a_process_tree():
    mem = procs.memory_mb(os.getpid())
    assert mem["rss_mb"] > 10 and mem["hwm_mb"] >= mem["rss_mb"] - 1 and mem["processes"] >= 1
    assert procs.cpu_seconds(os.getpid()) > 0
    assert procs.process_tree(os.getpid())[0] == os.getpid()


def test_the_host_speed_check_is_reported_for_start_and_end():
    from bench.__main__ import cpu_check_ms
    assert cpu_check_ms(repeats=1) > 0
    results = _results()
    markdown = report.markdown(results)
    assert "| host speed check at start / end" in markdown and "| 41.2 / – |" in markdown
    results["meta"]["cpu_check_ms_end"] = 50.0
    assert "| 41.2 / 50.0 |" in report.markdown(results)


def test_conversations_are_split_into_rounds_with_the_rest_last():
    assert bench_main.rounds(50, 5) == [5] * 10
    assert bench_main.rounds(96, 32) == [32, 32, 32]
    assert bench_main.rounds(6, 5) == [5, 1]
    assert bench_main.rounds(3, 5) == [3]


def test_the_configurations_take_turns_and_each_keeps_its_own_figures(monkeypatch):
    played = []

    class FakeServer:
        def __init__(self, name):
            self.url, self.used = name, 0.0

        def cpu(self):
            return self.used

    def run(url, conversations, concurrency, tag):
        played.append((url, conversations, concurrency))
        slow = url == "slow"
        return [Sample(load.SCRIPT[0].kind, 20.0 if slow else 10.0, True)] * conversations, 0.5 * conversations

    monkeypatch.setattr(bench_main.load, "run", run)
    monkeypatch.setattr(bench_main, "ROUND", {"c1": 2, "c16": 4})
    servers = {name: bench_main.Running(FakeServer(name), FakeServer(name)) for name in ("fast", "slow")}
    bench_main.play_interleaved(servers, {"c1": 4, "c16": 4})
    assert [(url, c) for url, _, c in played] == [
        ("fast", 1), ("slow", 1), ("slow", 1), ("fast", 1), ("fast", 16), ("slow", 16)]
    fast, slow = servers["fast"].out, servers["slow"].out
    assert fast["c1"]["turns"] == slow["c1"]["turns"] == 4
    assert fast["c1"]["latency"]["all"]["p50"] == 10.0 and slow["c1"]["latency"]["all"]["p50"] == 20.0
    assert fast["c16"]["msgs_per_s"] == 2.0
