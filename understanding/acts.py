"""What a message does: answers, asks, commands, says "I don't know", chats off topic, or talks about the lesson.

    answer      a statement that may be judged ("the office sent it", "not really, most could choose")
    question    asks something ("what does gratis mean?")
    command     one of the caller's commands, when the caller passes a reader for them
    dont_know   "idk", "no idea", "not sure tbh" with nothing else said
    off_topic   small talk ("what's your favourite food lol", "im bored")
    meta        about the lesson or the assistant ("is this on the test?", "are you a bot?")

A message is split into parts (sentences, and clauses after "also" / "and also"); each part gets a kind,
and the message is an answer as soon as one part is an answer. The caller may pass `on_topic`, a test
that says whether a part mentions anything its exercise is about: a part it recognises is an answer even
if it ends with "?" ("the office?"), unless it asks outright ("what does gratis mean?", "explain
gratis"), and small-talk words only make a part off topic when `on_topic` does not claim it. Each part
is also read with its chat-speak written out ("whats", "wat r", "pls explain") and its opening filler
("ok so", "wait", "hey") set aside. A request ("explain ...", "i need to know what ...", "not sure
why ...") asks as much as a question does. Nothing here knows about any particular exercise.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .answers import bare_reply
from .layout import answers_its_label
from .split import split_questions
from .text import normalize

KINDS = ("answer", "question", "command", "dont_know", "off_topic", "meta")
_A = "['\u2019]?"

DONT_KNOW = re.compile(
    rf"^(?:(?:i\s+)?(?:honestly\s+|really\s+|just\s+)?(?:don{_A}t|do\s+not|dont)\s+know|idk|dunno|i\s+dunno|no\s+idea|"
    rf"(?:i{_A}m\s+|im\s+|i\s+am\s+)?not\s+sure|no\s+clue|(?:i\s+)?have\s+no\s+(?:idea|clue)|beats\s+me|"
    rf"(?:i\s+)?(?:don{_A}t|dont)\s+get\s+it|(?:i{_A}m\s+|im\s+)?clueless|pass\s+on\s+this|"
    rf"(?:i\s+)?(?:can{_A}t|cannot|cant)\s+(?:remember|think\s+of\s+anything)|no\s+(?:answer|guess))"
    rf"(?:\s+(?:tbh|honestly|really|sorry|lol|tho|though|mate|sir|miss|either|at\s+all))*$", re.I)
META = re.compile(
    r"\b(?:(?:is|will|would)\s+(?:this|that|it)\s+(?:be\s+|going\s+to\s+be\s+|gonna\s+be\s+)?(?:on|in)\s+the\s+"
    r"(?:test|exam|quiz|final|assessment)|(?:is|will)\s+(?:this|it)\s+(?:be\s+)?(?:graded|marked|assessed|count)|"
    r"does\s+(?:this|it)\s+count|do\s+(?:we|i)\s+(?:get|have)\s+(?:homework|a\s+test|an?\s+exam|marks?|grades?)|"
    r"how\s+long\s+(?:is|will|does)\s+(?:this|it)|how\s+many\s+(?:more\s+)?(?:questions|steps)|"
    r"are\s+you\s+(?:a\s+)?(?:bot|robot|real|human|person|ai|chat\s*gpt|computer)|who\s+(?:made|built|created|"
    r"programmed)\s+"
    r"(?:you|u|this)|what\s+are\s+you|can\s+my\s+teacher\s+see|does\s+my\s+teacher\s+see|is\s+this\s+recorded)\b", re.I)
SMALL_TALK = re.compile(
    r"\b(?:(?:what{_A}?s|what\s+is)\s+(?:your|ur)\s+fav(?:ou?rite)?|do\s+you\s+(?:like|love|have\s+a)|"
    r"how\s+are\s+(?:you|u)|how\s+old\s+are\s+(?:you|u)|(?:i{_A}m|im|i\s+am)\s+(?:so\s+|really\s+|very\s+)?(?:bored|"
    r"hungry|tired|sleepy)|"
    r"brb|"
    r"food|pizza|burgers?|lunch|dinner|snacks?|weather|football|soccer|basketball|minecraft|fortnite|tiktok|"
    r"youtube|netflix|music|songs?|movies?|films?|video\s+games?|birthday|weekend|pets?|dogs?|cats?)\b".replace(
        "{_A}", _A), re.I)
# Words that carry no content of their own around an aside ("wait", "also", "ok so", "btw").
_FILLER = re.compile(r"^(?:wait|also|and|ok|okay|so|btw|um+|uh+|hmm+|oh|well|anyway|like|hey|lol|haha|tbh)$", re.I)
QUESTION_START = re.compile(
    r"^(?:what|who|whom|whose|when|where|why|how|which|is|are|was|were|do|does|did|can|could|would|should|"
    r"will|has|have|had|may|might|tell\s+me|explain)\b", re.I)
# Asks outright, so a part the caller's topic test claims is still a question ("what does gratis mean",
# "who sent it"); "what she did affects order" and "the office?" are not.
_WH = r"(?:what|when|where|why|how|which)"
WH_QUESTION = re.compile(
    rf"^(?:who|whom|whose)\b|^{_WH}(?:'s|\s+(?:is|are|was|were|does|do|did|can|could|would|should|will|has|have|"
    rf"had|about|happens|happened|means|meant|counts|counted|says|said|not)\b)|^how\s+(?:many|much|long|come|old|"
    rf"often|far)\b|^(?:tell\s+me|explain)\b", re.I)
# Requests that ask as much as a question: "explain the bit about ...", "i need to know what ...",
# "not sure why ...", "confused about ..." (read on the written-out form: "dont" is "do not").
_ABOUT = r"(?:why|what|how|who|whom|where|when|which|about)"  # not "if": "not sure if hes a farmer" hedges a statement
# ... but not a doubt about the person described ("unsure what their nationality is")
_NOT_THEIR_OWN = (r"(?!\s+(?:his|her|their)\s+"
                  r"(?:nationality|citizenship|background|heritage|origins?|job|name|age)\b)")
REQUEST = re.compile(
    r"^(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+)?(?:tell|explain|show|give|read|define|describe|"
    r"summari[sz]e|list|remind|clarify|break\s+down|walk\s+me\s+through)\b"
    r"|^i\s+(?:really\s+)?(?:need|want|would\s+like|wanted|am\s+trying)\s+to\s+(?:know|understand|find\s+out|learn|"
    r"see)\b"
    rf"|^(?:i\s+am\s+|i\s+was\s+)?(?:still\s+|a\s+bit\s+|so\s+|really\s+)?(?:confused|unsure|not\s+sure|wondering|"
    rf"curious|lost)\s+(?:by\s+|on\s+|as\s+to\s+)?{_ABOUT}\b{_NOT_THEIR_OWN}"
    rf"|^i\s+(?:still\s+)?(?:do\s+not|cannot|can\s+not)\s+(?:really\s+)?(?:understand|get|see|know|follow)\s+"
    rf"(?:{_ABOUT}|the|this|that)\b|^(?:any|no)\s+idea\s+{_ABOUT}\b|^do\s+you\s+know\b|^(?:meaning|definition)\s+of\b",
    re.I)
# A clause after a comma that asks ("..., were they X"), a tag or a question word at the end.
_CLAUSE = re.compile(r"\s*[,;:]\s+|\s+-+\s+")
_AUX_SUBJECT = re.compile(r"^(?:is|are|was|were|do|does|did|can|could|would|will|has|have|had)(?:\s+not)?\s+"
                          r"(?:it|they|he|she|there|that|this|these|those|you|i|we)\b", re.I)
_TAIL = re.compile(r"(?:\b(?:does|did|is|was|do|are|were|has|have)(?:\s+not)?\s+(?:it|they|he|she|there|that)|"
                   r"(?<!the\s)(?<!a\s)(?<!her\s)(?<!his\s)(?<!their\s)(?<!my\s)\bright|\bor\s+not|"
                   r"\b(?:what|when|where|why|which|who|how\s+many|how\s+much|how\s+long|meaning|mean|stands\s+for))"
                   r"\s*[?!.]*$", re.I)
# A question word with its verb inside a sentence ("in total how many troops did ...", "through which port
# did ..."); not a clause about someone ("what she did", "why he was kept", "unsure what their nationality is").
_EMBEDDED = re.compile(r"\b(?:what|which|how\s+many|how\s+much|how\s+long|when|where|why)\s+"
                       r"(?!(?:he|she|they|it|i|we|you|his|her|their|my)\b)(?:\w+\s+){0,3}?"
                       r"(?:did|does|do|is|was|were|are|can|could|would|will|has|have|had)\b", re.I)
# An auxiliary with no subject after it opens a note-style statement, not a question ("hasnt caused
# trouble", "was sued by her landlord", "has been arrested"); "did china want", "were skilled workers
# allowed", "isnt it" ask.
# "has a pending lawsuit", "has no money left": having something, said in a note, states it.
_SUBJECTLESS = re.compile(
    # a note that leaves out its subject: "also did revolutionary work before"
    r"^(?:did|does|has\s+done|had\s+done)\s+(?:some\s+|early\s+|a\s+lot\s+of\s+|lots\s+of\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:work|jobs?|service)\b(?!\s+(?:count|matter|mean|qualify))"
    r"|^(?:is|are|was|were|do|does|did|can|could|would|should|will|has|have|had|may|might)\s+"
    r"(?:not\s+(?!(?:it|he|she|they|there|this|that|you|i|we)\b)|been\b|being\b|\w+ed\s+(?:by|in|at|for|from|to|with|"
    r"during|after|before|on|over|because)\b)"
    # "was in the revolution early.", "is always broke.": a statement about the person, no "?"
    r"|^(?:was|were|is|has\s+been|had\s+been)\s+(?:in|at|on|part\s+of|with|among|once|always|never|very|too|quite"
    r"|really|pretty|super|born)\b(?=[^?]*\.\s*$)"
    r"|^(?:has|had)\s+(?:a|an|no|0|zero|little|some|two|three|several|lots\s+of|enough)\s+"
    r"(?![^.!?]*\b(?:been|ever|got|gotten|gone)\b)(?![^.!?]*(?<!is )(?<!not )(?<!was )(?<!are )\b\w+ed\b)"
    r"(?:[\w'-]+,?\s+){0,12}?[\w'-]+\s*[.!]*$"   # ("has a civil case over a shop, still going.")
    # "can follow classes.", "could speak some chinese": what the person can do, in a note (no subject, no "?")
    r"|^(?:can|could)\s+(?:(?:easily|mostly|just|still|barely|hardly|only)\s+)?(?:follow|understand|speak"
    r"|keep\s+up|afford|feed|support|cope|manage|get\s+by|make\s+ends\s+meet)\b[^?]*$", re.I)
# The writer's sign-off: "tbh not sure what else", "that's all i've got"
_SIGN_OFF = re.compile(
    r"^\W*(?:(?:tbh|honestly|um+|uh+|so|and|but|ok|okay)\W+)*(?:i'?m\s+|i\s+am\s+)?(?:not\s+sure|no\s+idea|idk|dunno|"
    r"don'?t\s+know|do\s+not\s+know)\s+what\s+else(?:\s+to\s+(?:say|add|put|write))?\W*$"
    r"|^\W*that'?s\s+(?:all|it|everything)(?:\s+i(?:\s+have|\s+got|\s+know|'ve\s+got"
    r"|\s+have\s+got))?(?:\s+for\s+now)?\W*$", re.I)
# Opening words that only set the tone, set aside before the tests above ("ok so wat happens ...").
_OPENER = re.compile(
    r"^(?:(?:ok(?:ay)?|so|like|hey|hi|hello|um+|uh+|hmm+|wait|and|but|also|btw|well|right|oh|please|sorry|"
    r"quick\s+question|question|q|just|alright|anyway|basically|honestly|i\s+mean)\b[\s,:.!?-]*)+", re.I)
# Parts: sentences, and asides introduced by "also" / "btw" / "oh and".
_LEAD = re.compile(r"^(?:also|btw|and|plus)\s+", re.I)
# "also" inside a sentence ("were other cities also setting up ...") joins nothing: it parts an aside only
# after a comma or when a question or a speaker follows ("... also what's for lunch").
_ASIDE_NEXT = (
    r"(?=(?:what|who|when|where|why|how|which|is|are|was|were|do|does|did|can|could|will|would|i|im|you|u|ur|"
    r"your)\b)"
)
_SPLIT = re.compile(r"(?<=[.!?])\s+|\s*;\s*|,\s*(?:also|and\s+also|btw|oh\s+and|plus)\s+|"
                    rf"\s+(?:also|and\s+also|btw|oh\s+and|plus)\s+{_ASIDE_NEXT}|^\s*(?:also|btw)\s+", re.I)


@dataclass(frozen=True)
class Part:
    kind: str
    text: str


@dataclass(frozen=True)
class Act:
    kind: str
    text: str
    parts: tuple[Part, ...] = ()

    @property
    def is_answer(self) -> bool:
        return self.kind == "answer"


def split(text: str) -> tuple[str, ...]:
    pieces = [_LEAD.sub("", p.strip(" ,")) for p in _SPLIT.split(text or "") if p and p.strip(" ,.!?")]
    return tuple(pieces)


# Laughter alone is small talk; inside a question ("is it copyrighted lol") it is only tone.
_LAUGH = re.compile(r"\b(?:lol+|lmao|haha+|xd)\b", re.I)


def _only_filler(text: str) -> bool:
    words = re.findall(r"[a-z']+", text.lower())
    return not words or all(_FILLER.match(w) for w in words)


@lru_cache(maxsize=4096)
def plain(text: str) -> str:
    """The part with its chat-speak written out and its opening filler set aside."""
    return _OPENER.sub("", normalize(text or "").strip()).strip()


def asks_outright(text: str) -> bool:
    """A question or request whatever the caller's topic test says ("what does gratis mean")."""
    p = plain(text)
    return bool(WH_QUESTION.match(p) or REQUEST.match(p))


def asks(text: str) -> bool:
    """A question or a request ("who sent it", "gratis?", "pls explain the railway bit"), also when the
    question comes after a lead-in ("point one, what does it say"), as a tag ("it doesnt say, does it")
    or as a last word ("stands for what", "treaty when")."""
    p = plain(text)
    if text.strip().endswith("?") or (QUESTION_START.match(p) and not _SUBJECTLESS.match(p)) or REQUEST.match(p) \
            or _TAIL.search(p) or _EMBEDDED.search(p):
        return True
    return any(WH_QUESTION.match(c) or _AUX_SUBJECT.match(c) or REQUEST.match(c)
               for c in (plain(c) for c in _CLAUSE.split(p)[1:]))


def _asks_about_the_document_too(text: str) -> bool:
    """Two questions in one part, one of them not small talk ("who sent the letter and what was the
    weather like that day"): a question; the knowledge base answers what it can of it."""
    pieces = split_questions(plain(text))
    return len(pieces) > 1 and any(not SMALL_TALK.search(p) for p in pieces)


# A worksheet's own heading, pasted with the answers: "Worksheet Q3 - describe your person"
_HEADING = re.compile(
    r"^\W*(?:(?:worksheet|homework|task|exercise|activity|assignment|part|section|q|question)\s*\w{0,3}\s*[-:.)]*\s*)+"
    r"(?:describe|create|invent|make\s+up|write\s+about|introduce|design)\s+(?:your|a|the)\s+(?:own\s+)?"
    r"(?:person|character|case|made[- ]up\s+person|fictional\s+person)\W*$", re.I)


def part_kind(text: str, on_topic: Callable[[str], bool] = lambda _: False,
              command: Callable[[str], str | None] | None = None) -> str:
    t = text.strip()
    if _HEADING.match(t) or _SIGN_OFF.match(t):
        return "meta"
    if command and command(t):
        return "command"
    if DONT_KNOW.match(t.strip(" .!?,")) or DONT_KNOW.match(plain(t).strip(" .!?,")):
        return "dont_know"
    if on_topic(t) and not asks_outright(t):
        return "answer"
    if META.search(t) or META.search(plain(t)):
        return "meta"
    if SMALL_TALK.search(t) and not _asks_about_the_document_too(t):
        return "off_topic"
    if asks(t):
        return "question"
    return "answer"


# "was it secret? no, it was sent to shanghai" may still ask; a label's "language? no, he's
# fluent" does not
_ASKS_IN_FULL = re.compile(r"^\W*(?:who|what|when|where|why|how|which|is|are|was|were|do|does|did|can|could|would"
                           r"|will|has|have)\b",
                           re.IGNORECASE)


# A form's label for a fact of a person, the writer's answer in the next part
_CASE_LABEL = re.compile(
    r"^\W*(?:nationality|citizenship|country|origin|job|occupation|work|status|group|money|finances|"
    r"family|family (?:problems|issues|situation)|language|court|court case|lawsuit|legal|police|trouble|"
    r"revolutionary work|early revolutionary work|wants to go (?:home|back)|return|request)\s*\?+\W*$", re.I)


def _leading_clause(text: str) -> str:
    """ "no, joined late" -> "no": a yes or a no with the writer's reason after it."""
    return re.split(r"[,;:\u2013-]\s", text, maxsplit=1)[0]


def _answered_by_the_writer(parts: tuple[Part, ...]) -> tuple[Part, ...]:
    """A question the writer answers at once ("family issues? none", "does she want to go back?
    nope", a form's "Did revolutionary work before: no") states something; it asks nothing."""
    out = [Part("answer", p.text) if p.kind == "question" and answers_its_label(p.text) else p for p in parts]
    for i in range(len(out) - 1):
        reply = out[i + 1].text if _ASKS_IN_FULL.match(out[i].text) else _leading_clause(out[i + 1].text)
        labelled = _CASE_LABEL.match(out[i].text) and out[i + 1].kind == "answer"   # "nationality ?? (mixed)"
        if out[i].kind == "question" and (labelled or bare_reply(reply) is not None):
            out[i] = Part("answer", out[i].text)
            out[i + 1] = Part("answer", out[i + 1].text)
    return tuple(out)


def _doubts_among_answers(parts: tuple[Part, ...], on_topic: Callable[[str], bool]) -> tuple[Part, ...]:
    """ "Mongolian - or Buryat? either way not from here. Works as a herder.": a "?" that opens like
    no question, stating what the caller asked about among the writer's answers, is a doubt
    voiced on the way (read back as unsure), not a question."""
    if sum(p.kind == "answer" for p in parts) < 2:
        return parts
    return tuple(Part("answer", p.text) if p.kind == "question" and p.text.rstrip().endswith("?")
                 and not _ASKS_IN_FULL.match(plain(p.text)) and not REQUEST.match(plain(p.text))
                 and on_topic(p.text.rstrip(" ?")) else p for p in parts)


def read(text: str, on_topic: Callable[[str], bool] = lambda _: False,
         command: Callable[[str], str | None] | None = None) -> Act:
    """The act of a whole message (see the module docstring)."""
    text = text or ""
    if command and command(text):
        return Act("command", text, (Part("command", text),))
    if on_topic(text) and not asks_outright(text):
        return Act("answer", text, (Part("answer", text),))
    parts = _doubts_among_answers(_answered_by_the_writer(
        tuple(Part(part_kind(p, on_topic, command), p) for p in split(text) if not _only_filler(p))), on_topic)
    kinds = [p.kind for p in parts]
    if not parts:
        return Act("off_topic" if SMALL_TALK.search(text) or _LAUGH.search(text) else "answer", text, parts)
    if "answer" in kinds:
        # "i dont know, maybe the office": a hedged answer is still an answer.
        return Act("answer", text, parts)
    for kind in ("question", "command"):
        if kind in kinds and all(k in (kind, "meta", "off_topic", "dont_know") for k in kinds) and kinds[0] == kind:
            return Act(kind, text, parts)
    for kind in ("meta", "off_topic", "dont_know", "question", "command"):
        if kind in kinds:
            return Act(kind, text, parts)
    return Act("answer", text, parts)
