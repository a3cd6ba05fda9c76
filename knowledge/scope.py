"""Questions outside the knowledge base's reach, recognised by their form.

The content covers a 1950 cable and its context.  Some questions share its
words but ask about something else: the assistant itself ("what is your
name", "who made you"), the clock, calendar or weather now ("what time is
it", "today's date", "will it rain"), or who holds an office now ("who is the president of
Korea").  Retrieval scores them by shared words alone, so they can look like
good matches ("time" ~ "timing", "name" ~ "the document's name"); their form
says they cannot be answered here.  ``out_of_scope`` names such a form, and
``ask`` declines those questions whatever they match.

Bare words ("korea") are handled in scoring.py: they are a fragment, not a
question, unless an entry is about exactly that word.
"""
from __future__ import annotations

import re
from typing import Any

from .text import words

# "you" after these is a polite request ("can you explain", "do you have the
# text"), not a question about the assistant.
_REQUEST_AUX = frozenset("can could would will wil may might do did does have should shall "
                         "cn cud wud".split())
# ... and after these, anyone: "what if you were a technician", "if u r korean"
_GENERIC = frozenset("if when unless whether".split())
# ... and before these, a figure of speech ("you know", "what do you mean").
_REQUEST_VERBS = frozenset("know mean said say see think".split())
# What "your" may own in a question about the document: the assistant's sources.
_YOUR_DOCUMENT = frozenset("source sources information info answer answers reply data "
                           "knowledge database evidence own summary explanation "
                           "last previous suggestion suggestions will".split())  # "against your will"
_YOU = frozenset("you u ya".split())
_YOUR = frozenset("your ur yours".split())

_CLOCK = frozenset("time day date year month week hour".split())
_NOW = frozenset("now today todays tonight currently current nowadays "
                 "tomorrow yesterday".split())
_NOW_PHRASES = (("right", "now"), ("these", "days"), ("at", "the", "moment"),
                ("at", "present"), ("this", "week"), ("this", "weekend"),
                ("this", "month"), ("this", "year"), ("last", "night"))

# The content has no weather at all; asked about now, it never will.
_WEATHER = frozenset("""
weather forecast temperature rain raining rainy snow snowing snowy sunny cloudy windy
humid storm hot warm
""".split())

_OFFICE = frozenset("""
president presidents leader leaders premier prime chairman head king queen emperor
ruler dictator governor mayor minister ambassador secretary chancellor pope ceo boss
""".split())
_RULE_VERBS = frozenset("runs leads rules governs controls".split())
_PRESENT_BE = frozenset("is s whos are".split())
# Anything tying a question to the past or to the document keeps it in scope.
_PAST = frozenset("""
was were had did then back history historical cable telegram document letter
mentioned named said says wartime war
""".split())
_YEAR_RE = re.compile(r"^1[89]\d\d$")


def _has_phrase(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(tokens[i:i + n]) == phrase for i in range(len(tokens) - n + 1))


def _about_now(tokens: list[str]) -> bool:
    return bool(_NOW & set(tokens)) or any(_has_phrase(tokens, p) for p in _NOW_PHRASES)


def _about_the_assistant(tokens: list[str]) -> bool:
    """"your name", "who made you", "how are you", "tell me about yourself".  Not the "you"
    that means anyone in a question about the past ("could you go home if you were korean in
    1950", "what happened if u were a prisoner of war")."""
    if _past(tokens) and not {"yourself", "yourselves"} & set(tokens):
        return False
    for i, tok in enumerate(tokens):
        before = tokens[i - 1] if i else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok == "yourself":
            return True
        if tok in _YOUR and after not in _YOUR_DOCUMENT:
            return True
        if tok in _YOU and before not in _REQUEST_AUX | _GENERIC and after not in _REQUEST_VERBS:
            return True
    return False


def _asks_the_clock(tokens: list[str]) -> bool:
    """"what time is it", "what day is it today", "what's today's date"."""
    if not _CLOCK & set(tokens):
        return False
    if _about_now(tokens):
        return True
    # "what time is it" / "what day is it": "it" ends the question ("what year
    # is it from" asks about the document)
    for i in range(len(tokens) - 2):
        if (tokens[i] in ("time", "day") and tokens[i + 1] in _PRESENT_BE
                and tokens[i + 2] == "it" and i + 3 == len(tokens)):
            return True
    return False


def _past(tokens: list[str]) -> bool:
    return bool(_PAST & set(tokens)) or any(_YEAR_RE.match(t) for t in tokens)


def _asks_the_weather_now(tokens: list[str]) -> bool:
    """"will it rain tomorrow", "is it raining in beijing", "how hot is it"."""
    return bool(_WEATHER & set(tokens)) and not _past(tokens)


def _offices(tokens: list[str]) -> set[str]:
    """The offices named, but "king" as a surname ("who is amy king"): a king is "the king",
    "a king" or "king of"."""
    found = set(tokens) & _OFFICE
    if "king" in found and not any(
            t == "king" and ((i and tokens[i - 1] in ("the", "a")) or tokens[i + 1:i + 2] == ["of"])
            for i, t in enumerate(tokens)):
        found.discard("king")
    return found


# What runs an archive or a website is an institution of the document's history, not an office
_INSTITUTIONS = frozenset("archive archives website site digital center centre program programme page "
                          "collection foundation library project".split())


def _asks_office_holder_now(tokens: list[str]) -> bool:
    """"who is the president of korea", "who runs china": an office held now ("who runs the
    digital archive" asks about the archive's keeper)."""
    if not _offices(tokens) and not _RULE_VERBS & set(tokens):
        return False
    if not _offices(tokens) and _INSTITUTIONS & set(tokens):
        return False
    if _past(tokens):
        return False
    if _about_now(tokens) or "still" in tokens:
        return True
    for i, tok in enumerate(tokens):
        if tok == "whos" or (tok == "who" and i + 1 < len(tokens)
                             and tokens[i + 1] in _PRESENT_BE | _RULE_VERBS):
            return True
    return False


# words() drops "'s" ("Shanghai's"), which would lose the verb of "who's"
_IS_RE = re.compile(r"\b(who|what|it|that|where|when|how)['\u2019]s\b", re.IGNORECASE)


def out_of_scope(question: str) -> str | None:
    """Why the question cannot be about this knowledge base, or None."""
    tokens = words(_IS_RE.sub(r"\1 is", question or ""))
    if _about_the_assistant(tokens):
        return "assistant"
    if _asks_the_clock(tokens):
        return "clock"
    if _asks_the_weather_now(tokens):
        return "weather"
    if _asks_office_holder_now(tokens):
        return "office_now"
    return None


_COUNT_ASKED = re.compile(r"\b(?:how\s+many|how\s+much|number\s+of|what\s+number|what\s+percentage|what\s+proportion"
                          r"|how\s+large|how\s+big)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[89]\d\d|20[0-2]\d)\b")


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
# a month with its year ("in april 1950", "on 3 march 1950"): "may" alone is a verb
_MONTH_YEAR = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:1[89]\d\d|20[0-2]\d)\b",
                         re.IGNORECASE)


# a count: "16,000", "21 batches", "two thousand", "40%": not a year, a day of the month or a numbered point
_FIGURE = re.compile(r"\b(?<!view )(?<!point )(?<!no\. )(?!(?:1[89]|20)\d\d\b)\d[\d,]*\b"
                     r"|\b(?:hundreds?|thousands?|millions?|dozens?)\b")
_MONTH = "(?:" + "|".join(_MONTHS) + ")"
_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?=" + _MONTH + r"\b)"
                  r"|\b" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?\b")


def _with_figures(text: str) -> list[str]:
    """The sentences that give a figure: a date elsewhere (the cable's own, 20 April 1950) dates no count."""
    return [s for s in re.split(r"(?<=[.;!?])\s+", text) if _FIGURE.search(_DAY.sub(" ", s))]


def count_at_another_date(question: str, entry: Any) -> str | None:
    """The date a question asks a count for ("how many were at Fushun in 1960", "in april 1950"),
    when the entry's answer and detail never name it: the sources give figures of their own dates only."""
    if not _COUNT_ASKED.search(question):
        return None
    said = " ".join(_with_figures(f"{entry.answer} {entry.detail or ''}".lower()))
    year: str | None = next((str(y) for y in _YEAR.findall(question) if y not in said), None)
    if year:
        return year
    month = next((m for m in _MONTH_YEAR.finditer(question) if m.group(1).lower() not in said), None)
    return str(month.group(0)).strip() if month else None


# "what happened to the POWs sent home under view 3 after they got back": what followed, which a rule
# (the cable's own text) cannot tell
_WHAT_FOLLOWED = re.compile(
    r"\bwhat\s+(?:happened|became)\s+(?:to|of)\b[^?]{0,80}?\b(?:after|once|when)\s+(?:they|he|she|[a-z]+\s+[a-z]+)\s+"
    r"(?:got|get|went|go|came|come|were\s+sent|was\s+sent|returned|return|arrived|arrive|reached)\b", re.IGNORECASE)


def asks_what_followed(question: str) -> bool:
    return bool(_WHAT_FOLLOWED.search(question))

