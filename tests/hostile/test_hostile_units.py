"""The pieces behind the guards, without servers: payload checks, log redaction, the scale
profile's environment (one clear line per problem)."""

import subprocess
import sys

import pytest

from serving import payloads
from serving.guards import redact
from serving.scale_env import ScaleConfigError, scale_env

from tests.e2e.harness import ROOT, free_port

GOOD_REDIS = "redis://127.0.0.1:6379/0"
GOOD_DB = "postgresql://cable:secret@db:5432/cable"


def test_message_text_is_cleaned_not_refused():
    assert payloads.text("a\x00b\x07c\td\ne") == "a b c\td\ne"
    assert payloads.text("x" * payloads.MAX_MESSAGE_CHARS)


@pytest.mark.parametrize("value,status", [(None, 400), (3, 400), ("", 400), ("\x00", 400), ("\ud800", 400),
                                          ("x" * (payloads.MAX_MESSAGE_CHARS + 1), 413)])
def test_message_text_refusals(value, status):
    with pytest.raises(payloads.Rejected) as exc:
        payloads.text(value)
    assert exc.value.status == status


def test_rest_body_is_checked_and_cleaned():
    body = payloads.rest_message(b'{"sender": "s", "message": "hi\\u0000", "metadata": {"a": 1}}')
    assert body == {"sender": "s", "message": "hi ", "metadata": {"a": 1}}


def test_socket_metadata_may_be_a_json_string():
    data = payloads.socket_message({"session_id": "s", "message": "hi", "customData": '{"lang": "en"}'},
                                   True, "customData")
    assert data["customData"] == {"lang": "en"}


@pytest.mark.parametrize("line", [
    "GET /conversations/x/tracker?token=abc123 200",
    "uri: 'http://127.0.0.1:5005/model?x=1&token=abc123'",
    "token=abc123",
])
def test_redaction_hides_the_token(line):
    out = redact(line, ["abc123"])
    assert "abc123" not in out and "[redacted]" in out


def test_redaction_hides_a_known_secret_anywhere():
    assert redact("Bearer s3cr3t-t0ken-value", ["s3cr3t-t0ken-value"]) == "Bearer [redacted]"


@pytest.mark.parametrize("environ,variable", [
    ({"REDIS_URL": GOOD_REDIS}, "DATABASE_URL"),
    ({"DATABASE_URL": "", "REDIS_URL": GOOD_REDIS}, "DATABASE_URL"),
    ({"DATABASE_URL": "sqlite:///var/app.db", "REDIS_URL": GOOD_REDIS}, "DATABASE_URL"),
    ({"DATABASE_URL": "postgresql://db:notaport/cable", "REDIS_URL": GOOD_REDIS}, "DATABASE_URL"),
    ({"DATABASE_URL": "postgresql://db:5432/", "REDIS_URL": GOOD_REDIS}, "DATABASE_URL"),
    ({"DATABASE_URL": "postgresql://u:pa$s@db/cable", "REDIS_URL": GOOD_REDIS}, "DATABASE_URL"),
    ({"DATABASE_URL": GOOD_DB}, "REDIS_URL"),
    ({"DATABASE_URL": GOOD_DB, "REDIS_URL": "http://cache:6379"}, "REDIS_URL"),
    ({"DATABASE_URL": GOOD_DB, "REDIS_URL": "redis://cache:port/0"}, "REDIS_URL"),
    ({"DATABASE_URL": GOOD_DB, "REDIS_URL": "redis://cache:6379/zero"}, "REDIS_URL"),
    ({"DATABASE_URL": GOOD_DB, "REDIS_URL": GOOD_REDIS, "REDIS_KEY_PREFIX": "a:b"}, "REDIS_KEY_PREFIX"),
])
def test_scale_profile_names_the_bad_variable(environ, variable):
    with pytest.raises(ScaleConfigError) as exc:
        scale_env(environ)
    message = str(exc.value)
    assert message.startswith(variable) and "\n" not in message
    assert "secret" not in message


def test_scale_profile_derives_the_redis_settings():
    env = scale_env({"DATABASE_URL": "postgres://cable:secret@db/cable", "REDIS_URL": "rediss://:p%40ss@cache:6380/3"})
    assert env["DATABASE_URL"] == "postgresql://cable:secret@db/cable"
    assert (env["REDIS_HOST"], env["REDIS_PORT"], env["REDIS_DB"]) == ("cache", "6380", "3")
    assert (env["REDIS_PASSWORD"], env["REDIS_USE_SSL"], env["REDIS_KEY_PREFIX"]) == ("p@ss", "true", "cable")


def test_serve_with_the_scale_profile_and_no_database_fails_in_one_line():
    env = {"PATH": "/usr/bin:/bin", "PROFILE": "scale", "REDIS_URL": GOOD_REDIS, "HOME": "/tmp"}
    r = subprocess.run(["bash", "scripts/run.sh", "serve"], cwd=ROOT, env=env, capture_output=True, text=True,
                       timeout=60)
    assert r.returncode != 0
    assert r.stderr.strip().splitlines() == [r.stderr.strip()] and "DATABASE_URL is not set" in r.stderr


def test_launcher_refuses_an_api_without_a_token():
    env = {"PATH": "/usr/bin:/bin", "HOME": "/tmp"}
    r = subprocess.run([sys.executable, "-m", "serving", "run", "--enable-api"], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode != 0 and "without authentication" in r.stderr


def test_launcher_refuses_a_model_server_in_the_endpoints(tmp_path):
    (tmp_path / "endpoints.yml").write_text("models:\n  url: http://127.0.0.1:9/model.tar.gz\n")
    r = subprocess.run([sys.executable, "-m", "serving", "run", "--model", "models/cable.tar.gz",
                        "--endpoints", str(tmp_path / "endpoints.yml"), "--interface", "127.0.0.1",
                        "--port", str(free_port())],
                       cwd=ROOT, env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}, capture_output=True,
                       text=True, timeout=180)
    assert r.returncode != 0 and "CVE-2024-49375" in r.stdout + r.stderr


def test_the_action_server_keeps_only_the_variables_actions_need():
    from serving.action_server import environment

    given = {"PATH": "/usr/bin", "HOME": "/home/t", "LC_ALL": "C.UTF-8", "PYTHONHASHSEED": "0",
             "DATABASE_URL": "sqlite:///x.db", "PGPASSWORD": "pw", "ACTION_TOKEN": "a" * 20,
             "SANIC_HOST": "127.0.0.1", "RASA_TOKEN": "secret", "SESSION_SECRET": "s" * 40,
             "REDIS_PASSWORD": "pw", "CORS_ORIGINS": "http://x", "AWS_SECRET_ACCESS_KEY": "k"}
    kept = environment(given)
    assert set(kept) == {"PATH", "HOME", "LC_ALL", "PYTHONHASHSEED", "DATABASE_URL", "PGPASSWORD",
                         "ACTION_TOKEN", "SANIC_HOST"}
    assert environment(kept) == kept     # started with exactly these, it does not re-execute


@pytest.mark.parametrize("body,words", [
    (b'{"a": NaN}', "contains NaN"), (b'{"a": [Infinity]}', "contains Infinity"),
    (b'{"a": {"b": -Infinity}}', "contains -Infinity"), (b'{"a": 1e400}', "too large for a float"),
])
def test_non_finite_numbers_are_refused_wherever_they_are(body, words):
    with pytest.raises(payloads.Rejected, match=words) as refused:
        payloads.finite_json(body)
    assert refused.value.status == 400
    assert payloads.finite_json(b'{"a": 1e300, "b": -0.0}') == {"a": 1e300, "b": -0.0}
    assert payloads.finite_json(b"model_file=x") is payloads.NOT_JSON
