"""Reading what people write: the one place where free text becomes meaning.

Pure Python (no Rasa imports); the case form, the knowledge-base actions, the quiz and the
analysis all read messages through this package, never with parsers of their own. Every message
passes through one step, `read(text, expecting=...)` (reading.py), in the Rasa server before the
dialogue policy decides (serving/routing.py applies `routing.route`), and again in the action that
handles it when that action knows more (the analysis's own test of an answer).

    reading     the one understanding step: what a message says and does (kind, parts, questions,
                case facts with negation, the person spoken of, hedges, judgements)

    text        every form of a message: sanitize (kept, shown), normalize (chat-speak written out),
                fold (the exercises' patterns), prepare (the case-fact reader's matching form)
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
    fact_lexicon  the words that state the nationality and the group
    yes_no_lexicon  the words that state each yes/no case fact, keyed by fact
    predictions the quiz's predictions and the reading argued in an ambiguity case
    commands    "hint", "skip", "stop" ... inside the exercises
    routing     where a message goes, by evidence: the classifier's intent corrected by the reading
    acts        what a message does, per part: answer, question, command, don't know, off topic, meta
    negation    negation and hedge cues and how far each reaches
    quoting     a student's own words quoted back, safe for chat
    remember    the readings of recurring messages kept (a cache key for the NLU's entities)
"""

from .case_facts import (
                         CaseReading,
                         Parsed,
                         Reply,
                         facts_in_reply,
                         hypothetical_changes,
                         parse_answer,
                         parse_mentions,
                         read_mentions,
                         read_reply,
)
from .predictions import Prediction, parse_prediction
from .reading import Reading, read
from .text import sanitize

__all__ = ["CaseReading", "Parsed", "Prediction", "Reading", "Reply", "facts_in_reply", "hypothetical_changes",
           "parse_answer", "parse_mentions", "parse_prediction", "read", "read_mentions", "read_reply", "sanitize"]
