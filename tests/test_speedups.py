"""The launcher's per-turn fix must check action-server replies exactly as Rasa does."""

import sys
from pathlib import Path

import jsonschema
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from serving import speedups  # noqa: E402


@pytest.fixture(scope="module")
def remote_action():
    from rasa.core.actions.action import RemoteAction
    original = RemoteAction._validate_action_result
    speedups.validate_action_results_once()
    yield RemoteAction("action_test", None)
    RemoteAction._validate_action_result = original


def test_a_valid_reply_passes(remote_action):
    reply = {"events": [{"event": "slot", "name": "outcome", "value": "retain"}],
             "responses": [{"text": "hello"}]}
    assert remote_action._validate_action_result(reply) is True


@pytest.mark.parametrize("reply", [{"events": "not a list"}, {"events": [{"no_event_key": 1}]},
                                   {"responses": "text"}, {"events": [{"event": 5}]}])
def test_an_invalid_reply_is_refused_with_rasas_message(remote_action, reply):
    with pytest.raises(jsonschema.ValidationError, match="Failed to validate Action server response"):
        remote_action._validate_action_result(reply)
