"""What a message does: answers, asks, commands, says "I don't know", chats off topic, or talks about the lesson.

    answer      a statement that may be judged ("the ministry sent it", "not really, most could choose")
    question    asks something ("what does gratis mean?")
    command     one of the caller's commands, when the caller passes a reader for them
    dont_know   "idk", "no idea", "not sure tbh" with nothing else said
    off_topic   small talk ("what's your favourite food lol", "im bored")
    meta        about the lesson or the assistant ("is this on the test?", "are you a bot?")

A message is split into parts (sentences, and clauses after "also" / "and also"); each part gets a kind,
and the message is an answer as soon as one part is an answer. The caller may pass `on_topic`, a test
that says whether a part mentions anything its exercise is about: a part it recognises is an answer even
if it ends with "?" ("the ministry?"), and small-talk words only make a part off topic when `on_topic`
does not claim it. Nothing here knows about any particular exercise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Optional, Tuple

KINDS = ("answer", "question", "command", "dont_know", "off_topic", "meta")
_A = "['\u2019]?"

DONT_KNOW = re.compile(
    rf"^(?:(?:i\s+)?(?:honestly\s+|really\s+|just\s+)?(?:don{_A}t|do\s+not|dont)\s+know|idk|dunno|i\s+dunno|no\s+idea|"
    rf"(?:i{_A}m\s+|im\s+|i\s+am\s+)?not\s+sure|no\s+clue|(?:i\s+)?have\s+no\s+(?:idea|clue)|beats\s+me|"
    rf"(?:i\s+)?(?:don{_A}t|dont)\s+get\s+it|(?:i{_A}m\s+|im\s+)?clueless|pass\s+on\s+this|"
    rf"(?:i\s+)?(?:can{_A}t|cannot|cant)\s+(?:remember|think\s+of\s+anything)|no\s+(?:answer|guess))"
    rf"(?:\s+(?:tbh|honestly|really|sorry|lol|tho|though|mate|sir|miss|either|at\s+all))*$", re.I)
META = re.compile(
    r"\b(?:(?:is|will|would)\s+(?:this|that|it)\s+(?:be\s+|going\s+to\s+be\s+|gonna\s+be\s+)?(?:on|in)\s+the\s+"
    r"(?:test|exam|quiz|final|assessment)|(?:is|will)\s+(?:this|it)\s+(?:be\s+)?(?:graded|marked|assessed|count)|"
    r"does\s+(?:this|it)\s+count|do\s+(?:we|i)\s+(?:get|have)\s+(?:homework|a\s+test|an?\s+exam|marks?|grades?)|"
    r"how\s+long\s+(?:is|will|does)\s+(?:this|it)|how\s+many\s+(?:more\s+)?(?:questions|steps)|"
    r"are\s+you\s+(?:a\s+)?(?:bot|robot|real|human|person|ai|chat\s*gpt|computer)|who\s+(?:made|built|created|programmed)\s+"
    r"(?:you|u|this)|what\s+are\s+you|can\s+my\s+teacher\s+see|does\s+my\s+teacher\s+see|is\s+this\s+recorded)\b", re.I)
SMALL_TALK = re.compile(
    r"\b(?:(?:what{_A}?s|what\s+is)\s+(?:your|ur)\s+fav(?:ou?rite)?|do\s+you\s+(?:like|love|have\s+a)|"
    r"how\s+are\s+(?:you|u)|how\s+old\s+are\s+(?:you|u)|(?:i{_A}m|im|i\s+am)\s+(?:so\s+|really\s+|very\s+)?(?:bored|hungry|tired|sleepy)|"
    r"lol+|lmao|haha+|xd|brb|"
    r"food|pizza|burgers?|lunch|dinner|snacks?|weather|football|soccer|basketball|minecraft|fortnite|tiktok|"
    r"youtube|netflix|music|songs?|movies?|films?|video\s+games?|birthday|weekend|pets?|dogs?|cats?)\b".replace(
        "{_A}", _A), re.I)
# Words that carry no content of their own around an aside ("wait", "also", "ok so", "btw").
_FILLER = re.compile(r"^(?:wait|also|and|ok|okay|so|btw|um+|uh+|hmm+|oh|well|anyway|like|hey|lol|haha|tbh)$", re.I)
_QUESTION_START = re.compile(
    r"^(?:what|who|whom|whose|when|where|why|how|which|is|are|was|were|do|does|did|can|could|would|should|"
    r"will|has|have|had|may|might|tell\s+me|explain)\b", re.I)
# Parts: sentences, and asides introduced by "also" / "btw" / "oh and".
_LEAD = re.compile(r"^(?:also|btw|and|plus)\s+", re.I)
_SPLIT = re.compile(r"(?<=[.!?])\s+|\s*;\s*|\s+(?:also|and\s+also|btw|oh\s+and|plus)\s+|^\s*(?:also|btw)\s+", re.I)


@dataclass(frozen=True)
class Part:
    kind: str
    text: str


@dataclass(frozen=True)
class Act:
    kind: str
    text: str
    parts: Tuple[Part, ...] = ()

    @property
    def is_answer(self) -> bool:
        return self.kind == "answer"


def split(text: str) -> Tuple[str, ...]:
    pieces = [_LEAD.sub("", p.strip(" ,")) for p in _SPLIT.split(text or "") if p and p.strip(" ,.!?")]
    return tuple(pieces)


def _only_filler(text: str) -> bool:
    words = re.findall(r"[a-z']+", text.lower())
    return not words or all(_FILLER.match(w) for w in words)


def part_kind(text: str, on_topic: Callable[[str], bool] = lambda _: False,
              command: Optional[Callable[[str], Optional[str]]] = None) -> str:
    t = text.strip()
    if command and command(t):
        return "command"
    if DONT_KNOW.match(t.strip(" .!?,")):
        return "dont_know"
    if on_topic(t):
        return "answer"
    if META.search(t):
        return "meta"
    if SMALL_TALK.search(t):
        return "off_topic"
    if t.endswith("?") or _QUESTION_START.match(t):
        return "question"
    return "answer"


def read(text: str, on_topic: Callable[[str], bool] = lambda _: False,
         command: Optional[Callable[[str], Optional[str]]] = None) -> Act:
    """The act of a whole message (see the module docstring)."""
    text = text or ""
    if command and command(text):
        return Act("command", text, (Part("command", text),))
    if on_topic(text):
        return Act("answer", text, (Part("answer", text),))
    parts = tuple(Part(part_kind(p, on_topic, command), p) for p in split(text) if not _only_filler(p))
    kinds = [p.kind for p in parts]
    if not parts:
        return Act("off_topic" if SMALL_TALK.search(text) else "answer", text, parts)
    if "answer" in kinds:
        # "i dont know, maybe the ministry": a hedged answer is still an answer.
        return Act("answer", text, parts)
    for kind in ("question", "command"):
        if kind in kinds and all(k in (kind, "meta", "off_topic", "dont_know") for k in kinds) and kinds[0] == kind:
            return Act(kind, text, parts)
    for kind in ("meta", "off_topic", "dont_know", "question", "command"):
        if kind in kinds:
            return Act(kind, text, parts)
    return Act("answer", text, parts)
