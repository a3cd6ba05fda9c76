"""Runs the real action server and Rasa server on free ports (for tests and recording stories)."""

import contextlib
import os
import subprocess
import sys
import uuid
from collections.abc import Sequence
from pathlib import Path

import requests

from serving import action_server
from serving.endpoints import endpoints_yaml
from serving.readiness import free_port, wait_until_up
from teaching.store import ClassExistsError, TeachingStore

ROOT = Path(__file__).resolve().parents[2]
__all__ = ["ACTION_TOKEN", "Bot", "MODEL", "ROOT", "TOKEN", "free_port", "running_servers", "wait_until_up"]

MODEL = ROOT / "models" / "cable.tar.gz"
TOKEN = "e2e-" + uuid.uuid4().hex
ACTION_TOKEN = action_server.new_token()


class Bot:
    """A client for one running Rasa server: send messages, read trackers."""

    def __init__(self, rasa_url: str, token: str):
        self.url = rasa_url
        self.token = token

    def send(self, sender: str, text: str) -> list:
        r = requests.post(f"{self.url}/webhooks/rest/webhook", json={"sender": sender, "message": text}, timeout=30)
        r.raise_for_status()
        return r.json()

    def texts(self, sender: str, text: str) -> str:
        """All bot text of one turn, joined (buttons' titles included)."""
        parts = []
        for m in self.send(sender, text):
            parts.append(m.get("text", ""))
            parts += [b["title"] for b in m.get("buttons", [])]
        return "\n".join(parts)

    def tracker(self, sender: str) -> dict:
        r = requests.get(f"{self.url}/conversations/{sender}/tracker", params={"token": self.token}, timeout=30)
        r.raise_for_status()
        return r.json()

    def slots(self, sender: str) -> dict:
        return self.tracker(sender)["slots"]


# The class code the scripted conversations join; a teacher creates it before the class starts.
CLASS_CODE = "HIST7"


@contextlib.contextmanager
def running_servers(tmp: Path, extra_env: dict | None = None, credentials: Path | None = None,
                    cors: Sequence[str] | None = None):
    """The action server and the Rasa server on free ports, with their own databases in `tmp`, and
    class CLASS_CODE created in them.

    `credentials` replaces credentials.yml; `cors` adds `--cors` with these origins, as `make web` does.
    """
    action_port, rasa_port = free_port(), free_port()
    endpoints = tmp / "endpoints.yml"
    endpoints.write_text(endpoints_yaml(f"http://127.0.0.1:{action_port}/webhook", tmp / "tracker.db"))
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp / 'app.db'}", "SANIC_HOST": "127.0.0.1",
           "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2",
           "SQLALCHEMY_SILENCE_UBER_WARNING": "1", action_server.TOKEN_VAR: ACTION_TOKEN, **(extra_env or {})}
    action_log, rasa_log = tmp / "action.log", tmp / "rasa.log"
    procs = []
    try:
        procs.append(subprocess.Popen(
            action_server.command(action_port), cwd=ROOT, env=env, stdout=action_log.open("w"),
            stderr=subprocess.STDOUT))
        procs.append(subprocess.Popen(
            # The launcher `make serve` uses: Rasa plus the project's guards (serving.patches).
            [sys.executable, "-m", "serving", "run",
             "--model", str(MODEL), "--endpoints", str(endpoints),
             "--credentials", str(credentials or ROOT / "credentials.yml"), "--interface", "127.0.0.1",
             "--port", str(rasa_port), "--enable-api", "--auth-token", TOKEN, *(["--cors", *cors] if cors else [])],
            cwd=ROOT, env=env, stdout=rasa_log.open("w"), stderr=subprocess.STDOUT))
        wait_until_up(f"http://127.0.0.1:{action_port}/health", procs[0], action_log)
        wait_until_up(f"http://127.0.0.1:{rasa_port}/status?token={TOKEN}", procs[1], rasa_log)
        bot = Bot(f"http://127.0.0.1:{rasa_port}", TOKEN)
        bot.database_url = env["DATABASE_URL"]
        with contextlib.suppress(ClassExistsError):    # servers started again on the same files
            TeachingStore(bot.database_url).create_class(CLASS_CODE)
        bot.rasa_log = rasa_log
        bot.action_log = action_log
        bot.rasa_port, bot.action_port = rasa_port, action_port
        bot.action_pid, bot.rasa_pid = procs[0].pid, procs[1].pid
        yield bot
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=15)
            except subprocess.TimeoutExpired:
                p.kill()


