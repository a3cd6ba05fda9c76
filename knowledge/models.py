"""SQLAlchemy models for the knowledge base (all tables prefixed ``kb_``).

SQLAlchemy 1.4 in the 2.0 style (Rasa pins SQLAlchemy < 2).  The search index
is built in memory from these tables when the knowledge base opens (scoring.py).
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, Column, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import declarative_base, relationship

Base: Any = declarative_base()  # SQLAlchemy 1.4 has no types: its declarative classes are Any


class KbTopic(Base):
    __tablename__ = "kb_topics"
    id = Column(String(64), primary_key=True)
    label = Column(String(200), nullable=False)
    description = Column(Text, nullable=False, default="")
    position = Column(Integer, nullable=False)   # order in topics.yml
    entries = relationship("KbEntry", back_populates="topic")


class KbSource(Base):
    __tablename__ = "kb_sources"
    id = Column(String(64), primary_key=True)
    title = Column(Text, nullable=False)
    url = Column(Text, nullable=False, default="")


class KbEntry(Base):
    __tablename__ = "kb_entries"
    id = Column(String(128), primary_key=True)
    topic_id = Column(String(64), ForeignKey("kb_topics.id"), nullable=False, index=True)
    source_id = Column(String(64), ForeignKey("kb_sources.id"), nullable=False)
    answer = Column(Text, nullable=False)
    detail = Column(Text)
    evidence = Column(String(32), nullable=False)
    facts = Column(Text, nullable=False, default="")   # space-separated fact ids
    date = Column(String(10))      # ISO date, possibly YYYY or YYYY-MM
    gap = Column(Boolean, nullable=False, default=False)
    file = Column(String(200), nullable=False, default="")
    position = Column(Integer, nullable=False)         # global content order
    topic = relationship("KbTopic", back_populates="entries")
    source = relationship("KbSource")
    questions = relationship("KbQuestion", back_populates="entry",
                             order_by="KbQuestion.position")


class KbQuestion(Base):
    __tablename__ = "kb_questions"
    __table_args__ = (UniqueConstraint("entry_id", "position"),)
    id = Column(Integer, primary_key=True, autoincrement=True)
    entry_id = Column(String(128), ForeignKey("kb_entries.id"), nullable=False, index=True)
    position = Column(Integer, nullable=False)
    text = Column(Text, nullable=False)
    entry = relationship("KbEntry", back_populates="questions")


class KbMeta(Base):
    """Key/value facts about the build (content hash, counts, time)."""
    __tablename__ = "kb_meta"
    key = Column(String(64), primary_key=True)
    value = Column(Text, nullable=False)


TABLES = [KbQuestion.__table__, KbEntry.__table__, KbTopic.__table__,
          KbSource.__table__, KbMeta.__table__]
