"""The quiz's free text: predictions ("approved to leave under view 2", "conflict between 1
and 4") and the reading a student argues for in an ambiguity case.

A prediction names an outcome, views, or both. Outcome words win; views alone are
turned into an outcome with the rule module's own precedence (`cable.rules.decide`),
so "view 4" means repatriation just as the rules would. Words that fit several
outcomes ("she can go home") are kept as candidates for the grader to ask about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import FrozenSet, Optional, Sequence, Tuple

from cable.rules import LEAVING_OUTCOMES, decide

from .negation import negated, polarity, with_apostrophes
from .text import fold, normalize

# Roman "i" is left out: it is the pronoun far more often than view 1.
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "ii": 2, "iii": 3, "iv": 4}
_NUM = r"(?:[1-4]|one|two|three|four|iv|iii|ii)"
_VIEW_WORD = r"(?:views?|points?|clauses?|rules?|articles?|paragraphs?|sections?|number|#|v)"
_VIEW_LIST = re.compile(
    rf"\b{_VIEW_WORD}\s*({_NUM}(?:\s*(?:,|&|\+|/|and|or|&)\s*{_NUM})*)(?![\w])")
_BARE_NUMBERS = re.compile(rf"(?<![\w.])({_NUM})(?![\w.])")
_NEGATED_AFTER = re.compile(
    r"^\W*(?:\w+\W+){0,2}?(?:does\s*n[o']?t|doesn't|do not|don't|can't|cannot|wouldn't|would not|"
    r"isn't|is not|won't|will not|never)\s+(?:\w+\s+)?(?:apply|applies|fit|fits|count|cover|hold|match)")
_NEGATED_BEFORE = re.compile(r"(?:\bnot|n't|\bno|\bnever|\bneither|\bnor|\bwithout)\s+(?:\w+\s+)?(?:under\s+|by\s+)?$")
_NEGATORS_BEFORE = re.compile(r"(?:\bnot|n't|\bnever|\bno longer|\bwon't|\bcannot|\bcan't)\s+(?:\w+\s+){0,2}$")

# (outcome, pattern). Phrases that carry their own negation come first.
OUTCOME_PATTERNS = (
    ("out_of_scope", r"out\s*of\s*(?:the\s+)?(?:cable'?s?\s+)?scope|outside\s+(?:of\s+)?(?:the\s+)?(?:cable'?s?\s+)?scope|"
                     r"not\s+in\s+scope|beyond\s+(?:the\s+)?scope|(?:wrong|another|other|different)\s+nationality|"
                     r"neither\s+(?:korean|japanese)\s+nor\s+(?:korean|japanese)|not\s+(?:korean|japanese)\s+or\s+(?:korean|japanese)|"
                     r"only\s+(?:covers|concerns|applies\s+to)\s+(?:japanese|korean)|"
                     r"(?:russian|german|mongolian|american|british|french|soviet|vietnamese)s?\b"),
    ("conflict", r"conflict|contradict|clash|tension\s+between|both\s+(?:views?\s+)?1\s+and\s+4|"
                 r"pull\s+in\s+(?:two\s+|different\s+|opposite\s+)?directions|no\s+precedence"),
    ("no_provision", r"no\s+provision|not\s+provided\s+for|no\s+(?:view|rule|clause|point)s?\b|none\s+of\s+(?:the\s+)?(?:views|rules|clauses|points)|"
                     r"(?:cable|it)\s+(?:is\s+)?(?:silent|says\s+nothing)|(?:does\s*n[o']?t|doesn't)\s+say|no\s+guidance|no\s+answer|"
                     r"nothing\s+(?:applies|fits|happens)|(?:views?|rules?)\s+(?:don't|do\s+not)\s+(?:apply|fit)|no\s+outcome"),
    ("retain", r"not\s+(?:be\s+)?(?:allowed|permitted|approved|able)\s+to\s+(?:leave|go|return)|can(?:'t|not)\s+(?:leave|go\s+home|return)|"
               r"kept|keep|retain(?:ed)?|stays?|remain(?:s)?\s+in\s+china|reform(?:ed)?|must\s+stay|made\s+to\s+stay|held\s+back"),
    ("repatriate", r"repatriat\w*|deport\w*|expel\w*|kicked\s+out|removed|forced\s+to\s+(?:leave|go)|sent\s+away|"
                   r"as\s+soon\s+as\s+possible|asap"),
    ("return_on_request", r"sent\s+back|send\s+(?:him|her|them)\s+back|(?:back|home)\s+on\s+(?:their|his|her)?\s*request|on\s+request"),
    # "she can go home" stays vague: view 2 or view 3 would both let her.
    ("approve_return", r"approved?|allowed\s+to\s+(?:leave|go|return)|permitted\s+to\s+(?:leave|go|return)|permission\s+to\s+leave|"
                       r"let\s+(?:him|her|them)\s+(?:go|leave)"),
)
_OUTCOMES = tuple((o, re.compile(rf"(?<![\w])(?:{p})")) for o, p in OUTCOME_PATTERNS)
# Words that only say "the person leaves": which view decides is still open.
_LEAVING = re.compile(r"\b(?:go(?:es)?\s+home|goes?\s+back|leaves?|leaving|return(?:s|ed)?\s+home|returns?|go\s+back)\b")
# "Not covered" may mean outside the scope or no fitting view.
_NOT_COVERED = re.compile(r"\bnot\s+covered|(?:does\s*n[o']?t|doesn't|do\s+not)\s+(?:cover|apply)|no\s+view\s+applies")
_SELF_NEGATING = {"no_provision", "out_of_scope", "conflict"}


@dataclass(frozen=True)
class Prediction:
    """What a student predicted. `outcome` is None when nothing (or nothing definite) was read;
    `candidates` then lists the outcomes the words could mean."""

    outcome: Optional[str]
    views: Tuple[int, ...] = ()
    candidates: FrozenSet[str] = frozenset()
    text: str = ""

    @property
    def understood(self) -> bool:
        return self.outcome is not None

    @property
    def vague(self) -> bool:
        return self.outcome is None and bool(self.candidates)


def _number(token: str) -> int:
    return int(token) if token.isdigit() else NUMBER_WORDS[token]


def _views(text: str, conflict: bool) -> Tuple[Tuple[int, ...], Tuple[int, ...]]:
    """(views named, views named as not applying)."""
    named, negated = [], []
    for m in _VIEW_LIST.finditer(text):
        nums = [_number(t) for t in re.findall(_NUM, m.group(1))]
        before, after = text[:m.start()], text[m.end():]
        target = negated if _NEGATED_AFTER.match(after) or _NEGATED_BEFORE.search(before) else named
        target += nums
    if conflict and not named:  # "conflict between 1 and 4"
        named = [_number(t) for t in _BARE_NUMBERS.findall(text)]
    uniq = lambda xs: tuple(sorted(set(xs)))  # noqa: E731
    return uniq(named), tuple(v for v in uniq(negated) if v not in named)


def _outcome_hits(text: str) -> list:
    hits = []
    for outcome, pattern in _OUTCOMES:
        for m in pattern.finditer(text):
            negated = outcome not in _SELF_NEGATING and _NEGATORS_BEFORE.search(text[:m.start()])
            if outcome == "retain" and m.group(0).startswith(("not", "can")):
                negated = False  # "not allowed to leave" carries its own negation
            if not negated:
                hits.append((m.start(), outcome))
                break
    return hits


def parse_prediction(text: str) -> Prediction:
    """Read an outcome and the views from a student's free-text prediction."""
    t = fold(text)
    hits = _outcome_hits(t)
    found = {o for _, o in hits}
    views, _negated = _views(t, "conflict" in found)
    if _NOT_COVERED.search(t) and not found - {"no_provision"}:
        if views or "no_provision" in found:
            found = {"no_provision"}
        else:
            return Prediction(None, views, frozenset({"out_of_scope", "no_provision"}), text)
    # Outcomes that settle the case whatever else is said come first.
    for outcome in ("out_of_scope", "conflict", "no_provision"):
        if outcome in found:
            return Prediction(outcome, views if outcome == "conflict" else (), frozenset({outcome}), text)
    if {"retain", "repatriate"} <= found:  # "kept under view 1 but repatriated under view 4"
        return Prediction("conflict", views, frozenset({"conflict"}), text)
    if found:
        by_view = decide(views) if views else None
        if by_view in found or (by_view in LEAVING_OUTCOMES and found <= LEAVING_OUTCOMES):
            outcome = by_view  # "sent back under view 4": the view number is the precise part
        else:
            outcome = min(hits)[1]
        return Prediction(outcome, views, frozenset(found), text)
    if views:
        return Prediction(decide(views), views, frozenset({decide(views)}), text)
    if _LEAVING.search(t):
        return Prediction(None, (), LEAVING_OUTCOMES, text)
    return Prediction(None, (), frozenset(), text)


def parse_reading(text: str, readings: Sequence):
    """Which of the readings (each with regex `words`; the first is the "yes" reading) a student
    argues for ("a nurse counts as technical personnel"), or None when it is not clear. With two
    readings, a negated word of one ("isnt really technical") is a vote for the other."""
    t = with_apostrophes(text).lower()
    votes = [0] * len(readings)
    for i, r in enumerate(readings):
        for w in r.words:
            for m in re.finditer(w, t):
                if not negated(t, m.start()):
                    votes[i] += 1
                elif len(votes) == 2:
                    votes[1 - i] += 1
    answer = polarity(t)
    if answer is not None:
        votes[0 if answer else 1] += 1
    best = max(votes)
    if best == 0 or votes.count(best) > 1:
        return None
    return readings[votes.index(best)]


def outcome_in_words(text: str) -> Optional[str]:
    """The outcome the words alone state, ignoring any view numbers ("approved to leave under view 3" ->
    approve_return), or None. Grading judges the outcome a student wrote apart from the view they named."""
    return parse_prediction(_VIEW_LIST.sub(" ", normalize(text))).outcome
