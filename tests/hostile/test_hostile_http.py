"""The HTTP API's front door: no token, no entry; no model from the network, token or not;
and the token never written to a log."""

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
    assert r.status_code == 403, r.text[:300]
    assert "CVE-2024-49375" in r.json()["message"]


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
