"""Cleaning and normalising a message before anything reads it.

sanitize() is what every layer may keep or show (control characters out, whitespace
collapsed, length capped). prepare() is the matching form the case-fact reader works on
(never shown): lower-cased, NFKC, straight quotes, contractions expanded. normalize() is the
light form the quiz and the analysis match their patterns against. Chat-speak and
misspellings (issue 14) belong here too, so that every reader sees the same words.
"""

from __future__ import annotations

import re
import unicodedata

MAX_LEN = 2000

# Curly quotes and odd hyphens to plain ones.
CHAR_MAP = {"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "‐": "-", "‑": "-", "‒": "-"}
# Contractions expanded and "n't" spelt one way, so patterns need one form only.
REWRITES = [
    (r"\b(can) ?not\b", r"\1't"),
    (r"\b(do|does|did|is|are|was|were|has|have|had|would|could|should|must|need) not\b", r"\1n't"),
    (r"\bwill not\b", "won't"),
    (r"\b(can|don|doesn|didn|isn|wasn|aren|weren|won|wouldn|couldn|shouldn|hasn|haven|hadn|ain)t\b", r"\1't"),
    (r"\b(i)'m\b", r"\1 am"),
    (r"\b(\w+)'d\b", r"\1 would"),
    (r"\b(\w+)'ll\b", r"\1 will"),
    (r"\b(\w+)'re\b", r"\1 are"),
    (r"\b(\w+)'ve\b", r"\1 have"),
    (r"\b(he|she|it|there|that|who|what|here)'s\b", r"\1 is"),
    # the same without the apostrophe, as students type them (none of these is an English word)
    (r"\b(he|she|there|what|who|that|where|how)s\b", r"\1 is"),
    (r"\b(?:wat|wut|wht)\b", "what"),
    (r"\bim\b", "i am"),
    (r"\b(they|you|we)re\b", r"\1 are"),
    (r"\b(i|they|we|you)ve\b", r"\1 have"),
    (r"\b(?:dosent|doesent|dosnt|doesnot|dsnt)\b", "doesn't"),
    (r"&", " and "),
]

_QUOTES = str.maketrans(CHAR_MAP)
_REWRITES = tuple((re.compile(p), r) for p, r in REWRITES)
_CTRL_SPACE = re.compile(r"[\t\n\r\v\f\u0085\u2028\u2029]")  # line breaks and tabs become spaces
_CTRL_DROP = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")
_SPACES = re.compile(r"\s+")


def sanitize(text: str) -> str:
    """Strip control characters and collapse whitespace; cap length at 2000 chars."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = text[: MAX_LEN * 8]  # bound the work on huge inputs before any regex runs
    text = _CTRL_DROP.sub("", _CTRL_SPACE.sub(" ", text))
    text = unicodedata.normalize("NFC", _SPACES.sub(" ", text)).strip()
    return text[:MAX_LEN].rstrip()


def rewrite(text: str) -> str:
    """Expand contractions (applied to input and to word lists alike)."""
    for pattern, repl in _REWRITES:
        text = pattern.sub(repl, text)
    return text


def prepare(text: str) -> str:
    """Lower-cased, normalised text for matching (never shown to anyone)."""
    text = rewrite(unicodedata.normalize("NFKC", sanitize(text)).lower().translate(_QUOTES))
    return _SPACES.sub(" ", text).strip()


def normalize(text: str) -> str:
    """Lower-cased, curly apostrophes straightened, whitespace collapsed (the quiz and the analysis)."""
    text = (text or "").lower().replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text).strip()


def blank(text: str, spans) -> str:
    """Spaces over the spans, so offsets into the text stay valid."""
    for s, e in spans:
        text = text[:s] + " " * (e - s) + text[e:]
    return text
