"""The static server (routes, headers, no listing or traversal) and the generated page data."""

import http.client
import json
import threading
import xml.etree.ElementTree as ET

import pytest

import cable
from web import data, diagram, server
from web.server import make_server

PAGES = ["/", "/index.html", "/app.js", "/style.css", "/cable.json", "/config.json", "/diagram.svg",
         server.WIDGET_URL]


@pytest.fixture(scope="module")
def static(tmp_path_factory):
    widget = tmp_path_factory.mktemp("widget") / "index.js"
    widget.write_text("/* stand-in for the widget bundle */")
    httpd = make_server("127.0.0.1", 0, "http://127.0.0.1:5999", widget=widget)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd.server_address[1]
    httpd.shutdown()
    httpd.server_close()


def get(port, path, method="GET"):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request(method, path)  # sent as written: no client-side normalisation of ".."
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, response.headers, body


@pytest.mark.parametrize("path", PAGES)
def test_each_page_is_served_with_its_type_and_safety_headers(static, path):
    status, headers, body = get(static, path)
    assert status == 200 and body
    kind = headers["Content-Type"]
    assert kind.split(";")[0] in {"text/html", "text/javascript", "text/css", "application/json", "image/svg+xml"}
    assert headers["X-Content-Type-Options"] == "nosniff"
    policy = headers["Content-Security-Policy"]
    assert "script-src 'self';" in policy and "unsafe-eval" not in policy
    assert "connect-src 'self' http://127.0.0.1:5999 ws://127.0.0.1:5999;" in policy


@pytest.mark.parametrize("path", [
    "/vendor/", "/vendor", "/static/", "/static/index.html", "/web/", "/server.py", "/data.py", "/__init__.py",
    "/../README.md", "/..%2fREADME.md", "/%2e%2e/README.md", "/static/../server.py", "//etc/passwd",
    "/../../../../etc/passwd", "/node_modules/rasa-webchat/package.json", "/vendor/../app.js.map",
    "/.hidden", "/index.html/", "/cable.json/..",
])
def test_nothing_else_is_served(static, path):
    status, _, body = get(static, path)
    assert status == 404, path
    assert body == b"Not found\n"


def test_only_get_and_head(static):
    status, headers, body = get(static, "/", "HEAD")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 0
    assert get(static, "/", "POST")[0] == 501
    assert get(static, "/cable.json", "PUT")[0] == 501


def test_the_page_data_comes_from_the_cable_package(static):
    _, _, body = get(static, "/cable.json")
    page = json.loads(body)
    assert page["metadata"] == cable.metadata()
    assert [(c["id"], c["number"], c["label"], c["text"]) for c in page["clauses"]] == [
        (c.id, c.number, c.label, c.text) for c in cable.CLAUSES]
    assert json.loads(get(static, "/config.json")[2]) == {"socketUrl": "http://127.0.0.1:5999"}


def test_clause_questions_name_their_clause():
    asks = {c["id"]: c["ask"] for c in data.clauses()}
    assert asks["view_2"] == "What does view 2 say?"
    assert asks["preamble"] == "What does the preamble say?"
    assert asks["railway"] == "What does the railway remark say?"


def test_the_server_binds_loopback_by_default(monkeypatch):
    seen = {}

    def fake(host, port, rasa_url, **kwargs):
        seen.update(host=host, port=port, rasa_url=rasa_url)
        raise OSError("stop here")

    monkeypatch.setattr(server, "make_server", fake)
    for name in ("WEB_HOST", "WEB_PORT", "RASA_URL", "RASA_HOST", "RASA_PORT"):
        monkeypatch.delenv(name, raising=False)
    assert server.main([]) == 1
    assert seen == {"host": "127.0.0.1", "port": 8080, "rasa_url": "http://127.0.0.1:5005"}


def test_a_missing_widget_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="npm ci"):
        server.routes("http://127.0.0.1:5005", widget=tmp_path / "missing.js")


def test_the_diagram_is_drawn_from_the_rules():
    svg = diagram.svg()
    root = ET.fromstring(svg)  # well-formed XML
    ns = {"s": "http://www.w3.org/2000/svg"}
    columns = [g.get("data-clause") for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "column"]
    assert columns == [r.clause_id for r in cable.RULES] + ["railway"]
    text = " ".join(t.text or "" for t in root.iterfind(".//s:text", ns))
    for label in cable.OUTCOME_LABELS.values():
        assert " ".join(label.split()) in text or label.split(" (")[0] in text
    for rule in cable.RULES:
        assert f"View {rule.view} applies" in text
    assert root.find("s:title", ns).text == "How the cable decides a case"


def test_every_question_of_the_rules_is_in_the_diagram():
    words = " ".join(t.text or "" for t in ET.fromstring(diagram.svg()).iter("{http://www.w3.org/2000/svg}text"))
    words = " ".join(words.replace("\u2022 ", "").split())
    for rule in cable.RULES:
        for condition in rule.all_of + rule.any_of:
            # Wrapped over lines, so compare word by word.
            assert " ".join(cable.QUESTIONS[condition.field]["ask"].split()[:3]) in words


def test_a_missing_chromium_fails_in_ci_and_skips_elsewhere(monkeypatch, tmp_path):
    from tests.web import browsing

    monkeypatch.setattr(browsing, "CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="apt-get install -y chromium"):
        browsing.require_chromium()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="is missing"):
        browsing.require_chromium()
