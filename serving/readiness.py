"""Starting servers: a free port, and waiting until a server answers. Shared by `make replicas`
(serving.cluster), the tests' harness and the benchmark."""

import socket
import subprocess
import time
from pathlib import Path

import requests


class ServerFailed(RuntimeError):
    """A server exited, or did not answer in time, while starting."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, proc: subprocess.Popen[bytes], log: Path, name: str = "server", seconds: float = 120,
                  interval: float = 0.3, log_tail: bool = True) -> None:
    """Poll `url` until it answers 200. Fails as soon as `proc` exits, naming the log (and quoting
    its end when `log_tail`: tests and benchmarks show it; `make replicas` points to the file)."""
    def failed(why: str) -> ServerFailed:
        tail = ":\n" + log.read_text(errors="replace")[-3000:] if log_tail and log.exists() else ""
        return ServerFailed(f"{name} {why}; see {log}{tail}")

    deadline = time.monotonic() + seconds
    with requests.Session() as http:
        while True:
            if proc.poll() is not None:
                raise failed(f"exited with {proc.returncode}")
            try:
                if http.get(url, timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                raise failed(f"did not answer {url} within {seconds:.0f} s")
            time.sleep(interval)
