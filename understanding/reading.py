"""One reading of one message: the single understanding step every message passes through.

`read(text, expecting=...)` cleans the message once and returns what it says and does:

    text        the message as it may be kept or shown (text.sanitize)
    plain       its chat-speak written out (text.normalize)
    kind        what it does (acts): answer, question, command, dont_know, off_topic, meta
    parts       each part with its kind ("is this on the test? also what's for lunch": meta, off_topic)
    questions   what it asks, one item per question (split), for the knowledge base
    facts       the case facts it states, negation included ("not really technical" is a False)
    person      whom it speaks of: SPECIFIC ("she", "my neighbour", "Yi is Korean"), SOMEONE ("a Korean doctor", "korean
                doctor, wants to go home": a kind of person) or "" (nobody in particular, or many)
    document    it names the document or its parts ("the cable", "view 2", "the archive")
    evaluative  it asks for a judgement ("was this fair?"), which no source settles
    hedged      a hedge reaches it ("i think", "maybe", "kind of")
    unsure      the reading itself is uncertain: hedged, or an answer given as a question ("korean?")

`expecting` says what the assistant is waiting for: the name of the case fact it asked for,
CONFIRMATION (the read-back before an assessment), PREDICTION (a quiz card) or None. What it
expects decides which parts count as answers ("korean?" answers the nationality question, "what
does gratis mean?" never answers anything). A caller with its own test of relevance (the guided
analysis) passes `on_topic`. Deciding what to do with a reading is routing.py's job.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import acts
from . import lexicon as lex
from .case_facts import FIELDS, confirms, facts_in_reply, parse_mentions
from .context import NAMED_ONE as _NAMED_ONE
from .layout import in_third_person
from .names import named_subject
from .negation import hedged as _hedged
from .patterns import words
from .predictions import parse_prediction
from .split import split_questions
from .text import lines_as_sentences, normalize, sanitize
from .transcript import for_reading

CONFIRMATION = "case_confirmed"
PREDICTION = "prediction"
SPECIFIC, SOMEONE = "specific", "someone"

# One particular person: a pronoun, or a determiner before a person word or a nationality
# ("my neighbour", "this guy", "a Korean doctor", "an average Korean").
_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|hes|shes|he's|she's|herself|himself)\b", re.I)
_PERSON_NOUNS = (r"guy|man|woman|lady|person|girl|boy|friend|neighbou?r|dude|bloke|gentleman|grandpa|grandma|"
                 r"grandfather|grandmother|uncle|aunt|auntie|cousin|brother|sister|dad|mum|mom|father|mother|wife|"
                 r"husband|son|daughter|kid|child|student|teacher|character|worker|individual|chap|fella|fellow")
_THIS_ONE = re.compile(rf"\b(?:my|our|this|that)\s+(?:[\w'-]+\s+){{0,3}}?(?:{_PERSON_NOUNS})\b", re.I)
_ONE_OF = re.compile(rf"\b(?:{_PERSON_NOUNS})\b", re.I)
# "my person", "my character": the student's own imagined person, even beside talk of many people
_MY_ONE = re.compile(r"\bmy\s+(?:[\w'-]+\s+){0,2}?(?:person|character|guy|girl|man|woman|lady|dude|bloke|individual"
                     r"|fella|subject|figure|pow|prisoner)\b", re.I)
# What someone does or wants, said without naming them ("works on a farm and wants to go back").
_SITUATION = re.compile(
    r"\b(?:wants?|wanted|works?|worked|lives?|lived|runs?|ran|sells?|sold|farms?|owns?|teaches|taught|cooks|drives|"
    r"earns?|struggles?|struggling|fights?|steals?|stole|asks?|asked|begs?|begged|married|born|arrived|came|moved|"
    r"settled|captured|served|fought|joined|barely|broke|poor|sued|arrested)\b", re.I)
# Many people or anyone at all: what the document says about a kind of person, not a case.
_GENERIC = re.compile(
    r"\b(?:people(?!'s)|ppl|persons|folks|individuals|everyone|everybody|anyone|anybody|someone|somebody|whoever|"
    r"nationals|koreans|citizens|residents|civilians|workers|engineers|technicians|specialists|experts|pows|"
    r"prisoners|soldiers|troops|refugees|troublemakers|families|ones|they|them|those)\b"
    # "what does the cable say about farmers in general"
    r"|\b(?:about|for|of)\s+[a-z]+s\s+(?:in\s+general|generally|as\s+a\s+(?:group|whole))\b", re.I)
_DEMONYMS = r"(?:korean|japanese|chinese|russian|mongolian|american|british|french|german|vietnamese)"
_DEMONYM = re.compile(rf"\b(?:a|an|one)\s+(?:[\w'-]+\s+)?{_DEMONYMS}\b", re.I)
_SOMEONE_WHO = re.compile(r"^\W*(?:so\s+|ok\s+)?(?:someone|somebody)\s+(?:who|whose|that|born|from|with)\b", re.I)
# "korean drivers", "japanese engineers": a plural after a nationality ("seamstress" is one person).
_PLURAL_KIND = re.compile(rf"\b{_DEMONYMS}\s+(?:[\w'-]+\s+)?[a-z]+[^s\W]s\b", re.I)
# The document and its parts: the words the case reader already treats as talk about the cable,
# and a few a student uses for its pages and its archive.
_DOCUMENT = words(list(lex.MENTION_META) + [
    "telegram", "text(?! ?messages?)", "source", "archive", "wilson", "point \\d", "points", "preamble", "title",
    "footnotes?", "cite", "citation", "translation", "translator", "author", "doc", "page", "the railway bit",
    "the intro"])
# Where a description of someone inside a question stops: "a korean farmer[, what happens to her?]".
_ASKING = re.compile(r"\?|,\s*(?=(?:what|who|how|why|when|where|which|can|could|would|will|is|are|does|do|did)\b)",
                     re.I)
# A judgement asked of the reader ("was this fair?", "do you think it was right").
_EVALUATIVE = re.compile(
    r"\b(?:fair|unfair|just|unjust|right|wrong|ethical|unethical|moral|immoral|justified|unjustified|cruel|"
    r"harsh|humane|inhumane|reasonable|unreasonable|good|bad|ok|okay|acceptable)\b", re.I)
_JUDGE_ASK = re.compile(r"^(?:was|is|were|are|would|do\s+you\s+think|did\s+you\s+think|was\s+it|is\s+it)\b", re.I)


@dataclass(frozen=True)
class Reading:
    text: str
    plain: str
    kind: str
    parts: tuple[acts.Part, ...] = ()
    questions: tuple[str, ...] = ()
    facts: dict[str, Any] = field(default_factory=dict)
    person: str = ""
    document: bool = False
    evaluative: bool = False
    hedged: bool = False
    unsure: bool = False
    expecting: str | None = None

    @property
    def asks(self) -> bool:
        return self.kind == "question"

    @property
    def aside(self) -> bool:
        """Small talk or talk about the lesson: answered, never taken as an answer."""
        return self.kind in ("off_topic", "meta")

    @property
    def negated(self) -> tuple[str, ...]:
        """The yes-no facts it states as false ("hasnt asked to leave")."""
        return tuple(f for f, v in self.facts.items() if v is False)

    def summary(self) -> dict[str, Any]:
        """A small JSON-able digest (what the server adds to a message's parse data)."""
        return {"kind": self.kind, "facts": dict(self.facts), "person": self.person, "document": self.document,
                "evaluative": self.evaluative, "unsure": self.unsure, "questions": list(self.questions)}


def _topic_test(expecting: str | None, entities: list[dict[str, Any]] | None,
                on_topic: Callable[[str], bool] | None,
                parse_mentions: Callable[..., dict[str, Any]] = parse_mentions) -> Callable[[str], bool]:
    """What counts as an answer to what the assistant asked."""
    if on_topic is not None:
        return on_topic
    if expecting in FIELDS:
        return lambda part: bool(facts_in_reply(part, entities, expecting)[0])
    if expecting == CONFIRMATION:
        return lambda part: confirms(part) or bool(parse_mentions(part, entities))
    if expecting == PREDICTION:
        return lambda part: (lambda p: p.understood or p.vague)(parse_prediction(part))
    # Nothing asked: a part that states case facts is not small talk ("she keeps stealing lol"); a
    # message is claimed whole only if no part of it asks.
    return lambda part: not any(acts.asks(p) for p in acts.split(part) or (part,)) and bool(
        parse_mentions(part, entities))


def about_many(text: str) -> bool:
    """Whether ``text`` speaks of many people or anyone at all ("the korean troops", "they")."""
    return bool(_GENERIC.search(text) or _PLURAL_KIND.search(text))


def _person(text: str, facts: dict[str, Any]) -> str:
    many = about_many(text)
    if _PRONOUN.search(text) or _MY_ONE.search(text) or named_subject(text) or (_THIS_ONE.search(text) and not many):
        return SPECIFIC
    if _DEMONYM.search(text) or (not many and (_ONE_OF.search(text) or _SITUATION.search(text) or len(facts) >= 2)) or (
            _SOMEONE_WHO.match(text) and len(facts) >= 2):    # "Someone whose dad is Korean ... they sell tofu"
        return SOMEONE     # "korean doctor, wants to go home": someone's facts, no plural anywhere
    return ""


def read(text: str, expecting: str | None = None, entities: list[dict[str, Any]] | None = None,
         on_topic: Callable[[str], bool] | None = None,
         command: Callable[[str], str | None] | None = None) -> Reading:
    """The reading of `text` (see the module docstring)."""
    clean = sanitize(lines_as_sentences(text))
    plain = normalize(clean)
    told = in_third_person(clean)   # a student playing the person speaks for them
    known: dict[str, dict[str, Any]] = {}

    def mentions(part: str, entities: list[dict[str, Any]] | None = entities) -> dict[str, Any]:
        if part not in known:   # one message's parts are read more than once
            known[part] = parse_mentions(part, entities)
        return known[part]

    act = acts.read(told, on_topic=_topic_test(expecting, entities, on_topic, mentions), command=command)
    if expecting in FIELDS and act.kind == "answer":
        facts = facts_in_reply(clean, entities, expecting)[0]
    else:
        facts = mentions(for_reading(text))    # a pasted chat as written: its lines are its turns
        if act.kind == "question":
            # the person a question asks about: "what happens to [a korean POW who can't follow the training]"
            who = _DEMONYM.search(clean) or _ONE_OF.search(clean) or _THIS_ONE.search(clean)
            if who:
                described = _ASKING.split(clean[who.start():])[0]
                facts = {**parse_mentions(described, entities), **facts}
        elif "nationality" not in facts or "group" not in facts:
            # "Is a Korean nurse technical personnel? She wants to go home": who the question names is the
            # person the statements go on about (what it asks of them is no fact)
            for part in (p.text for p in act.parts if p.kind == "question"):
                who = _NAMED_ONE.search(part)
                if who:
                    named = parse_mentions(who.group(), entities)
                    facts = {**{k: v for k, v in named.items() if k in ("nationality", "group")}, **facts}
                    break
    asked = [p.text for p in act.parts if p.kind == "question"] or ([clean] if act.kind == "question" else [])
    questions = tuple(q for part in asked for q in split_questions(part))
    hedge = _hedged(clean)
    evaluative = act.kind == "question" and bool(_EVALUATIVE.search(plain)) and bool(
        _JUDGE_ASK.match(acts.plain(plain)))
    unsure = hedge or (act.kind == "answer" and clean.rstrip().endswith("?"))
    speaker = plain if told == clean else told   # a role-played "I" is the person
    return Reading(text=clean, plain=plain, kind=act.kind, parts=act.parts, questions=questions, facts=facts,
                   person=_person(speaker, facts), document=bool(_DOCUMENT.search(plain.lower())),
                   evaluative=evaluative, hedged=hedge, unsure=unsure, expecting=expecting)
