"""Stored assessments of the case form: a small SQLAlchemy repository (financial-demo's profile_db pattern).

Every completed assessment is kept with its conversation id, time, facts, outcome and
clauses. Storage must never cost the user the reply, so failures are logged, not raised; a call
without a conversation id is refused (`Unscoped`): nothing here reads or writes for "everyone".
"""

import datetime as dt
import logging
from typing import List, Optional

from sqlalchemy import JSON, Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

from .store import LazyEngineStore, scope

logger = logging.getLogger(__name__)
Base = declarative_base()


class AssessmentRecord(Base):
    __tablename__ = "case_assessments"

    id = Column(Integer, primary_key=True)
    conversation_id = Column(String(255), nullable=False, index=True)
    created_at = Column(DateTime, nullable=False, default=lambda: dt.datetime.now(dt.timezone.utc))
    facts = Column(JSON, nullable=False)
    outcome = Column(String(32), nullable=False)
    clauses = Column(JSON, nullable=False)


class RecordStore(LazyEngineStore):
    """Saves and lists assessments in the database named by DATABASE_URL (SQLite by default)."""

    metadata = Base.metadata

    def save(self, conversation_id: str, facts: dict, outcome: str, clauses: List[int]) -> bool:
        """Store one assessment; returns False (and logs) instead of raising on failure."""
        scope(conversation_id)
        try:
            with Session(self.engine, future=True) as session, session.begin():
                session.add(AssessmentRecord(
                    conversation_id=conversation_id, facts=facts, outcome=outcome, clauses=list(clauses),
                ))
            return True
        except Exception:  # noqa: BLE001 - any storage fault must leave the reply intact
            logger.exception("could not store the assessment for conversation %s", conversation_id)
            return False

    def for_conversation(self, conversation_id: str) -> List[AssessmentRecord]:
        with Session(self.engine, future=True) as session:
            rows = session.execute(
                select(AssessmentRecord)
                .where(AssessmentRecord.conversation_id == scope(conversation_id))
                .order_by(AssessmentRecord.id)
            ).scalars().all()
            session.expunge_all()
            return list(rows)


_default: Optional[RecordStore] = None


def default_store() -> RecordStore:
    global _default
    if _default is None:
        _default = RecordStore()
    return _default
