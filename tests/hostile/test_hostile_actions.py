"""The action server answers only the Rasa server: forged calls (a summary for a null sender, a
student moved to another class, a record for a conversation that never happened) are refused
before any action runs, and a malformed call is told which field is wrong without its body
being repeated back."""

import json
import os
import subprocess
import uuid
from pathlib import Path

import pytest
import requests
from sqlalchemy import create_engine, inspect, text

from serving import action_server
from tests.e2e.harness import ACTION_TOKEN, ROOT, TOKEN, free_port, wait_until_up

SUMMARY = "action_session_summary"


@pytest.fixture(scope="module")
def student(hostile):
    """A student in class HIST7 with one analysis answer holding a phrase nobody else wrote."""
    sender, marker = "student-" + uuid.uuid4().hex[:10], "Marker" + uuid.uuid4().hex[:8]
    hostile.texts(sender, "my class code is HIST7")
    hostile.texts(sender, "let's analyse the document")
    hostile.texts(sender, f"The Foreign Ministry of China wrote it to the Northeast government, {marker}")
    assert marker in hostile.texts(sender, "export my summary"), "the student's own summary lacks their answer"
    return sender, marker


def call(hostile, body, token=None, **kwargs):
    params = {"token": token} if token else {}
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    return requests.post(f"http://127.0.0.1:{hostile.action_port}/webhook", params=params, data=data,
                         headers={"Content-Type": "application/json"}, timeout=30, **kwargs)


def tracker(sender, text_, intent, **state):
    return {"sender_id": sender, "slots": state.pop("slots", {}), "events": [],
            "latest_message": {"text": text_, "intent": {"name": intent, "confidence": 1.0}}, **state}


def forged(sender_id, action, text_, intent, slots=None):
    return {"next_action": action, "sender_id": sender_id, "version": "3.6.21",
            "tracker": tracker(sender_id, text_, intent, slots=slots or {})}


def rows(hostile, table, conversation_id, columns="*"):
    """The rows of `table` for one conversation ([] while no action has created the table)."""
    engine = create_engine(hostile.database_url, future=True)
    try:
        if not inspect(engine).has_table(table):
            return []
        with engine.connect() as conn:
            return conn.execute(text(f"select {columns} from {table} where conversation_id = :c"),
                                {"c": conversation_id}).all()
    finally:
        engine.dispose()


FORGED = {
    "every student's summary (null sender)": lambda s: forged(None, SUMMARY, "export my summary", "summary"),
    "a student moved to another class": lambda s: forged(s, "action_set_class_code", "my class code is EVIL1",
                                                         "give_class_code"),
    "a record for a conversation that never happened": lambda s: forged(
        "never-happened", "action_assess_case", "yes", "affirm",
        {"nationality": "korean", "group": "ordinary_national", "requests_return": True, "pending_case": False,
         "hardship": False, "disturbs_order": False, "wants_free_travel": False, "case_confirmed": True}),
}


@pytest.mark.parametrize("token", [None, "wrong-" + "x" * 30, TOKEN], ids=["no token", "wrong token", "API token"])
@pytest.mark.parametrize("case", list(FORGED), ids=list(FORGED))
def test_a_forged_call_is_refused_before_any_action_runs(hostile, student, case, token):
    sender, marker = student
    r = call(hostile, FORGED[case](sender), token)
    assert r.status_code == 401, r.text[:300]
    assert "ACTION_TOKEN" in r.json()["error"] and marker not in r.text
    assert rows(hostile, "teaching_students", sender, "class_code") == [("HIST7",)]
    for table in ("teaching_students", "case_assessments"):
        assert rows(hostile, table, "never-happened") == []


def test_even_with_the_token_a_null_sender_is_refused_by_name(hostile, student):
    _, marker = student
    r = call(hostile, forged(None, SUMMARY, "export my summary", "summary"), ACTION_TOKEN)
    assert r.status_code == 400 and '"sender_id" is missing' in r.json()["error"], r.text[:300]
    body = forged("someone", SUMMARY, "export my summary", "summary")
    body["tracker"]["sender_id"] = None
    r = call(hostile, body, ACTION_TOKEN)
    assert r.status_code == 400 and '"tracker.sender_id" is missing' in r.json()["error"], r.text[:300]
    assert marker not in r.text


MALFORMED = {
    "no tracker": ({"next_action": SUMMARY, "sender_id": "s"}, '"tracker" is missing'),
    "tracker a list": ({"next_action": SUMMARY, "sender_id": "s", "tracker": []}, '"tracker" must be an object'),
    "another conversation's tracker": ({"next_action": SUMMARY, "sender_id": "s", "tracker": tracker("t", "x", "y")},
                                       '"tracker.sender_id" must be the call\'s "sender_id"'),
    "no action": ({"sender_id": "s", "tracker": tracker("s", "x", "y")}, '"next_action" is missing'),
    "numeric action": ({"next_action": 5, "sender_id": "s", "tracker": tracker("s", "x", "y")}, '"next_action" must be'),
    "events an object": ({"next_action": SUMMARY, "sender_id": "s", "tracker": {**tracker("s", "x", "y"), "events": {}}},
                         '"tracker.events" must be an array'),
    "NaN": (b'{"next_action": "action_session_summary", "sender_id": "s", "tracker": {"sender_id": "s", '
            b'"slots": {"outcome": NaN}}}', "contains NaN"),
    "Infinity": (b'{"next_action": "action_session_summary", "sender_id": "s", "tracker": {"sender_id": "s", '
                 b'"slots": {"outcome": 1e999}}}', "too large"),
    "not JSON": (b"next_action=action_session_summary", "not valid JSON"),
}


@pytest.mark.parametrize("case", list(MALFORMED), ids=list(MALFORMED))
def test_a_malformed_call_gets_a_400_naming_the_field_never_the_body(hostile, case):
    body, words = MALFORMED[case]
    echo = "Echo" + uuid.uuid4().hex
    if isinstance(body, dict):
        body = {**body, "note": echo}
    r = call(hostile, body, ACTION_TOKEN)
    assert r.status_code == 400, r.text[:300]
    assert words in r.json()["error"]
    assert echo not in r.text and "request_body" not in r.json()


@pytest.fixture(scope="module")
def lone_action_server(tmp_path_factory):
    """An action server of this module's own (its log may hold the traceback of a failed action)."""
    tmp, port = tmp_path_factory.mktemp("actions"), free_port()
    log = tmp / "action.log"
    env = {**os.environ, "SANIC_HOST": "127.0.0.1", "DATABASE_URL": f"sqlite:///{tmp / 'app.db'}",
           action_server.TOKEN_VAR: ACTION_TOKEN}
    proc = subprocess.Popen(action_server.command(port), cwd=ROOT, env=env, stdout=log.open("w"),
                            stderr=subprocess.STDOUT)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/health", proc, log)
        yield port, log
    finally:
        proc.terminate()
        proc.wait(timeout=15)


def test_an_action_that_fails_answers_500_without_the_request(lone_action_server):
    # A tracker whose events rasa_sdk passes on unchecked: the rating action reads each as an object.
    port, log = lone_action_server
    echo = "Echo" + uuid.uuid4().hex
    body = forged("s-1", "action_rate_answer", "helpful", "rate_helpful")
    body["tracker"]["events"] = [echo]
    r = requests.post(f"http://127.0.0.1:{port}/webhook", params={"token": ACTION_TOKEN}, json=body, timeout=30)
    assert r.status_code == 500, r.text[:300]
    assert r.json() == {"error": "the action failed on the action server; its log has the details"}
    assert "Traceback" in log.read_text() and "POST /webhook failed" in log.read_text()


def test_without_an_action_token_the_action_server_does_not_start(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != action_server.TOKEN_VAR}
    for token in (None, "short"):
        r = subprocess.run(action_server.command(free_port()), cwd=ROOT, capture_output=True, text=True,
                           env={**env, **({action_server.TOKEN_VAR: token} if token else {})}, timeout=60)
        assert r.returncode == 2 and "ACTION_TOKEN must be set" in r.stderr, r.stderr[-500:]


def test_the_real_student_carries_on(hostile, student):
    sender, marker = student
    assert marker in hostile.texts(sender, "export my summary")
    assert hostile.slots(sender)["class_code"] == "HIST7"


def test_the_action_server_holds_only_the_variables_it_needs(hostile):
    environ = dict(line.split("=", 1) for line in
                   Path(f"/proc/{hostile.action_pid}/environ").read_bytes().decode().split("\0") if "=" in line)
    assert environ[action_server.TOKEN_VAR] == ACTION_TOKEN and "DATABASE_URL" in environ
    assert set(environ) <= set(action_server.environment({**os.environ, **environ}))
    assert not {"RASA_TOKEN", "CORS_ORIGINS", "SESSION_SECRET", "REDIS_URL"} & set(environ)
    assert all(name in action_server.KEEP or name.startswith(action_server.KEEP_PREFIXES) for name in environ)
    cmdline = Path(f"/proc/{hostile.action_pid}/cmdline").read_bytes().decode()
    assert ACTION_TOKEN not in cmdline and "serving.action_server" in cmdline


def test_the_action_token_never_reaches_the_logs(hostile, student):
    for log in (hostile.rasa_log, hostile.action_log):
        assert ACTION_TOKEN not in log.read_text(), f"the action token is written in {log.name}"
    assert "refused POST /webhook" in hostile.action_log.read_text()
