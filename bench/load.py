"""Scripted conversations over the REST webhook, timed per turn, at a given concurrency.

Every measured conversation is a distinct sender that plays SCRIPT turn by turn (a user
waits for the reply before typing the next message); each reply is checked against the
words it must contain, so a fast wrong answer counts as an error, not as a good time.
"""

import asyncio
import time
import uuid
from dataclasses import dataclass

import aiohttp

# The four turn types the issue names, plus the case opening (timed, not a target).
GREETING, FORM, ASSESSMENT, KNOWLEDGE, OPENING = (
    "greeting", "form answer", "assessment", "knowledge answer", "case opening")
KINDS = [GREETING, FORM, ASSESSMENT, KNOWLEDGE]


@dataclass(frozen=True)
class Turn:
    text: str
    kind: str
    expect: tuple[str, ...]


# One user's session: hello, a case (three validated form answers, the read-back confirmed,
# the assessment), then two questions about the document. 8 turns, like tests/e2e/scenarios.py.
SCRIPT = [
    Turn("hello", GREETING, ("study assistant",)),
    Turn("a Korean shopkeeper wants to go home", OPENING, ("civil or criminal case",)),
    Turn("no", FORM, ("difficulty living",)),
    Turn("no", FORM, ("free trip",)),
    Turn("no", FORM, ("So far:",)),
    Turn("yes", ASSESSMENT, ("Approved to leave",)),
    Turn("who sent this cable?", KNOWLEDGE, ("Foreign Ministry", "Source:")),
    Turn("what does gratis mean?", KNOWLEDGE, ("free", "Source:")),
]


@dataclass
class Sample:
    kind: str
    ms: float
    ok: bool
    problem: str | None = None


def reply_text(messages: list) -> str:
    parts = []
    for m in messages:
        parts.append(m.get("text") or "")
        parts += [b.get("title", "") for b in m.get("buttons") or []]
    return "\n".join(parts)


async def _turn(http: aiohttp.ClientSession, url: str, sender: str, turn: Turn) -> Sample:
    start = time.perf_counter()
    try:
        async with http.post(url, json={"sender": sender, "message": turn.text}) as r:
            body = await r.json(content_type=None) if r.status == 200 else None
            status = r.status
    except (aiohttp.ClientError, asyncio.TimeoutError) as e:
        return Sample(turn.kind, (time.perf_counter() - start) * 1000, False, f"{type(e).__name__}: {e}")
    ms = (time.perf_counter() - start) * 1000
    if body is None:
        return Sample(turn.kind, ms, False, f"HTTP {status}")
    text = reply_text(body)
    missing = [w for w in turn.expect if w not in text]
    if missing:
        return Sample(turn.kind, ms, False, f"{turn.text!r}: expected {missing[0]!r}, got {text[:160]!r}")
    return Sample(turn.kind, ms, True)


async def _conversation(http, url: str, tag: str, script: list[Turn]) -> list[Sample]:
    sender = f"bench-{tag}-{uuid.uuid4().hex[:10]}"
    samples = []
    for turn in script:
        sample = await _turn(http, url, sender, turn)
        samples.append(sample)
        if not sample.ok:       # the rest of this conversation would be off-script
            break
    return samples


async def _run(rasa_url: str, conversations: int, concurrency: int, tag: str,
               script: list[Turn]) -> tuple[list[Sample], float]:
    url = f"{rasa_url}/webhooks/rest/webhook"
    timeout = aiohttp.ClientTimeout(total=60)
    connector = aiohttp.TCPConnector(limit=concurrency, force_close=False)
    queue: asyncio.Queue = asyncio.Queue()
    for i in range(conversations):
        queue.put_nowait(i)
    samples: list[Sample] = []

    async def worker(http):
        while True:
            try:
                i = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            samples.extend(await _conversation(http, url, f"{tag}{i}", script))

    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as http:
        start = time.perf_counter()
        await asyncio.gather(*(worker(http) for _ in range(concurrency)))
        elapsed = time.perf_counter() - start
    return samples, elapsed


def run(rasa_url: str, conversations: int, concurrency: int, tag: str = "c",
        script: list[Turn] | None = None) -> tuple[list[Sample], float]:
    """Play `conversations` scripted conversations, `concurrency` at a time; (samples, wall seconds)."""
    return asyncio.run(_run(rasa_url, conversations, concurrency, tag, script or SCRIPT))


def percentile(values: list[float], q: float) -> float:
    """Linear-interpolated percentile (numpy's default), q in 0..100."""
    if not values:
        return float("nan")
    s = sorted(values)
    k = (len(s) - 1) * q / 100
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def summarise(samples: list[Sample], elapsed: float) -> dict:
    """Percentiles per turn type (successful turns only), errors, throughput."""
    by_kind: dict[str, dict] = {}
    for kind in KINDS + [OPENING, "all"]:
        ms = [s.ms for s in samples if s.ok and (kind == "all" or s.kind == kind)]
        by_kind[kind] = {"n": len(ms), "p50": percentile(ms, 50), "p95": percentile(ms, 95),
                         "p99": percentile(ms, 99), "max": max(ms) if ms else float("nan")}
    errors = [s for s in samples if not s.ok]
    return {"turns": len(samples), "errors": len(errors),
            "error_examples": sorted({s.problem for s in errors})[:5],
            "seconds": elapsed, "msgs_per_s": len(samples) / elapsed if elapsed else 0.0,
            "latency": by_kind}
