"""Yes/no case facts in yet more everyday words: a case's outcome ("the court settled it", "was
acquitted", "decided in his favour") and its future ("once the case is over"), home told by a plea or
a place ("let me go home", "wants to see Hokkaido again", "Harbin is my home", "would rather die than
go back"), work that goes on ("wants to keep working in China"), a harvest's plenty or money's want
("hardly any money to live on", "barely catches enough to feed himself"), a family at home that
"can't farm anymore", classes a prisoner "can't keep up in", and trouble told by its punishment
("expelled for fighting", "caught with the stolen goods").

Rows as in yes_no_lexicon.BOOL_PATTERNS (pattern, polarity, strong). event_lexicon.py puts
EVERYDAY_FIRST before every other row of its fact (a whole phrase that holds a general word read
otherwise: "a court case, but she was acquitted" is no pending case), EVERYDAY_PATTERNS after the
world's Englishes' rows. Negation is found by the matcher, before each match.
"""

from __future__ import annotations

from .plain_lexicon import HOMEWARD as _HOMEWARD
from .street_lexicon import _KIN  # the same relatives

S = True

_WISH = (r"(?:wants?|wanted|wanting|wanna|hopes?|hoped|hoping|longs?|longing|wish(?:es|ed|ing)?"
         r"|would\s+(?:like|love)|plans?|planning|intends?|asks?|asked|asking|begs?|begged|begging|desperate|eager)")
_CLASSES = (r"(?:study\s+sessions?|sessions?|classes|lessons|lectures|studies|study|discussions|political\s+classes"
            r"|meetings)")
_NOT = r"(?:won't|wouldn't|will|would|not|never|can't|cannot|don't|doesn't|didn't|refuses?|refused)\b"
_CASE = r"(?:court\s+case|case|lawsuit|suit|trial|dispute|charges?|sued|court)"
_OVER = r"(?:settled|resolved|closed|dismissed|dropped|withdrawn|decided|thrown\s+out|over|done|finished)"
_PLACE_HOME = (r"(?:old\s+|native\s+|home\s+|own\s+|family\s+)?(?:village|hometown|home\s+town|home|farm|family|people"
               r"|country|homeland)")

EVERYDAY_FIRST: dict[str, list[tuple[str, bool | None, bool]]] = {
    "pending_case": [
        # the case's end: "sued her, but the court settled it", "in court for months, and it was finally
        # decided in his favour", "a court case about it, but she was acquitted"
        (_CASE + r"\b[^.;]{0,60}?\b(?:but|and|so)\s+(?:(?:it|they|that|the\s+case|the\s+charges|the\s+suit"
         r"|the\s+lawsuit|the\s+dispute|the\s+matter)\s+(?:was|were|is|has\s+been|got)\s+(?:finally\s+|eventually\s+"
         r"|already\s+|quickly\s+)?" + _OVER + r"|(?:the\s+)?(?:court|judge|judges|magistrate)\s+(?:finally\s+)?"
         r"(?:settled|decided|resolved|dismissed|closed|threw\s+out|ruled\s+on)\s+(?:it|the\s+case|the\s+matter)"
         r"|(?:he|she|they)\s+(?:was|were|got)\s+(?:finally\s+|eventually\s+)?(?:acquitted|cleared|found\s+not\s+guilty"
         r"|found\s+innocent|let\s+off))", False, S),
        # a case still to end: "wants to go back once the case is over", "a lawsuit that isn't finished yet"
        (r"(?:once|when|after|until|till|as\s+soon\s+as)\s+(?:the|his|her|their|this|that)\s+(?:court\s+)?(?:case|lawsuit"
         r"|suit|trial)\s+(?:is|gets|has\s+been)\s+(?:finally\s+)?(?:over|finished|settled|done|closed|decided|resolved)"
         r"|(?:case|lawsuit|suit|trial|dispute)\s+(?:[\w'-]+\s+){0,5}?(?:that|which)\s+(?:isn't|is\s+not"
         r"|hasn't\s+been|has\s+not\s+been|is\s+still\s+not)\s+(?:yet\s+)?(?:finished|over|settled|decided|resolved"
         r"|closed|done)", True, S),
    ],
    "requests_return": [
        # "he would rather die than go back to Japan"
        (r"rather\s+(?:die|starve|rot|be\s+shot|stay(?:\s+here)?)\s+than\s+(?:go|return|be\s+sent|leave|head)\b",
         False, S),
        # "applied to go back to Korea, but she withdrew the application"
        (r"(?:asked|applied|requested|petitioned)\s+(?:[\w']+,?\s+){0,7}?but\s+(?:then\s+|later\s+)?(?:(?:he|she|they)\s+)?"
         r"(?:withdrew|withdrawn|retracted|cancell?ed|dropped|took\s+back)\s+(?:the|his|her|their|it)", False, S),
    ],
}

EVERYDAY_PATTERNS: dict[str, list[tuple[str, bool | None, bool]]] = {
    "requests_return": [
        # work that goes on here: "wants to keep working in China", "plans to continue her research"
        (r"(?:wants?|wanted|wanting|hopes?|plans?|intends?|would\s+(?:like|love|rather)|prefers?|determined)\s+to\s+"
         r"(?:keep|continue|go\s+on)\s+(?:working|living|farming|teaching|studying|(?:his|her|their)\s+(?:work|job"
         r"|research|studies))", False, S),
        # the way home by a landmark: "wants to go back across the river to her village"
        (_WISH + r"\s+to\s+(?:go|get|head|return|travel|walk|cross)\s+(?:back\s+)?(?:across|over|through|up|down)\s+"
         r"(?:the\s+)?(?:[\w'-]+\s+){0,2}?to\s+(?:his|her|their)\s+" + _PLACE_HOME + r"\b", True, S),
        # the person's own plea, quoted: "please, let me go home", "take me back to Hamhung"
        # ("let him go home" when the layout put the quote in the third person)
        (r"(?:(?:let|send|take)\s+me|(?:please|says?|said|saying|(?:told|tells|begs?|begged|begging)"
         r"(?:\s+(?!" + _NOT + r")[\w']+){0,3}?|mutter\w*|plead\w*|cries|cried|crying|shouts?|shouted|shouting"
         r"|keeps\s+saying)[,:]?\s+(?:let|send|take)\s+"
         r"(?:him|her|them))\s+(?:go\s+)?(?:back\s+)?(?:home\b|back\s+(?:home\b|to\s+" + _HOMEWARD + r"\b))", True, S),
        # a homeland seen again: "I want to see Hokkaido again before I die"
        (r"(?:want|wants|wanted|long|longs|longed|hope|hopes|hoped|wish|wishes|wished)\s+to\s+see\s+" + _HOMEWARD
         + r"\s+again\b", True, S),
        # "has talked about nothing but going home"
        (r"(?:talks?|talked|talking|thinks?|thought|thinking|dreams?|dreamt|dreamed|dreaming|speaks?|spoke|speaking)\s+"
         r"(?:about|of)\s+nothing\s+(?:but|except|else\s+but|other\s+than)\s+(?:going|getting|returning|heading"
         r"|being\s+sent)\s+(?:back|home)\b", True, S),
        # a home here: "never, Harbin is my home", "China is his home now"
        (r"(?:china|here|this\s+(?:city|town|country|place)|(?!" + _HOMEWARD + r"\b|camp\b|prison\b)[a-z]+)\s+is\s+"
         r"(?:my|his|her|their)\s+(?:real\s+|only\s+|true\s+)?home\b(?!\s*(?:town|country|land|village|'s))", False, S),
    ],
    "pending_case": [
        # "Mr Han has no case", "isn't involved in any case"
        (r"has\s+no\s+(?:court\s+|legal\s+|pending\s+)?(?:case|cases|lawsuits?)\b(?:\s+(?:in|before)\s+(?:any\s+|the\s+|a\s+)?"
         r"(?:court|courts|judge)\b)?", False, S),
        (r"involved\s+in\s+(?:any|a|the)\s+(?:court\s+|legal\s+)?(?:case|cases|lawsuit|trial)\b", True, S),
    ],
    "hardship": [
        # "they have hardly any money to live on", "next to no food left"
        (r"(?:hardly|barely|scarcely|almost\s+no|next\s+to\s+no|very\s+little)\s+(?:any\s+)?(?:money|cash|income|food)"
         r"\s+(?:to\s+(?:live\s+on|get\s+by|survive|eat|feed)|left)\b|(?:has|have|had|with)\s+(?:hardly|barely|scarcely)"
         r"\s+any\s+(?:money|cash|income|food|savings)\b", True, S),
        # "he barely catches enough to feed himself"
        (r"(?:barely|hardly|scarcely|only\s+just)\s+(?:catch(?:es)?|earns?|makes?|gets?|grows?|brings?\s+in|harvests?"
         r"|sells?|scrapes?\s+together)\s+enough\s+(?:[\w']+\s+)?to\s+(?:feed|live|survive|eat|get\s+by|pay)\b",
         True, S),
        # fine by a wage: "with her salary they're fine", "on his pay they are comfortable"
        (r"(?:with|on)\s+(?:his|her|their)\s+(?:salary|wages?|pay|income|earnings|pension)\s*,?\s+(?:they|he|she|we)"
         r"(?:'re|'s|\s+are|\s+is)\s+(?:doing\s+)?(?:fine|ok|okay|alright|all\s+right|comfortable|well\s+off)\b",
         False, S),
        # a harvest's plenty: "the rice harvest was great this year and he's got plenty"
        (r"(?:harvest|crops?|catch|yield)\s+(?:was|were|is|are|has\s+been)\s+(?:really\s+|very\s+|so\s+|pretty\s+|quite\s+)?"
         r"(?:great|good|excellent|plentiful|abundant|rich|huge|big)\b|bumper\s+(?:harvest|crop|year)"
         r"|(?:has|have|had)\s+got\s+plenty\b(?!\s+of\s+(?:problems|troubles|worries))", False, S),
    ],
    "pow_family_difficulties": [
        # "his old parents at home can't farm anymore", "his mother is too old to work the fields"
        (_KIN + r"\b(?:\s+[\w']+){0,3}?\s+(?:can't|cannot|can\s+not|can\s+no\s+longer|couldn't|could\s+not|unable\s+to"
         r"|(?:is|are)\s+too\s+(?:old|sick|weak|frail)\s+to|too\s+(?:old|sick|weak|frail)\s+to)\s+(?:farm|work|plough"
         r"|plow|harvest|support\s+themselves|manage\s+the\s+farm|look\s+after\s+themselves)\b", True, S),
    ],
    "pow_language_barrier": [
        # "he can't keep up in the study sessions"; "keeps up with the classes fine"
        (r"(?:struggles?|struggling|struggled|fails?|failing)\s+to\s+keep\s+up\s+(?:in|with)\s+(?:the\s+)?(?:[\w'-]+\s+)?"
         + _CLASSES, True, S),
        (r"keep(?:s|ing)?\s+up\s+(?:in|with)\s+(?:the\s+)?(?:[\w'-]+\s+)?" + _CLASSES + r"\b", False, S),
        # a name's Chinese: "hwangs chinese is bad"
        (r"[a-z]+'?s\s+(?:chinese|mandarin)\s+is\s+(?:(?:very|really|quite|pretty|so|too|still)\s+)?(?:bad|poor|weak"
         r"|terrible|awful|broken|limited|basic|hopeless)\b", True, S),
    ],
    "pow_early_revolutionary_work": [
        # "did propaganda work for the revolution in Yanbian"
        (r"(?:did|done|does|doing|carried\s+out|took\s+part\s+in)\s+(?:some\s+)?(?:propaganda|organi[sz]ing|political"
         r"|underground|secret|liaison|intelligence|agitation)\s+work\s+for\s+(?:the\s+)?(?:revolution|communists?|party"
         r"|ccp|eighth\s+route\s+army|8th\s+route\s+army|pla|red\s+army|new\s+fourth\s+army|underground|resistance)\b",
         True, S),
    ],
    "disturbs_order": [
        # trouble told by its punishment: "got expelled for fighting", "caught with the stolen goods"
        (r"(?:expelled|kicked\s+out|thrown\s+out|suspended|fired|sacked|dismissed|disciplined)\s+(?:from\s+(?:[\w'-]+\s+)"
         r"{1,2})?for\s+(?:fighting|brawling|stealing|theft|violence|assault|rioting|attacking|beating|hitting|looting)\b"
         r"|(?:caught|arrested|found|picked\s+up)\s+with\s+(?:the\s+|some\s+)?stolen\s+[\w'-]+", True, S),
        # "she'd done nothing wrong" after an accusation
        (r"(?:did|done)\s+nothing\s+wrong\b", False, S),
        # trouble over: "he's totally calmed down, not a single incident", "he's been no trouble at all since"
        (r"(?:is|has|have|'s)\s+(?:totally\s+|completely\s+|really\s+|since\s+)?(?:calmed|settled)\s+down\b"
         r"|not\s+(?:a\s+)?single\s+(?:incident|fight|complaint)|(?:has|have|had|is|'s)\s+been\s+no\s+(?:trouble|bother"
         r"|problem)\b", False, S),
    ],
}
