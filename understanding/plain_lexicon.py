"""Yes/no case facts in the plain words of students who never saw the cable's categories: a
prisoner who "understands like zero" of the lessons, a mother "back in Sendai" who is "really sick",
a past "in a communist reading circle", pay that "doesn't even feed his family", a store robbed.

Rows as in yes_no_lexicon.BOOL_PATTERNS (pattern, polarity, strong); event_lexicon.py puts them
before the general words. Negation is found by the matcher, before each match.
"""

from __future__ import annotations

from .fact_lexicon import NATIONALITY_PLACES

S = True

_KIN = (r"(?:(?:old|elderly|little|younger|older|baby|kid|sick|widowed)\s+)?(?:mom|mum|mother|father|dad|wife|parents|sister|brother"
        r"|sisters|brothers|family|kids|children|son|daughter|grandmother|grandfather|grandma|grandpa|folks|relatives)")
# where a relative lives: "back in Sendai", "at home in Wonsan" (people_lexicon.py uses it too)
THERE = r"(?:back\s+)?(?:(?:at\s+)?home\s+|back\s+there\s+)?(?:in\s+[\w'-]+\s+)?"
# a group, party or cause on the left: what early revolutionary work was done with
_LEFT = (r"(?:communists?|communist\s+party|revolutionar\w*|left-?wing\w*|leftists?|marxists?|socialists?|bolsheviks?"
         r"|underground|anti-?japanese|anti-?war|anti-?imperialist|resistance|partisans?|guerr?ill?as?|red\s+army"
         r"|eighth\s+route|new\s+fourth|yan'?an)")
# wanting and asking, as a journey home is told ("would like to go live in Japan", "asked to be released home")
_WISH = (r"(?:wants?|wanted|wanting|wanna|hopes?|hoped|hoping|longs?|longing|wish(?:es|ed)?|asks?|asked|asking|begs?|begged"
         r"|requests?|requested|plans?|planned|planning|intends?|itching|desperate|eager|yearns?|applied|petition(?:s|ed|ing)?|would\s+(?:like|love)"
         r"|dreams?\s+of)")
# The places a Korean or Japanese national goes home to ("back to Pusan", "home to Nagano"): one definition
HOMEWARD = "(?:" + "|".join(p for v in ("korean", "japanese") for p in NATIONALITY_PLACES[v] if p.isascii()) + ")"
_CLASSES = (r"(?:class|classes|lessons?|lectures?|study|studies|sessions?|teaching|courses?|indoctrination"
            r"|re-?education|political\s+(?:education|training|meetings?)|meetings?)")
_KIND_OF_CLASS = r"(?:(?:chinese(?:-language)?|mandarin|political|politics|camp|study|daily|compulsory)\s+){0,2}"

PLAIN_PATTERNS: dict[str, list[tuple[str, bool | None, bool]]] = {
    "pow_early_revolutionary_work": [
        # "never had anything to do with left-wing politics", "wanted nothing to do with the communists"
        (r"(?:(?:never|not|didn't|did\s+not|hasn't|has\s+not|hadn't|had\s+not)\s+(?:ever\s+|once\s+|really\s+)?(?:had\s+|have\s+|has\s+)?"
         r"(?:anything|much)\s+to\s+do\s+with|(?:had|has|have|wants?|wanted|did|does)\s+nothing\s+to\s+do\s+with)"
         r"\s+(?:the\s+|any\s+)?(?:[\w'-]+\s+)?(?:politics|political\s+[\w-]+|the\s+party|party|revolution\w*|" + _LEFT + ")", False, S),
        # "no political past at all"; "organized rent strikes", "joined the peasant union back in the 30s"
        (r"(?:political|revolutionary)\s+(?:past|history|background|record)", True, S),
        (r"(?:organi[sz]ed|organi[sz]ing|led|leading|helped\s+(?:to\s+)?organi[sz]e)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
         r"(?:strikes?|uprisings?|peasant\s+unions?|labou?r\s+unions?)|(?:joined|join|in)\s+the\s+(?:peasant|farmers'?|labou?r)\s+union", True, S),
        # "was in a communist reading circle", "ran messages for the underground", "mixed up with left-wing revolutionaries"
        (r"(?:joined|join|joining|was\s+in|were\s+in|member\s+of|part\s+of|active\s+in|took\s+part\s+in|belonged\s+to"
         r"|ran\s+[\w'-]+\s+for|worked\s+(?:for|with|in)|(?:been\s+)?(?:secretly\s+)?(?:helping|aiding|supporting|working\s+(?:for|with))|organi[sz]\w*\s+(?:[\w'-]+\s+)?(?:with|for)|mixed\s+up\s+with"
         r"|involved\s+(?:in|with)|helped|fought\s+(?:for|with|in|alongside)|spied\s+for|smuggled\s+[\w'-]+\s+for)\s+"
         r"(?:[\w'-]+\s+){0,4}?" + _LEFT, True, S),
        # "he's no revolutionary", "not a leftie at all", "never political"
        (r"(?:he|she)\s+is\s+no\s+(?:revolutionary|leftie|lefty|communist|red)|not\s+(?:a\s+)?(?:leftie|lefty|red|commie)\b", False, S),
    ],
    "pow_language_barrier": [
        # "can't follow the political study", "totally lost in the reeducation lectures", "understands like nothing"
        (r"(?:can't|cannot|can\s+not|couldn't|unable\s+to|doesn't|does\s+not|not\s+able\s+to|struggles?\s+to)\s+(?:really\s+|even\s+)?"
         r"(?:follow|understand|keep\s+up\s+with)\s+(?:the\s+|those\s+|these\s+|any\s+of\s+the\s+)?" + _KIND_OF_CLASS + _CLASSES
         + r"|(?:totally\s+|completely\s+|really\s+|so\s+|utterly\s+|hopelessly\s+)?lost\s+in\s+(?:the\s+|those\s+|these\s+)?"
         + _KIND_OF_CLASS + _CLASSES + r"|(?:understands?|follows?|catches)\s+(?:like\s+|almost\s+|basically\s+|next\s+to\s+"
         r"|pretty\s+much\s+)?nothing\b(?!\s+(?:about|of|from)\b)", True, S),
        # a handful of words: "barely knows ten words", "only speaks a few words"; nothing from the lessons
        (r"(?:barely|hardly|scarcely|only|just)\s+(?:knows?|speaks?|understands?|has|learned|learnt)\s+(?:about\s+|maybe\s+|like\s+|around\s+)?"
         r"(?:a\s+(?:few|couple\s+of|handful\s+of)|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+dozen|\d{1,2})\s+(?:[\w-]+\s+)?words\b"
         r"(?!\s+of\s+(?:english|korean|japanese|russian))|(?:gets?|got|getting)\s+(?:absolutely\s+)?nothing\s+(?:at\s+all\s+)?"
         r"(?:out\s+of|from)\s+(?:the\s+|those\s+|these\s+)?(?:[\w-]+\s+){0,2}?" + _CLASSES, True, S),
        # "can't follow any of the chinese-language study", "it's gibberish to him"
        (r"(?:can't|cannot|can\s+not|couldn't|unable\s+to|doesn't|does\s+not|not\s+able\s+to)\s+(?:really\s+|even\s+)?(?:follow|understand"
         r"|keep\s+up\s+with|make\s+sense\s+of|get)\s+(?:any|much|anything|a\s+(?:single\s+)?(?:thing|word)|one\s+word)\s+(?:of|in|at|from|during)\s+"
         r"(?:the\s+)?(?:(?:chinese(?:-language)?|mandarin|political|camp)\s+){0,2}" + _CLASSES
         + r"|(?:it|they|it\s+all|all\s+of\s+it|everything)\s+(?:is|are|was|were|sounds?|sounded)\s+(?:just\s+|all\s+|pure\s+|basically\s+|like\s+)?"
         r"(?:gibberish|double\s+dutch|greek|noise|mumbo[- ]jumbo)\s+(?:to|for)\s+(?:him|her|them)", True, S),
        # "his chinese is basically native", "the classes are no problem for him"
        (r"(?:his|her|their)\s+(?:chinese|mandarin)\s+(?:is|was)\s+(?:basically\s+|practically\s+|almost\s+|nearly\s+|pretty\s+much\s+)?"
         r"(?:native(?:-level|-like)?|near-native|like\s+a\s+native(?:'s)?)|(?:speaks?|talks?)\s+(?:chinese|mandarin)\s+like\s+a\s+native"
         r"|" + _CLASSES + r"\s+(?:are|is|were|was)\s+(?:no|not\s+a|not\s+any)\s+(?:problem|trouble|bother|issue|difficulty|struggle)"
         r"|" + _CLASSES + r"\s+(?:are|is|were|was)\s+(?:easy|no\s+sweat|a\s+breeze)\s+(?:for|to)\s+(?:him|her|them)", False, S),
        # "it's all in chinese and he understands like zero", "the study program is useless for him"
        (r"(?:understands?|follows?|gets?|catches)\s+(?:like\s+|almost\s+|basically\s+|next\s+to\s+|pretty\s+much\s+)?(?:zero|nada|squat|zilch)"
         r"|(?:understands?|follows?|gets?|catches)\s+(?:maybe\s+|only\s+|about\s+)?(?:every|one)\s+(?:tenth|twentieth|fifth|other)\s+word"
         r"|(?:can't|cannot|doesn't|does\s+not)\s+(?:get|follow)\s+the\s+(?:chinese|mandarin)\s+" + _CLASSES + r"\s+at\s+all", True, S),
        (r"(?:is|are)\s+(?:fine|ok|okay|good|comfortable)\s+with\s+the\s+(?:chinese|mandarin)?\s*" + _CLASSES, False, S),
        (r"(?:can't|cannot|can\s+not|unable\s+to|struggles?\s+to|doesn't|does\s+not|not\s+able\s+to)\s+(?:really\s+)?"
         r"(?:keep\s+up\s+with|follow|understand|get)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?" + _CLASSES
         + r"[^.;!?]{0,30}?(?:because|cos|cuz|coz|since|as)\s+(?:he|she|they)\s+(?:[\w']+\s+){0,3}?(?:chinese|mandarin)", True, S),
        (_CLASSES + r"\s+(?:in\s+(?:the\s+)?camp\s+)?(?:is|are)\s+(?:totally\s+|completely\s+|basically\s+|kind\s+of\s+)?(?:useless|pointless|meaningless|gibberish|noise|hopeless)"
         r"\s+(?:for|to)\s+(?:him|her|them)", True, S),
    ],
    "pow_family_difficulties": [
        # the family's living lost: "the family shop in osaka went under"; letters begging him home; a mind not on the work
        (r"(?:(?:the|his|her|their)\s+)?(?:family(?:'s)?|parents'|(?:father|mother|dad|mum|mom|brother|wife|husband)'s)\s+(?:[\w-]+\s+)?"
         r"(?:shop|farm|business|store|stall|restaurant|boat|workshop|factory|inn|fields|land|bakery|laundry|mill|teahouse|orchard)\s+" + THERE
         + r"(?:(?:went|has\s+gone|had\s+gone|is\s+going|was\s+going)\s+(?:under|bust|bankrupt|broke)|failed|collapsed|closed\s+down|shut\s+down"
         r"|is\s+failing|is\s+collapsing|went\s+out\s+of\s+business|(?:was|got)\s+(?:lost|sold\s+off))", True, S),
        (r"(?:writ(?:es|ing)|wrote|letters?)\s+(?:[\w']+\s+){0,3}?(?:begging|pleading\s+with|imploring|urging|asking)\s+(?:him|her)\s+to\s+come\s+(?:back\s+)?home"
         r"|(?:can't|cannot|can\s+not|couldn't|unable\s+to|not\s+able\s+to)\s+(?:really\s+)?(?:keep|put|set)\s+(?:his|her|their)\s+mind\s+(?:on|to)\s+"
         r"(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+)?(?:work|job|tasks?|duties|labou?r|chores|assignments?)"
         r"|(?:his|her|their)\s+mind\s+(?:isn't|is\s+not|is\s+never|wasn't)\s+on\s+(?:(?:his|her|their|the)\s+)?(?:work|job|tasks?|duties|labou?r)", True, S),
        # "his mom back in Sendai is really sick", "his little sister back in japan is an orphan now"
        (r"(?:his|her|their)\s+" + _KIN + r"\s+" + THERE + r"(?:is|are|was|were|has\s+been|have\s+been|got|fell|became)\s+"
         r"(?:now\s+)?(?:really\s+|very\s+|seriously\s+|so\s+|badly\s+|gravely\s+|terribly\s+|desperately\s+)?"
         r"(?:sick|ill|unwell|dying|bedridden|starving|homeless|destitute|all\s+alone|alone|an\s+orphan|orphaned|struggling"
         r"|in\s+trouble|in\s+debt|broke|poor|hungry|penniless|not\s+well|poorly)", True, S),
        (r"(?:his|her|their)\s+" + _KIN + r"\s+" + THERE + r"(?:aren't|isn't|are\s+not|is\s+not|weren't|wasn't)\s+(?:very\s+|doing\s+)?well", True, S),
        (r"(?:nobody|no\s+one|noone)\s+(?:else\s+)?(?:left\s+)?(?:to|who\s+can|who\s+will|who\s+could)\s+(?:look\s+after|take\s+care\s+of"
         r"|care\s+for|feed|support)\s+(?:her|him|them)", True, S),
        # "his family in Kyoto is wealthy and doing well"
        (r"(?:his|her|their)\s+" + _KIN + r"\s+" + THERE + r"(?:is|are)\s+(?:[\w-]+\s+and\s+)?(?:doing\s+)?"
         r"(?:well|fine|ok|okay|wealthy|rich|well\s+off|well-off|comfortable|safe|healthy|alright|all\s+right|normal|whatever)\b", False, S),
    ],
    "hardship": [
        # a trade gone quiet and rent barely paid: "business is dead", "can barely pay rent"; "in difficulty for money"
        (r"(?:business|trade|sales)\s+(?:is|has\s+been|was|had\s+been)\s+(?:totally\s+|completely\s+|basically\s+|pretty\s+much\s+|pretty\s+|very\s+"
         r"|really\s+|so\s+)?(?:dead|dying|slow|terrible|awful|bad|failing|collapsing|going\s+under|in\s+ruins|non-?existent|drying\s+up|dried\s+up)(?!\s+without\s+(?:him|her|them))"
         r"|(?:shop|stall|restaurant|store|business)\s+is\s+(?:failing|dying|going\s+under|losing\s+money)(?!\s+without\s+(?:him|her|them))"
         r"|(?:barely|hardly|scarcely)\s+(?:cover|make|pay|afford)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:rent|food|rice|bills)"
         r"|in\s+(?:(?:financial|money|economic)\s+)?(?:difficulty|difficulties|trouble)\s+(?:for|with|over|about)\s+(?:money|cash|rent)", True, S),
        # "a shop that does pretty well", "she has enough."
        (r"(?:business|shop|stall|restaurant|store|bakery|workshop|farm|trade|teahouse|tea\s+house|practice|clinic)\s+(?:(?:in|at|on|near)\s+[\w'-]+\s+)?"
         r"(?:that\s+|which\s+)?(?:(?:doesn't|does\s+not|isn't|is\s+not|didn't|never)\s+)?(?:does|did|do|is\s+doing|has\s+been\s+doing|was\s+doing"
         r"|goes|went|is\s+going|doing|going)\s+(?:pretty\s+|really\s+|very\s+|quite\s+|rather\s+|so\s+|super\s+|fairly\s+)?"
         r"(?P<key>well|good|great|fine|nicely|okay|ok)\b", False, S),
        # enough for someone else, bought by going without: "skips supper so her son has enough" says nothing
        (r"so\s+(?:that\s+)?(?:his|her|their|the)\s+(?:[\w'-]+\s+){1,2}?(?:has|have|gets?|can\s+have)\s+(?:just\s+)?enough", None, S),
        (r"(?<!\bhas )(?<!\bhave )(?:has|have|got)\s+(?:just\s+)?enough(?=\s*(?:$|[,.;!]))", False, S),
        # "the money was never enough", "some days they only ate once", "almost out of money"
        (r"(?:money|pay|wages?|income|earnings)\s+(?:was|is|were|are)\s+(?:never|not|hardly|barely|rarely)\s+enough"
         r"|only\s+(?:ate|eat|eats|eating)\s+once|(?:almost|nearly|completely|totally|all\s+but)\s+out\s+of\s+(?:money|cash|savings|food|rice)"
         r"|(?:can|could)\s+(?:hardly|barely|scarcely)\s+(?:find|get)\s+(?:any\s+)?(?:work|a\s+job|jobs)"
         r"|no\s+(?:way|means)\s+(?:to|of)\s+(?:earn|earning|make|making)\s+(?:a\s+living|money|anything|a\s+penny|a\s+cent)", True, S),
        # "paid in rations that don't even feed his family", "can't cover rent", "pay is terrible"
        (r"(?:can|could)\s+no\s+longer\s+(?:make\s+ends\s+meet|make\s+a\s+living|earn\s+a\s+living|earn\s+enough|feed|afford|pay)"
         r"|no\s+longer\s+able\s+to\s+(?:make\s+ends\s+meet|make\s+a\s+living|earn\s+a\s+living|feed|pay)", True, S),
        (r"(?:doesn't|don't|does\s+not|do\s+not|can't|cannot|won't)\s+(?:even\s+)?(?:feed|support|keep)\s+(?:him|her|them|(?:his|her|their)\s+"
         r"(?:family|kids|children|wife|husband))|(?:can't|cannot|can\s+not|unable\s+to|struggles?\s+to)\s+(?:cover|make|pay|afford)\s+"
         r"(?:the\s+|her\s+|his\s+|their\s+)?rent"
         r"|(?:pay|salary|wages?|income)\s+is\s+(?:terrible|awful|tiny|miserable|pathetic|rubbish|a\s+pittance|so\s+low|very\s+low|too\s+low"
         r"|peanuts|nothing)", True, S),
        (r"(?:begging|begs|begged)\s+(?:on\s+the\s+streets?|in\s+the\s+streets?|for\s+(?:food|rice|money|scraps))"
         r"|(?:can't|cannot|can\s+not)\s+even\s+afford|(?:has|have|got)\s+(?:literally\s+)?nothing(?=\s*[,.;!]|\s+(?:left|to\s+eat|at\s+all))", True, S),
        (r"(?:grand|fine|sound|ok|okay|comfortable|secure|stable|solid)\s+financially|financially\s+(?:grand|fine|sound|ok|okay|comfortable|secure|stable)"
         r"|(?:^|(?<=[,.;!]\s))(?:he|she)?\s*earns\s+enough\b", False, S),
        (r"money\s+(?:stress|worries|troubles|problems|issues|wahala)", True, S),
        (r"good\s+money|living\s+(?:his|her|their)\s+best\s+life", False, S),
    ],
    "pending_case": [
        # "the court hasn't decided yet", "court about it not finish yet"
        (r"(?:the\s+)?(?:court|judge)\s+(?:about\s+it\s+)?(?:still\s+)?(?:hasn't|has\s+not|didn't|did\s+not|not|has\s+yet\s+to)\s+(?:yet\s+)?"
         r"(?:finished|finish|decided|decide|ruled|rule|made\s+a\s+decision)"
         # "with no judgment yet", "still sitting before the people's court"
         r"|no\s+(?:judgment|judgement|ruling|verdict)\s+(?:yet|so\s+far|has\s+been\s+(?:given|made|reached|handed\s+down))"
         r"|still\s+(?:sitting|pending|lying|waiting)\s+(?:before|in|with)\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+)?(?:court|courts|tribunal|judge)\b", True, S),
        # "his trial is not finished yet", "a problem in the court", "no affair open at the tribunal"
        (r"(?:trial|case|lawsuit|court\s+case|hearing|proceedings|suit)\s+(?:is\s+|are\s+)?(?:still\s+)?(?:isn't|is\s+not|not|hasn't\s+been"
         r"|has\s+not\s+been|wasn't|was\s+not|aren't|are\s+not)\s+(?:yet\s+|even\s+)?(?:done|finished|over|settled|closed|decided|resolved"
         r"|sorted|concluded|ended)|(?:problem|problems|affair|affairs|issue|issues|matter|business|trouble|dispute)\s+(?:open\s+|pending\s+"
         r"|ongoing\s+|going\s+on\s+)?(?:in|at|before|with)\s+(?:the\s+|a\s+)?(?:[\w']+\s+)?(?:court|courts|tribunal|tribunals)\b", True, S),
        # "a trial that is not finished yet", "a trial still open against him"
        (r"(?:trial|court\s+case|lawsuit|case)\s+(?:that|which)\s+(?:isn't|hasn't|is\s+not|has\s+not)\s+(?:yet\s+)?(?:been\s+)?(?:finished|over|done|decided|closed|settled)"
         r"|(?:trial|court\s+case|lawsuit)\s+(?:is\s+)?(?:still\s+)?(?:open|pending|ongoing|going\s+on|under\s+way|underway)", True, S),
        (r"(?:criminal\s+|court\s+)?(?:trial|lawsuit|prosecution)\s+against\s+(?:him|her|them)(?!\s+(?:(?:that|which)\s+)?(?:has\s+|had\s+)?"
         r"(?:ended|finished|concluded|closed|is\s+over|was\s+over|(?:was|been)\s+(?:dropped|settled|closed|thrown\s+out)))", True, S),
        # "no court has ever heard a case against him" (before the row that reads "heard a case against")
        (r"no\s+(?:court|judge|tribunal)\s+(?:has\s+|had\s+|have\s+)?(?:ever\s+)?(?:heard|tried|judged|handled|seen)\s+(?:a|an|any)\s+"
         r"(?:[\w-]+\s+)?(?:case|cases|lawsuit|suit|claim|complaint|charges?)(?:\s+against\s+(?:him|her|them))?(?:\s+(?:in|before)\s+(?:the\s+|a\s+|any\s+)?court)?", False, S),
        (r"(?:has|have|had|got|filed|brought|started|opened|lodged|heard|pressed)\s+(?:a|an|any)\s+(?:trial|court\s+case|lawsuit|suit|legal\s+case"
         r"|case|claim|complaint|legal\s+action|charges?)\s+(?:against|with)(?:\s+(?:him|her|them))?(?:\s+(?:in|before)\s+(?:the\s+|a\s+|any\s+)?court)?", True, S),
        (r"(?:trial|lawsuit|court\s+case|proceedings|prosecution)\s+(?:against\s+(?:him|her|them)\s+)?(?:has|had|have)\s+"
         r"(?:ended|finished|concluded|been\s+(?:dropped|settled|closed|thrown\s+out))", False, S),
        (r"wait(?:s|ing)?\s+(?:on|for)\s+(?:his|her|their|the|a)\s+(?:trial|hearing|verdict|sentence|court\s+date|sentencing)", True, S),
        (r"(?:charged|sued|prosecuted)\s+(?:with\s+anything|for\s+anything|by\s+anyone|at\s+all)(?:\s+in\s+court)?", True, S),
    ],
    "disturbs_order": [
        (r"(?:bother|run-?ins?|beef|aggro|dramas?)\s+with\s+(?:the\s+)?(?:police|cops|law|authorities|guards)"
         r"|(?:involved|mixed\s+up)\s+in\s+(?:a\s+|any\s+)?(?:crimes?|criminal\s+\w+|robber(?:y|ies)|theft|disturbances?|fights?|violence|riots?|brawls?)"
         r"|broke\s+(?:another|a|some|the\s+other)\s+(?:[\w'-]+\s+){0,2}?(?:jaw|nose|arm|ribs?|teeth)"
         r"|(?:he|she)\s+fight\s+with|(?:caught|arrested)\s+(?:for\s+)?stealing", True, S),
        # "robbed a store", "started a fistfight", "never starts drama", "didn't hit anybody"
        (r"(?:robbed|robs|mugged|mugs|burgled|looted|held\s+up)\s+(?:a|an|the|some|two|three|several)\s+[\w'-]+", True, S),
        (r"(?:created|caused|causes|creates|create|cause|made|makes|starts?|started|starting|stirs?\s+up|stirred\s+up)\s+"
         r"(?:any\s+|a\s+|some\s+)?(?:(?:big|huge|massive|real|whole|terrible|loud|public|major)\s+)?(?:disturbances?|drama|beef|a\s+scene|scenes?|a\s+ruckus|ruckus|fuss|a\s+fuss|commotion|uproar)", True, S),
        (r"(?:hit|punched|punches|attacked|beat\s+up|hurt|assaulted)\s+(?:anybody|anyone|somebody|someone|people|a\s+(?:man|guy|woman|neighbou?r|customer))"
         r"|(?:did|do|does|commit|commits|committed)\s+(?:a\s+|any\s+)?crimes?", True, S),
    ],
    "requests_return": [
        # "hasn't a notion of going home", "does not want to go back only", "hasn't asked to leave yet"
        (r"(?:hasn't|has\s+not|hasnt|has\s+no)\s+(?:a\s+|any\s+)?notion\s+of\s+(?:going|leaving|returning)"
         r"|(?:doesn't|does\s+not)\s+want\s+to\s+(?:go|return)\s+(?:back|home)\s+only\b"
         r"|(?:hasn't|has\s+not|hasnt)\s+asked\s+to\s+(?:leave|go|return)(?:\s+\w+)?\s+yet"
         r"|(?:he|she|they)(?:'s\s+not|\s+is\s+not|\s+isn't|\s+are\s+not|\s+aren't|'re\s+not)\s+going"
         r"(?=\s*[,.;!]\s*(?:he|she|they|her|his|their)\b|\s*[.!]?\s*$)", False, S),
        # "wants to go live in korea", "asked to be released home", "wants to go back wherever he's from", "go back to... well"
        (_WISH + r"\s+(?:to\s+)?(?:(?:go|move|head|get)\s+(?:back\s+)?(?:and\s+)?)?(?:live|living|settle(?:\s+down)?|settling|stay"
         r"|spend\s+(?:his|her|their)\s+(?:days|life|old\s+age|last\s+years))\s+(?:back\s+)?in\s+" + HOMEWARD + r"\b"
         r"|" + _WISH + r"\s+(?:[\w']+\s+){0,3}?to\s+be\s+(?:released|freed|let\s+go|discharged|set\s+free)\s+(?:and\s+(?:sent|go|return)\s+)?"
         r"(?:back\s+)?(?:home|to\s+" + HOMEWARD + r")\b"
         r"|" + _WISH + r"\s+(?:to\s+)?(?:go|get|head|return|move|be\s+sent|be\s+taken)\s+(?:back\s+)?(?:home\s+)?(?:to\s*)?"
         r"(?:\.{2,}|\u2026|(?:to\s+)?(?:wherever|where)\s+(?:he|she|they)\s+(?:is|are|was|were|came|comes|come|belongs?|originally)\b)", True, S),
        # getting ready to go: "signed up for the next ship home", "packing her bags for korea", "keeps asking when
        # she can leave", "asking about the trains to korea", "longs for home"
        (r"(?:signed\s+up|registered|queued|queuing|booked)\s+(?:for\s+)?(?:a\s+|the\s+)?(?:[\w'-]+\s+)?(?:ship|boat|train"
         r"|passage|berth|seat|list)\s+(?:back\s+)?(?:home|to\s+" + HOMEWARD + r")\b|(?:packing|packed|packs)\s+(?:up\s+)?"
         r"(?:his|her|their)\s+(?:bags|things|belongings)\s+(?:for|to\s+go\s+(?:back\s+)?(?:to\s+)?)\s*(?:home|" + HOMEWARD + r")\b"
         r"|(?:keeps?|kept|asks|asked)\s+(?:asking\s+)?(?:[\w'-]+\s+){0,3}?(?:when|if|whether)\s+(?:he|she|they)\s+(?:can|could|may|might)\s+"
         r"(?:leave|go\s+(?:back|home)|come\s+(?:back|home)|return)\b|asking\s+about\s+(?:the\s+)?(?:trains|ships|boats|passage)\s+(?:back\s+)?"
         r"(?:home|to\s+" + HOMEWARD + r")\b|(?:longs?|longing|yearns?|yearning)\s+for\s+home\b", True, S),
        # a life made here: "settled here for good", "his life is here now", "married a local and is staying"
        (r"settled\s+(?:(?:down\s+)?here\s+|in\s+china\s+)?for\s+good|(?:his|her|their)\s+life\s+is\s+here\b"
         r"|married\s+(?:a\s+)?(?:local|chinese\s+(?:man|woman|guy|girl))\s+and\s+(?:is\s+)?staying\b", False, S),
        # family over there: "wants to live with her grandma in sinuiju again", "wants to find his aunt in korea" (a visit is no return)
        (_WISH + r"\s+(?:to\s+)?(?:(?:go\s+(?:back\s+)?(?:and\s+)?)?(?:live|be|stay)\s+with|find|join|look\s+for)\s+"
         r"(?:his|her|their)\s+(?:[\w'-]+\s+)?(?:family|parents|mother|father|mum|mom|dad|grandma|grandmother|grandpa"
         r"|grandfather|grandparents|aunt|auntie|uncle|sister|brother|wife|husband|children|kids|son|daughter|relatives"
         r"|fianc[eé]e?)\s+(?:back\s+)?in\s+" + HOMEWARD + r"\b", True, S),
        # "wants home asap", "she's wanting home to japan"
        (r"(?:wants?|wanting)\s+(?:home|back\s+to)\b", True, S),
        (r"(?:wants?|wanted|wanting|wanna|hopes?|hoping|longs?|longing|desperate|eager|trying|tries|keen|itching)\s+(?:to\s+)?"
         r"(?:get|got)\s+out\s+of\s+(?:china|here|manchuria|the\s+country|this\s+country)", True, S),
        (r"\bappl(?:y|ies|ied)\s+to\s+(?:go|return|be\s+sent|head)\s+(?:back|home)|wants?\s+to\s+(?:take|bring)\s+(?:[\w']+\s+){1,3}?and\s+"
         r"(?:go|return|head|move)\s+(?:back|home)", True, S),
    ],
}
