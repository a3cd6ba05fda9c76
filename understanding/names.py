"""A person named as a message's subject: "Yi is Korean.", "Batu trades horses.", "Moon Sook. Korean, ...".

A name says the message is about one particular person, as "she" does. Only a capitalised name at the
start of a sentence, followed by what people are or do, counts: "Korea is poor" names a country, "Zhou
Enlai was Chinese" a man of the sources (a question about them, never a case).
"""
from __future__ import annotations

import re

from . import fact_lexicon as fl
from .case_words import FUNCTION_WORDS
from .case_words import load as load_case_words

_NAME = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"     # Yi, Ji-hoon, Eun-Hee
_TITLE = (r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Doctor|Sgt|Sergeant|Corporal|Cpl|Private|Pvt|Lieutenant|Lt|Captain|Capt|"
          r"Grandpa|Grandma|Granny|Uncle|Auntie|Aunt|Old|Little|Comrade)\.?\s+)")
_DEMONYMS = "|".join(sorted({re.escape(d) for ds in fl.NATIONALITY_DEMONYMS.values() for d in ds
                             if d.isascii()}, key=len, reverse=True))
_DEMONYM_WORDS = frozenset(d for ds in fl.NATIONALITY_DEMONYMS.values() for d in ds)
# What follows a person's name: a copula or a person's verb, or the start of a list of their facts
# ("Hyun-woo, Korean, coal miner."; "Ito Masao. Japanese.").
_PERSON_VERB = (r"is|was|has|had|isn't|isnt|wasn't|wasnt|hasn't|hasnt|doesn't|doesnt|didn't|didnt|can't|cant|"
                r"cannot|does|did|can|could|would|will|never|also|still|just|really|now|used|wants?|wanted|works?|"
                r"worked|lives?|lived|runs?|ran|sells?|sold|farms?|owns?|teaches|taught|cooks|drives|earns?|"
                r"struggles?|fights?|fought|steals?|stole|asks?|asked|begs?|begged|married|arrived|came|moved|"
                r"settled|served|joined|trades?|makes?|made|keeps?|kept|got|gets|speaks?|spoke|understands?|"
                r"knows?|said|says|told|tells|grew|went|goes|left|fled|hates?|loves?|likes?|refuses?|refused|"
                r"needs?|needed|owes?|owed|repairs?|fixes|sweeps?|digs?|builds?|carries|hauls?|mends?|sews?|"
                r"treats?|nurses?|helps?|studied|studies|trained|graduated|became|stays?|stayed|hopes?|"
                r"dreams?|misses|missed|'s|[a-z]{3,}(?:s|ed)")   # (after a name, "herds", "peddled": a verb)
_AFTER = rf"(?=\s+(?:{_PERSON_VERB})\b|'s\s|\s*[,.;:]\s*(?i:(?:(?:an?|the|aged?|age)\s+)?(?:{_DEMONYMS}|\d))\b)"
_SENTENCE_START = r"(?:^|(?<=[.!?;]\s)|(?<=[.!?;]\s\s)|(?<=\n))"
_SUBJECT = re.compile(rf"{_SENTENCE_START}(?P<name>{_TITLE}?{_NAME}(?:\s+{_NAME}){{0,2}}){_AFTER}")
# typed in lower case, a Korean name still shows by its hyphenated given name: "lee myung-hee. korean."
_LOWER_KOREAN = re.compile(rf"{_SENTENCE_START}(?P<name>[a-z]{{2,5}}\s+[a-z]{{2,6}}-[a-z]{{2,6}}){_AFTER}")

# Capitalised words that start sentences without naming anyone: English words ("Mine is Korean",
# "Salary is low"; the case reader's dictionary), places, and the people of the sources.
_WORDS = load_case_words()
_ENGLISH = frozenset(_WORDS["known"]) | frozenset(_WORDS["vocabulary"]) | frozenset(FUNCTION_WORDS) | frozenset(
    w for w in _WORDS["occupations"] if " " not in w)
_NOT_NAMES = frozenset("""
say suppose imagine describe meet let kindly cannot man one mom nat subject upstairs pay mein charakter
two three four five six seven eight nine ten now well got picture many much few aiyo aiya ok okay yes no hi
hello hey um uh lol omg btw pls nobody everyone everybody someone somebody
china manchuria north south east west northeast northern southern eastern western
beijing peking shanghai tianjin harbin shenyang mukden dalian andong dandong yanji yanbian fushun anshan
changchun jilin qingdao nanjing hankou wuhan canton guangzhou hong kong
pla pva pow zhou mao stalin truman macarthur rhee syngman chiang
""".split()) | frozenset(   # the places that tell a nationality, but for two family names
    w for ps in fl.NATIONALITY_PLACES.values() for p in ps for w in p.split() if p.isascii()) - {"yamaguchi", "nara"}
# The people of the sources, by full name: "Zhou Enlai was Chinese" asks about the premier
_OF_THE_SOURCES = ("zhou enlai", "mao zedong", "liu shaoqi", "lin biao", "nie rongzhen", "peng dehuai", "gao gang",
                   "kim il", "huang hua", "chen yi", "he jinnian", "ni zhiliang", "zhao erlu", "xiao ke", "amy king")


def _is_name(candidate: str) -> bool:
    words = re.sub(_TITLE, "", candidate).lower().split()
    parts = [p for w in words for p in w.split("-")]
    return bool(words) and not any(p in _NOT_NAMES or p in _DEMONYM_WORDS for p in parts) and \
        not any(" ".join(words).startswith(n) for n in _OF_THE_SOURCES) and \
        not all(w in _ENGLISH for w in words)


def named_subject(text: str) -> str:
    """The name of the person ``text`` is about, if it names one as a sentence's subject; else ""."""
    for m in (*_SUBJECT.finditer(text), *_LOWER_KOREAN.finditer(text)):
        if _is_name(m.group("name")):
            return m.group("name")
    for m in _NAME_THEN_TRADE.finditer(text):   # "Kim, radio technician, Yanji."
        if {m.group("trade"), m.group("trade").split()[-1]} & _TRADES and _is_name(m.group("name")):
            return m.group("name")
    return ""


_NAME_THEN_TRADE = re.compile(rf"{_SENTENCE_START}(?P<name>{_TITLE}?{_NAME}(?:\s+{_NAME}){{0,2}})\s*,\s*(?:an?\s+)?"
                              r"(?P<trade>[a-z]+(?:\s+[a-z]+)?)\s*(?=[,.;]|$)")
_TRADES = frozenset(_WORDS["occupations"]) | frozenset(
    t for kinds in fl.GROUP_TERMS.values() for terms in kinds.values() for t in terms)


_CAPITALISED = re.compile(r"(?<![.!?;:\n]\s)(?<![.!?;:\n]\s\s)(?<!^)(?<![\w'-])([A-Z][a-z]{2,})\b")


def proper_names(text: object) -> frozenset[str]:   # (a reply of the wrong type names no one)
    """Capitalised words inside sentences that are no English words ("Longjing", "Hideo", "Wang"),
    and the named subject's: lower-cased, for the spelling corrector to leave alone."""
    if not isinstance(text, str):
        return frozenset()
    found = {w.lower() for w in _CAPITALISED.findall(text)} | {
        w for part in named_subject(text).lower().split() for w in part.split("-")}
    return frozenset(w for w in found if w not in _ENGLISH)
