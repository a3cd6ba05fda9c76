"""Then and now, and what others only say: which of a person's yes/no statements still holds.

A description tells a story: "at first he begged to be sent home, now he wants to stay", "he used to
pick fights but he's stopped", "there are rumours she was in a fight, but that's false". `ended`
finds the statements whose fact held once (or was only rumoured) and is over or denied: their
polarity is turned over. When a fact is stated both ways, `latest` keeps the later statement when
the time turns between them ("now", "since", "anymore"), and `heard` drops what others only claim
("her friends claim she's begging to go home, but she told them she isn't leaving"). Pure regular
expressions over the prepared text (text.prepare), like the rest of the reader.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .text import Span

_PERSON = r"(?:he|she|they)"
# What was once: "he used to get into fights ..., but since last winter he's totally calmed down",
# "she used to be desperate to go home; she doesn't want that anymore"
_USED_TO = re.compile(
    r"\bused\s+to\b[^.;!?]*?(?=[,;]?\s+(?:(?:but|and|though|yet)\s+)?(?:(?:now|since\s+[\w ]{1,30}?|these\s+days"
    r"|nowadays|lately)\s*,?\s+)?" + _PERSON + r"\s+(?:is\s+|has\s+|have\s+)?(?:totally\s+|completely\s+|finally\s+)?"
    r"(?:stopped|quit|calmed\s+down|gave\s+(?:it|that)\s+up|given\s+(?:it|that)\s+up|grew\s+out\s+of\s+it"
    r"|(?:doesn't|does\s+not|don't|isn't|hasn't|won't|no\s+longer)\b[^,.;!?]*?\b(?:any\s?more|these\s+days)\b))")
# What others only say, and then denied: "there's a rumour that he started the brawl. that's completely false",
# "people accused her of stealing chickens but it was a mix-up", "someone reported her for a fight but the police
# found she was the one attacked"
_HEARSAY = (r"\b(?:rumou?rs?|stories|gossip|claims?|claimed|(?:keep|keeps|kept)\s+saying|whisper\w*|accus\w+"
            r"|reported|allege\w*)\b")
_DENIED = (r"(?:(?:that|it|this|which)(?:\s+is|\s+was)?\s+(?:(?:\w+\s+){0,2}?)(?:false|untrue|not\s+true|a\s+lie|lies"
           r"|nonsense|rubbish|(?:just\s+)?gossip|a\s+mix-?up|a\s+mistake)"
           r"|(?:that|it|this)\s+(?:isn't|wasn't|is\s+not|was\s+not)\s+(?:\w+\s+)?true"
           r"|" + _PERSON + r"\s+was(?:n't|\s+not)\s+even\s+there"
           r"|found\s+(?:that\s+)?" + _PERSON + r"\s+was\s+the\s+one\s+(?:attacked|hit|beaten|robbed|hurt))\b")
_DENIED_CLAIM = re.compile(_HEARSAY + r"[^.;!?]*(?=(?:[,.;]\s+|\s+)(?:(?:but|and)\s+)?[^.;!?]{0,60}?\b" + _DENIED
                           + r")")
_CUE = re.compile(r"\bused\s+to\b|" + _HEARSAY)


@lru_cache(maxsize=256)
def _ended(text: str) -> tuple[Span, ...]:
    if not _CUE.search(text):
        return ()
    return tuple(m.span() for pattern in (_USED_TO, _DENIED_CLAIM) for m in pattern.finditer(text))


def ended(text: str, at: int) -> bool:
    """Whether the statement at `at` held once and is over, or was only claimed and is denied."""
    return any(s <= at < e for s, e in _ended(text))


# The time turns: "at first ..., now ...", "... back in 1943, but he hasn't caused any trouble since"
_TURN = re.compile(r"\b(?:now|nowadays|these\s+days|any\s?more|no\s+longer|since|stopped|withdrew|withdrawn"
                   r"|changed\s+(?:his|her|their)\s+mind|calmed\s+down|later|lately"
                   # a case ended after it began: "accused of theft but the police dropped it"
                   r"|(?:police|court|judge|magistrate|prosecutors?)\s+(?:\w+\s+)?(?:dropped|dismissed|threw|tossed|closed)"
                   r"|decided\s+in\s+(?:his|her|their)\s+favou?r)\b")
_SENTENCE_END = re.compile(r"[.;!?]")
_CLAUSE_MARK = re.compile(r"[,.;:!?]")


def latest(text: str, stated: list[tuple[int, bool]]) -> set[bool]:
    """The polarity of the last statement, when the time turns after the last one of the other polarity."""
    if not stated:
        return set()
    stated = sorted(stated)
    at, said = stated[-1]
    before = [a for a, s in stated if s != said]
    if not before:
        return set()
    end = _SENTENCE_END.search(text, at)
    # ... in the clause of the last statement ("she wants to go home now. last year she didn't" turns nothing)
    start = max((m.end() for m in _CLAUSE_MARK.finditer(text, before[-1], at)), default=before[-1] + 1)
    if _TURN.search(text, start, end.start() if end else len(text)):
        return {said}
    return set()


# What others say of the person: "her friends claim she's been begging to go home", "people say he ..."
_HEARD = re.compile(r"\b(?:(?:people|friends|neighbou?rs|others|everyone|everybody|they|some|rumou?rs?|stories|gossip)"
                    r"\s+(?:\w+\s+){0,3}?(?:claim|claims|claimed|say|says|said|keep\s+saying|whisper\w*)"
                    r"|rumou?rs?|gossip)\b[^.;!?]*")


def heard(text: str, stated: list[tuple[int, bool]]) -> set[bool]:
    """The one polarity the person's own statements give, when the others are only what others say."""
    spans = [m.span() for m in _HEARD.finditer(text)]
    own = {said for at, said in stated if not any(s <= at < e for s, e in spans)}
    return own if len(own) == 1 and len(own) < len({said for _, said in stated}) else set()
