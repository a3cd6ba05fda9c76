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

_APOS = "['\u2019]"
# Contractions with or without the apostrophe, as students type them ("isnt", "doesn't", "cant").
_NT = (r"(?:is|are|was|were|do|does|did|has|have|had|could|would|should|must|ca|wo|need|might)n" + _APOS + r"?t")
NEGATION = re.compile(
    r"\b(?:not|no\s+longer|never|neither|nor|nobody|nothing|none|without|cannot|"
    rf"{_NT}|can{_APOS}t|cant|dont|doesnt|isnt|wasnt|arent|didnt|wont|couldnt|wouldnt|shouldnt|hasnt|havent)\b"
    r"|\bno\b(?=\s+\w)",
    re.I)
HEDGE = re.compile(
    r"\b(?:maybe|perhaps|probably|possibly|might|i\s+think|i\s+guess|i\s+suppose|i\s+believe|"
    # "kind of poor" hedges; "any kind of expert", "the same sort of work" do not
    r"(?<!any\s)(?<!some\s)(?<!what\s)(?<!every\s)(?<!this\s)(?<!that\s)(?<!same\s)(?<!one\s)(?:kind|sort)\s+of|"
    r"kinda|sorta|not\s+sure|i\s+reckon|seems?\s+like)\b", re.I)
# Where a cue's reach stops: punctuation, or a word that opens another clause.
CLAUSE_END = re.compile(r"[,.;:!?()\n]|\s[-\u2013\u2014]\s|\b(?:but|so|because|cos|since|although|though|while|"
                        r"whereas|however|yet|which|who|that\s+is|and\s+(?:only|also|just|then|so|i|he|she|it|they|we|"
                        r"you))\b", re.I)
_YES = re.compile(r"^\W*(?:yes|yeah|yea|yep|yup|sure|definitely|absolutely|of\s+course|i\s+think\s+so|"
                  r"partly|partially|in\s+part|kind\s+of|sort\s+of|kinda|somewhat|i\s+guess\s+so)\b", re.I)
_NO = re.compile(r"^\W*(?:no|nope|nah|not\s+really|not\s+at\s+all|not\s+quite|hardly|i\s+don"
                 + _APOS + r"?t\s+think\s+so|i\s+dont\s+think\s+so|definitely\s+not|of\s+course\s+not)\b", re.I)

# Two negations that cancel: "he's not the kind who can't pay his bills", "the last person to start a fight"
NOT_THE_KIND = re.compile(
    r"(?:\bnot|n't|\bnever)\s+(?:really\s+|exactly\s+)?(?:the\s+(?:kind|type|sort)"
    r"(?:\s+of\s+(?:person|man|woman|guy|girl|fellow|people))?|(?:a|an)\s+(?:person|man|woman|guy|girl|fellow)"
    r"|someone|somebody|one)\s+(?:who|that|to)\s+"
    r"(?:[\w']+\s+){0,2}$|\bthe\s+last\s+(?:person|man|woman|guy|one)\s+(?:who|that|to)\s+(?:[\w']+\s+){0,2}$"
    # "it's not true that he never did any", "it's not true that he did any"
    r"|(?:\bnot|n't)\s+true\s+that\s+(?:he|she|they)\s+(?:[\w']+\s+){0,2}$")

# What the writer corrects at once states nothing. Words never asserted: "i was going to say he got into a
# fight", "i first wrote clerk but no" (of any fact).
_UNSAID = re.compile(r"\bi\s+(?:was\s+(?:going\s+to|about\s+to|gonna)|almost|nearly|first|originally|initially)\s+"
                     r"(?:say|said|write|wrote|written|put|typed?|call(?:ed)?)\b(?:(?!\bbut\b)[^,.;:!?])*")
_CLAUSE = r"(?:^|(?<=[,.;:!?]\s)|(?<=\band\s)|(?<=\bbut\s))(?:(?!\b(?:and|but)\b)[^,.;:!?])+?"
_MARK = r"\s*(?:,|--?|[\u2013\u2014]|\.{2,}|\u2026)\s*"
# Of a yes/no fact, a clause the words after it deny ("got in a fight, well, no, she was the one hit", "a brawl
# -- actually wait, i mixed him up with his coworker") or restate ("not poor... well, sort of poor", "wants to go
# home... well, she did"); the present restated in the past ("she is poor. well, she was poor"); a past state
# that has ended ("she was poor, then she inherited money, so now she is comfortable"). A correction of a
# detail ("applied to go to seoul - wait, actually pyongyang") takes nothing back.
_DENIED_AFTER = (
    _CLAUSE + r"(?=" + _MARK + r"(?:(?:well|actually|oh|hmm+|um+)\s*,?\s+)?no(?:,|\s+(?:wait|actually|sorry)\b)"
    r"|" + _MARK + r"(?:[^.;!?]{0,30}?\s)?scratch\s+that\b"
    r"|" + _MARK + r"(?:(?:actually|oh|hmm+|um+)\s*,?\s+)?wait\b[^.;!?]{0,12}?"
    r"(?:\bno\b|mix(?:ed|ing)\s+(?:him|her|them)\s+up|confus\w*\s+(?:him|her|them)"
    r"|(?:that|it)\s+was\s+(?:his|her|their|my|someone)\b)"
    r"|\s*(?:\.{2,}|\u2026)\s*well\s*,?\s+(?:(?:sort|kind)\s+of|actually|(?:he|she|they)\s+(?:did|was|were|used\s+to"
    r"|had)\b))")
_RESTATED_IN_THE_PAST = (
    r"(?:^|(?<=[,.;:!?]\s))(?:he|she|they)\s+(?:is|are|has|have)\s+(?:(?:very|really|quite|so|a|an)\s+)?(?P<w>[\w-]+)"
    r"[^,.;:!?]*(?=[,.;!]\s+(?:(?:well|actually|or\s+rather)\s*,?\s+)?(?:he|she|they)\s+"
    r"(?:was|were|had|used\s+to\s+(?:be|have))\s+(?:(?:very|really|quite|so|a|an)\s+)?(?P=w)\b)")
_ENDED = (
    r"(?:^|(?<=[,.;:!?]\s))[^,.;:!?]*?\b(?:was|were|used\s+to\s+be|had\s+been)\s+(?:very\s+|so\s+|really\s+|quite\s+)?"
    r"(?:poor|broke|penniless|destitute|hungry|starving|struggling|in\s+(?:debt|need|trouble|court)|rich|well\s+off"
    r"|comfortable|fine|ok|okay|sick|ill|unemployed|jobless|out\s+of\s+work)"
    r"(?=,?\s+(?:and\s+|but\s+)?then\b[^.;!?]{0,100}?\bnow\b)")
# Each kind behind a cheap cue it cannot match without (most messages hold none, and the clause scan is slow).
_TAKEN_BACK = [(re.compile(cue), re.compile(pattern)) for cue, pattern in (
    (r"(?:well|actually|oh|hm+|um+)\s*,?\s+no\b|\bno\s*,?\s+(?:wait|actually|sorry)\b|scratch\s+that|wait"
     r"|(?:\.{2,}|\u2026)\s*well", _DENIED_AFTER),
    (r"\b(?:was|were|had|used)\b", _RESTATED_IN_THE_PAST),
    (r"\bthen\b[^.;!?]{0,100}?\bnow\b", _ENDED))]
_UNSAID_CUE = re.compile(r"\bi\s+(?:was|almost|nearly|first|originally|initially)\b")


def taken_back(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(spans never asserted, spans whose yes/no facts are taken back: those and the corrected ones)."""
    unsaid = [m.span() for m in _UNSAID.finditer(text)] if _UNSAID_CUE.search(text) else []
    return unsaid, unsaid + [m.span() for cue, pattern in _TAKEN_BACK if cue.search(text)
                             for m in pattern.finditer(text)]


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


def scopes(text: str) -> list[Scope]:
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


def polarity(text: str) -> bool | None:
    """True for a message that opens with a yes ("yeah", "partly"), False for a no ("nah", "not
    really"), None otherwise. "not really technical" opens with a negation of a word, not a no."""
    text = text or ""
    m = _NO.match(text)
    if m:
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
