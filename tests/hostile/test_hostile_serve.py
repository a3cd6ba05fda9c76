"""`make serve` itself: loopback-only sockets, CORS for the configured origin only, the token
required, kept out of `ps` and out of the logs, and the guards of `python -m serving` on."""

import contextlib
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


@contextlib.contextmanager
def make_serve(tmp: Path, logs: Path, name: str):
    """`make serve` on free ports, logging into `logs`, stopped with Ctrl-C as a person stops it."""
    token, rasa_port, action_port = "serve-" + secrets.token_hex(16), free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if k not in KEEP_OUT}
    env.update(RASA_PORT=str(rasa_port), ACTION_PORT=str(action_port), RASA_TOKEN=token, CORS_ORIGINS=ORIGIN,
               LOG_DIR=str(logs), ENDPOINTS=str(tmp / "endpoints.yml"), DATABASE_URL=f"sqlite:///{tmp / 'app.db'}")
    out = tmp / f"{name}.out"
    # -o: use the model and knowledge base as they are (make test has just brought them up to date).
    proc = subprocess.Popen(["make", "-s", "-o", "models/cable.tar.gz", "-o", "var/.kb-built", "serve"],
                            cwd=ROOT, env=env, stdout=out.open("w"), stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        wait_until_up(f"http://127.0.0.1:{rasa_port}/", proc, out, seconds=180)
        yield {"url": f"http://127.0.0.1:{rasa_port}", "ports": (rasa_port, action_port), "token": token,
               "pgid": proc.pid, "tmp": tmp, "out": out, "logs": logs}
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("serve")
    # endpoints.yml as it is, with the tracker in this test's directory.
    endpoints = (ROOT / "endpoints.yml").read_text().replace("db: var/tracker.db", f"db: {tmp / 'tracker.db'}")
    assert str(tmp) in endpoints, "endpoints.yml no longer keeps the tracker in var/tracker.db"
    (tmp / "endpoints.yml").write_text(endpoints)
    with make_serve(tmp, tmp / "logs", "make-serve") as first:
        yield first


def processes(pgid: int):
    """(pid, command line, environment) of each process `make serve` started."""
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if os.getpgid(int(proc.name)) != pgid:
                continue
            cmdline = (proc / "cmdline").read_bytes().decode(errors="replace")
            environ = dict(item.split("=", 1) for item in (proc / "environ").read_bytes().decode(
                errors="replace").split("\0") if "=" in item)
        except (OSError, ProcessLookupError):
            continue
        yield int(proc.name), cmdline, environ


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
    bad = requests.post(f"{served['url']}/webhooks/rest/webhook", data=b"not json",
                        headers={"Content-Type": "application/json"}, timeout=30)
    assert bad.status_code == 400
    form = requests.post(f"{served['url']}/webhooks/rest/webhook", data=b"not json", timeout=30)
    assert form.status_code == 415


def test_the_token_is_not_on_any_command_line(served):
    for _, cmdline, _ in processes(served["pgid"]):
        assert served["token"] not in cmdline, f"the token is visible in `ps`: {cmdline!r}"


def action_token(served) -> str:
    [token] = {env["ACTION_TOKEN"] for _, cmdline, env in processes(served["pgid"]) if "serving run" in
               cmdline.replace("\0", " ")}
    return token


def test_the_action_server_gets_its_token_and_nothing_it_does_not_need(served):
    token = action_token(served)
    [(_, cmdline, environ)] = [p for p in processes(served["pgid"]) if "serving.action_server" in p[1]]
    assert environ["ACTION_TOKEN"] == token and len(token) >= 16
    assert "RASA_TOKEN" not in environ and "CORS_ORIGINS" not in environ, sorted(environ)
    for _, cmdline, _ in processes(served["pgid"]):
        assert token not in cmdline, f"the action token is visible in `ps`: {cmdline!r}"
    forged = {"next_action": "action_session_summary", "sender_id": "x", "tracker": {"sender_id": "x"}}
    r = requests.post(f"http://127.0.0.1:{served['ports'][1]}/webhook", json=forged, timeout=30)
    assert r.status_code == 401
    assert "I can apply the cable" in " ".join(m.get("text", "") for m in requests.post(
        f"{served['url']}/webhooks/rest/webhook", json={"sender": "serve-actions", "message": "hello"}, timeout=60).json())


def test_the_token_never_reaches_the_logs(served):
    # A request whose handler raises makes Sanic log its full URL, query string included.
    requests.post(f"{served['url']}/conversations/x/messages", params={"token": served["token"]},
                  json={"text": 5, "sender": "user"}, timeout=30)
    logs = sorted((served["tmp"] / "logs").glob("*.log"))
    rasa_port, action_port = served["ports"]
    assert {p.name for p in logs} >= {f"rasa-server-{rasa_port}.log", f"action-server-{action_port}.log"}
    for path in logs + [served["out"]]:
        assert served["token"] not in path.read_text(errors="replace"), f"the token is in {path.name}"
        assert action_token(served) not in path.read_text(errors="replace"), f"the action token is in {path.name}"
    assert re.search(r"token=\[redacted\]", (served["tmp"] / "logs" / f"rasa-server-{rasa_port}.log").read_text())


def test_two_servers_from_one_checkout_keep_their_own_logs(served):
    """A second `make serve` on other ports, logging into the same directory, while the first runs."""
    first_logs = {name: (served["logs"] / name).read_bytes() for name in
                  (f"rasa-server-{served['ports'][0]}.log", f"action-server-{served['ports'][1]}.log")}
    with make_serve(served["tmp"], served["logs"], "second-make-serve") as second:
        for server in (served, second):
            r = requests.post(f"{server['url']}/webhooks/rest/webhook", timeout=60,
                              json={"sender": f"two-servers-{server['ports'][0]}", "message": "who sent the cable?"})
            assert r.status_code == 200 and r.json()
        for name, before in first_logs.items():
            now = (served["logs"] / name).read_bytes()
            assert now.startswith(before), f"{name} was rewritten while a second server started"
            assert b"\0" not in now, f"{name} holds NUL bytes"
        second_logs = [served["logs"] / f"rasa-server-{second['ports'][0]}.log",
                       served["logs"] / f"action-server-{second['ports'][1]}.log"]
        assert all(log.exists() and b"\0" not in log.read_bytes() for log in second_logs)
        assert "Rasa server is up and running" in second_logs[0].read_text()
    assert "Rasa server is up and running" in (served["logs"] / f"rasa-server-{served['ports'][0]}.log").read_text()
