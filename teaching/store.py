"""What students did, for their teacher: quiz attempts, analysis answers and ratings.

SQLAlchemy 2.0-style code on 1.4 (`future=True`, `select()`), SQLite by default and the
database named by DATABASE_URL otherwise. Rows are keyed by conversation id and carry the
class code the student gave, so a report is one query per table. Writes never raise: a
storage fault must not cost a student the reply, so it is logged and reported as False.

Every query names its scope: one conversation (what the action server reads and writes, for the
student in that conversation) or one class (the teacher's report, from the command line). A
missing or empty id is an error (`Unscoped`), never "every row".
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import os
import secrets
import threading
from pathlib import Path
from typing import List, Optional

from sqlalchemy import JSON, Boolean, Column, DateTime, Integer, String, Text, create_engine, inspect, select, text, update
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, declarative_base

from knowledge.db import sqlite_engine

logger = logging.getLogger(__name__)
Base = declarative_base()
VAR_DIR = Path(__file__).resolve().parent.parent / "var"
TEXT_LIMIT = 4000


class Unscoped(ValueError):
    """A store call without the conversation (or class) it is about."""


def scope(value: object, what: str = "conversation id") -> str:
    """`value` if it is a non-empty string; otherwise Unscoped, naming what is missing."""
    if not isinstance(value, str) or not value.strip():
        got = "nothing" if value is None else repr(value)
        raise Unscoped(f"a {what} is required (got {got}): records are read and written for one "
                       f"{what.split()[0]} at a time, never for all")
    return value


def database_url() -> str:
    url = os.environ.get("DATABASE_URL", "").strip()
    if url:
        return url
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{VAR_DIR / 'records.db'}"


def engine_with_tables(url: str, metadata) -> Engine:
    """An engine whose tables exist; shared by every store of the application database."""
    if make_url(url).get_backend_name() == "sqlite":
        engine = sqlite_engine(url, future=True)
    else:
        engine = create_engine(url, future=True, pool_pre_ping=True)
    try:
        metadata.create_all(engine)
    except DBAPIError:
        # Another action server created the tables at the same moment (PostgreSQL reports a
        # duplicate type): they exist now, so checking again succeeds.
        metadata.create_all(engine)
    return engine


class LazyEngineStore:
    """A store of the application database whose engine (and tables) are made on first use:
    importing never touches the database, and a failed start is retried on the next call."""

    metadata = None   # each store's declarative Base.metadata

    def __init__(self, url: Optional[str] = None):
        self.url = url or database_url()
        self._engine: Optional[Engine] = None
        self._lock = threading.Lock()

    @property
    def engine(self) -> Engine:
        with self._lock:
            if self._engine is None:
                self._engine = engine_with_tables(self.url, self.metadata)
        return self._engine


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Student(Base):
    __tablename__ = "teaching_students"
    conversation_id = Column(String(255), primary_key=True)
    class_code = Column(String(16), index=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=_now)


class QuizAttempt(Base):
    __tablename__ = "teaching_quiz_attempts"
    id = Column(Integer, primary_key=True)
    conversation_id = Column(String(255), nullable=False, index=True)
    class_code = Column(String(16), index=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=_now)
    question_no = Column(Integer, nullable=False)
    scenario_id = Column(String(255), nullable=False)
    source = Column(String(255), nullable=False)
    level = Column(Integer, nullable=False)
    answer_text = Column(Text, nullable=False)
    expected_outcome = Column(String(32), nullable=False)
    expected_clauses = Column(JSON, nullable=False)
    predicted_outcome = Column(String(32))
    predicted_views = Column(JSON, nullable=False)
    outcome_correct = Column(Boolean, nullable=False)
    clause_correct = Column(Boolean, nullable=False)
    correct = Column(Boolean, nullable=False)
    misapplied = Column(JSON, nullable=False)
    missed = Column(JSON, nullable=False)
    reading = Column(String(64))
    # Added later (nullable, so older databases gain them in place): what the card was, what was corrected.
    question_label = Column(Text)
    misconceptions = Column(JSON)


class AnalysisAnswer(Base):
    __tablename__ = "teaching_analysis_answers"
    id = Column(Integer, primary_key=True)
    conversation_id = Column(String(255), nullable=False, index=True)
    class_code = Column(String(16), index=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=_now)
    step_id = Column(String(64), nullable=False)
    habit = Column(String(32), nullable=False)
    attempt = Column(Integer, nullable=False)
    answer_text = Column(Text, nullable=False)
    verdict = Column(String(32), nullable=False)
    matched = Column(JSON, nullable=False)
    misconceptions = Column(JSON, nullable=False)
    side = Column(String(64))


class Rating(Base):
    __tablename__ = "teaching_ratings"
    id = Column(Integer, primary_key=True)
    conversation_id = Column(String(255), nullable=False, index=True)
    class_code = Column(String(16), index=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=_now)
    helpful = Column(Boolean, nullable=False)
    kind = Column(String(32), nullable=False)       # quiz, analysis, knowledge, assessment, other
    ref = Column(String(255))                        # e.g. a knowledge-base entry id or quiz question
    answer_text = Column(Text, nullable=False)       # the reply that was rated


class TeachingEvent(Base):
    """Hints, skips, unreadable answers and corrected misconceptions: what a teacher needs to follow up."""

    __tablename__ = "teaching_events"
    id = Column(Integer, primary_key=True)
    conversation_id = Column(String(255), nullable=False, index=True)
    class_code = Column(String(16), index=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=_now)
    activity = Column(String(16), nullable=False)      # analysis, quiz
    question = Column(String(255), nullable=False)     # a step id, or "question N"
    question_label = Column(Text)
    kind = Column(String(32), nullable=False)          # hint, skip, unclear, misconception
    detail = Column(Text, nullable=False, default="")  # the student's words, or a misconception id


class TeachingClass(Base):
    """A class code a teacher created; the report asks for its key (stored salted and hashed)."""

    __tablename__ = "teaching_classes"
    code = Column(String(16), primary_key=True)
    key_salt = Column(String(64), nullable=False)
    key_hash = Column(String(128), nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=_now)


class ClassExistsError(ValueError):
    """The class code was created before; its key cannot be shown again."""


TABLES = (QuizAttempt, AnalysisAnswer, Rating, TeachingEvent)
KEY_ROUNDS = 120_000


def _hash_key(key: str, salt: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", key.encode(), bytes.fromhex(salt), KEY_ROUNDS).hex()


def add_missing_columns(engine: Engine, table) -> None:
    """ALTER TABLE ADD COLUMN for nullable columns a database made by an older version lacks."""
    present = {c["name"] for c in inspect(engine).get_columns(table.__tablename__)}
    missing = [c for c in table.__table__.columns if c.name not in present and c.nullable]
    if missing:
        with engine.begin() as conn:
            for column in missing:
                kind = column.type.compile(dialect=engine.dialect)
                conn.execute(text(f'ALTER TABLE {table.__tablename__} ADD COLUMN {column.name} {kind}'))


class TeachingStore(LazyEngineStore):
    metadata = Base.metadata

    @property
    def engine(self) -> Engine:
        fresh = self._engine is None
        engine = super().engine
        if fresh:
            try:
                add_missing_columns(engine, QuizAttempt)
            except DBAPIError:  # another process added them at the same moment
                logger.info("columns of %s were added by another process", QuizAttempt.__tablename__)
        return engine

    def _write(self, what: str, conversation_id: str, work) -> bool:
        scope(conversation_id)      # a programming error, not a storage fault: raised
        try:
            with Session(self.engine, future=True) as session, session.begin():
                work(session)
            return True
        except Exception:  # noqa: BLE001 - any storage fault must leave the reply intact
            logger.exception("could not store %s for conversation %s", what, conversation_id)
            return False

    # --- writes -----------------------------------------------------------------------------

    def set_class(self, conversation_id: str, code: str) -> bool:
        """Record the student's class code, and file their earlier rows under it too."""
        scope(code, "class code")

        def work(session):
            student = session.get(Student, conversation_id)
            if student is None:
                session.add(Student(conversation_id=conversation_id, class_code=code))
            else:
                student.class_code = code
            for table in TABLES:
                session.execute(update(table).where(table.conversation_id == conversation_id).values(class_code=code))
        return self._write("the class code", conversation_id, work)

    def add_attempt(self, conversation_id: str, class_code: Optional[str], question_no: int, grade: dict,
                    answer_text: str) -> bool:
        """A graded quiz answer (`grade` is Grade.record())."""
        row = QuizAttempt(
            conversation_id=conversation_id, class_code=class_code, question_no=question_no,
            scenario_id=grade["scenario_id"], source=grade["source"], level=grade["level"],
            answer_text=answer_text[:TEXT_LIMIT], expected_outcome=grade["expected_outcome"],
            expected_clauses=list(grade["expected_clauses"]), predicted_outcome=grade["predicted_outcome"],
            predicted_views=list(grade["predicted_views"]), outcome_correct=grade["outcome_correct"],
            clause_correct=grade["clause_correct"], correct=grade["correct"], misapplied=list(grade["misapplied"]),
            missed=list(grade["missed"]), reading=grade.get("reading"), question_label=grade.get("question") or None,
            misconceptions=list(grade.get("misconceptions") or []))
        return self._write("a quiz attempt", conversation_id, lambda s: s.add(row))

    def add_event(self, conversation_id: str, class_code: Optional[str], activity: str, question: str, kind: str,
                  detail: str = "", question_label: Optional[str] = None) -> bool:
        row = TeachingEvent(conversation_id=conversation_id, class_code=class_code, activity=activity,
                            question=question[:255], question_label=question_label, kind=kind,
                            detail=(detail or "")[:TEXT_LIMIT])
        return self._write(f"a {kind}", conversation_id, lambda s: s.add(row))

    # --- classes ----------------------------------------------------------------------------

    def create_class(self, code: str) -> str:
        """Create a class code and return its teacher key (shown once). Raises ClassExistsError."""
        key = secrets.token_urlsafe(12)
        salt = secrets.token_hex(16)
        with Session(self.engine, future=True) as session, session.begin():
            if session.get(TeachingClass, code) is not None:
                raise ClassExistsError(f"class {code} already exists; its teacher key cannot be shown again")
            session.add(TeachingClass(code=code, key_salt=salt, key_hash=_hash_key(key, salt)))
        return key

    def class_exists(self, code: str) -> bool:
        with Session(self.engine, future=True) as session:
            return session.get(TeachingClass, code) is not None

    def check_key(self, code: str, key: str) -> bool:
        with Session(self.engine, future=True) as session:
            row = session.get(TeachingClass, code)
            return bool(row) and hmac.compare_digest(row.key_hash, _hash_key(key or "", row.key_salt))

    def created_classes(self) -> List[str]:
        with Session(self.engine, future=True) as session:
            return sorted(session.execute(select(TeachingClass.code)).scalars())

    def add_analysis(self, conversation_id: str, class_code: Optional[str], record: dict, answer_text: str) -> bool:
        row = AnalysisAnswer(
            conversation_id=conversation_id, class_code=class_code, step_id=record["step"], habit=record["habit"],
            attempt=record["attempt"], answer_text=answer_text[:TEXT_LIMIT], verdict=record["verdict"],
            matched=list(record.get("matched") or []), misconceptions=list(record.get("misconceptions") or []),
            side=record.get("side"))
        return self._write("an analysis answer", conversation_id, lambda s: s.add(row))

    def add_rating(self, conversation_id: str, class_code: Optional[str], helpful: bool, kind: str,
                   ref: Optional[str], answer_text: str) -> bool:
        row = Rating(conversation_id=conversation_id, class_code=class_code, helpful=helpful, kind=kind, ref=ref,
                     answer_text=answer_text[:TEXT_LIMIT])
        return self._write("a rating", conversation_id, lambda s: s.add(row))

    # --- reads: one conversation (the student's own) ----------------------------------------

    def _rows(self, table, column, value: str) -> list:
        query = select(table).where(column == value).order_by(table.id)
        with Session(self.engine, future=True) as session:
            rows = session.execute(query).scalars().all()
            session.expunge_all()
            return list(rows)

    def attempts(self, conversation_id: str) -> List[QuizAttempt]:
        return self._rows(QuizAttempt, QuizAttempt.conversation_id, scope(conversation_id))

    def analysis(self, conversation_id: str) -> List[AnalysisAnswer]:
        return self._rows(AnalysisAnswer, AnalysisAnswer.conversation_id, scope(conversation_id))

    def ratings(self, conversation_id: str) -> List[Rating]:
        return self._rows(Rating, Rating.conversation_id, scope(conversation_id))

    def events(self, conversation_id: str) -> List[TeachingEvent]:
        return self._rows(TeachingEvent, TeachingEvent.conversation_id, scope(conversation_id))

    def class_of(self, conversation_id: str) -> Optional[str]:
        with Session(self.engine, future=True) as session:
            student = session.get(Student, scope(conversation_id))
            return student.class_code if student else None

    # --- reads: one class (the teacher's report; never reached from a conversation) ----------

    def class_attempts(self, class_code: str) -> List[QuizAttempt]:
        return self._rows(QuizAttempt, QuizAttempt.class_code, scope(class_code, "class code"))

    def class_analysis(self, class_code: str) -> List[AnalysisAnswer]:
        return self._rows(AnalysisAnswer, AnalysisAnswer.class_code, scope(class_code, "class code"))

    def class_ratings(self, class_code: str) -> List[Rating]:
        return self._rows(Rating, Rating.class_code, scope(class_code, "class code"))

    def class_events(self, class_code: str) -> List[TeachingEvent]:
        return self._rows(TeachingEvent, TeachingEvent.class_code, scope(class_code, "class code"))

    def students(self, class_code: str) -> List[str]:
        """Conversation ids of a class: those who gave the code, and any row filed under it."""
        scope(class_code, "class code")
        ids = set()
        with Session(self.engine, future=True) as session:
            for table in (Student,) + TABLES:
                ids |= set(session.execute(select(table.conversation_id).where(table.class_code == class_code)).scalars())
        return sorted(ids)

    def known_classes(self) -> List[str]:
        """The class codes on record (codes only, no student's rows): for the report's error message."""
        codes = set()
        with Session(self.engine, future=True) as session:
            for table in (Student,) + TABLES:
                codes |= set(session.execute(select(table.class_code).distinct()).scalars())
        return sorted(c for c in codes if c)


_default: Optional[TeachingStore] = None
_default_lock = threading.Lock()


def default_store() -> TeachingStore:
    global _default
    with _default_lock:
        if _default is None:
            _default = TeachingStore()
    return _default
