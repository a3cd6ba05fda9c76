"""British and American spellings of one word, folded to one form ("centre" -> "center",
"harbour" -> "harbor", "organised" -> "organized").

The knowledge base runs this on its content and on every question alike (knowledge.text.term),
so which spelling a student or a writer used no longer matters.  A rule rewrites only an ending
that is a spelling variant; the exceptions are English words whose ending is no variant
("devour", "advise", "exercise").  As both sides are folded the same way, a rule that misfired
would only change how a word is written inside the index, unless it turned it into another real
word; the exceptions keep those words whole.  Pure: no data files.
"""
from __future__ import annotations

import re
from functools import lru_cache

_OUR_RE = re.compile(r"^(\w{3,})our(s|ed|ing|er|ers|ite|ites|able|ably|ful|less|hood)?$")
_TRE_RE = re.compile(r"^(\w{2,}[tbg])re(s)?$")
_ISE_RE = re.compile(r"^(\w{3,})is(e|es|ed|ing|ation|ations|er|ers)$")
_YSE_RE = re.compile(r"^(\w{2,})ys(e|es|ed|ing|er|ers)$")
_WHOLE = {"defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
          "programme": "program", "programmes": "programs", "catalogue": "catalog",
          "catalogues": "catalogs", "dialogue": "dialog", "grey": "gray", "archaeology": "archeology",
          "enrol": "enroll", "enrolment": "enrollment", "fulfil": "fulfill", "judgement": "judgment",
          "travelled": "traveled", "travelling": "traveling", "cancelled": "canceled",
          "labelled": "labeled", "modelling": "modeling", "counselling": "counseling"}
_OUR_KEEP = frozenset("devour devours devoured devouring contour contours detour detours paramour "
                      "troubadour velour".split())
# -ise words that are not -ize words: folding them is harmless, except where the -ize form is
# another word; kept whole anyway, so the index reads as the content is written
_ISE_KEEP = frozenset("""
advise advised advises advising adviser advisers revise revised revising devise devised
supervise supervised supervising supervisor televise televised premise premises promise promised
promises promising surprise surprised surprises surprising exercise exercised exercises
compromise compromised compromises enterprise enterprises franchise merchandise expertise
comprise comprised comprises comprising despise despised chastise improvise improvised treatise
paradise otherwise concise precise demise excise incise disguise disguised noise raise raised
raises raising praise praised cruise bruise poise reprise likewise clockwise arise arisen arises
arising rise rises rising wise vise anise mortise circumcise apprise reprise practise practised
""".split())


@lru_cache(maxsize=20000)
def american(word: str) -> str:
    """``word`` (lower case) in its American spelling; unchanged when it has no variant."""
    if word in _WHOLE:
        return _WHOLE[word]
    if word in _OUR_KEEP or word in _ISE_KEEP:
        return word
    for pattern, repl in ((_OUR_RE, r"\1or"), (_TRE_RE, r"\1er"), (_ISE_RE, r"\1iz"),
                          (_YSE_RE, r"\1yz")):
        m = pattern.match(word)
        if m:
            return m.expand(repl) + (m.group(2) or "")
    return word
