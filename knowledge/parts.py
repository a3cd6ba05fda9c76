"""A message that asks several things gets one sourced answer per part (issue 14).

`understanding.split` finds the parts; the knowledge base answers each on its own, and this module
joins the answers into one `Answer`: `answer` holds every part's reply (each with its source),
`sources` every source once, `parts` the per-part results.  A later part that says "it", "he" or
"they" borrows the first part's subject terms ("who was Zhou Enlai and who replaced him").
"""
from __future__ import annotations

from collections.abc import Iterable

from .text import words

PRONOUNS = frozenset("it its they them their he him his she her this that there these those".split())
SUBJECT_MIN_WEIGHT = 2.0     # a term this rare names the subject (IDF weight, see scoring.weight)


def refers_back(part: str) -> bool:
    return bool(PRONOUNS & set(words(part)))


def subject_terms(query: dict) -> list[str]:
    """The terms that name what a (scored) question is about: its rarer exact words."""
    return [t for t, (w, alts) in query.items() if w >= SUBJECT_MIN_WEIGHT and alts.get(t) == 1.0]


def _sourced(answer) -> str:
    if not answer.sources:
        return answer.answer
    s = answer.sources[0]
    return f"{answer.answer} (Source: {s['title']}; {answer.evidence}.)"


def part_dict(question: str, answer) -> dict:
    return {"question": question, "answered": answer.answered, "answer": answer.answer,
            "entry_id": answer.entry_id, "evidence": answer.evidence, "sources": answer.sources,
            "reason": answer.reason, "score": answer.score}


def combine(questions: Iterable[str], answers: list, make_answer):
    """One Answer for several parts.  ``make_answer(**fields)`` builds it (search.Answer)."""
    questions = list(questions)
    seen, texts, sources, parts = set(), [], [], []
    for q, a in zip(questions, answers, strict=True):
        if a.entry_id and a.entry_id in seen:
            continue                      # two parts answered by one entry: say it once
        if a.entry_id:
            seen.add(a.entry_id)
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
