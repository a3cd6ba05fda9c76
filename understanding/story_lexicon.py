"""Yes/no case facts in a story's everyday words: a mother who "can't feed her kids" or is "selling her
pots to eat", pay "delayed for months", a POW who "can't follow the discussion" or "carried messages
for the underground", a person who "wants to be shipped home" or "to go back to her".

Rows as in yes_no_lexicon.BOOL_PATTERNS (pattern, polarity, strong); event_lexicon.py puts them
before the general words. Negation is found by the matcher, before each match.
"""

from __future__ import annotations

from .plain_lexicon import HOMEWARD as _HOMEWARD

S = True

_WISH = (r"(?:wants?|wanted|wanting|wanna|hopes?|hoping|hoped|longs?|longing|wish(?:es|ed)?|would\s+like|like|plans?|planning"
         r"|intends?|asks?|asked|asking|begs?|begged|begging|requests?|requested|desperate|eager|keen|petition(?:s|ed|ing)?)")
_KIN = (r"(?:wife|husband|parents|mother|father|mum|mom|dad|children|kids|son|daughter|family|fianc[eé]e?|boy|girl"
        r"|baby|folks|relatives)")
# what a belonging is sold or bartered for
_FOOD = (r"(?:(?:a\s+(?:bag|sack|bowl)\s+of\s+|some\s+)?(?:rice|food|bread|flour|grain|millet|sorghum|corn(?:\s*meal)?|maize|noodles"
         r"|(?:sweet\s+)?potatoes|beans|soybeans|gruel|porridge|coal|medicine|meals?)(?:\s+money)?)\b")
# the group or army the early work was done for
_CAUSE = (r"(?:underground|resistance|guerr?ill?as?|partisans|communists|party|eighth\s+route\s+army|8th\s+route\s+army"
          r"|new\s+fourth\s+army|red\s+army)")

STORY_PATTERNS: dict[str, list[tuple[str, bool | None, bool]]] = {
    "requests_return": [
        # "wants to be shipped home", "asked to be packed off back to japan"
        (_WISH + r"\s+to\s+be\s+(?:shipped|packed\s+off|put\s+on\s+a\s+(?:ship|boat|train))\s+(?:back|home)", True, S),
        # taking the family along: "wants to take her son back to japan", "plans to take the kids home"
        (_WISH + r"\s+to\s+take\s+(?:his|her|their|the)\s+(?:[\w'-]+\s+){0,2}?(?:back\s+(?:home|to\s+" + _HOMEWARD + r")|home)", True, S),
        # going back to someone at home: "he want go back to her", "wants to return to his wife"
        (_WISH + r"\s+(?:to\s+)?(?:go|get|return|head|be\s+sent)\s+(?:back\s+)?to\s+(?:her|him|them|(?:his|her|their)\s+(?:old\s+|elderly\s+|sick\s+)?"
         + _KIN + r")(?=\s*(?:$|[,.;!?]|\s+(?:in|and|because|as|who|there|again|soon)\b))", True, S),
        # joining the family that went before: "wife and kids went back in 1947 and he wants to join them"
        (r"(?:went|gone|returned|moved|sent)\s+(?:back|home)\b[^.;!?]{0,60}?\b" + _WISH + r"\s+to\s+(?:join|rejoin|follow|be\s+with)"
         r"\s+(?:them|him|her)\b"
         r"|" + _WISH + r"\s+to\s+(?:join|rejoin|be\s+reunited\s+with)\s+(?:his|her|their)\s+(?:[\w'-]+\s+)?" + _KIN
         + r"\s+(?:back\s+)?(?:in\s+" + _HOMEWARD + r"|home)\b", True, S),
        # for good: "asking to visit her parents in japan for good", "like to go back permanently"
        (_WISH + r"\s+to\s+(?:go\s+back|go\s+home|return|move\s+back|visit\s+(?:[\w']+\s+){1,4}?(?:in|back\s+in)\s+" + _HOMEWARD
         + r")\s+(?:for\s+good|permanently|forever|for\s+ever)\b", True, S),
    ],
    "hardship": [
        # "can't feed her two kids", "selling her pots and her wedding quilt just to eat", "selling his books to buy rice"
        (r"(?:can't|cannot|couldn't|can\s+not|unable\s+to)\s+(?:even\s+)?(?:afford\s+to\s+)?(?:feed|clothe)\s+(?:himself|herself|themselves|(?:his|her|their|the)\s+"
         r"(?:(?:two|three|four|five|six|\d|little|young|own)\s+)?(?:kids|children|family|son|daughter|baby|babies|wife|husband|parents))", True, S),
        # bartered too, with a purpose clause: "traded her kimono for flour", "sold her hair so she could buy rice"
        (r"(?:sell(?:s|ing)?|sold|pawn(?:s|ing|ed)?|trad(?:es|ed|ing)|barter(?:s|ed|ing)?|swap(?:s|ped|ping)?)\s+(?:off\s+)?"
         r"(?:(?:his|her|their|the\s+family's)\s+(?:[\w'-]+\s+){0,8}?|everything\s+|all\s+(?:his|her|their)\s+things\s+)"
         r"(?:just\s+|only\s+)?(?:(?:to|in\s+order\s+to|so\s+(?:that\s+)?(?:he|she|they)\s+(?:could|can|would\s+have\s+money\s+to))\s+"
         r"(?:eat|buy\s+" + _FOOD + r"|pay\s+for\s+food|survive|get\s+by|pay\s+(?:the\s+)?rent|feed)|for\s+" + _FOOD + r")", True, S),
        # meals cut and gone without: "skips supper", "goes to bed hungry", "one bowl of gruel a day", "eats at the soup kitchen"
        (r"(?:skips?|skipping|skipped|goes\s+without|going\s+without|went\s+without|gone\s+without)\s+(?:his\s+|her\s+|their\s+|a\s+|any\s+)?"
         r"(?:supper|dinner|lunch|breakfast|meals?|food|eating)\b|(?:goes|go|going|went|gone)\s+to\s+(?:bed|sleep)\s+hungry"
         r"|(?:one|a\s+single|1)\s+(?:small\s+|thin\s+)?(?:bowl|cup|handful|plate)\s+of\s+(?:thin\s+|watery\s+|plain\s+)?(?:gruel|porridge|congee|rice|millet|sorghum|corn|soup|broth|noodles)"
         r"\s+(?:a|per|each|every)\s+day"
         r"|(?:lives?|living|lived|surviv\w+)\s+on\s+(?:thin\s+|watery\s+)?(?:gruel|scraps|leftovers|husks|tree\s+bark|wild\s+greens|weeds)"
         r"|soup\s+kitchens?|bread\s*lines?|(?:lives?|living|depends?|depending|relies?|relying|surviv\w+)\s+on\s+(?:charity|handouts|alms)"
         r"|(?:sells?|selling|sold)\s+(?:his\s+|her\s+|their\s+)?(?:own\s+)?blood\b", True, S),
        # the household sold off: "pawned everything he owns", "sold her winter quilt", "sold his tools"
        (r"(?:sold|sells|selling|pawned|pawns|pawning)\s+(?:off\s+)?(?:everything|all)\s+(?:(?:he|she|they)\s+(?:owns?|owned|had|has)|of\s+value)"
         r"|(?:sold|sells|selling|pawned|pawns|pawning)\s+(?:off\s+)?(?:his|her|their)\s+(?:[\w'-]+\s+){0,2}?(?:quilts?|bedding|tools|jackets?"
         r"|kimonos?|watch|sewing\s+machine|piano|mattress|pots|bowls|hair)\b", True, S),
        # nothing lacked, or short of it: "isn't short of anything" (the negation says it), "lacks nothing"
        (r"short\s+of\s+(?:anything|money|cash|food|rice|grain|fuel|coal|funds)\b", True, S),
        # out of work but not in want: "has no job right now, but he lives comfortably on his savings"
        (r"(?:jobless|unemployed|out\s+of\s+(?:work|a\s+job))\b[^.;!?]{0,100}?\bbut\s+(?:he|she|they)\s+(?:still\s+)?(?:lives?|living|gets?\s+by"
         r"|manages?|is|are)\s+(?:quite\s+|very\s+|perfectly\s+)?(?:comfortably|comfortable|well|fine|well[- ]off)\b", False, S),
        (r"(?:lacks?|lacked|wants\s+for)\s+nothing|(?:lives?|living|lived|gets?\s+by|getting\s+by|manages?)\s+(?:quite\s+|very\s+|fairly\s+)?"
         r"comfortably|comfortably\s+off|(?:good|bumper|fine|rich|record|plentiful)\s+harvests?\b", False, S),
        # pay that does not come: "his wages have been delayed for months", "the pay is always late"
        (r"(?:wages?|pay|salary|salaries)\s+(?:have|has|had|is|are|was|were|isn't|wasn't|hasn't|haven't|aren't|weren't)\s+(?:never\s+|not\s+)?"
         r"(?:been\s+)?(?:always\s+|often\s+|months\s+)?(?P<key>delayed|late|unpaid|withheld|held\s+back|stopped|overdue|in\s+arrears)"
         r"|(?:hasn't|has\s+not|haven't|have\s+not)\s+been\s+paid\s+(?:for|in)\s+(?:\w+\s+)?(?:months|weeks|a\s+(?:month|year|while))", True, S),
        (r"(?:can't|cannot|couldn't|can\s+not|unable\s+to)\s+(?:even\s+)?(?:buy|afford|get)\s+enough\s+(?:food|rice|bread|coal|to\s+eat)"
         r"|(?:earns?|earning|makes?|making|gets?|paid)\s+(?:almost|next\s+to|practically|basically|virtually|close\s+to)\s+nothing"
         r"|(?:earns?|earning|makes?|making|paid)\s+(?:a\s+)?(?:pittance|peanuts)", True, S),
        # "has nothing of her own, not a cent", "doesn't have a penny"
        (r"(?:has|have|owns?)\s+nothing\s+of\s+(?:his|her|their)\s+own|(?:not|never|doesn't|don't|didn't|does\s+not|without|hasn't|haven't)"
         r"\s+(?:(?:have|has|got|own|owns|earn|earns|make|makes|made|earned)\s+)?(?:even\s+)?(?:a|one)\s+(?:single\s+)?(?:cent|penny|yuan|fen|dime|sen|coin)\b", True, S),
        (r"(?:lives?|living|lived)\s+(?:[\w']+\s+){0,4}?in\s+(?:a|an)\s+(?:[\w']+\s+)?(?:shed|shack|hut|cowshed|stable|tent|hovel|dugout)\b", True, S),
        # "gets paid ok", "food isn't a problem", "they live well"
        (r"(?:is|gets?|getting|got|are|was)\s+paid\s+(?:ok|okay|fine|alright|all\s+right|enough|decently|fairly\s+well|reasonably(?:\s+well)?)"
         r"|(?:food|money|rent|cash|income|eating)\s+(?:is\s+not|isn't|isnt|is\s+never|was\s+not|wasn't)\s+(?:an?\s+|the\s+)?(?:problem|issue|worry|concern)"
         r"|(?:(?:he|she|they|family)\s+|(?<=,\s))(?:lives?|live|eats?|eat)\s+(?:quite\s+|pretty\s+|very\s+|really\s+|fairly\s+|reasonably\s+)?well\b", False, S),
    ],
    "pending_case": [
        # "has no problem in the courts", "there is no trial open", "isn't facing any court case"
        (r"no\s+(?:problems?|trouble|issues?)\s+(?:in|with|at|before)\s+(?:the\s+)?(?:courts?|judges?)"
         r"|no\s+(?:trials?|cases?|lawsuits?|court\s+cases?|proceedings)\s+(?:open|pending|ongoing|outstanding|running|underway)", False, S),
        (r"(?:facing|faces|face)\s+(?:any\s+)?(?:criminal\s+)?(?:charges|trial|prosecution)", True, S),
    ],
    "disturbs_order": [
        # "never got in trouble", "never been in any kind of trouble" (the negator is found before)
        (r"(?:been|got|gets|get|getting|gotten)\s+(?:in|into)\s+(?:any\s+|some\s+)?(?:(?:kind|sort)\s+of\s+)?trouble\b"
         r"(?!\s+(?:with\s+(?:money|debts?|the\s+bank|(?:his|her|their)\s+(?:health|debts?))|financially))", True, S),
        (r"no\s+(?:police|cop)\s+(?:matters?|issues?|business|involvement|cases?|stuff|things?)", False, S),
    ],
    "pow_family_difficulties": [
        # "his wife's letters say she got evicted and is living with the kids in a shed"
        (r"(?:letters?|writes?|wrote|says?|said)\s+(?:that\s+)?(?:she|he|they)\s+(?:got|was|were|has\s+been|have\s+been|had\s+been)\s+"
         r"(?:evicted|bombed\s+out|burned\s+out|thrown\s+out)"
         r"|(?:lives?|living|lived)\s+(?:[\w']+\s+){0,4}?in\s+(?:a|an)\s+(?:[\w']+\s+)?(?:shed|shack|hut|cowshed|stable|tent|hovel|dugout)\b", True, S),
    ],
    "pow_language_barrier": [
        # "he can't understand a word", "no one translates", "the interpreter barely ever shows up"
        (r"(?:can't|cannot|couldn't|doesn't|does\s+not|don't|didn't)\s+(?:understand|follow|catch)\s+(?:a\s+(?:single\s+)?word|one\s+word)"
         r"(?=\s*(?:$|[,.;!]|\s+(?:and|but|of\s+it|they\s+say|in\s+(?:the\s+)?(?:class|classes|lessons?|sessions?|lectures?))\b))"
         r"|(?:no\s+one|nobody|no-one)\s+(?:ever\s+)?(?:translates|interprets)"
         r"|(?:interpreter|translator)\s+(?:barely|hardly|rarely|never|seldom)\s+(?:ever\s+)?(?:shows?\s+up|comes?|turns?\s+up|appears?)", True, S),
        # "chinese isn't his thing", "the spoken part is hopeless", "can't follow the spoken discussion"
        (r"(?:chinese|mandarin|the\s+language)\s+(?:is\s+not|isn't|isnt)\s+(?:(?:really|exactly)\s+)?(?:his|her|their)\s+(?:thing|strong\s+(?:point|suit)|forte)"
         r"|(?:the\s+)?spoken\s+(?:part|language|chinese|mandarin)\s+is\s+(?:hopeless|impossible|beyond\s+(?:him|her|them)|too\s+hard)"
         r"|(?:can't|cannot|couldn't|unable\s+to|doesn't|does\s+not)\s+(?:follow|understand|keep\s+up\s+with)\s+(?:the\s+)?"
         r"(?:spoken\s+|political\s+|group\s+|chinese\s+)?(?:discussions?|debates?|study\s+groups?|study\s+meetings?|criticism\s+sessions)", True, S),
    ],
    "pow_early_revolutionary_work": [
        # "carried messages for the communist underground", "helped smuggle rifles to korean partisans"
        (r"(?:carry|carries|carrying|carried|run|runs|running|ran|deliver\w*|pass(?:es|ed|ing)?|smuggl\w*)\s+(?:[\w-]+\s+)?"
         r"(?:messages|letters|supplies|leaflets|pamphlets|weapons|rifles|guns|ammunition|arms|medicine|information|intelligence)\s+"
         r"(?:[\w'-]+\s+){0,4}?(?:for|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?" + _CAUSE, True, S),
        # "helped organize an anti-war group", "set up a communist cell"
        (r"(?:organi[sz]\w*|founded|found|set\s+up|sets\s+up|setting\s+up|start|starts|started|starting|form|forms|formed|forming|led|lead|leads)"
         r"\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,3}?(?:anti-war|anti-japanese|anti-fascist|resistance|communist|revolutionary|underground|partisan"
         r"|guerr?ill?a)\s+(?:group|league|movement|cell|organi[sz]ation|society|association|committee|unit|network|circle|band)s?", True, S),
        # "volunteered to work with the communists' propaganda section"
        (r"(?:work|works|worked|working)\s+(?:with|for|in)\s+the\s+(?:communists?|communist\s+party|party|eighth\s+route\s+army"
         r"|8th\s+route\s+army|red\s+army|new\s+fourth\s+army|pla)(?:'s|')?(?=\s|$|[,.;!])", True, S),
        # "never did anything political or revolutionary"; "had nothing to do with any anti-war movement"
        (r"(?:did|done|do|does)\s+(?:anything|something)\s+(?:[\w-]+\s+(?:or|and)\s+)?(?:revolutionary|political|anti-war|anti-japanese)", True, S),
        (r"(?:had|has|have|having)\s+nothing\s+to\s+do\s+with\s+(?:any\s+|the\s+)?(?:[\w-]+\s+(?:or|and)\s+)?(?:[\w-]+\s+)?"
         r"(?:revolution\w*|communis\w*|anti-war|anti-japanese|resistance|underground|partisans?|guerr?ill?as?|politics|the\s+party)", False, S),
    ],
}
