"""Helpers for the web page tests: the widget from npm, Debian's Chromium, a chat driver."""

import os
import subprocess
import time
from pathlib import Path

import pytest

from tests.e2e.harness import ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
WIDGET = ROOT / "node_modules" / "rasa-webchat" / "lib" / "index.js"
NPM_STAMP = ROOT / "node_modules" / ".package-lock.json"
NPM_INPUTS = (ROOT / "package.json", ROOT / "package-lock.json")
REPORTS = ROOT / "var" / "reports"

# Selectors of rasa-webchat 1.0.1.
BOT = ".rw-group-message.rw-from-response .rw-response .rw-message-text"
USER = ".rw-group-message.rw-from-client .rw-client"
INPUT = "textarea.rw-new-message"


def ensure_widget() -> None:
    """`npm ci` from the committed lock file when node_modules is missing or stale (as `make web` does)."""
    if WIDGET.is_file() and NPM_STAMP.is_file() and all(
            NPM_STAMP.stat().st_mtime >= path.stat().st_mtime for path in NPM_INPUTS):
        return
    try:
        subprocess.run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=ROOT, check=True,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=600)
    except FileNotFoundError:
        pytest.fail("npm is missing: install Node.js (apt-get install -y nodejs npm) to fetch the chat widget")
    except subprocess.CalledProcessError as error:
        pytest.fail(f"npm ci failed:\n{error.stdout.decode(errors='replace')[-3000:]}")
    NPM_STAMP.touch()


def require_chromium() -> None:
    if CHROMIUM.exists():
        return
    message = (f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium; "
               ".ci/run does). The browser tests never download a browser.")
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


class Stack:
    """URLs of the running servers."""

    def __init__(self, bot, web_url: str):
        self.bot = bot
        self.rasa_url = bot.url
        self.web_url = web_url
        self.origin = web_url.rstrip("/")


class Chat:
    """Drives the widget the way a student does: type, press Enter, read the reply."""

    def __init__(self, page, stack):
        self.page = page
        self.stack = stack

    def open(self, url=None):
        self.page.goto(url or self.stack.web_url)
        self.page.locator(BOT).first.wait_for()  # the greeting: the socket is connected

    def bot_texts(self):
        return self.page.locator(BOT).all_inner_texts()

    def user_texts(self):
        return self.page.locator(USER).all_inner_texts()

    def wait_for_reply(self, before: int, containing: str = "", timeout: float = 20.0) -> str:
        """The bot's messages after the first `before`, once they stop arriving (and contain the words)."""
        self.page.locator(BOT).nth(before).wait_for(timeout=timeout * 1000)
        deadline = time.monotonic() + timeout
        count, since = -1, time.monotonic()
        while True:
            texts = self.bot_texts()[before:]
            if len(texts) != count:
                count, since = len(texts), time.monotonic()
            joined = "\n".join(texts)
            # The widget shows one message every 250 ms: a second of quiet ends the turn.
            if time.monotonic() - since > 1.0 and (not containing or containing in joined):
                return joined
            if time.monotonic() > deadline:
                raise AssertionError(f"no reply containing {containing!r}; got:\n{joined}")
            self.page.wait_for_timeout(150)

    def say(self, text: str, expect: str = "") -> str:
        before, mine = self.page.locator(BOT).count(), self.page.locator(USER).count()
        self.page.fill(INPUT, text)
        self.page.press(INPUT, "Enter")
        self.page.locator(USER).nth(mine).wait_for()
        return self.wait_for_reply(before, expect)
