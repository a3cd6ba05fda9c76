"""Quiz scenarios generated from the rule module, with a difficulty level.

Every concrete case (`cable.all_cases()`) gets a level from how much reading it takes:
true facts that do not change the outcome are distractors, and conflicts and cases
where two views apply are harder in themselves. Picking the least-asked outcome at
the student's level makes every outcome, conflicts and no-provision included, come up.
Ambiguity scenarios leave one vague term open and carry the outcome under each reading.
"""

from __future__ import annotations

import functools
import hashlib
import random
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Tuple

import cable
from cable.case import BOOL_FIELDS
from cable.rules import result

from . import persona_table, personas

LEVELS = (1, 2, 3)
POW_FIELDS = ("pow_language_barrier", "pow_early_revolutionary_work", "pow_family_difficulties")


@dataclass(frozen=True)
class Reading:
    """One way to read a vague term, and what the cable then says."""

    value: object          # the field value under this reading
    label: str             # "she counts as technical personnel"
    outcome: str
    clauses: Tuple[int, ...]
    words: Tuple[str, ...] = ()   # regexes that show a student holds this reading


@dataclass(frozen=True)
class Ambiguity:
    field: str
    term: str              # "technical personnel"
    question: str          # asked after the card
    readings: Tuple[Reading, ...]
    entry: str = ""        # knowledge-base entry with the evidence


@dataclass(frozen=True)
class Scenario:
    id: str
    source: str            # "generated" or "teacher:<file>"
    level: int
    facts: Dict[str, object]
    persona: personas.Persona
    ambiguity: Optional[Ambiguity] = None
    title: str = ""
    tags: Tuple[str, ...] = field(default=())

    @property
    def case(self) -> cable.Case:
        return cable.Case.from_dict({k: v for k, v in self.facts.items() if v is not None})

    def expected(self) -> Tuple[str, Tuple[int, ...]]:
        """(outcome, clauses) by the rules; for an ambiguity, under its first reading."""
        if self.ambiguity:
            r = self.ambiguity.readings[0]
            return r.outcome, tuple(r.clauses)
        return result(self.case)

    def to_dict(self) -> dict:
        amb = None
        if self.ambiguity:
            a = self.ambiguity
            amb = {"field": a.field, "term": a.term, "question": a.question, "entry": a.entry,
                   "readings": [{"value": r.value, "label": r.label, "outcome": r.outcome,
                                 "clauses": list(r.clauses), "words": list(r.words)} for r in a.readings]}
        return {"id": self.id, "source": self.source, "level": self.level, "facts": dict(self.facts),
                "persona": self.persona.to_dict(), "ambiguity": amb, "title": self.title, "tags": list(self.tags)}

    @classmethod
    def from_dict(cls, d: Mapping) -> "Scenario":
        amb = d.get("ambiguity")
        if amb:
            amb = Ambiguity(amb["field"], amb["term"], amb["question"], tuple(
                Reading(r["value"], r["label"], r["outcome"], tuple(r["clauses"]), tuple(r.get("words") or ()))
                for r in amb["readings"]), amb.get("entry", ""))
        return cls(d["id"], d["source"], int(d["level"]), dict(d["facts"]), personas.Persona.from_dict(d["persona"]),
                   amb, d.get("title", ""), tuple(d.get("tags") or ()))


def rng_for(*parts) -> random.Random:
    """A generator seeded from text: the same conversation and question give the same scenario
    in every process (Python's own hash() of a string changes between runs)."""
    digest = hashlib.sha256(":".join(map(str, parts)).encode()).hexdigest()
    return random.Random(int(digest[:16], 16))


def load_bearing(case: cable.Case) -> set:
    """Boolean fields whose change alone would change the outcome."""
    outcome = result(case)[0]
    return {f for f in BOOL_FIELDS if result(case.replace(**{f: not getattr(case, f)}))[0] != outcome}


def level_of(case: cable.Case) -> int:
    outcome, clauses = result(case)
    bearing = load_bearing(case)
    distractors = sum(1 for f in BOOL_FIELDS if getattr(case, f) and f not in bearing)
    inherent = 1 if outcome == "conflict" or len(clauses) >= 2 else 0
    return min(3, 1 + inherent + (distractors + 1) // 2)


@functools.lru_cache(maxsize=1)
def pool() -> Dict[int, Dict[str, List[tuple]]]:
    """{level: {outcome: [case values]}} over every concrete case."""
    table: Dict[int, Dict[str, List[tuple]]] = {lv: {o: [] for o in cable.OUTCOMES} for lv in LEVELS}
    for case in cable.all_cases():
        if not persona_table.case_fits(case.to_dict()):
            continue  # no one in April 1950 fits these facts (see persona_table)
        table[level_of(case)][result(case)[0]].append(case.values())
    return table


def case_key(facts: Mapping) -> str:
    return "gen:" + ",".join(f"{k}={facts.get(k)}" for k in cable.FIELDS)


def from_case(case: cable.Case, rng: random.Random, source: str = "generated", avoid=()) -> Scenario:
    """A scenario for `case`; `avoid` lists names already used in the quiz."""
    # requests_return is always stated: it is what views 2 and 3 turn on, so silence reads as a gap.
    mention = load_bearing(case) | {f for f in BOOL_FIELDS if getattr(case, f)} | {"requests_return"}
    facts = case.to_dict()
    return Scenario(case_key(facts), source, level_of(case), facts, personas.build(facts, mention, rng, avoid=avoid))


def pick_outcome(seen: Mapping[str, int], level: int, rng: random.Random) -> str:
    """The outcome asked least so far (ties at random), preferring those the student's level offers:
    a conflict waits for level 2 unless it is the only outcome not yet asked."""
    available = [o for o in cable.OUTCOMES if any(pool()[lv][o] for lv in LEVELS)]
    fewest = min(seen.get(o, 0) for o in available)
    least = [o for o in available if seen.get(o, 0) == fewest]
    return rng.choice([o for o in least if pool()[level][o]] or least)


def generate(level: int, seen: Mapping[str, int], asked: set, rng: random.Random, avoid=()) -> Scenario:
    outcome = pick_outcome(seen, level, rng)
    # The nearest level that has this outcome (conflicts start at level 2).
    for lv in sorted(LEVELS, key=lambda lv: (abs(lv - level), lv)):
        options = [v for v in pool()[lv][outcome] if case_key(dict(zip(cable.FIELDS, v))) not in asked]
        if options:
            return from_case(cable.Case.from_values(rng.choice(options)), rng, avoid=avoid)
    raise LookupError(f"no unused case with outcome {outcome}")  # 2,304 cases: never in a 10-question quiz


# --- Ambiguity ------------------------------------------------------------------------------

TECHNICAL_WORDS = {
    "technical_personnel": (r"\btechnical", r"\bskilled", r"\bspecialist", r"\bexpert", r"\bcounts?\b", r"\bqualif"),
    "ordinary_national": (r"\bordinary", r"\bnot\s+(?:a\s+)?(?:technical|skilled|specialist|expert)",
                          r"\b(?:isn't|is\s+not|aren't|doesn't\s+count|does\s+not\s+count|wouldn't\s+count)"),
}
ORDER_WORDS = {
    True: (r"\baffects?\b", r"\bdisturbs?", r"\bdisrupt", r"\bthreat", r"\bdanger", r"\bunrest", r"\bdoes\b"),
    False: (r"\b(?:doesn't|does\s+not|didn't|wouldn't|won't|isn't|is\s+not|not)\s+(?:really\s+)?(?:affect|disturb|disrupt|a\s+threat|count)",
            r"\bharmless", r"\bminor", r"\bpetty", r"\bprivate\s+matter", r"\bno\s+threat", r"\btoo\s+small"),
}
GROUP_AMBIGUITY = ("group", "technical personnel", "gl_technical_personnel",
                   "The cable never defines \"technical personnel\". Does {name} count as technical personnel? "
                   "Argue your reading in a sentence, then predict the outcome under it.")
ORDER_AMBIGUITY = ("disturbs_order", "affect our social order", "gl_social_order",
                   "The cable never says what it means to \"affect our social order\". Does what {name} did count? "
                   "Argue your reading in a sentence, then predict the outcome under it.")


def _readings(base: Mapping, field_: str, name: str) -> Tuple[Reading, ...]:
    if field_ == "group":
        values = (("technical_personnel", f"{name} counts as technical personnel"),
                  ("ordinary_national", f"{name} is an ordinary national"))
        words = TECHNICAL_WORDS
    else:
        values = ((True, f"what {name} did affects social order"), (False, f"what {name} did does not affect social order"))
        words = ORDER_WORDS
    out = []
    for value, label in values:
        outcome, clauses = result(cable.Case.from_dict({**base, field_: value}))
        out.append(Reading(value, label, outcome, tuple(clauses), tuple(words[value])))
    return tuple(out)


def ambiguity_scenario(rng: random.Random, asked: set, avoid=()) -> Scenario:
    """A case that turns on a vague term, with the outcome under each reading (they always differ).
    Only people persona_table allows: whether a job is "technical" is asked of Japanese staff in the
    Northeast, the only in-between jobs the dossier supports."""
    kind = rng.choice([GROUP_AMBIGUITY, ORDER_AMBIGUITY])
    field_, term, entry, question = kind
    for _ in range(200):
        base = {"nationality": "japanese" if field_ == "group" else rng.choice(["korean", "japanese"]),
                "requests_return": rng.random() < 0.6, "pending_case": False}
        if field_ == "group":
            both = rng.random() < 0.3
            base.update(hardship=both, disturbs_order=both)
        else:
            base.update(group=rng.choice(["ordinary_national", "technical_personnel"]), hardship=True)
        key = "amb:" + field_ + ":" + ",".join(f"{k}={base[k]}" for k in sorted(base))
        readings = _readings(base, field_, "the person")
        if key in asked or readings[0].outcome == readings[1].outcome:
            continue
        extra = rng.choice(personas.AMBIGUOUS_BEHAVIOUR) if field_ == "disturbs_order" else None
        facts = {**base, field_: None}
        if field_ == "disturbs_order" and not persona_table.case_fits({**base, field_: True}):
            continue
        # State every fact that matters under either reading.
        mention = set().union(*(load_bearing(cable.Case.from_dict({**base, field_: r.value})) for r in readings))
        persona = personas.build({k: v for k, v in facts.items() if v is not None}, mention | {"requests_return"}, rng,
                                 extra=extra, ambiguous_group=field_ == "group", avoid=avoid)
        first = persona.name
        amb = Ambiguity(field_, term, question.format(name=first), _readings(base, field_, first), entry)
        return Scenario(key, "generated", 2, facts, persona, amb, tags=("ambiguity",))
    raise LookupError("no ambiguity scenario left")
