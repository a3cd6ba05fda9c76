"""A message that asks several things gets one sourced answer per part (issue 14).

`understanding.split` finds the parts; the knowledge base answers each on its own, and this module
joins the answers into one `Answer`: `answer` holds every part's reply (each with its source),
`sources` every source once, `parts` the per-part results.  A later part that says "it", "he" or
"they" borrows the first part's subject terms ("who was Zhou Enlai and who replaced him").

Two things joined by "and" without a second question word ("doc id and archive ref", "when did
the war start and end") may also be two questions: `conjoined` gives the parts, the later ones
led by the first part's question words ("when did [the war] end"), and the knowledge base keeps
them only when a part asks for something the answer to the whole message does not give.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from understanding.split import QUESTION_WORDS

from .scoring import QUESTION_TERMS, Query
from .text import STOPWORDS, analyze, words

if TYPE_CHECKING:       # search.py imports this module
    from .answers import Answer
    from .scoring import Scorer

PRONOUNS = frozenset("it its they them their he him his she her this that there these those".split())


# A message that may ask two things: joined by "and", "plus", "&", "also", or two question marks.
JOINED_RE = re.compile(r"\b(?:and|plus|also)\b|&|\+|\?.*\w.*\?", re.IGNORECASE)
_AND_RE = re.compile(r"\s*(?:,\s*)?\b(?:and|plus)\b\s*|\s+[&+]\s+", re.IGNORECASE)
_AUX = frozenset("did does do is was were are can could would will has have had".split())
MAX_CONJOINED = 3
# "between North and South Korea", "both Koreans and Japanese": one thing, not two questions
_PAIRED = re.compile(r"\b(?:between|both)(?:\s+\S+){1,3}$", re.IGNORECASE)


def conjoined(text: str) -> list[str]:
    """The parts of a message joined by "and"/"plus"/"&", each with a content word, the later
    ones led by the first part's question word (and its verb); [] when there is nothing to split."""
    pieces = [p.strip(" ,;?!.") for p in _AND_RE.split(text or "")]
    if not 2 <= len(pieces) <= MAX_CONJOINED or any(_PAIRED.search(p) for p in pieces[:-1]):
        return []
    if any(not [w for w in words(p) if w not in STOPWORDS] for p in pieces):
        return []
    first = words(pieces[0])
    if len([w for w in first if w not in STOPWORDS and w not in QUESTION_WORDS and w not in _AUX]) < 2:
        return []       # "when did china and the soviets sign": two subjects of one question
    lead = []
    if first and first[0] in QUESTION_WORDS:
        lead = first[:2] if len(first) > 1 and first[1] in _AUX | {"many", "much"} else first[:1]
    out = [pieces[0]]
    for p in pieces[1:]:
        w = words(p)
        out.append(p if not lead or w[0] in QUESTION_WORDS or w[0] in _AUX
                   else " ".join(lead) + " " + p)
    return out


def context_terms(first: str) -> list[str]:
    """What a fragment after "and" ("... start and end") borrows from the first part: its terms
    but the question words and the last one (the word the fragment stands beside)."""
    terms = analyze(first)
    return [t for t in terms[:-1] if t not in QUESTION_TERMS]


def is_fragment(query: Query) -> bool:
    """A part with less than two topic terms of its own ("when did [it] end")."""
    return len([t for t in query if t not in QUESTION_TERMS]) < 2


_DEMONSTRATIVES = frozenset("this that these those".split())
# Nouns that only point back after "that"/"those": "that word", "those people", "this bit"
_POINTING_NOUNS = frozenset("word words term terms phrase phrases one ones thing things stuff bit bits part "
                            "parts people guys group groups person place places rule rules".split())


def refers_back(part: str) -> bool:
    """A pronoun for the first part's subject: "it", "they", a bare "that" ("is that still
    true") or one before a noun that only points back ("why that word"), not "that" before a noun
    of its own ("is that railway ministry still around")."""
    w = words(part)
    for i, tok in enumerate(w):
        if tok in _DEMONSTRATIVES:
            if i + 1 == len(w) or w[i + 1] in STOPWORDS or w[i + 1] in _POINTING_NOUNS:
                return True
        elif tok in PRONOUNS:
            return True
    return False


def subject_terms(query: Query, subjects: frozenset[str] | None = None) -> list[str]:
    """The terms a later part that says "it" or "they" borrows: the first part's known words
    but its question words ("how many are there" after "what are ethnic Koreans in China
    called" asks about ethnic Koreans in China), a misspelt word as the word it was read as.
    ``subjects``, when given, keeps only the words some entry is about (the nouns of the entry
    ids: "archive", "division"), so "it" in "is it still open" is the archive, not "first"."""
    out = []
    for t, (_, alts) in query.items():
        if not alts or t in QUESTION_TERMS:
            continue
        best = t if t in alts else max(alts, key=alts.__getitem__)
        if subjects is None or best in subjects:
            out.append(best)
    return out


def borrowed(scorer: Scorer, pieces: list[str]) -> list[list[str]]:
    """What each part borrows from the first: its subject for a part that says "it" or "they",
    its context for a fragment ("... start and end"), nothing for the first part.  Used alike
    when answering and when fitting the ranking, so the fit sees the parts as `ask` does."""
    out: list[list[str]] = [[]]
    subject = subject_terms(scorer.query(pieces[0]), scorer.subjects) if len(pieces) > 1 else []
    for p in pieces[1:]:
        if refers_back(p):
            out.append(subject)
        elif is_fragment(scorer.query(p)):
            out.append(context_terms(pieces[0]))
        else:
            out.append([])
    return out


def _sourced(answer: Answer) -> str:
    if not answer.sources:
        return answer.answer
    s = answer.sources[0]
    return f"{answer.answer} (Source: {s['title']}; {answer.evidence}.)"


def part_dict(question: str, answer: Answer) -> dict[str, Any]:
    return {"question": question, "answered": answer.answered, "answer": answer.answer,
            "entry_id": answer.entry_id, "evidence": answer.evidence, "sources": answer.sources,
            "reason": answer.reason, "score": answer.score}


def combine(questions: Iterable[str], answers: list[Answer], make_answer: type[Answer]) -> Answer:
    """One Answer for several parts.  ``make_answer(**fields)`` builds it (answers.Answer)."""
    questions = list(questions)
    seen: set[tuple[str | None, str]] = set()
    texts: list[str] = []
    sources: list[dict[str, str]] = []
    parts: list[dict[str, Any]] = []
    for q, a in zip(questions, answers, strict=True):
        said = (a.entry_id, a.answer)
        if a.entry_id and said in seen:
            continue                      # two parts answered by one entry: say it once
        if a.entry_id:
            seen.add(said)
        parts.append(part_dict(q, a))
        if a.answered or a.entry_id:
            texts.append(_sourced(a))
        elif a.reason == "not_in_sources":
            texts.append(f'On "{q}": {a.answer}')
        else:
            texts.append(f'I could not tell what "{q}" asks.')
        for s in a.sources:
            if s not in sources:
                sources.append(s)
    answered = [a for a in answers if a.answered]
    lead = answered[0] if answered else next((a for a in answers if a.entry_id), answers[0])
    return make_answer(
        answered=bool(answered), answer="\n".join(texts), entry_id=lead.entry_id,
        detail=lead.detail, evidence=lead.evidence, sources=sources,
        score=min((a.score for a in answered), default=lead.score), topic=lead.topic,
        date=lead.date, parts=parts, reason=None if answered else lead.reason,
        suggestions=[] if answered else lead.suggestions,
        did_you_mean=[] if answered else lead.did_you_mean)
