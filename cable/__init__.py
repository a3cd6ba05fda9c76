"""The Chinese Foreign Ministry cable of 20 April 1950 as executable rules.

"On the Repatriation of Korean Nationals in China" (PRC FMA 118-00080-10,
78-79; Wilson Center Digital Archive document 114906). Standard library only,
no Rasa imports: the bot and the web front end both build on this package.
"""

from .case import FIELD_VALUES, FIELDS, Case, CaseError, all_cases, validate_known
from .diagram import mermaid
from .document import (
    ARCHIVE_CITATION,
    ARCHIVE_NOTE,
    ATTRIBUTION,
    DATE,
    FUNDER,
    ISSUER,
    LETTER,
    RECIPIENT,
    RIGHTS,
    SUMMARY,
    TITLE,
    URL,
    WILSON_CENTER_ID,
    Clause,
    metadata,
)
from .explain import Determination, assess, render_text, what_if
from .facts import FACT, FACTS, Fact
from .phrases import CAVEATS
from .questions import QUESTIONS, open_questions
from .rules import (
    CLAUSES,
    LEAVING_OUTCOMES,
    OUTCOME_LABELS,
    OUTCOMES,
    RULES,
    clause,
    result,
    view,
)

__all__ = [
    "ARCHIVE_CITATION", "ARCHIVE_NOTE", "ATTRIBUTION", "CAVEATS", "CLAUSES", "Case",
    "CaseError", "Clause", "DATE", "Determination", "FACT", "FACTS", "FIELDS", "FIELD_VALUES", "Fact", "FUNDER",
    "ISSUER", "LEAVING_OUTCOMES", "LETTER", "OUTCOMES", "OUTCOME_LABELS", "QUESTIONS",
    "RECIPIENT", "RIGHTS", "RULES", "SUMMARY", "TITLE", "URL", "WILSON_CENTER_ID",
    "all_cases", "assess", "clause", "mermaid", "metadata", "open_questions",
    "render_text", "result", "validate_known", "view", "what_if",
]
