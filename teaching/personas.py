"""Persona cards: a fictional person whose short paragraph states exactly the facts that matter.

Names are combined from common family and given names; the combinations are fictional,
and REAL_PEOPLE lists famous names a combination must never produce (a test checks it).
A fact is written out when it is true or when changing it would change the outcome,
so a careful reader has everything the rules use, and nothing is hidden.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass
from typing import Iterable, Mapping, Optional

from cable.facts import PERSONA_ORDER

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
NATIONALITY_LABEL = {"korean": "Korean", "japanese": "Japanese", "other": "Russian"}
CITIES = {
    "korean": ["Yanji", "Shenyang", "Harbin", "Andong", "Dalian", "Shanghai"],
    "japanese": ["Shenyang", "Anshan", "Dalian", "Harbin", "Changchun", "Shanghai"],
    "other": ["Harbin", "Shanghai", "Dalian"],
}
OCCUPATIONS = {
    "technical_personnel": ["chemist at a fertiliser works", "railway engineer", "mining engineer",
                            "surgeon at a city hospital", "radio technician", "geologist",
                            "electrical engineer at a power station", "pharmacist"],
    "ordinary_national": ["shopkeeper", "farmer", "tailor", "fisherman", "merchant", "cook", "dock worker",
                          "seamstress"],
}
# Occupations that may or may not be "technical personnel" (the cable never defines it).
AMBIGUOUS_OCCUPATIONS = ["nurse at a village clinic", "schoolteacher who teaches mathematics",
                         "interpreter at a steel works", "bicycle mechanic", "bookkeeper at a textile mill",
                         "medical student"]
# Behaviour that may or may not "affect social order".
AMBIGUOUS_BEHAVIOUR = [
    "{S} has been selling rationed cloth on the black market.",
    "{S} joined a noisy protest against the local cadres last month.",
    "{S} has quarrelled loudly with neighbours several times, and they have complained to the street committee.",
    "{S} was found drunk in the street twice this winter.",
]

# Sentences for each fact: FACT_TEXT[field][value] is a list of variants (stated in PERSONA_ORDER).
FACT_TEXT = {
    "requests_return": {
        True: ["{S} has asked the local office for permission to go home to {home}.",
               "{S} wants to return to {home} and has said so to the authorities."],
        False: ["{S} wants to stay in China and has not asked to go home.",
                "{S} has made a life here and does not want to return to {home}."],
    },
    "pending_case": {
        True: ["{S} is being sued over an unpaid debt, and the case is still open.",
               "{S} faces a criminal charge after a fight at the market; the case has not been heard."],
        False: ["No civil or criminal case is pending against {O}.",
                "{S} has no open case before any court."],
    },
    "hardship": {
        True: ["{S} can barely make a living.", "Since {P} workplace closed, {S_low} has had no steady income and struggles to get by."],
        False: ["{S} earns enough to live on.", "{S} makes a modest but steady living."],
    },
    "disturbs_order": {
        True: ["The street committee reports that {S_low} keeps starting brawls that disturb social order.",
               "The police say {S_low} has repeatedly disturbed public order."],
        False: ["Neighbours describe {O} as quiet; {S_low} causes no trouble.",
                "{S} has never disturbed public order."],
    },
    "wants_free_travel": {
        True: ["{S} cannot afford the train fare and asks for a free ticket home."],
        False: ["{S} could pay the train fare home if need be."],
    },
    "pow_language_barrier": {
        True: ["{S} speaks little Chinese and cannot keep up in the camp's training classes."],
        False: ["{S} speaks Chinese well enough to follow the camp's training."],
    },
    "pow_early_revolutionary_work": {
        True: ["Years ago {S_low} took part in early revolutionary work alongside the Chinese communists."],
        False: ["{S} never took part in revolutionary work."],
    },
    "pow_family_difficulties": {
        True: ["{P_cap} family at home is in difficulty, and worry keeps {O} from working at ease."],
        False: ["{S} has no family troubles that keep {O} from working."],
    },
}


@dataclass(frozen=True)
class Persona:
    name: str
    nationality: str   # as shown, e.g. "Korean"
    occupation: str
    pronoun: str       # "he" or "she"
    text: str

    def card(self) -> str:
        return f"Persona card: {self.name}, {self.nationality}, {self.occupation}\n{self.text}"

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping) -> "Persona":
        return cls(**{k: data[k] for k in ("name", "nationality", "occupation", "pronoun", "text")})


def make_name(nationality: Optional[str], pronoun: str, rng: random.Random) -> str:
    table = NAMES["russian" if nationality == "other" else (nationality or "korean")]
    while True:
        family, given = rng.choice(table["family"]), rng.choice(table[pronoun])
        if table["order"] == "given-first" and pronoun == "she":
            family += "a"  # Russian feminine surname
        name = f"{family} {given}" if table["order"] == "family-first" else f"{given} {family}"
        if name not in REAL_PEOPLE:
            return name


def _words(pronoun: str, home: str) -> dict:
    he = pronoun == "he"
    return {"S": "He" if he else "She", "S_low": pronoun, "O": "him" if he else "her",
            "P": "his" if he else "her", "P_cap": "His" if he else "Her", "home": home}


def build(facts: Mapping, mention: Iterable[str], rng: random.Random, occupation: Optional[str] = None,
          extra: Optional[str] = None) -> Persona:
    """A persona for `facts` (case fields). `mention` lists the false facts worth stating;
    `occupation` and `extra` (a sentence template) replace the defaults for ambiguity cases."""
    nationality, group = facts.get("nationality"), facts.get("group")
    pronoun = rng.choice(["he", "she"])
    name = make_name(nationality, pronoun, rng)
    w = _words(pronoun, HOMELAND.get(nationality, "home"))
    city = rng.choice(CITIES.get(nationality, CITIES["other"]))
    age, since = rng.randint(24, 58), rng.randint(1928, 1944)
    label = NATIONALITY_LABEL.get(nationality, "Korean")
    if group == "prisoner_of_war":
        occupation = occupation or "prisoner of war"
        role = "soldier" if pronoun == "he" else "army nurse"
        opening = (f"{name}, {age}, is a {label} prisoner of war: a former {role} taken prisoner in "
                   f"{rng.choice([1945, 1946, 1947])} and held in a camp near {city}.")
    else:
        occupation = occupation or rng.choice(OCCUPATIONS.get(group, OCCUPATIONS["ordinary_national"]))
        article = "an" if label[0] in "AEIOU" else "a"
        opening = f"{name}, {age}, is {article} {label} {occupation} who has lived in {city} since {since}."
    sentences = [opening]
    mention = set(mention)
    for field in PERSONA_ORDER:
        value = bool(facts.get(field))
        if field == "disturbs_order" and extra:
            sentences.append(extra.format(**w))
        elif value or field in mention:
            sentences.append(rng.choice(FACT_TEXT[field][value]).format(**w))
    return Persona(name, label, occupation, pronoun, " ".join(sentences))
