"""Yes/no case facts in more students' everyday words: money told by what it cannot cover ("can't meet
his daily expenses", "isn't paid enough to live on", "the business has gone into loss", "doing it tough"),
home told by its time ("reckons it's time to head home"), a fight told by where one was ("was in a big
fight in a bar", "a shoving match with police", "broke a chair over a guy's head"), and lessons that
"mean nothing to him".

Rows as in yes_no_lexicon.BOOL_PATTERNS (pattern, polarity, strong); event_lexicon.py puts them after
the street's rows, before the general words. Negation is found by the matcher, before each match.
"""

from __future__ import annotations

S = True

_MONEY_OK = r"(?:money|cash|income|savings|food)"
_WEAPON = r"(?:chair|bottle|beer\s+bottle|glass|stool|stick|pipe|plank|brick|shovel|bench|club|bat|hammer|rock|stone)"

MORE_PATTERNS: dict[str, list[tuple[str, bool | None, bool]]] = {
    "requests_return": [
        # the time has come: "reckons it's time to head home", "feels it is time for her to go back"
        (r"(?:it's|it\s+is|its)\s+(?:high\s+)?time\s+(?:for\s+(?:him|her|them)\s+)?to\s+(?:go|head|get|return|move|sail)"
         r"\s+(?:back|home)\b", True, S),
        # staying, said with a shrug: "he says he's staying tho", "she's staying anyway"
        (r"(?:he|she|they)\s+(?:is|are)\s+staying\s+(?:tho|though|anyway|regardless|either\s+way|no\s+matter\s+what)\b", False, S),
    ],
    "hardship": [
        # money had at all: "doesn't have any money", "hasn't got any cash" (the negation says it)
        (r"(?:has|have|had|got)\s+(?:got\s+)?any\s+" + _MONEY_OK + r"\b(?!\s+(?:problems?|troubles?|issues?|worries))", False, S),
        # enough to live on: "isn't paid enough to live on", "can't find enough work to feed himself"
        (r"(?:paid|earns?|earning|earned|makes?|making|made|gets?|getting)\s+enough\s+(?:money\s+|pay\s+)?to\s+(?:live|survive"
         r"|get\s+by|eat|feed|support)\b|(?:find|finds|found|get|gets|got)\s+enough\s+(?:work|jobs?|money|food|hours|customers)"
         r"\s+to\s+(?:feed|live|survive|eat|get\s+by|support)\b", False, S),
        (r"(?:money|salary|salaries|wages?|pay|income|earnings|pension)\s+(?:is|are|was|were)(?:\s+not|n't|\s+never)\s+(?:nearly\s+|quite\s+"
         r"|really\s+)?enough\b", True, S),
        # expenses and a business in loss: "unable to meet his daily expenses", "his business has gone into loss"
        (r"(?:can't|cannot|can\s+not|couldn't|could\s+not|unable\s+to|struggl\w+\s+to|hard\s+to)\s+(?:meet|cover|pay\s+for|manage)\s+"
         r"(?:his|her|their|the|daily|basic|living)\s+(?:(?:daily|basic|household|living|monthly)\s+){0,2}(?:expenses|costs|needs|bills)"
         r"|(?:business|shop|trade|stall|company|firm|restaurant|store|workshop)\s+(?:has\s+|had\s+)?(?:gone|went|is\s+going|was\s+going)"
         r"\s+(?:into\s+(?:a\s+)?loss(?:es)?|under|bust|belly[- ]up)|(?:business|shop|trade|stall|company|firm|restaurant|store)\s+"
         r"(?:is|was|has\s+been)\s+(?:running\s+)?(?:at\s+a\s+loss|losing\s+money|in\s+the\s+red)|(?:suffered|suffering|making|made)\s+"
         r"(?:heavy\s+|big\s+|huge\s+|serious\s+)?losses", True, S),
        (r"(?:can|could|able\s+to)\s+(?:easily\s+)?(?:meet|cover|pay\s+for)\s+(?:his|her|their|the|daily|basic|living)\s+"
         r"(?:(?:daily|basic|household|living|monthly)\s+){0,2}(?:expenses|costs|needs|bills)", False, S),
        # a struggle named by its object: "struggling to make money", "struggles to pay the rent"
        (r"struggl(?:es|ing|ed|e)\s+to\s+(?:make\s+(?:money|a\s+living|ends\s+meet|rent|a\s+buck)|get\s+by|pay\s+(?:the\s+|his\s+|her\s+)?"
         r"(?:rent|bills)|feed|earn|put\s+food|survive|keep\s+(?:his|her|their)\s+head\s+above\s+water)", True, S),
        # barely paying, and idiom: "can barely pay for tucker", "doing it tough", "on the breadline"
        (r"(?:can|could)\s+(?:barely|hardly|scarcely|only\s+just)\s+(?:pay|afford|buy|put\s+food)\b|doing\s+it\s+(?:tough|hard|rough)"
         r"|on\s+(?:the\s+)?breadline|on\s+struggle\s+street|on\s+(?:his|her|their)\s+uppers", True, S),
        # "he gets by, sort of, but barely"
        (r"(?:gets?|getting|manages?|managing|scrapes?|scraping)\s+by\b[^.;!?]{0,25}?\bbut\s+(?:only\s+)?(?:just\s+)?barely\b", True, S),
        # "she has no problem of money", "no worries about money"
        (r"(?:no|not\s+any|without)\s+(?:problems?|troubles?|issues?|worries|difficult(?:y|ies))\s+(?:of|about|for|regarding|over)\s+"
         r"(?:money|finances?|cash|income)", False, S),
    ],
    "disturbs_order": [
        # where one was: "was in a big fight in a bar", "ended up in a brawl"
        (r"(?:was|were|been|ended\s+up|landed)(?:n't|\s+not|\s+never)?\s+in\s+(?:a|an|any|some|another|one|two|three|several|many"
         r"|a\s+few|lots\s+of)\s+(?:[\w'-]+\s+){0,2}?(?P<key>fights?|brawls?|scuffles?|punch-?ups?|fistfights?|fist\s+fights?|scraps|shoving\s+match(?:es)?"
         r"|tussles?|melees?)\b", True, S),
        # "a shoving match with police", "came to blows", "tussled with the guards"
        (r"(?:shoving|pushing)\s+match(?:es)?|fisticuffs|tussl(?:e|es|ed|ing)\s+with|(?:came|come|comes|coming)\s+to\s+blows", True, S),
        # a blow with a thing: "broke a chair on the head of a guy", "hit a man with a bottle"
        (r"(?:broke|broken|smashed|smashes|smash|cracked|brought)\s+(?:a|the|his|her)\s+(?:[\w'-]+\s+)?" + _WEAPON
         + r"\s+(?:on|over|across|against)\s+(?:[\w']+\s+){0,4}?(?:head|heads|face|back|skull)\b"
         r"|(?:hit|hits|struck|strikes|bashed|clubbed|attacked|beat)\s+(?:[\w']+\s+){1,3}?with\s+(?:a|the|his|her)\s+(?:[\w'-]+\s+)?"
         + _WEAPON + r"\b", True, S),
    ],
    "pow_language_barrier": [
        # "the re-education sessions mean nothing to him"
        (r"(?:classes|lessons|lectures|sessions|meetings|talks|speeches|study|indoctrination|re-?education)\s+(?:mean|meant|means)\s+"
         r"(?:nothing|little|zilch|next\s+to\s+nothing)\s+to\s+(?:him|her|them)\b", True, S),
        # "the study classes are in Chinese and completely beyond him"
        (r"(?:classes|lessons|lectures|sessions|meetings|study|studies|discussions|readings|texts)\b[^.;!?]{0,50}?\s"
         r"(?:(?:completely|totally|quite|way|far|simply|utterly|entirely|just|well)\s+)?(?P<key>beyond)\s+"
         r"(?:him|her|them)\b", True, S),
    ],
}
