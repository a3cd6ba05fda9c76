"""Persona cards: a fictional person whose short paragraph states exactly the facts that matter.

Who a card describes (nationality, place, occupation, prisoner-of-war history) comes only from
persona_table, whose settings are checked against the dossier for April 1950. Names are combined
from common family and given names; the combinations are fictional, REAL_PEOPLE lists famous
names a combination must never produce, and a quiz never uses one name twice. A fact is written
out when it is true or when changing it would change the outcome, so a careful reader has
everything the rules use, and nothing is hidden.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass
from typing import Iterable, Mapping, Optional

from cable.facts import PERSONA_ORDER

from . import persona_table as table

NAMES = {
    "korean": {
        "family": ["Kim", "Pak", "Ri", "Choe", "Jong", "Kang", "Han", "Yun", "Jo", "Mun"],
        "he": ["Yong-su", "Chol-ho", "Tae-sik", "Man-sik", "Song-chol", "Kwang-u", "Hyon-jun", "Sang-hun"],
        "she": ["Sun-hui", "Myong-ok", "Kyong-ae", "Ok-sun", "Hye-jin", "Yong-ja", "Chun-hwa", "Mi-ran"],
        "order": "family-first",
    },
    "japanese": {
        "family": ["Sato", "Takahashi", "Watanabe", "Ito", "Nakamura", "Kobayashi", "Kato", "Saito", "Matsuda", "Inoue"],
        "he": ["Haruo", "Kiyoshi", "Toshio", "Isamu", "Masao", "Tadashi", "Noboru", "Minoru"],
        "she": ["Fumiko", "Michiko", "Setsuko", "Hanako", "Kazuko", "Yoshiko", "Sachiko", "Tomoko"],
        "order": "family-first",
    },
    "russian": {
        "family": ["Sokolov", "Belov", "Lebedev", "Gromov", "Orekhov"],
        "he": ["Pyotr", "Grigory", "Arkady", "Semyon"],
        "she": ["Vera", "Tamara", "Lidiya", "Zoya"],
        "order": "given-first",
    },
}
# Famous people whose names the combinations above could come close to; never generated.
REAL_PEOPLE = {"Kim Il-sung", "Kim Jong-il", "Pak Hon-yong", "Choe Yong-gon", "Kang Kon", "Yoshida Shigeru",
               "Sato Eisaku", "Ito Hirobumi", "Kato Tomosaburo", "Saito Makoto", "Inoue Kaoru"}

HOMELAND = {"korean": "Korea", "japanese": "Japan", "other": "the Soviet Union"}
# Behaviour that may or may not "affect social order" (the cable never says what does).
AMBIGUOUS_BEHAVIOUR = [
    "{S} has been selling goods without a licence.",
    "{S} joined a noisy crowd arguing with local officials last month.",
    "{S} has quarrelled loudly with neighbours several times, and they have complained to the local authorities.",
    "{S} was found drunk in the street twice this winter.",
]

# Sentences for each fact: FACT_TEXT[field][value] is a list of variants (stated in PERSONA_ORDER); KIND_TEXT
# overrides them for prisoners of war and posted specialists, whose lives the general sentences would misdescribe.
FACT_TEXT = {
    "requests_return": {
        True: ["{S} has asked the authorities for permission to go home to {home}.",
               "{S} wants to return to {home} and has said so to the authorities."],
        False: ["{S} wants to stay in China and has not asked to go home.",
                "{S} has made a life in China and does not want to return to {home}."],
    },
    "pending_case": {
        True: ["{S} is being sued over an unpaid debt, and the case is still open.",
               "{S} faces a criminal charge after a fight, and the case has not been heard."],
        False: ["No civil or criminal case is pending against {O}.",
                "{S} has no open case before any court."],
    },
    "hardship": {
        True: ["{S} can barely make a living.", "{S} has no steady income and struggles to get by."],
        False: ["{S} earns enough to live on.", "{S} makes a modest but steady living."],
    },
    "disturbs_order": {
        True: ["The local authorities report that {S_low} keeps starting brawls that disturb social order.",
               "The police say {S_low} has repeatedly disturbed public order."],
        False: ["Neighbours describe {O} as quiet; {S_low} causes no trouble.",
                "{S} has never disturbed public order."],
    },
    "wants_free_travel": {
        True: ["{S} has asked to travel home by train free of charge."],
        False: ["{S} has not asked for a free journey home."],
    },
    "pow_language_barrier": {
        True: ["{S} speaks little Chinese and cannot keep up in training."],
        False: ["{S} speaks Chinese well enough to follow training."],
    },
    "pow_early_revolutionary_work": {
        True: ["Years ago {S_low} took part in early revolutionary work."],
        False: ["{S} never took part in revolutionary work."],
    },
    "pow_family_difficulties": {
        True: ["{P_cap} family at home is in difficulty, and worry keeps {O} from working at ease."],
        False: ["{S} has no family troubles that keep {O} from working."],
    },
}
KIND_TEXT = {
    "prisoner_of_war": {
        "requests_return": {True: ["{S} has asked to be sent home to {home}."],
                            False: ["{S} has not asked to be sent home."]},
        "hardship": {True: ["{S} finds life in China very hard."], False: ["{S} copes with life in China."]},
        "disturbs_order": {True: ["The authorities report that {S_low} has repeatedly disturbed order."],
                           False: ["{S} has never caused trouble."]},
    },
    "other": {
        "requests_return": {True: ["{S} has asked to go home to {home}."], False: ["{S} has not asked to leave China."]},
    },
}


def fact_sentences(field: str, value: bool, group: Optional[str], nationality: Optional[str]) -> list:
    """The variants that tell `field = value` about a person of this group and nationality."""
    for kind in (group, nationality):
        if field in KIND_TEXT.get(kind or "", {}):
            return KIND_TEXT[kind][field][value]
    return FACT_TEXT[field][value]


@dataclass(frozen=True)
class Persona:
    name: str
    nationality: str   # as shown, e.g. "Korean"
    occupation: str
    pronoun: str       # "he" or "she"
    text: str
    place: str = ""
    setting: str = ""  # the persona_table setting it was drawn from ("" for a teacher's own card)
    age: int = 0
    since: int = 0

    def card(self) -> str:
        return f"Persona card: {self.name}, {self.nationality}, {self.occupation}\n{self.text}"

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping) -> "Persona":
        return cls(**{k: data[k] for k in ("name", "nationality", "occupation", "pronoun", "text")},
                   **{k: data[k] for k in ("place", "setting", "age", "since") if k in data})


def make_name(nationality: Optional[str], pronoun: str, rng: random.Random, avoid=()) -> str:
    """A fictional name, never a famous person's and never one in `avoid` (names already in the quiz)."""
    table = NAMES["russian" if nationality == "other" else (nationality or "korean")]
    for _ in range(500):
        family, given = rng.choice(table["family"]), rng.choice(table[pronoun])
        if table["order"] == "given-first" and pronoun == "she":
            family += "a"  # Russian feminine surname
        name = f"{family} {given}" if table["order"] == "family-first" else f"{given} {family}"
        if name not in REAL_PEOPLE and name not in avoid:
            return name
    raise LookupError("no unused name left")


def _words(pronoun: str, home: str) -> dict:
    he = pronoun == "he"
    return {"S": "He" if he else "She", "S_low": pronoun, "O": "him" if he else "her",
            "P": "his" if he else "her", "P_cap": "His" if he else "Her", "home": home}


def pick_setting(facts: Mapping, rng: random.Random, ambiguous_group: bool = False) -> table.Setting:
    nationality = facts.get("nationality")
    group = None if ambiguous_group else facts.get("group")
    options = [s for s in table.settings_for(nationality, group) if table.allowed(s, facts)]
    if not options:
        raise LookupError(f"no 1950 setting fits {dict(facts)}")
    return rng.choice(options)


def build(facts: Mapping, mention: Iterable[str], rng: random.Random, extra: Optional[str] = None,
          ambiguous_group: bool = False, avoid=()) -> Persona:
    """A persona for `facts` (case fields), drawn from persona_table. `mention` lists the false facts worth
    stating; `extra` (a sentence template) replaces the social-order sentence for an ambiguity case, and
    `ambiguous_group` draws from the settings whose group is the question."""
    setting = pick_setting(facts, rng, ambiguous_group)
    pronoun = rng.choice(setting.pronouns)
    name = make_name(facts.get("nationality"), pronoun, rng, avoid)
    w = _words(pronoun, HOMELAND.get(facts.get("nationality"), "home"))
    age = rng.randint(*setting.ages)
    since = rng.randint(max(setting.since[0], 1951 - age), setting.since[1]) if setting.since else 0
    occupation = rng.choice(setting.occupations)
    sentences = [setting.opening.format(name=name, age=age, occupation=occupation, place=setting.place, since=since)]
    mention = set(mention)
    for field in PERSONA_ORDER:
        value = bool(facts.get(field))
        if field == "disturbs_order" and extra:
            sentences.append(extra.format(**w))
        elif value or field in mention:
            variants = fact_sentences(field, value, facts.get("group"), facts.get("nationality"))
            sentences.append(rng.choice(variants).format(**w))
    return Persona(name, setting.label, occupation, pronoun, " ".join(sentences), setting.place, setting.id, age, since)
