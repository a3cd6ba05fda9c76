"""deploy/nginx.conf, pointed at this session's replicas: it parses (`nginx -t`), keeps a
browser on one replica, hides the HTTP API, carries socket.io, and survives a replica's death."""

import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
import requests

from tests.e2e.harness import Bot
from tests.e2e.scenarios import SCENARIOS
from tests.hostile.sockets import SocketUser
from tests.scale.scale_support import ROOT, free_block

NGINX = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if Path(p).exists()), None)
pytestmark = pytest.mark.skipif(NGINX is None, reason="nginx is not installed (apt-get install "
                                                       "nginx-light): deploy/nginx.conf not tested")
SCENARIO = next(s for s in SCENARIOS if s.name == "retain technical personnel (view 1)")


def nginx_config(cluster, tmp: Path, port: int, action_port: int) -> Path:
    """deploy/nginx.conf with this session's ports and temporary files, nothing else changed."""
    text = (ROOT / "deploy" / "nginx.conf").read_text()
    ports = {"5005": cluster.rasa_port, "5006": cluster.rasa_port + 1,
             "5055": cluster.action_port, "5056": cluster.action_port + 1}
    text = re.sub(r"server 127\.0\.0\.1:(\d+)", lambda m: f"server 127.0.0.1:{ports[m.group(1)]}", text)
    text = text.replace("listen 8000;", f"listen 127.0.0.1:{port};")
    text = text.replace("listen 127.0.0.1:5050;", f"listen 127.0.0.1:{action_port};")
    text = re.sub(r"^pid .*;", f"pid {tmp}/nginx.pid;", text, flags=re.M)
    text = re.sub(r"^error_log .*;", f"error_log {tmp}/error.log warn;", text, flags=re.M)
    text = text.replace("/var/log/nginx/cable-access.log", f"{tmp}/access.log")
    # For the test only: which replica answered.
    text = text.replace("add_header Set-Cookie", "add_header X-Upstream $upstream_addr always;\n"
                                                 "        add_header Set-Cookie", 1)
    temp = "\n".join(f"    {d}_temp_path {tmp}/{d};" for d in
                     ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    text = text.replace("http {\n", "http {\n" + temp + "\n", 1)
    conf = tmp / "nginx.conf"
    conf.write_text(text)
    return conf


@pytest.fixture(scope="module")
def proxy(cluster, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("nginx")
    port, action_port = free_block(1), free_block(1)
    conf = nginx_config(cluster, tmp, port, action_port)
    base = [NGINX, "-p", str(tmp), "-c", str(conf), "-e", str(tmp / "error.log")]
    check = subprocess.run(base + ["-t"], capture_output=True, text=True)
    assert check.returncode == 0 and "test is successful" in check.stderr, check.stderr
    proc = subprocess.Popen(base + ["-g", "daemon off;"], stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        cluster.wait(proc, f"http://127.0.0.1:{port}/health", "nginx", seconds=30)
        yield f"http://127.0.0.1:{port}", f"http://127.0.0.1:{action_port}", tmp
    finally:
        proc.terminate()
        proc.wait(timeout=15)


def say(session, url, sender, message):
    r = session.post(f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": message}, timeout=60)
    assert r.status_code == 200, r.text
    return "\n".join(m.get("text", "") for m in r.json()), r.headers.get("X-Upstream")


def test_a_browser_stays_on_one_replica_and_the_api_stays_private(live, proxy):
    url, action_url, tmp = proxy
    session, sender, upstreams = requests.Session(), "nginx-" + uuid.uuid4().hex[:10], set()
    for message, expected in SCENARIO.turns:
        reply, upstream = say(session, url, sender, message)
        assert all(w in reply for w in expected), reply
        upstreams.add(upstream)
    assert "cable_affinity" in session.cookies
    assert len(upstreams) == 1, f"one browser was sent to several replicas: {upstreams}"
    assert Bot(live.rasa_url(0), live.token).slots(sender)["outcome"] == SCENARIO.outcome
    api = requests.get(f"{url}/conversations/{sender}/tracker", params={"token": live.token}, timeout=10)
    assert api.status_code == 404
    assert requests.get(f"{action_url}/health", timeout=10).status_code == 200
    assert "token=" not in (tmp / "access.log").read_text()


def test_socketio_through_the_proxy(live, proxy):
    user = SocketUser(proxy[0])
    try:
        user.start_session()
        for message, expected in SCENARIO.turns[:2]:
            reply = user.say(message, expected)
            assert all(w in reply for w in expected), reply
    finally:
        user.close()


def test_a_dead_replica_is_skipped(live, proxy):
    url = proxy[0]
    session, sender = requests.Session(), "nginx-dead-" + uuid.uuid4().hex[:8]
    (message, expected), rest = SCENARIO.turns[0], SCENARIO.turns[1:]
    _, upstream = say(session, url, sender, message)
    live.kill_replica(int(upstream.rsplit(":", 1)[1]) - live.rasa_port)
    for message, expected in rest:
        reply, now = say(session, url, sender, message)
        assert all(w in reply for w in expected), reply
        assert now != upstream
