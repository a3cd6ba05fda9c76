"""Validation of what arrives over HTTP and socket.io: user messages (REST, socket.io), any JSON
body, and the action server's calls (no Rasa imports).

Rasa 3.6 trusts these payloads: a missing body or a JSON array gives a 500, a missing
sender puts everyone into one conversation called "default", a non-string message is
dropped in silence, a 100 KB message ties up the server for about 40 s, and NaN is stored
and later served as JSON that strict parsers refuse. Each check here turns such input into
one clear sentence instead, naming the field and never quoting the body back.
"""

import json
import math
import re
from typing import Any, Dict, Optional

# A chat message, not a document: 4,000 characters is a long paragraph, and it keeps
# the NLU pipeline and the free-text parser well under a second.
MAX_MESSAGE_CHARS = 4000
# Rasa's SQL tracker store keeps sender_id in a VARCHAR(255) column.
MAX_ID_CHARS = 255
MAX_METADATA_BYTES = 16 * 1024
# C0 and C1 controls and DEL, except tab and newline (harmless in text).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_ID_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")    # ids name trackers: no tabs or newlines
_SURROGATE = re.compile("[\ud800-\udfff]")
EXAMPLE = '{"sender": "a-conversation-id", "message": "hello"}'
ACTION_CALL_EXAMPLE = '{"next_action": "...", "sender_id": "...", "tracker": {"sender_id": "...", ...}}'
NOT_JSON = object()     # what `finite_json` returns for a body that is not JSON at all
UNREADABLE = "Sorry, I could not read that message: {}."     # a socket.io client's answer to bad input


class Rejected(Exception):
    """Input that cannot be passed on to Rasa; `status` is the HTTP status to answer."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


class _NonFinite(ValueError):
    pass


def _refuse_constant(name: str) -> float:
    raise _NonFinite(name)


def _finite_float(literal: str) -> float:
    value = float(literal)
    if math.isinf(value):       # e.g. 1e999
        raise _NonFinite("a number too large for a float (it would be Infinity)")
    return value


def _non_finite(what: str) -> Rejected:
    return Rejected(400, f"the request body contains {what}; JSON allows only finite numbers")


def finite_json(body: bytes) -> Any:
    """The body parsed as standard JSON, or NOT_JSON; NaN, Infinity and overflowing numbers are
    Rejected (Python's json accepts them, and Rasa would store them)."""
    try:
        return json.loads(body, parse_constant=_refuse_constant, parse_float=_finite_float)
    except _NonFinite as exc:
        raise _non_finite(exc.args[0]) from None
    except (ValueError, RecursionError):
        return NOT_JSON


def _kind(value: Any) -> str:
    return {dict: "an object", list: "an array", bool: "a boolean", int: "a number",
            float: "a number", str: "a string", type(None): "null"}.get(type(value), type(value).__name__)


def text(value: Any, field: str = "message") -> str:
    """The message text, control characters replaced by spaces."""
    if value is None:
        raise Rejected(400, f'"{field}" is missing: send JSON like {EXAMPLE}')
    if not isinstance(value, str):
        raise Rejected(400, f'"{field}" must be a string, not {_kind(value)}')
    if _SURROGATE.search(value):
        raise Rejected(400, f'"{field}" is not valid Unicode text (it contains a lone surrogate)')
    cleaned = _CONTROL.sub(" ", value)
    if not cleaned.strip():
        raise Rejected(400, f'"{field}" is empty: type a message')
    if len(cleaned) > MAX_MESSAGE_CHARS:
        raise Rejected(413, f'"{field}" is too long: {len(cleaned):,} characters '
                            f"(at most {MAX_MESSAGE_CHARS:,}); please send a shorter message")
    return cleaned


def conversation_id(value: Any, field: str = "sender") -> str:
    """A conversation id: a short, printable string (it names a tracker)."""
    if value is None:
        example = EXAMPLE if field == "sender" else f'{{"{field}": "a-conversation-id", ...}}'
        raise Rejected(400, f'"{field}" is missing: each conversation needs its own id'
                            + ("" if "." in field else f", e.g. {example}"))
    if not isinstance(value, str):
        raise Rejected(400, f'"{field}" must be a string, not {_kind(value)}')
    if not value.strip():
        raise Rejected(400, f'"{field}" is empty')
    if len(value) > MAX_ID_CHARS:
        raise Rejected(400, f'"{field}" is too long: {len(value)} characters (at most {MAX_ID_CHARS})')
    if _ID_CONTROL.search(value) or _SURROGATE.search(value):
        raise Rejected(400, f'"{field}" contains control characters or invalid Unicode')
    return value


def metadata(value: Any, field: str = "metadata") -> Optional[Dict]:
    """Optional metadata: an object (socket.io clients may send it as a JSON string)."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise Rejected(400, f'"{field}" is a string but not valid JSON') from None
    if not isinstance(value, dict):
        raise Rejected(400, f'"{field}" must be an object, not {_kind(value)}')
    try:
        size = len(json.dumps(value, allow_nan=False).encode())
    except ValueError:
        raise Rejected(400, f'"{field}" contains NaN or Infinity, which JSON does not allow') from None
    except (TypeError, RecursionError):
        raise Rejected(400, f'"{field}" cannot be stored as JSON') from None
    if size > MAX_METADATA_BYTES:
        raise Rejected(413, f'"{field}" is too large: {size:,} bytes (at most {MAX_METADATA_BYTES:,})')
    return value


def json_body(body: bytes, example: str = EXAMPLE) -> Dict:
    """A request body that must be one JSON object (`example` shows the caller what to send)."""
    if not body or not body.strip():
        raise Rejected(400, f"the request body is empty: send JSON like {example}")
    data = finite_json(body)
    if data is NOT_JSON:
        raise Rejected(400, f"the request body is not valid JSON: send JSON like {example}")
    if not isinstance(data, dict):
        raise Rejected(400, f"the request body must be a JSON object, not {_kind(data)}")
    return data


def rest_message(body: bytes) -> Dict:
    """The body of POST /webhooks/rest/webhook, checked and cleaned."""
    data = json_body(body)
    cleaned = dict(data)
    cleaned["sender"] = conversation_id(data.get("sender"))
    cleaned["message"] = text(data.get("message"))
    if "metadata" in data:
        cleaned["metadata"] = metadata(data["metadata"])
    channel = data.get("input_channel")
    if channel is not None and not (isinstance(channel, str) and 0 < len(channel) <= 64):
        raise Rejected(400, '"input_channel" must be a short string')
    return cleaned


def socket_message(data: Any, session_persistence: bool, metadata_key: str) -> Dict:
    """The payload of a socket.io user message, checked and cleaned."""
    if not isinstance(data, dict):
        raise Rejected(400, f'a message must be an object like {{"message": "hello", '
                            f'"session_id": "..."}}, not {_kind(data)}')
    cleaned = dict(data)
    if session_persistence:
        cleaned["session_id"] = conversation_id(data.get("session_id"), "session_id")
    cleaned["message"] = text(data.get("message"))
    if metadata_key in data:
        cleaned[metadata_key] = metadata(data[metadata_key], metadata_key) or {}
    return cleaned


def session_request(data: Any) -> Dict:
    """The payload of socket.io's session_request: nothing, or an optional session_id."""
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise Rejected(400, f"session_request must be an object, not {_kind(data)}")
    cleaned = dict(data)
    if data.get("session_id") is not None:
        cleaned["session_id"] = conversation_id(data["session_id"], "session_id")
    return cleaned


def _object(value: Any, field: str, required: bool = True) -> None:
    if value is None and not required:
        return
    if not isinstance(value, dict):
        raise Rejected(400, f'"{field}" is missing: send an object' if value is None
                       else f'"{field}" must be an object, not {_kind(value)}')


def action_call(body: bytes) -> Dict:
    """A call to the action server's /webhook, as Rasa sends it: checked field by field, because
    rasa_sdk hands `tracker.sender_id` to the stores (a null one once meant "every student")."""
    data = json_body(body, ACTION_CALL_EXAMPLE)
    name = data.get("next_action")
    if not isinstance(name, str) or not name.strip():
        raise Rejected(400, '"next_action" is missing: name the action to run' if name is None
                       else f'"next_action" must be an action name (a non-empty string), not {_kind(name)}')
    sender = conversation_id(data.get("sender_id"), "sender_id")
    tracker = data.get("tracker")
    _object(tracker, "tracker")
    if tracker.get("sender_id") != sender:
        conversation_id(tracker.get("sender_id"), "tracker.sender_id")
        raise Rejected(400, '"tracker.sender_id" must be the call\'s "sender_id"')
    for key, kind in (("events", list), ("slots", dict)):
        if key in tracker and not isinstance(tracker[key], kind):
            raise Rejected(400, f'"tracker.{key}" must be {_kind(kind())}, not {_kind(tracker[key])}')
    _object(tracker.get("latest_message"), "tracker.latest_message", required=False)
    _object(data.get("domain"), "domain", required=False)
    if data.get("version") is not None and not isinstance(data["version"], str):
        raise Rejected(400, f'"version" must be a string, not {_kind(data["version"])}')
    return data
