"""Who could be on a persona card in April 1950: nationality, place, occupation and prisoner-of-war history
that fit together, each with the dossier facts behind it (ids in shared/reference/facts.yaml).

Generation draws only from SETTINGS (personas.build); `fits` checks a card against them, and a test
checks thousands. Combinations the dossier does not support are left out, and EXCLUDED says why, so a
reviewer can see what was considered. The cards never give a prisoner of war a place or year of
capture: the cable does not say where or when its prisoners were taken.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import FrozenSet, Mapping, Optional, Tuple

# Fields a card may set true, by kind of person. Everything else stays false.
RESIDENT = frozenset({"requests_return", "pending_case", "hardship", "disturbs_order", "wants_free_travel"})
PRISONER = frozenset({"requests_return", "pow_language_barrier", "pow_early_revolutionary_work",
                      "pow_family_difficulties", "hardship", "disturbs_order", "wants_free_travel"})
POSTED = frozenset({"requests_return"})


@dataclass(frozen=True)
class Setting:
    id: str
    nationality: str                 # the case value: korean, japanese, other
    label: str                       # as the card shows it
    group: Optional[str]             # the case group; None for the ambiguity settings (the group is the question)
    place: str
    occupations: Tuple[str, ...]
    pronouns: Tuple[str, ...]
    ages: Tuple[int, int]
    since: Optional[Tuple[int, int]]  # years the person may have lived there since; None: not stated
    opening: str                     # the card's first sentence
    allows: FrozenSet[str]           # fields that may be true
    facts: Tuple[str, ...]           # dossier facts behind the combination
    why: str


NORTHEAST = "Northeast China"
SETTINGS: Tuple[Setting, ...] = (
    Setting("jp_technician", "japanese", "Japanese", "technical_personnel", NORTHEAST,
            ("railway engineer", "mining engineer", "engineer at a factory", "technician at a mine",
             "railway technician", "factory engineer who trains Chinese workers"), ("he",), (28, 60), None,
            "{name}, {age}, is a Japanese {occupation} in {place}, one of the Japanese technical staff kept on after 1945.",
            RESIDENT, ("jp_technicians_roc_1947", "jp_communist_areas_1947", "jp_ccp_technicians"),
            "Japanese technical personnel were retained in the Northeast in 1947, and the Communists used thousands "
            "of Japanese technicians in factories, mines and railways there from 1949 to 1953."),
    Setting("jp_family", "japanese", "Japanese", "ordinary_national", NORTHEAST,
            ("wife of a Japanese engineer",), ("she",), (24, 55), None,
            "{name}, {age}, is the wife of a Japanese engineer kept on at a mine in {place}.",
            RESIDENT, ("jp_technicians_roc_1947",),
            "The retained Japanese technicians had their families with them (about 31,000 people in 1947)."),
    Setting("jp_stayed", "japanese", "Japanese", "ordinary_national", NORTHEAST,
            ("resident",), ("she",), (25, 60), None,
            "{name}, {age}, is a Japanese woman who stayed in {place} after the mass repatriation of 1946 to 1948.",
            RESIDENT, ("jp_huludao", "jp_1954_remaining"),
            "About 1.05 million Japanese civilians left through Huludao in 1946-1948, yet about 8,000 Japanese "
            "residents were still in China in 1954, some 4,700 of them women who did not wish to return."),
    Setting("jp_shanghai", "japanese", "Japanese", "ordinary_national", "Shanghai",
            ("resident",), ("he", "she"), (25, 60), None,
            "{name}, {age}, is a Japanese national living in {place}.",
            RESIDENT, ("doc_reply_to_letter",),
            "Shanghai's letter of 7 April 1950 asked how to manage Japanese and Korean nationals there; the "
            "sources do not say what work they did, so the card names none."),
    Setting("kr_settler", "korean", "Korean", "ordinary_national", "the Yanbian area of Northeast China",
            ("settler",), ("he", "she"), (20, 65), (1910, 1944),
            "{name}, {age}, is a Korean settler who has lived in {place} since {since}.",
            RESIDENT, ("kn_migration_1910", "kn_yanbian", "kn_ccp_areas", "kn_kmt_policy_1946"),
            "Koreans settled in Northeast China, above all around Yanbian, from the late nineteenth century and "
            "after 1910; at the end of the war most lived in Communist-held areas."),
    Setting("kr_shanghai", "korean", "Korean", "ordinary_national", "Shanghai",
            ("resident",), ("he", "she"), (20, 60), None,
            "{name}, {age}, is a Korean national living in {place}.",
            RESIDENT, ("doc_reply_to_letter",),
            "Shanghai asked about Korean nationals in its care; the sources do not say what work they did."),
    Setting("jp_prisoner", "japanese", "Japanese", "prisoner_of_war", "China",
            ("prisoner of war",), ("he",), (22, 50), None,
            "{name}, {age}, is a Japanese prisoner of war held in China, where prisoners attend training.",
            PRISONER, ("doc_point3_pows", "jp_ccp_vs_ussr"),
            'View 3 speaks of Japanese prisoners of war in China and their "training"; the cable does not say '
            "where or when they were captured, so the card does not either."),
    Setting("kr_prisoner", "korean", "Korean", "prisoner_of_war", "China",
            ("prisoner of war",), ("he",), (22, 50), None,
            "{name}, {age}, is a Korean prisoner of war held in China, where prisoners attend training.",
            PRISONER, ("doc_point3_pows",),
            "View 3 speaks of Korean prisoners of war in China; the sources give no place or date of capture."),
    Setting("soviet_specialist", "other", "Soviet", "technical_personnel", NORTHEAST,
            ("specialist engineer",), ("he",), (30, 58), None,
            "{name}, {age}, is a Soviet {occupation} working in {place}.",
            POSTED, ("rd_kovalev_may1949", "ctx_sino_soviet_treaty"),
            "Soviet specialists worked in Northeast China in 1949 under Kovalev; the Soviet Union was the "
            "People's Republic's ally (treaty of 14 February 1950). The cable covers only Japanese and Koreans."),
    # Whether these jobs count as "technical personnel" is the quiz's question (the group is left open).
    Setting("jp_in_between", "japanese", "Japanese", None, NORTHEAST,
            ("interpreter at a factory", "bookkeeper at a mine", "foreman at a railway workshop",
             "draughtsman at a factory", "laboratory assistant at a factory"), ("he", "she"), (24, 58), None,
            "{name}, {age}, is a Japanese {occupation} in {place}, kept on after 1945.",
            RESIDENT, ("jp_ccp_technicians", "jp_communist_areas_1947", "gl_technical_personnel"),
            "Japanese staff worked in the Northeast's factories, mines and railways; the cable never defines "
            '"technical personnel", so jobs between skilled and unskilled are open to argument.'),
)

EXCLUDED = (
    ("Soviet or Russian prisoners of war", ("ctx_sino_soviet_treaty", "doc_point3_pows"),
     "The Soviet Union was the People's Republic's ally, and view 3 names only Japanese and Korean prisoners."),
    ("Russian émigrés, in Shanghai or elsewhere", (),
     "The dossier says nothing about them, so no card shows one (and none would be 'returning' to the USSR)."),
    ("A place or year of capture for a prisoner of war", ("doc_point3_pows",),
     "The cable does not say where or when its prisoners of war were taken."),
    ("Japanese war-crimes prisoners at Fushun", ("jp_fushun_1950",),
     "They arrived from the Soviet Union on 21 July 1950, after the cable."),
    ("Ethnic Korean soldiers of the PLA", ("rd_cmc_jan1950", "kw_spring_1950_return"),
     "They went back to North Korea through military channels, not under this Foreign Ministry cable."),
    ("Korean technical personnel", ("gl_technical_personnel",),
     "The dossier names no Korean technical staff (most foreign technical personnel were Japanese)."),
    ("Ordinary jobs for Japanese or Koreans in Shanghai", (),
     "The sources do not say how Japanese or Korean nationals in Shanghai made their living."),
)


def settings_for(nationality: str, group: Optional[str]) -> Tuple[Setting, ...]:
    return tuple(s for s in SETTINGS if s.nationality == nationality and s.group == group)


def consistent(facts: Mapping) -> bool:
    """Facts that can stand together on one card: asking for a free trip home means asking to go home."""
    return not (facts.get("wants_free_travel") and not facts.get("requests_return"))


def allowed(setting: Setting, facts: Mapping) -> bool:
    """Whether `facts` (case fields) can be told about a person of this setting."""
    true = {k for k, v in facts.items() if v is True}
    return true <= setting.allows and consistent(facts)


def case_fits(facts: Mapping) -> bool:
    """Some setting can carry this case (nationality and group as given, every true fact allowed)."""
    return any(allowed(s, facts) for s in settings_for(facts.get("nationality"), facts.get("group")))


def fits(card: Mapping, facts: Mapping) -> Optional[str]:
    """None if a generated card fits the table, else what is wrong (for the tests and the CLI)."""
    setting = next((s for s in SETTINGS if s.id == card.get("setting")), None)
    if setting is None:
        return f"unknown setting {card.get('setting')!r}"
    if (card["nationality"], card["place"]) != (setting.label, setting.place):
        return f"{card['nationality']} in {card['place']} is not the setting's {setting.label} in {setting.place}"
    if card["occupation"] not in setting.occupations:
        return f"occupation {card['occupation']!r} is not one of the setting's"
    if facts.get("nationality") != setting.nationality or (setting.group and facts.get("group") != setting.group):
        return "the case's nationality or group differs from the setting's"
    if not allowed(setting, facts):
        return f"facts {sorted(k for k, v in facts.items() if v is True)} do not fit {setting.id}"
    if setting.since and card.get("since") and card["since"] <= 1950 - card["age"]:
        return "lived there since before being born"
    return None


def sample(count: int, seed: str) -> list:
    """`count` cards as quizzes deal them (ten to a quiz, levels 1 to 3 in turn), for review in bulk."""
    from . import quiz   # quiz imports personas, which imports this module

    cards, k = [], 0
    while len(cards) < count:
        state = quiz.new_quiz(f"review:{seed}:{k}")
        for n in range(quiz.TOTAL):
            state = quiz.next_question({**state, "level": 1 + n % 3})
            s = quiz.current(state)
            setting = next((t for t in SETTINGS if t.id == s.persona.setting), None)
            cards.append({"quiz": k + 1, "question": n + 1, "name": s.persona.name, "nationality": s.persona.nationality,
                          "place": s.persona.place, "occupation": s.persona.occupation, "age": s.persona.age,
                          "since": s.persona.since or None, "paragraph": s.persona.text,
                          "facts": {f: v for f, v in s.facts.items() if v is not None},
                          "open_question": s.ambiguity.term if s.ambiguity else None,
                          "setting": s.persona.setting, "dossier_facts": list(setting.facts) if setting else []})
            state = quiz.skip(state)
            if len(cards) == count:
                break
        k += 1
    return cards
