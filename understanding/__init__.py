"""Reading what people write: the one place where free text becomes meaning.

Pure Python (no Rasa imports); the case form, the knowledge-base actions, the quiz and the
analysis all read messages through this package, never with parsers of their own.

    text        cleaning (sanitize) and normalising (prepare, normalize); chat-speak and typos
    normalize   chat-speak and contractions written out for retrieval, negation kept
    split       a message that asks several things, split into its questions
    lexical     WordNet relations of the knowledge base's vocabulary (used at build time)
    lexicon     words any reply may use: yes, no, don't know, hedges, negation, questions
    patterns    word lists made into matchers
    answers     yes / no / don't know as an answer to a yes-no question
    context     where a match stands: its clause, negation and its scope, hypotheticals
    case_facts  case facts in a message (the facts of cable/facts.py), and why a reading is unsure
    case_choices  nationality (an unclear one too) and group (occupations, negated groups)
    case_words  occupations and real words near the lexicons', from WordNet (built once, stored)
    spelling    typo correction against a reader's vocabulary (case facts, knowledge base)
    fact_lexicon  the words that state each case fact, keyed by fact
    predictions the quiz's predictions and the reading argued in an ambiguity case
    commands    "hint", "skip", "stop" ... inside the exercises
    routing     a question for the knowledge base, or an answer to the bot's question
    acts        what each part of a message does: answer, question, command, don't know, off topic, meta
    negation    negation and hedges and their scope; yes / no as an answer
    quoting     a student's own words quoted back, negation included
"""

from .case_facts import (Parsed, Reading, Reply, facts_in_reply, hypothetical_changes, parse_answer, parse_mentions,
                         read_mentions, read_reply)
from .predictions import Prediction, parse_prediction
from .text import sanitize

__all__ = ["Parsed", "Prediction", "Reading", "Reply", "facts_in_reply", "hypothetical_changes", "parse_answer",
           "parse_mentions", "parse_prediction", "read_mentions", "read_reply", "sanitize"]
