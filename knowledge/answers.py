"""What the knowledge base returns: an answer to a question (`Answer`) and a search hit (`Hit`).

Plain data, shared by retrieval (search.py), the joining of a multi-part question's answers
(parts.py), the command line and the assistant's actions.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

NO_ANSWER = "The sources here do not say."
NOT_UNDERSTOOD, NOT_IN_SOURCES = "not_understood", "not_in_sources"


@dataclass
class Hit:
    entry_id: str
    topic: str
    answer: str
    score: float
    question: str          # the stored phrasing closest to the query
    gap: bool = False
    evidence: str = ""
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Answer:
    answered: bool
    answer: str
    entry_id: str | None = None
    detail: str | None = None
    evidence: str | None = None
    sources: list[dict[str, str]] = field(default_factory=list)
    score: float = 0.0
    suggestions: list[str] = field(default_factory=list)
    topic: str | None = None
    date: str | None = None
    # Why a question was not answered: NOT_UNDERSTOOD (did_you_mean: the closest entries) or
    # NOT_IN_SOURCES (understood; a gap entry, or `nearby`: what the sources do say close by).
    reason: str | None = None
    did_you_mean: list[dict[str, str]] = field(default_factory=list)
    nearby: list[dict[str, str]] = field(default_factory=list)
    parts: list[dict[str, Any]] = field(default_factory=list)   # one per part of a multi-part question

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
