"""A case written as questions the writer answers, or as the person's own plea, made into the form
layout.py reads (layout.read_laid_out calls `as_answered` before it reads a form's labels).

* **Labels asked.** "job? none really. money? almost nothing left": a short label asked and answered at
  once is a form's label ("job: none"), when the message asks and answers at least two of them, or the
  answer is a yes, a no or a nothing ("cases against him? none pending").
* **An answer corrected.** "revolutionary work: well, sort of... no, not really": the answer after the
  correction is the label's.
* **Answers with more to them.** "yes, badly", "obviously lol", "none really", "almost nothing": the
  yes, the no or the nothing they give ("yes", "none", "nothing").
* **Fields between slashes.** "nat: jp / occ: nurse / wants home: no": each field a piece of its own.
* **A choice between two.** "stays or goes home: goes home", "korean or japanese? korean": the one chosen,
  said as a statement ("wants to go home", "korean").
* **The person's own plea.** "Send me back please!!", and "Please can I go home?" from a writer speaking as
  the person ("I am a Korean who ..."): a request to go home, said as a statement, so that a role-played plea
  is read like "he asks to go home".
Pure regular expressions over the raw message (case kept), like the rest of layout.py.
"""
from __future__ import annotations

import re

_ASK_WORD = (r"(?:what|who|whom|whose|where|when|why|how|which|is|are|was|were|do|does|did|can|could|will|would|should"
             r"|has|have|had|may|might|must|and|but|so|or|if|any|ever|wait|ok|okay|hmm+|um+|idk|maybe)")
# "job? none really": a label of a few words asked at a sentence's start, and its answer of a few words
_LABEL_ASKED = re.compile(
    r"(?P<lead>(?:^|(?<=[.!;|\n])|(?<=[.!;|\n]\s)|(?<=\s/\s))\s*)"
    r"(?P<label>(?!" + _ASK_WORD + r"\b)(?!(?:he|she|they|i|it|my|his|her)\b)[a-z][a-z'/-]*(?:\s+[a-z][a-z'/-]*){0,4}?)"
    r"\s*\?+[ \t]+"
    r"(?P<answer>(?!(?:he|she|they|his|her|it|i|we|the)\b)[a-z][a-z' -]*(?:,\s*[a-z]+)?(?:\s+[a-z]+){0,3}?)"
    r"(?=\s*(?:[.!;|\n]|\s/\s|$))", re.IGNORECASE)
# "revolutionary work: well, sort of... no, not really": the answer after the correction replaces the one before
_CORRECTED = re.compile(
    r"(?P<label>(?:^|(?<=[.;!|\n])|(?<=[.;!|\n]\s))\s*[a-z][a-z /'()-]{2,40}?\s*[:?]\s+)(?P<old>[^.:;!?\n]{1,30}?)"
    r"(?:\.{2,}\s*|\s*[,;]?\s*(?:(?:no\s*,?\s*)?wait|actually|sorry|hmm+|scratch\s+that)\s*[,.!]*\s*)"
    r"(?=(?:no|nope|nah|not\s+really|not\s+at\s+all|yes|yeah|yep|none|never)\b)", re.IGNORECASE)
# What comes after a yes, a no or a nothing and adds nothing to it: "yes, badly", "obviously lol", "none really"
_TRAILING = re.compile(r"(?<=\w)(?:\s*,?\s+(?:lol|lmao|haha+|tbh|honestly|really|badly|sadly|definitely|obviously"
                       r"|for\s+sure|at\s+all|whatsoever|unfortunately|thankfully|please|pls|of\s+course|!+"
                       # "none pending", "no, not yet", "nothing to speak of"
                       r"|pending|so\s+far|yet|currently|now|at\s+the\s+moment|to\s+speak\s+of|that\s+i\s+know\s+of))+\s*$",
                       re.IGNORECASE)
_LEADING = re.compile(r"^(?:(?:duh|obviously|well|um+|uh+|lol|haha+|honestly|oh|hmm+|sadly|definitely)\s*[,!]*\s+)+"
                      r"(?=\w)", re.IGNORECASE)
_PLAIN_YES = re.compile(r"^(?:obviously|obv|duh|naturally|100%|you\s+bet|for\s+sure|def|defo|totally|absolutely"
                        r"|of\s+course|ofc)$", re.IGNORECASE)
_NEARLY = re.compile(r"\b(?:almost|nearly|practically|virtually|basically|next\s+to)\s+(?=(?:nothing|none|no)\b)",
                     re.IGNORECASE)
_YES_NO = re.compile(r"^(?:yes|yeah|yep|yup|ya|y|no|nope|nah|n|none|nothing|never)$", re.IGNORECASE)
# "nat: jp / occ: nurse": a slash between fields, each a label and its value
_FIELD = re.compile(r"(?:^|\s/\s)\s*[a-z][a-z ']{0,25}\s*[:?=]", re.IGNORECASE)
_SLASH = re.compile(r"\s+/\s+")
# "stays or goes home: goes home": the label is a choice, the answer one of its sides
_CHOICE = re.compile(r"(?P<lead>(?:^|(?<=[.!;|\n])|(?<=[.!;|\n]\s))\s*)(?P<one>[a-z][a-z ']{1,30}?)\s+or\s+"
                     r"(?P<other>[a-z][a-z ']{1,30}?)\s*(?:\?+\s*[:=-]?|[:=]|\s-)\s*(?P<answer>[a-z][a-z ']{1,30}?)"
                     r"\s*(?=[.!;|\n]|\s/\s|$)", re.IGNORECASE)
_GOING = re.compile(r"^(?:to\s+)?(?P<verb>go|goes|going|stay|stays|staying|return|returns|returning|leave|leaves"
                    r"|leaving|remain|remains|remaining|head|heads|heading)\b(?P<rest>.*)$", re.IGNORECASE)
_BASE = {"goes": "go", "going": "go", "stays": "stay", "staying": "stay", "returns": "return",
         "returning": "return", "leaves": "leave", "leaving": "leave", "remains": "remain", "remaining": "remain",
         "heads": "head", "heading": "head"}
# The person's own plea: "Please can I go home?", "could I please be sent back to Korea?", "Send me back please!!",
# "let me go home", "please let me return to Japan"
_PLACE = (r"(?:(?:back\s+)?home|back\s+to\s+(?:korea|japan|my\s+(?:country|family|village|homeland|home))"
          r"|back\s+to\s+(?!(?i:question|step|menu|start|page|part|point|section|the|previous|last|first)\b)"
          r"(?-i:[A-Z][a-z]+))")
_PLEASE = r"(?:\s*,?\s*(?:please|pls|now|already|sir))*"
_ASKED_TO_GO = re.compile(
    r"(?:please\s*,?\s*)?(?:can|could|may)\s+i\s+(?:please\s+)?(?:go|return|be\s+sent|be\s+allowed\s+to\s+go)\s+"
    r"(?:" + _PLACE + r"|back(?=" + _PLEASE + r"\s*\?))" + _PLEASE + r"\s*\?+", re.IGNORECASE)
_SENT_BACK = re.compile(r"(?:please\s*,?\s*)?(?:send\s+me\s+(?:" + _PLACE + r"|back)|let\s+me\s+(?:go|return)\s+"
                        + _PLACE + r")" + _PLEASE + r"(?=\s*(?:[.!]|$))", re.IGNORECASE)
# ... "can I go home?" is the person's only when the writer speaks as the person ("I am a Korean who ...",
# "my name is", "my wife and kids"), not a student asking to leave
_AS_THE_PERSON = re.compile(r"\b(?:i(?:'m|\s+am|m)\s+(?:an?\s+)?(?:korean|japanese|chinese|russian|mongolian|pow"
                            r"|prisoner)|my\s+name\s+is|my\s+(?:wife|husband|mother|father|mum|mom|dad|parents|family|kids|children"
                            r"|sisters?|brothers?)\b|i\s+(?:was|got)\s+(?:captured|drafted|taken))", re.IGNORECASE)


def _answer(text: str) -> str:
    """The yes, no or nothing an answer gives, else the answer as it was."""
    plain = _NEARLY.sub("", _LEADING.sub("", _TRAILING.sub("", text))).strip()
    if _PLAIN_YES.match(plain):
        return "yes"
    return plain if _YES_NO.match(plain) else _NEARLY.sub("", text)


def _labelled(m: re.Match[str]) -> str:
    return f"{m.group('lead')}{m.group('label')}: {_answer(m.group('answer'))}"


def _chosen(m: re.Match[str]) -> str:
    """The side of a choice the answer names, as a statement; else the text as it was."""
    answer = m.group("answer").strip().lower()
    for side in (m.group("one"), m.group("other")):
        side = side.strip().lower()
        if answer == side or _GOING.match(answer) and _GOING.match(side) and (
                _BASE.get(answer.split()[0], answer.split()[0]) == _BASE.get(side.split()[0], side.split()[0])):
            going = _GOING.match(answer)
            said = (f"wants to {_BASE.get(going.group('verb').lower(), going.group('verb'))}{going.group('rest')}"
                    if going else answer)
            return f"{m.group('lead')}{said}"
    return m.group()


def as_answered(text: str) -> str:
    """``text`` with its self-asked labels as a form's labels, its choices as what was chosen, its fields between
    slashes apart and the person's plea to go home as a statement."""
    text = _SENT_BACK.sub("I am asking to go home", text)
    if _AS_THE_PERSON.search(text):
        text = _ASKED_TO_GO.sub("I am asking to go home.", text)
    text = _CORRECTED.sub(r"\g<label>", text)
    if len(_FIELD.findall(text)) >= 2 and len(_SLASH.findall(text)) >= 1:
        text = _SLASH.sub("; ", text)
    text = _CHOICE.sub(_chosen, text)
    # (one label asked alone is a form's only when its answer is a yes, a no or a nothing: "cases? none pending")
    several = len(_LABEL_ASKED.findall(text)) >= 2
    text = _LABEL_ASKED.sub(lambda m: _labelled(m) if several or _YES_NO.match(_answer(m.group("answer")))
                            else m.group(), text)
    return re.sub(r"(?P<lead>[:=]\s*)(?P<answer>[a-z][a-z ,']{1,30}?)(?=\s*(?:[.;|\n]|$))",
                  lambda m: m.group("lead") + _answer(m.group("answer")), text, flags=re.IGNORECASE)
