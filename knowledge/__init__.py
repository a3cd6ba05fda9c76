"""Knowledge base of the Chinese Foreign Ministry cable of 20 April 1950.

Content lives in ``knowledge/content/*.yml``; ``loader`` validates it,
``store`` puts it into SQL tables plus a full-text index, and
``KnowledgeBase`` answers questions from it.  No Rasa imports here: the
actions call this package.

    from knowledge import KnowledgeBase
    kb = KnowledgeBase.open()          # $DATABASE_URL or var/knowledge.db
    kb.ask("Who sent the telegram?").to_dict()
"""
from .answers import NO_ANSWER, Answer, Hit
from .db import DatabaseURLError, database_url, make_engine
from .loader import EVIDENCE_TYPES, GAP_PREFIX, Content, ContentError, Entry, Source, Topic, load_content
from .search import GAP_THRESHOLD, THRESHOLD, KnowledgeBase
from .store import build, build_if_needed, is_built

__all__ = [
    "Answer", "Content", "ContentError", "DatabaseURLError", "EVIDENCE_TYPES", "Entry",
    "GAP_PREFIX", "GAP_THRESHOLD", "Hit", "KnowledgeBase", "NO_ANSWER", "Source", "THRESHOLD",
    "Topic", "build", "build_if_needed", "database_url", "is_built", "load_content",
    "make_engine",
]
