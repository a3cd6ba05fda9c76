"""Yes/no case facts in the words of talk, notes and interviews: idiom ("not short of a quid", "can't
earn two square meals"), broken English ("he have not enough to eat since two harvest fail"), a
role told by what was done ("did propaganda for the communists", "punched a colleague"), and
what a note says in passing ("there's no case", "a leftist past", "parents lost everything").

Rows as in yes_no_lexicon.BOOL_PATTERNS (pattern, polarity, strong); event_lexicon.py puts them
after the story's rows, before the general words. Negation is found by the matcher, before each match.
"""

from __future__ import annotations

S = True

_KIN = (r"(?:(?:his|her|their)\s+(?:[\w'-]+\s+)?)?(?:family|families|parents|wife|husband|children|kids|mother|father|mum|mom"
        r"|dad|folks|relatives|brothers?|sisters?|sons?|daughters?|grandparents)")
# the communists' side in the war: who propaganda was done for, whom a soldier went over to
_REDS = (r"(?:the\s+)?(?:communists?|(?:communist\s+)?party|eighth\s+route\s+army|8th\s+route\s+army|red\s+army|new\s+fourth\s+army"
         r"|pla|chinese\s+communists|anti-war\s+league|chinese\s+side|other\s+side)")

TALK_PATTERNS: dict[str, list[tuple[str, bool | None, bool]]] = {
    "hardship": [
        # pay and income next to nothing: "barely gets paid", "now has zero income", "can't pay anyone back",
        # "money's super tight"
        (r"(?:barely|hardly|scarcely)\s+(?:gets?\s+paid|earns?\s+(?:anything|a\s+thing|enough)|makes?\s+(?:anything|any\s+money"
         r"|enough))|(?:has|have|had|with)\s+(?:zero|nil|hardly\s+any|barely\s+any|almost\s+no|next\s+to\s+no)\s+(?:income"
         r"|earnings|wages|pay|savings)\b|(?:can't|cannot|can\s+not|couldn't|unable\s+to)\s+pay\s+(?:anyone|anybody|people"
         r"|them|it)\s+back\b|money(?:'s|\s+is|\s+was)\s+(?:super\s+|really\s+|very\s+|so\s+|pretty\s+|way\s+too\s+|always\s+)?"
         r"(?:tight|short|scarce)\b", True, S),
        # "got evicted", "tough to survive", "hardly any food", "not much money", "low income"
        (r"(?:got|was|were|been|being)\s+evicted\b|(?:tough|hard|difficult)\s+to"
         r"\s+(?:survive|get\s+by|live)\b(?!\s+with)|(?:has|have|had|with|gets?|eats?)\s+(?:hardly|barely|scarcely)\s+any\s+(?:food|money|rice|income)\b|(?:not|isn't|is\s+not)"
         r"\s+(?:much|a\s+lot\s+of)\s+money\b(?!\s+(?:problems?|trouble|worries))|\blow\s+(?:income|wages?|pay)\b", True, S),
        # "he have not enough to eat", "hasn't got enough money"; "two harvest fail", "after a bad harvest"
        (r"(?:hasn't|haven't|hadn't|has\s+not|have\s+not|had\s+not)\s+(?:got\s+)?enough\s+(?:money|food|rice|to\s+eat|to\s+live\s+on"
         r"|income|to\s+get\s+by)|harvests?\s+(?:fail|fails|failed|failing|(?:has|have)\s+failed|went\s+bad|(?:was|were)\s+bad)"
         r"|(?:failed|bad|ruined|lost)\s+harvests?", True, S),
        # "not able to earn even two square meals", "can't put food on the table"
        (r"(?:not\s+able\s+to|isn't\s+able\s+to|unable\s+to|can't|cannot|can\s+not|couldn't)\s+(?:even\s+)?(?:earn|afford|get|eat|buy|make)"
         r"\s+(?:even\s+)?(?:a|one|two|three|2|3)\s+(?:square\s+|decent\s+|proper\s+|full\s+|hot\s+)?meals?"
         r"|(?:can't|cannot|can\s+not|couldn't|unable\s+to|struggles?\s+to)\s+put\s+(?:food|rice|bread|a\s+meal)\s+on\s+the\s+table", True, S),
        (r"(?:eats?|gets?|has|have|affords?)\s+(?:(?:his|her|their)\s+)?(?:three|3)\s+square\s+meals", False, S),
        # "not short of a quid", "short on cash", "strapped for cash"
        (r"short\s+(?:of|on)\s+(?:money|cash|funds|a\s+(?:quid|bob|buck|penny|yuan|cent)|food|rice)|strapped\s+for\s+(?:cash|money)", True, S),
        # "sold all her furniture", "pawned most of his things"
        (r"(?:sold|sells|selling|pawned|pawns|pawning)\s+(?:off\s+)?(?:all|most|half|the\s+last)\s+(?:of\s+)?(?:his|her|their)\s+"
         r"(?:[\w'-]+\s+)?(?:furniture|belongings|things|possessions|clothes|jewel(?:le)?ry|books|tools|land|pots)", True, S),
        # "his pay is low but he gets by"
        (r"(?:he|she|they)\s+(?:gets?|manages?|scrapes?)\s+by(?![^.;!?]{0,25}?\bbut\s+(?:only\s+)?(?:just\s+)?barely\b)(?=\s*(?:$|[,.;!]|\s+(?:fine|ok|okay|all\s+right|alright)\b))", False, S),
    ],
    "pow_family_difficulties": [
        # "his parents in hiroshima lost everything", "the family has lost everything in the bombing"
        (_KIN + r"\b(?:\s+[\w']+){0,3}?\s+(?P<key>lost|(?:has|have|had)\s+lost)\s+(?:absolutely\s+|just\s+about\s+)?everything", True, S),
        # the family named, then what is said of it: "his family in korea, no problems there", "her parents back home...
        # well, they are not doing badly", "family-wise he has no worries"
        (_KIN + r"\b(?:-wise)?(?:\s+[\w'-]+){0,3}?\s*(?:,|:|-|\.{2,}|\u2026)\s*(?:(?:well|actually|honestly|so)\s*,?\s+){0,3}"
         r"(?:(?:there\s+are|they\s+have|he\s+has|she\s+has)\s+)?no\s+(?:real\s+|big\s+|major\s+)?(?:problems?|troubles?"
         r"|difficult(?:y|ies)|issues?|worries)\b(?!\s+(?:with|in|at|about)\b)", False, S),
        (_KIN + r"\b(?:\s+[\w'-]+){0,3}?\s*(?:,|:|-|\.{2,}|\u2026)\s*(?:(?:well|actually|honestly|so)\s*,?\s+){0,3}"
         r"(?:they|he|she)\s+(?:are|is|aren't|isn't|are\s+not|is\s+not)\s+(?:doing\s+)?(?:so\s+|too\s+|that\s+)?"
         r"(?P<key>badly|bad|poorly|struggling|suffering|in\s+trouble)\b", True, S),
    ],
    "disturbs_order": [
        # "punched a chinese colleague", "hit his foreman", "slapped a customer"
        (r"(?:punch(?:ed|es)?|hit|hits|slapped|slaps|kicked|kicks|beat|beats|stabbed|stabs|knifed|headbutted|smacked|thumped|decked)\s+"
         r"(?:up\s+)?(?:a|an|his|her|the|one\s+of\s+(?:his|her|the))\s+(?:[\w-]+\s+)?(?:colleagues?|co-?workers?|workmates?|foreman|supervisor"
         r"|boss|neighbou?rs?|customers?|landlord|guard|policeman|officer|cadre|stranger|passenger|soldier|miner|shopkeeper|vendor|drunk)\b", True, S),
        # "has never thrown a punch", "never laid a finger on anyone"
        (r"(?:threw|thrown|throws?|throwing)\s+(?:a\s+|any\s+|the\s+first\s+|one\s+)?punch(?:es)?"
         r"|(?:laid|lay|lays|laying|put|raised|raises|lifted)\s+(?:a|his|her|their)\s+(?:finger|hand|fist)\s+(?:on|to|against)\s+"
         r"(?:anyone|anybody|someone|somebody|a\s+soul)", True, S),
        # "never taken part in a disturbance of any kind", "took part in a brawl"
        (r"(?:took|taken|take|takes|taking)\s+part\s+in\s+(?:a|an|any|the|some)\s+(?:[\w-]+\s+)?(?:fights?|brawls?|riots?|disturbances?"
         r"|scuffles?|melees?|punch-?ups?)", True, S),
    ],
    "pow_language_barrier": [
        # the language named, then a verdict on him: "language: he is fine in training", "language-wise, she's ok"
        (r"language(?:-wise)?\s*(?::|,|-)\s*(?:(?:he|she|they)\s+(?:is|are|isn't|aren't)\s+)?(?:not\s+)?"
         r"(?:(?:totally|perfectly|just|quite|doing)\s+)?"
         r"(?P<key>fine|ok|okay|good|alright|all\s+right)\b", False, S),
    ],
    "pending_case": [
        # "still waiting on his criminal trial", "awaiting his hearing"
        (r"(?:waiting|waits|waited|awaiting|awaits)\s+(?:on|upon|for)?\s*(?:(?:his|her|their|a|the)\s+)?(?:[\w-]+\s+)?"
         r"(?:trial|hearing|verdict|sentencing|court\s+(?:date|case|ruling))\b", True, S),
        # "there's no case", "police let him go without charges", "no charges were pressed"
        (r"there\s+(?:is|was|are|were)\s+no\s+(?:(?:court|legal|criminal|pending|open)\s+)?(?:case|cases|lawsuit|lawsuits|trial|charges?)\b"
         r"|(?:let|lets|letting)\s+(?:him|her|them)\s+(?:go|off)\s+without\s+(?:any\s+)?(?:charges?|a\s+charge|charging\s+(?:him|her|them))"
         r"|(?:released|freed)\s+(?:(?:him|her|them)\s+)?without\s+(?:any\s+)?(?:charges?|a\s+charge|being\s+charged)"
         r"|no\s+charges?\s+(?:were|was)\s+(?:ever\s+)?(?:filed|pressed|brought|laid)", False, S),
    ],
    "pow_early_revolutionary_work": [
        # "never had any leftist past", "a communist background"
        (r"(?:leftist|left-?wing|communist|socialist|marxist|radical|red)\s+(?:past|history|background|leanings|sympathies|activities|ties)", True, S),
        # "switched sides and did propaganda for the communists", "defected to the eighth route army"
        (r"(?:did|does|do|doing|done|made|making|ran|running|wrote|writing|broadcast\w*|spread|spreading)\s+(?:some\s+|any\s+|anti-war\s+)?"
         r"propaganda\s+(?:work\s+)?(?:for|with)\s+" + _REDS
         + r"|(?:switched|changed|swapped)\s+sides\s+(?:to\s+" + _REDS + r"|during\s+the\s+war|in\s+the\s+war)"
         r"|(?:defected|went\s+over|crossed\s+over|deserted)\s+to\s+" + _REDS, True, S),
    ],
    "requests_return": [
        # a request dropped: "she is not asking anymore", "stopped asking", "talked her into staying"
        (r"(?:isn't|is\s+not|aren't|are\s+not|not|no\s+longer)\s+(?:really\s+)?asking\s+(?:any\s?more|any\s+longer)"
         r"|(?:stopped|quit|gave\s+up)\s+asking(?=\s*(?:[.,;!]|$)|\s+to\s+(?:go|return|leave|be\s+sent))"
         r"|(?:talked|talks|persuaded|persuades|convinced|convinces)\s+(?:him|her|them)\s+(?:into\s+staying|to\s+stay)"
         r"|(?:was|were|got|been)\s+(?:talked|persuaded|convinced)\s+(?:into\s+staying|to\s+stay)", False, S),
        # "doesn't want to go back yet", "not ready to head home yet"
        (r"(?:wants?|want|wanted|wanna|ready|planning|plans?|intends?|hoping|hopes?)\s+to\s+(?:go|get|head|move|return|leave|be\s+sent)"
         r"(?:\s+(?:back|home)){0,2}(?:\s+to\s+[a-z]+)?(?=\s+yet\b)", True, S),
    ],
}
