"""Who a message is about. The person singled out by name from a list of several ("grandpa Lim
(Korean, ...), grandma (Japanese) ... Focus on grandpa Lim", "(a) ..., (c) a Japanese private. Assess
(c) only"): only that person's item of the list, and what follows the marker, describe the person.
And the writer's own origin ("I'm a student from Vietnam. My person is ...") is not the person's."""
from __future__ import annotations

import re

_WHO = (r"(?P<who>\(\s*[a-z1-9]\s*\)|[a-z1-9]\)|(?:(?:grandpa|grandma|grandfather|grandmother|uncle|aunt|auntie"
        r"|mr|mrs|ms|miss|dr|old|young|little|the(?:\s+[a-z]+)?)\.?\s+)?(?-i:(?!(?:Korean|Japanese|Chinese|Russian|Only|Please|Him|Her|Them)\b)[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
        r"|the\s+(?:wife|husband|son|daughter|mother|father|mom|mum|dad|brother|sister|cousin|uncle|aunt"
        r"|oldest|eldest|youngest|middle\s+one|first\s+one|second\s+one|third\s+one|last\s+one))")
# "Focus on grandpa Lim pls.", "I need help with Saburo.", "Assess (c) only please:"
_MARKER = re.compile(
    r"(?:^|(?<=[.!?;:]\s)|(?<=\n))[^.!?;:\n]{0,30}?\b(?:focus(?:ing)?\s+on|(?:i\s+)?need\s+help\s+with"
    r"|(?:please\s+|pls\s+|just\s+|only\s+)?(?:assess|judge|evaluate)(?:\s+only)?"
    r"|(?:i\s+)?(?:want|wanna|would\s+like|'d\s+like)\s+to\s+(?:ask|know)\s+about|my\s+question\s+is\s+about"
    r"|(?:please\s+|pls\s+)?look\s+at)\s+" + _WHO +
    r"(?:\s+(?:only|pls|please|here|for\s+now))*\s*(?:[.!:;]+|,\s*(?=he\b|she\b|they\b))", re.IGNORECASE)
# Where one item of a list ends: a comma, "and", a semicolon, the next "(b)", the end of a sentence;
# a parenthesis is kept whole
_ITEM_END = re.compile(r"(?P<end>\s\(?[a-z1-9]\)|,|;|\band\b|[.!?](?:\s|$)|:)|\([^)]*\)", re.IGNORECASE)
# Only a story of several people: "(a) ... (b)", "three people", two nationalities or relatives
_SEVERAL = re.compile(
    r"(?P<n>\b(?:two|three|four|five|\d)\s+(?:people|persons|characters|pows|prisoners|brothers|sisters|siblings"
    r"|friends|workers|men|women|guys|neighbou?rs|cases))\b"
    r"|(?P<kin>\b(?:grandpa|grandma|grandfather|grandmother|wife|husband|son|daughter|brother|sister|cousin|uncle"
    r"|aunt|mother|father|mom|mum|dad|couple|family)\b)"
    r"|(?P<nat>\b(?:korean|japanese|chinese|russian|german|american|british|french|mongolian)\b)"
    r"|(?P<enum>\(\s*[a-z1-9]\s*\))", re.IGNORECASE)


def singled_out(text: str) -> str:
    """``text`` as what it says of the person singled out by name, else unchanged."""
    marker = _MARKER.search(text)
    if marker is None or len(text[marker.end():].split()) < 3:   # "... But just assess Isamu please."
        return text
    who = marker.group("who")
    if not _several(text[:marker.start()]):
        return text
    named = _mention(text[:marker.start()], who)
    if named is None:
        return text
    item = _item_from(text[:marker.start()], named)
    # the list's lead-in says what all of them are: "3 POWs in my scenario: (a) ..."
    lead = text[:named].rsplit(":", 1)[0] if ":" in text[:named] else ""
    lead = f"{lead}: " if lead and len(lead) < 80 and lead not in item else ""
    return f"{lead}{item}. {text[marker.end():].lstrip()}"


def _several(before: str) -> bool:
    found = [m.lastgroup for m in _SEVERAL.finditer(before)]
    nationalities = {m.group().lower() for m in _SEVERAL.finditer(before) if m.lastgroup == "nat"}
    return "n" in found or found.count("kin") >= 2 or found.count("enum") >= 2 or len(nationalities) >= 2


def _mention(before: str, who: str) -> int | None:
    """Where ``who`` is named in the list before the marker (its first name will do)."""
    bare = re.sub(r"^(?:grandpa|grandma|grandfather|grandmother|uncle|aunt|auntie|mr|mrs|ms|miss|dr|old|young"
                  r"|little|the)\.?\s+", "", who.strip(), flags=re.IGNORECASE)
    capitalised = [w for w in bare.split() if w[:1].isupper()]
    for name in (who.strip(), bare, *capitalised, bare.split()[0] if bare.split() else bare):
        if not name or len(name) < 2 and not name.startswith("("):
            continue
        found = list(re.finditer(rf"(?<![\w(]){re.escape(name)}(?!\w)", before, re.IGNORECASE))
        if name.endswith(")") or re.fullmatch(r"[a-z1-9]\)", name):
            found = list(re.finditer(re.escape(name), before, re.IGNORECASE))
        if found:
            return found[0].start()
    return None


def _item_from(before: str, at: int) -> str:
    """The item of the list that holds position ``at``: from the separator before it to the next."""
    start = 0
    for m in _ITEM_END.finditer(before):
        if m.group("end") is None:
            continue
        if m.end() <= at and not re.match(r"\s\(?[a-z1-9]\)", m.group()):
            start = m.end()
        elif m.start() <= at:   # "(c)" itself begins the item
            start = m.start()
        elif m.start() > at:
            return before[start:m.start()].strip()
    return before[start:].strip()


# The writer's own origin, said beside a third person's description: "I am student from Vietnam.
# My imagined person is ...", "I'm Egyptian, studying in Turkey. My person: a Korean man"
_THIRD_PERSON = re.compile(r"\bmy\s+(?:[\w-]+\s+){0,2}?(?:person|character|figure|guy|girl|individual|subject|case"
                           r"|pow|prisoner|man|woman|lady|dude)\b|\bask\s+about\s+(?:a|an|one|this)\s+[\w-]+"
                           r"|\bplease\s+(?:evaluate|assess)\b", re.IGNORECASE)
_GREETING = (r"(?:(?:hello|hi|hey)(?:\s+[\w-]+)?|good\s+(?:morning|afternoon|evening)|dear\s+[\w-]+"
             r"|peace\s+be\s+upon\s+you)")
_I_AM = r"\s*" + _GREETING + r"?[,!.]?\s*(?:i\s+am|i'm|im)\s+(?:an?\s+)?"    # "Good morning, I am a ..."
_WRITER = re.compile(r"(?:^|(?<=[.!?(]\s)|(?<=[.!?(]))" + _I_AM
                     + r"(?:[\w-]+\s+){0,3}?(?:from|in)\s+[\w-]+(?:\s*,\s*(?:studying|living|working)\s+in\s+[\w-]+)?"
                     # "I'm Egyptian, studying in Turkey", "I am Italian and I teach in a liceo"
                     r"|(?:^|(?<=[.!?(]\s))" + _I_AM + r"[a-z]+(?:an|ian|ese|ish|i)\s*(?:,\s*(?:studying|living"
                     r"|working)\s+in\s+[\w-]+|,?\s+and\s+i\s+(?:teach|study|learn|work)\b)"
                     # "Hello. I am Japanese high school student. My character is ..."
                     r"|(?:^|(?<=[.!?(]\s))" + _I_AM + r"(?:[\w-]+\s+){0,3}?"
                     r"(?:student|learner|pupil|schoolgirl|schoolboy)\b(?:\s+(?:from|in|at)\s+[\w-]+)?", re.IGNORECASE)


# ... and the writer's own work, beside a made-up person: "Hello, I'm a teacher putting together an example",
# "Teacher here, building a simple example: a Japanese soldier ...", "I teach history. Imagine ...", "as a tutor, ..."
_START = r"(?:^|(?<=[.!?(]\s))\s*(?:(?:hello|hi|hey|dear\s+[\w-]+)[,!.]?\s*)?"
_WRITER_ROLE = re.compile(_START + r"(?:i\s+am|i['\u2019]m|im)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:teacher|tutor|lecturer|professor|instructor|educator|historian)\b"
                          r"(?:\s+of\s+[\w-]+(?:\s+and\s+[\w-]+)?)?|"   # "teacher of English and history"
                          + _START + r"(?:[\w-]+\s+)?(?:teacher|tutor|lecturer|professor|instructor|student)\s+here\b|"
                          + _START + r"i\s+teach\s+[\w-]+|"
                          + _START + r"as\s+an?\s+(?:[\w-]+\s+)?"
                          r"(?:teacher|tutor|lecturer|professor|instructor|educator)\s*,", re.IGNORECASE)
_MADE_UP = re.compile(r"\b(?:(?:my|our|the|this)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:person|character|figure|individual|subject|pow|prisoner)"
                      r"|(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:class|students|pupils|seminar|course|case)|this\s+case"
                      r"|please\s+(?:evaluate|assess)"
                      r"|imagine|example|hypothetical|scenario|fictional|made[- ]up|invented|exercise)\b",
                      re.IGNORECASE)
_PLAYED = re.compile(r"\b(?:my\s+name\s+is|i(?:['\u2019]m|\s+am|m)\s+(?:playing|gonna\s+be|going\s+to\s+be)"
                     r"|speaking\s+as|in\s+character|role[- ]?play)\b", re.IGNORECASE)


def without_the_writer(text: str) -> str:
    """``text`` without what its writer says of their own origin, when it describes someone else."""
    if _MADE_UP.search(text) and not _PLAYED.search(text):
        text = _WRITER_ROLE.sub(" ", text)
    if not _THIRD_PERSON.search(text) or not _WRITER.search(text):
        return text
    return _WRITER.sub(" ", text)


# "The Korean tenant in room 4 is the one I want help with": the sentence naming the person singled out
# belongs to what is said about them; "Lee is a korean engineer. He is the one I'm asking about": that clause
_NAMED_BEFORE = re.compile(r"(?:^|(?<=[.!?;]\s))(?P<np>[^.!?;:]{1,80}?)(?:\s+(?:is|are))?\s*$")
_PRONOUN_BEFORE = re.compile(r"(?:^|[,;]\s*(?:and\s+|but\s+)?|\s(?:and|but)\s+|[.!?]\s+)"
                             r"(?P<clause>[^,;.!?]{3,120}?[.!?]\s+)(?:he|she|they)(?:'s|\s+is|\s+are|'re)?\s*$",
                             re.IGNORECASE)


def singled_out_from(text: str, marker: re.Match[str]) -> int:
    """Where what is said of the person a marker singles out begins."""
    said = marker.group(0).lower()
    if not said.startswith(("is ", "are ", "the ")):
        return marker.start()   # a correction ("scratch that") starts where it is said
    head = text[:marker.start()]
    pronoun = _PRONOUN_BEFORE.search(head)
    if pronoun:
        return pronoun.start("clause")
    if not (said.startswith(("is ", "are ")) or re.search(r"\b(?:is|are)\s*$", head, re.IGNORECASE)):
        return marker.start()
    m = _NAMED_BEFORE.search(head)
    return m.start("np") if m else marker.start()
