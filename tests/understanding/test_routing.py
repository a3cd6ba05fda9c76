"""A question for the knowledge base, or an answer to the bot's question (understanding/routing.py)."""

import pytest

from understanding import routing


@pytest.mark.parametrize("text,matched,question", [
    ("what does gratis mean?", True, True),
    ("what does gratis mean", True, True),
    ("who was the foreign minister", False, True),
    ("what she did affects social order, so repatriated under view 4", True, False),
    ("the ministry?", True, False),
    ("gratis?", False, True),
])
def test_document_questions_and_answers_are_told_apart(text, matched, question):
    assert routing.is_document_question(text, "ask_document", 0.9, matched) is question
    assert routing.is_document_question(text, "inform", 0.9, matched) is False
