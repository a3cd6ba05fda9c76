"""Guards added to Rasa 3.6 at start-up; Rasa has no switches for any of them.

- Every HTTP request is checked in one middleware (`http_guard`), in this order: on a route that
  needs the API token, the token (Rasa's own check, so 401/403 come before anything the body
  could cause); then the body: NaN or Infinity anywhere is a 400, the REST webhook takes only
  `Content-Type: application/json` (415: a cross-site form cannot post) and a sender that is not
  a web page's conversation (403), and PUT /model may only name a local file: `model_server` /
  `remote_storage` are refused (CVE-2024-49375), and no code path may load a remote model.
- The REST webhook and the socket.io user message are validated (`payloads`): malformed
  input gets a clear 400/413 (REST) or a clear bot message (socket.io), never a 500 or
  silence.
- A custom action that fails (action server down, crashed or timed out) makes the bot say
  "please try again" instead of nothing (`action_failures`).
- `token=...` and the API token itself are blanked in every log line.

Each function here is one entry of `serving.patches.PATCHES`, which applies and can undo them.
"""

import inspect
import logging
import os
import re
from typing import Any, Callable, Dict, Iterable, Optional

from sanic import Sanic, response
from sanic.exceptions import PayloadTooLarge
from sanic.request import Request

from serving import payloads, sessions

logger = logging.getLogger("serving.guards")
REMOTE_MODEL_REFUSED = (
    "Loading a model from a URL or remote storage is disabled on this server "
    "(CVE-2024-49375): PUT /model accepts only {\"model_file\": \"<path on this server>\"}.")
# Bodies above this are refused by Sanic with 413 before any handler runs (default 100 MB).
DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024
PUT_MODEL_EXAMPLE = '{"model_file": "<path on this server>"}'
REST_WEBHOOK = ("POST", "/webhooks/rest/webhook")
_MEDIA_TYPE = re.compile(r"^[\w.+-]{1,40}/[\w.+-]{1,40}$")


def error(status: int, message: str) -> response.HTTPResponse:
    # The shape of Rasa's own error responses, so clients handle both alike.
    reason = {400: "BadRequest", 403: "Forbidden", 413: "PayloadTooLarge",
              415: "UnsupportedMediaType"}.get(status, "Error")
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


_token_of_handler: Dict[Any, Optional[str]] = {}
_GUARDED_CODE: Any = None


async def _allowed(request: Request, conversation_id: Optional[str] = None, **_: Any) -> None:
    return None


async def authenticate_first(request: Request) -> None:
    """On a route Rasa guards with `requires_auth`, run that same check now (raising Rasa's 401 or
    403), before the body is looked at: a request without the token learns nothing from it."""
    from rasa.server import requires_auth

    handler = getattr(getattr(request, "route", None), "handler", None)
    if request.method == "OPTIONS" or getattr(handler, "__code__", None) is not _guarded_code():
        return
    if handler not in _token_of_handler:    # the token Rasa gave requires_auth for this route
        _token_of_handler[handler] = inspect.getclosurevars(handler).nonlocals.get("token")
    check = requires_auth(request.app, _token_of_handler[handler])(_allowed)
    await check(request, **request.match_info)


def _guarded_code() -> Any:
    """The code object of every handler `rasa.server.requires_auth` returns (one per Rasa)."""
    global _GUARDED_CODE
    if _GUARDED_CODE is None:
        from rasa.server import requires_auth

        _GUARDED_CODE = requires_auth(None)(_allowed).__code__
    return _GUARDED_CODE


def _json_only(request: Request) -> None:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/json":
        shown = kind if _MEDIA_TYPE.match(kind) else "another type" if kind else "none"
        raise payloads.Rejected(415, f"send the message as JSON with Content-Type: application/json "
                                     f"(got {shown})")


async def http_guard(request: Request):
    """Request middleware: the API token first, then the body (see the module's docstring)."""
    path = _route_path(request)
    if path.startswith("/socket.io"):
        return None     # engine.io's own packets (serving.socketio checks their messages)
    await authenticate_first(request)
    try:
        if (request.method, path) == REST_WEBHOOK:
            _json_only(request)
            checked = payloads.rest_message(await read_body(request))
            if sessions.is_web_conversation(checked["sender"]):
                logger.warning("refused a REST message into a web page's conversation")
                return error(403, sessions.NOT_OVER_REST)
        elif (request.method, path) == ("PUT", "/model"):
            checked = payloads.json_body(await read_body(request), PUT_MODEL_EXAMPLE)
            model_file = checked.get("model_file")
            if set(checked) - {"model_file"} or not isinstance(model_file, str) or "://" in model_file:
                logger.warning("refused PUT /model with %s", sorted(checked))
                return error(403, REMOTE_MODEL_REFUSED)
        else:
            body = await read_body(request)
            checked = payloads.finite_json(body) if body and body.strip() else payloads.NOT_JSON
            if checked is payloads.NOT_JSON:
                return None     # no body, or not JSON: the route answers as Rasa does
    except payloads.Rejected as exc:
        return error(exc.status, exc.message)
    request.parsed_json = checked   # Rasa reads exactly what was checked
    return None


def validate_http_input() -> None:
    """Every app Rasa configures checks each request's token, then its body, first (`http_guard`)."""
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
            await sio.emit(self.bot_message_evt, {"text": payloads.UNREADABLE.format(exc.message)},
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
