"""50 simulated users at once, each completing a full case (about 10 turns), across two replicas.

Half the users stay on one replica (as sticky routing does), half alternate replicas on every
turn. Zero errors, every outcome correct, every assessment stored exactly once. Latencies are
printed in the terminal summary, not asserted: this machine's 2 cores are shared.
"""

import statistics
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import requests

from tests.e2e.scenarios import SCENARIOS

USERS = 50
GREETING = ("hello", ["study assistant"])
QUESTIONS = [("who sent this cable?", ["Foreign Ministry"]), ("what does gratis mean?", ["free"]),
             ("who was the foreign minister in 1950?", ["Zhou Enlai"])]
# Scenarios that complete exactly one case (two of them assess a second case on purpose).
TWO_CASES = {"a new case replaces the previous one",
             "a correction after the determination is read back and reassessed"}
CASES = [s for s in SCENARIOS if s.outcome and 5 <= len(s.turns) <= 9 and s.name not in TWO_CASES]


def script(k):
    """Greeting, a whole case, then questions about the document: 10 turns, or close to it."""
    case = CASES[k % len(CASES)]
    turns = [GREETING] + list(case.turns)
    turns += QUESTIONS[:max(0, 10 - len(turns))]
    return case, turns


def run_user(k, urls):
    sender, (case, turns) = f"load{k}-" + uuid.uuid4().hex[:8], script(k)
    session, latencies, errors = requests.Session(), [], []
    for t, (message, expected) in enumerate(turns):
        url = urls[k % 2] if k % 2 == 0 else urls[t % 2]    # even users sticky, odd users alternate
        started = time.monotonic()
        try:
            r = session.post(f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": message},
                             timeout=120)
        except requests.RequestException as exc:
            errors.append(f"{sender} turn {t}: {exc!r}")
            break
        latencies.append(time.monotonic() - started)
        if r.status_code != 200:
            errors.append(f"{sender} turn {t}: HTTP {r.status_code} {r.text[:200]}")
            break
        reply = "\n".join(m.get("text", "") + "".join(b["title"] for b in m.get("buttons", []))
                          for m in r.json())
        missing = [w for w in expected if w not in reply]
        if missing:
            errors.append(f"{sender} turn {t} ({message!r}): missing {missing} in {reply!r}")
            break
    session.close()
    return sender, case, len(turns), latencies, errors


def percentile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def test_fifty_concurrent_users_complete_their_cases(live, records, latency_report):
    urls = [live.rasa_url(0), live.rasa_url(1)]
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=USERS) as pool:
        results = list(pool.map(lambda k: run_user(k, urls), range(USERS)))
    wall = time.monotonic() - started
    errors = [e for *_, errs in results for e in errs]
    latencies = [x for _, _, _, lat, _ in results for x in lat]
    turns = sum(n for _, _, n, _, _ in results)
    latency_report["load: 50 users x ~10 turns over 2 replicas"] = (
        f"{len(latencies)} turns in {wall:.1f} s; p50 {percentile(latencies, .5) * 1000:.0f} ms, "
        f"p95 {percentile(latencies, .95) * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms, "
        f"mean {statistics.mean(latencies) * 1000:.0f} ms")
    assert not errors, f"{len(errors)} errors:\n" + "\n".join(errors[:10])
    assert len(latencies) == turns >= USERS * 8
    bot_url = urls[0]
    for sender, case, _, _, _ in results:
        tracker = requests.get(f"{bot_url}/conversations/{sender}/tracker", params={"token": live.token},
                               timeout=30).json()
        slots = tracker["slots"]
        assert (slots["outcome"], slots["applicable_clauses"]) == (case.outcome, case.clauses), sender
        assert records(sender) == 1, f"{sender}: {records(sender)} stored assessments"
