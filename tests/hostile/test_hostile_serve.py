"""`make serve` itself: loopback-only sockets, CORS for the configured origin only, the token
required, kept out of `ps` and out of the logs, and the guards of `python -m serving` on."""

import os
import re
import secrets
import signal
import subprocess
from pathlib import Path

import pytest
import requests

from tests.e2e.harness import ROOT, free_port, wait_until_up

ORIGIN, FOREIGN = "http://classroom.example", "http://evil.example"
KEEP_OUT = ("MAKEFLAGS", "MAKELEVEL", "MFLAGS", "RASA_HOST", "ACTION_HOST", "PROFILE", "ENDPOINTS")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("serve")
    # endpoints.yml as it is, with the tracker in this test's directory.
    endpoints = (ROOT / "endpoints.yml").read_text().replace("db: var/tracker.db", f"db: {tmp / 'tracker.db'}")
    assert str(tmp) in endpoints, "endpoints.yml no longer keeps the tracker in var/tracker.db"
    (tmp / "endpoints.yml").write_text(endpoints)
    token, rasa_port, action_port = "serve-" + secrets.token_hex(16), free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if k not in KEEP_OUT}
    env.update(RASA_PORT=str(rasa_port), ACTION_PORT=str(action_port), RASA_TOKEN=token, CORS_ORIGINS=ORIGIN,
               LOG_DIR=str(tmp / "logs"), ENDPOINTS=str(tmp / "endpoints.yml"),
               DATABASE_URL=f"sqlite:///{tmp / 'app.db'}")
    out = tmp / "make-serve.out"
    # -o: use the model and knowledge base as they are (make test has just brought them up to date).
    proc = subprocess.Popen(["make", "-s", "-o", "models/cable.tar.gz", "-o", "var/.kb-built", "serve"],
                            cwd=ROOT, env=env, stdout=out.open("w"), stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        wait_until_up(f"http://127.0.0.1:{rasa_port}/", proc, out, seconds=180)
        yield {"url": f"http://127.0.0.1:{rasa_port}", "ports": (rasa_port, action_port), "token": token,
               "pgid": proc.pid, "tmp": tmp, "out": out}
    finally:
        os.killpg(proc.pid, signal.SIGINT)    # Ctrl-C, as a person stops `make serve`
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def listeners(port: int):
    """Local addresses listening on `port`, from /proc/net/tcp and tcp6 (no tools needed)."""
    found = []
    for name in ("tcp", "tcp6"):
        path = Path("/proc/net") / name
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            addr, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:
                found.append(addr)
    return found


LOOPBACK = {"0100007F", "00000000000000000000000001000000"}     # 127.0.0.1 and ::1


def test_both_servers_listen_on_loopback_only(served):
    for port in served["ports"]:
        addrs = listeners(port)
        assert addrs, f"nothing listens on {port}"
        assert set(addrs) <= LOOPBACK, f"port {port} listens on {addrs} (not loopback only)"


def test_cors_allows_the_configured_origin_only(served):
    url = f"{served['url']}/webhooks/rest/webhook"
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
    foreign = requests.options(url, headers={"Origin": FOREIGN, **preflight}, timeout=30)
    assert "Access-Control-Allow-Origin" not in foreign.headers, foreign.headers
    allowed = requests.options(url, headers={"Origin": ORIGIN, **preflight}, timeout=30)
    assert allowed.headers.get("Access-Control-Allow-Origin") == ORIGIN, allowed.headers
    post = requests.post(url, json={"sender": "cors-test", "message": "hello"}, headers={"Origin": FOREIGN}, timeout=30)
    assert post.status_code == 200 and "Access-Control-Allow-Origin" not in post.headers


def test_the_api_needs_the_token_and_refuses_remote_models(served):
    tracker = f"{served['url']}/conversations/cors-test/tracker"
    assert requests.get(tracker, timeout=30).status_code == 401
    assert requests.get(tracker, params={"token": served["token"]}, timeout=30).status_code == 200
    r = requests.put(f"{served['url']}/model", params={"token": served["token"]},
                     json={"model_server": {"url": "http://127.0.0.1:9/m.tar.gz"}}, timeout=30)
    assert r.status_code == 403
    bad = requests.post(f"{served['url']}/webhooks/rest/webhook", data=b"not json", timeout=30)
    assert bad.status_code == 400


def test_the_token_is_not_on_any_command_line(served):
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if os.getpgid(int(proc.name)) != served["pgid"]:
                continue
            cmdline = (proc / "cmdline").read_bytes().decode(errors="replace")
        except (OSError, ProcessLookupError):
            continue
        assert served["token"] not in cmdline, f"the token is visible in `ps`: {cmdline!r}"


def test_the_token_never_reaches_the_logs(served):
    # A request whose handler raises makes Sanic log its full URL, query string included.
    requests.post(f"{served['url']}/conversations/x/messages", params={"token": served["token"]},
                  json={"text": 5, "sender": "user"}, timeout=30)
    logs = sorted((served["tmp"] / "logs").glob("*.log"))
    rasa_port, action_port = served["ports"]
    assert {p.name for p in logs} >= {f"rasa-server-{rasa_port}.log", f"action-server-{action_port}.log"}
    for path in logs + [served["out"]]:
        assert served["token"] not in path.read_text(errors="replace"), f"the token is in {path.name}"
    assert re.search(r"token=\[redacted\]", (served["tmp"] / "logs" / f"rasa-server-{rasa_port}.log").read_text())
