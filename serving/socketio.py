"""Rasa's socket.io channel, with each conversation kept to the browser that started it.

- Origins: Rasa 3.6 creates its server with `cors_allowed_origins=[]`, which switches
  python-socketio's Origin check off: any web page could open a socket to the assistant from a
  student's browser. The check is back, with the origins taken from `CORS_ORIGINS` (space- or
  comma-separated; the environment wins, as for every other setting) or else the channel's
  `allowed_origins` list in credentials.yml.
- Ownership: with `session_persistence`, Rasa lets any socket join any conversation by naming
  its id in `session_request`, and post into it with `user_uttered`. Here the server chooses
  each id and only a socket showing the conversation's token may join or post (serving.sessions).
- Client-caused events (a client emitting `connect` or `disconnect`, a websocket closing) log one
  WARNING line, or nothing, instead of an ERROR traceback.
"""

import logging
import os
import re
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text, Union

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint

from serving import payloads, sessions

logger = logging.getLogger(__name__)
ENV_VAR = "CORS_ORIGINS"
NOT_YOURS = ("Sorry, this chat window does not hold the key to that conversation, so the message was not "
             "sent. Reload the page to start a conversation of your own.")


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
    """socket.io for the web widget: allowed origins only, each conversation its starter's."""

    allowed: Union[List[Text], Text] = []
    tokens: Optional[sessions.SessionTokens] = None

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "RestrictedSocketIOInput":
        channel = super().from_credentials(credentials)
        channel.allowed = allowed_origins((credentials or {}).get("allowed_origins"))
        if channel.session_persistence:
            channel.tokens = sessions.SessionTokens(sessions.load_key())
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
        if self.session_persistence:
            if self.tokens is None:
                raise ValueError("socket.io channel: session_persistence needs a session key (serving.sessions)")
            self._keep_conversations_to_their_starters()
        self._quiet_client_events()
        return socketio_webhook

    def _keep_conversations_to_their_starters(self) -> None:
        sio, namespace, tokens = self.sio, self.namespace or "/", self.tokens
        handlers = sio.handlers[namespace]

        async def refuse(sid: str, message: str) -> None:
            await sio.emit(self.bot_message_evt, {"text": message}, room=sid, namespace=namespace)

        def join(sid: str, conversation_id: str) -> None:
            for room in sio.rooms(sid, namespace):
                if room not in (sid, conversation_id):
                    sio.leave_room(sid, room, namespace)    # one conversation per socket
            sio.enter_room(sid, conversation_id, namespace)

        async def session_request(sid: str, *args: Any) -> None:
            try:    # python-socketio passes one argument per value the client sent
                data = payloads.session_request(args[0] if len(args) == 1 else list(args) or None)
            except payloads.Rejected as exc:
                return await refuse(sid, payloads.UNREADABLE.format(exc.message))
            conversation_id = tokens.conversation(data.get("session_id"))
            if conversation_id is None:
                if data.get("session_id"):
                    logger.warning("socket %s asked for a conversation without its token: started a new one", sid)
                conversation_id, token = tokens.new()
            else:
                token = data["session_id"]
            join(sid, conversation_id)
            await sio.emit("session_confirm", token, room=sid, namespace=namespace)

        rasas_handler = handlers[self.user_message_evt]

        async def user_message(sid: str, *args: Any) -> Any:
            try:
                data = payloads.socket_message(args[0] if len(args) == 1 else list(args) or None,
                                               True, self.metadata_key)
            except payloads.Rejected as exc:
                return await refuse(sid, payloads.UNREADABLE.format(exc.message))
            conversation_id = tokens.conversation(data["session_id"])
            if conversation_id is None:
                logger.warning("socket %s posted to a conversation without its token: refused", sid)
                return await refuse(sid, NOT_YOURS)
            join(sid, conversation_id)
            return await rasas_handler(sid, {**data, "session_id": conversation_id})   # the id alone

        handlers["session_request"] = session_request
        handlers[self.user_message_evt] = user_message

    def _quiet_client_events(self) -> None:
        sio, eio = self.sio, self.sio.eio
        handle_event = sio._handle_event

        async def client_event(eio_sid: str, namespace: str, id: Any, data: Any) -> Any:
            if data and data[0] in sio.reserved_events:     # only the server may raise these
                logger.warning("a client emitted the reserved event %r: ignored", str(data[0])[:20])
                return None
            return await handle_event(eio_sid, namespace, id, data)

        sio._handle_event = client_event
        handle_request = eio.handle_request

        async def engineio_request(*args: Any, **kwargs: Any) -> Any:
            return await handle_request(*args, **kwargs)

        # A websocket that has closed returns no response; marked, Sanic takes that as the end of
        # the websocket instead of logging "Invalid response type None" with a traceback.
        engineio_request.is_websocket = True
        eio.handle_request = engineio_request   # read when the blueprint is registered
