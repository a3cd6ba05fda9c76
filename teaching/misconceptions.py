"""Misconceptions students bring to the cable (misconceptions.yml): recognised, named and corrected.

`find(text, where)` returns the misconceptions an answer states, with the span of the student's words
that states each, so the reply can quote them; a phrase negated earlier in its clause ("it wasn't Mao")
does not count. `correction(found, text, sources)` is the kind, plain correction with its citations.
The walk-through (`where` = a step id) and the quiz (`where` = "quiz") use the same list.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from understanding.negation import negated
from understanding.quoting import quote_span

from . import evidence

CONTENT = Path(__file__).resolve().parent / "misconceptions.yml"


@dataclass(frozen=True)
class Misconception:
    id: str
    label: str
    thinks: str
    patterns: tuple[re.Pattern[str], ...]
    step_patterns: dict[str, tuple[re.Pattern[str], ...]]
    unless: tuple[re.Pattern[str], ...]
    skip: tuple[str, ...]
    suppresses: tuple[str, ...]
    correction: tuple[evidence.Claim, ...]


@dataclass(frozen=True)
class Found:
    misconception: Misconception
    start: int
    end: int

    @property
    def id(self) -> str:
        return self.misconception.id


def _compile(items: Iterable[str] | None) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.I) for p in items or ())


@functools.lru_cache(maxsize=1)
def all_misconceptions() -> tuple[Misconception, ...]:
    data = yaml.safe_load(CONTENT.read_text(encoding="utf-8"))["misconceptions"]
    return tuple(Misconception(
        m["id"], m["label"], m["thinks"], _compile(m.get("match")),
        {step: _compile(p) for step, p in (m.get("match_in") or {}).items()}, _compile(m.get("unless")),
        tuple(m.get("skip") or ()), tuple(m.get("suppresses") or ()), evidence.claims(m["correction"]))
        for m in data)


def by_id(misconception_id: str) -> Misconception:
    return next(m for m in all_misconceptions() if m.id == misconception_id)


def label(misconception_id: str) -> str:
    """The readable name of a stored misconception id (older records stored the correction's text)."""
    found = [m for m in all_misconceptions() if m.id == misconception_id]
    return found[0].label if found else misconception_id


def find(text: str, where: str) -> list[Found]:
    """The misconceptions `text` states, in the order they appear."""
    text = text or ""
    out = []
    for m in all_misconceptions():
        if where in m.skip or any(u.search(text) for u in m.unless):
            continue
        for pattern in m.patterns + m.step_patterns.get(where, ()):
            hit = next((h for h in pattern.finditer(text) if not negated(text, h.start())), None)
            if hit:
                out.append(Found(m, hit.start(), hit.end()))
                break
    return sorted(out, key=lambda f: f.start)


def suppressed(found: list[Found]) -> set[str]:
    return {p for f in found for p in f.misconception.suppresses}


def correction(found: list[Found], text: str, sources: evidence.Sources) -> list[str]:
    """One paragraph per misconception: the student's words, then the correction with its sources."""
    lines = []
    for f in found:
        said = quote_span(text, f.start, f.end)
        body = " ".join(sources.say(c) for c in f.misconception.correction)
        lines.append(f'A common mix-up, in your words "{said}": {body}')
    return lines


def corrected(text: str, where: str = "chat") -> str | None:
    """The correction of every misconception a free message states ("our teacher said Mao signed
    it"), with its numbered sources; None when it states none. Outside the exercises (`where`
    "chat") only the patterns checked everywhere apply."""
    found = find(text, where)
    if not found:
        return None
    sources = evidence.Sources()
    return "\n".join(correction(found, text, sources) + sources.lines())
