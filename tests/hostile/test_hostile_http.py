"""The HTTP API's front door: no token, no entry, before anything in the body is looked at; no
model from the network, token or not; no NaN or Infinity stored, so the API only ever answers
standard JSON; the story of a conversation held in the tracker cache exports; and the token never
written to a log."""

import json

import pytest
import requests

from tests.e2e.harness import TOKEN

API = [("GET", "/conversations/someone/tracker"), ("GET", "/status"), ("GET", "/domain"),
       ("POST", "/conversations/someone/messages"), ("POST", "/model/parse"), ("DELETE", "/model"),
       ("PUT", "/model")]
REMOTE_MODELS = {
    "model_server": {"model_server": {"url": "http://127.0.0.1:9/model.tar.gz"}},
    "remote_storage": {"remote_storage": "aws", "model_file": "cable.tar.gz"},
    "model_file as URL": {"model_file": "http://127.0.0.1:9/model.tar.gz"},
    "model_file with model_server": {"model_file": "models/cable.tar.gz",
                                     "model_server": {"url": "http://127.0.0.1:9/m.tar.gz"}},
}


@pytest.mark.parametrize("method,path", API, ids=[f"{m} {p}" for m, p in API])
@pytest.mark.parametrize("token", [None, "wrong-token"], ids=["no token", "wrong token"])
def test_api_refuses_requests_without_the_token(hostile, method, path, token):
    params = {"token": token} if token else {}
    body = {"text": "hi", "sender": "user"} if path.endswith("messages") else {"model_file": "models/cable.tar.gz"}
    r = requests.request(method, hostile.url + path, params=params, json=body, timeout=30)
    assert r.status_code == 401, f"{method} {path}: {r.status_code} {r.text[:200]}"


@pytest.mark.parametrize("case", list(REMOTE_MODELS), ids=list(REMOTE_MODELS))
@pytest.mark.parametrize("token", [TOKEN, None], ids=["valid token", "no token"])
def test_remote_model_loading_is_refused(hostile, case, token):
    params = {"token": token} if token else {}
    r = requests.put(f"{hostile.url}/model", params=params, json=REMOTE_MODELS[case], timeout=30)
    if token is None:   # refused before the body is read: the token comes first
        assert r.status_code == 401 and "CVE-2024-49375" not in r.text, r.text[:300]
        return
    assert r.status_code == 403, r.text[:300]
    assert "CVE-2024-49375" in r.json()["message"]


# Bodies each payload check would refuse; without the token every one must get 401 instead.
BAD_BODIES = {"empty": b"", "not JSON": b"model_file=x", "NaN": b'{"model_file": NaN}',
              "remote": b'{"model_server": {"url": "http://127.0.0.1:9/m.tar.gz"}}', "an array": b"[1]"}
PROTECTED = API + [("POST", "/conversations/someone/tracker/events"), ("PUT", "/conversations/someone/tracker/events"),
                   ("POST", "/conversations/someone/trigger_intent"), ("POST", "/conversations/someone/execute"),
                   ("POST", "/conversations/someone/predict"), ("GET", "/conversations/someone/story"),
                   ("POST", "/model/train"), ("POST", "/model/test/intents"), ("POST", "/model/predict")]


@pytest.mark.parametrize("method,path", PROTECTED, ids=[f"{m} {p}" for m, p in PROTECTED])
@pytest.mark.parametrize("body", list(BAD_BODIES), ids=list(BAD_BODIES))
def test_without_the_token_every_protected_route_answers_401_whatever_the_body(hostile, method, path, body):
    r = requests.request(method, hostile.url + path, data=BAD_BODIES[body],
                         headers={"Content-Type": "application/json"}, timeout=30)
    assert r.status_code == 401, f"{method} {path}: {r.status_code} {r.text[:200]}"
    assert "User is not authenticated" in r.json()["message"] and "sender" not in r.text


def strict(text: str):
    """JSON as the standard has it: NaN and Infinity are not JSON."""
    def refuse(name):
        raise ValueError(f"{name} in the answer")
    return json.loads(text, parse_constant=refuse)


NON_FINITE = [b"NaN", b"Infinity", b"-Infinity", b"1e999"]


@pytest.mark.parametrize("number", NON_FINITE, ids=[n.decode() for n in NON_FINITE])
def test_nan_and_infinity_are_refused_in_every_payload(hostile, sender, number):
    slot = b'{"event": "slot", "name": "outcome", "value": %s}' % number
    requests_ = {
        "REST metadata": ("POST", "/webhooks/rest/webhook", b'{"sender": "%s", "message": "hello", "metadata": '
                          b'{"x": %s}}' % (sender.encode(), number)),
        "tracker events": ("POST", f"/conversations/{sender}/tracker/events", slot),
        "replaced events": ("PUT", f"/conversations/{sender}/tracker/events", b"[%s]" % slot),
        "a message": ("POST", f"/conversations/{sender}/messages", b'{"text": "hi", "sender": "user", "x": %s}' % number),
        "an intent": ("POST", f"/conversations/{sender}/trigger_intent", b'{"name": "greet", "entities": {"x": %s}}' % number),
        "a parse": ("POST", "/model/parse", b'{"text": "hi", "x": [%s]}' % number),
    }
    for name, (method, path, body) in requests_.items():
        r = requests.request(method, hostile.url + path, params={"token": TOKEN}, data=body,
                             headers={"Content-Type": "application/json"}, timeout=30)
        assert r.status_code == 400, f"{name}: {r.status_code} {r.text[:200]}"
        assert "JSON allows only finite numbers" in r.json()["message"], name
    tracker = requests.get(f"{hostile.url}/conversations/{sender}/tracker", params={"token": TOKEN}, timeout=30)
    assert strict(tracker.text)["slots"]["outcome"] is None


def test_a_cached_conversation_exports_its_story(hostile, sender):
    hostile.texts(sender, "my class code is HIST7")    # the NLU's numpy strings, held in the cache
    hostile.texts(sender, "Who sent this cable?")
    r = requests.get(f"{hostile.url}/conversations/{sender}/story", params={"token": TOKEN}, timeout=30)
    assert r.status_code == 200, r.text[:300]
    assert f"story: {sender}" in r.text and "intent: give_class_code" in r.text
    assert "user: |-\n      Who sent this cable?" in r.text


def test_the_model_is_still_the_local_one(hostile, sender):
    status = requests.get(f"{hostile.url}/status", params={"token": TOKEN}, timeout=30).json()
    assert status["model_file"].endswith("cable.tar.gz")
    assert "study assistant" in hostile.texts(sender, "hello")


def test_the_token_never_reaches_the_logs(hostile):
    # The token travels in the query string; Sanic logs the whole URL of a request whose
    # handler raises, as this one does (Rasa's /messages route with a number for text).
    r = requests.post(f"{hostile.url}/conversations/someone/messages", params={"token": TOKEN},
                      json={"text": 5, "sender": "user"}, timeout=30)
    assert r.status_code in (400, 500)
    requests.get(f"{hostile.url}/conversations/someone/tracker", params={"token": TOKEN}, timeout=30)
    for log in (hostile.rasa_log, hostile.action_log):
        assert TOKEN not in log.read_text(), f"the API token is written in {log.name}"
    assert "token=[redacted]" in hostile.rasa_log.read_text()
