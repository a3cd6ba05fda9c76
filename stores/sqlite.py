"""SQLite settings shared by every database file the servers write (no Rasa imports)."""

from typing import Any

import sqlalchemy as sa


def sqlite_engine(url: Any, **kwargs: Any) -> sa.engine.Engine:
    """An engine that keeps its connections and logs ahead instead of syncing on every commit.

    SQLAlchemy 1.4 opens a new SQLite connection per use (NullPool), and the default journal
    waits for fsync at each commit: together most of a turn's database time. With WAL and
    synchronous=NORMAL a commit survives any crash of the server process; only a power cut or an
    OS crash can lose the last few commits, and the file is never corrupted.
    """
    if sa.engine.make_url(str(url)).database in (None, "", ":memory:"):
        return sa.create_engine(url, **kwargs)   # one private database per connection: keep SQLAlchemy's pool
    engine = sa.create_engine(url, poolclass=sa.pool.QueuePool, pool_size=2, max_overflow=8,
                              connect_args={"check_same_thread": False}, **kwargs)

    @sa.event.listens_for(engine, "connect")
    def _write_ahead_log(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return engine
