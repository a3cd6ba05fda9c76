"""Who may use a web page's conversation: the socket.io client that started it, and only it.

A conversation started over socket.io gets its id from the server (`web-` and 128 random bits
from `secrets`) and a session token: that id and an HMAC of it under the server's key,
`web-<32 hex>.<proof>`. The server sends the token in `session_confirm`; the rasa-webchat widget
keeps it in the page's sessionStorage and sends it back as `session_id` in every
`session_request` (after a reload) and every `user_uttered`. Only a token this key signed is
accepted (serving.socketio): a socket that knows a conversation's id (from a teacher's report, a
log, an exported summary) but not its token is given a new conversation of its own.

Everywhere else (tracker store, records, reports, logs) the conversation is named by its id
alone; the token is never stored or logged. REST clients choose their own ids, but never a
`web-` one (403, serving.guards).

The key: SESSION_SECRET when set (32 characters or more; every replica needs the same), else
var/session.key, created once (mode 0600) and shared by every server started from this checkout,
so that a reload that reaches another replica, or a restarted server, accepts the page's token.
"""

import base64
import hashlib
import hmac
import os
import secrets
from pathlib import Path
from typing import Any, Mapping, Optional, Tuple

WEB_PREFIX = "web-"
KEY_VAR = "SESSION_SECRET"
KEY_FILE = Path(__file__).resolve().parent.parent / "var" / "session.key"
MIN_KEY_CHARS = 32
NOT_OVER_REST = ('"sender" names a web page\'s conversation (web-...): only the browser that started it may '
                 "write to it, over socket.io. A REST client chooses an id of its own")
_PURPOSE = b"socket.io session token\0"


def is_web_conversation(conversation_id: str) -> bool:
    return conversation_id.startswith(WEB_PREFIX)


class SessionTokens:
    def __init__(self, key: bytes):
        if len(key) < MIN_KEY_CHARS:
            raise ValueError(f"the session key must have at least {MIN_KEY_CHARS} characters")
        self._key = key

    def new(self) -> Tuple[str, str]:
        """A new conversation: (its id, the token only its starter holds)."""
        conversation_id = WEB_PREFIX + secrets.token_hex(16)
        return conversation_id, self.token(conversation_id)

    def token(self, conversation_id: str) -> str:
        return f"{conversation_id}.{self._proof(conversation_id)}"

    def conversation(self, token: Any) -> Optional[str]:
        """The id a token this key signed stands for; None for anything else."""
        if not isinstance(token, str) or not token.startswith(WEB_PREFIX):
            return None
        conversation_id, _, proof = token.rpartition(".")
        if not conversation_id or not hmac.compare_digest(proof.encode(), self._proof(conversation_id).encode()):
            return None
        return conversation_id

    def _proof(self, conversation_id: str) -> str:
        digest = hmac.new(self._key, _PURPOSE + conversation_id.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def load_key(environ: Optional[Mapping[str, str]] = None, key_file: Path = KEY_FILE) -> bytes:
    """SESSION_SECRET, else the key file, created on first use (raises ValueError naming the problem)."""
    environ = os.environ if environ is None else environ
    secret = environ.get(KEY_VAR, "").strip()
    if secret:
        if len(secret) < MIN_KEY_CHARS:
            raise ValueError(f"{KEY_VAR} must have at least {MIN_KEY_CHARS} characters")
        return secret.encode()
    if not key_file.exists():
        _create_key_file(key_file)
    key = key_file.read_text().strip()
    if len(key) < MIN_KEY_CHARS:
        raise ValueError(f"{key_file} holds no usable session key: delete it (a new one is made at the next "
                         f"start; open chat windows then start new conversations) or set {KEY_VAR}")
    return key.encode()


def _create_key_file(key_file: Path) -> None:
    """Written whole under a temporary name, then linked into place: a server starting at the same
    moment either finds no file or the complete one, and the first link wins."""
    key_file.parent.mkdir(parents=True, exist_ok=True)
    temporary = key_file.with_name(f".{key_file.name}.{os.getpid()}.{secrets.token_hex(4)}")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "w") as out:
            out.write(secrets.token_hex(32) + "\n")
        try:
            os.link(temporary, key_file)
        except FileExistsError:
            pass
    finally:
        temporary.unlink()
