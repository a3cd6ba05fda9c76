"""Yes, no and don't know: the words that answer a yes-no question whatever it asked.

leads() finds them: a whole clause ("probably."), an interjection opening the message
("yes she can ..."), or a bare auxiliary ("she does"). The case-fact reader weighs them
against what the message states about the fact itself.
"""

from __future__ import annotations

import re

from . import lexicon as lex
from .patterns import alt, words
from .text import Span

_END = r"\s*(?:[.!,;:]+\s*)*$"  # a lead word that is the whole clause
_AFTER_NO = r"(?=\s*(?:$|[,.!;:-])|\s+(?:" + alt(lex.AFTER_NO) + r")(?![\w']))"  # not "no job"
_LEADS = (  # (pattern, polarity, hedged); first match wins; used with match(), so anchored
    (re.compile(r"(?:" + alt(lex.HEDGED_NO) + r")" + _END), False, True),
    (re.compile(r"(?:" + alt(lex.NO_ADVERBS) + r")" + _END), False, False),
    (re.compile(r"(?:" + alt(lex.HEDGED_YES) + r")" + _END), True, True),
    (re.compile(r"(?:" + alt(lex.YES_ADVERBS) + r")" + _END), True, False),
    (re.compile(r"(?:" + alt(lex.YES_INTERJECTIONS) + r")(?![\w'])"), True, False),
    (re.compile(r"(?:" + alt(lex.NO_INTERJECTIONS) + r")(?![\w'])" + _AFTER_NO), False, False),
)
_AUX_ANSWER = re.compile(
    r"^(?:he|she|they|it|i|we|the person|that person)\s+(?:does|do|did|is|are|was|were|has|have|had|can|could|will|"
    r"would)"
    r"(n't)?(\s+not)?(?:\s+(?:indeed|really|though|too|yes))?" + _END
)
YES_AND_NO = re.compile(r"^(?:yes|yeah)\s*(?:and|or|,|/)\s*no\b|\byes and no\b|\byes or no\b")
_FILLERS = re.compile(r"^(?:(?:" + alt(lex.FILLERS) + r")(?![\w'])[\s,.]*)+")
UNKNOWN = words(lex.UNKNOWN)  # "I don't know": the value is assumed no
HEDGE = words(lex.HEDGE_WORDS)  # "probably": the value stands, flagged as unsure
_CLAUSE = re.compile(r"[^,;.!?\s][^,;.!?]*")


def bare_reply(text: str) -> bool | None:
    """The polarity of a reply that is nothing but a yes or a no ("nope", "no, never.", "none"),
    else None: the writer answering her own question ("does she want to go back? nope")."""
    body = text.strip().lower()
    said, hedged, spans = leads(body)
    covered = sum(e - s for s, e in spans)
    if len(said) != 1 or hedged or covered < len(re.sub(r"[\s.,!;:]", "", body)):
        return None
    return next(iter(said))


def leads(text: str) -> tuple[set[bool], bool, list[Span]]:
    """Yes/no words answering the question: a whole clause ("probably."), or an
    interjection opening the message ("yes she can..."). Returns their spans too."""
    polarities: set[bool] = set()
    spans: list[Span] = []
    hedged, first = False, True
    for m in _CLAUSE.finditer(text):
        start, body = m.start(), m.group().rstrip()
        filler = _FILLERS.match(body)
        pos = filler.end() if filler else 0
        for pattern, polarity, hedge in _LEADS if pos < len(body) else ():
            lead = pattern.match(body, pos)
            if lead and (first or lead.end() == len(body)):
                polarities.add(polarity)
                hedged, pos = hedged or hedge, lead.end()
                break
        aux = _AUX_ANSWER.match(body[pos:].strip())
        if aux:
            polarities.add(not (aux.group(1) or aux.group(2)))
            pos = len(body)
        if pos:
            spans.append((start, start + pos))
        first = first and pos == (filler.end() if filler else 0) == len(body)
    return polarities, hedged, spans
