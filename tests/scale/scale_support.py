"""Helpers shared by the scale-out tests (a module of its own: `conftest` is not importable)."""

import random
import socket
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_block(size: int) -> int:
    """The first of `size` consecutive free ports on 127.0.0.1."""
    def free(port: int) -> bool:
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
                return True
            except OSError:
                return False
    for _ in range(200):
        base = random.randint(20000, 60000 - size)
        if all(free(base + k) for k in range(size)):
            return base
    raise RuntimeError("no block of free ports")
