"""What one reply counts as: right, wrongly declined, wrong answer, or (for a question the sources
cannot answer) wrongly answered.

Own sets name entries, so a reply is right when it gives every expected part: through `ask`, the
entry ids of the answer and its parts; through the chat, the text of each expected entry's answer.
The shared set names keywords, scored by its header's rule: right when the reply contains every
keyword ("a|b": either), and for an unanswerable question, when the assistant declines or says
the sources do not give it.  Suggestions ("I can answer, for example ...") are not part of a reply's
answer: a decline that lists a question with the keyword in it is still a decline.
"""
from __future__ import annotations

import re

from knowledge.text import words

RIGHT, DECLINED, WRONG, FALSE_ANSWER = ("right", "wrongly declined", "wrong answer",
                                       "unanswerable answered")
OUTCOMES = (RIGHT, DECLINED, WRONG, FALSE_ANSWER)
# How the chat says it has no answer (knowledge-base declines, the fallback, the off-topic reply,
# the help text, the reply about the lesson, a judgement left to the student, a question which
# reading was meant).
DECLINE_MARKERS = ("do not say", "don't say", "do not give", "didn't understand",
                   "did you mean", "not sure what you", "i can answer, for example",
                   "i can assess a fictional person", "outside what i can help with",
                   "i work with one document", "rather than the cable", "a judgement for you to make",
                   "do you want me to assess this person")
_SUGGESTIONS = re.compile(r"(i can answer, for example|did you mean).*", re.IGNORECASE | re.DOTALL)


def _phrase(text: str) -> str:
    return " " + " ".join(words(text)) + " "


def answer_region(reply: str) -> str:
    """The reply without its list of suggested questions."""
    return _SUGGESTIONS.sub("", reply or "")


def declines(reply: str) -> bool:
    low = (reply or "").lower()
    return any(m in low for m in DECLINE_MARKERS)


def has_keywords(text: str, keywords) -> bool:
    low = (text or "").lower()
    return all(any(alt in low for alt in alts) for alts in keywords)


def entry_in_reply(reply: str, entry_answer: str, n_words: int = 12) -> bool:
    """The reply quotes the entry's answer (its first words; the chat escapes punctuation)."""
    head = " ".join(words(entry_answer)[:n_words])
    return f" {head} " in _phrase(reply)


def classify(q, *, answered: bool, text: str = "", entry_ids=frozenset(),
             answer_of=None, chat: bool = False) -> str:
    """One outcome for question ``q`` (a sets.Question).

    Through ``ask``: ``answered``, ``text`` (the answer) and ``entry_ids`` (answer and parts,
    gap entries included).  Through the chat: ``text`` is the reply, ``answered`` is ignored
    (a reply declines when it says so), and ``answer_of(entry_id)`` gives an entry's answer.
    """
    if chat:
        region = answer_region(text)
        answered = bool(region.strip()) and not declines(region)
    if not q.answerable:
        return RIGHT if not answered else FALSE_ANSWER
    if q.parts:
        if chat:
            found = all(any(entry_in_reply(region, answer_of(e)) for e in part if answer_of(e))
                        for part in q.parts)
        else:
            found = all(part & set(entry_ids) for part in q.parts)
    else:
        found = has_keywords(answer_region(text) if chat else text, q.keywords)
    if found:
        return RIGHT
    return WRONG if answered else DECLINED
