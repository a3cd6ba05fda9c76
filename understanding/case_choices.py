"""Nationality and group in a user's own words: the two choice facts of cable/facts.py.

Each reader returns (value, saw, why): the value or None, whether anything about the fact was
seen (a negated or hypothetical term still blocks guessing from the NLU's entities), and why
the reading is unsure, if it is: ("occupation", "mechanic") for a group inferred from what the
person does, ("negated", "technical personnel") for a group read from a negation, None for a
plain statement. A mixed or unclear nationality is a value of its own (cable's "unsure"); what makes
it unclear, and the family or army that tells a nationality no one states, are in nationality_doubts.py.
Words are in fact_lexicon.py; occupations the hand lexicon lacks come from WordNet
(case_words.py, built once).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar

from cable.facts import FACT

from . import fact_lexicon as fl
from . import second_thoughts as st
from .case_words import load as load_case_words
from .context import TOKEN, Context
from .nationality_doubts import (
    DEMONYM,
    DEMONYMS,
    PAPERS,
    on_papers,
    parents_unclear,
    told_by_family_or_army,
    unsure_nationality,
)
from .patterns import Terms, words
from .task_lexicon import TASK_PHRASES
from .text import blank

Why = tuple[str, str] | None  # ("occupation", "mechanic"), or None for a plain statement
ChoiceReading = tuple[str | None, bool, Why]  # (value, saw, why)
Info = TypeVar("Info")

UNSURE = FACT["nationality"].unsure
TECHNICAL, POW, ORDINARY = FACT["group"].values

# --- Nationality --------------------------------------------------------------------------

# (value, tier): 1 demonym, 2 place after "from", 3 bare place, 4 "neither", 5 China (only after "from"),
# 6 the place someone goes back to
_NAT: Terms[tuple[str, int]] = Terms(
    [(t, (v, 1)) for v, ts in fl.NATIONALITY_DEMONYMS.items() for t in ts]
    + [(t, (v, 3)) for v, ts in fl.NATIONALITY_PLACES.items() for t in ts]
    + [(t, (v, 5)) for v, ts in fl.NATIONALITY_ORIGIN_ONLY.items() for t in ts]
    + [(t, ("other", 4)) for t in fl.NATIONALITY_RESIDUAL]
)
_ORIGIN = re.compile(fl.ORIGIN_WORDS + r"\s*:?\s+(?:the\s+)?$")
_BORN = re.compile(fl.BIRTH_WORDS + r"\s+(?:the\s+)?$")
_RETURN = re.compile(fl.RETURN_WORDS + r"\s+(?:the\s+)?$")
_PARENTS = re.compile(r"(?<![\w'])" + fl.PARENT_WORDS + r"(?![\w'])")
_NAT_BLANK = words(fl.NATIONALITY_BLANK + [st.THINGS])
_NAT_FUZZY = {False: (fl.FUZZY_NATIONALITY, 0.82, 4), True: (["korean", "japanese"], 0.82, 6)}  # by mention
def _hits(terms: Terms[Info], ctx: Context, mention: bool) -> Iterator[tuple[bool, Info, int, int]]:
    """(alive, info, start, end) per lexicon term; negated or hypothetical terms are not
    alive but still count as seen, so they block guessing from entities."""
    for term, start, end in terms.find(ctx.text):
        yield not (ctx.negated(start) or ctx.skip(start, end, mention, choice=True)), terms.table[term], start, end


def _fuzzy(ctx: Context, targets: Sequence[str], cutoff: float, min_len: int) -> Iterator[tuple[str, str]]:
    """Close spellings of target words (the case_facts spelling step catches most before)."""
    for m in TOKEN.finditer(ctx.text):
        word = m.group()
        if len(word) >= min_len and word.isascii() and word.isalpha() and not ctx.negated(m.start()):
            for close in difflib.get_close_matches(word, targets, n=1, cutoff=cutoff):
                yield word, close


def short(text: str) -> bool:
    return len(TOKEN.findall(text)) <= 8  # typo matching only on short answers: long ones hold other words


def _pick(values: Iterable[str]) -> str | None:
    distinct = set(values)
    return distinct.pop() if len(distinct) == 1 else None


# The writer settles what they left open: "korean or maybe japanese... i haven't decided. ok korean."
_SETTLED = re.compile(r"(?:^|(?<=[.!;]\s))(?:(?:ok|okay|fine|alright|right|so)\s*,?\s+|let'?s\s+(?:say|go\s+with)\s+"
                      r"|i'?ll\s+(?:say|go\s+with|pick)\s+|i\s+(?:have\s+)?decided\s*(?::|on)?\s*|decided\s*:\s*)"
                      r"(?:(?:he|she)\s+is\s+)?(?:an?\s+)?(" + DEMONYM
                      + r")(?=\s*(?:$|[.,;!]|\s+(?:then|it\s+is|for\s+now)\b))"
                      # "idk, just make him korean"
                      r"|\b(?:just\s+)?(?:make|call)\s+(?:him|her|them)\s+(?:an?\s+)?(" + DEMONYM + r")\b")


# The person's own nationality, said of them: "she's korean", "my guy is mongolian", "Ivan, russian engineer"
_OWN_NATIONALITY = re.compile(
    r"(?:(?<!says )(?<!said )(?<!claims )(?<!thinks )(?<!insists )\b(?:he|she)(?:'s|s|\s+is|\s+was)"
    r"|\bmy\s+(?:guy|person|character|man|woman|girl|boy|lady|one|pow)\s+is"
    r"|^\s*(?:[a-z][\w-]*\s+){1,2}is|^\s*[a-z][\w-]*(?:\s+[a-z][\w-]*)?,)\s+(?:an?\s+)?(?:[a-z]+\s+)?(" + DEMONYM
    + r")(?![\w'])")


def nationality(text: str, mention: bool, ctx: Context) -> ChoiceReading:
    """(value, saw, why) for the person's nationality."""
    if unsure_nationality(text, mention):
        settled = [DEMONYMS[m.group(1) or m.group(2)] for m in _SETTLED.finditer(text)] if mention else []
        return (settled[-1], True, None) if settled else (UNSURE, True, None)
    said_on_papers = list(PAPERS.finditer(text)) if mention else []  # weighed with the parents below
    papers = [m.span() for m in said_on_papers]
    blanks = [m.span() for m in _NAT_BLANK.finditer(text)] + papers
    ctx = Context(blank(text, blanks), ctx.doubtful)
    tiers: dict[int, set[str]] = {}
    negated: set[str] = set()
    hedges: list[str | None] = []
    saw = bool(blanks)
    other_said: set[int] = set()     # tiers where another nationality than "chinese" was said
    born_where: set[str] = set()     # birthplaces left aside because the parents are named
    for alive, (value, tier), start, end in _hits(_NAT, ctx, mention):
        saw = True
        before = ctx.text[max(0, start - 40): start]
        if tier in (3, 5) and _ORIGIN.search(before) and _BORN.search(before) and _PARENTS.search(text):
            born_where.add(value)
        elif tier in (3, 5) and _ORIGIN.search(before):
            tier = 2  # "from Pyongyang" is as good as a demonym
        elif tier == 3 and mention and _RETURN.search(before):
            tier = 6  # "wants to go back to Osaka", unless the parents leave it unclear
        if not alive:
            negated.add(value)
        elif not (tier == 5 or (mention and 3 <= tier <= 5)):
            tiers.setdefault(tier, set()).add(value)
            hedges.append(ctx.hedge(start, end) if mention else None)
            if value == "other" and ctx.text[start:end].rstrip(".") != "chinese":
                other_said.add(tier)
    for tier, values in tiers.items():
        if mention and "other" in values and len(values) > 1 and tier not in other_said:
            # "a japanese pow who speaks decent chinese": in China, "chinese" beside the person's
            # own nationality is the language, the people or the places around them
            values.discard("other")
    if not mention and {"korean", "japanese"} <= negated:
        tiers.setdefault(4, set()).add("other")  # "not Korean or Japanese"
    if mention and (not tiers or min(tiers) == 6) and parents_unclear(text):
        return UNSURE, True, None  # "her mother is Korean and her father Japanese"
    if mention and not tiers and not negated:
        told = told_by_family_or_army(text, ctx, born_where, bool(papers))
        if told:
            return told
    if mention and not tiers and papers:  # "he has Chinese papers"
        tiers = {1: {on_papers(m) for m in said_on_papers}}
    typos: list[tuple[str, str]] = []
    if not (tiers or saw) and (mention or short(text)):  # typos: "koraen", "japanes"
        typos = list(_fuzzy(ctx, *_NAT_FUZZY[mention]))
        found = {_NAT.table[close][0] for _, close in typos}
        tiers = {9: found} if found else {}
    picked = _pick(tiers[min(tiers)]) if tiers else None
    if picked is None and tiers and mention:
        # several nationalities: the one said of the person ("my guy is mongolian ... a korean trader")
        own = {DEMONYMS[m.group(1)] for m in _OWN_NATIONALITY.finditer(ctx.text) if not ctx.negated(m.start(1))}
        picked = own.pop() if len(own) == 1 and own <= tiers[min(tiers)] else None
    hedge = next((h for h in hedges if h), None)
    if picked and typos:
        return picked, True, ("spelling", ", ".join(f"{a} -> {b}" for a, b in typos))
    return picked, bool(tiers or saw), (("hedged", hedge) if picked and hedge else None)


# --- Group ----------------------------------------------------------------------------------

_GROUP: Terms[tuple[str, bool]] = Terms(
    [(t, (v, k == "strong")) for v, kinds in fl.GROUP_TERMS.items() for k, ts in kinds.items() for t in ts]
)
_GROUP_NAMES = frozenset(_GROUP.lookup(t) or t for t in fl.GROUP_NAMES)
_OCCUPATIONS: Terms[tuple[str, bool]] = Terms([(t, (v, True)) for t, v in load_case_words()["occupations"].items()
                                               if _GROUP.lookup(t) is None])
# a noun read as the trade's verb: "the window of a dance hall on Kitaiskaya Street" is no dancing
_A_NOUN = re.compile(r"dance\s+halls?\b")
_PHRASES = [(v, words(ps + TASK_PHRASES.get(v, []))) for v, ps in fl.GROUP_PHRASES.items()]
# An occupation after these is someone else's ("sued by a supplier", "her landlord", "the kids").
_NOT_THE_PERSON = re.compile(r"(?<![\w'])(?:by|for|from|to|with|of|at|after|when|because|until|his|her|their|my|your"
                             r"|our|whose|its|(?<!is )(?<!was )(?<!as )the|whom|than|"
                             r"married|husband|wife|father|mother|dad|mom|mum|son|daughter|boss|friend|"
                             # the people the person works on: "trains chinese workers", "treats sick kids"
                             r"(?:to|and)\s+(?:train|teach)|trains|teaches|supervises|instructs|oversees|oversaw|manages|employs|hires"
                             r"|treats)"
                             r"\s+(?:(?:a|an|the|some|own|old|former|local|rich)\s+)?(?:(?!(?:korean|japanese)\s)[\w'-]+\s+)?$")
# What one person is, never said in the plural of them: "kid" is a child's group, "kids" other people
_ONE_PERSON = frozenset({"kid", "child", "boy", "girl", "baby", "toddler", "orphan", "teenager", "teen", "youngster"})
_POW_SOLDIER = words(fl.POW_SOLDIER)
_GROUP_BLANK = words(fl.GROUP_BLANK)
_GROUP_FUZZY = sorted({t for t, (_, strong) in _GROUP.table.items() if strong and t.isalpha() and len(t) >= 6})
_LABEL = {v: FACT["group"].short(v) for v in FACT["group"].values}


def group(text: str, mention: bool, ctx: Context) -> ChoiceReading:
    """(value, saw, why) for the person's group."""
    blanks = [m.span() for m in _GROUP_BLANK.finditer(text)]
    ctx = Context(blank(text, blanks), ctx.doubtful)
    strong: dict[str, str] = {}  # value -> the words that state it
    weak: set[str] = set()
    negated: set[str] = set()
    taken_back: set[str] = set()  # "a nurse - sorry, not a nurse, a schoolteacher"
    past: dict[str, str] = {}   # value -> a former job that states it; counted when nothing else is said
    saw = bool(blanks)
    hits = list(_hits(_GROUP, ctx, mention))
    # "a missionary nurse": of two jobs side by side, the last one names the job, the first qualifies it
    heads = {start for _, _, start, end in hits if mention and not ctx.text[start:end].endswith(("ing", "ed"))}
    for alive, (value, is_strong), start, end in hits:
        said = ctx.text[start:end].rstrip(".")
        if said not in _ONE_PERSON and _GROUP.lookup(said) in _ONE_PERSON:
            continue  # "teaches korean kids", "a sick wife and starving kids": the person is no children
        saw = True
        if end + 1 in heads and ctx.text[end] in " -" and _GROUP.lookup(said) not in _GROUP_NAMES:
            continue
        if mention and _GROUP.lookup(ctx.text[start:end].rstrip(".")) not in _GROUP_NAMES and _NOT_THE_PERSON.search(
                ctx.text[max(0, start - 40):start]):
            continue
        if not alive and not ctx.skip(start, end, mention, choice=True):
            negated.add(value)
            if value in strong and not _contrasted(ctx.text[max(0, start - 40):start], said, strong[value]):
                taken_back.add(value)
        elif alive and is_strong and mention and st.former(ctx.text[max(0, start - 40):start]):
            past.setdefault(value, ctx.text[start:end])     # "a POW, former pilot": a job of the past
        elif alive and (is_strong or not mention):
            (strong.setdefault(value, ctx.text[start:end]) if is_strong else weak.add(value))
            if is_strong and value == POW and _GROUP.lookup(ctx.text[start:end].rstrip(".")) in _GROUP_NAMES:
                strong[POW] = ctx.text[start:end]  # "captured ... now a prisoner of war": the group's own name decides
            if is_strong:  # said again after the taking back: "not a medical doctor, she's a chemist"
                taken_back.discard(value)
    for value in taken_back:
        strong.pop(value, None)
    for m in _POW_SOLDIER.finditer(ctx.text):
        if not ctx.negated(m.start()) and not ctx.skip(m.start(), m.end(), mention, choice=True):
            strong.setdefault(POW, m.group())
    if POW in strong and _GROUP.lookup(strong[POW].rstrip(".")) in _GROUP_NAMES:
        # a prisoner of war said so is one, whatever ordinary job he had ("pow, an interpreter
        # before the war") or whoever else is named ("pow with a wife and 3 kids"); a skilled
        # one ("a POW who is a doctor") may be either of the cable's groups, so that stays open
        strong.pop(ORDINARY, None)
    strong = strong or past
    inferred: dict[str, str] = {}
    for value, pattern in _PHRASES:  # "runs a noodle stall"
        for m in pattern.finditer(ctx.text):
            if _A_NOUN.match(m.group()):
                continue
            if not ctx.negated(m.start()) and not ctx.skip(m.start(), m.end(), mention, choice=True):
                inferred.setdefault(value, m.group())
    if not strong and not inferred:
        for alive, (value, _), start, end in _hits(_OCCUPATIONS, ctx, mention):
            saw = True
            if alive and not _NOT_THE_PERSON.search(ctx.text[max(0, start - 40):start]):
                inferred.setdefault(value, ctx.text[start:end])
    found = strong or inferred
    if not (found or weak or saw or mention) and short(text):
        weak = {_GROUP.table[t][0] for t in _fuzzy_forms(ctx)}  # "enginer"
    picked = _pick(found or weak)
    if picked is None and not found and not weak and TECHNICAL in negated and ORDINARY not in negated:
        # "she is not really technical": of the cable's groups, an ordinary national unless
        # she was captured (which would have been said); read back before assessing
        return ORDINARY, True, ("negated", " or ".join(_LABEL[v] for v in sorted(negated)))
    saw = bool(found or weak or saw or negated)
    if picked is None:
        return None, saw, None
    evidence = found.get(picked) if found else None
    if evidence is None or (_GROUP.lookup(evidence) in _GROUP_NAMES and picked in strong):
        hedge = _hedge_of(ctx, picked, found) if mention else None
        return picked, saw, (("hedged", hedge) if hedge else None)
    return picked, saw, ("occupation", evidence.rstrip(".,;:!?"))


# "a nurse (not a doctor)", "a mechanic, not an engineer": one job set against another, neither taken back
_CONTRAST = re.compile(r"(?<![\w'])([\w-]+)\s*[,(/]?\s*(?:but\s+)?not\s+(?:an?\s+)?$")


def _contrasted(before: str, said: str, stated: str) -> bool:
    m = _CONTRAST.search(before)
    term = _GROUP.lookup(said)
    return bool(m and _GROUP.lookup(m.group(1)) is not None and term not in _GROUP_NAMES
                and term != _GROUP.lookup(stated.rstrip(".")))


def _hedge_of(ctx: Context, value: str, found: dict[str, str]) -> str | None:
    term = found.get(value) if found else None
    if not term:
        return None
    i = ctx.text.find(term)
    return ctx.hedge(i, i + len(term)) if i >= 0 else None


def _fuzzy_forms(ctx: Context) -> Iterator[str]:
    """Close spellings of occupations, skipping other forms of a word, which are not typos
    ("prison"/"prisoner", "settled"/"settler", "chemistry"/"chemist")."""
    for m in TOKEN.finditer(ctx.text):
        word = m.group()
        if len(word) >= 5 and word.isascii() and word.isalpha() and not ctx.negated(m.start()):
            for close in difflib.get_close_matches(word, _GROUP_FUZZY, n=1, cutoff=0.85):
                stem = word.rstrip("s")
                a, b = sorted((stem, close), key=len)
                if not (b.startswith(a) or b.endswith(a) or stem[:-1] == close[:-1]):
                    yield close


READERS = {"nationality": nationality, "group": group}
