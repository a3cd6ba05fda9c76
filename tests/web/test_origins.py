"""The socket.io channel's Origin check: configuration, and the running Rasa server."""

import asyncio

import pytest
import requests
import websockets

import cable
from serving.socketio import RestrictedSocketIOInput, allowed_origins
from web.data import clauses

FOREIGN = "http://evil.example"


def test_the_environment_overrides_credentials():
    env = {"CORS_ORIGINS": "http://a.test:1, http://b.test:2/"}
    assert allowed_origins(["http://c.test"], env) == ["http://a.test:1", "http://b.test:2"]
    assert allowed_origins(["http://c.test/"], {}) == ["http://c.test"]
    assert allowed_origins("http://c.test http://d.test", {}) == ["http://c.test", "http://d.test"]


def test_no_origins_is_an_error_not_an_open_door():
    with pytest.raises(ValueError, match="CORS_ORIGINS"):
        allowed_origins(None, {})
    with pytest.raises(ValueError):
        allowed_origins([], {"CORS_ORIGINS": "  "})


def test_a_star_must_be_asked_for():
    assert allowed_origins(["*"], {}) == "*"


def test_the_channel_reads_credentials(monkeypatch):
    monkeypatch.delenv("CORS_ORIGINS", raising=False)
    channel = RestrictedSocketIOInput.from_credentials(
        {"session_persistence": True, "metadata_key": "customData", "allowed_origins": ["http://x.test"]})
    assert channel.name() == "socketio"
    assert channel.allowed == ["http://x.test"]
    assert channel.session_persistence is True and channel.metadata_key == "customData"


def test_the_committed_credentials_use_the_restricted_channel():
    import yaml

    from tests.e2e.harness import ROOT

    creds = yaml.safe_load((ROOT / "credentials.yml").read_text())
    assert "socketio" not in creds and "rest" in creds
    socket = creds["serving.socketio.RestrictedSocketIOInput"]
    assert socket["session_persistence"] is True and socket["metadata_key"] == "customData"
    assert socket["allowed_origins"]


@pytest.mark.e2e
def test_a_foreign_origin_is_refused_and_the_page_origin_accepted(stack):
    url = f"{stack.rasa_url}/socket.io/?EIO=4&transport=polling"
    refused = requests.get(url, headers={"Origin": FOREIGN}, timeout=10)
    assert refused.status_code == 400 and "not an accepted origin" in refused.text
    ok = requests.get(url, headers={"Origin": stack.origin}, timeout=10)
    assert ok.status_code == 200 and ok.text.startswith("0{")
    # One CORS header, not one from engine.io and one from --cors: browsers reject doubles.
    assert ok.raw.headers.getlist("Access-Control-Allow-Origin") == [stack.origin]


@pytest.mark.e2e
def test_a_websocket_from_a_foreign_origin_is_refused(stack):
    url = stack.rasa_url.replace("http", "ws") + "/socket.io/?EIO=4&transport=websocket"

    async def handshake(origin):
        async with websockets.connect(url, origin=origin, open_timeout=10) as ws:
            return await asyncio.wait_for(ws.recv(), 10)

    with pytest.raises(websockets.exceptions.InvalidStatusCode) as refused:
        asyncio.run(handshake(FOREIGN))
    assert refused.value.status_code == 400
    assert asyncio.run(handshake(stack.origin)).startswith("0{")


@pytest.mark.e2e
def test_each_clause_question_is_understood_as_a_document_question(stack):
    for clause in clauses():
        r = requests.post(f"{stack.rasa_url}/model/parse", params={"token": stack.bot.token},
                          json={"text": clause["ask"]}, timeout=30)
        assert r.json()["intent"]["name"] == "ask_document", clause["ask"]
    assert len(clauses()) == len(cable.CLAUSES)
