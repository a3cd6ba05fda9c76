"""The action server, answering only the Rasa server: `python -m serving.action_server --actions actions
--port 5055` (rasa_sdk's own arguments).

rasa_sdk runs any action for anyone who can reach its port, with whatever tracker the caller
makes up: one call with a null sender once returned every student's summary, another filed a
made-up conversation under a class. This launcher runs rasa_sdk's own app with, before any action:

- the shared secret ACTION_TOKEN, which the Rasa server sends as `?token=` (`action_endpoint:
  token` in endpoints.yml): any other call gets 401, whatever its body. /health stays open.
- each call checked field by field (`payloads.action_call`): 400 naming the field, never the body.
- errors answered without quoting the request (rasa_sdk's handler echoed it back), logged here.

It runs with only the environment variables it needs (`environment`): started with more, it
re-executes itself without them, so RASA_TOKEN and the rest never reach the process that runs
actions. The token is blanked in its logs, as in the Rasa server's (guards.redact_logs).
"""

import hmac
import logging
import os
import secrets
import sys
import zlib
from http import HTTPStatus
from typing import Dict, List, Mapping

from serving import payloads

logger = logging.getLogger("serving.action_server")

TOKEN_VAR = "ACTION_TOKEN"
MIN_TOKEN_CHARS = 16
OPEN_PATHS = ("/health",)
# What actions, rasa_sdk and Sanic read, and what Python and the database drivers need to run.
KEEP = frozenset({"PATH", "HOME", "LANG", "LANGUAGE", "TZ", "TMPDIR", "VIRTUAL_ENV", "DATABASE_URL", TOKEN_VAR,
                  "ACTION_SERVER_SANIC_WORKERS", "LOG_LEVEL_LIBRARIES", "SQLALCHEMY_SILENCE_UBER_WARNING"})
KEEP_PREFIXES = ("LC_", "PYTHON", "SANIC_", "PG")


def new_token() -> str:
    return secrets.token_urlsafe(24)


def command(port: int, python: str = sys.executable) -> List[str]:
    """How every script and test starts an action server (ACTION_TOKEN comes in the environment)."""
    return [python, "-m", "serving.action_server", "--actions", "actions", "--port", str(port)]


def environment(environ: Mapping[str, str]) -> Dict[str, str]:
    """The variables the action server is started with; everything else is left behind."""
    return {name: value for name, value in environ.items() if name in KEEP or name.startswith(KEEP_PREFIXES)}


def token_from(environ: Mapping[str, str]) -> str:
    token = environ.get(TOKEN_VAR, "").strip()
    if len(token) < MIN_TOKEN_CHARS or any(c.isspace() for c in token):
        raise ValueError(f"{TOKEN_VAR} must be set to a secret of at least {MIN_TOKEN_CHARS} characters without "
                         f"spaces, the same one the Rasa server sends (endpoints.yml: action_endpoint: token); "
                         "e.g. python -c 'import secrets; print(secrets.token_urlsafe(24))'")
    return token


def _error(status: int, message: str):
    from sanic import response

    return response.json({"error": message}, status=status)


def _inflated(body: bytes, limit: int) -> bytes:
    """A deflate body (Rasa compresses calls when COMPRESS_ACTION_SERVER_REQUEST is set), bounded."""
    inflater = zlib.decompressobj()
    try:
        data = inflater.decompress(body, limit)
    except zlib.error:
        raise payloads.Rejected(400, "the request body is not valid deflate data") from None
    if inflater.unconsumed_tail:
        raise payloads.Rejected(413, f"the request body inflates to more than {limit:,} bytes")
    return data


def guard(app, token: str) -> None:
    """The token, then the call's shape, on every request but /health; errors without echo."""
    from sanic.exceptions import SanicException

    from serving.guards import read_body

    expected = token.encode()

    @app.middleware("request")
    async def admit(request):
        path = "/" + request.path.strip("/")
        if path in OPEN_PATHS:
            return None
        if not hmac.compare_digest(request.args.get("token", "").encode(), expected):
            logger.warning("refused %s %s from %s: no valid action token", request.method, path, request.ip)
            return _error(401, f"this server runs actions only for the Rasa server, which sends {TOKEN_VAR}")
        if (request.method, path) == ("POST", "/webhook"):
            try:
                body = await read_body(request)
                if request.headers.get("content-encoding") == "deflate":
                    body = _inflated(body, request.app.config.REQUEST_MAX_SIZE)
                request.parsed_json = payloads.action_call(body)   # rasa_sdk reads exactly this
            except payloads.Rejected as exc:
                logger.warning("refused an action call from %s: %s", request.ip, exc.message)
                return _error(exc.status, exc.message)
        return None

    async def failed(request, exception: Exception):
        if isinstance(exception, SanicException):      # 404, 405, ...: no traceback, no echo
            return _error(exception.status_code, HTTPStatus(exception.status_code).phrase)
        logger.error("%s %s failed", request.method, request.path, exc_info=exception)
        return _error(500, "the action failed on the action server; its log has the details")

    app.exception(Exception)(failed)    # replaces rasa_sdk's handler, which returned the request body


def main(argv: List[str]) -> int:
    clean = environment(os.environ)
    if clean != dict(os.environ):
        # Same process id (supervisors keep it), fresh environment: only what the actions need.
        os.execve(sys.executable, [sys.executable, "-m", "serving.action_server", *argv], clean)
    try:
        token = token_from(os.environ)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    from rasa_sdk import utils
    from rasa_sdk.constants import APPLICATION_ROOT_LOGGER_NAME
    from rasa_sdk.endpoint import create_app, create_argument_parser, create_ssl_context
    from rasa_sdk.plugin import plugin_manager

    from serving import patches

    args = create_argument_parser().parse_args(argv)
    # As rasa_sdk's own `python -m rasa_sdk` sets logging up.
    logging.getLogger("matplotlib").setLevel(logging.WARN)
    utils.configure_colored_logging(args.loglevel)
    utils.configure_file_logging(logging.getLogger(APPLICATION_ROOT_LOGGER_NAME), args.log_file, args.loglevel,
                                 args.logging_config_file)
    utils.update_sanic_log_level()
    patches.apply(patches.named(["guards.redact_logs"]), secrets=[token])
    app = create_app(args.actions, cors_origins=args.cors, auto_reload=args.auto_reload)
    guard(app, token)
    plugin_manager().hook.attach_sanic_app_extensions(app=app)
    ssl_context = create_ssl_context(args.ssl_certificate, args.ssl_keyfile, args.ssl_password)
    host = os.environ.get("SANIC_HOST", "0.0.0.0")
    logger.info("Action server on %s://%s:%s, admitting only calls with %s",
                "https" if ssl_context else "http", host, args.port, TOKEN_VAR)
    app.run(host, args.port, ssl=ssl_context, workers=utils.number_of_sanic_workers())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
