"""Build the knowledge-base tables.

``build`` is one transaction: validate content first (bad content never
touches the database), drop the ``kb_`` tables (only those), recreate them,
load rows, and record a hash of content + indexing code in ``kb_meta`` so
``build_if_needed`` can skip unchanged content.

The store holds the content; the search index is built from it in memory when
the knowledge base opens (scoring.py: the same BM25 the ranking is fitted on),
so a question costs no database round trip and ranks the same on SQLite and
PostgreSQL.  ``entry_fields`` gives each entry's analysed fields.
"""
from __future__ import annotations

import datetime as _dt
from pathlib import Path

from sqlalchemy import delete, inspect, select
from sqlalchemy.engine import Connection, Engine

from . import loader
from .models import Base, KbEntry, KbMeta, KbQuestion, KbSource, KbTopic
from .text import analyze

INDEX_VERSION = "5"
_HERE = Path(__file__).resolve().parent
# Changing how text is analysed or stored changes the index: hash the code too.
_INDEX_CODE = ("text.py", "stem.py", "store.py", "models.py")

# One index row per phrasing, per answer, per keyword line and per detail, so
# BM25's length normalisation compares a question with single phrasings (not
# with a whole entry whose long detail would drown the match).  An entry's
# rank is its best row's rank times the field weight: phrasings are what users
# ask, so they count most (scoring.py).
FIELD_WEIGHTS = {"questions": 1.0, "answer": 0.7, "keywords": 0.5, "detail": 0.35}


def index_hash(content_dir: Path | None = None) -> str:
    extra = [INDEX_VERSION.encode()]
    extra += [(_HERE / name).read_bytes() for name in _INDEX_CODE]
    return loader.content_hash(content_dir, extra)


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


def drop(conn: Connection) -> None:
    """Drop the kb_ tables (and the full-text table older versions built beside them)."""
    conn.exec_driver_sql("DROP TABLE IF EXISTS kb_fts")
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
        if not all(insp.has_table(t) for t in ("kb_entries", "kb_questions", "kb_meta")):
            return False
        row = conn.execute(select(KbMeta.value).where(KbMeta.key == "content_hash"))
        return row.scalar_one_or_none() is not None


def build_if_needed(engine: Engine, content_dir: Path | None = None) -> bool:
    """Build unless the stored hash matches content + code.  True if it built."""
    if is_built(engine) and read_meta(engine).get("content_hash") == index_hash(content_dir):
        return False
    build(engine, content_dir)
    return True
