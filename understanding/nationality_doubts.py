"""What makes a nationality unclear, and what tells it when no one says it of the person: whether the
message calls the person's nationality mixed or unclear (parents of two countries, papers of one and a
claim of another, a doubt said of it), and the family or army that tells it ("born to korean parents",
"a Japanese army corporal"), read back before assessing. case_choices.nationality uses both.
"""

from __future__ import annotations

import re

from . import fact_lexicon as fl
from . import second_thoughts as st
from .answers import UNKNOWN
from .context import Context
from .patterns import alt, words
from .text import blank

_NAT_AMBIGUOUS = words(fl.NATIONALITY_AMBIGUOUS)
DEMONYMS = {t: v for v, ts in fl.NATIONALITY_DEMONYMS.items() for t in ts if t.isascii()}
DEMONYM = "(?:" + alt(DEMONYMS) + ")"
# "it's not clear whether Ok-ja (she also goes by Akiko) is Korean or Japanese": the doubt, an aside, its object
_DOUBTED = (r"(?:(?:not|isn't|wasn't)\s+(?:\w+\s+)?(?:clear|sure|certain)|unclear|uncertain"
            r"|(?:nobody|no\s+one)\s+knows)\s+(?:whether|if)\s+[^.;!?]{0,60}?\b(?:is|was)\s+(?:an?\s+)?DEMONYM"
            r"\s+or\s+(?:an?\s+)?DEMONYM"
            # "a prisoner who might be korean or japanese, the records are confused"
            r"|(?:might|may|could)\s+(?:be|have\s+been)\s+(?:either\s+)?(?:an?\s+)?DEMONYM\s+or\s+(?:an?\s+)?DEMONYM")
_MIXED = words([p.replace("DEMONYM", DEMONYM) for p in fl.NATIONALITY_MIXED + [_DOUBTED] + st.MIXED])
# "it's not clear whether he is Korean"
_NAT_UNKNOWN = words(fl.NATIONALITY_UNKNOWN + [r"(?:not|isn't|is\s+not|wasn't)\s+(?:\w+\s+)?clear"])
_NAT_SUBJECT = words(fl.NATIONALITY_SUBJECT + list(DEMONYMS))
_PARENT_NAT = re.compile(
    r"(?<![\w'])(?:" + fl.PARENT_WORDS + r"(?:\s+[\w']+){0,2}?\s+(?:is|was|are|were)\s+(?:both\s+|also\s+)?(?:an?\s+)?("
    + DEMONYM + r")|(" + DEMONYM + r")\s+" + fl.PARENT_WORDS
    # "his mum was korean and his dad japanese": the verb said once for both
    + r"|(?<=\band\s)(?:his|her|their)\s+" + fl.PARENT_WORDS + r"\s+(" + DEMONYM + r")(?=\s*(?:$|[,.;!?])))(?![\w'])")
# "korean papers", "her passport is korean", "registration still says japanese"
PAPERS = re.compile(r"(?<![\w'])(?:(" + DEMONYM + r")\s+" + fl.PAPERS + r"|" + fl.PAPERS
                    + r"\s+(?:still\s+)?(?:is|are|was|were|says?|said|shows?|showed)\s+(?:(?:he|she)\s+is\s+)?"
                    r"(?:an?\s+)?("
                    + DEMONYM + r"))(?![\w'])")


_SELF_CLAIM = re.compile(r"(?:calls?|considers?|sees?|thinks\s+of)\s+(?:him|her|them)sel(?:f|ves)\s+(?:as\s+)?"
                         r"(?:an?\s+)?(" + DEMONYM + r")(?![\w'])|\bsays\s+(?:he|she)(?:'s|\s+is)\s+(?:an?\s+)?("
                         + DEMONYM + r")(?![\w'])")


# what the authorities made of the person: "the japanese authorities always said he was japanese"
_OTHERS_SAY = re.compile(r"\b(?:authorities|police|officials|government|records?|registry|army)\b[^.;!?]{0,30}?\b"
                         r"(?:said|say|says|called|calls|considered|considers|registered|listed|treated|counted)\s+(?:him|her)\s+(?:as\s+)?"
                         r"(?:an?\s+)?(" + DEMONYM + r")(?![\w'])|\bsaid\s+(?:he|she)\s+was\s+(?:an?\s+)?(" + DEMONYM
                         + r")(?![\w'])")


def on_papers(m: re.Match[str]) -> str:
    return DEMONYMS[m.group(1) or m.group(2)]
_BARE = re.compile(r"^(?:(?:i|we|am|is|are|he|she|they|it|that|but|and|so|just|really|totally|quite|100%|"
                   r"though|tho|either|honestly|to be honest|about|of|that|think|guess|reckon|suppose|"
                   r"believe|maybe|probably|prob|or|not|do|does)\s*)*$")


def unsure_nationality(text: str, mention: bool) -> bool:
    """Whether the message says the person's nationality is mixed or unclear."""
    if _MIXED.search(text):
        return True
    claimed = {DEMONYMS[m.group(1) or m.group(2)] for m in _SELF_CLAIM.finditer(text)} if mention else set()
    others_say = {DEMONYMS[m.group(1) or m.group(2)] for m in _OTHERS_SAY.finditer(text)} if claimed else set()
    if claimed and ({on_papers(m) for m in PAPERS.finditer(text)} | others_say) - claimed:
        return True     # "she calls herself korean but her registration says japanese", "... the police said he was"
    if not mention:
        return bool(_NAT_AMBIGUOUS.search(text) or UNKNOWN.search(text))
    ctx = Context(text)
    for m in _NAT_UNKNOWN.finditer(text):
        if ctx.negated(m.start()):
            continue  # "his nationality isn't complicated, he's korean"
        clause = ctx.clause(m.start(), m.end())
        rest = _NAT_UNKNOWN.sub(" ", clause).strip(" .,;:!?")
        if _THAT_COUNTS.match(rest) and _papers_differ(text):
            return True  # "an ethnic korean with chinese papers, not sure if that counts"
        label_before = _NAT_LABEL.search(text[max(0, m.start() - 40):m.start()])
        if _NAT_SUBJECT.search(_A_LANGUAGE.sub(" ", clause)) or label_before:
            return True  # "not sure if he is Korean or Chinese", "no idea of his nationality", "nat: unclear"
        if _ABOUT_SOMETHING_ELSE.match(_sentence_after(text, m.end())):
            continue  # "korean technician. not sure yet if he wants to go back"
        if _BARE.match(rest) and _doubts_a_demonym(ctx.text, m.start()):
            return True  # "I think he is Korean, but I am not certain"
    return False


# a language someone has is no nationality: "not sure whether his chinese is good enough"
_A_LANGUAGE = re.compile(r"(?:his|her|their|my)\s+" + DEMONYM + r"\s+(?:is|was|isn't|isnt|wasn't|skills|level)\b"
                         r"|(?:speaks?|speaking|reads?|writes?|understands?|learn\w*)\s+(?:\w+\s+){0,2}?" + DEMONYM)
_NAT_LABEL = re.compile(r"(?:nationality|citizenship|nat)\s*[:=-]\s*"
                        r"(?:(?:kinda|kind of|a bit|honestly|really|quite|pretty|totally|very)\s+){0,2}$")
_DEMONYM_RE = re.compile(r"(?<![\w'])" + DEMONYM + r"(?![\w'])")


# a doubt about what came before: "not sure if that counts", "idk whether it matters"
_THAT_COUNTS = re.compile(r"^(?:(?:i|am|im|i'm)\s+)*(?:if|whether)\s+(?:that|this|it)\s+"
                          r"(?:counts?|matters?|makes a difference|changes anything|applies)$")


# a doubt that names its own object ("not sure if he wants to go back"), not the nationality
_ABOUT_SOMETHING_ELSE = re.compile(r"^\s*(?:yet\s+|really\s+)?(?:if|whether|about)\s+"
                                   r"(?!(?:he|she|they)\s+(?:is|are|'s|s)\s+" + DEMONYM + r")"
                                   r"(?!.*(?:nationality|citizenship|papers|passport))")


def _doubts_a_demonym(text: str, start: int) -> bool:
    """A demonym shortly before the doubt at ``start``, with no other statement between them
    ("korean. idk" doubts it; "korean vendor. prob poor, idk" doubts the poverty)."""
    window = text[max(0, start - 60):start]
    found = list(_DEMONYM_RE.finditer(window))
    if not found:
        return False
    # the last clause before the doubt: "korean, i think, not sure" doubts the nationality;
    # "japanese dentist, might want to go home, who knows" doubts the going home
    between = [c for c in re.split(r"[.!?;,\n]", window[found[-1].end():]) if c.strip()]
    return not between or bool(_BARE.match(between[-1].strip()))


def _sentence_after(text: str, end: int) -> str:
    return re.split(r"[.!?;\n]", text[end:], maxsplit=1)[0]


def _papers_differ(text: str) -> bool:
    """Papers of one country and, elsewhere in the message, a person of another."""
    papers = list(PAPERS.finditer(text))
    if not papers:
        return False
    rest = blank(text, [m.span() for m in papers])
    return bool({DEMONYMS[m.group()] for m in _DEMONYM_RE.finditer(rest)}
                - {on_papers(m) for m in papers})


def parents_unclear(text: str) -> bool:
    """Parents of two nationalities, or parents' and papers' nationalities that differ."""
    parents = {DEMONYMS[next(g for g in said if g)] for said in _PARENT_NAT.findall(text)}
    papers = {on_papers(m) for m in PAPERS.finditer(text)}
    return len(parents) > 1 or bool(parents and papers - parents)


_IN_ITS_ARMY = re.compile(r"(?<!served as )(?<!served as a )(?<!in the )\b(" + DEMONYM
                          + r")\s+(?:imperial\s+|kwantung\s+)?(?:army|navy|military)\s+(?:corporal|private"
                          r"|sergeant|soldier|officer|lieutenant|captain"
                          r"|major|colonel|pilot|medic|conscript|cook|driver|deserter|veteran|man|guy|infantryman)\b")
_RELATIVE_BEFORE = re.compile(r"\b(?:his|her|their|whose|my)\s+\w+")   # "his brother is a japanese army officer"
_SOMEONE_ELSES = re.compile(r"(?:'s|s')\s+(?:(?:both|own)\s+)?$")


def told_by_family_or_army(text: str, ctx: Context, born_where: set[str],
                           papers: bool) -> tuple[str, bool, tuple[str, str]] | None:
    """(value, saw, why) when nothing names the person's nationality but their parents or army do."""
    # "born in pyongyang to korean parents", "both his parents were korean": theirs is the person's,
    # unless born in another country ("his parents were korean but he was born in japan")
    said = [m for m in _PARENT_NAT.finditer(text) if not _SOMEONE_ELSES.search(text[:m.start()])
            and "grand" not in m.group() and not text[:m.start()].endswith("my ")]   # (not the writer's own)
    parents = {DEMONYMS[next(g for g in m.groups() if g)] for m in said}   # (not "his wife's parents")
    served = [m for m in _IN_ITS_ARMY.finditer(text) if not ctx.negated(m.start())
              and not _RELATIVE_BEFORE.search(re.split(r"[,.;!?]", text[:m.start()])[-1])]
    if len(parents) == 1 and born_where <= parents and not papers:
        return parents.pop(), True, ("occupation", said[0].group().strip())
    if served and not said and len({DEMONYMS[m.group(1)] for m in served}) == 1:
        # "a Japanese army corporal": read back, for Koreans served in that army too
        return DEMONYMS[served[0].group(1)], True, ("occupation", served[0].group().strip())
    return None
