"""One message that asks several things, as its separate questions.

"who sent it and when" and "what does FMA mean? also where is that archive" ask two things; each
part gets its own answer.  A part starts where a second question begins: after a question mark,
or after "and", "also", "plus", "&" or "+" when a question word or an auxiliary follows ("... and
when did it end", "..., and how many"), or after a comma when a question word follows and the
first part asks too ("when was it signed, when was the prc founded"); "what if" after a comma
goes on the same question ("is it a rule or a goal, what if one asks to leave").  "The difference
between A and B" asks what A is and what B is.  A bare question word after "and" ("who sent it and
when") borrows the rest of the first question ("when [was it sent]" is left to the reader: the part
is just "when").  Alternatives joined by "or" stay one question ("was it forced or voluntary").
Pure: no Rasa, no data.
"""
from __future__ import annotations

import re
from collections.abc import Callable

QUESTION_WORDS = ("who", "whom", "whose", "what", "when", "where", "which", "why", "how")
_AUX = ("did", "does", "do", "is", "was", "were", "are", "can", "could", "would", "will",
        "has", "have", "had", "should")
_STARTS = "|".join(QUESTION_WORDS + _AUX)
# "and when ...", ", also how ...", "plus who ...", "& where ..."; "also" on its own after a
# sentence end is handled by the sentence split.
_JOIN_RE = re.compile(rf"\s*(?:,\s*)?(?:\b(?:and|also|plus)\b|&|\+)\s+(?:also\s+|then\s+)?(?=(?:{_STARTS})\b)",
                      re.IGNORECASE)
# A comma before a second question of its own ("when was the treaty signed, when was the prc
# founded", "..., what about normal people"); "what if" after a comma goes on the same question.
_COMMA_RE = re.compile(r"\s*,\s+(?=(?:who|whom|whose|what|when|where|which|why|how)\b(?!\s+if\b))",
                       re.IGNORECASE)
# A question mark ends a question even with a quote or a ";" stuck to it ("who sent it?'; ...").
_SENTENCE_RE = re.compile(r"(?<=[?])['\"\u2019\u201d)]*;?\s+"
                          r"|(?<=[.;!])\s+(?=(?:also\s+|and\s+)?(?:" + _STARTS + r")\b)", re.IGNORECASE)
_LEAD_RE = re.compile(r"^\s*(?:and|also|plus|so|ok|okay|then)\b[\s,]*", re.IGNORECASE)
_DIFFERENCE_RE = re.compile(r"\bdifferen(?:ce|t)\s+between\s+(.+?)\s+and\s+(.+?)\s*[?.!]*$",
                            re.IGNORECASE)
_MIN_WORDS = 2     # a part needs a question word and something it asks about ("when" is kept
                   # only as a trailing part borrowing the first part's subject)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def _asks(sentence: str) -> bool:
    w = _words(sentence)
    return "?" in sentence or bool(w) and w[0] in QUESTION_WORDS + _AUX


def _comma_split(text: str) -> list[str]:
    """Questions separated by a comma, when the first asks too ("whats the fourth field army, who
    led it"); a statement before the comma is a lead-in ("in the cable, who is meant")."""
    pieces = _COMMA_RE.split(text)
    out = [pieces[0]]
    for piece in pieces[1:]:
        if _asks(out[-1]):
            out.append(piece)
        else:
            out[-1] = f"{out[-1]}, {piece}"
    return out


def split_questions(text: str) -> list[str]:
    """The questions in ``text``, in order; one item when it asks one thing."""
    text = (text or "").strip()
    m = _DIFFERENCE_RE.search(text)
    if m:
        return [f"what is {m.group(1)}", f"what is {m.group(2)}"]
    parts: list[str] = []
    sentences: list[str] = []
    for sentence in _SENTENCE_RE.split(text):
        # "the telegram thing... who was it for": a lead-in that asks nothing belongs to the
        # question after it
        if sentences and not _asks(sentences[-1]):
            sentences[-1] = f"{sentences[-1]} {sentence}"
        else:
            sentences.append(sentence)
    for sentence in sentences:
        pieces = [p for joined in _JOIN_RE.split(sentence) for p in _comma_split(joined)]
        for piece in pieces:
            piece = _LEAD_RE.sub("", piece).strip(" ,;")
            if not _words(piece):
                continue
            if parts and len(_words(piece)) < _MIN_WORDS and _words(piece)[0] in QUESTION_WORDS:
                # "who sent it and when": the bare question word asks about the same thing
                parts.append(f"{piece} {' '.join(_words(parts[0])[1:])}")
                continue
            if parts and len(_words(piece)) < _MIN_WORDS:
                parts[-1] = f"{parts[-1]} {piece}"
                continue
            parts.append(piece)
    if len(parts) > 1 and len(_words(parts[0])) == 1 and _words(parts[0])[0] in QUESTION_WORDS:
        # "when and where was it sent": the bare question word asks about the next part's subject
        parts[0] = f"{parts[0]} {' '.join(_words(parts[1])[1:])}"
    return parts or ([text] if text else [])


# Where an aside begins: "what does gratis mean though, never seen that word before", "when was
# it set up, random but my teacher asked".
_ASIDE_RE = re.compile(r"\s*[,;:]\s+|\s+(?:though|because|but)\b\s*|(?<=[.!?])\s+", re.IGNORECASE)


_ELABORATES = re.compile(r"^(?:like|i mean|as in|especially|specifically|in particular|for example|e\.?g\.?|"
                         r"namely|or rather|not just|only|just)\b", re.IGNORECASE)


def question_core(text: str, asks: Callable[[str], bool]) -> str | None:
    """The one clause of ``text`` that asks, when the others only talk around it; None when no
    clause or several ask, or the question is the whole message.  ``asks`` tells a clause that
    asks (understanding.acts.asks)."""
    clauses = [c.strip(" ,;:") for c in _ASIDE_RE.split(text or "") if c and c.strip(" ,;:")]
    asking = [c for c in clauses if len(_words(c)) >= _MIN_WORDS and asks(c)]
    if len(clauses) < 2 or len(asking) != 1:
        return None
    if any(_ELABORATES.match(c) for c in clauses if c != asking[0]):
        return None     # "..., like the actual characters" narrows the question: it stays
    return asking[0]



# Two claims set against each other: "my teacher said it was a law but i think it was just advice",
# "the book says X, but i heard Y", "X but apparently Y". Each is one thing the student wants settled.
_SOURCE = (r"(?:i|we|my\s+\w+|our\s+\w+|others?|some(?:one|\s+people|\s+books?|\s+sources?|\s+historians?)?"
           r"|(?:a|another|one)\s+(?:friend|book|textbook|website|site|article|source|video|historian|classmate)"
           r"|the\s+(?:book|textbook|website|site|article|internet|video|source))")
_HEARSAY = (r"(?:thinks?|thought|reckons?|believes?|read|heard|saw|says?|said|was\s+told|were\s+told|found"
            r"|learned|learnt|claims?|claimed)")
_CONTRAST_RE = re.compile(
    r"^(?P<first>.+?)\s*[,;]?\s*\bbut\s+(?:(?:" + _SOURCE + r")\s+(?:also\s+)?" + _HEARSAY
    + r"|apparently|supposedly|actually|in\s+fact|online)\b\s*(?:that\s+)?(?P<second>.+)$", re.IGNORECASE)
# ... who said the first claim is no part of it: "my teacher told us [the cable was a law]"
_SAID_BY = re.compile(r"^(?:" + _SOURCE + r"|my\s+teacher|our\s+teacher|everyone)\s+(?:always\s+)?(?:"
                      + _HEARSAY + r"|told\s+(?:us|me|the\s+class)|keeps?\s+saying|says)\s+(?:that\s+)?",
                      re.IGNORECASE)


def contrasted_claims(text: str) -> list[str]:
    """The two claims of "A, but I read B" (each with some words of its own), else []."""
    m = _CONTRAST_RE.match((text or "").strip())
    if not m:
        return []
    first, second = _SAID_BY.sub("", m["first"].strip(" ,;")), m["second"].strip(" ,;?.!")
    if min(len(_words(first)), len(_words(second))) < 3:
        return []
    return [first, second]
