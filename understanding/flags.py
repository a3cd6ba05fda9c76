"""A flag said as the country it stands for: "🇯🇵 guy" is "japan guy" (text.lines_as_sentences calls
`named`, before emoji end clauses). Flags of other countries stay emoji. Pure Python, no Rasa."""
from __future__ import annotations

import re

_COUNTRIES = {"JP": "japan", "KR": "korea", "KP": "korea", "CN": "china", "TW": "taiwan", "RU": "russia",
              "MN": "mongolia", "US": "america", "GB": "britain", "FR": "france", "DE": "germany", "CA": "canada",
              "VN": "vietnam"}
_FLAG = re.compile("[\U0001f1e6-\U0001f1ff]{2}")


def _country(m: re.Match[str]) -> str:
    code = "".join(chr(ord(c) - 0x1F1E6 + ord("A")) for c in m.group())
    return f" {_COUNTRIES[code]} " if code in _COUNTRIES else m.group()


def named(text: str) -> str:
    """``text`` with the flags of the countries the case reader knows written as their names."""
    return _FLAG.sub(_country, text) if "\U0001f1e6" <= max(text, default=" ") else text
