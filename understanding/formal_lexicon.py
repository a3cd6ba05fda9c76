"""Yes/no case facts in the words of a teacher's worked example, a formal write-up and a learner of
English: a home called "his native place", "a secret reading circle for the communist movement",
guerrillas "assisted" with food, "no record of him having caused any disturbance", a wife and baby
"in Busan" who are "in a bad way", a man who "earns good" or whose company "stop paying him".

Rows as in yes_no_lexicon.BOOL_PATTERNS (pattern, polarity, strong). FIRST_PATTERNS go before every
other row of their fact (a whole phrase that holds a general word read otherwise: "no record of him
having caused any disturbance" is no disturbance); FORMAL_PATTERNS after the talk rows
(event_lexicon.py hooks both in). Negation is found by the matcher, before each match.
"""

from __future__ import annotations

from .plain_lexicon import _LEFT

S = True

_WISH = (r"(?:wants?|wanted|wanting|wanna|hopes?|hoped|hoping|longs?|longing|wish(?:es|ed)?|asks?|asked|asking|begs?|begged"
         r"|requests?|requested|plans?|planned|planning|intends?|desperate|eager|yearns?|applied|applies|applying"
         r"|petition(?:s|ed|ing)?|would\s+(?:like|love))")
_KIN = (r"(?:family|families|parents|wife|husband|children|kids|mother|father|mum|mom|dad|baby|babies|sons?|daughters?|folks"
        r"|relatives|brothers?|sisters?|grandparents)")
_RECORD = r"no\s+(?:record|history|evidence|reports?|sign)\s+of"

FIRST_PATTERNS: dict[str, list[tuple[str, bool | None, bool]]] = {
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
    ],
    "hardship": [
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
    ],
}
