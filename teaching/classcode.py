"""Class codes ("my class code is HIST7"): the key a teacher's report is built on."""

from __future__ import annotations

import re

PATTERN = re.compile(r"^[A-Z][A-Z0-9-]{2,11}$")
RULE = "3 to 12 letters, digits or dashes, starting with a letter, for example HIST7"
# "my class code is HIST7", "class: HIST-7A", "our code is hist7", "class code HIST7"
_IN_TEXT = re.compile(r"\b(?:class(?:\s*code)?|code)\b\s*(?:is|=|:|-)?\s*([^\s,;!?]+)?", re.I)
_FILLER = {"is", "my", "our", "the", "a", "please"}


class ClassCodeError(ValueError):
    """str() is one line saying what a valid code looks like."""


def normalize_class_code(code: str) -> str:
    """Upper-cased code; ClassCodeError for anything else."""
    value = (code or "").strip().strip(".\"'").upper()
    if not PATTERN.match(value):
        shown = value if len(value) <= 20 else value[:17] + "..."
        raise ClassCodeError(f"{shown!r} is not a valid class code: use {RULE}")
    return value


def code_in_text(text: str) -> str | None:
    """The code a message gives, normalised; ClassCodeError if it names an invalid one; None if none."""
    match = None
    for m in _IN_TEXT.finditer(text or ""):
        match = m
    if match is None:
        return None
    token = (match.group(1) or "").strip(".\"'")
    if not token or token.lower() in _FILLER:
        raise ClassCodeError(f"I didn't catch the code itself: say it like \"my class code is HIST7\" ({RULE})")
    return normalize_class_code(token)
