"""Build the knowledge-base tables and the full-text index; run index queries.

``build`` is one transaction: validate content first (bad content never
touches the database), drop the ``kb_`` tables (only those), recreate them,
load rows and the search index, and record a hash of content + indexing code
in ``kb_meta`` so ``build_if_needed`` can skip unchanged content.

Index (``kb_fts``, one row per phrasing / answer / keywords / detail):
  * SQLite: FTS5 virtual table ranked with bm25();
  * PostgreSQL: a tsvector column with a GIN index, ``to_tsquery('simple', ...)``
    (terms OR'ed) and ts_rank().
An entry's rank is its best row's rank times that row's field weight.  Rows
hold terms already normalised by text.analyze, so both backends see the same
tokens; user text reaches the index only as ``[a-z0-9]+`` terms in a bound
parameter.
"""
from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import delete, inspect, select, text
from sqlalchemy.engine import Connection, Engine

from . import loader
from .models import FTS_TABLE, Base, KbEntry, KbMeta, KbQuestion, KbSource, KbTopic
from .text import analyze

INDEX_VERSION = "4"
_HERE = Path(__file__).resolve().parent
# Changing how text is analysed or stored changes the index: hash the code too.
_INDEX_CODE = ("text.py", "stem.py", "store.py", "models.py")
_TERM_RE = re.compile(r"^[a-z0-9]+$")

# One index row per phrasing, per answer, per keyword line and per detail, so
# BM25's length normalisation compares a question with single phrasings (not
# with a whole entry whose long detail would drown the match).  An entry's
# rank is its best row's rank times the field weight: phrasings are what users
# ask, so they count most.
FIELD_WEIGHTS = {"questions": 1.0, "answer": 0.7, "keywords": 0.5, "detail": 0.35}


def index_hash(content_dir: Path | None = None) -> str:
    extra = [INDEX_VERSION.encode()]
    extra += [(_HERE / name).read_bytes() for name in _INDEX_CODE]
    return loader.content_hash(content_dir, extra)


def _dialect(bind: Connection) -> str:
    name: str = bind.dialect.name
    return name


def entry_fields(entry: loader.Entry) -> dict[str, list[str]]:
    """The analysed text of each indexed field of an entry (a list per field)."""
    return {
        "questions": [" ".join(analyze(q)) for q in entry.questions],
        "answer": [" ".join(analyze(entry.answer))],
        # the entry id and topic name are short human summaries of the entry
        "keywords": [" ".join(analyze(entry.id.replace("_", " ") + " "
                                      + entry.topic.replace("_", " ")))],
        "detail": [" ".join(analyze(entry.detail or ""))],
    }


def _fts_rows(entries: list[loader.Entry]) -> list[dict[str, str]]:
    return [{"entry_id": e.id, "field": f, "body": body}
            for e in entries for f, bodies in entry_fields(e).items()
            for body in bodies if body]


def _create_fts(conn: Connection, rows: list[dict[str, str]]) -> None:
    if _dialect(conn) == "sqlite":
        conn.exec_driver_sql(
            f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
            f"entry_id UNINDEXED, field UNINDEXED, body, tokenize='unicode61')")
        conn.execute(text(f"INSERT INTO {FTS_TABLE} (entry_id, field, body) "
                          f"VALUES (:entry_id, :field, :body)"), rows)
    else:
        conn.exec_driver_sql(
            f"CREATE TABLE {FTS_TABLE} (id SERIAL PRIMARY KEY, entry_id VARCHAR(128) "
            f"NOT NULL REFERENCES kb_entries(id), field VARCHAR(16) NOT NULL, "
            f"document tsvector NOT NULL)")
        conn.execute(text(f"INSERT INTO {FTS_TABLE} (entry_id, field, document) "
                          f"VALUES (:entry_id, :field, to_tsvector('simple', :body))"), rows)
        conn.exec_driver_sql(
            f"CREATE INDEX {FTS_TABLE}_document_gin ON {FTS_TABLE} USING GIN (document)")


def drop(conn: Connection) -> None:
    """Drop the kb_ tables (the index first: it references kb_entries)."""
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    Base.metadata.drop_all(conn, checkfirst=True)


def build(engine: Engine, content_dir: Path | None = None) -> dict[str, int]:
    """Validate content and (re)build all kb_ tables.  Returns row counts."""
    content = loader.load_content(content_dir)   # raises ContentError first
    digest = index_hash(content_dir)
    order = {t.id: i for i, t in enumerate(content.topics)}
    with engine.begin() as conn:
        drop(conn)
        Base.metadata.create_all(conn)
        conn.execute(KbTopic.__table__.insert(), [
            {"id": t.id, "label": t.label, "description": t.description,
             "position": order[t.id]} for t in content.topics])
        conn.execute(KbSource.__table__.insert(), [
            {"id": s.id, "title": s.title, "url": s.url} for s in content.sources])
        conn.execute(KbEntry.__table__.insert(), [
            {"id": e.id, "topic_id": e.topic, "source_id": e.source, "answer": e.answer,
             "detail": e.detail, "evidence": e.evidence, "facts": " ".join(e.facts),
             "date": e.date, "gap": e.gap, "file": e.file, "position": i}
            for i, e in enumerate(content.entries)])
        questions = [{"entry_id": e.id, "position": j, "text": q}
                     for e in content.entries for j, q in enumerate(e.questions)]
        conn.execute(KbQuestion.__table__.insert(), questions)
        _create_fts(conn, _fts_rows(content.entries))
        counts = {"topics": len(content.topics), "sources": len(content.sources),
                  "entries": len(content.entries), "questions": len(questions),
                  "gaps": sum(e.gap for e in content.entries)}
        meta = {"content_hash": digest, "index_version": INDEX_VERSION,
                "built_at": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
                **{f"count_{k}": str(v) for k, v in counts.items()}}
        conn.execute(delete(KbMeta))
        conn.execute(KbMeta.__table__.insert(), [{"key": k, "value": v}
                                                 for k, v in meta.items()])
    return counts


def read_meta(engine: Engine) -> dict[str, str]:
    with engine.connect() as conn:
        if not inspect(conn).has_table(KbMeta.__tablename__):
            return {}
        return dict(conn.execute(select(KbMeta.key, KbMeta.value)).all())


def is_built(engine: Engine) -> bool:
    with engine.connect() as conn:
        insp = inspect(conn)
        if not all(insp.has_table(t) for t in (FTS_TABLE, "kb_entries", "kb_meta")):
            return False
        row = conn.execute(select(KbMeta.value).where(KbMeta.key == "content_hash"))
        return row.scalar_one_or_none() is not None


def build_if_needed(engine: Engine, content_dir: Path | None = None) -> bool:
    """Build unless the stored hash matches content + code.  True if it built."""
    if is_built(engine) and read_meta(engine).get("content_hash") == index_hash(content_dir):
        return False
    build(engine, content_dir)
    return True


def fts_candidates(conn: Connection, terms: Iterable[str],
                   limit: int = 20) -> list[tuple[str, float]]:
    """(entry_id, rank) for entries matching ANY of ``terms``; higher is better.

    Only ``[a-z0-9]+`` terms are used, each quoted, and the whole expression is
    a bound parameter: user text can never become FTS or SQL syntax.
    """
    safe = sorted({t for t in terms if _TERM_RE.match(t)})
    if not safe:
        return []
    weight = "CASE field " + " ".join(f"WHEN '{f}' THEN {w}" for f, w in
                                      FIELD_WEIGHTS.items()) + " ELSE 0 END"
    if _dialect(conn) == "sqlite":
        expr = " OR ".join(f'"{t}"' for t in safe)
        # bm25() may not be used inside an aggregate: materialise the matches first
        sql = (f"WITH m AS MATERIALIZED (SELECT entry_id, field, -bm25({FTS_TABLE}) AS r "
               f"FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :expr) "
               f"SELECT entry_id, MAX(r * {weight}) AS rank FROM m GROUP BY entry_id "
               f"ORDER BY rank DESC, entry_id LIMIT :limit")
    else:
        # ts_rank has no IDF; normalisation 1 (by log length) at least matches
        # BM25's preference for short rows, i.e. single phrasings
        expr = " | ".join(safe)
        sql = (f"SELECT entry_id, MAX(ts_rank(document, q, 1) * {weight}) AS rank "
               f"FROM {FTS_TABLE}, to_tsquery('simple', :expr) AS q WHERE document @@ q "
               f"GROUP BY entry_id ORDER BY rank DESC, entry_id LIMIT :limit")
    rows = conn.execute(text(sql), {"expr": expr, "limit": limit})
    return [(r[0], float(r[1])) for r in rows]
