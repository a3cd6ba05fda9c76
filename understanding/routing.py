"""Whether a message asks the knowledge base something, or answers the question the bot asked.

Today: a few surface cues plus the intent classifier's guess. Routing by evidence (issue 14:
facts stated, a relevant entry, off-topic or meta messages) belongs here.
"""

from __future__ import annotations

import re
from typing import Optional

QUESTION_WORDS = ("what", "who", "when", "where", "why ", "how", "which", "tell me", "is ", "are ", "was ", "were ",
                  "does ", "do ", "did ", "can ", "could ")
# "what does gratis mean", "who was ...", "tell me about ...": a question even without "?"
# ("what she did affects order" is an answer).
WH_QUESTION = re.compile(r"^(?:(?:what|who|when|where|why|how|which)(?:'s|\s+(?:is|are|was|were|does|do|did|can|could|"
                         r"would|should|will|has|have|had|about)\b)|tell me\b|explain\b)")
DOCUMENT_INTENTS = ("ask_document", "tell_me_more", "list_related_documents")
MIN_CONFIDENCE = 0.5


def looks_like_question(text: str) -> bool:
    t = text.strip().lower()
    return t.endswith("?") or t.startswith(QUESTION_WORDS)


def is_document_question(text: str, intent: Optional[str], confidence: float, matched: bool) -> bool:
    """A question for the knowledge base rather than an answer (`matched`: the exercise read an
    answer in it): "what does gratis mean?" is one even though "gratis" is something an answer
    may mention; "the ministry?" and "is it view 2?" are answers."""
    if intent not in DOCUMENT_INTENTS or confidence < MIN_CONFIDENCE:
        return False
    t = text.strip().lower()
    return bool(WH_QUESTION.match(t)) or (not matched and looks_like_question(t))
