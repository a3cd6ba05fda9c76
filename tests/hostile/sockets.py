"""A socket.io user, as the web widget talks: session_request, then user_uttered with session_id.

The server chooses the conversation: `session_confirm` brings the session token (the
conversation id and its proof, serving.sessions), which the widget keeps and sends as
`session_id`, as this user does. `conversation_id` is the id alone, as the tracker store and the
HTTP API name the conversation.

Bot messages arrive asynchronously, so `say` waits until the expected words have arrived (or,
with nothing expected, until the bot has been quiet for a moment).
"""

import threading
import time
from typing import Any, List, Optional, Sequence

import socketio


class SocketUser:
    def __init__(self, url: str, session_id: Optional[str] = None):
        """`session_id`: a session token to present (a reload), or any string to try; None asks for a
        new conversation."""
        self.session_id = session_id
        self._messages: List[dict] = []
        self._cond = threading.Condition()
        self.client = socketio.Client(reconnection=False)
        self.client.on("bot_uttered", self._on_bot)
        self.client.on("session_confirm", self._on_confirm)
        self.confirmed: Optional[str] = None
        self.client.connect(url, socketio_path="/socket.io", wait_timeout=10)

    def _on_bot(self, data: Any) -> None:
        with self._cond:
            self._messages.append(data if isinstance(data, dict) else {"text": str(data)})
            self._cond.notify_all()

    def _on_confirm(self, data: Any) -> None:
        with self._cond:
            self.confirmed = data
            self._cond.notify_all()

    def start_session(self, timeout: float = 10) -> str:
        """Asks for the session as the widget does; keeps (and returns) the token the server confirms."""
        self.confirmed = None
        self.client.emit("session_request", {"session_id": self.session_id})
        with self._cond:
            self._cond.wait_for(lambda: self.confirmed is not None, timeout)
        assert isinstance(self.confirmed, str), f"no session_confirm for {self.session_id}"
        self.session_id = self.confirmed
        return self.confirmed

    @property
    def conversation_id(self) -> str:
        """The conversation's id (the token without its proof)."""
        return self.session_id.rpartition(".")[0]

    def emit(self, *args: Any, event: str = "user_uttered") -> None:
        """Sends `args` as the event's arguments (none, one, or several)."""
        self.client.emit(event, None if not args else args[0] if len(args) == 1 else tuple(args))

    def collect(self, expect: Sequence[str] = (), timeout: float = 30, quiet: float = 0.8) -> str:
        """The text of the bot messages received from now on, once `expect` is all there."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                text = "\n".join(self._text(m) for m in self._messages)
                if expect and all(w in text for w in expect):
                    break
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                count = len(self._messages)
                self._cond.wait(min(remaining, quiet))
                if not expect and count and len(self._messages) == count:
                    break    # nothing expected: the bot has been quiet for `quiet` seconds
            self._messages.clear()
        return text

    def say(self, text: str, expect: Sequence[str] = (), timeout: float = 30) -> str:
        self.emit({"message": text, "session_id": self.session_id})
        return self.collect(expect, timeout)

    @staticmethod
    def _text(message: dict) -> str:
        parts = [str(message.get("text", ""))]
        parts += [str(b.get("title", "")) for b in message.get("quick_replies") or message.get("buttons") or []]
        return "\n".join(parts)

    def close(self) -> None:
        self.client.disconnect()
