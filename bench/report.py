"""bench/results.md (tables, targets met or not, trade-offs) and bench/latency.png."""

import math
from pathlib import Path

from bench.load import KINDS

CONFIGS = ("ours", "default")
LABELS = {"ours": "ours (config.yml)", "default": "Rasa default (bench/config_default.yml)"}

# The targets of issue #8, on a 2-core machine.
P50_MS, P95_MS = 10.0, 25.0
MIN_MSGS_PER_S = 150.0
READY_S = 10.0
BOTH_SERVERS_MB = 700.0
TRAIN_S = 60.0
MAX_MISSES = 25
MIN_INTENT, MIN_KB = 0.95, 0.90


def _num(x, fmt: str = "{:.1f}") -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    return fmt.format(x)


def _ratio(a, b) -> str:
    if a is None or b is None or not b or any(isinstance(v, float) and math.isnan(v) for v in (a, b)):
        return "–"
    return f"{a / b:.2f}"


def _get(results: dict, config: str, *path):
    node = results.get("configs", {}).get(config)
    for key in path:
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    return node


def _memory(results: dict, config: str) -> dict[str, float | None]:
    m = _get(results, config, "memory") or {}
    rasa, action = m.get("rasa") or {}, m.get("action") or {}
    def both(key):
        return (rasa[key] + action[key]) if key in rasa and key in action else None
    return {"rasa_loaded": rasa.get("loaded_mb"), "rasa_steady": rasa.get("steady_mb"),
            "rasa_peak": rasa.get("peak_mb"), "action_steady": action.get("steady_mb"),
            "action_peak": action.get("peak_mb"), "both_steady": both("steady_mb"),
            "both_peak": both("peak_mb")}


def _near(measured: float, target: float, margin: float = 0.05) -> str:
    """A warning when a timing is so close to its target that run-to-run variation can flip the verdict."""
    if abs(measured - target) <= margin * target:
        return f" (within {margin:.0%} of the target: another run can fall on the other side)"
    return ""


def verdicts(results: dict) -> list[tuple[str, str, str, bool | None]]:
    """(target, measured, verdict, met) for each target, computed from our configuration's numbers."""
    rows = []
    c1 = _get(results, "ours", "c1", "latency") or {}
    if c1:
        worst50 = max(KINDS, key=lambda k: c1[k]["p50"] if c1[k]["n"] else -1)
        worst95 = max(KINDS, key=lambda k: c1[k]["p95"] if c1[k]["n"] else -1)
        ok = all(c1[k]["n"] and c1[k]["p50"] <= P50_MS and c1[k]["p95"] <= P95_MS for k in KINDS)
        rows.append((f"p50 ≤ {P50_MS:.0f} ms and p95 ≤ {P95_MS:.0f} ms per turn at concurrency 1, every turn type",
                     f"worst p50 {c1[worst50]['p50']:.1f} ms ({worst50}), worst p95 {c1[worst95]['p95']:.1f} ms "
                     f"({worst95}); all turns p50 {c1['all']['p50']:.1f} / p95 {c1['all']['p95']:.1f} ms"
                     + _near(c1[worst50]["p50"], P50_MS) + _near(c1[worst95]["p95"], P95_MS), "", ok))
    c16 = _get(results, "ours", "c16")
    if c16:
        ok = c16["msgs_per_s"] >= MIN_MSGS_PER_S and c16["errors"] == 0
        rows.append((f"≥ {MIN_MSGS_PER_S:.0f} messages/s at concurrency 16 on one Rasa process, no errors",
                     f"{c16['msgs_per_s']:.1f} messages/s, {c16['errors']} errors in {c16['turns']} turns"
                     + _near(c16["msgs_per_s"], MIN_MSGS_PER_S), "", ok))
    ready = _get(results, "ours", "ready", "rasa_s")
    if ready is not None:
        rows.append((f"Rasa server ready in ≤ {READY_S:.0f} s", f"{ready:.1f} s", "", ready <= READY_S))
    mem = _memory(results, "ours")
    if mem["both_peak"] is not None:
        rows.append((f"both servers together ≤ {BOTH_SERVERS_MB:.0f} MB RSS (peak)",
                     f"{mem['both_peak']:.0f} MB peak (Rasa {mem['rasa_peak']:.0f} + actions "
                     f"{mem['action_peak']:.0f}); {mem['both_steady']:.0f} MB steady", "",
                     mem["both_peak"] <= BOTH_SERVERS_MB))
    train = _get(results, "ours", "train", "seconds")
    if train is not None:
        rows.append((f"training from cold ≤ {TRAIN_S:.0f} s", f"{train:.1f} s", "", train <= TRAIN_S))
    ours_i, def_i = _get(results, "ours", "nlu", "intent_accuracy"), _get(results, "default", "nlu", "intent_accuracy")
    if ours_i is not None:
        ok = ours_i >= MIN_INTENT and (def_i is None or ours_i >= def_i)
        vs = f" (default {def_i:.1%})" if def_i is not None else " (default not measured)"
        rows.append((f"NLU intent accuracy ≥ {MIN_INTENT:.0%}, no regression against the default",
                     f"{ours_i:.1%}{vs}", "", ok))
    ours_e, def_e = _get(results, "ours", "nlu", "entity_f1"), _get(results, "default", "nlu", "entity_f1")
    if ours_e is not None and def_e is not None:
        rows.append(("entity F1: no regression against the default", f"{ours_e:.3f} (default {def_e:.3f})", "",
                     ours_e >= def_e))
    rows += _long_verdicts(results)
    kb = results.get("kb")
    if kb:
        rows.append((f"knowledge-base top-1 ≥ {MIN_KB:.0%} (independent of the Rasa config)",
                     f"{kb['top1']:.1%} ({kb['correct']}/{kb['questions']}) answered right by `ask`; best match "
                     f"{kb['best_match']:.1%}", "", kb["top1"] >= MIN_KB))
    return [(t, m, "**met**" if ok else "**not met**", ok) for t, m, _, ok in rows]


LONG_GROWTH = 1.3     # issue 17: a late turn may cost at most 1.3x an early one


def _long_verdicts(results: dict) -> list[tuple[str, str, str, bool | None]]:
    rows = []
    long = _get(results, "ours", "long")
    if not long:
        return rows
    by_turn = long["by_turn"]
    first, last = min(by_turn, key=int), max(by_turn, key=int)
    for key, what in (("p50", "p50 latency"), ("rasa_cpu_ms", "Rasa server CPU"), ("action_cpu_ms",
        "action server CPU")):
        ratio = long["growth"][key]
        rows.append((f"{what} per turn at turn {last} ≤ {LONG_GROWTH}× turn {first}, one long conversation",
                     f"{by_turn[last][key]:.2f} vs {by_turn[first][key]:.2f} ms ({ratio:.2f}×), "
                     f"{long['errors']} errors in {long['turns_played']} turns", "",
                     ratio <= LONG_GROWTH and long["errors"] == 0))
    grown = long["grown"]
    # new conversations playing the same turns, taking turns with the grown ones (bench/long.py);
    # results from before that was measured compare with the c16 figure
    new, what = grown.get("new_msgs_per_s"), "the same turns in as many new conversations, measured in turn"
    if not new:
        new, what = _get(results, "ours", "c16", "msgs_per_s"), "the 8-turn figure"
    if new:
        ratio = new / grown["msgs_per_s"] if grown["msgs_per_s"] else float("inf")
        rows.append((f"throughput of {grown['conversations']} conversations already {grown['grown_turns']} turns "
                     f"long within {LONG_GROWTH}× of {what}",
                     f"{grown['msgs_per_s']:.1f} vs {new:.1f} messages/s ({ratio:.2f}×), {grown['errors']} errors", "",
                     ratio <= LONG_GROWTH and grown["errors"] == 0))
    return rows


def long_section(results: dict) -> list[str]:
    """The long-conversation tables: each checkpoint for both configurations, then the grown ones."""
    present = [c for c in CONFIGS if _get(results, c, "long")]
    if not present:
        return []
    window = _get(results, present[0], "long", "window")
    out = ["## Long conversation (bench/long.py)", "",
           f"One conversation playing the lesson (bench/lesson.py) turn after turn; each row times the {window} turns "
           "from that turn on. CPU is each server's, per turn, from /proc.", "",
           "| from turn | config | p50 ms | p95 ms | Rasa CPU ms/turn | action CPU ms/turn | errors |",
           "|---:|---|---:|---:|---:|---:|---:|"]
    turns = sorted({int(t) for c in present for t in _get(results, c, "long", "by_turn")})
    for turn in turns:
        for config in present:
            f = _get(results, config, "long", "by_turn", str(turn))
            if f:
                out.append(f"| {turn} | {config} | {_num(f['p50'])} | {_num(f['p95'])} | "
                    f"{_num(f['rasa_cpu_ms'], '{:.2f}')} "
                           f"| {_num(f['action_cpu_ms'], '{:.2f}')} | {f['errors']} |")
    expected = turns[-1] + window - 1
    for config in present:
        played = _get(results, config, "long", "turns_played") or 0
        if played < expected:
            why = "; ".join(_get(results, config, "long", "error_examples") or []) or "a wrong or missing reply"
            out += ["", f"The {config} configuration's conversation stopped at turn {played} of {expected} ({why}): "
                        "the rows after it have no turns."]
    out += ["", "| growth, last row over first | config | p50 | Rasa CPU | action CPU |", "|---|---|---:|---:|---:|"]
    for config in present:
        g = _get(results, config, "long", "growth")
        out.append(f"| turn {turns[-1]} / turn {turns[0]} | {config} | {_num(g['p50'], '{:.2f}')}× | "
                   f"{_num(g['rasa_cpu_ms'], '{:.2f}')}× | {_num(g['action_cpu_ms'], '{:.2f}')}× |")
    out += ["", "| the 8-turn script in conversations already long, all at once | config | messages/s | "
            "in new ones, taking turns | ratio | c16 | Rasa CPU ms/turn (c16) | p50 / p95 ms | errors |",
            "|---|---|---:|---:|---:|---:|---|---|---:|"]
    for config in present:
        g, c16 = _get(results, config, "long", "grown"), _get(results, config, "c16") or {}
        cpu = (g.get("cpu_ms_per_turn") or [None])[0]
        out.append(f"| {g['conversations']} × {g['grown_turns']} turns, then {g['measured_turns']} turns | {config} "
                   f"| {_num(g['msgs_per_s'])} | {_num(g.get('new_msgs_per_s'))} | "
                   f"{_ratio(g.get('new_msgs_per_s'), g['msgs_per_s'])} | {_num(c16.get('msgs_per_s'))} "
                   f"| {_num(cpu, '{:.2f}')} ({_num(c16.get('rasa_cpu_ms_per_turn'), '{:.2f}')}) | "
                   f"{_num(g['p50'])} / {_num(g['p95'])} | {g['errors']} |")
    return out + [""]


def _tradeoffs(results: dict, rows) -> list[str]:
    """What was traded, worked out from the numbers."""
    lines = []
    ours_i, def_i = _get(results, "ours", "nlu", "intent_accuracy"), _get(results, "default", "nlu", "intent_accuracy")
    ours_e, def_e = _get(results, "ours", "nlu", "entity_f1"), _get(results, "default", "nlu", "entity_f1")
    speed = []
    for key, label in ((("train", "seconds"), "training"), (("ready", "rasa_s"), "time to ready")):
        a, b = _get(results, "ours", *key), _get(results, "default", *key)
        if a and b:
            speed.append(f"{label} {b / a:.1f}× shorter")
    a, b = _get(results, "ours", "c1", "latency", "all", "p50"), _get(results, "default", "c1", "latency", "all", "p50")
    if a and b and not math.isnan(a) and not math.isnan(b):
        speed.append(f"p50 per turn {b / a:.1f}× lower")
    a, b = _memory(results, "ours")["rasa_peak"], _memory(results, "default")["rasa_peak"]
    if a and b:
        speed.append(f"Rasa server peak RSS {b - a:.0f} MB smaller")
    if speed:
        lines.append("- Against Rasa's default configuration, ours gives " + ", ".join(speed) + ".")
    if ours_i is not None and def_i is not None:
        if ours_i >= def_i and (ours_e is None or def_e is None or ours_e >= def_e):
            lines.append(f"- That speed cost no measured accuracy: intent accuracy {ours_i:.1%} against "
                         f"{def_i:.1%}" + (f", entity F1 {ours_e:.3f} against {def_e:.3f}" if ours_e is not None
                                           and def_e is not None else "") + " on the held-out set.")
        else:
            lost = []
            if ours_i < def_i:
                lost.append(f"{(def_i - ours_i) * 100:.1f} points of intent accuracy "
                            f"({ours_i:.1%} against {def_i:.1%})")
            if ours_e is not None and def_e is not None and ours_e < def_e:
                lost.append(f"{def_e - ours_e:.3f} of entity F1 ({ours_e:.3f} against {def_e:.3f})")
            lines.append("- **Traded:** ours gives up " + " and ".join(lost) + " for that speed. Entity F1 is "
                         "only a proxy: the case form reads facts from the message text as well as from the "
                         "entities (`understanding.case_facts.facts_in_reply`), so the error count of the scripted "
                         "conversations above is the user-level check. The lead decides whether the trade stands.")
    unmet = [t for t, _, _, ok in rows if ok is False]
    speed_unmet = [t for t in unmet if any(w in t for w in ("ms", "messages/s", "ready", "MB", "training"))]
    if speed_unmet:
        lines.append("- **Not met in this run:** " + "; ".join(speed_unmet) + ". The configuration trades speed "
                     "for accuracy in one place only: the character n-gram featurizer costs 0.6 ms of CPU per "
                     "message and buys 4.7 points of held-out intent accuracy (92.9% without it, below the 95% "
                     "target; bench/PROFILING.md, section 8). Where the two conflict, accuracy wins.")
        lines.append("- Timings move between runs with the host's speed: on this shared VM the same code has run "
                     "twice as fast in one hour as in another. The host speed check in the machine table shows "
                     "which kind of hour this run had (bench/PROFILING.md, section 9).")
    return lines


def _latency_table(results: dict, level: str) -> list[str]:
    lines = ["| turn type | ours p50 | p95 | p99 | default p50 | p95 | p99 | ratio p50 | ratio p95 "
             "| turns (ours/default) |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for kind in KINDS + ["case opening", "all"]:
        o = _get(results, "ours", level, "latency", kind) or {}
        d = _get(results, "default", level, "latency", kind) or {}
        lines.append(f"| {kind} | {_num(o.get('p50'))} | {_num(o.get('p95'))} | {_num(o.get('p99'))} | "
                     f"{_num(d.get('p50'))} | {_num(d.get('p95'))} | {_num(d.get('p99'))} | "
                     f"{_ratio(o.get('p50'), d.get('p50'))} | {_ratio(o.get('p95'), d.get('p95'))} | "
                     f"{o.get('n', '–')}/{d.get('n', '–')} |")
    return lines


def markdown(results: dict) -> str:
    meta = results["meta"]
    def g(c, *p):
        return _get(results, c, *p)
    m = {c: _memory(results, c) for c in CONFIGS}
    out = [
        "# Benchmarks: our configuration against Rasa's default",
        "",
        f"Generated by `make bench` (`{meta['command']}`) on {meta['date']}. "
        + ("**Quick run: small samples, for checking the harness, not for judging targets.**"
           if meta["quick"] else "Full run."),
        "",
        "| machine | |",
        "|---|---|",
        f"| CPUs | {meta['cpu_count']} × {meta['cpu_model']} |",
        f"| memory | {meta['mem_total_gb']:.1f} GB |",
        f"| load average at start / end | {meta['load_start']} / {meta.get('load_end', '–')} |",
        f"| host speed check at start / end (ms; a fixed Python workload, best of 5; lower is faster) | "
        f"{_num(meta.get('cpu_check_ms_start'))} / {_num(meta.get('cpu_check_ms_end'))} |",
        f"| Python / Rasa / rasa-sdk / TensorFlow | {meta['python']} / {meta['rasa']} / {meta['rasa_sdk']} / "
        f"{meta['tensorflow']} |",
        f"| server environment | {', '.join(f'`{k}={v}`' for k, v in meta['server_env'].items()) or '(none)'} |",
        f"| run time | {meta.get('duration_s', 0) / 60:.1f} min |",
        "",
        f"Real servers on the loopback: `rasa run` started as `make serve` starts it (`{meta.get('launcher', 'rasa')}`"
        "; REST webhook, endpoints.yml's settings with " + (
            "its tracker store in a scratch SQLite file" if meta.get("tracker", "sql") == "sql"
            else "Rasa's in-memory tracker store") +
        ", one Sanic worker) and the rasa-sdk action server, with the knowledge base in SQLite. Each measured "
        f"conversation is a new sender playing the same {len(meta['script'])}-turn script and every reply is "
        "checked; a wrong or missing reply counts as an error. Concurrency 1: "
        f"{meta['conversations']['c1']} conversations one after another; concurrency 16: "
        f"{meta['conversations']['c16']} conversations, 16 at a time. " + (
            f"Both configurations' servers are up together and take turns in rounds ({meta['rounds']['c1']} "
            f"conversations at concurrency 1, {meta['rounds']['c16']} at 16), so both see the same hours of a "
            "shared host. " if meta.get("rounds") else "") + "Latency is client-side, send to full "
        "reply, in ms, over successful turns. Ratios are ours/default (below 1 means ours is smaller).",
        "",
        "## Targets (our configuration)",
        "",
        "| target | measured | verdict |",
        "|---|---|---|",
    ]
    rows = verdicts(results)
    out += [f"| {t} | {meas} | {v} |" for t, meas, v, _ in rows]
    out += ["", "### What was traded", ""] + (_tradeoffs(results, rows) or ["- (needs both configurations)"])
    out += ["", "## Summary", "",
            f"| metric | {LABELS['ours']} | {LABELS['default']} | ours/default |", "|---|---:|---:|---:|"]

    def row(label, path, fmt="{:.1f}"):
        """One figure for both configurations: `path` into the results, or a key of _memory()."""
        a, b = ((m[c][path] if isinstance(path, str) else g(c, *path)) for c in CONFIGS)
        out.append(f"| {label} | {_num(a, fmt)} | {_num(b, fmt)} | {_ratio(a, b)} |")

    row("training from cold (s)", ("train", "seconds"))
    row("training peak RSS (MB)", ("train", "peak_rss_mb"), "{:.0f}")
    row("model archive (MB)", ("train", "model_mb"), "{:.2f}")
    row("action server: start to ready (s)", ("ready", "action_s"), "{:.2f}")
    row("Rasa server: start to ready (s)", ("ready", "rasa_s"))
    row("first turn after ready (ms)", ("ready", "first_turn_ms"))
    row("throughput, concurrency 1 (messages/s)", ("c1", "msgs_per_s"))
    row("throughput, concurrency 16 (messages/s)", ("c16", "msgs_per_s"))
    row("Rasa server CPU per turn, concurrency 1 (ms)", ("c1", "rasa_cpu_ms_per_turn"))
    row("Rasa server CPU per turn, concurrency 16 (ms)", ("c16", "rasa_cpu_ms_per_turn"))
    row("action server CPU per turn, concurrency 1 (ms)", ("c1", "action_cpu_ms_per_turn"))
    row("errors or wrong replies, concurrency 1", ("c1", "errors"), "{:d}")
    row("errors or wrong replies, concurrency 16", ("c16", "errors"), "{:d}")
    row("Rasa server RSS after load (MB)", "rasa_loaded", "{:.0f}")
    row("Rasa server RSS steady, after the load test (MB)", "rasa_steady", "{:.0f}")
    row("Rasa server RSS peak (MB)", "rasa_peak", "{:.0f}")
    row("action server RSS steady (MB)", "action_steady", "{:.0f}")
    row("action server RSS peak (MB)", "action_peak", "{:.0f}")
    row("both servers, steady (MB)", "both_steady", "{:.0f}")
    row("both servers, peak (MB)", "both_peak", "{:.0f}")
    row("NLU intent accuracy, held-out set", ("nlu", "intent_accuracy"), "{:.3f}")
    row("NLU entity F1 (micro), held-out set", ("nlu", "entity_f1"), "{:.3f}")
    kb = results.get("kb")
    if kb:
        out.append(f"| knowledge-base top-1, dev set (config-independent) | {kb['top1']:.3f} | {kb['top1']:.3f} | "
                   f"1.00 |")
    for level, concurrency in (("c1", 1), ("c16", 16)):
        out += ["", f"## Per-turn latency, concurrency {concurrency} (ms)", ""] + _latency_table(results, level)
    out += ["", "![latency percentiles by turn type](latency.png)", ""]
    out += long_section(results)
    errors = [(c, lvl, e) for c in CONFIGS for lvl in ("c1", "c16") for e in (g(c, lvl, "error_examples") or [])]
    if errors:
        out += ["## Errors seen", ""] + [f"- {c}, {lvl}: {e}" for c, lvl, e in errors] + [""]
    if kb:
        out += ["## Knowledge base", "",
                f"`KnowledgeBase.open(url).ask(q).entry_id` on the {kb['questions']} answerable questions of "
                f"`tests/knowledge/dev_questions.yml`: {kb['correct']} right ({kb['top1']:.1%}), the figure the "
                f"target is judged on. The best match (`search(q, 1)`, what `ask` offers first when it declines) "
                f"is right for {kb['best_match_correct']} ({kb['best_match']:.1%}); "
                f"{kb['unanswerable_declined']}/{kb['unanswerable']} unanswerable questions declined; "
                f"one lookup takes {_num(kb['ask_ms_p50'], '{:.2f}')} ms at p50 in-process.", ""]
        if kb["misses"]:
            shown = kb["misses"][:MAX_MISSES]
            out += ["| question | expected | ask answered | best match |", "|---|---|---|---|"]
            out += [f"| {x['q']} | {x['expected']} | {x['got'] or '(declined)'} | {x.get('best') or '–'} |"
                    for x in shown]
            if len(kb["misses"]) > len(shown):
                out.append(f"| … and {len(kb['misses']) - len(shown)} more (all in var/bench/results.json) | | | |")
            out.append("")
    out += ["## Method notes", "",
            "- Training: `rasa train --force` with an empty `RASA_CACHE_DIRECTORY`, on a snapshot of "
            "config/domain/data taken at the start of the run; peak RSS is the process's own `ru_maxrss`.",
            "- Ready: process start until `GET /health` (action server) or `GET /status` (Rasa, answers only "
            "once the model is loaded) returns 200, polled every 20 ms. The two servers start one after the other.",
            "- Memory: `VmRSS` and `VmHWM` from `/proc/<pid>/status`, summed over the process and its children "
            "(there are none with one Sanic worker). Peak is `VmHWM`. Steady is read after the load test.",
            "- Turn script (type: message):"]
    out += [f"  {i + 1}. {t['kind']}: \"{t['text']}\"" for i, t in enumerate(meta["script"])]
    out += ["- Profiling and the optimisations tried: `bench/PROFILING.md`.", ""]
    return "\n".join(out)


def plot(results: dict, path: Path) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    kinds = KINDS
    levels = [("c1", "concurrency 1"), ("c16", "concurrency 16")]
    fig, axes = plt.subplots(1, 2, figsize=(13, 4.8))
    colours = {"ours": ("#1f4e79", "#4f81bd", "#9dc3e6"), "default": ("#843c0c", "#c55a11", "#f4b183")}
    width = 0.13
    for ax, (level, title) in zip(axes, levels, strict=True):
        for ci, config in enumerate(CONFIGS):
            for pi, pct in enumerate(("p50", "p95", "p99")):
                xs, ys = [], []
                for ki, kind in enumerate(kinds):
                    v = _get(results, config, level, "latency", kind, pct)
                    if v is not None and not math.isnan(v):
                        xs.append(ki + (ci * 3 + pi - 2.5) * width)
                        ys.append(v)
                ax.bar(xs, ys, width, color=colours[config][pi],
                       label=f"{config} {pct}" if level == "c1" else None)
        if level == "c1":
            ax.axhline(P50_MS, color="green", linestyle="--", linewidth=1)
            ax.axhline(P95_MS, color="green", linestyle=":", linewidth=1)
            ax.text(len(kinds) - 0.5, P50_MS, " p50 target", va="bottom", ha="right", fontsize=8, color="green")
            ax.text(len(kinds) - 0.5, P95_MS, " p95 target", va="bottom", ha="right", fontsize=8, color="green")
        ax.set_yscale("log")
        ax.set_xticks(range(len(kinds)))
        ax.set_xticklabels(kinds)
        ax.set_ylabel("ms per turn (log scale)")
        thr = " / ".join(_num(_get(results, c, level, "msgs_per_s"), "{:.0f}") for c in CONFIGS)
        ax.set_title(f"{title} (messages/s ours / default: {thr})")
        ax.grid(axis="y", which="both", alpha=0.3)
    axes[0].legend(fontsize=8, ncol=2)
    fig.suptitle(f"Per-turn latency percentiles by turn type ({results['meta']['date']}"
                 + (", quick run" if results["meta"]["quick"] else "") + ")")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
