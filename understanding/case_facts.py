"""Case facts in a user's own words: the answer to one question, and facts stated outright.

Pure Python (no Rasa imports). parse_answer reads a reply to the question about
one fact; parse_mentions picks explicit facts out of any message (an opening description,
a correction); facts_in_reply does both for one turn of the case form; hypothetical_changes
reads "what if ..." messages. The facts, their kinds and values come from cable/facts.py;
the words that state them are in fact_lexicon.py, keyed by fact.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

from cable.facts import FACTS

from . import fact_lexicon as fl
from .answers import HEDGE, UNKNOWN, YES_AND_NO, leads
from .context import TOKEN, Context, statements
from .patterns import Terms, words
from .text import blank, prepare

CHOICES = {f.name: f.values for f in FACTS if f.kind == "choice"}
BOOL_FIELDS = tuple(f.name for f in FACTS if f.kind == "yes-no")
FIELDS = tuple(f.name for f in FACTS)


@dataclass(frozen=True)
class Parsed:
    value: object  # str for a choice fact, bool for a yes-no fact; None if not understood
    assumed: bool = False  # "don't know" read as False
    hedged: bool = False  # "probably", "I think so", "maybe not"


# --- Compiled tables (built once at import: these run on every turn) -----------------------

_NAT = Terms(  # (value, tier): 1 demonym, 2 place after "from", 3 bare place, 4 "neither", 5 China (only after "from")
    [(t, (v, 1)) for v, ts in fl.NATIONALITY_DEMONYMS.items() for t in ts]
    + [(t, (v, 3)) for v, ts in fl.NATIONALITY_PLACES.items() for t in ts]
    + [(t, (v, 5)) for v, ts in fl.NATIONALITY_ORIGIN_ONLY.items() for t in ts]
    + [(t, ("other", 4)) for t in fl.NATIONALITY_RESIDUAL]
)
_ORIGIN = re.compile(fl.ORIGIN_WORDS + r"\s*:?\s+(?:the\s+)?$")
_NAT_AMBIGUOUS = words(fl.NATIONALITY_AMBIGUOUS)
_NAT_BLANK = words(fl.NATIONALITY_BLANK)
_NAT_FUZZY = {False: (fl.FUZZY_NATIONALITY, 0.82, 4), True: (["korean", "japanese"], 0.82, 6)}  # by mention

_GROUP = Terms(
    [(t, (v, k == "strong")) for v, kinds in fl.GROUP_TERMS.items() for k, ts in kinds.items() for t in ts]
)
_POW_SOLDIER = words(fl.POW_SOLDIER)
_GROUP_BLANK = words(fl.GROUP_BLANK)
_GROUP_FUZZY = sorted({t for t, (_, strong) in _GROUP.table.items() if strong and t.isalpha() and len(t) >= 6})

_BOOL = {f: [(words([p]), pol, strong) for p, pol, strong in rows] for f, rows in fl.BOOL_PATTERNS.items()}


# --- Yes/no fields -------------------------------------------------------------------------


def _bool_votes(field: str, ctx: Context, mention: bool) -> set:
    """Polarities stated for a field; strong patterns outrank weak ones."""
    taken, strong, weak = [], set(), set()
    for pattern, polarity, is_strong in _BOOL[field]:
        if mention and not is_strong:
            continue
        for m in pattern.finditer(ctx.text):
            s, e = m.span()
            if s == e or any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            if polarity is None or ctx.skip(s, e, mention):
                continue
            key = m.start("key") if "key" in pattern.groupindex else None  # "he doesn't have a case"
            (strong if is_strong else weak).add(polarity != ctx.negated(s, key))
    return strong or weak


def _parse_bool(field: str, text: str, doubtful: bool) -> Parsed:
    if YES_AND_NO.search(text):
        return Parsed(None)
    unknown = [m.span() for m in UNKNOWN.finditer(text)]
    hedged = doubtful or bool(HEDGE.search(text))
    text = blank(text, unknown)
    said, lead_hedged, lead_spans = leads(text)
    votes = _bool_votes(field, Context(blank(text, lead_spans)), mention=False)
    if len(said) > 1 or len(votes) > 1 or (said and votes and said != votes):
        return Parsed(None)  # contradictory ("yes, she doesn't want to")
    if votes or said:
        return Parsed((votes or said).pop(), hedged=hedged or lead_hedged or bool(unknown))
    if unknown:
        return Parsed(False, assumed=True)
    return Parsed(None)


# --- Nationality and group -----------------------------------------------------------------


def _hits(terms: Terms, ctx: Context, mention: bool):
    """(alive, info, start) per lexicon term; negated or hypothetical terms are not
    alive but still count as seen, so they block guessing from entities."""
    for term, start, end in terms.find(ctx.text):
        yield not (ctx.negated(start) or ctx.skip(start, end, mention)), terms.table[term], start


def _fuzzy(ctx: Context, targets, cutoff: float, min_len: int, forms: bool = False):
    """Close spellings of target words. forms: skip other forms of a word, which
    are not typos ("prison"/"prisoner", "settled"/"settler", "chemistry"/"chemist")."""
    for m in TOKEN.finditer(ctx.text):
        word = m.group()
        if len(word) >= min_len and word.isascii() and word.isalpha() and not ctx.negated(m.start()):
            for close in difflib.get_close_matches(word, targets, n=1, cutoff=cutoff):
                stem = word.rstrip("s")
                a, b = sorted((stem, close), key=len)
                if not (forms and (b.startswith(a) or b.endswith(a) or stem[:-1] == close[:-1])):
                    yield close


def _short(text: str) -> bool:
    return len(TOKEN.findall(text)) <= 8  # typo matching only on short answers: long ones hold other words


def _entity(entities, field: str):
    """The one valid value the NLU extracted for field, if exactly one."""
    found = set()
    for ent in entities if isinstance(entities, (list, tuple)) else ():
        if isinstance(ent, dict) and ent.get("entity") == field:
            value = str(ent.get("value", "")).strip().lower()
            if value in CHOICES[field]:
                found.add(value)
    return found.pop() if len(found) == 1 else None


def _pick(values) -> object:
    values = set(values)
    return values.pop() if len(values) == 1 else None


def _nationality(text: str, mention: bool):
    """(value, saw_any): value None when absent or ambiguous."""
    blanks = [m.span() for m in _NAT_BLANK.finditer(text)]
    ctx = Context(blank(text, blanks))
    tiers, negated, saw = {}, set(), bool(blanks)
    for alive, (value, tier), start in _hits(_NAT, ctx, mention):
        saw = True
        if tier in (3, 5) and _ORIGIN.search(ctx.text[max(0, start - 40) : start]):
            tier = 2  # "from Pyongyang" is as good as a demonym
        if not alive:
            negated.add(value)
        elif not (tier == 5 or (mention and tier >= 3)):
            tiers.setdefault(tier, set()).add(value)
    if not mention and {"korean", "japanese"} <= negated:
        tiers.setdefault(4, set()).add("other")  # "not Korean or Japanese"
    if not mention and _NAT_AMBIGUOUS.search(ctx.text):
        return None, True  # "both", "half Korean"
    if not (tiers or saw) and (mention or _short(text)):  # typos: "koraen", "japanes"
        found = {_NAT.table[t][0] for t in _fuzzy(ctx, *_NAT_FUZZY[mention])}
        tiers = {9: found} if found else {}
    return (_pick(tiers[min(tiers)]) if tiers else None), bool(tiers or saw)


def _group(text: str, mention: bool):
    blanks = [m.span() for m in _GROUP_BLANK.finditer(text)]
    ctx = Context(blank(text, blanks))
    strong, weak, saw = set(), set(), bool(blanks)
    for alive, (value, is_strong), _start in _hits(_GROUP, ctx, mention):
        saw = True
        if alive and (is_strong or not mention):
            (strong if is_strong else weak).add(value)
    for m in _POW_SOLDIER.finditer(ctx.text):
        if not ctx.negated(m.start()) and not ctx.skip(m.start(), m.end(), mention):
            strong.add("prisoner_of_war")
    if not (strong or weak or saw or mention) and _short(text):
        weak = {_GROUP.table[t][0] for t in _fuzzy(ctx, _GROUP_FUZZY, 0.85, 5, forms=True)}  # "enginer"
    return _pick(strong or weak), bool(strong or weak or saw)


_CHOICE_PARSERS = {"nationality": _nationality, "group": _group}


def _parse_choice(field: str, text: str, doubtful: bool, entities) -> Parsed:
    value, saw = _CHOICE_PARSERS[field](text, mention=False)
    if value is None and not saw:
        value = _entity(entities, field)
    return Parsed(value, hedged=value is not None and (doubtful or bool(HEDGE.search(text))))


# --- Public API ----------------------------------------------------------------------------


def parse_answer(field: str, text: str, entities: list[dict] | None = None) -> Parsed:
    """Interpret `text` as the answer to the question about `field`."""
    if field not in FIELDS:
        return Parsed(None)
    clean, doubtful = statements(prepare(text), strict=False)
    if not clean:
        return Parsed(None)
    if field in CHOICES:
        return _parse_choice(field, clean, doubtful, entities)
    return _parse_bool(field, clean, doubtful)


def parse_mentions(text: str, entities: list[dict] | None = None, exclude: str | None = None) -> dict[str, object]:
    """Facts stated explicitly (opening message, corrections). Questions,
    hypotheticals, unsure clauses and weak cues report nothing."""
    clean, _ = statements(prepare(text), strict=True)
    if not clean:
        return {}
    found = {}
    for field, parser in _CHOICE_PARSERS.items():
        value, saw = parser(clean, mention=True)
        if value is None and not saw and "?" not in str(text):
            value = _entity(entities, field)  # a word the NLU knows and we do not
        if value is not None:
            found[field] = value
    ctx = Context(clean)
    for field in BOOL_FIELDS:
        votes = _bool_votes(field, ctx, mention=True)
        if len(votes) == 1:
            found[field] = votes.pop()
    found.pop(exclude, None)
    return {f: found[f] for f in FIELDS if f in found}


def facts_in_reply(text: str, entities: Optional[List[Dict[str, Any]]], requested: Optional[str]
                   ) -> Tuple[Dict[str, Any], List[str]]:
    """(facts, assumed) in one reply to the case form: the answer to the requested question
    plus anything stated outright; `assumed` names the facts a "don't know" answered."""
    facts: Dict[str, Any] = {}
    assumed: List[str] = []
    if requested in FIELDS:
        parsed = parse_answer(requested, text, entities)
        if parsed.value is not None:
            facts[requested] = parsed.value
            if parsed.assumed:
                assumed.append(requested)
    for field, value in parse_mentions(text, entities, exclude=requested if facts else None).items():
        facts.setdefault(field, value)
    return facts, assumed


def confirms(text: str) -> bool:
    """A yes to the read-back of the facts. Read like an answer about requests_return,
    so "yes", "that's right" and also "she wants to go home" count."""
    return parse_answer("requests_return", text).value is True


# "what if she had a criminal case?" -> "she had a criminal case"
_HYPOTHETICAL_OPENING = re.compile(
    r"^\s*(and\s+)?(what\s+if|what\s+about\s+if|suppose|supposing|imagine|if|would\s+it\s+(be\s+)?"
    r"(different|change)\s+if|and\s+if|how\s+about\s+if)\s+", re.I)


def hypothetical_changes(text: str, entities: Optional[List[Dict[str, Any]]] = None) -> Dict[str, Any]:
    """The facts a 'what if ...' message states, read as if it were a plain statement."""
    statement = _HYPOTHETICAL_OPENING.sub("", text).rstrip(" ?!.")
    return parse_mentions(statement, entities)
