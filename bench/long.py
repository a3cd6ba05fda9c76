"""The long-conversation section of `make bench`: does a turn cost more late in a lesson?

One conversation plays the lesson (bench/lesson.py) for thousands of turns; at each checkpoint
(turn 10, 100, 500, 2,000) a window of turns is timed: p50/p95 latency and the CPU each server
spent per turn (from /proc/<pid>/task/*/schedstat, in nanoseconds, so single turns are
measurable). Then 16 conversations are grown to 300 turns each and all 16 play the benchmark's
8-turn script on together: their throughput against the same script in new conversations.
"""

import asyncio
import os
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import aiohttp

from bench import lesson, load
from bench.procs import process_tree

FULL = {"checkpoints": (10, 100, 500, 2000), "window": 30, "grown": 300, "concurrent": 16, "repeats": 3}
QUICK = {"checkpoints": (10, 60), "window": 10, "grown": 30, "concurrent": 16, "repeats": 1}


def cpu_ns(pid: int) -> int:
    """CPU time of every thread of the process and its children so far, in nanoseconds."""
    total = 0
    for process in process_tree(pid):
        try:
            threads = os.listdir(f"/proc/{process}/task")
        except OSError:
            continue
        for thread in threads:
            try:
                with open(f"/proc/{process}/task/{thread}/schedstat") as f:
                    total += int(f.read().split()[0])
            except (OSError, ValueError, IndexError):
                continue
    return total


@dataclass
class LongSample:
    turn: int           # 1-based position in the conversation
    ms: float
    rasa_cpu_ms: float
    action_cpu_ms: float
    ok: bool
    problem: str | None = None


async def _play(url: str, sender: str, turns: Sequence[load.Turn], first: int, cpu: Callable[[], tuple],
                http: aiohttp.ClientSession, stop_on_error: bool = True) -> list[LongSample]:
    samples = []
    for offset, turn in enumerate(turns):
        before = cpu()
        sample = await load._turn(http, url, sender, turn)
        after = cpu()
        samples.append(LongSample(first + offset, sample.ms, (after[0] - before[0]) / 1e6,
                                  (after[1] - before[1]) / 1e6, sample.ok, sample.problem))
        if not sample.ok and stop_on_error:
            break
    return samples


def one_long_conversation(rasa_url: str, rasa_pid: int, action_pid: int, checkpoints: Sequence[int],
                          window: int, progress: Callable[[str], None] = print) -> list[LongSample]:
    """Plays one lesson-like conversation up to the last checkpoint plus `window` turns; every turn
    is kept (the report takes the windows starting at each checkpoint)."""
    total = max(checkpoints) + window - 1
    script = lesson.lesson_turns(total)
    url = f"{rasa_url}/webhooks/rest/webhook"
    sender = f"bench-long-{uuid.uuid4().hex[:10]}"

    async def run() -> list[LongSample]:
        samples: list[LongSample] = []
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as http:
            def cpu():
                return (cpu_ns(rasa_pid), cpu_ns(action_pid))
            step = 250
            for start in range(0, total, step):
                samples += await _play(url, sender, script[start:start + step], start + 1, cpu, http)
                if samples and not samples[-1].ok:
                    break
                progress(f"long conversation: {len(samples)} of {total} turns")
        return samples

    return asyncio.run(run())


def at_checkpoints(samples: list[LongSample], checkpoints: Sequence[int], window: int) -> dict[int, dict]:
    """p50/p95 latency and mean CPU per turn of each server over turns [T, T + window)."""
    out = {}
    for checkpoint in checkpoints:
        chosen = [s for s in samples if checkpoint <= s.turn < checkpoint + window]
        good = [s for s in chosen if s.ok]
        out[checkpoint] = {
            "turns": len(chosen), "errors": len(chosen) - len(good),
            "p50": load.percentile([s.ms for s in good], 50), "p95": load.percentile([s.ms for s in good], 95),
            "rasa_cpu_ms": _mean([s.rasa_cpu_ms for s in good]),
            "action_cpu_ms": _mean([s.action_cpu_ms for s in good]),
        }
    return out


def growth(by_checkpoint: dict[int, dict]) -> dict[str, float]:
    """Last checkpoint over the first, for p50 and each server's CPU (1.0: no growth)."""
    first, last = by_checkpoint[min(by_checkpoint)], by_checkpoint[max(by_checkpoint)]
    return {key: (last[key] / first[key] if first[key] else float("nan"))
            for key in ("p50", "rasa_cpu_ms", "action_cpu_ms")}


def grown_conversations_throughput(rasa_url: str, concurrent: int, grown: int, repeats: int,
                                   progress: Callable[[str], None] = print, pids: Sequence[int] = ()) -> dict:
    """`concurrent` conversations grown to at least `grown` turns each (whole rounds of the lesson,
    played together), then the benchmark's 8-turn script `repeats` times each, all at once, taking
    turns with as many new conversations playing the same (new, grown, grown, new: a host that
    speeds up or slows down moves both alike): messages per second of each."""
    url = f"{rasa_url}/webhooks/rest/webhook"
    senders = [f"bench-grown-{i}-{uuid.uuid4().hex[:8]}" for i in range(concurrent)]
    grown = -(-grown // len(lesson.LESSON)) * len(lesson.LESSON)
    measured = list(load.SCRIPT) * repeats
    def no_cpu():
        return (0, 0)

    async def run() -> dict:
        connector = aiohttp.TCPConnector(limit=concurrent)
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120), connector=connector) as http:
            grown_samples = await asyncio.gather(
                *(_play(url, s, lesson.lesson_turns(grown), 1, no_cpu, http) for s in senders))
            errors = sum(not x.ok for samples in grown_samples for x in samples)
            progress(f"grown conversations: {concurrent} x {grown} turns, {errors} errors")

            async def timed(who: list[str], first: int) -> tuple[list[LongSample], float, list[float]]:
                cpu0 = [cpu_ns(pid) for pid in pids]
                start = time.perf_counter()
                played = await asyncio.gather(*(_play(url, s, measured, first, no_cpu, http) for s in who))
                elapsed = time.perf_counter() - start
                return ([x for samples in played for x in samples], elapsed,
                        [(cpu_ns(pid) - before) / 1e6 for pid, before in zip(pids, cpu0, strict=True)])

            def new() -> list[str]:
                return [f"bench-new-{i}-{uuid.uuid4().hex[:8]}" for i in range(concurrent)]
            fresh = [await timed(new(), 1)]
            old = [await timed(senders, grown + 1), await timed(senders, grown + len(measured) + 1)]
            fresh.append(await timed(new(), 1))
        flat = [x for samples, _, _ in old for x in samples]
        fresh_flat = [x for samples, _, _ in fresh for x in samples]
        elapsed, fresh_elapsed = sum(e for _, e, _ in old), sum(e for _, e, _ in fresh)
        cpu = [sum(c[i] for _, _, c in old) for i in range(len(pids))]
        good = [x.ms for x in flat if x.ok]
        return {"conversations": concurrent, "grown_turns": grown, "measured_turns": len(flat),
                "errors": sum(not x.ok for x in flat + fresh_flat) + errors, "seconds": elapsed,
                "msgs_per_s": len(flat) / elapsed if elapsed else 0.0,
                "new_msgs_per_s": len(fresh_flat) / fresh_elapsed if fresh_elapsed else 0.0,
                "p50": load.percentile(good, 50), "p95": load.percentile(good, 95),
                "cpu_ms_per_turn": [ms / max(len(flat), 1) for ms in cpu],
                "error_examples": sorted({x.problem for x in flat + fresh_flat if not x.ok and x.problem})[:3]}

    return asyncio.run(run())


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else float("nan")
