"""Yes/no case facts in the words of a teacher's worked example, a formal write-up and a learner of
English: a home called "his native place", "a secret reading circle for the communist movement",
guerrillas "assisted" with food, "no record of him having caused any disturbance", a wife and baby
"in Busan" who are "in a bad way", a man who "earns good" or whose company "stop paying him"; Indian English's
"interested to go back" and "not having any money"; a negator said twice ("ain't got no money").

Rows as in yes_no_lexicon.BOOL_PATTERNS (pattern, polarity, strong). FIRST_PATTERNS go before every
other row of their fact (a whole phrase that holds a general word read otherwise: "no record of him
having caused any disturbance" is no disturbance); FORMAL_PATTERNS after the talk rows
(event_lexicon.py hooks both in). Negation is found by the matcher, before each match.
"""

from __future__ import annotations

from .plain_lexicon import _LEFT
from .plain_lexicon import HOMEWARD as _HOMEWARD

S = True

_WISH = (r"(?:wants?|wanted|wanting|wanna|hopes?|hoped|hoping|longs?|longing|wish(?:es|ed)?|asks?|asked|asking|begs?|begged"
         r"|requests?|requested|plans?|planned|planning|intends?|desperate|eager|yearns?|applied|applies|applying"
         r"|petition(?:s|ed|ing)?|would\s+(?:like|love))")
_KIN = (r"(?:family|families|parents|wife|husband|children|kids|mother|father|mum|mom|dad|baby|babies|sons?|daughters?|folks"
        r"|relatives|brothers?|sisters?|grandparents)")
_RECORD = r"no\s+(?:record|history|evidence|reports?|sign)\s+of"
# where the kin are: "family members", "in Korea", "at home", "back in Busan"
_KIN_WHERE = r"(?:\s+members)?(?:\s+(?:back\s+)?(?:home|at\s+home|there|in\s+[\w'-]+|back\s+in\s+[\w'-]+))?"
# the kin's troubles faced: "his family members in Korea are facing lots of difficulties", "isn't facing any hardship"
_KIN_FACING = (_KIN + _KIN_WHERE + r"\s+(?:(?:is|are|was|were|has\s+been|have\s+been|does|do|did)(?:n't)?\s+(?:now\s+|still\s+|not\s+"
               r"|never\s+)?)?(?P<key>facing|faces|face|faced|going\s+through|undergoing|experiencing|suffering|in)\s+(?:(?:lots?\s+of"
               r"|a\s+lot\s+of|any|many|much|serious|severe|great|grave|real|big|huge|terrible|so\s+many|too\s+many|(?:very\s+)?(?:hard"
               r"|difficult)|financial|economic)\s+){0,2}(?:hardships?|difficult(?:y|ies)|problems|troubles|crisis|poverty|distress"
               r"|want|misery)\b")

# A negator the dialect doubles ("ain't got no money"): the second says no more than the first
_CONCORD = r"(?:ain't|aint|isn't|aren't|wasn't|don't|dont|doesn't|doesnt|didn't|hasn't|haven't|hadn't|never|can't|cain't|won't)"

FIRST_PATTERNS: dict[str, list[tuple[str, bool | None, bool]]] = {
    "hardship": [
        # "he ain't got no money", "never had nothing to eat", "ain't got a dime" (not "no money problems")
        (_CONCORD + r"\s+(?:ever\s+)?(?:got|get|gets|have|has|had|earn|earns|earned|make|makes|made)\s+(?:(?:no|nothing|nothin|nuthin)\s+"
         r"(?:(?:money|cash|food|income|savings|work|job|wages|pay)\b(?!\s+(?:problems?|troubles?|issues?|worries))|to\s+(?:eat|live\s+on))"
         r"|(?:a|one)\s+(?:thin\s+|red\s+)?(?:dime|nickel|cent|penny|bean)\b)", True, S),
    ],
    "pow_language_barrier": [
        # "he don't speak no Chinese", "can't understand none of the Mandarin"
        (_CONCORD + r"\s+(?:really\s+)?(?:speak|speaks|know|knows|understand|understands|read|reads|talk|follow|follows)\s+(?:no|none\s+of"
         r"\s+the|nothing\s+of\s+the|nothing\s+in)\s+(?:chinese|mandarin|lessons|classes)\b", True, S),
    ],
    "requests_return": [
        # "he don't want to go nowhere", "she ain't going nowhere"
        (_CONCORD + r"\s+(?:want|wants|wanna|going|gonna|planning|fixin|fixing)\s+(?:to\s+)?(?:go|going|leave|leaving|move|moving|head"
         r"|heading)?\s*(?:back\s+)?(?:nowhere|no\s+place|noplace)\b", False, S),
    ],
    "disturbs_order": [
        # "there is no record of him having caused any public disturbance", "no history of ever being arrested"
        (_RECORD + r"\s+(?:(?:him|her|them|his|their)\s+)?(?:ever\s+)?(?:having\s+)?(?:been\s+|being\s+)?(?:[\w'-]+\s+){0,3}?"
         r"(?:disturbances?|disorder|disorderly|trouble|crimes?|criminal|fights?|fighting|brawls?|brawling|riots?|rioting"
         r"|violence|violent|arrests?|arrested|offen[cs]es|misconduct|unrest|theft|stealing)\b", False, S),
    ],
    "pending_case": [
        # ... a record of anything but the courts says nothing of a case (claimed: "no record" alone is no case)
        (_RECORD + r"(?=\s+(?!(?:any\s+)?(?:court|legal|lawsuits?|litigation|cases?|trials?|charges?|prosecutions?"
         r"|proceedings)\b))", None, S),
    ],
}

FORMAL_PATTERNS: dict[str, list[tuple[str, bool | None, bool]]] = {
    "requests_return": [
        # home named as the place one is from: "applied for going back to his native place", "wants to return
        # to her ancestral village", "asked to be sent to his home province"
        (_WISH + r"\s+(?:for\s+|to\s+)?(?:go|going|get|getting|head|heading|return|returning|move|moving|be\s+sent|being\s+sent)"
         r"\s+(?:back\s+)?(?:home\s+)?to\s+(?:his|her|their)\s+(?:own\s+)?(?:native\s+(?:place|country|province|district|region"
         r"|soil|town|city|island|village)|ancestral\s+(?:home|village|land|place|town)|place\s+of\s+(?:birth|origin)"
         r"|birth\s*place|home\s+(?:province|district|region|island|prefecture|county))\b"
         # "applied for going back", "petitioned for returning home"
         r"|(?:applied|applies|applying|petition(?:s|ed|ing)?|asked|asks|asking)\s+for\s+(?:going|returning|being\s+sent)"
         r"\s+(?:back|home)\b", True, S),
        # Indian English "interested to": "is very much interested to go back to Korea", "desiring to return home"
        (r"(?:(?:interested|desirous)\s+(?:to|of|in)|desir(?:es|ed|ing)\s+to)\s+(?:go|going|return|returning|get|getting|head|heading|be\s+sent|being\s+sent"
         r"|be\s+repatriated|being\s+repatriated)\s+(?:back\b|home\b|to\s+(?:his|her|their)\s+(?:own\s+)?(?:country|homeland|home|motherland)"
         r"|to\s+" + _HOMEWARD + r"\b)", True, S),
    ],
    "hardship": [
        # the kin's hardship is theirs, not the person's (pow_family_difficulties reads it); "he and his family" share it
        (r"(?<!and his )(?<!and her )(?<!and their )" + _KIN_FACING, None, S),
        # Indian English's progressive: "he is not having any money" (the negation says it; not "money problems")
        (r"having\s+(?:any\s+|enough\s+|sufficient\s+|good\s+|some\s+)?(?:money|cash|income|savings|funds)\b"
         r"(?!\s+(?:problems?|troubles?|issues?|worries|for|to\s+(?:pay|buy)))", False, S),
        # "can't really get by", "cannot quite make ends meet"
        (r"(?:can't|cannot|can\s+not|couldn't|could\s+not|unable\s+to|not\s+able\s+to)\s+(?:really|quite|even|always|ever"
         r"|properly|actually|honestly)\s+(?:make\s+ends\s+meet|get\s+by|survive|make\s+a\s+living|earn\s+a\s+living"
         r"|live\s+on\s+(?:it|that|(?:his|her|their)\s+(?:wages?|pay|salary))|feed\s+(?:himself|herself|themselves"
         r"|(?:his|her|their|the)\s+(?:family|kids|children))|pay\s+(?:the\s+|his\s+|her\s+|their\s+)?rent)", True, S),
        # "he don't have money because ...", "she hasn't got any money now" (not "no money problems")
        (r"(?:don't|doesn't|didn't|do\s+not|does\s+not|did\s+not|hasn't|haven't|has\s+not|have\s+not)\s+(?:have|has|had|got)"
         r"\s+(?:got\s+)?(?:any\s+)?money\b(?!\s+(?:problems?|troubles?|issues?|worries|difficult\w*|for\s+(?:the\s+|a\s+)?"
         r"(?:ticket|fare|trip|journey|passage|ship|train|boat|travel)))", True, S),
        # pay that stopped: "the company stop paying him", "they have stopped paying her wages"
        (r"(?:stop|stops|stopped|quit|quits)\s+paying\s+(?:him|her|them|(?:his|her|their)\s+(?:wages?|salary|salaries))", True, S),
        # "he earns good", "she earns decent"; a family business that does well
        (r"(?:earns?|earning|earned)\s+(?:good|decent|nicely|nice|ok|okay|fine|alright|plenty)(?=\s*(?:$|[,.;!]|\s+(?:money"
         r"|now|there|too|and|but|so)\b))"
         r"|(?:runs?|running|ran|owns?|owning|owned|has|had|have|manages?|managing)\s+(?:a|an|the|his|her|their)\s+(?:very\s+"
         r"|highly\s+|quite\s+)?(?:successful|thriving|flourishing|booming|profitable|lucrative)\s+(?:[\w'-]+\s+){0,2}?"
         r"(?:business|company|firm|shop|store|restaurant|trade|stall|practice|factory|enterprise|workshop|farm)", False, S),
    ],
    "pow_language_barrier": [
        # Indian English's progressive and its measure: "he is knowing Chinese well", "his Chinese is not up to the mark"
        (r"(?:is|are|was|were|isn't|aren't|wasn't)\s+(?:not\s+)?(?:very\s+)?(?:much\s+)?(?P<key>knowing|speaking|understanding|following)"
         r"\s+(?:the\s+)?(?:chinese|mandarin)\b", False, S),
        (r"(?:chinese|mandarin)(?:\s+language)?\s+(?:is|was|isn't|wasn't)\s+(?:not\s+)?(?:quite\s+)?(?P<key>up\s+to\s+(?:the\s+)?mark"
         r"|up\s+to\s+scratch|up\s+to\s+par)", False, S),
    ],
    "pending_case": [
        # "his cousin is taking him to court", "the bank is dragging her to court"
        (r"(?:taking|dragging|bringing|brings|brought|hauling|hauls)\s+(?:him|her|them)\s+to\s+court", True, S),
        # an item of a list: "no problem with police, and no trial", "no fights or no lawsuits"
        (r"(?:(?<=\band\s)|(?<=\bor\s)|(?<=[,;:]\s))no\s+(?:trials?|court\s+cases?|lawsuits?|legal\s+cases?|charges"
         r"|prosecutions?|case\s+in\s+court)(?=\s*(?:$|[.,;!]|\s+(?:either|at\s+all|pending|ongoing)\b))", False, S),
    ],
    "disturbs_order": [
        # "has never been involved in any kind of disturbance", "got caught up in a brawl"
        (r"(?:been\s+)?(?:involved|mixed\s+up|implicated|caught\s+up|embroiled|swept\s+up)\s+in\s+(?:any|a|an|the|some)\s+"
         r"(?:(?:kind|sort|type)\s+of\s+)?(?:[\w'-]+\s+)?(?:fights?|brawls?|riots?|disturbances?|trouble|disorder|violence"
         r"|crimes?|unrest|scuffles?|altercations?|punch-?ups?)\b", True, S),
        # Indian English "nuisance": "he is creating nuisance in the locality", "not made any hungama"
        (r"(?:creat\w+|caus\w+|making|makes|made|doing|does|did)\s+(?:any\s+|a\s+|much\s+|some\s+|(?:a\s+)?lot\s+of\s+)?(?:public\s+)?"
         r"(?:nuisance|hungama|tamasha|ruckus|ruckus)\b", True, S),
    ],
    "pow_early_revolutionary_work": [
        # the group, then its cause: "organised a secret workers' reading circle for the communist movement"
        # ("was never in any society tied to the communists": the negator before the group counts)
        (r"(?:organi[sz]\w*|founded|set\s+up|started|formed|led|ran|runs?|joined|(?:was|were)(?:\s+(?:never|not|once|ever))?\s+in"
         r"|member\s+of|part\s+of|belonged\s+to|active\s+in)\s+(?:an?\s+|the\s+|any\s+)?(?:[\w'-]+\s+){0,3}?(?P<key>group|cell"
         r"|circle|society|league|union|network|committee|club|movement|organi[sz]ation|association)s?\s+(?:for|of|linked\s+to|tied\s+to|connected\s+to"
         r"|allied\s+with|attached\s+to|supporting|serving|working\s+for)\s+(?:the\s+)?(?:[\w'-]+\s+)?" + _LEFT, True, S),
        # help given to the fighters: "assisted anti-japanese guerrillas", "sheltered the partisans", "fed the red army"
        (r"(?:assist(?:ed|s|ing)?|aid(?:ed|s|ing)?|support(?:ed|s|ing)?|suppl(?:ied|ies|ying)|fed|feeds|feeding|shelter(?:ed|s|ing)?"
         r"|hid|hides|hiding|guid(?:ed|es|ing)|harbou?r(?:ed|s|ing)?)\s+(?!(?:from|against)\b)(?:the\s+|some\s+|local\s+)?"
         r"(?:[\w'-]+\s+)?" + _LEFT, True, S),
    ],
    "pow_family_difficulties": [
        # the family anywhere, in a bad way: "his wife and baby in busan are in a bad way"
        (_KIN + r"(?:\s+(?:back\s+)?(?:home|at\s+home|in\s+[\w'-]+|back\s+in\s+[\w'-]+))?\s+(?:is|are|was|were|has\s+been"
         r"|have\s+been)\s+(?:now\s+|really\s+|truly\s+)?in\s+(?:a\s+)?(?:very\s+|really\s+)?(?:bad|terrible|awful|sorry|rough"
         r"|poor|desperate|dire|difficult)\s+(?:way|state|shape|situation|condition|straits|spot)\b", True, S),
        # the family's troubles faced or had: "his family members in Korea are facing lots of difficulties"
        (_KIN_FACING, True, S),
        # ... and none: "his family at home has no problem", "they have no special difficulty"
        (_KIN + _KIN_WHERE + r"\s+(?:has|have|had|is\s+having|are\s+having|faces?|faced|is\s+facing|are\s+facing)\s+no\s+(?:(?:special"
         r"|particular|real|big|major|serious|great|such|financial|other|money)\s+)?(?:problems?|difficult(?:y|ies)|troubles?|issues?"
         r"|worries|hardships?)\b", False, S),
    ],
}
