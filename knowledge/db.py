"""Database URL and engine.

``DATABASE_URL`` selects the backend (SQLite or PostgreSQL); without it the
knowledge base lives in ``<project root>/var/knowledge.db``.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.pool import QueuePool, StaticPool

ENV_VAR = "DATABASE_URL"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
SUPPORTED = ("sqlite", "postgresql")


class DatabaseURLError(ValueError):
    """The database URL (usually from DATABASE_URL) is unusable."""


def default_url() -> str:
    return f"sqlite:///{PROJECT_ROOT / 'var' / 'knowledge.db'}"


def database_url() -> str:
    """``DATABASE_URL`` if set (and not blank), else the SQLite file in var/."""
    return os.environ.get(ENV_VAR, "").strip() or default_url()


def _parse(url: str, origin: str) -> URL:
    if url.startswith("postgres://"):           # Heroku-style alias
        url = "postgresql://" + url[len("postgres://"):]
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise DatabaseURLError(
            f"{origin} is not a valid database URL: {url!r} (expected e.g. "
            f"sqlite:///path/to/kb.db or postgresql://user@host/dbname)") from None
    backend = parsed.get_backend_name()
    if backend not in SUPPORTED:
        raise DatabaseURLError(
            f"{origin} uses unsupported database {backend!r} "
            f"(supported: {', '.join(SUPPORTED)})")
    return parsed


def _sqlite_pragmas(engine: Engine) -> None:
    # pysqlite opens transactions lazily and not before DDL; take control so a
    # rebuild (drop + create + load) is one atomic transaction.
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        dbapi_conn.execute("PRAGMA foreign_keys=ON")
        dbapi_conn.execute("PRAGMA busy_timeout=5000")

    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    # event.listen, not its untyped decorator form listens_for: the listeners keep their types
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)


def make_engine(url: str | None = None, **kwargs: Any) -> Engine:
    """Engine for ``url`` (default: ``database_url()``).  ``kwargs`` go to
    ``create_engine`` (e.g. ``connect_args`` for a PostgreSQL search_path)."""
    origin = "database URL" if url else (ENV_VAR if os.environ.get(ENV_VAR, "").strip()
                                         else "default database URL")
    parsed = _parse(url or database_url(), origin)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        db = parsed.database or ""
        memory = db in ("", ":memory:") or db.startswith("file::memory:")
        if memory:
            kwargs.setdefault("poolclass", StaticPool)
        else:
            Path(db).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
            kwargs.setdefault("poolclass", QueuePool)  # reuse connections: ask() is hot
        connect_args = dict(kwargs.pop("connect_args", {}))
        connect_args.setdefault("check_same_thread", False)
        kwargs["connect_args"] = connect_args
    else:
        kwargs.setdefault("pool_pre_ping", True)
    try:
        engine = create_engine(parsed, future=True, **kwargs)
    except (NoSuchModuleError, ImportError) as exc:
        raise DatabaseURLError(f"{origin}: no driver for {parsed.drivername!r} ({exc})") \
            from None
    except (ArgumentError, TypeError) as exc:
        raise DatabaseURLError(f"{origin} is not usable: {exc}") from None
    if backend == "sqlite":
        _sqlite_pragmas(engine)
    return engine


def describe(engine: Engine) -> str:
    """The engine's URL with any password hidden (for messages)."""
    shown: str = engine.url.render_as_string(hide_password=True)
    return shown


# Shared by every database file the servers write: the tracker store, teaching records, assessments.
def sqlite_engine(url: Any, **kwargs: Any) -> Engine:
    """An engine that keeps its connections and logs ahead instead of syncing on every commit.

    SQLAlchemy 1.4 opens a new SQLite connection per use (NullPool), and the default journal
    waits for fsync at each commit: together most of a turn's database time. With WAL and
    synchronous=NORMAL a commit survives any crash of the server process; only a power cut or an
    OS crash can lose the last few commits, and the file is never corrupted.
    """
    if make_url(str(url)).database in (None, "", ":memory:"):
        return create_engine(url, **kwargs)   # one private database per connection: keep SQLAlchemy's pool
    engine = create_engine(url, poolclass=QueuePool, pool_size=2, max_overflow=8,
                           connect_args={"check_same_thread": False}, **kwargs)

    def _write_ahead_log(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    event.listen(engine, "connect", _write_ahead_log)
    return engine
