"""Case facts in a user's own words: the answer to one question, and facts stated outright.

Pure Python (no Rasa imports). parse_answer reads a reply to the question about
one fact; read_mentions (parse_mentions: its facts alone) picks explicit facts out of any message
(an opening description, a correction) and says which readings are unsure; read_reply
(facts_in_reply) does both for one turn of the case form; hypothetical_changes reads "what if ..."
messages. Typos of the lexicons' words are corrected first (respell). The facts, their kinds and
values come from cable/facts.py; the words that state them are in fact_lexicon.py, keyed by fact;
nationality and group are read in case_choices.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import Any

from cable.facts import FACTS

from . import fact_lexicon as fl
from . import then_and_now, whose, yes_no_lexicon
from .answers import HEDGE, UNKNOWN, YES_AND_NO, leads
from .case_choices import READERS
from .case_words import FUNCTION_WORDS
from .case_words import load as load_case_words
from .context import (
    TOKEN,
    Context,
    answered_by_ellipsis,
    contrasted_by_ellipsis,
    mention_statements,
    named_in_question,
    plainly_said,
    statements,
)
from .layout import read_laid_out
from .names import proper_names
from .patterns import Prefilter, words
from .remember import EntitiesKey
from .spelling import Corrector
from .text import Span, as_written, blank, prepare, rewrite, spell_out

CHOICES = {f.name: f.values for f in FACTS if f.kind == "choice"}
BOOL_FIELDS = tuple(f.name for f in FACTS if f.kind == "yes-no")
FIELDS = tuple(f.name for f in FACTS)
Entities = list[dict[str, Any]]  # the NLU's entities: Rasa's JSON, {"entity": ..., "value": ...}


@dataclass(frozen=True)
class Parsed:
    value: object  # str for a choice fact, bool for a yes-no fact; None if not understood
    assumed: bool = False  # "don't know" read as False
    hedged: bool = False  # "probably", "I think so", "maybe not"


@dataclass(frozen=True)
class CaseReading:
    """The facts a message states, and why some of them are unsure: {field: (kind, words)}
    with kind "hedged" ("i think"), "occupation" ("mechanic"), "negated" ("technical
    personnel": read from "not technical"), or "spelling" ("enginer -> engineer"). The case
    form reads the unsure ones back before assessing."""

    facts: dict[str, Any] = field(default_factory=dict)
    unsure: dict[str, tuple[str, str]] = field(default_factory=dict)


# --- Compiled tables (built once at import: these run on every turn) -----------------------

_BOOL = {f: [(words([p]), pol, strong) for p, pol, strong in rows] for f, rows in yes_no_lexicon.BOOL_PATTERNS.items()}
# The words each pattern cannot match without: a text holding none of them skips the pattern
_PREFILTER = {f: Prefilter([pattern for pattern, _, _ in rows]) for f, rows in _BOOL.items()}

_WORDS = load_case_words()
# Typos of the lexicons' words ("enginer", "korrean", "strugling"); real words the lexicons lack
# ("prisons") and function words are never corrected. Of two readings at the same distance, a
# nationality or an occupation wins ("enginer" is "engineer", not "engine").
_KEY_WORDS = {t for v, kinds in fl.GROUP_TERMS.items() for t in kinds["strong"]} | {
    t for ts in fl.NATIONALITY_DEMONYMS.values() for t in ts}
_SPELLING = Corrector({w: 2 if w in _KEY_WORDS else 1 for w in _WORDS["vocabulary"]},
                      known=set(_WORDS["known"]) | set(FUNCTION_WORDS), same_start=True,
                      known_complete=True, same_length=True)
_MIN_TYPO = 4  # shorter words are too often another real word one letter away
# ... but these short typos of the words a request to go home is made of are no other word
_SHORT_TYPOS = {"hme": "home", "hom": "home", "homw": "home", "bak": "back", "bck": "back", "bakc": "back"}


# --- Yes/no fields -------------------------------------------------------------------------


def _bool_votes(field: str, ctx: Context, mention: bool, hedges: list[str | None] | None = None) -> set[bool]:
    """Polarities stated for a field; strong patterns outrank weak ones. `hedges` collects the
    hedges of the statements that voted ("I think she has a case")."""
    stated = _bool_stated(field, ctx, mention, hedges)
    return {p for _, p, strong in stated if strong} or {p for _, p, _ in stated}


def _bool_stated(field: str, ctx: Context, mention: bool,
                 hedges: list[str | None] | None = None) -> list[tuple[int, bool, bool]]:
    """(where, polarity, strong) of each statement of a field."""
    taken: list[Span] = []
    stated: list[tuple[int, bool, bool]] = []
    rows = _BOOL[field]
    for row in _PREFILTER[field].rows_to_run(ctx.text.lower()):
        pattern, polarity, is_strong = rows[row]
        if mention and not is_strong:
            continue
        for m in pattern.finditer(ctx.text):
            s, e = m.span()
            if s == e or any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            if polarity is None and then_and_now.ended(ctx.text, s):
                polarity = True     # "accused him of stealing, but it was a mix-up": a claim, denied
            if polarity is None or ctx.skip(s, e, mention):
                continue
            key = m.start("key") if "key" in pattern.groupindex else None  # "he doesn't have a case"
            # ("used to pick fights, but he's stopped": over, and turned over)
            stated.append((s, (polarity != ctx.negated(s, key)) != then_and_now.ended(ctx.text, s), is_strong))
            if hedges is not None and is_strong:
                hedges.append(ctx.hedge(s, e))
    return stated


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


# --- Nationality and group (case_choices.py) -------------------------------------------------


def _entity(entities: Entities | None, field: str, within: str | None = None) -> str | None:
    """The one valid value the NLU extracted for field, if exactly one (and, `within` a part of the
    message, said in that part: "Quick q: ... he might be Korean or Japanese" has none in "Quick q")."""
    found: set[str] = set()
    for ent in entities if isinstance(entities, (list, tuple)) else ():
        if within is not None and isinstance(ent, dict) and ent.get("said") and ent["said"] not in within.lower():
            continue
        if isinstance(ent, dict) and ent.get("entity") == field:
            value = str(ent.get("value", "")).strip().lower()
            if value in CHOICES[field]:
                found.add(value)
    return found.pop() if len(found) == 1 else None


_CHOICE_PARSERS = READERS


def _parse_choice(field: str, text: str, doubtful: bool, entities: Entities | None) -> Parsed:
    value, saw, _why = _CHOICE_PARSERS[field](text, False, Context(text))
    if value is None and not saw:
        value = _entity(entities, field)
    return Parsed(value, hedged=value is not None and (doubtful or bool(HEDGE.search(text))))


# --- Public API ----------------------------------------------------------------------------


def respell(text: str, names: frozenset[str] = frozenset()) -> tuple[str, list[tuple[str, str]]]:
    """The prepared text with typos of the lexicons' words corrected, and the corrections. A name
    (``names``: "Wang", "Longjing") is no typo of an everyday word ("want", "longing")."""
    fixes: list[tuple[str, str]] = []

    def fix(m: re.Match[str]) -> str:
        word = m.group()
        if word in _SHORT_TYPOS:
            fixes.append((word, _SHORT_TYPOS[word]))
            return _SHORT_TYPOS[word]
        if len(word) < _MIN_TYPO or not word.isalpha():
            return word
        right = _SPELLING(word)
        if word in names and right not in _KEY_WORDS:
            return word
        if right != word:
            fixes.append((word, right))
        return right

    fixed = TOKEN.sub(fix, text)
    return (rewrite(fixed) if fixes else text), fixes


def parse_answer(field: str, text: str, entities: Entities | None = None) -> Parsed:
    """Interpret `text` as the answer to the question about `field`."""
    if field not in FIELDS:
        return Parsed(None)
    clean, doubtful = statements(respell(prepare(text), proper_names(text))[0], strict=False)
    if not clean:
        return Parsed(None)
    if field in CHOICES:
        return _parse_choice(field, clean, doubtful, entities)
    return _parse_bool(field, clean, doubtful)



def _read(clean: str, doubtful: list[Span], text: str, entities: Entities | None) -> CaseReading:
    seen = whose.views(clean, doubtful)
    found: dict[str, Any] = {}
    unsure: dict[str, tuple[str, str]] = {}
    for name, reader in _CHOICE_PARSERS.items():
        value, saw, why = reader(clean, True, seen.everyone)
        if value is None and saw:  # "a dockworker; his cousin is a chemist", "a german; his wife is korean"
            value, _, why = reader(seen.own.text, True, seen.own)
        if value is None and not saw and "?" not in str(text):
            value = _entity(entities, name, text)  # a word the NLU knows and we do not
        if value is not None:
            found[name] = value
            if why:
                unsure[name] = why
    for name in BOOL_FIELDS:
        hedges: list[str | None] = []
        view = whose.view_for(name, seen, found.get("group"))
        votes = _bool_votes(name, view, mention=True, hedges=hedges)
        if len(votes) > 1 and name not in whose.ABOUT_THE_PERSON_ONLY:
            # "his brother wants to go home, but he himself wants to stay": the person's own word decides
            hedges = []
            view = seen.own
            votes = _bool_votes(name, view, mention=True, hedges=hedges)
        if len(votes) > 1:  # "han and yoon want to go back. my guy is seo, he doesn't": the person's clauses decide
            stated = [(at, said) for at, said, strong in _bool_stated(name, view, mention=True) if strong]
            votes = (whose.said_of_the_person(view.text, stated) or plainly_said(view.text, stated)
                     or then_and_now.heard(view.text, stated) or then_and_now.latest(view.text, stated) or votes)
        if len(votes) == 1:
            found[name] = votes.pop()
            hedge = next((h for h in hedges if h), None)
            if hedge:
                unsure[name] = ("hedged", hedge)
            elif found[name] is True:
                implied = whose.implied_only(name, view, partial(_bool_votes, name, mention=True))
                if implied:     # quoted back in the student's words, not the rewritten ones
                    unsure[name] = ("occupation", as_written(implied, text))
    return CaseReading(found, unsure)


def read_mentions(text: str, entities: Entities | None = None, exclude: str | None = None) -> CaseReading:
    """Facts stated explicitly (opening message, corrections), with why some are unsure.
    Questions, hypotheticals, undecided clauses and weak cues report nothing. A form's labels,
    a correction and the person singled out among others are found first (layout.py)."""
    text = text if isinstance(text, str) else ""
    entities = _where_said(text, entities)
    reading = read_laid_out(text, lambda part: _read_sentences(part, entities), CaseReading,
                           lambda field, part: parse_answer(field, part, entities).value)
    facts = {f: reading.facts[f] for f in FIELDS if f in reading.facts and f != exclude}
    return CaseReading(facts, {f: w for f, w in reading.unsure.items() if f in facts})


def _where_said(text: str, entities: Entities | None) -> Entities | None:
    """The NLU's entities with the words they were found in ("said"), when their offsets fit the text."""
    if not isinstance(entities, (list, tuple)):
        return entities
    said = []
    for ent in entities:
        start, end = (ent.get("start"), ent.get("end")) if isinstance(ent, dict) else (None, None)
        fits = isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
        said.append({**ent, "said": text[start:end].lower()} if fits else ent)
    return said


def _read_sentences(text: str, entities: Entities | None) -> CaseReading:
    prepared = spell_out(prepare(text))
    fixed, fixes = respell(prepared, proper_names(text))
    clean, doubtful = mention_statements(fixed)
    if not clean:
        return CaseReading()
    reading = _read(clean, doubtful, text, entities)
    _from_the_questions(fixed, reading, entities)
    if fixes:  # a fact the corrected spelling alone gives is read back
        plain = _read(*mention_statements(prepared), text, entities)
        _from_the_questions(prepared, plain, entities)
        typo = ", ".join(f"{a} -> {b}" for a, b in fixes)
        for name, value in reading.facts.items():
            if plain.unsure.get(name, ("",))[0] == "spelling":
                reading.unsure[name] = plain.unsure[name]
            elif plain.facts.get(name) != value and name not in reading.unsure:
                reading.unsure[name] = ("spelling", typo)
    return reading


def _from_the_questions(text: str, reading: CaseReading, entities: Entities | None) -> None:
    """What questions tell about the person the statements describe (context.py finds them): who a
    question names ("Is a Korean nurse technical? She wants to go home"), unless the statements
    say otherwise, and the one fact a question asked, answered "he doesn't though" (the answer decides,
    even when the question's person was read as the person: "imagine a POW who riots? not mine")."""
    named = named_in_question(text) if reading.facts else None
    if named:
        who = {k: v for k, v in _read(named, [], named, entities).facts.items() if k in CHOICES}
        if all(reading.facts.get(k, v) == v for k, v in who.items()):
            reading.facts.update(who)
    for asked, holds in answered_by_ellipsis(text):
        fields = [f for f in _read(asked, [], asked, entities).facts if f in BOOL_FIELDS]
        if len(fields) == 1:
            reading.facts[fields[0]] = holds
            reading.unsure.pop(fields[0], None)
    for said, holds in contrasted_by_ellipsis(text):  # "his cousin has a court case but he does not"
        if whose.views(said, []).own.text != said:  # (the clause is someone else's)
            for name in BOOL_FIELDS:
                votes = _bool_votes(name, Context(said), mention=True)
                if len(votes) == 1:  # (the person's own word, though the other's clause was read as theirs)
                    reading.facts[name] = votes.pop() == holds
                    reading.unsure.pop(name, None)


def parse_mentions(text: str, entities: Entities | None = None, exclude: str | None = None) -> dict[str, object]:
    """Facts stated explicitly (opening message, corrections). Questions,
    hypotheticals, undecided clauses and weak cues report nothing."""
    return read_mentions(text, entities, exclude).facts


@dataclass(frozen=True)
class Reply:
    """One reply to the case form: the facts it gives, those a "don't know" answered
    (assumed), and the unsure readings to read back (CaseReading.unsure)."""

    facts: dict[str, Any]
    assumed: list[str]
    unsure: dict[str, tuple[str, str]]


def read_reply(text: str, entities: list[dict[str, Any]] | None, requested: str | None) -> Reply:
    """The answer to the requested question plus anything stated outright. Remembered: the Rasa
    server reads a reply (reading.read) and the case form reads it again, and replies recur ("no",
    "yes", "i don't know"); each caller gets its own dicts and list."""
    key = EntitiesKey(entities)
    reply = _remembered_reply(text, requested, key) if len(text) <= REMEMBERED_CHARS else \
        _remembered_reply.__wrapped__(text, requested, key)
    return Reply(dict(reply.facts), list(reply.assumed), dict(reply.unsure))


REPLIES_REMEMBERED = 2048
REMEMBERED_CHARS = 200      # short replies recur ("no", "she is korean"); long ones are read each time


@lru_cache(maxsize=REPLIES_REMEMBERED)
def _remembered_reply(text: str, requested: str | None, known: EntitiesKey) -> Reply:
    entities = known.value
    facts: dict[str, Any] = {}
    assumed: list[str] = []
    unsure: dict[str, tuple[str, str]] = {}
    if requested in FIELDS:
        parsed = parse_answer(requested, text, entities)
        if parsed.value is not None:
            facts[requested] = parsed.value
            if parsed.assumed:
                assumed.append(requested)
    reading = read_mentions(text, entities, exclude=requested if facts else None)
    for name, value in reading.facts.items():
        if name not in facts:
            facts[name] = value
            if name in reading.unsure:
                unsure[name] = reading.unsure[name]
    return Reply(facts, assumed, unsure)


def facts_in_reply(text: str, entities: list[dict[str, Any]] | None, requested: str | None
                   ) -> tuple[dict[str, Any], list[str]]:
    """(facts, assumed) in one reply to the case form: the answer to the requested question
    plus anything stated outright; `assumed` names the facts a "don't know" answered."""
    reply = read_reply(text, entities, requested)
    return reply.facts, reply.assumed


def confirms(text: str) -> bool:
    """A yes to the read-back of the facts. Read like an answer about requests_return,
    so "yes", "that's right" and also "she wants to go home" count."""
    return parse_answer("requests_return", text).value is True


# "what if she had a criminal case?" -> "she had a criminal case"
_HYPOTHETICAL_OPENING = re.compile(
    r"^\s*(and\s+)?(what\s+if|what\s+about\s+if|suppose|supposing|imagine|if|would\s+it\s+(be\s+)?"
    r"(different|change)\s+if|and\s+if|how\s+about\s+if)\s+", re.I)


def hypothetical_changes(text: str, entities: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The facts a 'what if ...' message states, read as if it were a plain statement."""
    statement = _HYPOTHETICAL_OPENING.sub("", text).rstrip(" ?!.")
    return parse_mentions(statement, entities)
