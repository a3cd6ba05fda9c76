"""Guards added to Rasa 3.6 at start-up; Rasa has no switches for any of them.

- PUT /model may only name a local file: `model_server` / `remote_storage` are refused
  (CVE-2024-49375, remote model loading), and no code path may load a remote model.
- The REST webhook and the socket.io user message are validated (`payloads`): malformed
  input gets a clear 400/413 (REST) or a clear bot message (socket.io), never a 500 or
  silence.
- A custom action that fails (action server down, crashed or timed out) makes the bot say
  "please try again" instead of nothing (`action_failures`).
- `token=...` and the API token itself are blanked in every log line.

Each function here is one entry of `serving.patches.PATCHES`, which applies and can undo them.
"""

import logging
import os
import re
from typing import Any, Callable, Iterable

from sanic import Sanic, response
from sanic.exceptions import PayloadTooLarge
from sanic.request import Request

from serving import payloads

logger = logging.getLogger("serving.guards")
REMOTE_MODEL_REFUSED = (
    "Loading a model from a URL or remote storage is disabled on this server "
    "(CVE-2024-49375): PUT /model accepts only {\"model_file\": \"<path on this server>\"}.")
# Bodies above this are refused by Sanic with 413 before any handler runs (default 100 MB).
DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024


def error(status: int, message: str) -> response.HTTPResponse:
    # The shape of Rasa's own error responses, so clients handle both alike.
    reason = {400: "BadRequest", 403: "Forbidden", 413: "PayloadTooLarge"}.get(status, "Error")
    return response.json({"status": "failure", "reason": reason, "message": message,
                          "code": status}, status=status)


def _route_path(request: Request) -> str:
    route = getattr(request, "route", None)    # Sanic 21.12 routes before request middleware
    return "/" + (route.path.strip("/") if route is not None else request.path.strip("/"))


async def read_body(request: Request) -> bytes:
    # Sanic 21.12 can reach middleware with an oversized body not yet read: reading it
    # here raises PayloadTooLarge, which would otherwise pass as an empty body.
    if not request.body and request.stream is not None and request.stream.request_body:
        try:
            await request.receive_body()
        except PayloadTooLarge:
            raise payloads.Rejected(413, f"the request body is larger than "
                                         f"{request.app.config.REQUEST_MAX_SIZE:,} bytes") from None
    return request.body


async def http_guard(request: Request):
    """Request middleware: refuse remote model loading, validate the REST webhook."""
    path = _route_path(request)
    if (request.method, path) not in (("PUT", "/model"), ("POST", "/webhooks/rest/webhook")):
        return None
    try:
        body = await read_body(request)
        if request.method == "PUT":
            checked = payloads.json_body(body)
            model_file = checked.get("model_file")
            if set(checked) - {"model_file"} or not isinstance(model_file, str) or "://" in model_file:
                logger.warning("refused PUT /model with %s", sorted(checked))
                return error(403, REMOTE_MODEL_REFUSED)
        else:
            checked = payloads.rest_message(body)
    except payloads.Rejected as exc:
        return error(exc.status, exc.message)
    request.parsed_json = checked   # Rasa reads exactly what was checked
    return None


def validate_http_input() -> None:
    """Every app Rasa configures checks webhook and PUT /model bodies first (`http_guard`)."""
    import rasa.core.run

    original = rasa.core.run.configure_app

    def configure_app(*args: Any, **kwargs: Any) -> Sanic:
        app = original(*args, **kwargs)
        app.register_middleware(http_guard, "request")
        if "SANIC_REQUEST_MAX_SIZE" not in os.environ:
            app.config.REQUEST_MAX_SIZE = DEFAULT_MAX_BODY_BYTES
        return app

    rasa.core.run.configure_app = configure_app


def refuse_remote_models() -> None:
    """Defence in depth: whatever the route or config, never fetch a model over the network."""
    import rasa.core.agent

    original = rasa.core.agent.load_agent

    async def load_agent(model_path=None, model_server=None, remote_storage=None,
                         endpoints=None, loop=None):
        if model_server is not None or remote_storage or (endpoints and endpoints.model):
            raise RuntimeError(REMOTE_MODEL_REFUSED + " Remove `models:` from the endpoints "
                               "file and --remote-storage from the command line.")
        return await original(model_path=model_path, endpoints=endpoints, loop=loop)

    rasa.core.agent.load_agent = load_agent


def validate_socket_input() -> None:
    """socket.io user messages and session requests are checked before Rasa reads them."""
    from rasa.core.channels.socketio import SocketIOInput

    original = SocketIOInput.blueprint

    def blueprint(self: SocketIOInput, on_new_message: Callable):
        bp = original(self, on_new_message)
        sio, namespace = self.sio, self.namespace or "/"
        handlers = sio.handlers.get(namespace, {})

        async def refuse(sid: str, exc: payloads.Rejected) -> None:
            await sio.emit(self.bot_message_evt, {"text": f"Sorry, I could not read that "
                                                          f"message: {exc.message}."},
                           room=sid, namespace=namespace)

        def checked(handler: Callable, check: Callable) -> Callable:
            async def wrapper(sid: str, *args: Any) -> Any:
                try:    # python-socketio passes one argument per value the client sent
                    data = check(args[0] if len(args) == 1 else (None if not args else list(args)))
                except payloads.Rejected as exc:
                    return await refuse(sid, exc)
                return await handler(sid, data)
            return wrapper

        # engine.io raises KeyError for a poll that races its session's close (a 500 in Sanic):
        # answer 400, as engine.io does for an unknown session.
        eio, handle_request = sio.eio, sio.eio.handle_request

        async def handle_request_or_400(*args: Any, **kwargs: Any):
            try:
                return await handle_request(*args, **kwargs)
            except KeyError as exc:
                return response.text(f"Bad request: {exc.args[0] if exc.args else 'unknown session'}",
                                     status=400)

        eio.handle_request = handle_request_or_400   # read when the blueprint is registered

        if self.user_message_evt in handlers:
            handlers[self.user_message_evt] = checked(
                handlers[self.user_message_evt],
                lambda d: payloads.socket_message(d, self.session_persistence, self.metadata_key))
        if "session_request" in handlers:
            handlers["session_request"] = checked(handlers["session_request"],
                                                  payloads.session_request)
        return bp

    SocketIOInput.blueprint = blueprint


_TOKEN_IN_URL = re.compile(r"((?:^|[?&;\s'\"])token=)[^&\s'\"#]+")


class TrackerStoreUnavailable(RuntimeError):
    """endpoints.yml names a tracker store class that cannot be loaded."""


def refuse_in_memory_fallback() -> None:
    """Rasa replaces a tracker store class it cannot import with the in-memory store and only
    warns: every conversation would vanish at the next restart. Refuse to start instead."""
    import rasa.core.tracker_store as tracker_store
    from rasa.shared.utils.common import class_from_module_path

    stock = tracker_store._load_from_module_name_in_endpoint_config

    def load(domain: Any, store: Any, event_broker: Any = None) -> Any:
        try:
            class_from_module_path(store.type)
        except (AttributeError, ImportError) as e:
            raise TrackerStoreUnavailable(
                f"endpoints.yml: tracker_store type '{store.type}' cannot be loaded ({e}); refusing to "
                "fall back to Rasa's in-memory store, which would lose every conversation on restart") from e
        return stock(domain, store, event_broker)

    tracker_store._load_from_module_name_in_endpoint_config = load


def redact(line: str, secrets: Iterable[str] = ()) -> str:
    line = _TOKEN_IN_URL.sub(r"\1[redacted]", line)
    for secret in secrets:
        if secret:
            line = line.replace(secret, "[redacted]")
    return line


def redact_logs(secrets: Iterable[str] = ()) -> None:
    # Patch the base Formatter: every handler Rasa, Sanic and coloredlogs set up goes through it,
    # including tracebacks and the URL Sanic logs when a handler raises.
    secrets = [s for s in secrets if s and len(s) >= 8]
    original = logging.Formatter.format

    def format(self: logging.Formatter, record: logging.LogRecord) -> str:
        return redact(original(self, record), secrets)

    logging.Formatter.format = format
