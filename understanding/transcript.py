"""A pasted chat or interview ("me: do you want to go back? / him: not really", "[10:02] Takeda: they
cut my salary") written as the prose the case reader reads (layout.read_laid_out calls it first).

Each turn is one speaker's: the one asking ("me", "officer", "Q") asks about the person, so their
"you" is the person; the person ("him", "prisoner", the one named as the person, or the only
other speaker who says "I") speaks in the first person, and their words are quoted as theirs
("he says: ..."), which layout.in_third_person reads as a description; someone else speaking of
himself ("Brother: I'm going home") says nothing of the person and is left out; a friend who
describes the person ("friend: she's Korean") is read as written. Pure Python, no Rasa.
"""
from __future__ import annotations

import re
import unicodedata
from functools import partial

from .answers import bare_reply
from .text import MAX_LEN, lines_as_sentences, sanitize

# A turn: at a line's start or after " / ", an optional time, a speaker of a word or two, a colon
_TURN = re.compile(r"(?:^|\n|\s/\s)[ \t]*(?:\[[\d:. ]+\][ \t]*)?(?P<who>[A-Za-z][\w'-]{0,15}(?: [A-Za-z][\w'-]{0,15})?)"
                   r"[ \t]*:[ \t]+")
_ASKERS = {"me", "i", "q", "interviewer", "officer", "camp officer", "guard", "cadre", "teacher", "question", "us"}
_PERSON = {"him", "her", "prisoner", "pow", "person", "character"}
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|i'd|i'll|my|me|myself)\b", re.IGNORECASE)
_QUOTES = re.compile(r"(?<!\w)['\"\u2018\u201c][^\"\u201d]*?['\"\u2019\u201d](?!\w)")
# who the person is, named before the transcript: "my person is Jung", "my made-up guy"
_NAMED = re.compile(r"\b(?:person|character|guy|girl|man|woman)\s+is\s+(?:called\s+|named\s+)?(?P<name>[A-Z][\w'-]+)")
_YOU = [(re.compile(p, re.IGNORECASE), r) for p, r in (
    (r"\b(do|are|have|were)\s+you\b", "AUX"), (r"\byourself\b", "SELF"), (r"\byour\b", "POSS"), (r"\byou\b", "HE"))]
_ASKS = re.compile(r"(?:(?:so|and|ok|okay|um|well)[, ]+)?"
                   r"(?:do|does|did|is|are|was|were|can|could|will|would|has|have|what|where|who|why|how|which|any"
                   r"|ever)\b", re.IGNORECASE)
_SHORT_ANSWER = re.compile(r"^[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}[.!]?$", re.IGNORECASE)
_SHE, _HE = re.compile(r"\b(?:she|her)\b", re.I), re.compile(r"\b(?:he|him|his)\b", re.I)
_AUX = {"do": "does", "are": "is", "have": "has", "were": "was"}


def _turns(text: str) -> tuple[str, list[tuple[str, str]]] | None:
    found = list(_TURN.finditer(text))
    if len(found) < 4:
        return None
    speakers = [m.group("who").lower() for m in found]
    counts = {s: speakers.count(s) for s in set(speakers)}
    # a form's labels ("Name: ..., Job: ...") are each said once; people in a chat speak again
    if len(counts) > 3 or sorted(counts.values())[-2:] < [2, 2] and max(counts.values()) < 3:
        return None
    turns = [(speakers[i], text[m.end():found[i + 1].start() if i + 1 < len(found) else len(text)].strip())
             for i, m in enumerate(found)]
    return text[:found[0].start()], turns


def _the_person(preamble: str, turns: list[tuple[str, str]]) -> str | None:
    named = _NAMED.search(preamble)
    speakers = {who for who, _ in turns} - _ASKERS
    if named and named.group("name").lower() in speakers:
        return named.group("name").lower()
    listed = speakers & _PERSON
    if listed:
        return listed.pop()
    speaking = {who for who, said in turns if who in speakers and _FIRST_PERSON.search(_QUOTES.sub(" ", said))}
    if speaking or speakers:
        return speaking.pop() if len(speaking) == 1 else None
    # "officer: name? / me: watanabe aiko": the writer who answers an official's questions plays the person
    me, officials = {"me", "i"} & {w for w, _ in turns}, {w for w, _ in turns} - {"me", "i"}
    if len(me) == 1 and len(officials) == 1 and all(s.rstrip().endswith("?") for w, s in turns if w in officials):
        return me.pop() if any(not s.rstrip().endswith("?") for w, s in turns if w in ("me", "i")) else None
    return None


def _for_you(key: str, words: dict[str, str], m: re.Match[str]) -> str:
    return f"{_AUX[m.group(1).lower()]} {words['HE']}" if key == "AUX" else words[key]


def as_prose(text: str) -> str:
    """The transcript as sentences about the person; any other text as it was."""
    found = _turns(text)
    if found is None:
        return text
    preamble, turns = found
    person = _the_person(preamble, turns)
    she = person == "her" or len(_SHE.findall(text)) > len(_HE.findall(text))
    words = {"HE": "she" if she else "he", "POSS": "her" if she else "his", "SELF": "herself" if she else "himself"}
    out, asked = [preamble.strip()], False
    for who, said in turns:
        said = said.strip().rstrip("/").strip()
        if len(said) > 1 and said[0] in "\"\u201c" and said[-1] in "\"\u201d":
            said = said[1:-1]   # a turn in quotation marks: the turn itself
        if not said:
            continue
        if who in _ASKERS and who != person:
            for pattern, key in _YOU:   # "do you want to go back?" -> "does he want to go back?"
                said = pattern.sub(partial(_for_you, key, words), said)
        elif who == person and asked and (bare_reply(re.split(r"[,.;]", said)[0]) is not None
                                          or _SHORT_ANSWER.match(said) and not _FIRST_PERSON.search(said)):
            # "any court case? / him: none", "where from? / her: korea": beside its question
            answer = re.split(r"(?<=[,.;!])\s+", said, maxsplit=1)  # "more than anything. I've sold ...": quoted
            if len(answer) == 2 and _FIRST_PERSON.search(answer[1]):
                said = f'{answer[0]} {words["HE"]} says "{answer[1].replace(chr(34), "")}"'
        elif who == person:
            said = f'{words["HE"]} says "{said.replace(chr(34), "")}"'
        elif _FIRST_PERSON.search(_QUOTES.sub(" ", said)):
            continue    # someone else speaking of themselves
        asks = who in _ASKERS and who != person
        if asks and (_ASKS.match(said) or _SHORT_ANSWER.match(said)) and not said.endswith((".", "!", "?")):
            said += "?"     # "me: does she wanna leave", "me: job": a question without its mark
        asked = asks and said.endswith("?")
        out.append(said if said.endswith((".", "!", "?")) else said + ".")
    return " ".join(s for s in out if s)


def for_reading(text: str) -> str:
    """A message as the case reader takes it: a pasted chat as written (its lines are its speakers'
    turns), anything else with each line of a form a sentence of its own."""
    raw = text[:MAX_LEN] if isinstance(text, str) else ""
    if as_prose(raw) == raw:
        return sanitize(lines_as_sentences(raw))
    # as sanitize cleans, but the line breaks stay: no control or format character, no odd space
    kept = "".join(ch if ch == "\n" or ch.isprintable() else " " for ch in raw)
    return unicodedata.normalize("NFC", re.sub(r"[^\S\n]+", " ", kept)).strip()
