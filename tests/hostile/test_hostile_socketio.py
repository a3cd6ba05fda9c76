"""The socket.io channel (as the web widget uses it) under malformed, strange and random input."""

import asyncio
import json
import random
import time

import pytest
import requests

from tests.hostile import fuzz
from tests.hostile.hostile_support import complete_case
from serving import payloads
from serving.action_failures import APOLOGY
from tests.hostile.sockets import SocketUser

SEED, COUNT = 19500420, 300
REFUSED = "Sorry, I could not read that message"


@pytest.fixture
def user(hostile):
    u = SocketUser(hostile.url)
    u.start_session()
    yield u
    u.close()


MALFORMED = {
    "a bare string": ("hello", "must be an object"),
    "a list": ([1, 2], "must be an object"),
    "null": (None, "must be an object"),
    "no session_id": ({"message": "hi"}, '"session_id" is missing'),
    "numeric session_id": ({"message": "hi", "session_id": 7}, '"session_id" must be a string'),
    "numeric message": ({"message": 5, "session_id": "s"}, '"message" must be a string'),
    "empty message": ({"message": "", "session_id": "s"}, '"message" is empty'),
    "100 KB message": ({"message": "x" * 100_000, "session_id": "s"}, "too long"),
    "lone surrogate": ({"message": "hi \ud800", "session_id": "s"}, "not valid Unicode"),
    "customData not JSON": ({"message": "hi", "session_id": "s", "customData": "{oops"}, "not valid JSON"),
    "customData a list": ({"message": "hi", "session_id": "s", "customData": [1]}, "must be an object"),
    "customData with NaN": ({"message": "hi", "session_id": "s", "customData": {"x": float("nan")}},
                            '"customData" contains NaN or Infinity'),
    "customData with Infinity": ({"message": "hi", "session_id": "s", "customData": '{"x": -Infinity}'},
                                 '"customData" contains NaN or Infinity'),
}


@pytest.mark.parametrize("case", list(MALFORMED), ids=list(MALFORMED))
def test_malformed_message_gets_a_clear_reply(user, case):
    data, words = MALFORMED[case]
    if isinstance(data, dict) and data.get("session_id") == "s":
        data = {**data, "session_id": user.session_id}
    user.emit(data)
    reply = user.collect([REFUSED, words], timeout=15)
    assert REFUSED in reply and words in reply, reply


def test_malformed_session_request_gets_a_clear_reply(user):
    user.emit(["not", "a", "dict"], event="session_request")
    assert "session_request must be an object" in user.collect([REFUSED], timeout=15)


@pytest.mark.parametrize("text", [
    "a Korean\x00 chemist\x07 wants to go home",
    "한국 사람 化学家 wants to go home 🚂🇰🇷",
    "\u202eemoh og ot stnaw\u200b tsimehc naeroK a",
], ids=["control characters", "mixed scripts and emoji", "bidi and zero-width"])
def test_strange_but_valid_text_gets_a_normal_reply(user, text):
    reply = user.say(text)
    assert reply and REFUSED not in reply and APOLOGY not in reply, reply


def test_fuzzed_payloads_then_a_whole_case(hostile):
    """COUNT random emits on one socket: every malformed one answered, the socket still usable.

    Emits go in bursts of 8: the polling transport batches queued packets into one request,
    and engine.io refuses a request of more than 16 packets (its own limit, not ours).
    """
    rng = random.Random(SEED)
    emits = [fuzz.socket_args(rng) for _ in range(COUNT)]
    user, refused, answered = SocketUser(hostile.url), 0, 0
    try:
        user.start_session()
        for start in range(0, COUNT, 8):
            burst = emits[start:start + 8]
            for args in burst:
                data = args[0] if len(args) == 1 else (None if not args else list(args))
                try:
                    payloads.socket_message(data, True, "customData")
                except payloads.Rejected:
                    refused += 1
                user.emit(*args)
            deadline = time.monotonic() + 30
            while answered < refused and time.monotonic() < deadline:
                answered += user.collect(timeout=2, quiet=0.3).count(REFUSED)
            assert answered == refused, f"after {start + len(burst)} emits: {refused} malformed, {answered} answered"
        assert refused >= COUNT // 2 and user.client.connected
        reply = complete_case(lambda m, expected: user.say(m, expected, timeout=30))
        assert "Approved to leave" in reply
    finally:
        user.close()
    log = hostile.rasa_log.read_text()
    assert "handler error" not in log, "a socket.io handler raised (see the Rasa log)"
    assert f"handling uri: '{hostile.url}/socket.io" not in log, "socket.io answered a request with a 500"


def test_a_poll_after_close_is_a_400_not_a_500(hostile):
    """engine.io raises for a poll on a session that was just closed; the guard answers 400."""
    url, query = f"{hostile.url}/socket.io/", {"EIO": "4", "transport": "polling"}
    opened = requests.get(url, params=query, timeout=10)
    sid = json.loads(opened.text[1:])["sid"]
    assert requests.post(url, params={**query, "sid": sid}, data="1", timeout=10).status_code == 200  # close
    after = requests.get(url, params={**query, "sid": sid}, timeout=10)
    assert after.status_code == 400, after.text


async def _raw_socket(url: str, packets) -> None:
    """A socket.io client speaking the protocol itself over a websocket, as a script could."""
    import websockets

    async with websockets.connect(url.replace("http", "ws", 1) + "/socket.io/?EIO=4&transport=websocket") as ws:
        assert (await ws.recv()).startswith("0")     # engine.io open
        await ws.send("40")                          # socket.io connect
        assert (await ws.recv()).startswith("40")
        for packet in packets:
            await ws.send(packet)
        await ws.send("42" + json.dumps(["session_request", {}]))
        while not (reply := await asyncio.wait_for(ws.recv(), 10)).startswith('42["session_confirm"'):
            pass    # the server still answers after the reserved events: then the client closes


def test_client_caused_events_log_one_warning_not_a_traceback(hostile):
    before = len(hostile.rasa_log.read_text().splitlines())
    asyncio.run(_raw_socket(hostile.url, []))                     # a websocket that simply closes
    asyncio.run(_raw_socket(hostile.url, ['42["connect", {"x": 1}]', '42["disconnect"]',
                                          '42["connect", {}, null]']))
    asyncio.run(_raw_socket(hostile.url, []))   # answered only after the server has seen the others close
    added = "\n".join(hostile.rasa_log.read_text().splitlines()[before:])
    assert "Traceback" not in added and "ERROR" not in added, added[-2000:]
    assert added.count("emitted the reserved event") == 3, added[-2000:]
    assert "WARNING  serving.socketio  - a client emitted the reserved event 'connect': ignored" in added
