"""How a case description is laid out, before its sentences are read (case_facts.read_mentions). Four layouts
change what a sentence means:

* **A form.** A worksheet pasted in answers its own labels: "Money problems? no", "pending lawsuit - no",
  "Country: Russia". The label is read as a statement, the yes or no gives its polarity.
* **A correction.** "a teacher... wait no, an engineer", "has family problems - actually scratch that, his
  family is fine": what follows the correction replaces what it restates.
* **The person among others.** "The older one is a prisoner of war, but my case is the younger one, who
  works as a cook": what is said from there on is about the person described, and replaces the rest.
* **What holds now.** "used to be poor but now he's fine", "she has changed her mind and wants to stay":
  the rest is read as the answer about the fact that changed ("now he does").

The last three are read the same way: the text after the marker overrides the text before it, field by field.
And a student playing the person ("im playing a japanese pow ... I want to go home", "I'm Korean and I sell
vegetables. I'm broke"), the person's own quoted words ("he told me 'I sweep streets'") and the person spoken
of by name ("Kang doesn't have any cases") are read in the third person, as descriptions are. Pure Python.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Protocol

from . import fact_lexicon as fl
from . import second_thoughts, self_asked
from .answers import bare_reply
from .focus import singled_out, singled_out_from, without_the_writer
from .transcript import as_prose


class Reading(Protocol):
    @property
    def facts(self) -> dict[str, Any]: ...

    @property
    def unsure(self) -> dict[str, tuple[str, str]]: ...


# What comes after replaces what came before (corrections, and the person singled out).
_LATER_WINS = re.compile(
    r"\b(?:wait,?\s+no|no,?\s+wait|oh\s+wait|no,?\s+sorry|sorry,?\s+(?:i\s+mean|no)|i\s+meant?"
    r"|scratch\s+that|(?:hmm+|um+|no|oh),?\s+actually|actually,?\s+no|i\s+got\s+(?:that|it)\s+wrong"
    r"|correction[:,]|let\s+me\s+correct\s+(?:that|myself)|hold\s+on,?\s+(?=correction\b|no\b|i\s+mean)"
    r"|wait,?\s+(?=(?:it|that)\s+was\b)"  # "wait, it was her husband who got in the fight"
    r"|my\s+(?:case|character|person)\s+is\s+(?:the|his|her|their)\b"
    r"|the\s+one\s+i(?:'m|\s+am)\s+(?:describing|asking\s+about|talking\s+about)"
    r"|(?:is|are)\s+(?:the\s+one|who)\s+i(?:'m|\s+am)\s+(?:describing|asking\s+about|talking\s+about)"
    # the person singled out in a story of several: "the person I want to ask about is", "the one
    # my question is about", "the person in question", "I'm describing the driver", "is my subject"
    r"|the\s+(?:person|one|man|woman|individual|subject|case)\s+(?:(?:that|whom|who)\s+)?i(?:'m|\s+am)?\s+"
    r"(?:(?:want|would\s+like|wish|need|mean)\s+(?:to\s+)?)?"
    r"(?:ask(?:ing)?\s+about|describ(?:e|ing)|writ(?:e|ing)\s+about|talk(?:ing)?\s+about|mean|consider|help\s+with)"
    r"|the\s+(?:person|one|subject)\s+(?:in\s+question|(?:this|my\s+question|the\s+question)\s+is\s+about)"
    r"|the\s+subject\s+of\s+(?:the|my|this)\s+question\s+is"
    r"|the\s+(?:one|person)\s+(?:for\s+you\s+)?to\s+(?:assess|judge|look\s+at|consider|evaluate|check)\s+is"
    r"|(?:the|my)\s+subject\s+is\s+(?=the\b|an?\b)|i(?:'m|\s+am)\s+asking\s+about\s+(?=[a-z]+\s*:)"
    r"|i(?:'m|\s+am)\s+(?:describing|asking\s+about|writing\s+about)\s+the\s+(?=[a-z]+\s*[.,:])"
    r"|(?:is|are)\s+(?:my|the)\s+(?:subject|person|character)(?=\s*[.,:;])|my\s+case\s+is\s+the"
    # "the one I actually want you to judge", "my actual person is on the top floor", "my guy is none of these"
    r"|the\s+(?:one|person)\s+i\s+(?:actually\s+|really\s+)?(?:want|would\s+like|need)\s+(?:you\s+)?to\s+(?:judge|assess"
    r"|look\s+at|consider|evaluate|check|ask\s+about)|my\s+(?:actual|real)\s+(?:person|character|case|subject|guy)\s+is"
    r"|my\s+(?:guy|person|character|case|subject)\s+is\s+none\s+of\s+(?:these|those|them))\b"
    # "the person this is about is the ship's cook": what follows is no question ("is the ...")
    r"(?:\s+(?:is|are|was|were)\b)?"
    # "japanese i think... no, definitely korean", "she started a fight - sorry, she broke UP a fight",
    # "hmm no let me change that", "turned out to be false"
    r"|(?<=\.\.\.)\s*no\b,?|(?<=[.,!]\s)no,?\s+(?=definitely\b|it'?s\b|make\s+that\b)|(?<=\s)[-\u2013]\s*sorry\b,?"
    r"|\bcorrection\s*[:,]|\blet\s+me\s+change\s+that\b|\bturned\s+out\s+(?:to\s+be\s+)?(?:false|untrue|a\s+lie|not\s+true)\b",
    re.IGNORECASE)
# What holds now replaces what used to: "was poor, but now ...", "she has changed her mind and"
_NOW = re.compile(
    r",?\s*\bbut\s+(?:now|these\s+days|nowadays|today|since\s+then)\b"
    # "his family had problems but they're ok now"
    r"|,?\s*\bbut\s+(?=(?:he|she|they|things)(?:'re|'s|\s+are|\s+is)\s+(?:[\w']+\s+){0,2}?(?:now|again)\b)"
    r"|\b(?:(?:he|she|they)(?:'s|\s+has|\s+have)?\s+)?changed\s+(?:his|her|their)\s+mind(?:\s+(?:and|since|now))?\b",
    re.IGNORECASE)
# The person singled out among others (no correction): what came before was said of the others
_OTHERS, _CORRECTING = 3, re.compile(r"\b(?:wait|sorry|meant?|scratch|actually|wrong|correct\w*|change|no|false|untrue"
                                     r"|lie)\b", re.IGNORECASE)
# A correction that only denies what it corrects: "..., wait, it was her husband, not her", "she didn't take part",
# "did revolutionary work - no actually he didn't" (not "earlier i said she doesn't")
_DENIED = re.compile(r"[^.;!?]*?(?:\bnot\s+(?:him|her|them)\b|\b(?:didn't|did\s+not|never)\s+(?:take|took)\s+part\b"
                     r"|\b(?:wasn't|was\s+not|weren't|were\s+not)\s+(?:in|part\s+of|involved)\b|\bbroke\s+up\b"
                     r"|\bjust\s+(?:watched|looked\s+on|stood\s+by)\b|(?<!said )(?<!wrote )(?<!say )(?<!thought )"
                     r"\b(?:he|she|they)\s+(?:didn't|didnt|did\s+not|doesn't|doesnt|isn't|isnt|wasn't|wasnt|hasn't|hasnt)(?=\s*(?:[,.;!?]|$)))"
                     r"[^.;!?]*[.;!?]?", re.IGNORECASE)
# What holds now is that all is well: "... but they're ok now"
_RECOVERED = re.compile(r"\s*(?:now\s+)?(?:he|she|they|things)(?:'re|'s|\s+are|\s+is)\s+(?:all\s+|doing\s+|much\s+)?"
                        r"(?:ok|okay|fine|alright|all\s+right|better|good|well)\b", re.IGNORECASE)
_TROUBLES = ("hardship", "pow_family_difficulties", "pow_language_barrier")
# A correction that says what it corrects was untrue: "turned out to be false"
_UNTRUE = re.compile(r"false|untrue|lie|not\s+true", re.IGNORECASE)
# A change of mind undoes a wish (and no other fact of its sentence) when no new one is said
_MIND, _WISHES = 2, ("requests_return",)
# "used to be poor but is fine", "struggled at first, but he's fluent now": the "but" after a past
# state begins what holds now
_PAST_THEN = re.compile(
    r"\b(?:used\s+to|at\s+first|initially|originally|in\s+the\s+beginning|when\s+(?:he|she|they)\s+first"
    r"|back\s+then|in\s+the\s+past|for\s+a\s+while|previously|formerly|before\s+the\s+war"
    # "last year he was in street fights, but since the spring ..."
    r"|last\s+(?:year|month|week|spring|summer|autumn|fall|winter)|(?:a\s+few\s+|a\s+couple\s+of\s+|some\s+)?"
    r"(?:years|months|weeks)\s+ago)\b[^.;!?]{0,80}?(?P<but>,?\s*\bbut\b)"
    r"(?!\s+(?:(?:he|she|they)\s+)?(?:no\s+longer|not\s+any\s?more|(?:does|do|is|are)(?:n't|\s+not)\s+any\s?more"
    # "used to pick fights but he's stopped": what stopped is read in one piece (then_and_now.py)
    r")|\s+(?:(?:he|she|they)(?:'s|\s+has|\s+is)?\s+)?(?:stopped|quit|given\s+(?:it|that)\s+up|gave\s+(?:it|that)\s+up)\b)",
    re.IGNORECASE)
# A form's pieces: lines, cells between pipes, sentences.
_PIECE = re.compile(r"[^\n|.;]+")
_LABELLED = re.compile(
    r"^\s*(?:(?:[-*\u2022\u00b7+>]+|\d{1,2}[.)])\s+)?"      # a bullet or a number before the label
    r"(?P<label>[a-z][a-z /'()-]{2,60}?)\s*(?:\?+\s*[:=-]?|[:=]|\s[-\u2013]\s*)\s*"
    r"(?P<value>[a-z][a-z ,!']{0,20}?)\s*[!?]*\s*"
    # "rioting? no, he's the calmest man alive": what is said of him after the answer is read as usual
    # "want to go back? no, my life is here now": so is a reason given with it
    r"(?:(?:,|\s[-\u2013])?\s+(?=(?:he|she|they|his|her|their|my|i|i'm|im|it|"
    r"it's|its|the|because|cause|cuz|coz|since|too|way|life|but|only|though|tho)\b).*)?$", re.IGNORECASE)
# "broke? he literally bought a car": a label asked, then answered by a clause about the person
_LABEL_THEN_CLAUSE = re.compile(r"(?P<lead>(?:^|[.!?;,]\s*))(?P<label>[a-z][a-z '/-]{1,25}?)\?+\s+"
                                r"(?=(?:(?:lol|lmao|haha+|well|honestly|um+|hmm+)[,.!]?\s+)?"
                                r"(?:he|she|they|he's|she's|they're|hes|shes|his|her|the man|the woman)\b)",
                                re.IGNORECASE)


def _unless_it_names_who(m: re.Match[str], read: Callable[[str], Reading]) -> str:
    """The asked label goes when it only names a yes/no fact (the clause after it answers)."""
    facts = read(_WISH_LABEL.sub("wants to ", m.group("label"), count=1)).facts
    return m.group("lead") if any(isinstance(v, bool) for v in facts.values()) else m.group()


# "poor: very": a degree answers yes
_DEGREE = re.compile(r"^(?:very(?:\s+much)?|extremely|totally|super|really|so+|hella|def(?:initely)?|100%?)\s*!*$",
                     re.IGNORECASE)
# A label of a word or two that names a fact only in a form: "fights/crimes - n", "court? yes"
_LABEL_WORDS = re.compile(
    r"^\s*(?:(?:any|ever|been|in|a|the|his|her|their)\s+)*(?:(?P<order>fights?|fighting|crimes?|criminal(?:\s+record)?|trouble|police"
    r"|riots?|rioting|violence|violent|brawls?)|(?P<case>court|trials?|judge|legal|legal\s+trouble|cases?|court\s+stuff)"
    r"|(?P<home>home|going\s+home|return|repatriation))"
    r"(?:\s*(?:/|or|and)\s*[a-z]+)?\s*$", re.IGNORECASE)
_LABEL_FACT = {"order": "he causes trouble", "case": "he has a court case", "home": "he wants to go home"}
# "poor? yes, in court? no": each answer ends its own piece
_ANSWER_THEN_COMMA = re.compile(r"([?:]\s*([^,?:.;]{1,20})),(?=\s*[^,?:.;]{1,40}[?:])")
# A self-interview: "Q: revolutionary past? A: none."
_QA_Q = re.compile(r"(^|\n|[.!?]\s)\s*Q\s*\d{0,2}\s*[:.)]\s*")
# "... actually no, let's say he definitely does": an answer by its auxiliary alone
_ELLIPSIS_AFTER = re.compile(r"(?:let'?s\s+say\s+|say\s+)?(?:he|she|they)\s+(?:[a-z]+ly\s+)?"
                             r"(?:does|do|did|is|are|was|were|has|have|had)(?:n't|\s+not)?\s*(?:[.!;,]|$)",
                             re.IGNORECASE)
# "what do they want? A: to stay in china", "what does he want to do? go home": the wish, told
_WANT_ASKED = re.compile(r"\bwhat\s+(?:do|does|did)\s+(?:he|she|they|[a-z][\w-]*)\s+(?:really\s+)?"
                         r"want(?P<do>\s+to\s+do)?\s*\?+\s*(?(do)(?!to\b)|(?=to\b))", re.IGNORECASE)
_QA_A = re.compile(r"\s*\bA\s*[:.)]\s+")
# "poor no, home yes, court no": a list of labels, each with its yes or no
_LISTED_ANSWER = re.compile(r"(?P<lead>(?:^|[,;.]\s*))"
                            r"(?!(?:wait|actually|hmm+|oh|um+|uh+|well|i|sorry|ok|okay|so|and|but|or|then"
                            r"|he|she|they|it|that|just|maybe|probably|answer|says|said)\b)"
                            r"(?P<label>[a-z][a-z/ ]{1,15}?)\s+(?P<said>yes|no|y|n|yep|nope|nah)"
                            r"(?=\s*(?:[,;.]|$))", re.IGNORECASE)
# A bare going as a label asks for the wish: "go home? yes", "return - no"
_WISH_LABEL = re.compile(r"^\s*(?=(?:go|going|head|get|return|leave|be\s+sent|be\s+repatriated)\b)", re.IGNORECASE)
# Labels that give a country, not a yes or no: "From - Japan", "Country: Russia", "where's she from? korea"
_COUNTRY_LABEL = re.compile(
    r"(?im)((?:^|[.|;?]|\n)\s*)(?:country(?:\s+of\s+origin)?|home\s+country|origin|from|born\s+in|birthplace|home"
    r"|(?:(?:so|and|ok|okay)\s+)?where(?:'s|\s+(?:is|was|does|did|do))?(?:\s+(?:he|she|they|the\s+person|your\s+person|it))?\s+(?:from|come\s+from))"
    r"\s*(?:[:=]|\s-\s?|\u2013|\?+\s*[:=-]?)\s*(?=[a-z])")


_DEMONYM = "|".join(sorted((re.escape(d) for ds in fl.NATIONALITY_DEMONYMS.values() for d in ds
                           if d.isascii() and len(d) > 3), key=len, reverse=True))
# The writer speaks as the person: "im playing ...", "speaking as my character", "my name is",
# "I'm Korean", "I am a Mongolian student"
_ROLE_PLAY = re.compile(
    r"\b(?:i(?:'m|\s+am|m)\s+(?:playing|gonna\s+be|going\s+to\s+be)|speaking\s+as|in\s+character|role[- ]?play"
    r"|my\s+name\s+is|i(?:'m|\s+am|m)\s+(?:an?\s+)?(?:" + _DEMONYM + r"))\b", re.IGNORECASE)
# "I" that is the writer's own doubt stays: "i think", "i'm not sure", "idk"
_OWN_DOUBT = (r"(?!\s+(?:think|guess|believe|suppose|reckon|mean|don'?t\s+know|do\s+not\s+know|dunno"
              r"|'?m\s+not\s+sure|am\s+not\s+sure|would\s+say|'d\s+say))")
_THIRD_PERSON = [(re.compile(p, re.IGNORECASE), r) for p, r in (
    (r"\bi(?:'m|\s+am|m)\b(?!\s+(?:not\s+sure|playing|gonna\s+be|going\s+to\s+be))", "he is"),
    (r"\bi(?:'ve|\s+have|ve)\b", "he has"),
    (r"\bi'd\b", "he would"),
    (r"\bi'll\b", "he will"),
    (r"\bi\b" + _OWN_DOUBT, "he"),
    (r"\bmy\b(?!\s+(?:character|person|guy|case|story|teacher|class|homework|project))", "his"),
    (r"\bme\b", "him"),
    (r"\bmyself\b", "himself"),
)]


# The person's own words quoted: "he told the guards 'please send me home'", "she said: "I'm broke""
_QUOTED = re.compile(
    r"\b(?P<who>he|she)\b(?:\s+(?:himself|herself|also|always|often|just))?\s+(?:keeps?\s+|kept\s+)?"
    r"(?:said|says|saying|told|tells|telling|wrote|writes|insists?|insisted|asked|asks|asking|begs?|begged|begging|pleads?|pleaded|pleading|"
    r"complains?|complained|mentioned|mentions|explains?|explained|admits?|admitted|swears?|swore|shouts?|shouted"
    r"|laughs?|laughed|replies|replied|answers?|answered)"
    r"(?:\s+(?:me|us|him|her|them|everyone|everybody|(?:the|his|her|a|an|my)\s+[\w-]+(?:\s+[\w-]+)?))?"
    r"[\s,:]*(?<![a-z])['\"\u2018\u201c](?P<body>[^\"\u201d]{2,300}?)['\"\u2019\u201d](?![a-z])", re.IGNORECASE)
# What _THIRD_PERSON wrote as "he", for a woman speaking; longest first, so "he is" wins over "he".
_HER = {"he is": "she is", "he has": "she has", "he would": "she would", "he will": "she will",
        "himself": "herself", "his": "her", "him": "her", "he": "she"}
_HE_WORDS = re.compile(r"\b(?:" + "|".join(sorted(_HER, key=len, reverse=True)) + r")\b", re.IGNORECASE)


# In the person's own words "I don't know" and "my case" are the person's, not the writer's doubt or case
_SPEAKER_ONLY = [(re.compile(r"\bi\b", re.IGNORECASE), "he"), (re.compile(r"\bmy\b", re.IGNORECASE), "his")]


def _as_the_speaker(m: re.Match[str]) -> str:
    body = m.group("body")
    for pattern, repl in _THIRD_PERSON + _SPEAKER_ONLY:
        body = pattern.sub(repl, body)
    if m.group("who").lower() == "she":
        body = _HE_WORDS.sub(lambda w: _HER[w.group(0).lower()], body)
    return m.group(0)[:m.start("body") - m.start(0)] + body + m.group(0)[m.end("body") - m.start(0):]


# The person named, then spoken of by name: "My person is Ji-ho ... Ji-ho himself hasn't asked"
_NAME = r"[A-Z][a-z]+(?:-[a-z]+|-[A-Z][a-z]+)?"
# (a nationality is no name: "my character is Japanese or Korean")
_NOT_A_DEMONYM = r"(?!(?i:" + _DEMONYM + r")\b)"
_NAMED = re.compile(r"(?i:\b(?:this is(?: about)?|"
                    r"(?:my|the) (?:person|character|guy|girl|man|woman|case) is(?: called| named)?|"
                    r"(?:his|her|their) name is|called|named))\s+"
                    r"(?P<name>" + _NOT_A_DEMONYM + _NAME + r"(?:\s+" + _NAME + r")?)\b"
                    r"|(?:^|(?<=[.!?]\s))(?P<subject>" + _NOT_A_DEMONYM + _NAME + r")(?= is an? \b|, an? \b)")
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)


def by_pronoun(text: str) -> str:
    """The named person spoken of by a pronoun, as the word lists expect: "Kang doesn't have any
    cases" -> "he doesn't have any cases"; "Kang's neighbours" -> "his neighbours"."""
    m = _NAMED.search(text)
    if m is None:
        return text
    name = m.group("name") or m.group("subject")
    head, tail = text[:m.end()], text[m.end():]
    # a family and a given name ("Park Min-ho"): either may come back alone ("Min-ho himself")
    names = [n for n in sorted({name, *name.split()}, key=len, reverse=True) if n in tail]
    if not names:
        return text
    said = "|".join(re.escape(n) for n in names)
    she = len(_SHE.findall(text)) > len(_HE.findall(text))
    tail = re.sub(rf"\b(?:{said})'s\b", "her" if she else "his", tail)
    return head + re.sub(rf"\b(?:{said})\b", "she" if she else "he", tail)


def in_third_person(text: str) -> str:
    """A role-played description as a description: "I'm broke" -> "he is broke"; and so the
    person's own quoted words: "he told me 'I sweep streets'" -> "he told me 'he sweeps streets'"."""
    if _ROLE_PLAY.search(text):
        for pattern, repl in _THIRD_PERSON:
            text = pattern.sub(repl, text)
        return text
    return _QUOTED.sub(_as_the_speaker, text) if ("'" in text or '"' in text or "\u2018" in text
                                                  or "\u201c" in text) else text


def answers_its_label(text: str) -> bool:
    """A form's line that answers itself: "Did revolutionary work before: no"."""
    m = _LABELLED.match(text.strip().rstrip(".!"))
    return m is not None and bare_reply(re.split(r",\s", m.group("value"), maxsplit=1)[0]) is not None


Answer = Callable[[str, str], Any]     # (field, text) -> the value text gives as that field's answer


# "rich? lol no", "in court? also no": a laugh or a filler before the answer to a self-asked question
_FILLED_ANSWER = re.compile(r"\?\s*(?:(?:lol|lmao|haha+|hah|ha|honestly|obviously|also|uh+|um+|definitely"
                            r"|absolutely|and)\s+)+(?=(?:no|nope|nah|yes|yep|yeah|not)\b)"
                            # "his family? he says they're fine": the answer, reported
                            r"|\?\s*(?:he|she)\s+(?:says|said|told\s+(?:me|us|them))\s+(?:that\s+)?", re.IGNORECASE)


# "'Wants to go home?' Please.", "poor? as if": a scoff answers a self-asked question no
_SCOFFED = re.compile(r"['\"\u2018\u201c]?(?P<asked>[a-z][^'\"\u2019\u201d?.!]{1,60}?)\?['\"\u2019\u201d]?\s+(?:oh\s+)?"
                      r"(?:please|puh-?lease|yeah\s+right|as\s+if|hardly|pfft+)\s*(?=[.!]|$)", re.IGNORECASE)


def read_laid_out(text: str, read: Callable[[str], Reading],
                  make: Callable[[dict[str, Any], dict[str, tuple[str, str]]], Reading],
                  answer: Answer | None = None) -> Reading:
    """``read(text)`` gives the facts of plain sentences; ``make(facts, unsure)`` a reading;
    ``answer(field, text)`` reads what holds now as the answer about a fact that changed."""
    if _QA_Q.search(text) and _QA_A.search(text):   # "Q: family ok? A: no": the question and its answer
        text = _QA_A.sub(" ", _QA_Q.sub(r"\1", text))
    text = _WANT_ASKED.sub(lambda m: "wants to " if m.group("do") else "wants ", text)
    text = _LISTED_ANSWER.sub(r"\g<lead>\g<label>: \g<said>", singled_out(without_the_writer(text)))
    text = second_thoughts.restated(as_prose(text))
    text = self_asked.as_answered(_SCOFFED.sub(r"\g<asked>? no", _FILLED_ANSWER.sub("? ", text)))
    return _read_parts(by_pronoun(in_third_person(text)), read, make, answer)


def _read_parts(text: str, read: Callable[[str], Reading],
                make: Callable[[dict[str, Any], dict[str, tuple[str, str]]], Reading],
                answer: Answer | None = None) -> Reading:
    # (where the marker starts, where it ends, whether a fact changed (_MIND: a mind), where what follows begins)
    markers = [(m.start(), m.end(), 0 if _CORRECTING.search(m.group()) else _OTHERS, singled_out_from(text, m))
               for m in _LATER_WINS.finditer(text)]
    markers += [(m.start("but"), m.end("but"), 1, m.start("but")) for m in _PAST_THEN.finditer(text)]
    markers += [(m.start(), m.end(), _MIND if "mind" in m.group().lower() else 1, m.start())
                for m in _NOW.finditer(text)]
    if markers:
        start, end, changed, named = max(markers)
        before = _read_parts(text[:named] if changed else re.sub(r"\?\s*$", ". ", text[:named]), read, make, answer)
        untrue = bool(_UNTRUE.search(text[start:end])) and not changed
        denied = _DENIED.match(text[end:]) if not changed and not untrue else None
        # "maybe he wants to go home? actually no, he definitely does": the question, with its answer
        head = re.sub(r"(?<=\?)\s*(?:(?:hmm+|um+|uh+|er+|oh)[,.]?\s*)?$", "", text[:start])
        asked = re.split(r"(?<=[.;!?])\s", head)[-1] + " " if head.endswith("?") else ""
        rest = text[end + (denied.end() if denied else 0):]
        elliptical = asked and not changed and _ELLIPSIS_AFTER.match(rest.lstrip(" ,;:"))
        after = _read_parts((asked + rest.lstrip(" ,;:") if elliptical else text[named:start] + rest),
                            read, make, answer)
        if denied or untrue:  # "she rioted - actually no, she just watched": the corrected sentence, taken back
            then = read(re.split(r"[.;!?]\s", text[:start].rstrip(" .;!?-\u2013"))[-1]).facts
            taken_back = {f: not v for f, v in then.items() if isinstance(v, bool)}
            after = make({**taken_back, **after.facts}, dict(after.unsure))
        elif changed == _OTHERS:   # what was said before the person singled out was said of others
            before = make({f: v for f, v in before.facts.items() if not isinstance(v, bool)}, {})
        elif changed and answer is not None:
            # "used to be poor, but now he's fine": the rest answers about the fact that changed
            then = read(re.split(r"[.;!?]\s", text[:start])[-1]).facts   # the sentence that changed
            now = {f: answer(f, text[end:]) for f, v in then.items()
                   if isinstance(v, bool) and f not in after.facts}
            if _RECOVERED.match(text[end:]):    # "had problems but they're ok now": the trouble, over
                now.update({f: False for f, v in now.items() if v is None and then[f] is True and f in _TROUBLES})
            if changed == _MIND:    # "wanted to go home but changed her mind": the wish, undone
                now.update({f: not then[f] for f in _WISHES if isinstance(then.get(f), bool) and now.get(f) is None})
            after = make({**after.facts, **{f: v for f, v in now.items() if isinstance(v, bool)}},
                         dict(after.unsure))
        return _overridden(before, after, make)
    text = _COUNTRY_LABEL.sub(r"\1from ", text)
    text = _LABEL_THEN_CLAUSE.sub(lambda m: _unless_it_names_who(m, read), text)
    text = _ANSWER_THEN_COMMA.sub(lambda m: m.group(1) + (";" if _answers(m.group(2)) else ","), text)
    answered: dict[str, Any] = {}
    rest = text
    for piece in _PIECE.finditer(text):
        found = _answered_label(piece.group(), read)
        if found is None:
            continue
        m, said, label, at = found
        for name, value in label.facts.items():
            if isinstance(value, bool):
                answered[name] = value if said else not value
            elif said:
                answered[name] = value
        start, answered_to = piece.start() + at, piece.start() + at + m.end("value")
        rest = rest[:start] + " " * (answered_to - start) + rest[answered_to:]
    plain = read(rest) if answered else read(text)
    if not answered:
        return plain
    return _overridden(plain, make(answered, {}), make)


def _answers(text: str) -> bool:
    return bare_reply(text) is not None or bool(_DEGREE.match(text))


def _answered_label(piece: str, read: Callable[[str], Reading]) -> tuple[re.Match[str], bool, Reading, int] | None:
    """A label answered yes or no in ``piece`` ("wants to leave? nope"), also after a comma
    ("korean farmer, wants to leave? nope"): (its match, the answer, the label's reading, where it starts)."""
    starts = [0] + ([c.end() for c in re.finditer(r",\s*", piece)] if "?" in piece or ":" in piece else [])
    for at in starts:
        m = _LABELLED.match(piece[at:])
        said = (True if _DEGREE.match(m.group("value")) else bare_reply(m.group("value"))) if m else None
        if m is None or said is None:
            continue
        label = read(_WISH_LABEL.sub("wants to ", m.group("label"), count=1))
        named = _LABEL_WORDS.search(m.group("label"))
        if named and not any(isinstance(v, bool) for v in label.facts.values()):
            label = read(_LABEL_FACT[str(named.lastgroup)])   # (the message's own entities may fill the rest)
        if label.facts:   # else no fact's label ("does he want to go back? not really"): read as written
            return m, said, label, at
    return None


def _overridden(before: Reading, after: Reading,
                make: Callable[[dict[str, Any], dict[str, tuple[str, str]]], Reading]) -> Reading:
    facts = {**before.facts, **after.facts}
    unsure = {f: w for f, w in before.unsure.items() if f not in after.facts}
    unsure.update(after.unsure)
    return make(facts, unsure)
