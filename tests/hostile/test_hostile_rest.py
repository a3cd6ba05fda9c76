"""The REST webhook under malformed, strange and random input: never a 500, a clear 400/413
for what is malformed, a normal reply for what is merely strange, and still working after."""

import json
import random
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from serving import payloads
from serving.action_failures import APOLOGY
from tests.hostile import fuzz
from tests.hostile.hostile_support import complete_case

SEED, COUNT = 20240427, 1000
HEADERS = {"Content-Type": "application/json"}


def post(bot, body, **kwargs):
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    return requests.post(f"{bot.url}/webhooks/rest/webhook", data=data, headers=HEADERS, timeout=60, **kwargs)


MALFORMED = {
    "not JSON": (b"hello there", 400, "not valid JSON"),
    "empty body": (b"", 400, "body is empty"),
    "JSON array": ([{"sender": "a", "message": "hi"}], 400, "must be a JSON object"),
    "JSON string": ("hello", 400, "must be a JSON object"),
    "missing sender": ({"message": "hi"}, 400, '"sender" is missing'),
    "numeric sender": ({"sender": 42, "message": "hi"}, 400, '"sender" must be a string'),
    "object sender": ({"sender": {"id": 1}, "message": "hi"}, 400, '"sender" must be a string'),
    "sender too long": ({"sender": "s" * 256, "message": "hi"}, 400, '"sender" is too long'),
    "sender with a newline": ({"sender": "a\nb", "message": "hi"}, 400, "control characters"),
    "missing message": ({"sender": "a"}, 400, '"message" is missing'),
    "null message": ({"sender": "a", "message": None}, 400, '"message" is missing'),
    "numeric message": ({"sender": "a", "message": 5}, 400, '"message" must be a string'),
    "list message": ({"sender": "a", "message": ["hi"]}, 400, '"message" must be a string'),
    "empty message": ({"sender": "a", "message": ""}, 400, '"message" is empty'),
    "whitespace message": ({"sender": "a", "message": " \t\n "}, 400, '"message" is empty'),
    "controls only": ({"sender": "a", "message": "\x00\x01\x1b"}, 400, '"message" is empty'),
    "lone surrogate": (b'{"sender": "a", "message": "hi \\ud800"}', 400, "not valid Unicode"),
    "metadata not an object": ({"sender": "a", "message": "hi", "metadata": [1]}, 400, '"metadata" must be an object'),
    "metadata broken JSON string": ({"sender": "a", "message": "hi", "metadata": "{x"}, 400, "not valid JSON"),
    "100 KB message": ({"sender": "a", "message": "a Korean chemist " * 6250}, 413, "too long"),
    "3 MB body": ({"sender": "a", "message": "x" * 3_000_000}, 413, "larger than"),
    "deeply nested": (b"[" * 5000 + b"]" * 5000, 400, "not valid JSON"),
}


@pytest.mark.parametrize("case", list(MALFORMED), ids=list(MALFORMED))
def test_malformed_input_gets_a_clear_error(hostile, case):
    body, status, words = MALFORMED[case]
    r = post(hostile, body)
    assert r.status_code == status, r.text[:300]
    assert words in r.json()["message"]


def test_malformed_streaming_request_gets_the_same_error(hostile):
    r = post(hostile, {"message": "hi"}, params={"stream": "true"})
    assert r.status_code == 400 and '"sender" is missing' in r.json()["message"]


STRANGE = {
    "control characters inside": "a Korean\x00 chemist\x07 wants\x1b to go home",
    "mixed scripts and emoji": "한국 사람 化学家 wants to go home 🚂🇰🇷 ça va",
    "right-to-left and zero-width": "\u202eemoh og ot stnaw\u200b tsimehc naeroK a",
    "exactly 4,000 characters": ("who sent this cable? " * 200)[:4000],
    "SQL-looking text": "'; DROP TABLE events; --",
    "markdown link": "[click](javascript:alert(1))",
}


@pytest.mark.parametrize("case", list(STRANGE), ids=list(STRANGE))
def test_strange_but_valid_text_gets_a_normal_reply(hostile, sender, case):
    r = post(hostile, {"sender": sender, "message": STRANGE[case]})
    assert r.status_code == 200, r.text[:300]
    texts = [m.get("text", "") for m in r.json()]
    assert texts and all(isinstance(t, str) for t in texts)
    assert APOLOGY not in texts, "a custom action failed on this input"


def expected_status(body: bytes) -> int:
    try:
        payloads.rest_message(body)
    except payloads.Rejected as exc:
        return exc.status
    return 200


def test_a_thousand_fuzzed_payloads(hostile):
    rng = random.Random(SEED)
    bodies = [fuzz.rest_body(rng) for _ in range(COUNT)]
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=4) as pool:
        responses = list(pool.map(lambda b: post(hostile, b), bodies))
    elapsed = time.monotonic() - started
    wrong = []
    for body, r in zip(bodies, responses, strict=True):
        want = expected_status(body) if len(body) <= 2 * 1024 * 1024 else 413
        if r.status_code != want or (r.status_code == 200 and any(m.get("text") == APOLOGY for m in r.json())):
            wrong.append(f"{r.status_code} (expected {want}) for {body[:80]!r}: {r.text[:120]}")
    counts = {s: sum(r.status_code == s for r in responses) for s in sorted({r.status_code for r in responses})}
    print(f"{COUNT} fuzzed payloads in {elapsed:.1f} s: {counts}")
    assert not wrong, f"{len(wrong)} unexpected answers:\n" + "\n".join(wrong[:10])
    assert counts.get(200, 0) >= 50, "too few well-formed payloads to exercise the pipeline"


def test_still_working_and_nothing_crashed(hostile, sender):
    """Runs after the tests above (file order): a case completes, and no server logged a crash."""
    complete_case(lambda m, _: hostile.texts(sender, m))
    assert hostile.slots(sender)["outcome"] == "approve_return"
    rasa_log, action_log = hostile.rasa_log.read_text(), hostile.action_log.read_text()
    for marker in ("rest.message.received.failure", "Encountered an exception while running action",
                   f"handling uri: '{hostile.url}/webhooks", f"handling uri: '{hostile.url}/socket.io"):
        assert marker not in rasa_log, f"the Rasa server logged {marker!r}"
    assert "Traceback" not in action_log, "the action server logged a traceback"
