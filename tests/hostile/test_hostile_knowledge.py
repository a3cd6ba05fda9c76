"""Questions shaped like SQL injection or full-text-search syntax, asked through the bot: answered
or declined like any question, and the database is the same afterwards."""

import pytest
from sqlalchemy import create_engine, inspect, text

from serving.action_failures import APOLOGY

# Bare syntax: whatever the bot makes of it, a normal reply.
RAW = ['") OR 1=1 --', "' OR '1'='1' --", "NEAR(", "*", '"unterminated phrase',
       "%' UNION SELECT key, value FROM kb_meta --", "\\ ; : -- /* */ @@version"]
# The same inside questions about the document: answered or declined by the knowledge base.
QUESTIONS = [
    'who sent this cable? ") OR 1=1 --',
    "who sent this cable?'; DROP TABLE kb_entries; --",
    "what does gratis mean NEAR(",
    "what does gratis* mean?",
    "who sent * this cable",
    'what does "gratis mean',
    "what does gratis mean? AND NOT cable OR ^foreign",
    "who was the foreign minister in 1950?' UNION SELECT key, value FROM kb_meta --",
    "what does gratis mean?) OR (1=1",
]
KB_REPLY = ("Source:", "The sources here do not say", "I can answer, for example")


def row_counts(url):
    engine = create_engine(url, future=True)
    try:
        with engine.connect() as conn:
            tables = sorted(inspect(conn).get_table_names())
            return {t: conn.execute(text(f'select count(*) from "{t}"')).scalar_one() for t in tables}
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def baseline(hostile):
    # A first question builds the knowledge base in the servers' own database.
    assert "Source:" in hostile.texts("hostile-kb-warmup", "who sent this cable?")
    counts = row_counts(hostile.database_url)
    assert counts.get("kb_entries", 0) > 0
    return counts


@pytest.mark.parametrize("text", RAW)
def test_bare_syntax_gets_a_normal_reply(hostile, baseline, sender, text):
    reply = hostile.texts(sender, text)
    assert reply.strip() and APOLOGY not in reply, reply


@pytest.mark.parametrize("question", QUESTIONS)
def test_crafted_question_is_answered_or_declined(hostile, baseline, sender, question):
    reply = hostile.texts(sender, question)
    assert APOLOGY not in reply, reply
    assert any(marker in reply for marker in KB_REPLY), f"unexpected reply to {question!r}:\n{reply}"


def test_the_database_is_unchanged(hostile, baseline):
    assert row_counts(hostile.database_url) == baseline
