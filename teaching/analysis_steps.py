"""The steps of the guided source analysis, loaded from analysis.yml (see the comments there).

A step is a question with the points an answer may make (each a claim with its sources), the
readings of an open question (`sides`), or what agrees and differs with other documents. Matching
ignores words negated earlier in their clause, so "it doesn't mention soldiers" is no claim that
soldiers went home.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Optional, Tuple

import yaml

from understanding.negation import negated

from . import evidence

CONTENT = Path(__file__).resolve().parent / "analysis.yml"
HABITS = ("sourcing", "contextualisation", "close reading", "corroboration")
GROUPS = ("agree", "differ", "why")


def _compile(items) -> tuple:
    return tuple(re.compile(p, re.I) for p in items or ())


def first_hit(patterns, text: str) -> Optional[Tuple[int, int]]:
    """The span of the first match that is not negated earlier in its clause."""
    hits = [m for p in patterns for m in p.finditer(text) if not negated(text, m.start())]
    if not hits:
        return None
    m = min(hits, key=lambda h: h.start())
    return m.start(), m.end()


@dataclass(frozen=True)
class Point:
    id: str
    label: str
    basis: str
    cites: Tuple[str, ...]
    patterns: Tuple[re.Pattern, ...]
    prompt: str = ""
    group: str = ""
    unless: Tuple[str, ...] = ()

    @property
    def claim(self) -> evidence.Claim:
        return evidence.Claim(self.label, self.basis, self.cites)

    def hit(self, text: str) -> Optional[Tuple[int, int]]:
        return first_hit(self.patterns, text)


@dataclass(frozen=True)
class Side:
    id: str
    label: str
    patterns: Tuple[re.Pattern, ...]
    evidence: Tuple[evidence.Claim, ...]


@dataclass(frozen=True)
class Step:
    id: str
    habit: str
    title: str
    kind: str                       # "check", "argue" or "compare"
    question: str
    hints: Tuple[evidence.Claim, ...]
    points: Tuple[Point, ...]
    needed: object                  # list of point ids, a count, or {group: count}
    sides: Tuple[Side, ...]
    entry: str                      # the interpretation entry of an open question
    about: Tuple[evidence.Claim, ...]
    takeaway: Tuple[evidence.Claim, ...]
    polarity: Dict[str, str]        # {"yes": side id, "no": side id}
    why: str

    def complete(self, got) -> bool:
        got = set(got)
        if isinstance(self.needed, dict):
            return all(sum(p.group == g and p.id in got for p in self.points) >= n for g, n in self.needed.items())
        if isinstance(self.needed, int):
            return len(got) >= self.needed
        return set(self.needed) <= got

    def missing_groups(self, got) -> list:
        if not isinstance(self.needed, dict):
            return []
        return [g for g in GROUPS if g in self.needed and not any(p.group == g and p.id in got for p in self.points)]

    def claims(self) -> list:
        """Every claim the step can show, for the tests that check citations."""
        out = list(self.hints) + list(self.about) + list(self.takeaway) + [p.claim for p in self.points]
        out += [c for s in self.sides for c in s.evidence]
        if self.entry:
            out.append(evidence.claim({"entry": self.entry}))
        return out


def _point(p: dict) -> Point:
    return Point(p["id"], p["label"], p["basis"], tuple(p.get("cites") or ()), _compile(p["match"]),
                 p.get("prompt", ""), p.get("group", ""), tuple(p.get("unless") or ()))


def _polarity(data) -> Dict[str, str]:
    """{"yes": side, "no": side}; YAML reads the bare keys yes / no as booleans."""
    return {("yes" if k in (True, "yes") else "no"): v for k, v in (data or {}).items()}


@functools.lru_cache(maxsize=1)
def steps() -> Tuple[Step, ...]:
    data = yaml.safe_load(CONTENT.read_text(encoding="utf-8"))
    out = []
    for s in data["steps"]:
        points = tuple(_point(p) for p in s["points"])
        sides = tuple(Side(d["id"], d["label"], _compile(d["match"]), evidence.claims(d["evidence"]))
                      for d in s.get("sides", ()))
        needed = s.get("needed", len(points) if s["kind"] == "check" else 0)
        out.append(Step(s["id"], s["habit"], s["title"], s["kind"], s["question"], evidence.claims(s["hints"]),
                        points, needed, sides, s.get("entry", ""), evidence.claims(s.get("about")),
                        evidence.claims(s.get("takeaway")), _polarity(s.get("polarity")), s["why"]))
    return tuple(out)


def by_id(step_id: str) -> Optional[Step]:
    return next((s for s in steps() if s.id == step_id), None)
