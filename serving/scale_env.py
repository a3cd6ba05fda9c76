"""The scale-out profile's environment: check DATABASE_URL and REDIS_URL, derive the rest.

endpoints-scale.yml needs the Redis host, port, db and password as separate variables;
they are derived here from REDIS_URL. Every problem is one line naming the variable.

    python -m serving.scale_env    # prints `export NAME=value` lines, or one error
"""

import os
import shlex
import sys
from collections.abc import Mapping
from urllib.parse import unquote, urlsplit

DEFAULT_KEY_PREFIX = "cable"


class ScaleConfigError(ValueError):
    """One line for the operator, naming the variable to fix."""


def _safe(url: str) -> str:
    """The URL with any password hidden (error messages end up in logs)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(":" + parts.password + "@", ":***@", 1)
    return parts._replace(netloc=netloc).geturl()


def database_url(environ: Mapping[str, str]) -> str:
    url = environ.get("DATABASE_URL", "").strip()
    example = "e.g. postgresql://user:password@db-host:5432/cable"
    if not url:
        raise ScaleConfigError(f"DATABASE_URL is not set: PROFILE=scale needs PostgreSQL, {example}")
    if url.startswith("postgres://"):           # the Heroku-style alias SQLAlchemy refuses
        url = "postgresql://" + url[len("postgres://"):]
    if "$" in url:
        raise ScaleConfigError("DATABASE_URL contains '$', which Rasa would try to expand in "
                               "endpoints-scale.yml: percent-encode it as %24")
    try:
        parts = urlsplit(url)
        parts.port    # noqa: B018 - raises ValueError on a malformed port
    except ValueError as exc:
        raise ScaleConfigError(f"DATABASE_URL is malformed ({exc}): {_safe(url)}") from None
    scheme = parts.scheme.split("+")[0]
    if scheme != "postgresql":
        raise ScaleConfigError(f"DATABASE_URL must be a postgresql:// URL for PROFILE=scale "
                               f"(got a {parts.scheme or 'scheme-less'} URL), {example}")
    if not parts.hostname or not parts.path.strip("/"):
        raise ScaleConfigError(f"DATABASE_URL needs a host and a database name, {example} "
                               f"(got {_safe(url)})")
    return url


def redis_settings(environ: Mapping[str, str]) -> dict[str, str]:
    url = environ.get("REDIS_URL", "").strip()
    example = "e.g. redis://redis-host:6379/0"
    if not url:
        raise ScaleConfigError(f"REDIS_URL is not set: PROFILE=scale needs Redis for its lock store, {example}")
    try:
        parts = urlsplit(url)
        port = parts.port or 6379
    except ValueError as exc:
        raise ScaleConfigError(f"REDIS_URL is malformed ({exc}): {_safe(url)}") from None
    if parts.scheme not in ("redis", "rediss") or not parts.hostname:
        raise ScaleConfigError(f"REDIS_URL must be redis://host[:port][/db] or rediss://..., {example} "
                               f"(got {_safe(url)})")
    db = parts.path.strip("/") or "0"
    if not db.isdigit():
        raise ScaleConfigError(f"REDIS_URL's database must be a number, {example} (got {db!r})")
    prefix = environ.get("REDIS_KEY_PREFIX", "").strip() or DEFAULT_KEY_PREFIX
    if not prefix.isalnum():
        raise ScaleConfigError(f"REDIS_KEY_PREFIX must be letters and digits only (got {prefix!r})")
    return {"REDIS_HOST": parts.hostname, "REDIS_PORT": str(port), "REDIS_DB": db,
            "REDIS_USERNAME": unquote(parts.username or ""),
            "REDIS_PASSWORD": unquote(parts.password or ""),
            "REDIS_USE_SSL": "true" if parts.scheme == "rediss" else "",   # empty is false
            "REDIS_KEY_PREFIX": prefix}


def scale_env(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The variables endpoints-scale.yml reads (raises ScaleConfigError)."""
    environ = os.environ if environ is None else environ
    return {"DATABASE_URL": database_url(environ), **redis_settings(environ)}


def check_reachable(env: Mapping[str, str], timeout: int = 5) -> None:
    """Connect once to each, so that a wrong host fails here in one line, not in a traceback."""
    import redis
    from sqlalchemy import create_engine, text

    engine = create_engine(env["DATABASE_URL"], connect_args={"connect_timeout": timeout})
    try:
        with engine.connect() as conn:
            conn.execute(text("select 1"))
    except Exception as exc:  # noqa: BLE001 - reported as one line
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        raise ScaleConfigError(f"DATABASE_URL: cannot connect to {_safe(env['DATABASE_URL'])}: {reason}") from None
    finally:
        engine.dispose()
    client = redis.Redis(host=env["REDIS_HOST"], port=int(env["REDIS_PORT"]), db=int(env["REDIS_DB"]),
                         username=env["REDIS_USERNAME"] or None, password=env["REDIS_PASSWORD"] or None,
                         ssl=bool(env["REDIS_USE_SSL"]), socket_timeout=timeout,
                         socket_connect_timeout=timeout)
    try:
        client.ping()
    except Exception as exc:  # noqa: BLE001 - reported as one line
        raise ScaleConfigError(
            f"REDIS_URL: cannot reach Redis at {env['REDIS_HOST']}:{env['REDIS_PORT']}: {exc}"
        ) from None
    finally:
        client.close()


def prepare() -> None:
    """Build the knowledge base and create the records table in DATABASE_URL, once, before the
    servers start: two action servers doing it at the same moment would race in PostgreSQL."""
    from knowledge import build_if_needed, make_engine
    from teaching.assessments import default_store

    engine = make_engine()
    try:
        build_if_needed(engine)
    finally:
        engine.dispose()
    default_store().engine  # noqa: B018 - creates the table


def main() -> int:
    """`scale_env.py` prints the exports; `--prepare` also creates the tables (quietly)."""
    try:
        env = scale_env()
        if "--no-connect" not in sys.argv:
            check_reachable(env)
        if "--prepare" in sys.argv:
            os.environ.update(env)
            prepare()
            return 0
    except ScaleConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for name, value in env.items():
        print(f"export {name}={shlex.quote(value)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
