"""Fixtures for the web page: the three real servers and a browser page per test.

The servers start once per session: the action server and the Rasa server through the e2e
harness (credentials.yml, with CORS_ORIGINS naming the page's origin, as `make web` sets it),
and the static server on a free port. Each test gets a fresh browser context, so a fresh
conversation, with a recorder for dialogs, page errors and any request that leaves 127.0.0.1.
"""

import subprocess
import sys
from urllib.parse import urlsplit

import pytest

from tests.e2e.harness import MODEL, ROOT, free_port, running_servers, wait_until_up
from tests.web.browsing import CHROMIUM, CHROMIUM_ARGS, Chat, Stack, ensure_widget, require_chromium


@pytest.fixture(scope="session")
def stack(tmp_path_factory):
    if not MODEL.exists():
        pytest.fail(f"{MODEL} is missing: run `make train` (make test does it for you)")
    ensure_widget()
    tmp = tmp_path_factory.mktemp("web")
    web_port = free_port()
    origin = f"http://127.0.0.1:{web_port}"
    with running_servers(tmp, extra_env={"CORS_ORIGINS": origin}, cors=[origin]) as bot:
        log = tmp / "web.log"
        proc = subprocess.Popen([sys.executable, "-m", "web", "--port", str(web_port), "--rasa-url", bot.url],
                                cwd=ROOT, stdout=log.open("w"), stderr=subprocess.STDOUT)
        try:
            wait_until_up(f"{origin}/", proc, log, seconds=30)
            yield Stack(bot, origin + "/")
        finally:
            proc.terminate()
            proc.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Recorder:
    def __init__(self):
        self.dialogs, self.errors, self.outside = [], [], []


@pytest.fixture
def page(browser, stack):
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    page = context.new_page()
    page.set_default_timeout(20000)
    rec = Recorder()

    def on_dialog(dialog):
        rec.dialogs.append(dialog.message)
        dialog.dismiss()

    def route(r):
        # Nothing leaves the machine: the page must work without any CDN.
        if urlsplit(r.request.url).hostname in ("127.0.0.1", "localhost"):
            r.continue_()
        else:
            rec.outside.append(r.request.url)
            r.abort()

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda error: rec.errors.append(str(error)))
    page.on("requestfinished", lambda r: rec.outside.append(r.url)
            if urlsplit(r.url).hostname not in ("127.0.0.1", "localhost") else None)
    page.route("**/*", route)
    page.rec = rec
    yield page
    context.close()


@pytest.fixture
def chat(page, stack):
    return Chat(page, stack)
