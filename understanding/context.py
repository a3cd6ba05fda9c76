"""Where a match stands in a message: its clause, what negates it, and whether it is a fact at all.

statements() drops the sentences that ask rather than tell. Context answers, for a match
at some offset, whether a negator reaches it ("doesn't really want to go") and whether its
clause is hypothetical or unsure ("if he has a case", "maybe she is Korean"). Negation and
hedges and their scope (issue 14) belong here.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from itertools import pairwise, takewhile

from . import lexicon as lex
from .answers import UNKNOWN, bare_reply
from .negation import NOT_THE_KIND, taken_back
from .patterns import alt, words
from .text import Span

TOKEN = re.compile(r"[\w']+")
_HYPOTHETICAL = words(lex.HYPOTHETICAL)
_UNCERTAIN = words(lex.MENTION_UNCERTAIN)
# "maybe a japanese pow?": a guess at who the person is leans one way (read back as hedged)
_UNCERTAIN_CHOICE = words([w for w in lex.MENTION_UNCERTAIN if w not in lex.LEANING_GUESSES])
_HEDGE = words(lex.HEDGE_WORDS)
_INDIRECT_QUESTION = re.compile(r"(?<![\w'])" + lex.INDIRECT_QUESTION + r"(?![\w'])")
# A condition after a statement that does not undo it: "wouldn't go back even if they let him",
# "would like to return if it can be arranged"
_SETTLED_CONDITION = re.compile(r"\s(?:even\s+if|if\s+(?:it|that|this)\s+(?:can|could)\s+be\s+(?:arranged|done|managed)"
                                r"|if\s+(?:allowed|permitted|at all possible)"
                                r"|if\s+(?:they|the authorities|someone|somebody|anyone|anybody)"
                                r"\s+(?:let|lets|allow|allows|allowed|would\s+let)\s+(?:him|her|them))\b.*$")
# ... and any condition after a wish said outright qualifies it: "she'd like to go back to Nagasaki if there's
# anything left of it" wants to go back ("would go back if ..." wishes nothing)
_WISH = re.compile(r"(?<!would\s)(?<!would\sonly\s)(?:wants?|would\s+(?:really\s+)?(?:like|love)|hopes?|longs?|wishes"
                   r"|is\s+(?:desperate|eager|keen))\s+to\b")
_WISH_IF = re.compile(r"\s(?:only\s+)?if\b.*$")
_NEGATORS = frozenset(lex.NEGATORS)
_DET_NEGATORS = frozenset(lex.DET_NEGATORS)
_ANY_KIND_OF = re.compile(r"(?<=\bany)\s+(?:kind|sort|type)\s+of\b")
_DENIED_VIEW = re.compile(r"\bi\s+(?:really\s+)?doubt(?:\s+(?:that|if|whether))?\b|(?:\bnot|n'?t)\s+(?:call|describe"
                          r"|consider)\s+(?:him|her|them)(?:\s+as)?\b")  # "i doubt he wants", "wouldn't call her poor"
_LISTED_AS = frozenset({"a", "an", "any", "even", "some"})   # after "or" in a list of what someone is not
_NEGATION_BRIDGE = frozenset(lex.NEGATION_BRIDGE)
_BOUNDARY = re.compile(r"[,;:.!?()\[\]\"–—]|\s-\s|(?<![\w'])(?:" + alt(lex.CLAUSE_WORDS) + r")(?![\w'])")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?。！？])\s+")
_QUESTION_START = re.compile(
    r"^(?:(?:" + alt(lex.QUESTION_STARTS) + r")(?![\w'])|(?:" + alt(lex.QUESTION_AUX) + r")\s+(?:"
    + alt(lex.QUESTION_SUBJECTS) + r")(?![\w']))")


# Opens like a question, with any subject ("could koreans get ...", "and is that ...").
# ... unless it only introduces the person ("can I ask about a Chinese man? he is from Harbin").
_INTRO = re.compile(r"^(?:(?:and|so|wait|ok|okay)\s+)*(?:(?:can|could|may)\s+i\s+(?:ask|tell you|talk)\s+about\s"
                    r"|(?:what|how)\s+about\s+(?:a|an|my|this|some)\s)")
# ... or opens a statement with what it is about: "what he does have going for him: ...", "what she wants is to go"
_CLEFT = re.compile(r"^what\s+(?:he|she|they)\s+(?:(?:[\w']+\s+){0,4}?(?:is|was|are|were)\s|[^:?]{0,40}:\s)")
_ASKS = re.compile(r"^(?:(?:and|or|but|also|so|wait|ok|okay)\s+)*(?:" + alt(lex.QUESTION_STARTS + lex.QUESTION_AUX)
                   + r")(?![\w'])")


# A yes/no question the student answers herself ("does she wanna go back? nope"): a statement.
_OWN_QUESTION = re.compile(r"^(?:(?:and|so|but|also)\s+)?(do|does|did|is|are|was|were|has|have|can|could|would|will)\s+"
                           r"(he|she|they|the person|this person)\s+(.+?)\s*[?？]+$")


_NEGATED_AUX = {"can": "can't", "will": "won't"}


def _answered_questions(sentences: list[str]) -> list[str]:
    """Each yes/no question followed by its own one-word answer, as the statement it makes."""
    out: list[str] = []
    i = 0
    while i < len(sentences):
        asked = _OWN_QUESTION.match(sentences[i])
        reply = sentences[i + 1] if i + 1 < len(sentences) else ""
        said = bare_reply(reply) if asked and reply else None
        if asked and said is not None:
            aux, subject, rest = asked.groups()
            verb = aux if said else _NEGATED_AUX.get(aux, f"{aux}n't")
            out.append(f"{subject} {verb} {rest}.")
            i += 2
            continue
        out.append(sentences[i])
        i += 1
    return out


# "a british engineer who wants to go home, would the cable apply to him?": the question after the
# comma asks about the statement before it
_TRAILING_QUESTION = re.compile(r",\s+(?=(?:would|will|does|do|is|are|can|could|should|what|how|where|when|why|"
                                r"who|which)\s[^,]*[?？]+$)")


# "imagine a japanese farmer who ...", "what if someone was a korean pow who ...", "what would the
# cable say about a korean shopkeeper who ...": the words before the person only introduce them
_LEAD_IN = re.compile(
    r"^(?:(?:so|ok|okay|um+|uh+|and|but|well|hmm+)[\s,]+)*"
    # "can the bot tell me what happens to a korean engineer who ..."
    r"(?:(?:can|could|would)\s+(?:you|u|the\s+bot)\s+(?:please\s+|pls\s+)?(?:tell|explain\s+to|show)\s+(?:me|us)\s+)?"
    r"(?:imagine|picture|suppose|say|consider|what\s+if|what\s+about|"
    r"how\s+about|what's\s+the\s+deal\s+(?:for|with)|what\s+is\s+the\s+deal\s+(?:for|with)|"
    r"what\s+(?:would|does|will)\s+the\s+(?:foreign\s+)?(?:cable|document|ministry)\s+(?:say\s+(?:about|for|to)|do\s+(?:with|about))|"
    r"(?:does|would|will)\s+the\s+(?:cable|document|ministry)\s+say\s+anything\s+(?:about|for|on)|"
    r"what\s+(?:happens|would\s+happen)\s+to)\s+(?:there\s+(?:is|was)\s+)?"
    r"(?=(?:a|an|someone|somebody|my\s+(?:person|guy|character|charactor|girl|woman|man|lady))\b)")


_DESCRIBED = re.compile(r"\b(?:who|whose|that|which|with|called|named|and)\b|,")
# "suppose a korean woman resides in shanghai.": asked to picture someone, the sentence describes them
_PICTURE = re.compile(r"^(?:(?:so|ok|okay|and|but|well)[\s,]+)*(?:imagine|picture|suppose|supposing|consider)\s"
                      r".*\w[.!]?$")


# "would a japanese pow get sent back if his family ...", "can a korean pow who did ... go home?":
# the rule asked about a made-up person, whose conditions are the person's facts
_ASKED_OF_A_PERSON = re.compile(
    r"^(?:(?:so|ok|okay|and|but|well)[\s,]+)*(?:would|could|can|does|will|should|is)\s+(?=(?:a|an)\s)")
# ... the outcome is the question's own verb: "who wants to leave" describes the person
_OUTCOME = re.compile(r"\s*\b(?<!\bto\s)(?:(?:get|be|is|are)\s+(?:sent|allowed|let|made|forced|kept|repatriated)"
                      r"|go\s+(?:back|home)|leave|return)\b[^,]*?(?P<cond>\s+if\b|(?=[,?？]|$))")


# "if a korean nurse wants to go back to korea, can she?": the wish the question turns on is the person's
_IF_SHE_WANTS = re.compile(r"^(?:(?:so|ok|okay|and|but|well)[\s,]+)*if\s+(?=(?:a|an|my)\s[^,?]*\b(?:wants?|wishes"
                           r"|asks?|asked|applies|applied|requests?|hopes)\s+to\b[^,?]*,\s*(?:can|could|will|would|may|is|does)"
                           r"\s+(?:he|she|they)\b[^,?]*[?？]+$)")


def _introduced(sentence: str, told: bool = False) -> str:
    """The sentence without a lead-in that introduces a made-up person, as a statement.
    ``told``: the message also describes someone, so a question about "a korean pow who ..."
    asks about that person ("could a korean with a lawsuit leave?" alone asks about the rule)."""
    rest = _LEAD_IN.sub("", sentence, count=1)
    if rest == sentence and told:
        rest = _IF_SHE_WANTS.sub("", sentence, count=1)
    if rest == sentence and told:
        asked = _ASKED_OF_A_PERSON.sub("", sentence, count=1)
        if asked != sentence and sentence.endswith(("?", "？")):
            # the outcome asked about is no fact: "(get sent back) if he has ..." -> "and he has ..."
            rest = _OUTCOME.sub(lambda m: " and" if m.group("cond") else "", asked, count=1)
    if rest == sentence or not (_DESCRIBED.search(rest) or _PICTURE.match(sentence)):
        return sentence     # "what about a korean fisherman?" names a kind of person, no one in particular
    return rest.rstrip("?？ ") + "."


def _without_trailing_questions(sentences: list[str]) -> list[str]:
    out: list[str] = []
    for sentence in sentences:
        head = _TRAILING_QUESTION.split(sentence, maxsplit=1)
        if len(head) == 2 and not _QUESTION_START.match(head[0]) and len(TOKEN.findall(head[0])) >= 3:
            out += [head[0] + ".", head[1]]
        else:
            out.append(sentence)
    return out


# The one a question names, up to its verb: "would [a japanese welder] count as technical?", "is [a
# korean nurse] technical personnel?" (what is asked of them is no part of who they are)
NAMED_ONE = re.compile(r"\b(?:a|an|one)\s+(?:[\w'-]+\s+)?(?:korean|japanese|chinese|russian|mongolian|american"
                       r"|british|french|german|vietnamese)(?:\s+(?!(?:counts?|be|gets?|is|are|was|were|who|that"
                       r"|with|have|has|had|do|does|did|would|could|can|will|in|at|from|to|and|or|technical"
                       r"|personnel|ordinary)\b)[\w'-]+){0,2}", re.I)
# A statement that goes on about the one a question named: "Is a Korean nurse technical personnel?
# She wants to go home", "What if a Japanese POW did ...? My character didn't"
_GOES_ON = re.compile(r"^[(\s]*(?:(?:and|but|so|well|ok|okay)\s+)?(?:he|she|his|her|mine|my\s+(?:character|person"
                      r"|guy|girl|man|woman|one|case|pow|prisoner|charactor))\b", re.I)
# ... or a question that itself names the student's person ("what if my person is an American missionary?
# Ordinary guy, runs a small church"): what follows goes on about that one, whatever its first words
_MINE_ASKED = re.compile(r"\bmy\s+(?:character|person|guy|girl|man|woman|one|pow|prisoner)\s+(?:is|was|were)"
                         r"\s+(?:an?|one)\b", re.I)


def named_in_question(text: str) -> str | None:
    """Who a question names ("a korean nurse") when the statement after it speaks of that one by a
    pronoun or as "my character" or "mine": the person described is the one asked about."""
    sentences = [s.strip() for s in _SENTENCE_SPLIT.split(text) if s.strip()]
    for asked, told in pairwise(sentences):
        who = NAMED_ONE.search(asked) if asked.endswith(("?", "？")) else None
        if who and not told.endswith(("?", "？")) and (_GOES_ON.match(told) or _MINE_ASKED.search(asked)):
            return who.group()
    return None


# A question about one fact answered by a subject and its auxiliary alone: "if my guy had a court
# case would that block him? he doesn't though", "what if a POW did revolutionary work? mine didn't",
# "imagine someone who riots. not my person though": the answer says whether the fact holds.
_ELLIPTICAL = re.compile(
    r"^[(\s]*(?:(?:and|but|well|ok|okay|let's\s+say|let\s+us\s+say|say)\s+)?(?:(?:he|she|they|mine|his|hers|theirs"
    r"|(?:my|our)(?:\s+[\w'-]+){1,3}?)\s+(?:(?:definitely|really|certainly|absolutely|surely)\s+)?"
    r"(?:does|do|did|is|are|was|were|has|have|had|can|could|would|will|ca|wo)(?P<neg>n't|\s+not)?"
    r"|(?P<not>not)\s+(?:mine|him|her|(?:my|our)(?:\s+[\w'-]+){1,2}?|in\s+my\s+case))"
    r"(?:\s+(?:though|tho|either|actually|really|at\s+all))*\s*(?:[,;:.!)]|$)")
# ... what it asked, without the question about the rule after it ("would that block him")
_ASKED_TAIL = re.compile(r"(?:,\s*|\s+)(?:would|will|does|could|can|what|how)\s+(?:that|this|it|would|happens?|does)\b"
                         r".*$")


def answered_by_ellipsis(text: str) -> list[tuple[str, bool]]:
    """(what a question asked, as a statement; whether the answer says it holds) for each question
    answered at once by "he doesn't though" or "not my person" (case_facts reads the fact asked)."""
    sentences = [s.strip() for s in _SENTENCE_SPLIT.split(text) if s.strip()]
    found = []
    for asked, reply in pairwise(sentences):
        said = _ELLIPTICAL.match(reply) if asked.endswith(("?", "？")) else None
        if said:
            body = _UNCERTAIN.sub(" ", _ASKED_TAIL.sub("", asked.rstrip("?？ ")))
            found.append((body, not (said.group("neg") or said.group("not"))))
    return found


# Someone else's fact, then the person's by its auxiliary alone: "his cousin had a court case but he does
# not", "her neighbour keeps getting arrested for fighting but she herself never has"
_CONTRASTED = re.compile(
    r"(?:^|(?<=[.;!?]\s))(?:also\s+|and\s+)?(?P<said>[^.;!?]{3,200}?)(?:,?\s+(?:but|and|while|whereas)|,)\s+"
    # ... the person by pronoun or by name: "his coworker wants to go home, moon doesn't"
    r"(?:he|she|they|(?!(?:it|there|that|this|i|we|you|which|who|nobody|none|everyone|everybody|someone|somebody"
    r"|all|both|many|most|others|people|mine)\b)[a-z][\w-]*)(?:\s+(?:himself|herself|themselves))?\s+"
    r"(?:(?P<never>never)\s+(?:has|had|does|did|is|was)|(?:does|do|did|has|have|had|is|are|was|were)(?P<neg>n't|\s+not)?)"
    # "her brother got arrested, she never did anything like that"
    r"(?:\s+(?:though|tho|either|at\s+all|too|anything\s+like\s+(?:that|it)|any\s+of\s+(?:that|it)"
    r"|such\s+a\s+thing|(?:him|her)self))*\s*(?=[.;!?,]|$)")


def contrasted_by_ellipsis(text: str) -> list[tuple[str, bool]]:
    """(what someone else's clause says, unless it is negated itself; whether the person's ellipsis says it
    holds of the person too)."""
    return [(m.group("said"), not (m.group("never") or m.group("neg"))) for m in _CONTRASTED.finditer(text)
            if not re.search(r"\b(?:not|never|no|none|nothing|nobody)\b|n't\b", m.group("said"))]


def mention_statements(text: str) -> tuple[str, list[Span]]:
    """Statements for reading mentions: question sentences dropped, except that a "...?" that
    does not open like a question, beside a statement of a few words, is kept as a doubtful
    statement ("she's Japanese and a POW?? captured in 1945."). Returns (text, doubtful spans)."""
    sentences = _answered_questions([s.strip() for s in _SENTENCE_SPLIT.split(text) if s.strip()])
    told = any(not s.endswith(("?", "？")) and not _ASKS.match(s) and len(TOKEN.findall(s)) >= 3
               for s in sentences)  # a description around the "?" ("wait. koreans?" is a question)
    kept: list[str] = []
    doubtful: list[Span] = []
    pos = 0
    for sentence in _without_trailing_questions([_introduced(s, told) for s in sentences]):
        asks = sentence.endswith(("?", "？"))
        intro = told and _INTRO.match(sentence) or not asks and _CLEFT.match(sentence)
        if (_QUESTION_START.match(sentence) and not UNKNOWN.match(sentence) or asks and (
                not told or _ASKS.match(sentence))) and not intro:
            continue
        body = sentence.rstrip("?？ ")
        body += "" if body.endswith((".", "!", "。", "！")) else "."
        if asks:
            doubtful.append((pos, pos + len(body)))
        kept.append(body)
        pos += len(body) + 1
    return " ".join(kept), doubtful


def statements(text: str, strict: bool) -> tuple[str, bool]:
    """Drop question sentences. strict: also drop "...?" statements (mentions);
    otherwise keep them and report the doubt (an answer like "Korean?")."""
    kept, doubtful = [], False
    for sentence in _SENTENCE_SPLIT.split(text):
        sentence = sentence.strip()
        asks = sentence.endswith(("?", "？"))
        if not sentence or (_QUESTION_START.match(sentence) or asks and strict) and not UNKNOWN.match(sentence):
            continue  # ("who knows?" is an answer)
        doubtful = doubtful or asks
        kept.append(sentence.rstrip("?？ ") + ("." if asks else ""))
    return " ".join(kept), doubtful


# Mockery says the opposite: "yeah right, like she causes trouble", "as if he'd ever go home"
_MOCKED = re.compile(r"(?:\b(?:yeah|yea|ya|oh|sure)\s+right[,.!]*\s+(?:like|as\s+if)|(?:^|(?<=[.!?]\s))as\s+if"
                     # "like he'd ever hurt anyone"
                     r"|(?:^|(?<=[.!?,;]\s))like\s+(?:he|she|they)(?:(?:'d|\s+would|\s+will|'ll)?\s+ever"
                     r"|(?:'s|\s+(?:has|have|had|is|was|does|did|gets?))\s+any))\b[^,.;:!?]*"
                     # "she totally wants to leave, NOT": the clause a trailing "not" takes back
                     r"|(?:^|(?<=[.!?;]\s)|(?<=,\s))[^,.;:!?]+(?=(?:,|\.{2,}|\s-)?\s+not(?:!+|\s*(?:[.,;]|$))"
                     # "she wanted to go home last year but not anymore": the wish, taken back
                     r"|,?\s+but\s+(?:not\s+any\s?more|no\s+more|no\s+longer)(?=\s*(?:[.,;!]|$))"
                     # "asked to go home but took it back", "was going to ask, but never did": said or meant, undone
                     # (a request "withdrawn" or "dropped" is a row of its own: yes_no_lexicon)
                     r"|,?\s+(?:but|and|then|and\s+then)\s+(?:(?:he|she|they)\s+)?(?:later\s+|soon\s+|then\s+)?"
                     r"(?:took\s+it\s+back"
                     r"|backed\s+out|chickened\s+out|thought\s+better\s+of\s+it|never\s+did|didn't|did\s+not"
                     r"|never\s+got\s+(?:a)?round\s+to\s+it)(?=\s*(?:[.,;!]|$|\s+and\b)))")
_AS_IF = re.compile(r"\bas\s+if\b")
# A word every kind of mockery above needs (most messages have none: the clause scan is skipped)
_MOCK_CUE = re.compile(r"\bnot\b(?:!|\s*(?:[.,;]|$))|\bas\s+if\b|\bright\b|\blike\s+(?:he|she|they)\b|any\s?more"
                       r"|no\s+(?:longer|more)|took\s+it\s+back|\w+ed\s+out|better\s+of\s+it|did(?:n't|\s+not)?\b"
                       r"|round\s+to\s+it")
# "the kind of man who", "that sort of thing": a kind named, no hedge
_A_KIND_OF = re.compile(r"\b(?:the|a|an|this|that|any|some|what)\s+(?:kind|sort|type)\s+of\b")
# The people the person works on or with, named by who they are: "train the chinese miners", "teaches korean kids"
_WORKED_ON = re.compile(r"\b(?:train(?:s|ed|ing)?|teach(?:es|ing)?|taught|supervis\w+|instruct\w*|oversees"
                        r"|treat(?:s|ed|ing)?|works?\s+with|working\s+with)\s+"
                        r"(?:(?:the|some|local|many|young|his|her|their)\s+)*$")
_PEOPLE = re.compile(r"\s+(?:[a-z]+\s+)?(?:people|men|women|kids|children|staff|recruits|soldiers|patients|colleagues"
                     r"|[a-z]+(?:ers|ors|ists|ians|ents|ils))\b")


# Praise or blame said with a wink ("oh he's soooo comfortable in the classes", "yeah such a big
# revolutionary"): when the message also says the opposite plainly, the plain words decide
_IRONIC_CLAUSE = re.compile(r"(?:^|(?<=[.!?;,]\s))(?:(?:and|but|so|lol)\s+)?(?:(?:oh|yeah|yea|ya|sure)\b[^,.;:!?]*"
                            r"|[^,.;:!?]*\b(?:so{3,}|such\s+a\s+(?:big|great|huge|real)|a\s+real|super)\b[^,.;:!?]*)")


def plainly_said(text: str, stated: list[tuple[int, bool]]) -> set[bool]:
    """The one polarity stated outside clauses said with a wink, when some were; else nothing."""
    ironic = [m.span() for m in _IRONIC_CLAUSE.finditer(text)]
    plain = {said for at, said in stated if not any(s <= at < e for s, e in ironic)}
    return plain if len(plain) == 1 and len(plain) < len({said for _, said in stated}) else set()


class Context:
    """One prepared message, split into clauses at punctuation and conjunctions."""

    def __init__(self, text: str, doubtful: Iterable[Span] = ()) -> None:
        self.text = text
        self.doubtful = tuple(doubtful)  # spans of statements that ended in "?"
        marks = [(m.start(), m.end()) for m in _BOUNDARY.finditer(text)]
        self.ends = [e for _, e in marks]
        self.starts = [s for s, _ in marks]
        self.mocked = [m.span() for m in _MOCKED.finditer(text)] if _MOCK_CUE.search(text) else []
        self.unsaid, self.taken_back = taken_back(text)     # (of any fact; of a yes/no fact)

    def before(self, pos: int) -> str:
        """Text from the start of the clause up to pos (at most 200 chars: bounds the work)."""
        i = bisect.bisect_right(self.ends, pos) - 1
        return self.text[max(self.ends[i] if i >= 0 else 0, pos - 200) : pos]

    def clause(self, start: int, end: int) -> str:
        return self.before(start) + self.after(start, end)

    def after(self, start: int, end: int) -> str:
        """The match and the rest of its clause (at most 200 chars past it)."""
        # a term's token may carry the sentence's full stop ("korean."): the clause ends there
        end = start + len(self.text[start:end].rstrip(".")) if end > start else end
        j = bisect.bisect_left(self.starts, end)
        stop = self.starts[j] if j < len(self.starts) else len(self.text)
        return self.text[start : min(stop, end + 200)]

    def negated(self, start: int, key: int | None = None) -> bool:
        """A negator shortly before start, or between start and the key word."""
        head = _DENIED_VIEW.sub(" not ", _ANY_KIND_OF.sub(" ", self.before(start))).split()  # "not any kind of"
        head = TOKEN.findall(" ".join(head))
        inner = TOKEN.findall(self.text[start:key]) if key else []
        near = head[-4:] + inner
        listed = head[:len(head) - len(list(takewhile(lambda t: t in _LISTED_AS, reversed(head))))]
        if listed[-1:] in (["or"], ["nor"]) and any(_is_negator(t) or t in _DET_NEGATORS for t in listed[-8:-1]):
            # (also "not an engineer or a technical expert")
            said = True  # "not being sued or charged": the negation reaches both
        else:
            said = (_negator_binds(head[-7:]) or _negator_binds(inner, whole=True)
                    or any(t in _DET_NEGATORS for t in (head + inner)[-2:]) or "no way" in " ".join(near))
        said = said != bool(NOT_THE_KIND.search(self.before(start)))   # (two negations cancel)
        return said != any(s <= start < e for s, e in self.mocked)   # mockery says the opposite

    def skip(self, start: int, end: int, mention: bool, choice: bool = False) -> bool:
        """Hypothetical ("if he has a case") or, in mentions, undecided clauses are not facts;
        "asked if he can go" is a request, not a hypothetical. For a choice (who the person
        is), "maybe" is a guess that leans one way, not an undecided clause."""
        if mention and any(s <= start and end <= e for s, e in (self.unsaid if choice else self.taken_back)):
            return True     # said, then taken back (a match reaching past the correction reads across it)
        if mention and choice and _WORKED_ON.search(self.before(start)) and _PEOPLE.match(self.text, end):
            return True     # "trains the chinese miners": who they are is no part of who the person is
        if mention:
            after = _SETTLED_CONDITION.sub("", self.after(start, end))
            clause = self.before(start) + (_WISH_IF.sub("", after) if _WISH.match(self.text, start) else after)
            if any(s <= start < e for s, e in self.mocked):
                clause = _AS_IF.sub(" ", clause)    # "as if" mocks here: no hypothetical
            undecided = _UNCERTAIN_CHOICE if choice else _UNCERTAIN
            return bool(undecided.search(_INDIRECT_QUESTION.sub(" ", clause)))
        return bool(_HYPOTHETICAL.search(_INDIRECT_QUESTION.sub(" ", self.before(start))))

    def hedge(self, start: int, end: int) -> str | None:
        """The hedge that makes a statement unsure ("I think", "as far as I know", a "?"), if any."""
        found = _HEDGE.search(_A_KIND_OF.sub(" ", self.clause(start, end)))
        if found:
            return found.group()
        return "?" if any(s <= start < e for s, e in self.doubtful) else None


def _is_negator(token: str) -> bool:
    # "nobody's taken him to court"
    return token in _NEGATORS or token.endswith("n't") or token.removesuffix("'s") in _NEGATORS


def _negator_binds(tokens: list[str], whole: bool = False) -> bool:
    """A negator reaches the match only across adverbs and auxiliaries: in "a POW who
    can't speak Chinese wants to go home" the "can't" belongs to "speak", not to "wants"."""
    if whole:
        return any(_is_negator(t) for t in tokens)
    for token in reversed(tokens):
        if _is_negator(token):
            return True
        if token not in _NEGATION_BRIDGE:
            return False
    return False
