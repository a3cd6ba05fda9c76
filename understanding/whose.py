"""Whose fact is it: the person's, or someone else's in the same message.

A description names other people ("his brother wants to go home", "her landlord is suing her",
"his family back home is starving"). The case reader reads each yes/no fact from the text as it
concerns the person: `Views` holds the message with other people's clauses blanked out in the ways
each fact needs, and `view_for` says which one a fact is read from. Pure regular expressions over
the prepared text (text.prepare), like the rest of the reader.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .context import Context
from .text import Span, blank

# Another person's trouble ("whose husband keeps getting arrested", "her brother was sued"): not the
# person's, for the facts about the law and order (the POW's family facts are about the family).
# "his boss says he's a troublemaker" reports on the person: kept.
# "her landlord is suing her" is her case; "... and she owes the court" is about her again.
# ... as the subject of its clause: at a clause's start, or after "whose" ("she wants to go back to her
# dad's village" names the dad as a place, not as someone who wants anything)
_CLAUSE_START = (r"(?:(?<=^)|(?<=[.;,:!?(-])|(?<=[.;,:!?(-] )|(?<=\band )|(?<=\bbut )|(?<=\bbecause )|(?<=\bwhile )"
                 r"|(?<=\bsince )|(?<=\bso )|(?<=\bthough )|(?<=\bwhereas )|(?<=\bplus )|(?<=\balso )|(?<=\bthen )"
                 r"|(?<=\bunlike )|(?<=\bcompared to )|(?<=\bcompared with )|(?<=\bas for )"
                 # reported words start a clause: "he said his cousin has a court case"
                 r"|(?<=\bsaid )|(?<=\bsays )|(?<=\bthat )|(?<=\bmentioned )|(?<=\bwrote )|(?<=\bexplained )"
                 r"|(?<=\badmitted )|(?<=\bclaims )|(?<=\bclaimed ))")
_RELATIVE = (r"(?:(?:best|old|older|oldest|younger|youngest|little|big|elder|eldest|closest|new|only)\s+)?"
             # "his korean wife's family", "his japanese student": the relative's nationality is theirs
             r"(?:(?:korean|japanese|chinese|russian|soviet|mongolian|american|british|german|french)\s+)?"
             r"(?:husband|wife|brother|sister|son"
             r"|daughter|father|mother|dad|mum|mom|neighbou?r|assistant|friend|cousin|colleague|partner|boss|cellmate"
             r"|roommate|flatmate|landlord|employer|uncle|aunt|nephew|niece|children|kids|co-?worker|workmate"
             r"|bunk-?mate|grandson|granddaughter|grandchildren|grandkids|landlady|foreman|supervisor|manager|guard"
             r"|apprentice|officer|lodger|tenant|pupil|student|stepson|stepdaughter|stepfather|stepmother"
             r"|fianc[eé]e?|girlfriend|boyfriend|in-laws)s?\b")
_NOT_A_NAME = (r"(?:his|her|their|the|a|an|my|our|they|i|we|you|it|there|then|so|now|also|not|no|never|is|was|has"
               r"|had|does|did|got|gets|can|could|would|will|still|only|just|he|she|later|soon|that|this|when|after)\b")
# ... also "yoons wife", "the aunt" (named before: "lives with her aunt. the aunt sells fish")
_FAMILY_ONE = r"(?:husband|wife|brother|sister|son|daughter|father|mother|dad|mum|mom|uncle|aunt|cousin)\b"
# ... or anywhere, with a clause of its own: "lives with his uncle, who is always in court"
_OWN_CLAUSE = r"(?=\s+" + _RELATIVE + r",?\s+(?:who|whose|that)\b)"
# ... or one beside the person: "the guy in the next bunk, ito, starts fights", "the man next to him"
_BESIDE = (_CLAUSE_START + r"(?:the|a)\s+(?:guy|man|fellow|prisoner|woman|girl|lady)\s+(?:in\s+the\s+next\s+"
           r"(?:bunk|bed|cell|room|house|stall)|next\s+(?:to|door\s+to)\s+(?:him|her))\b(?:\s*,\s*[a-z][\w-]*\s*,)?"
           # "the couple next door fought", "another prisoner ...", "a guy from his village once rioted"
           r"|" + _CLAUSE_START + r"(?:(?:the|a)\s+(?:[a-z]+\s+)?[a-z]+\s+(?:next\s+door|downstairs|upstairs"
           r"|across\s+the\s+(?:street|hall|road))|another\s+(?:guy|man|fellow|prisoner|inmate|woman|girl|lady|worker)"
           r"|(?:a|one)\s+(?:guy|man|fellow|prisoner|woman|lady)\s+from\s+(?:his|her|the\s+same|[a-z]+'s)\s+"
           r"(?:village|town|unit|camp|hut|street))\b")
_SOMEONE_ELSE = re.compile(r"(?:(?:\bwhose|" + _CLAUSE_START + r"(?:his|her|their|(?:the\s+)?[a-z]+'s|[a-z]{2,}s(?=\s+"
                           + _FAMILY_ONE + r")|the(?=\s+" + _FAMILY_ONE + r"))"
                           r"|(?<![\w'])(?:his|her|their|[a-z]+'s)" + _OWN_CLAUSE + r")\s+" + _RELATIVE
                           # ... but what a relative left is the person's: "her husband's estate is tied up in court"
                           + r"(?!'s\s+(?:estate|inheritance|will|property|land)\b)|" + _BESIDE + ")"
                           # "his neighbour, a japanese engineer, wants ..."
                           + r"(?:\s*,\s*(?:an?|the)\s+[^,.;]{1,40},)?(?:\s*,(?=\s*(?:who|whose|that)\b))?"
                           r"(?!\s+(?:says|said|thinks|reckons|claims|reports|reported|told|tells|calls|complains|"
                           r"is suing|sued|sues|took|takes|accused|accuses|claim|claimed"
                           # ... in a learner's English or another tense: "her landlord take her to court"
                           r"|take|is\s+taking|has\s+taken|dragged|drags|is\s+prosecuting|ha[sd]\s+sued|ha[sd]\s+accused))"
                           # ... up to the person again: "but kobayashi himself has never", "but my guy never"
                           r"(?:(?![.;,]|\b(?:and|but)\s+(?:they|i)\b|\b(?:he|she)\b"
                           r"|\band\s+(?!(?:his|her|their|the|a|an|my|our|they|i|we|you|it"
                           r"|there|then|so|now|also)\b)(?!"
                           + _RELATIVE + r")[a-z]+\s+(?:wants|hopes|longs)\b"
                           r"|\bbut\s+(?:(?:[a-z]+\s+){1,2}(?:himself|herself)"
                           # "... but honestly they're fine": the writer's own word again
                           r"|(?:honestly|actually|in\s+fact|truthfully|in\s+reality)\b"
                           # "... but kazuko is quiet", "but ji-hoon has never": the person, by name
                           r"|(?!" + _NOT_A_NAME + r")(?!" + _RELATIVE + r")[a-z][\w-]*\s+(?:himself|herself|is|was"
                           r"|has|had|never|does|did|doesn't|didn't|hasn't|isn't|wasn't|wants|hopes|stays|asks|asked)\b"
                           r"|my\s+(?:guy|person|character|man|woman|girl|boy|pow|one)\b)).)*")
ABOUT_THE_PERSON_ONLY = ("disturbs_order", "pending_case", "pow_language_barrier", "requests_return")
# The family far away ("his family back home is starving", "her parents in Japan are poor"): their
# want is the POW's family difficulty, not the person's own difficulty living in China.
_FAMILY = (r"(?:family|families|parents|wife|husband|kids|children|mother|father|mum|mom|dad|relatives|folks"
           r"|dependants|brothers?|sisters?|sons?|daughters?|grand(?:mother|father|parents)|people back home)")
_AWAY = r"(?:back home|at home|in korea|in japan|in (?:north|south) korea|back in [a-z]+)"
_TO_CLAUSE_END = r"(?:(?![.;,]|\b(?:and|but)\s+(?:he|she|they|i)\b).)*"
_FAMILY_AWAY = re.compile(
    r"(?<![\w'])(?:(?:his|her|their|whose|the)\s+(?:[\w'-]+\s+){0,2}?)?" + _FAMILY + r"\b(?:(?![.;]|\bbut\b).){0,30}?"
    + _AWAY + _TO_CLAUSE_END
    + r"|(?<![\w'])" + _AWAY + r"\W{1,3}(?:his|her|their|the)\s+" + _FAMILY + _TO_CLAUSE_END)
# A prisoner does not live with his family: whatever his family lacks is not his own hardship
_FAMILY_CLAUSE = re.compile(r"(?<![\w'])(?:(?:his|her|their|whose|the)\s+(?:[\w'-]+\s+){0,2}?)?" + _FAMILY
                            + r"\b" + _TO_CLAUSE_END)
# Jailed for the revolution is early revolutionary work, not a disturbance of social order:
# "arrested by the Japanese police for handing out communist leaflets", "smuggled leaflets for the underground"
_FOR_THE_CAUSE = (r"(?:communis\w+|revolution\w*|underground|guerrill\w+|partisans?|anti-japanese|resistance|leaflets"
                  r"|the party)")
_JAILED_FOR_THE_CAUSE = re.compile(
    r"\b(?:arrest\w*|jailed|imprisoned|locked up|smuggl\w*)\b[^.;]{0,40}?\b(?:for|because of|over|to)\s+"
    r"(?:(?!fight|brawl|assault|attack|beat|riot|steal|theft|rob)[\w'-]+\s+){0,3}?" + _FOR_THE_CAUSE + r"\b[^.;,]*")




# Facts a word implies rather than states ("out of work" for hardship, "arrested" for a disturbance of
# social order): when nothing else says so, the reading is confirmed at the read-back.
IMPLIED = {
    "hardship": re.compile(r"\b(?:unemployed|jobless|out of work)\b"),
    "disturbs_order": re.compile(r"\b(?:arrested|detained|jailed|locked up)\b"),
}


@dataclass(frozen=True)
class Views:
    """The message as each kind of fact reads it."""
    everyone: Context     # as written
    own: Context          # other people's clauses blanked
    away: Context         # a family far away blanked
    unfamilied: Context   # any family blanked (a prisoner does not live with his)
    for_the_cause: Context  # own, and jailed-for-the-revolution blanked


# A relative's own pronoun, when it is not the person's, goes on about the relative: "anna is russian, she
# runs a bakery. her husband is japanese and he wants to go to japan"
_HE = re.compile(r"\b(?:husband|brother|son|father|dad|uncle|nephew|grandson|boyfriend)s?\b")
_SHE = re.compile(r"\b(?:wife|sister|daughter|mother|mum|mom|aunt|niece|granddaughter|girlfriend)s?\b")
_TOO = re.compile(r",?\s*(?:and\s+)?(?:(?:me|him|her|he|she)\s+(?:too|as\s+well|also)"
                  r"|so\s+(?:does|is|did)\s+(?:he|she))\b")
_GOES_ON = re.compile(r"(?:and\s+)?(?P<who>he|she)\b(?:(?![.;,]|\bbut\b).)*")


_WITH_THE_PERSON = re.compile(r"\b(?:he|she|him|her|me|i)\s+and\s+$")


def _others(clean: str) -> list[Span]:
    first = _PRONOUN.search(clean)
    spans = []
    for m in _SOMEONE_ELSE.finditer(clean):
        if _WITH_THE_PERSON.search(clean, max(0, m.start() - 14), m.start()):
            continue    # "he and his wife both want to go home": theirs, and so his too
        end = m.end()
        gender = "he" if _HE.search(m.group()) else "she" if _SHE.search(m.group()) else None
        whose_one = re.match(r"(?:whose\s+)?(his|her)\b", m.group())  # "her husband": the person is a she
        person = {"his": "he", "her": "she"}[whose_one.group(1)] if whose_one else first and first.group(1)
        more = _GOES_ON.match(clean, end) if gender and person and gender != person else None
        if more and more.group("who") == gender:
            end = more.end()
            if _TOO.match(clean, end):  # "his wife wants to go home, him too": hers and his
                continue
        spans.append((m.start(), end))
    return spans


def views(clean: str, doubtful: list[Span]) -> Views:
    own_text = blank(clean, _others(clean))
    return Views(
        everyone=Context(clean, doubtful),
        own=Context(own_text, doubtful),
        away=Context(blank(clean, [m.span() for m in _FAMILY_AWAY.finditer(clean)]), doubtful),
        unfamilied=Context(blank(clean, [m.span() for m in _FAMILY_CLAUSE.finditer(clean)]), doubtful),
        for_the_cause=Context(blank(own_text, [m.span() for m in _JAILED_FOR_THE_CAUSE.finditer(own_text)]),
                              doubtful))


def view_for(field: str, seen: Views, group: str | None) -> Context:
    """The text a yes/no fact about the person is read from."""
    if field == "hardship":
        return seen.unfamilied if group == "prisoner_of_war" else seen.away
    if field == "disturbs_order":
        return seen.for_the_cause
    return seen.own if field in ABOUT_THE_PERSON_ONLY else seen.everyone


def implied_only(field: str, view: Context, votes: Callable[[Context], set[bool]]) -> str | None:
    """The word that alone gives `field` (read back as unsure), or None when more is said."""
    pattern = IMPLIED.get(field)
    found = pattern.search(view.text) if pattern else None
    if found is None or votes(Context(blank(view.text, [found.span()]), view.doubtful)):
        return None
    return found.group()


# Who a clause is about, from its first words: the person's pronoun, or someone else ("the doctor",
# "his wife", "han and yoon", "they", the other pronoun)
_CLAUSE_BOUNDARY = re.compile(r"[.;:!?]\s*|,\s*|\s(?:and|but|while|whereas|though|so)\s")
_PRONOUN = re.compile(r"\b(he|she)(?:'s|s)?\b")
_OTHER_SUBJECT = re.compile(
    r"^(?:(?:and|but|so|also|then|while|though|ok|okay)\s+)*(?:(?:the|his|her|their|my|our|[a-z]+'s)\s+(?!(?:one|person|man|woman|guy"
    r"|girl|subject|character|court|judge|magistrate)\b)[a-z]+|they|both|everyone|everybody|all|most|some|others?|[a-z]+\s+and\s+[a-z]+\s+(?:are|were|both|have|want))\b")


_WORD_REST = re.compile(r"[\w']*")


def said_of_the_person(text: str, stated: list[tuple[int, bool]]) -> set[bool]:
    """The one polarity stated in clauses that are not about someone else, when the person's pronoun
    is known (the first "he" or "she"); else nothing."""
    first = _PRONOUN.search(text)
    if first is None:
        return set()
    other = "she" if first.group(1) == "he" else "he"
    said = set()
    for at, polarity in stated:
        starts = [m.end() for m in _CLAUSE_BOUNDARY.finditer(text, 0, at)]
        rest = _WORD_REST.match(text, at + 1)   # the whole word at `at`: "the court threw it out" is the person's case
        word_end = rest.end() if rest else at + 1
        clause = text[starts[-1] if starts else 0:word_end].strip()
        if _OTHER_SUBJECT.match(clause) or re.match(
                r"(?:(?:and|but|so|though|although|while|whereas|yet)\s+)?" + other + r"(?:'s|s)?\b", clause):
            continue
        said.add(polarity)
    return said if len(said) == 1 else set()
