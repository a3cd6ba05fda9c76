"""A flag said in words: after a preposition the country it stands for ("back to 🇯🇵" is "back to
japan"), elsewhere its people ("🇯🇵 guy", "kobayashi 🇯🇵 chemist" are "japanese guy", "kobayashi
japanese chemist"). text.lines_as_sentences calls `named`, before emoji end clauses. Flags of other
countries stay emoji. Pure Python, no Rasa."""
from __future__ import annotations

import re

# code: (country, people)
_COUNTRIES = {"JP": ("japan", "japanese"), "KR": ("korea", "korean"), "KP": ("korea", "korean"),
              "CN": ("china", "chinese"), "TW": ("taiwan", "taiwanese"), "RU": ("russia", "russian"),
              "MN": ("mongolia", "mongolian"), "US": ("america", "american"), "GB": ("britain", "british"),
              "FR": ("france", "french"), "DE": ("germany", "german"), "CA": ("canada", "canadian"),
              "VN": ("vietnam", "vietnamese")}
_FLAG = re.compile("[\U0001f1e6-\U0001f1ff]{2}")
_PLACE_BEFORE = re.compile(r"(?:\b(?:to|from|in|into|at|for|of|back|home|visit|leave|left|reach|towards?)|->|→)\s*$",
                           re.IGNORECASE)


def _country(m: re.Match[str]) -> str:
    code = "".join(chr(ord(c) - 0x1F1E6 + ord("A")) for c in m.group())
    if code not in _COUNTRIES:
        return m.group()
    country, people = _COUNTRIES[code]
    if people in m.string[max(m.start() - 12, 0):m.end() + 12].lower():
        return " "      # "🇰🇷 Korean", "korean 🇰🇵": said already
    return f" {country if _PLACE_BEFORE.search(m.string[:m.start()]) else people} "


def named(text: str) -> str:
    """``text`` with the flags of the countries the case reader knows written as words."""
    return _FLAG.sub(_country, text) if "\U0001f1e6" <= max(text, default=" ") else text
