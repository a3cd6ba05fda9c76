"""The page's static server (`python -m web`): its own error pages carry the same security headers
as its pages, and a browser that goes away mid-response is one warning line, not a traceback."""

import socket
import struct
import subprocess
import sys

import pytest

from tests.e2e.harness import ROOT, free_port, wait_until_up
from tests.web.browsing import ensure_widget
from web.server import WIDGET_URL

SAFETY = ("X-Content-Type-Options: nosniff", "Referrer-Policy: no-referrer",
          "Content-Security-Policy: default-src 'none'")


@pytest.fixture(scope="module")
def page_server(tmp_path_factory):
    ensure_widget()
    port, log = free_port(), tmp_path_factory.mktemp("web") / "web.log"
    proc = subprocess.Popen([sys.executable, "-m", "web", "--port", str(port), "--rasa-url", "http://127.0.0.1:9"],
                            cwd=ROOT, stdout=log.open("w"), stderr=subprocess.STDOUT)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/", proc, log, seconds=30)
        yield port, log
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def raw(port: int, request: bytes) -> str:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(request)
        chunks = []
        while chunk := s.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks).decode(errors="replace")


@pytest.mark.parametrize("request_bytes,status", [
    (b"GET / extra HTTP/1.1\r\nHost: x\r\n\r\n", 400),
    (b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n", 501),
    (b"GET /" + b"a" * 70000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414),
    (b"GET /nothing-here HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 404),
], ids=["malformed request line", "unsupported method", "URI too long", "not found"])
def test_error_pages_carry_the_security_headers(page_server, request_bytes, status):
    answer = raw(page_server[0], request_bytes)
    head = answer.split("\r\n\r\n", 1)[0]
    assert head.split("\r\n")[0].split()[1] == str(status), head
    for header in SAFETY:
        assert header in head, f"{status} page lacks {header!r}:\n{head}"


def test_a_client_that_leaves_early_is_a_warning_not_a_traceback(page_server):
    port, log = page_server
    for _ in range(100):    # until one leaves before the widget's 700 kB have been written
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        s.connect(("127.0.0.1", port))
        s.sendall(f"GET {WIDGET_URL} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        s.recv(1)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # reset, not close
        s.close()
        raw(port, b"GET /config.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")   # after the reset
        if "disconnected before the response was sent" in log.read_text():
            break
    text = log.read_text()
    assert "WARNING 127.0.0.1 disconnected before the response was sent" in text
    assert "Traceback" not in text and "BrokenPipe" not in text.replace("(BrokenPipeError)", ""), text[-2000:]
