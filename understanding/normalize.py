"""Chat-speak and contractions as students type them, rewritten into plain English words.

"wat r ppl supposed 2 do" -> "what are people supposed 2 do"; "didnt" and "didn't" -> "did not".
Negation is kept explicit ("isnt" -> "is not", "idk" -> "i do not know"), so a reader looking
for negation finds it; filler that only sets the tone ("lol", "tbh", "ngl") is dropped, and a
letter typed three times or more is typed once ("soooo" -> "so").  Pure: no Rasa, no data files.
Typos of content words are not fixed here: which word was meant depends on the vocabulary of
the reader (knowledge.spelling does it against the knowledge base's words).
"""
from __future__ import annotations

import re

# One token -> its plain words.  Only spellings that are not also ordinary words.
CHAT_SPEAK: dict[str, str] = {
    "u": "you", "ya": "you", "ur": "your", "r": "are", "y": "why", "n": "and",
    "w": "with", "w/": "with", "w/o": "without", "b4": "before", "b/c": "because",
    "bc": "because", "cuz": "because", "coz": "because", "cos": "because", "bcs": "because",
    "abt": "about", "ppl": "people", "wat": "what", "wut": "what", "wht": "what",
    "wen": "when", "tho": "though", "thru": "through", "pls": "please", "plz": "please",
    "thx": "thanks", "ty": "thanks", "govt": "government", "yr": "year", "yrs": "years",
    "msg": "message", "smth": "something", "sth": "something", "info": "information",
    "rn": "right now", "asap": "as soon as possible", "nvm": "never mind",
    "esp": "especially", "prob": "probably", "ppl's": "people's", "bout": "about",
    "ima": "i am going to", "imma": "i am going to", "gonna": "going to", "wanna": "want to",
    "gotta": "got to", "kinda": "kind of", "sorta": "sort of", "dunno": "do not know",
    "idk": "i do not know", "idc": "i do not care", "lemme": "let me", "gimme": "give me",
    "becuz": "because", "k": "ok",
    "whats": "what is", "whos": "who is", "wheres": "where is", "hows": "how is",
    "thats": "that is", "theres": "there is", "hes": "he is", "shes": "she is",
    "im": "i am", "ive": "i have", "youre": "you are", "theyre": "they are",
}
# Negated auxiliaries, with or without the apostrophe ("wont" and "cant" are words too, but
# in a student's message they are the negation).
_NEGATED = {
    "dont": "do", "doesnt": "does", "dosent": "does", "doesent": "does", "didnt": "did",
    "isnt": "is", "wasnt": "was", "werent": "were", "arent": "are", "cant": "can",
    "couldnt": "could", "wouldnt": "would", "shouldnt": "should", "wont": "will",
    "havent": "have", "hasnt": "has", "hadnt": "had", "aint": "is", "mustnt": "must",
    "neednt": "need", "cannot": "can",
}
# "even" only stresses ("who was it even for"); "really" and "just" stay: they hedge.
FILLER = frozenset("lol lmao lmfao rofl ngl tbh fr omg omfg bruh yo ugh hmm um umm uh even".split())
_TOKEN_RE = re.compile(r"[A-Za-z0-9]+(?:['\u2019/][A-Za-z0-9]+)*/?")
_REPEAT_RE = re.compile(r"([a-z])\1{2,}", re.IGNORECASE)


def _rewrite(token: str) -> str:
    low = token.lower().replace("\u2019", "'")
    bare = low.replace("'", "")
    if low in CHAT_SPEAK:
        return CHAT_SPEAK[low]
    if bare in _NEGATED:
        return f"{_NEGATED[bare]} not"
    if low.endswith("n't") and low[:-3] in {v for v in _NEGATED.values()} | {"ca", "wo"}:
        stem = {"ca": "can", "wo": "will"}.get(low[:-3], low[:-3])
        return f"{stem} not"
    if bare in FILLER:
        return ""
    if bare in CHAT_SPEAK and "'" in low:       # "what's", "who's", "i'm"
        return CHAT_SPEAK[bare]
    return token


def squash_repeats(text: str) -> str:
    """"soooo" -> "so", "pleeease" -> "please" (no English word has a letter three times)."""
    return _REPEAT_RE.sub(r"\1", text)


def normalize(text: str) -> str:
    """The message with chat-speak and contractions written out; punctuation and the case of
    other words kept, so names stay recognisable."""
    text = squash_repeats(text or "")
    out = _TOKEN_RE.sub(lambda m: _rewrite(m.group()), text)
    return re.sub(r"[ \t]{2,}", " ", out).strip()
