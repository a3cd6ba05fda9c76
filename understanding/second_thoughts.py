"""Second thoughts: what a writer corrects, qualifies or concludes about the person after saying it.

* **A correction by apology.** "He's Japanese. Or, sorry, he's Korean", "a cook, or rather a baker": said as
  the corrections layout.py reads ("sorry, I mean"), so what follows replaces what it restates.
* **A correction by its auxiliary.** "doesn't want to go home - no wait, he DOES": said in full ("he DOES want
  to go home").
* **A word taken back by degree.** "she's poor. well, not poor exactly, she gets by": the word said again,
  negated, corrects it.
* **A mixed nationality concluded.** "her dad is Japanese and her mum Korean, so she's mixed", "she considers
  herself both", "a mixed Korean/Chinese family" (MIXED: rows case_choices.py adds to the lexicon's).
* **A nationality of a thing.** "trained at a Japanese aircraft plant", "a Japanese land company took the
  farm", "went to a Korean girls' school": a demonym before a works, a firm or a school says whose the place
  is, not who the person is (THINGS: case_choices.py blanks them).
* **A former job.** "a POW, former pilot": what he did before is no group beside what he is now (`former`).
Pure regular expressions, like the rest of the reader.
"""
from __future__ import annotations

import re

# "Or, sorry, he's Korean", "sorry, she is a nurse", "a cook, or rather a baker"
_BY_APOLOGY = re.compile(r"(?:\bor,?\s+(?:sorry|rather)\b|(?:^|(?<=[.!;]\s))sorry(?=,?\s+(?:he|she|they|it|my)"
                         r"(?:'s|\s+is|\s+was|\s+were|\s+are|\s+(?:guy|person|character)\s+is)\b))[,:]?",
                         re.IGNORECASE)
# "she's poor. well, not poor exactly, ...", "he's a farmer, well not a farmer really, he rents a plot"
_BY_DEGREE = re.compile(r"\b(?:well|ok|okay|hmm+|um+|actually)\s*[,.]?\s+not\s+(?P<art>(?:an?|the|really|that"
                        r"|so|very|quite|exactly)\s+)?(?P<word>[a-z][\w-]+)(?=\s+(?:exactly|really|as\s+such"
                        r"|per\s+se|strictly|though|tho)\b|\s*[,;]|\s+(?:more|just|but)\b)", re.IGNORECASE)


# "doesn't want to go home - no wait, he DOES": the correction by its auxiliary alone, said in full
_BY_AUXILIARY = re.compile(
    r"\b(?P<neg>does|is|has|did|do|are|have)(?:n't|nt|\s+not)\s+(?P<what>[a-z][^.;!?,()-]{2,60}?)\s*[-\u2013,.;]\s*"
    r"(?P<marker>(?:no\s*,?\s+wait|wait\s*,?\s+no|oh\s+wait|actually|sorry|no)[,.!]*\s+(?P<who>he|she|they)\s+)"
    r"(?P<aux>does|do|is|are|has|have|did)(?=\s*(?:[,.;!]|$))", re.IGNORECASE)


def restated(text: str) -> str:
    """``text`` with its second thoughts said as the corrections layout.py reads."""
    text = _BY_APOLOGY.sub("sorry, I mean", text)
    text = _BY_AUXILIARY.sub(lambda m: m.group()[:m.end("aux") - m.start()] + " " + m.group("what"), text)

    def corrected(m: re.Match[str]) -> str:
        before = text[max(0, m.start() - 120):m.start()].lower()
        return f"actually no, not {m.group('art') or ''}{m.group('word')}" \
            if re.search(rf"\b{re.escape(m.group('word').lower())}\b", before) else m.group()
    return _BY_DEGREE.sub(corrected, text)


DEMONYM = "DEMONYM"     # (case_choices fills it in)
# Rows like fact_lexicon.NATIONALITY_MIXED, over the prepared text ("she is", "it is")
MIXED = [
    r"(?:so|which\s+makes\s+(?:him|her|them)|making\s+(?:him|her|them))\s+(?:(?:he|she|they|it)\s+(?:is|are)\s+)?"
    r"(?:kind\s+of\s+|kinda\s+|sort\s+of\s+|basically\s+|really\s+)?(?:mixed|both|half\s+and\s+half)(?=\s*(?:$|[,.;!?)]))",
    r"(?:considers?|considered|sees?|saw|calls?|called|identifies|identified|thinks?\s+of)\s+(?:himself|herself"
    r"|themselves)\s+(?:as\s+)?(?:kind\s+of\s+|sort\s+of\s+)?(?:both|mixed|half\s+and\s+half)\b",
    # "... the worksheet says it's unclear, so let's go with unclear"
    r"let'?s\s+(?:say|go\s+with|call\s+it|put|leave\s+it\s+(?:as|at))\s+(?:unclear|unsure|mixed|both|unknown|not\s+sure)\b",
    r"mixed\s+(?:DEMONYM\s*(?:/|-|and)\s*DEMONYM)\s+(?:family|heritage|background|parents|parentage|blood|descent)",
]
# A demonym before a place of work or learning
THINGS = (r"(?:korean|japanese|chinese|russian|soviet|american|british|german|french|manchukuo)\s+"
          r"(?:(?!(?:and|or|but|who|that|which|in|at|a|an|the|of|for|with|from|by|to|on|is|was|he|she|man|woman|guy"
          r"|girl|boy|lady|person|owns?|runs?|ran|works?)\b)(?![a-z]+(?:ing|ed)\s+(?:at|in|for|on|with|as|to|from)\b)[a-z]+\s+){0,2}?"
          r"(?:plant|factory|works|workshop|mill|mine|company|firm|corporation|concern"
          r"|bank|school|university|college|academy|institute|hospital|clinic|shipyard|dockyard|arsenal|airfield"
          r"|store|department\s+store|trading\s+house)s?\b"
          # ... the place the head of its phrase, not a worker's or a student's ("a korean university student")
          r"(?=\s*(?:$|[,.;:!?)]|\s(?:in|at|and|or|of|for|to|on|near|outside|inside|there|where|which|that|who|whose"
          r"|since|during|until|from|with|by|as|after|before|but|so|when|then|he|she|they|his|her|their)\b))")
# "former pilot", "ex-soldier", "a retired teacher", "used to be a pilot": a job of the past
_FORMER = re.compile(r"(?:\b(?:former|formerly|ex|erstwhile|onetime|one-time|retired|once)[\s-]+(?:an?\s+)?"
                     r"|\bused\s+to\s+be\s+(?:an?\s+)?)$")


def former(before: str) -> bool:
    """Whether the words ``before`` an occupation make it a job of the past ("former", "ex-")."""
    return bool(_FORMER.search(before[-40:]))
