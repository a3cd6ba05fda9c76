"""Rasa's socket.io channel, accepting connections only from the configured origins.

Rasa 3.6 creates its server with `cors_allowed_origins=[]`, which switches python-socketio's
Origin check off: any web page could open a socket to the assistant from a student's browser.
This subclass keeps everything else and puts the check back, with the origins taken from
`CORS_ORIGINS` (space- or comma-separated; the environment wins, as for every other setting)
or else the channel's `allowed_origins` list in credentials.yml.
"""

import os
import re
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text, Union

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint

ENV_VAR = "CORS_ORIGINS"


def allowed_origins(configured: Optional[Union[List[Text], Text]] = None,
                    environ: Optional[Dict[Text, Text]] = None) -> Union[List[Text], Text]:
    """The origins to accept: a list, or "*" only when asked for explicitly."""
    environ = os.environ if environ is None else environ
    raw = environ.get(ENV_VAR, "").strip()
    if raw:
        origins = [o for o in re.split(r"[\s,]+", raw) if o]
    elif isinstance(configured, str):
        origins = [o for o in re.split(r"[\s,]+", configured) if o]
    else:
        origins = [str(o).strip() for o in configured or [] if str(o).strip()]
    if not origins:
        # An empty list would mean "no check at all" to python-socketio: refuse to start instead.
        raise ValueError(f"socket.io channel: no allowed origins; set {ENV_VAR} or `allowed_origins` "
                         "in credentials.yml")
    if "*" in origins:
        return "*"
    # Browsers send the origin without a trailing slash.
    return [o.rstrip("/") for o in origins]


class RestrictedSocketIOInput(SocketIOInput):
    """socket.io for the web widget; refuses handshakes whose Origin is not allowed."""

    allowed: Union[List[Text], Text] = []

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "RestrictedSocketIOInput":
        channel = super().from_credentials(credentials)
        channel.allowed = allowed_origins((credentials or {}).get("allowed_origins"))
        return channel

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        socketio_webhook = super().blueprint(on_new_message)
        if not self.allowed:
            raise ValueError("socket.io channel: no allowed origins configured")
        # engine.io reads this on every request; a list turns the Origin check on (a refused
        # handshake gets 400, for polling and WebSocket alike).
        self.sio.eio.cors_allowed_origins = self.allowed
        # But a list also makes engine.io add CORS headers, which Rasa's `--cors` (sanic-cors)
        # already adds to every route: browsers reject a doubled Access-Control-Allow-Origin.
        # Leave the headers to `--cors`, as Rasa's own channel does. (tests/web check both.)
        self.sio.eio._cors_headers = lambda environ: []
        return socketio_webhook
