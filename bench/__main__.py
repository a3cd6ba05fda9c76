"""`python -m bench` (`make bench`): what users feel, ours against Rasa's default configuration.

Trains both configurations cold on one snapshot of the project, serves each with the real
action server, plays scripted conversations at concurrency 1 and 16, reads memory from
/proc, evaluates the held-out NLU set and the knowledge base, and writes bench/results.md
and bench/latency.png. `--quick` is a short run for checking the harness (results go to
var/bench/quick/ unless --out says otherwise).
"""

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from bench import accuracy, load, long, procs, report
from bench.procs import ROOT

CONFIG_FILES = {"ours": ROOT / "config.yml", "default": ROOT / "bench" / "config_default.yml"}

# Extra environment for both servers, on top of what scripts/run.sh sets (procs.BASE_ENV).
# Empty on purpose: MALLOC_ARENA_MAX=2, TF_INTRA/INTER_OP_PARALLELISM_THREADS=1,
# OMP_NUM_THREADS=1, TF_ENABLE_ONEDNN_OPTS=0 and CUDA_VISIBLE_DEVICES= were measured and
# change neither RSS nor CPU per turn nor start-up measurably (bench/PROFILING.md), so the
# bench runs the servers exactly as `make serve` does. Try others with --env / --rasa-env.
SERVER_ENV: dict[str, str] = {}

FULL = {"c1": 50, "c16": 96, "warmup": 3}
QUICK = {"c1": 6, "c16": 32, "warmup": 1}
# Conversations per round when the configurations alternate (play_interleaved).
ROUND = {"c1": 5, "c16": 32}

_t0 = time.perf_counter()


def say(message: str) -> None:
    print(f"[{time.perf_counter() - _t0:7.1f} s] {message}", flush=True)


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true", help="short run for checking the harness")
    p.add_argument("--only", choices=sorted(CONFIG_FILES), help="measure one configuration only")
    p.add_argument("--out", type=Path, help="where results.md and latency.png go "
                   "(default: bench/, or var/bench/quick/ with --quick)")
    p.add_argument("--c1", type=int, help="conversations at concurrency 1")
    p.add_argument("--c16", type=int, help="conversations at concurrency 16")
    p.add_argument("--env", action="append", default=[], metavar="KEY=VALUE",
                   help="extra environment for both servers (experiments); KEY= removes a default")
    p.add_argument("--rasa-env", action="append", default=[], metavar="KEY=VALUE",
                   help="extra environment for the Rasa server only (experiments)")
    p.add_argument("--tracker", choices=("sql", "memory"), default="sql",
                   help="tracker store (sql is what endpoints.yml uses; memory is for comparison)")
    p.add_argument("--models", type=Path, help="reuse <dir>/ours.tar.gz and default.tar.gz instead of "
                   "training (no training figures)")
    p.add_argument("--no-nlu", action="store_true", help="skip rasa test nlu")
    p.add_argument("--no-long", action="store_true", help="skip the long-conversation section")
    p.add_argument("--keep", action="store_true", help="keep the scratch directory under var/bench/")
    return p.parse_args(argv)


def machine() -> dict:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor() or "unknown")
    mem_kb = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal")))
    versions = {}
    for name in ("rasa", "rasa_sdk", "tensorflow"):
        try:
            from importlib.metadata import version
            versions[name] = version(name.replace("_", "-"))
        except Exception:  # noqa: BLE001 - a version that cannot be read is shown as "?"
            versions[name] = "?"
    return {"cpu_count": os.cpu_count(), "cpu_model": model, "mem_total_gb": mem_kb / 2 ** 20,
            "python": platform.python_version(), **versions}


def cpu_check_ms(repeats: int = 5) -> float:
    """A fixed pure-Python workload (dicts, strings, calls: what a Rasa turn is made of), best of
    `repeats`, in ms. On a shared VM the same code runs up to twice as fast in one hour as in
    another; this figure, taken at the start and end of a run, shows which kind of hour it was."""
    def workload() -> int:
        table: dict[str, int] = {}
        for i in range(300_000):
            key = f"slot_{i % 97}"
            table[key] = table.get(key, 0) + len(key.upper())
        return sum(table.values())

    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        workload()
        best = min(best, time.perf_counter() - started)
    return best * 1000


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def snapshot(work: Path) -> Path:
    """Copy the training inputs once, so both configurations see the same data."""
    project = work / "project"
    project.mkdir(parents=True)
    for name in ("config.yml", "domain.yml", "credentials.yml"):
        shutil.copy2(ROOT / name, project / name)
    shutil.copytree(ROOT / "data", project / "data")
    shutil.copy2(ROOT / "bench" / "config_default.yml", project / "config_default.yml")
    shutil.copy2(ROOT / "tests" / "nlu_test.yml", project / "nlu_test.yml")
    return project


def long_conversation(name: str, rasa: procs.Server, action: procs.Server, settings: dict) -> dict:
    """bench/long.py: one lesson-length conversation, then conversations already long, at once."""
    samples = long.one_long_conversation(rasa.url, rasa.proc.pid, action.proc.pid, settings["checkpoints"],
                                         settings["window"], progress=lambda m: say(f"{name}: {m}"))
    by_turn = long.at_checkpoints(samples, settings["checkpoints"], settings["window"])
    for turn, figures in by_turn.items():
        say(f"{name}: from turn {turn}: p50/p95 {figures['p50']:.1f}/{figures['p95']:.1f} ms, CPU ms/turn "
            f"Rasa {figures['rasa_cpu_ms']:.2f}, actions {figures['action_cpu_ms']:.2f}, {figures['errors']} errors")
    grown = long.grown_conversations_throughput(rasa.url, settings["concurrent"], settings["grown"],
                                                settings["repeats"], progress=lambda m: say(f"{name}: {m}"),
                                                pids=(rasa.proc.pid, action.proc.pid))
    say(f"{name}: {grown['conversations']} conversations {grown['grown_turns']} turns long, at once: "
        f"{grown['msgs_per_s']:.1f} msg/s, p50/p95 {grown['p50']:.0f}/{grown['p95']:.0f} ms, {grown['errors']} errors; "
        f"CPU ms/turn Rasa {grown['cpu_ms_per_turn'][0]:.1f}, actions {grown['cpu_ms_per_turn'][1]:.1f}")
    return {"window": settings["window"], "by_turn": {str(t): f for t, f in by_turn.items()},
            "turns_played": len(samples), "errors": sum(not s.ok for s in samples),
            "error_examples": sorted({s.problem for s in samples if not s.ok and s.problem})[:3],
            "growth": long.growth(by_turn), "grown": grown}


@dataclass
class Running:
    """One configuration's two servers, up, with what was measured of them so far."""
    rasa: procs.Server
    action: procs.Server
    out: dict = field(default_factory=dict)
    samples: dict = field(default_factory=dict)     # level -> [samples, seconds, Rasa CPU s, action CPU s]


def start(name: str, model: Path, project: Path, work: Path, env: dict[str, str], rasa_env: dict[str, str],
          counts: dict[str, int], tracker: str) -> Running:
    """Both servers up; time to ready, the first turn, a warm-up."""
    logs = work / "logs"
    action = procs.start_action_server(env, logs / f"{name}-action.log")
    try:
        say(f"{name}: action server ready in {action.ready_s:.2f} s "
            f"(RSS {action.memory()['rss_mb']:.0f} MB)")
        tracker_db = work / f"{name}-tracker.db" if tracker == "sql" else None
        rasa = procs.start_rasa_server(model, project, action.url, tracker_db, uuid.uuid4().hex,
                                       {**env, **rasa_env}, logs / f"{name}-rasa.log")
    except BaseException:
        action.stop()
        raise
    running = Running(rasa, action)
    running.out["loaded_mb"] = rasa.memory()["rss_mb"]
    say(f"{name}: Rasa server ready in {rasa.ready_s:.1f} s (RSS {running.out['loaded_mb']:.0f} MB)")
    first, _ = load.run(rasa.url, 1, 1, f"{name}-first", load.SCRIPT[:1])
    running.out["ready"] = {"action_s": action.ready_s, "rasa_s": rasa.ready_s, "first_turn_ms": first[0].ms,
                            "first_turn_ok": first[0].ok}
    if not first[0].ok:     # counted again in the runs below; the log says why
        say(f"{name}: the first turn went wrong: {first[0].problem} (see {_rel(rasa.log)})")
    warm, _ = load.run(rasa.url, counts["warmup"], 1, f"{name}-warm")
    say(f"{name}: first turn {first[0].ms:.0f} ms; warm-up {len(warm)} turns, {sum(not s.ok for s in warm)} errors")
    return running


def rounds(conversations: int, per_round: int) -> list[int]:
    """`conversations` split into rounds of at most `per_round`."""
    full, rest = divmod(conversations, per_round)
    return [per_round] * full + ([rest] if rest else [])


def play_interleaved(servers: dict[str, Running], counts: dict[str, int]) -> None:
    """Concurrency 1, then 16, in rounds that alternate between the configurations (A B B A ...).
    Played one configuration after the other, a shared host that speeds up or slows down between
    the two (bench/PROFILING.md, section 9) moved the ratios by a quarter; alternating in short
    rounds, both see the same hours."""
    for level, concurrency in (("c1", 1), ("c16", 16)):
        for i, size in enumerate(rounds(counts[level], ROUND[level])):
            order = list(servers) if i % 2 == 0 else list(reversed(servers))
            for name in order:
                s = servers[name]
                cpu0 = s.rasa.cpu(), s.action.cpu()
                samples, elapsed = load.run(s.rasa.url, size, concurrency, f"{name}-{level}-{i}-")
                cpu1 = s.rasa.cpu(), s.action.cpu()
                got = s.samples.setdefault(level, [[], 0.0, 0.0, 0.0])
                got[0] += samples
                got[1] += elapsed
                got[2] += cpu1[0] - cpu0[0]
                got[3] += cpu1[1] - cpu0[1]
        for name, s in servers.items():
            samples, elapsed, rasa_cpu, action_cpu = s.samples[level]
            summary = s.out[level] = load.summarise(samples, elapsed)
            # CPU time per turn hardly depends on what else the machine runs: the steady figure
            # for comparing runs on a busy machine, and 1000/rasa_cpu_ms bounds one process's msg/s.
            turns = max(summary["turns"], 1)
            summary["rasa_cpu_ms_per_turn"] = rasa_cpu * 1000 / turns
            summary["action_cpu_ms_per_turn"] = action_cpu * 1000 / turns
            lat = summary["latency"]
            say(f"{name}: concurrency {concurrency}: {summary['turns']} turns in {elapsed:.1f} s, "
                f"{summary['msgs_per_s']:.1f} msg/s, {summary['errors']} errors; CPU ms/turn Rasa "
                f"{summary['rasa_cpu_ms_per_turn']:.1f}, actions {summary['action_cpu_ms_per_turn']:.1f}; "
                "p50/p95 ms: " + ", ".join(f"{k} {lat[k]['p50']:.0f}/{lat[k]['p95']:.0f}" for k in load.KINDS))
            for problem in summary["error_examples"][:2]:
                say(f"{name}:   error: {problem}")


def finish(name: str, s: Running, long_settings: dict | None) -> dict:
    """The long-conversation section, then memory; the servers stop."""
    try:
        if long_settings:
            s.out["long"] = long_conversation(name, s.rasa, s.action, long_settings)
        time.sleep(1.0)
        r_now, a_now = s.rasa.memory(), s.action.memory()
        s.out["memory"] = {
            "rasa": {"loaded_mb": s.out.pop("loaded_mb"), "steady_mb": r_now["rss_mb"],
                     "peak_mb": max(r_now["hwm_mb"], s.rasa.sampler.max_rss_mb), "processes": r_now["processes"]},
            "action": {"loaded_mb": None, "steady_mb": a_now["rss_mb"],
                       "peak_mb": max(a_now["hwm_mb"], s.action.sampler.max_rss_mb),
                       "processes": a_now["processes"]},
        }
        m = s.out["memory"]
        say(f"{name}: memory steady/peak MB: Rasa {m['rasa']['steady_mb']:.0f}/{m['rasa']['peak_mb']:.0f}, "
            f"actions {m['action']['steady_mb']:.0f}/{m['action']['peak_mb']:.0f}")
    finally:
        stop(s)
    return s.out


def stop(s: Running) -> None:
    s.rasa.stop()
    s.action.stop()


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    counts = dict(QUICK if args.quick else FULL)
    for level in ("c1", "c16"):
        if getattr(args, level):
            counts[level] = getattr(args, level)
    out_dir = args.out or (ROOT / "var" / "bench" / "quick" if args.quick else ROOT / "bench")
    configs = [args.only] if args.only else ["ours", "default"]
    env = _apply(dict(SERVER_ENV), args.env)
    rasa_env = _apply({}, args.rasa_env)

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    work = ROOT / "var" / "bench" / f"work-{stamp}-{os.getpid()}"
    (work / "logs").mkdir(parents=True)
    meta = {"date": dt.datetime.now().strftime("%Y-%m-%d %H:%M"), "quick": args.quick,
            "command": "python -m bench " + " ".join(argv), "load_start": load_average(),
            "cpu_check_ms_start": cpu_check_ms(),
            "server_env": {**env, **{f"{k} (Rasa only)": v for k, v in rasa_env.items()}},
            "launcher": " ".join(_rel(Path(c)) for c in procs.rasa_command()),
            "conversations": {"c1": counts["c1"], "c16": counts["c16"]}, "rounds": dict(ROUND),
            "tracker": args.tracker, "configs": configs,
            "script": [{"text": t.text, "kind": t.kind} for t in load.SCRIPT], **machine()}
    results: dict = {"meta": meta, "configs": {c: {"config": str(CONFIG_FILES[c].relative_to(ROOT))}
                                               for c in configs}}
    say(f"bench: {'quick' if args.quick else 'full'} run of {', '.join(configs)} on {meta['cpu_count']} CPUs "
        f"(load average {meta['load_start']}); scratch {work.relative_to(ROOT)}")
    if os.getloadavg()[0] > 0.5 * (os.cpu_count() or 1):
        say("bench: the machine is busy; latency and throughput will be noisy")
    ok = False
    try:
        project = snapshot(work)
        say("snapshot of config.yml, domain.yml, data/, tests/nlu_test.yml taken")
        # The knowledge base goes into the scratch database the action server will use.
        db_url = f"sqlite:///{work / 'app.db'}"
        env["DATABASE_URL"] = db_url
        kb = results["kb"] = accuracy.knowledge_base(db_url)
        say(f"knowledge base: top-1 {kb['top1']:.1%} ({kb['correct']}/{kb['questions']}) on the dev set; "
            f"{kb['unanswerable_declined']}/{kb['unanswerable']} unanswerable declined; "
            f"ask p50 {kb['ask_ms_p50']:.2f} ms")

        models = {}
        for name in configs:
            if args.models:
                models[name] = args.models / f"{name}.tar.gz"
                continue
            say(f"{name}: training from cold ({CONFIG_FILES[name].relative_to(ROOT)})...")
            config = project / ("config.yml" if name == "ours" else "config_default.yml")
            # Training keeps TensorFlow's own thread defaults: DIET/TED use both cores.
            tr = procs.train(config, project, work / "models", name, work / f"cache-{name}", {},
                             work / "logs" / f"{name}-train.log", progress=say)
            models[name] = tr.model
            results["configs"][name]["train"] = {"seconds": tr.seconds, "peak_rss_mb": tr.peak_rss_mb,
                                                 "model_mb": tr.model_mb}
            say(f"{name}: trained in {tr.seconds:.1f} s, peak RSS {tr.peak_rss_mb:.0f} MB, "
                f"model {tr.model_mb:.2f} MB")

        servers: dict[str, Running] = {}
        try:
            for name in configs:
                servers[name] = start(name, models[name], project, work, env, rasa_env, counts, args.tracker)
            play_interleaved(servers, counts)
            for name in configs:    # one at a time: a long conversation is a test of one server
                settings = None if args.no_long else (long.QUICK if args.quick else long.FULL)
                results["configs"][name].update(finish(name, servers.pop(name), settings))
        finally:
            for running in servers.values():
                stop(running)

        if not args.no_nlu:
            for name in configs:
                say(f"{name}: rasa test nlu on the held-out set...")
                nlu_out = work / f"nlu-{name}"
                n = results["configs"][name]["nlu"] = accuracy.nlu(
                    models[name], project / "nlu_test.yml", nlu_out, {}, work / "logs" / f"{name}-nlu.log")
                say(f"{name}: intent accuracy {n['intent_accuracy']:.1%} on {n['messages']} messages, entity F1 "
                    + (f"{n['entity_f1']:.3f}" if n["entity_f1"] is not None else "–") + f" ({n['seconds']:.0f} s)")
        ok = True
    finally:
        meta["load_end"] = load_average()
        meta["cpu_check_ms_end"] = cpu_check_ms()
        meta["duration_s"] = time.perf_counter() - _t0
        out_dir.mkdir(parents=True, exist_ok=True)
        raw = (args.out / "results.json" if args.out
               else ROOT / "var" / "bench" / ("quick-results.json" if args.quick else "results.json"))
        raw.write_text(json.dumps(results, indent=1, default=str))
        if ok:
            (out_dir / "results.md").write_text(report.markdown(results))
            report.plot(results, out_dir / "latency.png")
            say(f"wrote {_rel(out_dir / 'results.md')}, {_rel(out_dir / 'latency.png')} and {_rel(raw)}")
            for target, measured, verdict, _ in report.verdicts(results):
                say(f"  {verdict.strip('*'):8s} {target}: {measured}")
        else:
            say(f"bench failed; partial figures in {_rel(raw)}, logs in {_rel(work / 'logs')}")
        if ok and not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            say(f"scratch directory kept: {_rel(work)}")
    return 0


def _apply(env: dict[str, str], items: list[str]) -> dict[str, str]:
    for item in items:
        key, _, value = item.partition("=")
        if value:
            env[key] = value
        else:
            env.pop(key, None)
    return env


def _rel(path: Path) -> str:
    for candidate in (path, path.resolve()):
        try:
            return str(candidate.relative_to(ROOT))
        except ValueError:
            pass
    return str(path)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
