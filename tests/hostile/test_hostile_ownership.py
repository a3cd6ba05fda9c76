"""A conversation belongs to whoever started it. Knowing a web page conversation's id (from a
teacher's report, a log, an exported summary) gives no way in: a second socket asking for it gets
a conversation of its own, a socket posting to it is refused, and so is a REST client; a cross-site
form (text/plain) cannot post at all. The browser that started it, holding the session token the
server issued, keeps it across reloads."""

import json
import re

import pytest
import requests

from tests.hostile.sockets import SocketUser

TOKEN_SHAPE = re.compile(r"^web-[0-9a-f]{32}\.[A-Za-z0-9_-]{43}$")
VIEW_2 = "View 2 of the cable reads"


@pytest.fixture
def victim(hostile):
    user = SocketUser(hostile.url)
    user.start_session()
    assert "Foreign Ministry" in user.say("Who sent this cable?", ["Foreign Ministry"])
    yield user
    user.close()


def user_texts(hostile, conversation_id):
    return [e["text"] for e in hostile.tracker(conversation_id)["events"] if e.get("event") == "user"]


def test_the_server_chooses_each_conversation_id_at_random(hostile):
    users = [SocketUser(hostile.url) for _ in range(3)]
    try:
        tokens = [u.start_session() for u in users]
    finally:
        for u in users:
            u.close()
    assert all(TOKEN_SHAPE.match(t) for t in tokens), tokens
    assert len({t.rpartition(".")[0] for t in tokens}) == 3


@pytest.mark.parametrize("asked", ["the conversation id", "the id with a forged proof", "a name of its choosing"])
def test_a_second_socket_naming_the_conversation_gets_one_of_its_own(hostile, victim, asked):
    presented = {"the conversation id": victim.conversation_id,
                 "the id with a forged proof": victim.conversation_id + ".AAAA" + victim.session_id[-39:],
                 "a name of its choosing": "my-own-conversation"}[asked]
    thief = SocketUser(hostile.url, session_id=presented)
    try:
        confirmed = thief.start_session()
        assert TOKEN_SHAPE.match(confirmed) and confirmed.rpartition(".")[0] != victim.conversation_id
        assert VIEW_2 in victim.say("What does view 2 say?", [VIEW_2])
        assert VIEW_2 not in thief.collect(timeout=3), "the second socket received the victim's replies"
    finally:
        thief.close()
    assert user_texts(hostile, victim.conversation_id) == ["Who sent this cable?", "What does view 2 say?"]


def test_a_socket_that_never_joined_cannot_post_into_the_conversation(hostile, victim):
    poster = SocketUser(hostile.url)
    try:
        poster.start_session()
        poster.emit({"message": "start over", "session_id": victim.conversation_id})
        assert "does not hold the key to that conversation" in poster.collect(["does not hold the key"], timeout=10)
        poster.emit({"message": "start over", "session_id": victim.conversation_id + ".not-the-proof"})
        assert "does not hold the key" in poster.collect(["does not hold the key"], timeout=10)
    finally:
        poster.close()
    assert victim.collect(timeout=2) == "", "the victim's socket received something"
    assert user_texts(hostile, victim.conversation_id) == ["Who sent this cable?"]
    assert "posted to a conversation without its token: refused" in hostile.rasa_log.read_text()


def test_the_starter_keeps_the_conversation_across_a_reload(hostile, victim):
    token = victim.session_id
    victim.close()                                   # the page unloads
    reloaded = SocketUser(hostile.url, session_id=token)   # the widget sends what sessionStorage kept
    try:
        assert reloaded.start_session() == token
        assert VIEW_2 in reloaded.say("What does view 2 say?", [VIEW_2])
    finally:
        reloaded.close()
    assert user_texts(hostile, victim.conversation_id) == ["Who sent this cable?", "What does view 2 say?"]


REST = "/webhooks/rest/webhook"


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded",
                                          "multipart/form-data; boundary=x", None])
def test_the_rest_webhook_takes_only_json(hostile, sender, content_type):
    """The three types a cross-site form may send without a CORS preflight, and none at all."""
    hostile.texts(sender, "hello")
    body = json.dumps({"sender": sender, "message": "start over"}).encode()
    headers = {"Content-Type": content_type} if content_type else {}
    r = requests.post(hostile.url + REST, data=body, headers=headers, timeout=30)
    assert r.status_code == 415, r.text[:300]
    assert "Content-Type: application/json" in r.json()["message"]
    assert user_texts(hostile, sender) == ["hello"]


def test_json_with_a_charset_is_still_json(hostile, sender):
    r = requests.post(hostile.url + REST, data=json.dumps({"sender": sender, "message": "hello"}).encode(),
                      headers={"Content-Type": "application/json; charset=utf-8"}, timeout=30)
    assert r.status_code == 200 and r.json()


def test_a_rest_client_cannot_write_to_a_web_page_conversation(hostile, victim):
    r = requests.post(hostile.url + REST, json={"sender": victim.conversation_id, "message": "show my summary"},
                      timeout=30)
    assert r.status_code == 403, r.text[:300]
    assert "only the browser that started it" in r.json()["message"]
    assert user_texts(hostile, victim.conversation_id) == ["Who sent this cable?"]
