"""A tracker store that cannot be built stops the server with a message naming the setting,
instead of Rasa's silent fallback to an in-memory store that forgets every conversation."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from serving.endpoints import ENDPOINTS, endpoints_yaml

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "cable.tar.gz"


def start_with(tmp_path: Path, endpoints_text: str) -> subprocess.CompletedProcess:
    if not MODEL.exists():
        pytest.skip("no trained model: run `make train` (make test does)")
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(endpoints_text)
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2", "ACTION_TOKEN": "a-test-action-token"}
    return subprocess.run([sys.executable, "-m", "serving", "run", "--model", str(MODEL),
                           "--endpoints", str(endpoints), "--interface", "127.0.0.1", "--port", "0"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)


def test_make_serve_uses_the_cached_store():
    text = ENDPOINTS.read_text()
    assert "type: serving.tracker_store.CachedSQLTrackerStore" in text
    assert "serving.tracker_store.CachedSQLTrackerStore" in (ROOT / "endpoints-scale.yml").read_text()


def test_an_unloadable_store_class_stops_the_server(tmp_path):
    text = endpoints_yaml("http://127.0.0.1:9/webhook", tmp_path / "t.db").replace(
        "serving.tracker_store.CachedSQLTrackerStore", "stores.no_such_module.Store")
    result = start_with(tmp_path, text)
    assert result.returncode != 0
    assert "tracker_store type 'stores.no_such_module.Store' cannot be loaded" in result.stderr, result.stderr[-2000:]
    assert "refusing to fall back to Rasa's in-memory store" in result.stderr


def test_a_bad_cache_size_stops_the_server_naming_it(tmp_path):
    text = endpoints_yaml("http://127.0.0.1:9/webhook", tmp_path / "t.db").replace("cache_size: 200", "cache_size: lots")
    assert "cache_size: lots" in text
    result = start_with(tmp_path, text)
    assert result.returncode != 0
    assert "tracker_store cache_size must be a whole number of conversations (0 or more), got 'lots'" in result.stderr
