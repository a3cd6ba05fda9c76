"""Negation and hedges, and how far each reaches ("isnt really technical", "not really, most could choose").

A cue ("not", "isn't", "isnt", "never", "no longer", "without" ...) negates the words after it up to the
end of its clause: a comma, a full stop, or a word that starts a new clause ("but", "so", "because").
A message that opens with a bare "no" or "not really" answers a yes/no question; `polarity` reads that.
Hedges ("maybe", "i think", "kind of") soften a statement without negating it. Everything works on the
original text with case-insensitive patterns, so positions can be used to quote the student's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import List, Optional

_APOS = "['\u2019]"
# Contractions with or without the apostrophe, as students type them ("isnt", "doesn't", "cant").
_NT = (r"(?:is|are|was|were|do|does|did|has|have|had|could|would|should|must|ca|wo|need|might)n" + _APOS + r"?t")
NEGATION = re.compile(
    r"\b(?:not|no\s+longer|never|neither|nor|nobody|nothing|none|without|cannot|"
    rf"{_NT}|can{_APOS}t|cant|dont|doesnt|isnt|wasnt|arent|didnt|wont|couldnt|wouldnt|shouldnt|hasnt|havent)\b"
    r"|\bno\b(?=\s+\w)",
    re.I)
HEDGE = re.compile(
    r"\b(?:maybe|perhaps|probably|possibly|might|i\s+think|i\s+guess|i\s+suppose|i\s+believe|kind\s+of|"
    r"sort\s+of|kinda|sorta|not\s+sure|i\s+reckon|seems?\s+like)\b", re.I)
# Where a cue's reach stops: punctuation, or a word that opens another clause.
CLAUSE_END = re.compile(r"[,.;:!?()\n]|\s[-\u2013\u2014]\s|\b(?:but|so|because|cos|since|although|though|while|"
                        r"whereas|however|yet|which|who|that\s+is|and\s+(?:only|also|just|then|so|i|he|she|it|they|we|you))\b", re.I)
_YES = re.compile(r"^\W*(?:yes|yeah|yea|yep|yup|sure|definitely|absolutely|of\s+course|i\s+think\s+so|"
                  r"partly|partially|in\s+part|kind\s+of|sort\s+of|kinda|somewhat|i\s+guess\s+so)\b", re.I)
_NO = re.compile(r"^\W*(?:no|nope|nah|not\s+really|not\s+at\s+all|not\s+quite|hardly|i\s+don"
                 + _APOS + r"?t\s+think\s+so|i\s+dont\s+think\s+so|definitely\s+not|of\s+course\s+not)\b", re.I)


@dataclass(frozen=True)
class Scope:
    """A cue and the stretch of text it governs: text[start:end], the cue itself excluded."""

    kind: str       # "negation" or "hedge"
    cue: str
    cue_start: int
    start: int
    end: int

    def covers(self, position: int) -> bool:
        return self.start <= position < self.end


def _clause_end(text: str, start: int) -> int:
    m = CLAUSE_END.search(text, start)
    return m.start() if m else len(text)


def scopes(text: str) -> List[Scope]:
    """Every negation and hedge cue with its scope, in order."""
    text = text or ""
    found = []
    for kind, pattern in (("negation", NEGATION), ("hedge", HEDGE)):
        for m in pattern.finditer(text):
            found.append(Scope(kind, m.group(0), m.start(), m.end(), _clause_end(text, m.end())))
    return sorted(found, key=lambda s: s.cue_start)


def negated(text: str, start: int) -> bool:
    """Whether the words at `start` are negated by a cue before them in the same clause.

    Cues inside a matched phrase ("can't leave", "not binding") do not count here: a phrase that
    carries its own negation starts at its cue, so only cues before `start` are considered. Two
    negations cancel ("not that it wasn't ...").
    """
    count = sum(1 for s in scopes(text) if s.kind == "negation" and s.cue_start < start and s.covers(start))
    return count % 2 == 1


def hedged(text: str) -> bool:
    return any(s.kind == "hedge" for s in scopes(text))


def polarity(text: str) -> Optional[bool]:
    """True for a message that opens with a yes ("yeah", "partly"), False for a no ("nah", "not
    really"), None otherwise. "not really technical" opens with a negation of a word, not a no."""
    text = text or ""
    if _NO.match(text):
        m = _NO.match(text)
        rest = text[m.end():]
        # "not really technical": the negation governs the next word, so it is no answer by itself.
        if m.group(0).strip().lower().startswith("not") and re.match(r"^\s+[a-z]", rest, re.I):
            return None
        if re.match(r"^\s*(?:one|doubt|matter)\b", rest, re.I):   # "no one", "no doubt": not a no
            return None
        return False
    if _YES.match(text):
        return True
    return None


_BARE = {"cant": "can't", "wont": "won't", "dont": "don't", "doesnt": "doesn't", "isnt": "isn't", "arent": "aren't",
         "wasnt": "wasn't", "werent": "weren't", "didnt": "didn't", "couldnt": "couldn't", "wouldnt": "wouldn't",
         "shouldnt": "shouldn't", "hasnt": "hasn't", "havent": "haven't", "hes": "he's", "shes": "she's"}
_BARE_RE = re.compile(r"\b(" + "|".join(_BARE) + r")\b", re.I)


def with_apostrophes(text: str) -> str:
    """'he cant leave, hes sued' -> "he can't leave, he's sued": contractions typed without the apostrophe,
    for readers that expect it. Curly apostrophes become straight ones."""
    text = (text or "").replace("\u2019", "'")
    return _BARE_RE.sub(lambda m: _BARE[m.group(1).lower()], text)
