"""Waiting for a server: used by `make replicas`, the test harness and the benchmark."""

import subprocess
import sys

import pytest

from serving.readiness import ServerFailed, free_port, wait_until_up


def test_a_server_that_answers_is_waited_for(tmp_path):
    port, log = free_port(), tmp_path / "http.log"
    proc = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"],
                            cwd=tmp_path, stdout=log.open("w"), stderr=subprocess.STDOUT)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/", proc, log, seconds=30, interval=0.05)
        assert proc.poll() is None
    finally:
        proc.kill()
        proc.wait()


def test_a_server_that_exits_fails_at_once_naming_its_log(tmp_path):
    log = tmp_path / "crash.log"
    proc = subprocess.Popen([sys.executable, "-c", "import sys; print('boom: no model'); sys.exit(3)"],
                            stdout=log.open("w"), stderr=subprocess.STDOUT)
    proc.wait()
    with pytest.raises(ServerFailed, match=r"rasa-server exited with 3; see .*crash.log:\nboom: no model"):
        wait_until_up(f"http://127.0.0.1:{free_port()}/", proc, log, name="rasa-server", seconds=30)
    with pytest.raises(ServerFailed) as failure:
        wait_until_up(f"http://127.0.0.1:{free_port()}/", proc, log, log_tail=False)
    assert "boom" not in str(failure.value) and str(log) in str(failure.value)


def test_a_server_that_never_answers_times_out(tmp_path):
    log = tmp_path / "slow.log"
    log.write_text("")
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        with pytest.raises(ServerFailed, match=r"did not answer http://127.0.0.1:\d+/ within 1 s"):
            wait_until_up(f"http://127.0.0.1:{free_port()}/", proc, log, seconds=1, interval=0.1)
    finally:
        proc.kill()
        proc.wait()
